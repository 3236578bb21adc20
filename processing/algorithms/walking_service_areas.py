"""completecommunity:walkingserviceareas — where residents can walk to each facility type within 5/10/15 minutes."""

import re

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)

from complete_community.core.check.fields import FACILITY_FIELDS, FieldChoiceError, choose_fields
from complete_community.core.check.readers import read_facilities
from complete_community.core.mapping import TAXONOMY_MAPPING, type_classifier
from complete_community.core.network.service_area import polygon, reachable_parts, type_network
from complete_community.core.qgis_compat import source_type, wkb_type
from complete_community.core.taxonomy import facility_types, resolve_type, type_list
from complete_community.processing.base import CompleteCommunityAlgorithm
from complete_community.processing.fields import fields_from
from complete_community.processing.frame import WorkingFrame
from complete_community.processing.offset_guard import warn_if_shifted
from complete_community.processing.parameters import detected_field, distance_parameter, with_widget
from complete_community.processing.parameters.crs import (
    WORKING_CRS,
    add_working_crs_parameter,
    working_crs_from_parameters,
)
from complete_community.processing.parameters.encoding import SOURCE_ENCODING, add_encoding_parameter
from complete_community.processing.parameters.mapping import add_mapping_parameters, mapping_from_parameters
from complete_community.processing.parameters.network import (
    MAX_ACCESS,
    NETWORK,
    add_network_parameters,
    walking_graph,
)
from complete_community.processing.parameters.profile import add_profile_parameters, profile_from_parameters
from complete_community.processing.styling import style_output

LINE_FIELDS = (("type", "string"), ("type_zh", "string"), ("minutes", "double"), ("metres", "double"),
               ("distance_start", "double"), ("distance_end", "double"))
POLYGON_FIELDS = (("type", "string"), ("type_zh", "string"), ("minutes", "double"), ("metres", "double"),
                  ("street_length_m", "double"), ("area_m2", "double"))
CATCHMENT_FIELDS = (("type", "string"), ("facility_id", "string"), ("facility_name", "string"),
                    ("distance_start", "double"), ("distance_end", "double"))
WRITE_CHUNK = 2000  # features added to a sink at once, cancellation checked between chunks


def parse_minutes(text):
    """'5, 10,15' → [5.0, 10.0, 15.0]; ValueError for anything else."""
    values = sorted({float(part) for part in str(text).replace("，", ",").split(",") if part.strip()})
    if not values or any(v <= 0 for v in values):
        raise ValueError(text)
    return values


class WalkingServiceAreasAlgorithm(CompleteCommunityAlgorithm):
    GROUP = "network"
    NETWORK = NETWORK
    WORKING_CRS = WORKING_CRS
    SOURCE_ENCODING = SOURCE_ENCODING
    MAX_ACCESS = MAX_ACCESS
    FACILITIES = "FACILITIES"
    FACILITY_TYPE_FIELD = "FACILITY_TYPE_FIELD"
    FACILITY_NAME_FIELD = "FACILITY_NAME_FIELD"
    TYPES = "TYPES"
    MINUTES = "MINUTES"
    WALK_SPEED = "WALK_SPEED"
    BUFFER = "BUFFER"
    CATCHMENTS = "CATCHMENTS"
    OUTPUT_LINES = "OUTPUT_LINES"
    OUTPUT_POLYGONS = "OUTPUT_POLYGONS"
    OUTPUT_CATCHMENTS = "OUTPUT_CATCHMENTS"
    STAGES = ("network", "facilities", "areas")

    def name(self):
        return "walkingserviceareas"

    def displayName(self):  # noqa: N802
        return self.tr("Walking service areas")

    def summary(self):
        return self.tr(
            "For each facility type and each walking time (e.g. 5, 10 and 15 minutes at 60 m/min), the streets "
            "from which the nearest facility of the type is within that walk, cut exactly where the limit falls "
            "inside a street, and one polygon per type and time (the reachable streets buffered and dissolved). "
            "By default each type gets one polygon at the walking time the checklist profile asks for it; give "
            "walking times to draw several. Optionally, catchments: every reachable street part allocated to its "
            "nearest facility. The network is built once for all types and times."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add_network_parameters(self, optional=False)
        add_working_crs_parameter(self)
        add_encoding_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FACILITIES, self.tr("Facilities"), [source_type("VectorPoint"), source_type("VectorPolygon")]))
        self.addParameter(detected_field(self.FACILITY_TYPE_FIELD, self.tr("Facility type field"), self.FACILITIES,
                                         FACILITY_FIELDS["type"]))
        self.addParameter(detected_field(self.FACILITY_NAME_FIELD, self.tr("Facility name field"), self.FACILITIES,
                                         FACILITY_FIELDS["name"]))
        add_mapping_parameters(self, default="taxonomy")
        types = QgsProcessingParameterString(
            self.TYPES, self.tr("Facility types (names or codes, comma separated; empty: every type in the layer)"),
            optional=True)
        types.setHelp(self.tr("E.g. 幼儿园, 社区卫生服务站, bus_stop: the Chinese or English name, an alias or the "
                              "code of a type of the taxonomy. Empty: every type in the layer."))
        self.addParameter(with_widget(types, "FacilityTypesWrapper"))
        times = QgsProcessingParameterString(
            self.MINUTES, self.tr("Walking times (minutes; empty: the profile's walking time for each type)"),
            optional=True)
        times.setHelp(self.tr("E.g. 5,10,15 for three areas per type. Empty: one area per type, at the walking time "
                              "the checklist profile asks for that type (e.g. 10 minutes for a kindergarten)."))
        self.addParameter(times)
        add_profile_parameters(self)
        self.addParameter(distance_parameter(self.WALK_SPEED, self.tr("Walking speed (m/min)"), 60.0, "",
                                             minimum=1.0))
        self.addParameter(distance_parameter(self.BUFFER, self.tr("Polygon width on each side of the streets (m)"),
                                             50.0, "", minimum=0.1))
        self.addParameter(QgsProcessingParameterBoolean(
            self.CATCHMENTS, self.tr("Also allocate streets to their nearest facility (catchments)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LINES, self.tr("Reachable streets"), type=source_type("VectorLine")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_POLYGONS, self.tr("Service areas"), type=source_type("VectorPolygon")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_CATCHMENTS, self.tr("Catchments"), type=source_type("VectorLine"), optional=True,
            createByDefault=False))

    # the run, in stages
    def process(self, parameters, context, feedback):
        text = self.parameterAsString(parameters, self.MINUTES, context)
        try:
            minutes = parse_minutes(text) if text and text.strip() else None
        except ValueError:
            raise QgsProcessingException(self.tr("Walking times must be positive numbers separated by commas, "
                                                 "e.g. 5,10,15")) from None
        profile = profile_from_parameters(self, parameters, context)
        steps = QgsProcessingMultiStepFeedback(len(self.STAGES), feedback)
        network = self.source(parameters, self.NETWORK, context)
        frame = WorkingFrame.of(network, self.layer_label(parameters, self.NETWORK, context), context, steps,
                                override=working_crs_from_parameters(self, parameters, context))
        graph = walking_graph(self, parameters, context, steps, frame)
        steps.setCurrentStep(1)
        facilities, types = self._facilities(parameters, context, frame, steps)
        max_access = self.parameterAsDouble(parameters, self.MAX_ACCESS, context)
        warn_if_shifted(graph, [(f.x, f.y) for f in facilities], frame, steps,
                        self.layer_label(parameters, self.FACILITIES, context),
                        self.layer_label(parameters, self.NETWORK, context))
        attachment = graph.attach(np.array([(f.x, f.y) for f in facilities]).reshape(-1, 2), max_access)
        if attachment.off_network.any():
            steps.pushWarning(self.tr("{} facilities are more than {} m from any street and are left out").format(
                int(attachment.off_network.sum()), max_access))
        steps.setCurrentStep(2)
        minutes_of = {code: minutes or [profile.reach_of_type(code) or 10.0] for code in types}
        if minutes is None:
            steps.pushInfo(self.tr("Walking times of profile {}: {}").format(profile.id, ", ".join(
                "{} {:g} min".format(facility_types()[code].name_zh, times[0]) for code, times in minutes_of.items())))
        return self._areas(graph, attachment, facilities, types, minutes_of, frame.transform_to(network.sourceCrs()),
                           network.sourceCrs(), parameters, context, steps)

    def _facilities(self, parameters, context, frame, feedback):
        """The facilities in the frame, classified, and the types to draw (asked for and present)."""
        source = self.source(parameters, self.FACILITIES, context)
        label = self.layer_label(parameters, self.FACILITIES, context)
        mapping = mapping_from_parameters(self, parameters, context)
        names = source.fields().names()
        given = {"type": self.parameterAsString(parameters, self.FACILITY_TYPE_FIELD, context),
                 "name": self.parameterAsString(parameters, self.FACILITY_NAME_FIELD, context)}
        try:
            fields = choose_fields(names, {key: FACILITY_FIELDS[key] for key in ("id", "name", "type")}, given)
        except FieldChoiceError as error:
            raise QgsProcessingException("{}: {}{}".format(label, error, self.encoding_hint(source))) from None
        if not fields["type"] and mapping.id == TAXONOMY_MAPPING:
            raise QgsProcessingException(self.tr("The facility layer has no type field (looked for: {}). Choose the "
                                                 "field with the facility types.").format(
                ", ".join(FACILITY_FIELDS["type"])) + self.encoding_hint(source))
        facilities, _skipped, _warnings = read_facilities(  # no quantity fields read here: no warnings
            self.features(source, feedback), frame.transform_from(source, label), fields,
            type_classifier(mapping, names, fields["type"], fields["name"]), feedback.isCanceled)
        text = self.parameterAsString(parameters, self.TYPES, context) or ""
        words = [w.strip() for w in re.split(r"[,，、;；]", text) if w.strip()]
        unknown = [w for w in words if resolve_type(w) is None]
        if unknown:
            raise QgsProcessingException(self.tr("Unknown facility types: {}. The types are: {}").format(
                ", ".join(unknown), type_list()))
        wanted = list(dict.fromkeys(resolve_type(w) for w in words))
        present = sorted({f.type for f in facilities if f.type})
        missing = [t for t in wanted if t not in present]
        if missing:
            feedback.pushWarning(self.tr("No facilities of these types: {}").format(", ".join(missing)))
        types = [t for t in (wanted or present) if t in present]
        if not types:
            raise QgsProcessingException(self.tr("No facility of a known type to start from."))
        return facilities, types

    def _areas(self, graph, attachment, facilities, types, minutes_of, back, crs, parameters, context, feedback):
        """Per type: its facilities inserted into the graph (those at the same place once), one shortest-path pass to
        its longest time, then the streets and polygon of every time; written in chunks, cancellation checked
        between any two of them."""
        speed = self.parameterAsDouble(parameters, self.WALK_SPEED, context)
        width = self.parameterAsDouble(parameters, self.BUFFER, context)
        known = facility_types()
        line_fields, polygon_fields = fields_from(LINE_FIELDS), fields_from(POLYGON_FIELDS)
        lines_sink, lines_id = self.create_sink(parameters, self.OUTPUT_LINES, context, line_fields,
                                                wkb_type("LineString"), crs)
        polygons_sink, polygons_id = self.create_sink(parameters, self.OUTPUT_POLYGONS, context, polygon_fields,
                                                      wkb_type("MultiPolygon"), crs)
        catchments_sink, catchments_id, catchment_fields = None, None, fields_from(CATCHMENT_FIELDS)
        if self.parameterAsBoolean(parameters, self.CATCHMENTS, context):
            catchments_sink, catchments_id = self.create_sink(parameters, self.OUTPUT_CATCHMENTS, context,
                                                              catchment_fields, wkb_type("LineString"), crs)
        is_canceled = feedback.isCanceled

        def write(sink, name, fields, shapes, attributes):
            """One feature per (shape, attributes), added in chunks with a cancellation check before each."""
            for begin in range(0, len(shapes), WRITE_CHUNK):
                self.stop_if_canceled(feedback)
                chunk = []
                for shape, values in zip(shapes[begin:begin + WRITE_CHUNK], attributes[begin:begin + WRITE_CHUNK]):
                    feature = QgsFeature(fields)
                    feature.setGeometry(_geometry(shape, back))
                    feature.setAttributes(values)
                    chunk.append(feature)
                self.add_features(sink, chunk, parameters, name)

        def segments(parts):
            return list(zip(parts.start.tolist(), parts.end.tolist()))

        type_codes = np.array([f.type or "" for f in facilities], dtype=object)
        done, steps = 0, sum(len(times) for times in minutes_of.values())
        for code in types:
            self.stop_if_canceled(feedback)
            limit = max(minutes_of[code]) * speed
            indices = np.nonzero(type_codes == code)[0]
            split, representatives = type_network(graph, attachment, indices)
            distance, nearest = split.node_distances(split.group_nodes(0), limit)
            for minute in minutes_of[code]:
                self.stop_if_canceled(feedback)
                metres = minute * speed
                parts = reachable_parts(split, distance, nearest, metres)
                head = [code, known[code].name_zh, minute, metres]
                write(lines_sink, self.OUTPUT_LINES, line_fields, segments(parts),
                      [head + [d0, d1] for d0, d1 in zip(parts.distance_start.tolist(), parts.distance_end.tolist())])
                shape = polygon(parts, width, is_canceled)
                if shape is not None:
                    write(polygons_sink, self.OUTPUT_POLYGONS, polygon_fields, [shape],
                          [head + [float(parts.length.sum()), float(shape.area)]])
                done += 1
                feedback.setProgress(100.0 * done / steps)
            if catchments_sink is not None:
                parts = reachable_parts(split, distance, nearest, limit, allocate=True)
                owners = [facilities[i] for i in representatives[parts.facility].tolist()]
                write(catchments_sink, self.OUTPUT_CATCHMENTS, catchment_fields, segments(parts),
                      [[code, owner.id, owner.name, d0, d1] for owner, d0, d1 in zip(
                          owners, parts.distance_start.tolist(), parts.distance_end.tolist())])
            merged = int((attachment.edge[indices] >= 0).sum()) - len(representatives)
            if merged:
                feedback.pushInfo(self.tr("{}: {} facilities ({} at the same place as another, counted once)").format(
                    known[code].name_zh, len(indices), merged))
            else:
                feedback.pushInfo(self.tr("{}: {} facilities").format(known[code].name_zh, len(indices)))
        style_output(context, polygons_id, "service_areas", self.tr("Service areas"))
        style_output(context, lines_id, "reachable_streets", self.tr("Reachable streets"))
        style_output(context, catchments_id)
        results = {self.OUTPUT_LINES: lines_id, self.OUTPUT_POLYGONS: polygons_id}
        if catchments_id:
            results[self.OUTPUT_CATCHMENTS] = catchments_id
        return results


def _geometry(shape_or_segment, back):
    """A shapely shape, or a segment as two (x, y) points, as a QGIS geometry transformed back to the output CRS."""
    if hasattr(shape_or_segment, "wkb"):
        result = QgsGeometry()
        result.fromWkb(shape_or_segment.wkb)
    else:
        start, end = shape_or_segment
        result = QgsGeometry.fromPolylineXY([QgsPointXY(*start), QgsPointXY(*end)])
    if back is not None:
        result.transform(back)
    return result
