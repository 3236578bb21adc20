"""completecommunity:walkingserviceareas — where residents can walk to each facility type within 5/10/15 minutes."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from complete_community.core.check.field_guess import CANDIDATES
from complete_community.core.check.layers import read_facilities
from complete_community.core.check.values import find_field
from complete_community.core.crs import working_crs
from complete_community.core.mapping import type_classifier
from complete_community.core.network.access import SplitNetwork
from complete_community.core.network.service_area import node_distances, polygon, reachable_parts
from complete_community.core.qgis_compat import (
    double_number,
    fast_insert,
    field_data_type,
    make_field,
    source_type,
    wkb_type,
)
from complete_community.core.taxonomy import facility_types
from complete_community.processing.algorithms.base import CompleteCommunityAlgorithm
from complete_community.processing.algorithms.choices import add_mapping_parameters, mapping_from_parameters
from complete_community.processing.algorithms.network_input import add_network_parameters, walking_graph
from complete_community.processing.styling import style_output


def parse_minutes(text):
    """'5, 10,15' → [5.0, 10.0, 15.0]; ValueError for anything else."""
    values = sorted({float(part) for part in str(text).replace("，", ",").split(",") if part.strip()})
    if not values or any(v <= 0 for v in values):
        raise ValueError(text)
    return values


class WalkingServiceAreasAlgorithm(CompleteCommunityAlgorithm):
    def name(self):
        return "walkingserviceareas"

    def displayName(self):  # noqa: N802
        return self.tr("Walking service areas")

    def group(self):
        return self.tr("Walking network")

    def groupId(self):  # noqa: N802
        return "network"

    def summary(self):
        return self.tr(
            "For each facility type and each walking time (e.g. 5, 10 and 15 minutes at 60 m/min), the streets "
            "from which the nearest facility of the type is within that walk, cut exactly where the limit falls "
            "inside a street, and one polygon per type and time (the reachable streets buffered and dissolved). "
            "Optionally, catchments: every reachable street part allocated to its nearest facility. The network "
            "is built once for all types and times."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add_network_parameters(self, optional=False)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "FACILITIES", self.tr("Facilities"), [source_type("VectorPoint"), source_type("VectorPolygon")]))
        self.addParameter(QgsProcessingParameterField(
            "FACILITY_TYPE_FIELD", self.tr("Facility type field"), parentLayerParameterName="FACILITIES",
            type=field_data_type("Any"), optional=True))
        self.addParameter(QgsProcessingParameterField(
            "FACILITY_NAME_FIELD", self.tr("Facility name field"), parentLayerParameterName="FACILITIES",
            type=field_data_type("Any"), optional=True))
        add_mapping_parameters(self, default="taxonomy")
        types = QgsProcessingParameterString("TYPES", self.tr("Facility types (codes, comma separated; empty: all)"),
                                             optional=True)
        types.setHelp(self.tr("E.g. kindergarten, health_station, bus_stop. Empty: every type in the layer."))
        self.addParameter(types)
        self.addParameter(QgsProcessingParameterString("MINUTES", self.tr("Walking times (minutes)"),
                                                       defaultValue="5,10,15"))
        self.addParameter(QgsProcessingParameterNumber(
            "WALK_SPEED", self.tr("Walking speed (m/min)"), type=double_number(),
            defaultValue=60.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            "BUFFER", self.tr("Polygon width on each side of the streets (m)"),
            type=double_number(), defaultValue=50.0, minValue=0.1))
        self.addParameter(QgsProcessingParameterBoolean(
            "CATCHMENTS", self.tr("Also allocate streets to their nearest facility (catchments)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_LINES", self.tr("Reachable streets"), type=source_type("VectorLine")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_POLYGONS", self.tr("Service areas"), type=source_type("VectorPolygon")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_CATCHMENTS", self.tr("Catchments"), type=source_type("VectorLine"), optional=True,
            createByDefault=False))

    def process(self, parameters, context, feedback):
        try:
            minutes = parse_minutes(self.parameterAsString(parameters, "MINUTES", context))
        except ValueError:
            raise QgsProcessingException(self.tr("Walking times must be positive numbers separated by commas, "
                                                 "e.g. 5,10,15")) from None
        speed = self.parameterAsDouble(parameters, "WALK_SPEED", context)
        width = self.parameterAsDouble(parameters, "BUFFER", context)
        network_source = self.parameterAsSource(parameters, "NETWORK", context)
        if network_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "NETWORK"))
        facilities_source = self.parameterAsSource(parameters, "FACILITIES", context)
        if facilities_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "FACILITIES"))
        mapping = mapping_from_parameters(self, parameters, context)
        out_crs = network_source.sourceCrs()
        crs, why = working_crs(out_crs, network_source.sourceExtent(), context.transformContext())
        if why == "utm":
            feedback.pushInfo(self.tr("Measuring in {}").format(crs.authid()))

        def transform_from(source):
            if source.sourceCrs() == crs or not source.sourceCrs().isValid():
                return None
            return QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())

        back = None if out_crs == crs else QgsCoordinateTransform(crs, out_crs, context.transformContext())
        graph = walking_graph(self, parameters, context, feedback, crs, transform_from)
        names = facilities_source.fields().names()
        type_field = self.parameterAsString(parameters, "FACILITY_TYPE_FIELD", context) or \
            find_field(names, CANDIDATES["facility_type"])
        name_field = self.parameterAsString(parameters, "FACILITY_NAME_FIELD", context) or \
            find_field(names, CANDIDATES["facility_name"])
        if not type_field and mapping.id == "taxonomy":
            raise QgsProcessingException(self.tr("The facility layer has no type field (looked for: {}). Choose the "
                                                 "field with the facility types.").format(
                ", ".join(CANDIDATES["facility_type"])))
        fields = {"type": type_field, "name": name_field, "id": find_field(names, CANDIDATES["facility_id"])}
        facilities, _skipped = read_facilities(facilities_source.getFeatures(), transform_from(facilities_source),
                                               fields, type_classifier(mapping, names, type_field, name_field),
                                               feedback.isCanceled)
        self.stop_if_canceled(feedback)
        wanted = [t.strip() for t in (self.parameterAsString(parameters, "TYPES", context) or "").split(",")
                  if t.strip()]
        known = facility_types()
        unknown = [t for t in wanted if t not in known]
        if unknown:
            raise QgsProcessingException(self.tr("Unknown facility types: {}").format(", ".join(unknown)))
        present = sorted({f.type for f in facilities if f.type})
        types = [t for t in (wanted or present) if t in present]
        missing = [t for t in wanted if t not in present]
        if missing:
            feedback.pushWarning(self.tr("No facilities of these types: {}").format(", ".join(missing)))
        if not types:
            raise QgsProcessingException(self.tr("No facility of a known type to start from."))

        import numpy as np

        attachment = graph.attach(np.array([(f.x, f.y) for f in facilities]),
                                  self.parameterAsDouble(parameters, "MAX_ACCESS", context))
        if attachment.off_network.any():
            feedback.pushWarning(self.tr("{} facilities are more than {} m from any street and are left out").format(
                int(attachment.off_network.sum()), self.parameterAsDouble(parameters, "MAX_ACCESS", context)))
        split = SplitNetwork(graph, [attachment])
        facility_nodes = split.group_nodes(0)

        line_fields = QgsFields()
        for name, kind in (("type", "string"), ("type_zh", "string"), ("minutes", "double"), ("metres", "double"),
                           ("distance_start", "double"), ("distance_end", "double")):
            line_fields.append(make_field(name, kind))
        polygon_fields = QgsFields()
        for name, kind in (("type", "string"), ("type_zh", "string"), ("minutes", "double"), ("metres", "double"),
                           ("street_length_m", "double"), ("area_m2", "double")):
            polygon_fields.append(make_field(name, kind))
        catchment_fields = QgsFields()
        for name, kind in (("type", "string"), ("facility_id", "string"), ("facility_name", "string"),
                           ("distance_start", "double"), ("distance_end", "double")):
            catchment_fields.append(make_field(name, kind))
        lines_sink, lines_id = self.create_sink(parameters, "OUTPUT_LINES", context, line_fields,
                                                wkb_type("LineString"), out_crs)
        polygons_sink, polygons_id = self.create_sink(parameters, "OUTPUT_POLYGONS", context, polygon_fields,
                                                      wkb_type("MultiPolygon"), out_crs)
        if lines_sink is None or polygons_sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT_LINES"))
        catchments_sink, catchments_id = (None, None)
        if self.parameterAsBoolean(parameters, "CATCHMENTS", context):
            catchments_sink, catchments_id = self.create_sink(parameters, "OUTPUT_CATCHMENTS", context,
                                                              catchment_fields, wkb_type("LineString"), out_crs)

        def geometry(shape_or_points):
            result = QgsGeometry.fromWkt(shape_or_points.wkt) if hasattr(shape_or_points, "wkt") else \
                QgsGeometry.fromPolylineXY([QgsPointXY(*shape_or_points[0]), QgsPointXY(*shape_or_points[1])])
            if back is not None:
                result.transform(back)
            return result

        type_codes = np.array([f.type or "" for f in facilities], dtype=object)
        steps = len(types) * len(minutes)
        done = 0
        for code in types:
            indices = np.nonzero(type_codes == code)[0]
            sources = facility_nodes[indices]
            limit = max(minutes) * speed
            distance, nearest = node_distances(split, sources, limit)
            for minute in minutes:
                self.stop_if_canceled(feedback)
                metres = minute * speed
                parts = reachable_parts(split, distance, nearest, metres)
                for a, b, d0, d1 in zip(parts.start, parts.end, parts.distance_start, parts.distance_end):
                    feature = QgsFeature(line_fields)
                    feature.setGeometry(geometry((a, b)))
                    feature.setAttributes([code, known[code].name_zh, minute, metres, float(d0), float(d1)])
                    lines_sink.addFeature(feature, fast_insert())
                shape = polygon(parts, width)
                if shape is not None:
                    feature = QgsFeature(polygon_fields)
                    feature.setGeometry(geometry(shape))
                    feature.setAttributes([code, known[code].name_zh, minute, metres, float(parts.length.sum()),
                                           float(shape.area)])
                    polygons_sink.addFeature(feature, fast_insert())
                done += 1
                feedback.setProgress(int(100 * done / steps))
            if catchments_sink is not None:
                parts = reachable_parts(split, distance, nearest, limit, allocate=True)
                for a, b, d0, d1, which in zip(parts.start, parts.end, parts.distance_start, parts.distance_end,
                                               parts.facility):
                    facility = facilities[indices[which]]
                    feature = QgsFeature(catchment_fields)
                    feature.setGeometry(geometry((a, b)))
                    feature.setAttributes([code, facility.id, facility.name, float(d0), float(d1)])
                    catchments_sink.addFeature(feature, fast_insert())
            feedback.pushInfo(self.tr("{}: {} facilities").format(known[code].name_zh, len(indices)))
        style_output(context, polygons_id, "service_areas", self.tr("Service areas"))
        results = {"OUTPUT_LINES": lines_id, "OUTPUT_POLYGONS": polygons_id}
        if catchments_id:
            results["OUTPUT_CATCHMENTS"] = catchments_id
        return results
