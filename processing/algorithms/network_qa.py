"""completecommunity:networkqa — what is wrong with a walking network, before the check trusts its distances."""

from collections import Counter

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from complete_community.core.check.layers import to_shapely
from complete_community.core.crs import working_crs
from complete_community.core.network import qa
from complete_community.core.network.graph import WalkingGraph
from complete_community.core.network.layers import read_lines
from complete_community.core.qgis_compat import (
    advanced_parameter_flag,
    double_number,
    fast_insert,
    make_field,
    source_type,
    wkb_type,
)
from complete_community.processing.algorithms.base import CompleteCommunityAlgorithm
from complete_community.processing.styling import style_output


def finding_fields():
    fields = QgsFields()
    fields.append(make_field("problem", "string", 32))
    fields.append(make_field("detail", "string", 254))
    fields.append(make_field("distance_m", "double", 12, 2))
    fields.append(make_field("component", "int"))
    fields.append(make_field("length_m", "double", 14, 2))
    return fields


class NetworkQaAlgorithm(CompleteCommunityAlgorithm):
    NETWORK = "NETWORK"
    FACILITIES = "FACILITIES"
    RESIDENTS = "RESIDENTS"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    NEAR_MISS_TOLERANCE = "NEAR_MISS_TOLERANCE"
    MAX_ACCESS = "MAX_ACCESS"
    NODE_CROSSINGS = "NODE_CROSSINGS"
    OUTPUT_POINTS = "OUTPUT_POINTS"
    OUTPUT_LINES = "OUTPUT_LINES"

    def name(self):
        return "networkqa"

    def displayName(self):  # noqa: N802
        return self.tr("Check the walking network")

    def group(self):
        return self.tr("Walking network")

    def groupId(self):  # noqa: N802
        return "network"

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
        network = QgsProcessingParameterFeatureSource(
            self.NETWORK, self.tr("Street network"), [source_type("VectorLine")])
        network.setHelp(self.tr("Street centre lines, or OpenStreetMap lines (a 'highway' or 'other_tags' field "
                                "turns the walkability filters on)."))
        self.addParameter(network)
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
        for name, description, default, help_text, advanced in (
            (self.SNAP_TOLERANCE, self.tr("Network snapping tolerance (m)"), 0.5,
             self.tr("Line ends closer than this are joined."), True),
            (self.NEAR_MISS_TOLERANCE, self.tr("Near-miss distance (m)"), 5.0,
             self.tr("A dangling end this close to a street it does not connect to is a near miss."), False),
            (self.MAX_ACCESS, self.tr("Largest distance from a point to the street (m)"), 100.0,
             self.tr("Residents and facilities farther from any street are off the network (reported, not "
                     "snapped)."), False),
        ):
            parameter = QgsProcessingParameterNumber(
                name, description, type=double_number(), defaultValue=default, minValue=0.0)
            parameter.setHelp(help_text)
            if advanced:
                parameter.setFlags(parameter.flags() | advanced_parameter_flag())
            self.addParameter(parameter)
        crossings = QgsProcessingParameterBoolean(
            self.NODE_CROSSINGS, self.tr("Join lines where they cross without a shared vertex"),
            defaultValue=False)
        crossings.setHelp(self.tr("For centre-line drawings that are not noded; leave off for OpenStreetMap, where "
                                  "bridges cross streets without joining them."))
        self.addParameter(crossings)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_POINTS, self.tr("Network problems (points)"), type=source_type("VectorPoint")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LINES, self.tr("Network problems (lines)"), type=source_type("VectorLine")))
        for output, description in (
            ("COMPONENTS", self.tr("Connected components")),
            ("LARGEST_SHARE", self.tr("Share of the street length in the largest component (0–1)")),
            ("DANGLING_ENDS", self.tr("Dangling ends (near misses included)")),
            ("NEAR_MISSES", self.tr("Near misses")),
            ("FACILITIES_OFF_NETWORK", self.tr("Facilities off the network")),
            ("RESIDENTS_OFF_NETWORK", self.tr("Residents off the network")),
            ("FILTERED_WAYS", self.tr("Streets removed by the walkability filters")),
        ):
            self.addOutput(QgsProcessingOutputNumber(output, description))

    # the run
    def process(self, parameters, context, feedback):
        network = self.parameterAsSource(parameters, self.NETWORK, context)
        if network is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.NETWORK))
        facilities = self.parameterAsSource(parameters, self.FACILITIES, context)
        residents = self.parameterAsSource(parameters, self.RESIDENTS, context)
        snap = self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context)
        near_miss_tolerance = self.parameterAsDouble(parameters, self.NEAR_MISS_TOLERANCE, context)
        max_access = self.parameterAsDouble(parameters, self.MAX_ACCESS, context)
        node_crossings = self.parameterAsBoolean(parameters, self.NODE_CROSSINGS, context)
        is_canceled = feedback.isCanceled

        crs, why = working_crs(network.sourceCrs(), network.sourceExtent(), context.transformContext())
        if why == "utm":
            feedback.pushInfo(self.tr("The network is not in a projected CRS in metres ({}): measuring in {}").format(
                network.sourceCrs().authid() or self.tr("unknown CRS"), crs.authid()))
        else:
            feedback.pushInfo(self.tr("Measuring in the network's CRS {}").format(crs.authid()))

        def transform_from(source):
            if source.sourceCrs() == crs:
                return None
            if not source.sourceCrs().isValid():
                feedback.pushWarning(self.tr("A layer has no CRS: it is taken to be in {}").format(crs.authid()))
                return None
            return QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())

        to_network = transform_from(network)
        back = QgsCoordinateTransform(crs, network.sourceCrs(), context.transformContext()) \
            if to_network is not None else None

        # the graph, as the check builds it
        feedback.setProgressText(self.tr("Reading the network"))
        lines, removed = read_lines(self._with_progress(network, feedback, 0, 40), to_network,
                                    is_canceled=is_canceled)
        self.stop_if_canceled(feedback)
        if not lines:
            raise QgsProcessingException(self.tr(
                "The network layer has no walkable line ({} lines removed by the walkability filters): nothing to "
                "check.").format(len(removed)))
        feedback.setProgressText(self.tr("Building the walking graph"))
        graph = WalkingGraph.from_lines(lines, snap_tolerance=snap, node_crossings=node_crossings)
        self.stop_if_canceled(feedback)
        if graph.edge_count == 0:
            raise QgsProcessingException(self.tr("The network's lines collapse to nothing at a snapping tolerance of "
                                                 "{} m: nothing to check.").format(snap))
        feedback.pushInfo(self.tr("Walking graph: {} lines, {} segments, {} junctions and ends; {} lines removed "
                                  "by the walkability filters").format(len(lines), graph.edge_count,
                                                                       graph.node_count, len(removed)))
        feedback.setProgress(45)

        # the findings
        feedback.setProgressText(self.tr("Looking for problems"))
        try:
            comps = qa.components(graph)
            findings = qa.component_findings(graph, comps, is_canceled)
            feedback.setProgress(55)
            ends = qa.dangling_ends(graph, near_miss_tolerance, is_canceled)
            findings += qa.dangling_findings(graph, comps, ends)
            feedback.setProgress(70)
        except qa.QaCanceledError:
            self.stop_if_canceled(feedback)
            raise
        off_counts = {}
        for problem, source in ((qa.FACILITY_OFF_NETWORK, facilities), (qa.RESIDENT_OFF_NETWORK, residents)):
            if source is None:
                continue
            points = self._points(source, transform_from(source), feedback)
            off = qa.off_network(graph, points, max_access, comps)
            off_counts[problem] = (off.count, len(points))
            findings += qa.off_network_findings(problem, points, off, max_access)
        feedback.setProgress(80)
        removed_streets = [way for way in removed if way[1] != qa.NOT_A_STREET]
        for _feature_id, reason, geometry in removed_streets:
            self.stop_if_canceled(feedback)
            findings.append(qa.filtered_finding(reason, geometry, geometry.length()))
        feedback.setProgress(85)

        # writing
        feedback.setProgressText(self.tr("Writing the problems"))
        fields = finding_fields()
        point_sink, points_id = self.create_sink(parameters, self.OUTPUT_POINTS, context, fields,
                                                 wkb_type("Point"), network.sourceCrs())
        if point_sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_POINTS))
        line_sink, lines_id = self.create_sink(parameters, self.OUTPUT_LINES, context, fields,
                                               wkb_type("MultiLineString"), network.sourceCrs())
        if line_sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_LINES))
        for index, finding in enumerate(findings):
            self.stop_if_canceled(feedback)
            feature = QgsFeature(fields)
            feature.setGeometry(self._geometry(finding, back))
            feature.setAttributes([finding.problem, finding.detail, finding.distance_m, finding.component,
                                   finding.length_m])
            sink, name = (line_sink, self.OUTPUT_LINES) if finding.is_line else (point_sink, self.OUTPUT_POINTS)
            if not sink.addFeature(feature, fast_insert()):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, name))
            feedback.setProgress(85 + int(15 * (index + 1) / len(findings)))
        feedback.setProgress(100)

        self._log_summary(feedback, comps, ends, off_counts, removed_streets, len(removed) - len(removed_streets),
                          near_miss_tolerance, max_access)
        style_output(context, points_id, "network_qa_points", self.tr("Network problems (points)"))
        style_output(context, lines_id, "network_qa_lines", self.tr("Network problems (lines)"))
        return {
            self.OUTPUT_POINTS: points_id,
            self.OUTPUT_LINES: lines_id,
            "COMPONENTS": comps.count,
            "LARGEST_SHARE": comps.largest_share,
            "DANGLING_ENDS": ends.count,
            "NEAR_MISSES": ends.near_miss_count,
            "FACILITIES_OFF_NETWORK": off_counts.get(qa.FACILITY_OFF_NETWORK, (0, 0))[0],
            "RESIDENTS_OFF_NETWORK": off_counts.get(qa.RESIDENT_OFF_NETWORK, (0, 0))[0],
            "FILTERED_WAYS": len(removed_streets),
        }

    # helpers
    def _with_progress(self, source, feedback, start, end):
        """The source's features, moving the progress bar from start to end (when the source can count)."""
        expected = source.featureCount()
        step = (end - start) / expected if expected and expected > 0 else 0
        for index, feature in enumerate(source.getFeatures()):
            if step and index % 100 == 0:
                feedback.setProgress(start + int(index * step))
            yield feature
        feedback.setProgress(end)

    def _points(self, source, transform, feedback):
        """One point per feature in the working CRS: the point itself, or a point on the polygon's surface (as the
        check places facilities)."""
        points = []
        skipped = 0
        for feature in source.getFeatures():
            self.stop_if_canceled(feedback)
            shape = to_shapely(feature.geometry(), transform)
            if shape is None:
                skipped += 1
                continue
            point = shape if shape.geom_type == "Point" else shape.representative_point()
            points.append((point.x, point.y))
        if skipped:
            feedback.pushWarning(self.tr("{} features without geometry skipped").format(skipped))
        return np.array(points, dtype=float).reshape(-1, 2)

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

    def _log_summary(self, feedback, comps, ends, off_counts, removed_streets, not_streets, near_miss_tolerance,
                     max_access):
        feedback.pushInfo("")
        feedback.pushInfo(self.tr("{} components; the largest holds {:.1f} % of the street length ({:,.0f} of "
                                  "{:,.0f} m)").format(comps.count, 100.0 * comps.largest_share,
                                                       comps.lengths[0], comps.total_length))
        if comps.count > 1:
            feedback.pushInfo(self.tr("  {} parts do not touch the main network ({:,.0f} m of streets): nobody "
                                      "walks from them to the rest; the largest of them is {:,.0f} m").format(
                comps.count - 1, comps.total_length - comps.lengths[0], comps.lengths[1]))
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
