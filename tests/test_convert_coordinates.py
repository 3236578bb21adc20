"""completecommunity:convertcoordinates: every vertex of every geometry type moved as core/chinese_coordinates.py
says, attributes, Z and M kept; a projected layer converted through WGS-84 and written in its own CRS; points outside
China unchanged; the same system twice and a layer without a CRS refused with a message."""

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from complete_community.core.chinese_coordinates import convert, metres_between
from helpers import memory_layer, output_layer, run_algorithm

POLYGON_WITH_HOLE = ("MultiPolygonZM (((121.40 31.20 5 1, 121.50 31.20 6 2, 121.50 31.30 7 3, 121.40 31.20 5 1),"
                     "(121.45 31.22 1 1, 121.48 31.22 1 1, 121.48 31.25 1 1, 121.45 31.22 1 1)),"
                     "((121.60 31.10 0 0, 121.62 31.10 0 0, 121.62 31.12 0 0, 121.60 31.10 0 0)))")


def wkt_layer(geometry_type, wkts, crs="EPSG:4326"):
    layer = QgsVectorLayer("{}?crs={}&field=name:string&field=n:integer".format(geometry_type, crs), "in", "memory")
    features = []
    for index, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(["名称{}".format(index), index])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def vertices(geometry):
    return [(v.x(), v.y(), v.z(), v.m()) for v in geometry.vertices()]


def run(layer, source="gcj02", target="wgs84"):
    result, context, feedback = run_algorithm("convertcoordinates", {
        "INPUT": layer, "FROM": source, "TO": target, "OUTPUT": "TEMPORARY_OUTPUT"})
    return result, output_layer(result["OUTPUT"], context), feedback


@pytest.mark.parametrize("geometry_type, wkts", [
    ("MultiPolygonZM", [POLYGON_WITH_HOLE]),
    ("LineString", ["LineString (116.30 39.90, 116.40 39.95, 116.45 39.99)"]),
    ("MultiPoint", ["MultiPoint ((113.26 23.13), (113.30 23.10))"]),
    ("Point", ["Point (104.06 30.67)", "Point (121.47 31.23)"]),
])
@pytest.mark.parametrize("source, target", [("gcj02", "wgs84"), ("wgs84", "bd09"), ("bd09", "gcj02")])
def test_every_vertex_of_every_type_converted(provider, geometry_type, wkts, source, target):
    layer = wkt_layer(geometry_type, wkts)
    result, out, _feedback = run(layer, source, target)
    assert out.crs().authid() == "EPSG:4326" and out.wkbType() == layer.wkbType()
    before = list(layer.getFeatures())
    after = list(out.getFeatures())
    assert [f.attributes() for f in after] == [f.attributes() for f in before]
    total = 0
    for old, new in zip(before, after):
        old_v, new_v = vertices(old.geometry()), vertices(new.geometry())
        assert len(old_v) == len(new_v)
        x, y = convert([v[0] for v in old_v], [v[1] for v in old_v], source, target)
        assert np.allclose([v[0] for v in new_v], x, atol=1e-9) and np.allclose([v[1] for v in new_v], y, atol=1e-9)
        assert np.all(metres_between([v[0] for v in old_v], [v[1] for v in old_v], x, y) > 100)
        assert [v[2:] for v in new_v] == [v[2:] for v in old_v] or geometry_type != "MultiPolygonZM"
        total += len(old_v)
    assert result["VERTEX_COUNT"] == total and result["OUTSIDE_COUNT"] == 0
    if geometry_type == "MultiPolygonZM":
        geometry = after[0].geometry()
        assert geometry.isMultipart() and len(geometry.asMultiPolygon()[0]) == 2  # the hole is still a hole
        assert geometry.constGet().is3D() and geometry.constGet().isMeasure()


def test_projected_layer_converted_through_wgs84_and_kept_in_its_crs(provider):
    crs = QgsCoordinateReferenceSystem("EPSG:4547")  # CGCS2000 / 3-degree Gauss-Kruger CM 114E
    to_projected = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, QgsProject.instance())
    point = to_projected.transform(QgsPointXY(113.26, 23.13))
    layer = memory_layer("Point", ["name:string"], [((point.x(), point.y()), ["a"])], crs="EPSG:4547")
    _result, out, feedback = run(layer)
    assert out.crs().authid() == "EPSG:4547"
    moved = next(out.getFeatures()).geometry().asPoint()
    back = to_projected.transform(moved, QgsCoordinateTransform.ReverseTransform)
    x, y = convert(113.26, 23.13, "gcj02", "wgs84")
    assert metres_between(back.x(), back.y(), x, y) < 0.05
    assert any("through WGS-84" in text for text in feedback.infos)


def test_outside_china_unchanged_and_reported(provider):
    layer = wkt_layer("Point", ["Point (24.94 60.17)", "Point (121.47 31.23)"])
    result, out, feedback = run(layer)
    points = [f.geometry().asPoint() for f in out.getFeatures()]
    assert (points[0].x(), points[0].y()) == (24.94, 60.17)
    assert points[1].x() != 121.47
    assert result["OUTSIDE_COUNT"] == 1
    assert any("outside China" in text for text in feedback.warnings)


def test_same_system_and_missing_crs_refused(provider):
    layer = wkt_layer("Point", ["Point (121.47 31.23)"])
    with pytest.raises(QgsProcessingException, match="nothing to convert"):
        run(layer, "gcj02", "gcj02")
    no_crs = memory_layer("Point", ["name:string"], [((121.47, 31.23), ["a"])], crs=None)
    no_crs.setCrs(QgsCoordinateReferenceSystem())  # a memory layer made without one gets EPSG:4326
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        run(no_crs)
