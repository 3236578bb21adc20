"""completecommunity:networkqa — what is wrong with a walking network, before the check trusts its distances."""

from collections import Counter

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from complete_community.core.check.fields import FACILITY_FIELDS, choose_fields
from complete_community.core.check.readers import read_points
from complete_community.core.network import qa
from complete_community.core.qgis_compat import source_type, wkb_type
from complete_community.processing.base import CompleteCommunityAlgorithm
from complete_community.processing.fields import fields_from
from complete_community.processing.frame import WorkingFrame
from complete_community.processing.offset_guard import warn_if_shifted
from complete_community.processing.parameters import distance_parameter
from complete_community.processing.parameters.crs import (
    WORKING_CRS,
    add_working_crs_parameter,
    working_crs_from_parameters,
)
from complete_community.processing.parameters.encoding import SOURCE_ENCODING, add_encoding_parameter
from complete_community.processing.parameters.network import (
    MAX_ACCESS,
    NETWORK,
    NODE_CROSSINGS,
    SNAP_TOLERANCE,
    add_network_parameters,
    walking_graph,
)
from complete_community.processing.styling import style_output

FINDING_FIELDS = (
    ("problem", "string", 32),
    ("detail", "string", 254),
    ("distance_m", "double", 12, 2),
    ("component", "int"),
    ("length_m", "double", 14, 2),
    ("feature_id", "string", 80),
    ("feature_name", "string", 120),
)


class NetworkQaAlgorithm(CompleteCommunityAlgorithm):
    GROUP = "network"
    NETWORK = NETWORK
    WORKING_CRS = WORKING_CRS
    SOURCE_ENCODING = SOURCE_ENCODING
    SNAP_TOLERANCE = SNAP_TOLERANCE
    MAX_ACCESS = MAX_ACCESS
    NODE_CROSSINGS = NODE_CROSSINGS
    FACILITIES = "FACILITIES"
    RESIDENTS = "RESIDENTS"
    NEAR_MISS_TOLERANCE = "NEAR_MISS_TOLERANCE"
    OUTPUT_POINTS = "OUTPUT_POINTS"
    OUTPUT_LINES = "OUTPUT_LINES"
    COUNTS = ("COMPONENTS", "LARGEST_SHARE", "DANGLING_ENDS", "NEAR_MISSES", "FACILITIES_OFF_NETWORK",
              "RESIDENTS_OFF_NETWORK", "FILTERED_WAYS")
    STAGES = ("network", "findings", "points", "write")

    def name(self):
        return "networkqa"

    def displayName(self):  # noqa: N802
        return self.tr("Check the walking network")

    def summary(self):
        return self.tr(
            "Tells you what is wrong with a street network before you trust the walking distances measured on it. "
            "It builds the walking graph exactly as the check does (the OpenStreetMap walkability filters, the "
            "snapping tolerance, optional noding of crossings) and reports: the connected components (every part "
            "that does not touch the largest one is 'disconnected': nobody walks from it to the rest); the "
            "dangling ends, and among them the 'near misses', ends that stop within a few metres of a street they "
            "do not connect to, most often a junction that was never snapped; the facilities and residents farther "
            "than the access distance from every street, with their actual distance; and the streets the filters "
            "removed (motorways, foot=no, private ways …), with the rule that removed them. Points and lines are "
            "written to two layers with the same fields (problem, detail, distance_m, component, length_m). The "
            "network layer is not changed."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add_network_parameters(self, optional=False, options_advanced=False)
        add_working_crs_parameter(self)
        add_encoding_parameter(self)
        for name, description, help_text in (
            (self.FACILITIES, self.tr("Facilities (optional)"),
             self.tr("Points or polygons: each one farther than the access distance from every street is "
                     "reported.")),
            (self.RESIDENTS, self.tr("Residents (optional)"),
             self.tr("Points or polygons (e.g. a population grid): each one farther than the access distance from "
                     "every street is reported.")),
        ):
            parameter = QgsProcessingParameterFeatureSource(
                name, description, [source_type("VectorPoint"), source_type("VectorPolygon")], optional=True)
            parameter.setHelp(help_text)
            self.addParameter(parameter)
        self.addParameter(distance_parameter(
            self.NEAR_MISS_TOLERANCE, self.tr("Near-miss distance (m)"), 5.0,
            self.tr("A dangling end this close to a street it does not connect to is a near miss.")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_POINTS, self.tr("Network problems (points)"), type=source_type("VectorPoint")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LINES, self.tr("Network problems (lines)"), type=source_type("VectorLine")))
        for output, description in zip(self.COUNTS, (
            self.tr("Connected components"),
            self.tr("Share of the street length in the largest component (0–1)"),
            self.tr("Dangling ends (near misses included)"),
            self.tr("Near misses"),
            self.tr("Facilities off the network"),
            self.tr("Residents off the network"),
            self.tr("Streets removed by the walkability filters"),
        )):
            self.addOutput(QgsProcessingOutputNumber(output, description))

    # the run, in stages
    def process(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(len(self.STAGES), feedback)
        network = self.source(parameters, self.NETWORK, context)
        frame = WorkingFrame.of(network, self.layer_label(parameters, self.NETWORK, context), context, steps,
                                override=working_crs_from_parameters(self, parameters, context))
        near_miss_tolerance = self.parameterAsDouble(parameters, self.NEAR_MISS_TOLERANCE, context)
        max_access = self.parameterAsDouble(parameters, self.MAX_ACCESS, context)
        graph = walking_graph(self, parameters, context, steps, frame)

        steps.setCurrentStep(1)
        steps.setProgressText(self.tr("Looking for problems"))
        components = qa.rank_components(graph)
        findings = qa.component_findings(graph, components, steps.isCanceled)
        steps.setProgress(30)
        ends = qa.dangling_ends(graph, near_miss_tolerance, steps.isCanceled)
        findings += qa.dangling_findings(graph, components, ends)
        for _feature_id, reason, geometry in graph.filtered_ways:
            findings.append(qa.filtered_finding(reason, geometry, geometry.length()))

        steps.setCurrentStep(2)
        off_counts = {}
        for problem, name in ((qa.FACILITY_OFF_NETWORK, self.FACILITIES), (qa.RESIDENT_OFF_NETWORK, self.RESIDENTS)):
            source = self.source(parameters, name, context, optional=True)
            if source is None:
                continue
            label = self.layer_label(parameters, name, context)
            fields = choose_fields(source.fields().names(), {key: FACILITY_FIELDS[key] for key in ("id", "name")}, {})
            points, ids, names, skipped = read_points(self.features(source, steps),
                                                      frame.transform_from(source, label), steps.isCanceled, fields)
            if skipped:
                steps.pushWarning(self.tr("{}: {} features without geometry skipped").format(label, skipped))
            if problem == qa.FACILITY_OFF_NETWORK:
                warn_if_shifted(graph, points, frame, steps, label,
                                self.layer_label(parameters, self.NETWORK, context))
            off = qa.off_network(graph, points, max_access, components)
            off_counts[problem] = (off.count, len(points))
            findings += qa.off_network_findings(problem, points, off, max_access, ids, names)

        steps.setCurrentStep(3)
        ids = self._write(findings, frame.transform_to(network.sourceCrs()), network.sourceCrs(), parameters, context,
                          steps)
        self._log_summary(feedback, components, ends, off_counts, graph, near_miss_tolerance, max_access)
        counts = (components.count, components.largest_share, ends.count, ends.near_miss_count,
                  off_counts.get(qa.FACILITY_OFF_NETWORK, (0, 0))[0],
                  off_counts.get(qa.RESIDENT_OFF_NETWORK, (0, 0))[0], len(graph.filtered_ways))
        return dict(ids, **dict(zip(self.COUNTS, counts)))

    def _write(self, findings, back, crs, parameters, context, feedback):
        feedback.setProgressText(self.tr("Writing the problems"))
        fields = fields_from(FINDING_FIELDS)
        sinks = {
            self.OUTPUT_POINTS: self.create_sink(parameters, self.OUTPUT_POINTS, context, fields, wkb_type("Point"),
                                                 crs),
            self.OUTPUT_LINES: self.create_sink(parameters, self.OUTPUT_LINES, context, fields,
                                                wkb_type("MultiLineString"), crs),
        }
        for index, finding in enumerate(findings):
            self.stop_if_canceled(feedback)
            feature = QgsFeature(fields)
            feature.setGeometry(self._geometry(finding, back))
            feature.setAttributes([finding.problem, finding.detail, finding.distance_m, finding.component,
                                   finding.length_m, finding.feature_id, finding.feature_name])
            name = self.OUTPUT_LINES if finding.is_line else self.OUTPUT_POINTS
            self.add_feature(sinks[name][0], feature, parameters, name)
            feedback.setProgress(100.0 * (index + 1) / len(findings))
        style_output(context, sinks[self.OUTPUT_POINTS][1], "network_qa_points", self.tr("Network problems (points)"))
        style_output(context, sinks[self.OUTPUT_LINES][1], "network_qa_lines", self.tr("Network problems (lines)"))
        return {name: dest_id for name, (_sink, dest_id) in sinks.items()}
    @staticmethod
    def _geometry(finding, back):
        shape = finding.shape
        if isinstance(shape, QgsGeometry):
            geometry = QgsGeometry(shape)
        elif finding.is_line:
            geometry = QgsGeometry.fromMultiPolylineXY(
                [[QgsPointXY(float(x), float(y)) for x, y in part] for part in shape])
        else:
            geometry = QgsGeometry.fromPointXY(QgsPointXY(*shape))
        if back is not None:
            geometry.transform(back)
        if finding.is_line:
            geometry.convertToMultiType()
        return geometry

    def _log_summary(self, feedback, components, ends, off_counts, graph, near_miss_tolerance, max_access):
        removed_streets, not_streets = graph.filtered_ways, graph.not_streets
        feedback.pushInfo("")
        feedback.pushInfo(self.tr("{} components; the largest holds {:.1f} % of the street length ({:,.0f} of "
                                  "{:,.0f} m)").format(components.count, 100.0 * components.largest_share,
                                                       components.lengths[0], components.total_length))
        if components.count > 1:
            feedback.pushInfo(self.tr("  {} parts do not touch the main network ({:,.0f} m of streets): nobody "
                                      "walks from them to the rest; the largest of them is {:,.0f} m").format(
                components.count - 1, components.total_length - components.lengths[0], components.lengths[1]))
        feedback.pushInfo(self.tr("{} dangling ends; {} of them are near misses (within {} m of a street they do "
                                  "not connect to): check these first, they often split the network").format(
            ends.count, ends.near_miss_count, near_miss_tolerance))
        if qa.FACILITY_OFF_NETWORK in off_counts:
            feedback.pushInfo(self.tr("{} of {} facilities are farther than {} m from every street: the check "
                                      "cannot reach them on foot").format(
                *off_counts[qa.FACILITY_OFF_NETWORK], max_access))
        if qa.RESIDENT_OFF_NETWORK in off_counts:
            feedback.pushInfo(self.tr("{} of {} residents are farther than {} m from every street: the check "
                                      "cannot walk from them").format(*off_counts[qa.RESIDENT_OFF_NETWORK], max_access))
        if removed_streets:
            reasons = Counter(reason for _id, reason, _geometry in removed_streets)
            feedback.pushInfo(self.tr("{} streets removed by the walkability filters: {}").format(
                len(removed_streets),
                ", ".join("{} {}".format(reason, count) for reason, count in reasons.most_common())))
        else:
            feedback.pushInfo(self.tr("No street was removed by the walkability filters"))
        if not_streets:
            feedback.pushInfo(self.tr("{} lines without a highway tag (railways, waterways, barriers …) are not "
                                      "streets: left out, not reported").format(not_streets))
