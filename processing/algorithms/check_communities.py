"""completecommunity:checkcommunities — the main job: every community against every item of the checklist."""

from collections import Counter
from dataclasses import dataclass

from qgis.core import (
    QgsFeature,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from complete_community.core.bulk_read import point_residents
from complete_community.core.check.answers import ANSWER_FIELDS, answers_by_community
from complete_community.core.check.distances import StraightLineDistances
from complete_community.core.check.engine import CommunityCheck, item_status_counts, summarise
from complete_community.core.check.fields import (
    COMMUNITY_FIELDS,
    FACILITY_FIELDS,
    RESIDENT_FIELDS,
    FieldChoiceError,
    choose_fields,
    is_result_field,
)
from complete_community.core.check.model import (
    ATTRIBUTE_POLICIES,
    EXISTING,
    FROM_DEFAULT,
    FROM_FIELD,
    NEW,
    NOT_DECIDED,
    PRESENCE,
    STATUS_UNKNOWN,
    STRICT,
)
from complete_community.core.check.readers import read_communities, read_facilities, read_residents
from complete_community.core.check.samples import build_samples
from complete_community.core.mapping import TAXONOMY_MAPPING, type_classifier
from complete_community.core.network.distances import NetworkDistances
from complete_community.core.qgis_compat import double_number, polygon_geometry_type, source_type
from complete_community.processing.base import CompleteCommunityAlgorithm
from complete_community.processing.bulk_source import plain_file_layer
from complete_community.processing.check_outputs import community_fields, community_values, item_fields, item_rows
from complete_community.processing.frame import WorkingFrame
from complete_community.processing.offset_guard import polygon_corners, warn_if_shifted
from complete_community.processing.parameters import advanced, detected_field, static_choice
from complete_community.processing.parameters.crs import (
    WORKING_CRS,
    add_working_crs_parameter,
    working_crs_from_parameters,
)
from complete_community.processing.parameters.encoding import SOURCE_ENCODING, add_encoding_parameter
from complete_community.processing.parameters.mapping import add_mapping_parameters, mapping_from_parameters
from complete_community.processing.parameters.network import MAX_ACCESS, NETWORK, add_network_parameters, walking_graph
from complete_community.processing.parameters.profile import add_profile_parameters, profile_from_parameters
from complete_community.processing.source_encoding import push_encoding_warning
from complete_community.processing.styling import style_aliases, style_output

STATUS_CHOICES = (STATUS_UNKNOWN, EXISTING, NEW)
WARNINGS_SHOWN = 20


@dataclass
class CheckSetup:
    """What the first stage decides: the profile, the mapping, the inputs, the frame and the fields to read."""

    profile: object
    mapping: object
    communities: object  # feature sources
    facilities: object
    residents: object
    labels: dict  # parameter name → how messages name the layer
    frame: WorkingFrame
    community_fields: dict  # core.check.fields keys → field names
    facility_fields: dict
    resident_fields: dict
    walk_speed: float
    default_status: str
    attribute_policy: str
    footprint_land_area: bool
    residents_file: object = None  # (path, layer) when the residents may be read in bulk (processing/bulk_source.py)
    answers: dict = None  # {community id: {field: value}} from SURVEY_ANSWERS (core/check/answers.py)


@dataclass
class CheckInputs:
    communities: list
    originals: list  # the community features, for the output
    facilities: list
    samples: object


class CheckCommunitiesAlgorithm(CompleteCommunityAlgorithm):
    GROUP = "check"
    COMMUNITIES = "COMMUNITIES"
    FACILITIES = "FACILITIES"
    RESIDENTS = "RESIDENTS"
    SURVEY_ANSWERS = "SURVEY_ANSWERS"
    WORKING_CRS = WORKING_CRS
    SOURCE_ENCODING = SOURCE_ENCODING
    NETWORK = NETWORK
    DEFAULT_STATUS = "DEFAULT_STATUS"
    WALK_SPEED = "WALK_SPEED"
    ABSENT_TYPES_FAIL = "ABSENT_TYPES_FAIL"
    ATTRIBUTE_POLICY = "ATTRIBUTE_POLICY"
    FOOTPRINT_LAND_AREA = "FOOTPRINT_LAND_AREA"
    OUTPUT = "OUTPUT"
    OUTPUT_ITEMS = "OUTPUT_ITEMS"
    COMMUNITY_COUNT = "COMMUNITY_COUNT"
    COMPLETE_COUNT = "COMPLETE_COUNT"
    # field parameter → key of core.check.fields (the readers' keys)
    COMMUNITY_FIELD_PARAMETERS = {
        "ID_FIELD": "id",
        "NAME_FIELD": "name",
        "POPULATION_FIELD": "population",
        "HOUSEHOLDS_FIELD": "households",
        "STATUS_FIELD": "status",
    }
    FACILITY_FIELD_PARAMETERS = {
        "FACILITY_TYPE_FIELD": "type",
        "FACILITY_NAME_FIELD": "name",
        "BUILDING_AREA_FIELD": "building_area",
        "LAND_AREA_FIELD": "land_area",
        "USABLE_AREA_FIELD": "usable_area",
        "CLASSES_FIELD": "classes",
    }
    RESIDENT_FIELD_PARAMETERS = {"RESIDENTS_POPULATION_FIELD": "population"}
    STAGES = ("choose", "communities", "facilities", "residents", "network", "measure", "write")

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
        self.add_check_inputs()
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Community results")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_ITEMS, self.tr("Item results (community × item)"), type=source_type("Vector")))
        self.addOutput(QgsProcessingOutputNumber(self.COMMUNITY_COUNT, self.tr("Communities checked")))
        self.addOutput(QgsProcessingOutputNumber(self.COMPLETE_COUNT, self.tr("Complete communities")))

    def add_check_inputs(self):
        """The check's inputs and options (also of the algorithms that build on the check: suggestsites)."""
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COMMUNITIES, self.tr("Communities"), [source_type("VectorPolygon")]))
        self._add_fields(self.COMMUNITY_FIELD_PARAMETERS, self.COMMUNITIES, COMMUNITY_FIELDS)
        self.addParameter(static_choice(
            self.DEFAULT_STATUS, self.tr("Status of communities without a new/existing value"), list(STATUS_CHOICES),
            STATUS_UNKNOWN, self.tr(
                "unknown (default): requirements that differ for new and existing communities are judged both ways; "
                "the same answer both ways stands, different answers are 'unknown'. Choose new or existing only when "
                "every community without a value is known to be one."),
            labels={STATUS_UNKNOWN: self.tr("Unknown: judge both ways"), EXISTING: self.tr("Existing community"),
                    NEW: self.tr("New community")}))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FACILITIES, self.tr("Facilities"), [source_type("VectorPoint"), source_type("VectorPolygon")]))
        self._add_fields(self.FACILITY_FIELD_PARAMETERS, self.FACILITIES, FACILITY_FIELDS)
        add_mapping_parameters(self, default="taxonomy")
        residents = QgsProcessingParameterFeatureSource(
            self.RESIDENTS, self.tr("Residents (optional: points or polygons with a population)"),
            [source_type("VectorPoint"), source_type("VectorPolygon")], optional=True)
        residents.setHelp(self.tr("Weights the walking coverage by where people live (e.g. a population grid or "
                                  "building points). Without it residents are assumed spread evenly over each "
                                  "community. Polygons without a population field — the residential parcels of a "
                                  "land-use plan — are weighted by their area."))
        self.addParameter(residents)
        self._add_fields(self.RESIDENT_FIELD_PARAMETERS, self.RESIDENTS, RESIDENT_FIELDS)
        answers = QgsProcessingParameterFeatureSource(
            self.SURVEY_ANSWERS, self.tr("Survey answers (optional: a table of community_id, field, value)"),
            [source_type("Vector")], optional=True)
        answers.setHelp(self.tr("Answers kept beside a community layer that cannot be edited — the table the "
                                "inspector dock writes (survey_answers): each row's value stands in for the community "
                                "layer's value of that field, as in the dock."))
        self.addParameter(advanced(answers))
        add_network_parameters(self, optional=True)
        add_working_crs_parameter(self)
        add_encoding_parameter(self)
        add_profile_parameters(self)
        speed = QgsProcessingParameterNumber(
            self.WALK_SPEED, self.tr("Walking speed (m/min; empty: the profile's)"),
            type=double_number(), optional=True, minValue=1.0)
        speed.setHelp(self.tr("The national standard states no speed; the bundled profiles use 60 m/min."))
        self.addParameter(speed)
        absent = QgsProcessingParameterBoolean(
            self.ABSENT_TYPES_FAIL, self.tr("The facility layer is complete: a type it lacks entirely is a gap"),
            defaultValue=False)
        absent.setHelp(self.tr("Off (default): when the layer has no facility of a type at all, items needing it "
                               "are 'unknown' (a data gap until confirmed). On: they fail."))
        self.addParameter(advanced(absent))
        self.addParameter(static_choice(
            self.ATTRIBUTE_POLICY, self.tr("Facilities without a size value (floor area, classes …)"),
            list(ATTRIBUTE_POLICIES), STRICT, self.tr(
                "strict (default): a facility lacking a size the profile asks for is 'unknown'. presence: it counts "
                "as present, the reason says 规模未核实 (size not verified) and cc_unverified_items lists the items "
                "that passed only this way — for POI data (Amap, Baidu, OSM) that has no sizes."),
            labels={STRICT: self.tr("Strict: the item is unknown"),
                    PRESENCE: self.tr("Presence: counted, marked size not verified (POI data)")}))
        footprint = QgsProcessingParameterBoolean(
            self.FOOTPRINT_LAND_AREA, self.tr("Polygon facilities without a land area value lend their own area"),
            defaultValue=True)
        footprint.setHelp(self.tr("On (default): the polygon's area stands in for an empty land area, and the reason "
                                  "says so (按图形面积). Off: the land area stays unknown."))
        self.addParameter(advanced(footprint))

    def _add_fields(self, parameters, parent, common_names):
        descriptions = self.field_descriptions()
        for name, key in parameters.items():
            self.addParameter(detected_field(name, descriptions[name], parent, common_names[key]))

    # the run, in stages
    def process(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(len(self.STAGES), feedback)
        setup = self._choose(parameters, context, steps)
        steps.setCurrentStep(1)
        inputs = self._read(setup, steps)
        steps.setCurrentStep(4)
        graph = walking_graph(self, parameters, context, steps, setup.frame)
        self._guard_offsets(setup, inputs, graph, self.layer_label(parameters, self.NETWORK, context), steps)
        steps.setCurrentStep(5)
        engine, results = self._measure(setup, inputs, graph, parameters, context, steps)
        steps.setCurrentStep(6)
        outputs = self._write(setup, inputs, results, parameters, context, steps)
        return dict(outputs, **self._summarise(setup, engine, results, feedback))

    def _choose(self, parameters, context, feedback):
        """Stage 1: the profile, the mapping, the sources, the working frame and the fields to read."""
        profile = profile_from_parameters(self, parameters, context)
        mapping = mapping_from_parameters(self, parameters, context)
        sources = {name: self.source(parameters, name, context, optional=name == self.RESIDENTS)
                   for name in (self.COMMUNITIES, self.FACILITIES, self.RESIDENTS)}
        labels = {name: self.layer_label(parameters, name, context) for name, source in sources.items() if source}
        if sources[self.COMMUNITIES].featureCount() == 0:
            raise QgsProcessingException(self.tr("The community layer has no features: nothing to check."))
        if sources[self.FACILITIES].featureCount() == 0:
            feedback.pushWarning(self.tr("The facility layer has no features: every facility item will be "
                                         "unknown or fail."))
        speed = self.parameterAsDouble(parameters, self.WALK_SPEED, context) \
            if parameters.get(self.WALK_SPEED) not in (None, "") else float(profile.walk_speed.value)
        feedback.pushInfo(self.tr("Profile {} ({}); walking speed {} m/min").format(
            profile.id, profile.name.get("zh_CN"), speed))
        frame = WorkingFrame.of(sources[self.COMMUNITIES], labels[self.COMMUNITIES], context, feedback,
                                override=working_crs_from_parameters(self, parameters, context))
        chosen = {}
        for source_name, field_parameters, common_names, label in (
            (self.COMMUNITIES, self.COMMUNITY_FIELD_PARAMETERS, COMMUNITY_FIELDS, self.tr("Community")),
            (self.FACILITIES, self.FACILITY_FIELD_PARAMETERS, FACILITY_FIELDS, self.tr("Facility")),
            (self.RESIDENTS, self.RESIDENT_FIELD_PARAMETERS, RESIDENT_FIELDS, self.tr("Residents")),
        ):
            source = sources[source_name]
            if source is None:
                continue
            given = {key: self.parameterAsString(parameters, name, context) for name, key in field_parameters.items()}
            names = source.fields().names()
            if source_name == self.COMMUNITIES:  # a result layer checked again: its verdicts are not inputs
                names = [name for name in names if not is_result_field(name)]
            try:
                chosen[source_name] = choose_fields(names, common_names, given)
            except FieldChoiceError as error:
                raise QgsProcessingException("{}: {}{}".format(labels[source_name], error,
                                                               self.encoding_hint(source))) from None
            feedback.pushInfo(self.tr("{} fields: {}").format(label, ", ".join(
                "{}={}".format(key, field or "—") for key, field in chosen[source_name].items())))
        if not chosen[self.COMMUNITIES]["population"]:
            feedback.pushWarning(self.tr("No population field: the population band is 'unknown' and ratios per "
                                         "resident cannot be checked. Choose the population field."))
        if not chosen[self.FACILITIES]["type"] and mapping.id == TAXONOMY_MAPPING:
            raise QgsProcessingException(self.tr(
                "The facility layer has no type field (looked for: {}). Choose the field with the facility types, "
                "or run “Classify facilities” first.").format(", ".join(FACILITY_FIELDS["type"]))
                + self.encoding_hint(sources[self.FACILITIES]))
        residents = sources[self.RESIDENTS]
        if residents is not None and not chosen[self.RESIDENTS]["population"]:
            if QgsWkbTypes.geometryType(residents.wkbType()) != polygon_geometry_type():
                raise QgsProcessingException(self.tr(
                    "{}: residents given as points need a population field (looked for: {}). Choose it; polygons "
                    "without one, such as the residential parcels of a plan, are weighted by their area.").format(
                    labels[self.RESIDENTS], ", ".join(RESIDENT_FIELDS["population"]))
                    + self.encoding_hint(residents))
            feedback.pushInfo(self.tr(
                "{} has no population field: residents are taken as spread evenly over its polygons, each weighted by "
                "its area (e.g. the residential parcels of a plan)").format(labels[self.RESIDENTS]))
        return CheckSetup(
            profile=profile, mapping=mapping, communities=sources[self.COMMUNITIES],
            facilities=sources[self.FACILITIES], residents=sources[self.RESIDENTS], labels=labels, frame=frame,
            community_fields=chosen[self.COMMUNITIES], facility_fields=chosen[self.FACILITIES],
            resident_fields=chosen.get(self.RESIDENTS, {}), walk_speed=speed,
            default_status=self.parameterAsEnumString(parameters, self.DEFAULT_STATUS, context) or STATUS_UNKNOWN,
            attribute_policy=self.parameterAsEnumString(parameters, self.ATTRIBUTE_POLICY, context) or STRICT,
            footprint_land_area=self.parameterAsBoolean(parameters, self.FOOTPRINT_LAND_AREA, context),
            residents_file=plain_file_layer(self, parameters, self.RESIDENTS, context, residents,
                                            [chosen.get(self.RESIDENTS, {}).get("population")])
            if residents is not None and chosen.get(self.RESIDENTS, {}).get("population") else None,
            answers=self._survey_answers(parameters, context, feedback))

    def _survey_answers(self, parameters, context, feedback):
        """{community id: {field: value}} of the SURVEY_ANSWERS table ({} without one); a table without the three
        columns is refused by name."""
        table = self.source(parameters, self.SURVEY_ANSWERS, context, optional=True)
        if table is None:
            return {}
        names = table.fields().names()
        missing = [name for name in ANSWER_FIELDS if name not in names]
        if missing:
            raise QgsProcessingException(self.tr(
                "{} has no column {}: a survey answers table has the columns community_id, field and value, one row "
                "per community and field (as the inspector dock writes it).").format(
                self.layer_label(parameters, self.SURVEY_ANSWERS, context), ", ".join(missing))
                + self.encoding_hint(table))
        rows = [(feature["community_id"], feature["field"], feature["value"])
                for feature in self.features(table, feedback, list(ANSWER_FIELDS))]
        answers = answers_by_community(rows)
        self._answers_label = self.layer_label(parameters, self.SURVEY_ANSWERS, context)
        return answers

    def _report_answers(self, setup, communities, steps):
        """What the survey answers changed, and what they could not: answers for communities the layer does not
        have, fields it does not have."""
        if not setup.answers:
            return
        ids = {community.id for community in communities}
        names = set(setup.communities.fields().names())
        used = {cid: [field for field in fields if field in names] for cid, fields in setup.answers.items()
                if cid in ids}
        used = {cid: fields for cid, fields in used.items() if fields}
        steps.pushInfo(self.tr("Survey answers from {}: {} answers for {} communities stand in for the layer's "
                               "values").format(self._answers_label, sum(len(fields) for fields in used.values()),
                                                len(used)))
        unknown = sorted(set(setup.answers) - ids)
        if unknown:
            steps.pushWarning(self.tr("{} has answers for {} communities the community layer does not have (ids: "
                                      "{}); they are left out").format(self._answers_label, len(unknown),
                                                                       ", ".join(unknown[:10])))
        absent = sorted({field for fields in setup.answers.values() for field in fields} - names)
        if absent:
            steps.pushWarning(self.tr("{} has answers for fields the community layer does not have ({}); they are "
                                      "left out").format(self._answers_label, ", ".join(absent[:10])))

    def _guard_offsets(self, setup, inputs, graph, network, feedback):
        """The offset guard: facilities, and the communities' corners, against the walking network (network: its
        label)."""
        if graph is None:
            return
        warn_if_shifted(graph, [(f.x, f.y) for f in inputs.facilities], setup.frame, feedback,
                        setup.labels[self.FACILITIES], network)
        corners = [xy for community in inputs.communities for xy in polygon_corners(community.geometry)]
        warn_if_shifted(graph, corners, setup.frame, feedback, setup.labels[self.COMMUNITIES], network)

    def _read(self, setup, steps):
        """Stages 2–4: communities, facilities and residents in the working frame, and the residents' samples."""
        frame, labels = setup.frame, setup.labels
        steps.setProgressText(self.tr("Reading communities"))
        communities, originals, warnings = read_communities(
            self.features(setup.communities, steps), frame.transform_from(setup.communities, labels[self.COMMUNITIES]),
            setup.community_fields, setup.profile, setup.default_status, steps.isCanceled, answers=setup.answers)
        self._push_warnings(warnings, steps)
        self._report_answers(setup, communities, steps)
        if not communities:
            raise QgsProcessingException(self.tr("No community has a usable polygon: nothing to check."))
        decided = Counter(c.status_from for c in communities)
        steps.pushInfo(self.tr("New/existing status: {} from the field, {} from the default, {} unknown (judged both "
                               "ways)").format(decided[FROM_FIELD], decided[FROM_DEFAULT], decided[NOT_DECIDED]))
        missing_population = [c.id for c in communities if c.population is None]
        if setup.community_fields["population"] and missing_population:
            steps.pushWarning(self.tr("{} communities have no population value (band 'unknown'): {}").format(
                len(missing_population), ", ".join(missing_population[:10])))

        steps.setCurrentStep(2)
        steps.setProgressText(self.tr("Reading facilities"))
        classify = type_classifier(setup.mapping, setup.facilities.fields().names(), setup.facility_fields["type"],
                                   setup.facility_fields["name"])
        facilities, skipped, warnings = read_facilities(
            self.features(setup.facilities, steps), frame.transform_from(setup.facilities, labels[self.FACILITIES]),
            setup.facility_fields, classify, steps.isCanceled, footprint_land_area=setup.footprint_land_area)
        self._push_warnings(warnings, steps)
        typed = [f for f in facilities if f.type]
        steps.pushInfo(self.tr("{} facilities, {} of a type of the taxonomy ({} without geometry skipped)")
                       .format(len(facilities), len(typed), skipped))
        if facilities and not typed:
            steps.reportError(self.tr("No facility has a known type: check the type field and the mapping."))

        steps.setCurrentStep(3)
        residents = (None, None)
        if setup.residents is not None:
            steps.setProgressText(self.tr("Reading residents"))
            residents = self._read_residents(setup, steps)
        samples = build_samples(communities, *residents)
        if setup.residents is not None:
            steps.pushInfo(self.tr("Residents weight the coverage of {} of {} communities").format(
                int(samples.from_residents.sum()), len(communities)))
        return CheckInputs(communities, originals, facilities, samples)

    def _read_residents(self, setup, steps):
        """(points, polygons) of the residents: a plain file of points in the working CRS in bulk, else feature by
        feature (the same numbers)."""
        transform = setup.frame.transform_from(setup.residents, setup.labels[self.RESIDENTS])
        population = setup.resident_fields["population"]
        if setup.residents_file is not None and transform is None:
            points = point_residents(*setup.residents_file, population, steps.isCanceled)
            if points is not None:
                push_encoding_warning(setup.residents, steps)
                return points, []
        points, polygons, warnings = read_residents(self.features(setup.residents, steps, [population]), transform,
                                                    population, steps.isCanceled)
        self._push_warnings(warnings, steps)
        return points, polygons

    def _push_warnings(self, warnings, steps):
        """A reader's warnings, the first WARNINGS_SHOWN of them and how many more there are."""
        for warning in warnings[:WARNINGS_SHOWN]:
            steps.pushWarning(warning)
        if len(warnings) > WARNINGS_SHOWN:
            steps.pushWarning(self.tr("… and {} more warnings like these").format(len(warnings) - WARNINGS_SHOWN))

    def _measure(self, setup, inputs, graph, parameters, context, steps):
        """Stage 6: every community against every item, on the network or in straight lines."""
        steps.setProgressText(self.tr("Checking"))
        samples = inputs.samples
        distances = self.distance_backend(samples, graph, parameters, context, steps)
        engine = CommunityCheck(setup.profile, inputs.communities, inputs.facilities, samples, distances,
                                walk_speed=setup.walk_speed,
                                absent_types_fail=self.parameterAsBoolean(parameters, self.ABSENT_TYPES_FAIL, context),
                                attribute_policy=setup.attribute_policy)
        results = engine.run(steps.isCanceled, steps.setProgress)
        if distances.off_network_facilities:
            steps.pushWarning(self.tr("{} facilities are more than {} m from any street and cannot be reached on "
                                      "the network (run “Check the walking network” to list them)").format(
                distances.off_network_facilities, distances.max_access))
        absent = engine.absent_types()
        if absent:
            steps.pushWarning(self.tr("The facility layer has no facilities of these types: {}").format(
                ", ".join(absent)))
        return engine, results

    def distance_backend(self, samples, graph, parameters, context, steps):
        """The DistanceBackend from the residents' samples: on the walking network when one is given, else straight
        line."""
        if graph is None:
            steps.pushInfo(self.tr("Walking distances: straight line (no network given)"))
            return StraightLineDistances(samples.query_points())
        max_access = self.parameterAsDouble(parameters, MAX_ACCESS, context)
        distances = NetworkDistances(graph, samples.query_points(), max_access, anchors_from=len(samples.xy))
        if distances.off_network_queries:
            steps.pushWarning(self.tr("{} of {} resident sample points are more than {} m from any street: "
                                      "they count as not reached").format(
                distances.off_network_queries, len(samples.xy), max_access))
        return distances

    def _write(self, setup, inputs, results, parameters, context, steps):
        """Stage 7: the community results and the item table."""
        steps.setProgressText(self.tr("Writing results"))
        profile = setup.profile
        out_fields = community_fields(profile, setup.communities.fields())
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, out_fields,
                                         setup.communities.wkbType(), setup.communities.sourceCrs())
        items_out = item_fields()
        items_sink, items_id = self.create_sink(parameters, self.OUTPUT_ITEMS, context, items_out,
                                                headers=style_aliases("item_results"))
        for index, (result, original) in enumerate(zip(results, inputs.originals)):
            self.stop_if_canceled(steps)
            feature = QgsFeature(out_fields)
            feature.setGeometry(original.geometry())
            feature.setAttributes(community_values(result, profile, original))
            self.add_feature(sink, feature, parameters, self.OUTPUT)
            item_features = []
            for row in item_rows(result, profile, setup.walk_speed):
                item_feature = QgsFeature(items_out)
                item_feature.setAttributes(row)
                item_features.append(item_feature)
            self.add_features(items_sink, item_features, parameters, self.OUTPUT_ITEMS)
            steps.setProgress(100.0 * (index + 1) / len(results))
        # the input's id, name, population, households and status fields repeat what cc_* show (read, in Chinese)
        repeated = [name for key, name in setup.community_fields.items()
                    if name and key in ("id", "name", "population", "households", "status")]
        style_output(context, dest_id, "community_results", self.tr("Community results"), hidden_fields=repeated)
        style_output(context, items_id, "item_results", self.tr("Item results"))
        return {self.OUTPUT: dest_id, self.OUTPUT_ITEMS: items_id}

    def _summarise(self, setup, engine, results, feedback):
        """The log's summary: complete communities and every item's statuses."""
        summary = summarise(results)
        feedback.pushInfo(self.tr("{} of {} communities are complete").format(summary["complete"],
                                                                            summary["communities"]))
        counts = item_status_counts(results)
        for item in setup.profile.ordered_items():
            c = counts.get(item.id, {})
            feedback.pushInfo("  {} {:<16} pass {:>4}  fail {:>4}  unknown {:>4}  n/a {:>4}".format(
                item.id, item.name.zh_CN, c.get("pass", 0), c.get("fail", 0), c.get("unknown", 0),
                c.get("not_applicable", 0)))
        return {self.COMMUNITY_COUNT: summary["communities"], self.COMPLETE_COUNT: summary["complete"]}
