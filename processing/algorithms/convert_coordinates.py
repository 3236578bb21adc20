"""completecommunity:convertcoordinates — a copy of a layer with every vertex moved between WGS-84, GCJ-02 and BD-09."""

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from complete_community.core.chinese_coordinates import SYSTEMS, convert, inside_china
from complete_community.core.i18n import tr
from complete_community.core.qgis_compat import source_type
from complete_community.processing.base import CompleteCommunityAlgorithm
from complete_community.processing.frame import require_coordinates_fit_crs
from complete_community.processing.parameters import static_choice
from complete_community.processing.styling import style_output

WGS84_IDS = ("EPSG:4326",)


def system_labels():
    """What each coordinate system is called in the dialogs."""
    return {
        "wgs84": tr("WGS-84 (GPS, OpenStreetMap, Tianditu, CGCS2000 lon/lat)"),
        "gcj02": tr("GCJ-02 (Amap/Gaode, Tencent, Google China)"),
        "bd09": tr("BD-09 (Baidu)"),
    }


class VertexConverter:
    """Moves every vertex of QGIS geometries from one system to another; a layer in a CRS other than WGS-84 lon/lat is
    taken to WGS-84 for the conversion and back, so the output keeps the layer's CRS."""

    def __init__(self, source_system, target_system, crs, transform_context):
        self.source_system = source_system
        self.target_system = target_system
        self.to_wgs = self.from_wgs = None
        if crs.authid() not in WGS84_IDS:
            wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
            self.to_wgs = QgsCoordinateTransform(crs, wgs84, transform_context)
            self.from_wgs = QgsCoordinateTransform(wgs84, crs, transform_context)
        self.vertices = 0
        self.outside = 0

    def convert(self, geometry):
        """The geometry with its vertices converted (a new QgsGeometry; Z and M kept)."""
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return geometry
        result = QgsGeometry(geometry)
        points = list(result.vertices())
        xy = np.array([(p.x(), p.y()) for p in points], dtype=float).reshape(-1, 2)
        if self.to_wgs is not None:
            xy = np.array([_xy(self.to_wgs.transform(QgsPointXY(x, y))) for x, y in xy]).reshape(-1, 2)
        lon, lat = convert(xy[:, 0], xy[:, 1], self.source_system, self.target_system)
        self.vertices += len(points)
        self.outside += int((~inside_china(xy[:, 0], xy[:, 1])).sum())
        for index, (point, x, y) in enumerate(zip(points, lon, lat)):
            if self.from_wgs is not None:
                x, y = _xy(self.from_wgs.transform(QgsPointXY(float(x), float(y))))
            point.setX(float(x))
            point.setY(float(y))
            result.moveVertex(point, index)
        return result


def _xy(point):
    return point.x(), point.y()


class ConvertCoordinatesAlgorithm(CompleteCommunityAlgorithm):
    GROUP = "preparation"
    INPUT = "INPUT"
    FROM = "FROM"
    TO = "TO"
    OUTPUT = "OUTPUT"
    VERTEX_COUNT = "VERTEX_COUNT"
    OUTSIDE_COUNT = "OUTSIDE_COUNT"

    def name(self):
        return "convertcoordinates"

    def displayName(self):  # noqa: N802
        return self.tr("Convert coordinates (WGS-84 / GCJ-02 / BD-09)")

    def summary(self):
        return self.tr(
            "Moves every vertex of a layer between WGS-84 (GPS, OpenStreetMap, Tianditu), GCJ-02 (Amap/Gaode, "
            "Tencent) and BD-09 (Baidu), with the published formulas; GCJ-02 → WGS-84 and BD-09 → GCJ-02 are solved "
            "iteratively to well under a metre. Points, lines and polygons (multi-part, with holes, with Z and M) "
            "keep their attributes. A layer in a CRS other than WGS-84 longitude/latitude (e.g. CGCS2000 or a "
            "projected CRS) is converted through WGS-84 and written in its own CRS. Points outside China are left "
            "unchanged, as the published conversions do. A GCJ-02 layer over WGS-84 streets is 300–700 m off: "
            "convert before checking."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        source = QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Input layer"),
                                                     [source_type("VectorAnyGeometry")])
        source.setHelp(self.tr("Any vector layer whose coordinates are in the system “From”."))
        self.addParameter(source)
        labels = system_labels()
        self.addParameter(static_choice(self.FROM, self.tr("From"), list(SYSTEMS), "gcj02",
                                        self.tr("The system the coordinates are in now: Amap/Gaode and Tencent "
                                                "exports are GCJ-02, Baidu exports BD-09."), labels=labels))
        self.addParameter(static_choice(self.TO, self.tr("To"), list(SYSTEMS), "wgs84",
                                        self.tr("The system to convert to: WGS-84 to use the layer with "
                                                "OpenStreetMap, GPS surveys, Tianditu or CGCS2000 data."),
                                        labels=labels))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Converted layer")))
        self.addOutput(QgsProcessingOutputNumber(self.VERTEX_COUNT, self.tr("Vertices converted")))
        self.addOutput(QgsProcessingOutputNumber(self.OUTSIDE_COUNT, self.tr("Vertices outside China (unchanged)")))

    def parameter_problem(self, parameters, context):
        problem = super().parameter_problem(parameters, context)
        if problem:
            return problem
        source = self.parameterAsEnumString(parameters, self.FROM, context)
        target = self.parameterAsEnumString(parameters, self.TO, context)
        if source and source == target:
            return self.tr("“From” and “To” are both {}: there is nothing to convert. Choose the system the layer "
                           "is in and the one it should be in.").format(source)
        return None

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        problem = self.parameter_problem(parameters, context)
        return (False, problem) if problem else (True, "")

    def process(self, parameters, context, feedback):
        source = self.source(parameters, self.INPUT, context)
        label = self.layer_label(parameters, self.INPUT, context)
        source_system = self.parameterAsEnumString(parameters, self.FROM, context)
        target_system = self.parameterAsEnumString(parameters, self.TO, context)
        crs = source.sourceCrs()
        if not crs.isValid():
            raise QgsProcessingException(self.tr(
                "{} has no coordinate reference system, so its coordinates cannot be read as longitudes and "
                "latitudes. Assign the CRS the coordinates are in (for Amap or Baidu longitudes/latitudes: "
                "EPSG:4326) and run again.").format(label))
        require_coordinates_fit_crs(source, label)  # metres read as degrees would all be “outside China”
        converter = VertexConverter(source_system, target_system, crs, context.transformContext())
        if converter.to_wgs is None:
            feedback.pushInfo(self.tr("{}: longitudes/latitudes converted from {} to {}").format(
                label, source_system, target_system))
        else:
            feedback.pushInfo(self.tr("{} is in {} ({}): converted through WGS-84 longitude/latitude and written "
                                      "back in {}").format(label, crs.authid(), crs.description(), crs.authid()))
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, source.fields(), source.wkbType(), crs)
        features = 0
        for feature in self.features(source, feedback):
            out = QgsFeature(feature)
            if feature.hasGeometry():
                out.setGeometry(converter.convert(feature.geometry()))
            self.add_feature(sink, out, parameters, self.OUTPUT)
            features += 1
        feedback.pushInfo(self.tr("{} features, {} vertices converted").format(features, converter.vertices))
        if converter.outside:
            feedback.pushWarning(self.tr("{} of {} vertices lie outside China and were left unchanged, as the "
                                         "published conversions do.").format(converter.outside, converter.vertices))
        style_output(context, dest_id)
        return {self.OUTPUT: dest_id, self.VERTEX_COUNT: converter.vertices, self.OUTSIDE_COUNT: converter.outside}
