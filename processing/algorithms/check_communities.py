"""completecommunity:checkcommunities — the main job: every community against every item of the checklist."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from complete_community.core.check.access import StraightLineAccess
from complete_community.core.check.engine import CheckCanceledError, CommunityCheck, item_status_counts, summarise
from complete_community.core.check.field_guess import CANDIDATES
from complete_community.core.check.layers import read_communities, read_facilities, read_residents
from complete_community.core.check.model import EXISTING, NEW
from complete_community.core.check.samples import build_samples
from complete_community.core.check.values import find_field
from complete_community.core.crs import working_crs
from complete_community.core.mapping import type_classifier
from complete_community.core.network.access import NetworkAccess
from complete_community.core.qgis_compat import (
    advanced_parameter_flag,
    double_number,
    fast_insert,
    field_data_type,
    source_type,
)
from complete_community.processing.algorithms.base import CompleteCommunityAlgorithm
from complete_community.processing.algorithms.check_outputs import (
    community_fields,
    community_values,
    item_fields,
    item_rows,
)
from complete_community.processing.algorithms.choices import (
    add_mapping_parameters,
    add_profile_parameters,
    mapping_from_parameters,
    profile_from_parameters,
)
from complete_community.processing.algorithms.network_input import add_network_parameters, walking_graph
from complete_community.processing.styling import style_output

STATUS_CHOICES = (EXISTING, NEW)


class CheckCommunitiesAlgorithm(CompleteCommunityAlgorithm):
    COMMUNITIES = "COMMUNITIES"
    FACILITIES = "FACILITIES"
    RESIDENTS = "RESIDENTS"
    OUTPUT = "OUTPUT"
    OUTPUT_ITEMS = "OUTPUT_ITEMS"
    # field parameter name → key of the common names to look for (core/check/field_guess.py)
    COMMUNITY_FIELDS = {
        "ID_FIELD": "community_id",
        "NAME_FIELD": "community_name",
        "POPULATION_FIELD": "population",
        "HOUSEHOLDS_FIELD": "households",
        "STATUS_FIELD": "status",
    }
    FACILITY_FIELDS = {
        "FACILITY_TYPE_FIELD": "facility_type",
        "FACILITY_NAME_FIELD": "facility_name",
        "BUILDING_AREA_FIELD": "building_area",
        "LAND_AREA_FIELD": "land_area",
        "USABLE_AREA_FIELD": "usable_area",
        "CLASSES_FIELD": "classes",
    }

    def field_descriptions(self):
        return {
            "ID_FIELD": self.tr("Community id field"),
            "NAME_FIELD": self.tr("Community name field"),
            "POPULATION_FIELD": self.tr("Population field"),
            "HOUSEHOLDS_FIELD": self.tr("Households field"),
            "STATUS_FIELD": self.tr("New/existing field"),
            "FACILITY_TYPE_FIELD": self.tr("Facility type field"),
            "FACILITY_NAME_FIELD": self.tr("Facility name field"),
            "BUILDING_AREA_FIELD": self.tr("Building area field (m²)"),
            "LAND_AREA_FIELD": self.tr("Land area field (m²)"),
            "USABLE_AREA_FIELD": self.tr("Usable area field (m²)"),
            "CLASSES_FIELD": self.tr("Classes field"),
            "RESIDENTS_POPULATION_FIELD": self.tr("Residents population field"),
        }

    def name(self):
        return "checkcommunities"

    def displayName(self):  # noqa: N802
        return self.tr("Check communities")

    def group(self):
        return self.tr("Check")

    def groupId(self):  # noqa: N802
        return "check"

    def summary(self):
        return self.tr(
            "Checks every residential community against every item of the checklist profile (by default the "
            "national 《完整居住社区建设标准（试行）》): facilities inside the community and within walking reach "
            "of its residents, floor-area and class thresholds, surveyed items, new vs existing rules and the "
            "population band. Each community gets one status per item (pass, fail, unknown when data is missing, "
            "not_applicable), its gaps and a complete verdict; the item table gives every result with the measured "
            "value, the threshold, the nearest qualifying facility and the reason in Chinese and English. Distances "
            "are measured in metres in a projected CRS chosen automatically when the inputs are geographic. Empty "
            "field choices are filled from common names (人口, 户数, 建筑面积 …), as the log shows."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COMMUNITIES, self.tr("Communities"), [source_type("VectorPolygon")]))
        for name, key in self.COMMUNITY_FIELDS.items():
            self._add_field(name, self.COMMUNITIES, key)
        default_status = QgsProcessingParameterEnum(
            "DEFAULT_STATUS", self.tr("Status of communities without a new/existing value"),
            options=list(STATUS_CHOICES), defaultValue=EXISTING)
        default_status.setUsesStaticStrings(True)
        self.addParameter(default_status)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FACILITIES, self.tr("Facilities"), [source_type("VectorPoint"), source_type("VectorPolygon")]))
        for name, key in self.FACILITY_FIELDS.items():
            self._add_field(name, self.FACILITIES, key)
        add_mapping_parameters(self, default="taxonomy")
        residents = QgsProcessingParameterFeatureSource(
            self.RESIDENTS, self.tr("Residents (optional: points or polygons with a population)"),
            [source_type("VectorPoint"), source_type("VectorPolygon")], optional=True)
        residents.setHelp(self.tr("Weights the walking coverage by where people live (e.g. a population grid or "
                                  "building points). Without it residents are assumed spread evenly over each "
                                  "community."))
        self.addParameter(residents)
        self._add_field("RESIDENTS_POPULATION_FIELD", self.RESIDENTS, "residents_population")
        add_network_parameters(self, optional=True)
        add_profile_parameters(self)
        speed = QgsProcessingParameterNumber(
            "WALK_SPEED", self.tr("Walking speed (m/min; empty: the profile's)"),
            type=double_number(), optional=True, minValue=1.0)
        speed.setHelp(self.tr("The national standard states no speed; the bundled profiles use 60 m/min."))
        self.addParameter(speed)
        absent = QgsProcessingParameterBoolean(
            "ABSENT_TYPES_FAIL", self.tr("The facility layer is complete: a type it lacks entirely is a gap"),
            defaultValue=False)
        absent.setFlags(absent.flags() | advanced_parameter_flag())
        absent.setHelp(self.tr("Off (default): when the layer has no facility of a type at all, items needing it "
                               "are 'unknown' (a data gap until confirmed). On: they fail."))
        self.addParameter(absent)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Community results")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_ITEMS, self.tr("Item results (community × item)"), type=source_type("Vector")))
        for output, description in (("COMMUNITY_COUNT", self.tr("Communities checked")),
                                     ("COMPLETE_COUNT", self.tr("Complete communities"))):
            self.addOutput(QgsProcessingOutputNumber(output, description))

    def _add_field(self, name, parent, candidates_key):
        parameter = QgsProcessingParameterField(
            name, self.field_descriptions()[name], parentLayerParameterName=parent, type=field_data_type("Any"),
            optional=True)
        parameter.setHelp(self.tr("Empty: the first of {} found in the layer.").format(
            ", ".join(CANDIDATES[candidates_key])))
        self.addParameter(parameter)

    # the run
    def _fields(self, parameters, context, source, names, feedback, layer_label):
        available = source.fields().names()
        chosen = {}
        for name, key in names.items():
            value = self.parameterAsString(parameters, name, context)
            if value:
                if value not in available:
                    raise QgsProcessingException(self.tr("{}: the {} layer has no field '{}' (it has: {})").format(
                        name, layer_label, value, ", ".join(available)))
                chosen[key] = value
            else:
                chosen[key] = find_field(available, CANDIDATES[key])
        feedback.pushInfo(self.tr("{} fields: {}").format(layer_label, ", ".join(
            "{}={}".format(k, v or "—") for k, v in chosen.items())))
        return chosen

    def process(self, parameters, context, feedback):
        profile = profile_from_parameters(self, parameters, context)
        mapping = mapping_from_parameters(self, parameters, context)
        communities_source = self.parameterAsSource(parameters, self.COMMUNITIES, context)
        if communities_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.COMMUNITIES))
        facilities_source = self.parameterAsSource(parameters, self.FACILITIES, context)
        if facilities_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.FACILITIES))
        residents_source = self.parameterAsSource(parameters, self.RESIDENTS, context)
        if communities_source.featureCount() == 0:
            raise QgsProcessingException(self.tr("The community layer has no features: nothing to check."))
        if facilities_source.featureCount() == 0:
            feedback.pushWarning(self.tr("The facility layer has no features: every facility item will be "
                                         "unknown or fail."))
        speed = self.parameterAsDouble(parameters, "WALK_SPEED", context) if parameters.get("WALK_SPEED") not in (
            None, "") else None
        default_status = self.parameterAsEnumString(parameters, "DEFAULT_STATUS", context) or EXISTING
        feedback.pushInfo(self.tr("Profile {} ({}); walking speed {} m/min").format(
            profile.id, profile.name.get("zh_CN"), speed or profile.walk_speed.value))

        crs, why = working_crs(communities_source.sourceCrs(), communities_source.sourceExtent(),
                               context.transformContext())
        if why == "utm":
            feedback.pushInfo(self.tr("The communities are not in a projected CRS in metres ({}): distances and "
                                      "areas are measured in {}").format(
                communities_source.sourceCrs().authid() or self.tr("unknown CRS"), crs.authid()))
        else:
            feedback.pushInfo(self.tr("Measuring in the communities' CRS {}").format(crs.authid()))

        def transform_from(source):
            if source.sourceCrs() == crs:
                return None
            if not source.sourceCrs().isValid():
                feedback.pushWarning(self.tr("A layer has no CRS: it is taken to be in {}").format(crs.authid()))
                return None
            return QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())

        community_fields_chosen = self._fields(parameters, context, communities_source, self.COMMUNITY_FIELDS,
                                               feedback, self.tr("Community"))
        if not community_fields_chosen["population"]:
            feedback.pushWarning(self.tr("No population field: the population band is 'unknown' and ratios per "
                                         "resident cannot be checked. Choose the population field."))
        facility_fields_chosen = self._fields(parameters, context, facilities_source, self.FACILITY_FIELDS,
                                              feedback, self.tr("Facility"))
        facility_fields_chosen["id"] = find_field(facilities_source.fields().names(), CANDIDATES["facility_id"])
        facility_fields_chosen["type"] = facility_fields_chosen.pop("facility_type")
        facility_fields_chosen["name"] = facility_fields_chosen.pop("facility_name")
        if not facility_fields_chosen["type"] and mapping.id == "taxonomy":
            raise QgsProcessingException(self.tr(
                "The facility layer has no type field (looked for: {}). Choose the field with the facility types, "
                "or run “Classify facilities” first.").format(", ".join(CANDIDATES["facility_type"])))

        is_canceled = feedback.isCanceled
        feedback.setProgressText(self.tr("Reading communities"))
        communities, originals, warnings = read_communities(
            communities_source.getFeatures(), transform_from(communities_source), {
                "id": community_fields_chosen["community_id"], "name": community_fields_chosen["community_name"],
                "population": community_fields_chosen["population"],
                "households": community_fields_chosen["households"], "status": community_fields_chosen["status"]},
            profile, default_status, is_canceled)
        self.stop_if_canceled(feedback)
        for warning in warnings[:20]:
            feedback.pushWarning(warning)
        if len(warnings) > 20:
            feedback.pushWarning(self.tr("… and {} more warnings like these").format(len(warnings) - 20))
        if not communities:
            raise QgsProcessingException(self.tr("No community has a usable polygon: nothing to check."))
        missing_population = [c.id for c in communities if c.population is None]
        if community_fields_chosen["population"] and missing_population:
            feedback.pushWarning(self.tr("{} communities have no population value (band 'unknown'): {}").format(
                len(missing_population), ", ".join(missing_population[:10])))
        feedback.setProgress(10)

        classify = type_classifier(mapping, facilities_source.fields().names(), facility_fields_chosen["type"],
                                   facility_fields_chosen["name"])

        feedback.setProgressText(self.tr("Reading facilities"))
        facilities, skipped = read_facilities(facilities_source.getFeatures(), transform_from(facilities_source),
                                              facility_fields_chosen, classify, is_canceled)
        self.stop_if_canceled(feedback)
        typed = [f for f in facilities if f.type]
        feedback.pushInfo(self.tr("{} facilities, {} of a type of the taxonomy ({} without geometry skipped)")
                          .format(len(facilities), len(typed), skipped))
        if facilities and not typed:
            feedback.reportError(self.tr("No facility has a known type: check the type field and the mapping."))
        feedback.setProgress(20)

        residents = (None, None)
        if residents_source is not None:
            population_field = self.parameterAsString(parameters, "RESIDENTS_POPULATION_FIELD", context) or \
                find_field(residents_source.fields().names(), CANDIDATES["residents_population"])
            if not population_field:
                raise QgsProcessingException(self.tr("The residents layer needs a population field."))
            residents = read_residents(residents_source.getFeatures(), transform_from(residents_source),
                                       population_field, is_canceled)
            self.stop_if_canceled(feedback)
        samples = build_samples(communities, *residents)
        if residents_source is not None:
            feedback.pushInfo(self.tr("Residents weight the coverage of {} of {} communities").format(
                int(samples.from_residents.sum()), len(communities)))
        feedback.setProgress(25)

        feedback.setProgressText(self.tr("Checking"))
        graph = walking_graph(self, parameters, context, feedback, crs, transform_from)
        if graph is None:
            access = StraightLineAccess(samples.query_points())
            feedback.pushInfo(self.tr("Walking distances: straight line (no network given)"))
        else:
            max_access = self.parameterAsDouble(parameters, "MAX_ACCESS", context)
            access = NetworkAccess(graph, samples.query_points(), max_access, anchors_from=len(samples.xy))
            if access.off_network_queries:
                feedback.pushWarning(self.tr("{} of {} resident sample points are more than {} m from any street: "
                                             "they count as not reached").format(
                    access.off_network_queries, len(samples.xy), max_access))
        engine = CommunityCheck(profile, communities, facilities, samples, access, walk_speed=speed,
                                absent_types_fail=self.parameterAsBoolean(parameters, "ABSENT_TYPES_FAIL", context))
        try:
            results = engine.run(is_canceled, lambda p: feedback.setProgress(25 + int(p * 0.65)))
        except CheckCanceledError:
            self.stop_if_canceled(feedback)
            raise
        if graph is not None and access.off_network_facilities:
            feedback.pushWarning(self.tr("{} facilities are more than {} m from any street and cannot be reached on "
                                         "the network (run “Network QA” to list them)").format(
                access.off_network_facilities, access.max_access))
        absent = sorted({code for r in profile.items.values() for q in r.requirements for code in q.facility_types}
                        - engine.present_types)
        if absent:
            feedback.pushWarning(self.tr("The facility layer has no facilities of these types: {}").format(
                ", ".join(absent)))

        feedback.setProgressText(self.tr("Writing results"))
        out_fields = community_fields(profile, communities_source.fields())
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, out_fields,
                                         communities_source.wkbType(), communities_source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        items_out = item_fields()
        items_sink, items_id = self.create_sink(parameters, self.OUTPUT_ITEMS, context, items_out)
        if items_sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_ITEMS))
        for result, original in zip(results, originals):
            self.stop_if_canceled(feedback)
            feature = QgsFeature(out_fields)
            feature.setGeometry(original.geometry())
            feature.setAttributes(community_values(result, profile, original))
            if not sink.addFeature(feature, fast_insert()):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
            for row in item_rows(result, profile):
                item_feature = QgsFeature(items_out)
                item_feature.setAttributes(row)
                if not items_sink.addFeature(item_feature, fast_insert()):
                    raise QgsProcessingException(self.writeFeatureError(items_sink, parameters, self.OUTPUT_ITEMS))
        feedback.setProgress(100)

        summary = summarise(results)
        feedback.pushInfo(self.tr("{} of {} communities are complete").format(summary["complete"],
                                                                            summary["communities"]))
        counts = item_status_counts(results)
        for item in profile.ordered_items():
            c = counts.get(item.id, {})
            feedback.pushInfo("  {} {:<16} pass {:>4}  fail {:>4}  unknown {:>4}  n/a {:>4}".format(
                item.id, item.name.zh_CN, c.get("pass", 0), c.get("fail", 0), c.get("unknown", 0),
                c.get("not_applicable", 0)))
        style_output(context, dest_id, "community_results", self.tr("Community results"))
        style_output(context, items_id, "item_results", self.tr("Item results"))
        return {self.OUTPUT: dest_id, self.OUTPUT_ITEMS: items_id, "COMMUNITY_COUNT": summary["communities"],
                "COMPLETE_COUNT": summary["complete"]}
