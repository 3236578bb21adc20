"""Bulk reading (core/bulk_read.py, processing/bulk_source.py): a plain file of points or lines read through GDAL's
Arrow interface gives exactly what the feature readers give, everything else is read feature by feature, and the
check's results do not depend on which way was taken."""

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

from complete_community.core import bulk_read
from complete_community.core.check.readers import read_residents
from complete_community.core.network.graph import pack_lines
from complete_community.core.network.streets import read_streets
from complete_community.core.qgis_compat import make_field
from helpers import SAMPLE, output_layer, run_algorithm

pytestmark = pytest.mark.skipif(not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"),
                                reason="GDAL < 3.6 has no Arrow interface: everything is read feature by feature")


def write_layer(path, name, geometry_type, field_defs, rows, driver="GPKG"):
    """A file layer written with OGR: rows of (WKT or None, [values]); field_defs of (name, OGR field type)."""
    drivers = {"GPKG": "GPKG", "shp": "ESRI Shapefile"}
    dataset = ogr.GetDriverByName(drivers[driver]).CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    layer = dataset.CreateLayer(name, srs, geometry_type)
    for field_name, field_type in field_defs:
        layer.CreateField(ogr.FieldDefn(field_name, field_type))
    for wkt, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for index, value in enumerate(values):
            if value is not None:
                feature.SetField(index, value)
        layer.CreateFeature(feature)
    dataset = None
    return str(path)


def features_of(path, name):
    layer = QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
    assert layer.isValid()
    return layer, list(layer.getFeatures())


def resident_rows(count=300, seed=3):
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(count):
        x, y = 500000 + rng.random() * 1000, 2500000 + rng.random() * 1000
        population = int(rng.integers(0, 200))
        rows.append(("POINT ({} {})".format(x, y), [population if i % 17 else None]))
    rows += [(None, [50]), ("POINT EMPTY", [40]), ("POINT (500010.5 2500010.25)", [0])]
    return rows


@pytest.mark.parametrize("driver", ["GPKG", "shp"])
def test_point_residents_are_what_the_feature_reader_gives(tmp_path, driver):
    path = write_layer(tmp_path / ("r.gpkg" if driver == "GPKG" else "r.shp"), "r", ogr.wkbPoint,
                       [("pop", ogr.OFTInteger)], resident_rows(), driver)
    name = "r"
    bulk = bulk_read.point_residents(path, name, "pop")
    _layer, features = features_of(path, name)
    points, polygons, warnings = read_residents(features, None, "pop", lambda: False)
    assert bulk is not None
    assert len(bulk) > 200 and not polygons and not warnings
    assert np.array_equal(bulk, points)  # the same points, populations and order, bit for bit


def test_point_z_residents_read_as_points(tmp_path):
    path = write_layer(tmp_path / "z.gpkg", "z", ogr.wkbPoint25D, [("pop", ogr.OFTReal)],
                       [("POINT Z (1 2 30)", [12.5]), ("POINT Z (3 4 40)", [7.0])])
    assert bulk_read.point_residents(path, "z", "pop").tolist() == [[1.0, 2.0, 12.5], [3.0, 4.0, 7.0]]


@pytest.mark.parametrize("geometry_type, field_type, rows, why", [
    (ogr.wkbPoint, ogr.OFTString, [("POINT (1 2)", ["120人"])], "a population written as text"),
    (ogr.wkbPoint, ogr.OFTInteger, [("POINT (1 2)", [-5])], "a negative population"),
    (ogr.wkbMultiPoint, ogr.OFTInteger, [("MULTIPOINT ((1 2), (3 4))", [10])], "multipoints"),
    (ogr.wkbPolygon, ogr.OFTInteger, [("POLYGON ((0 0, 1 0, 1 1, 0 0))", [10])], "polygons"),
])
def test_residents_bulk_reading_declines_what_it_does_not_read_exactly(tmp_path, geometry_type, field_type, rows,
                                                                      why):
    path = write_layer(tmp_path / "d.gpkg", "d", geometry_type, [("pop", field_type)], rows)
    assert bulk_read.point_residents(path, "d", "pop") is None, why
    assert bulk_read.point_residents(path, "d", "no_such_field") is None
    assert bulk_read.point_residents(str(tmp_path / "missing.gpkg"), "d", "pop") is None


def street_rows():
    rng = np.random.default_rng(5)
    rows = []
    for i in range(200):
        x, y = rng.random(2) * 1000
        points = [(x + 10 * k, y + rng.random() * 5) for k in range(int(rng.integers(2, 6)))]
        rows.append(("LINESTRING ({})".format(", ".join("{} {}".format(*p) for p in points)), ["s{}".format(i)]))
    rows += [(None, ["no geometry"]), ("LINESTRING EMPTY", ["empty"])]
    return rows


@pytest.mark.parametrize("driver", ["GPKG", "shp"])
def test_plain_lines_are_what_read_streets_gives(tmp_path, driver):
    path = write_layer(tmp_path / ("s.gpkg" if driver == "GPKG" else "s.shp"), "s", ogr.wkbLineString,
                       [("name", ogr.OFTString)], street_rows(), driver)
    vertices, counts = bulk_read.plain_lines(path, "s")
    _layer, features = features_of(path, "s")
    lines, removed = read_streets(features, None)
    expected_vertices, expected_counts = pack_lines(lines)
    assert not removed and len(counts) == 200
    assert np.array_equal(counts, expected_counts) and np.array_equal(vertices, expected_vertices)


@pytest.mark.parametrize("geometry_type, wkt, why", [
    (ogr.wkbMultiLineString, "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))", "multi-lines"),
    (ogr.wkbLineString25D, "LINESTRING Z (0 0 1, 1 1 1)", "lines with heights"),
    (ogr.wkbLineString, "LINESTRING (5 5, 5 5)", "a line of one repeated point (invalid)"),
    (ogr.wkbLineString, "LINESTRING (5 5)", "a line of one point (invalid)"),
])
def test_lines_bulk_reading_declines_what_it_does_not_read_exactly(tmp_path, geometry_type, wkt, why):
    path = write_layer(tmp_path / "d.gpkg", "d", geometry_type, [("name", ogr.OFTString)],
                       [("LINESTRING (0 0, 10 0)", ["ok"]), (wkt, ["odd"])])
    assert bulk_read.plain_lines(path, "d") is None, why


def test_a_layer_without_fields_still_gives_its_geometries(tmp_path):
    """GDAL 3.6 returns empty geometries through Arrow when every field is ignored: the reader must not."""
    path = write_layer(tmp_path / "n.gpkg", "n", ogr.wkbLineString, [("name", ogr.OFTString)],
                       [("LINESTRING (0 0, 10 0, 10 10)", ["a"])])
    vertices, counts = bulk_read.plain_lines(path, "n")
    assert counts.tolist() == [3] and vertices.tolist() == [[0, 0], [10, 0], [10, 10]]


def test_which_inputs_are_read_in_bulk(provider, tmp_path):
    from complete_community.processing.bulk_source import plain_file_layer

    path = write_layer(tmp_path / "r.gpkg", "residents", ogr.wkbPoint, [("pop", ogr.OFTInteger)],
                       resident_rows(20))
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("completecommunity:checkcommunities")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())

    def where(value, fields=("pop",), transform=None):
        parameters = {"RESIDENTS": value}
        source = algorithm.parameterAsSource(parameters, "RESIDENTS", context)
        return plain_file_layer(algorithm, parameters, "RESIDENTS", context, source, list(fields), transform)

    uri = "{}|layername=residents".format(path)
    assert where(uri) == (path, "residents")
    assert where(uri, transform=object()) is None  # another CRS: transformed feature by feature
    assert where(uri, fields=("no_such_field",)) is None
    layer = QgsVectorLayer(uri, "residents", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        assert where(layer.id()) == (path, "residents")
        layer.selectByIds([1, 2])
        assert where(QgsProcessingFeatureSourceDefinition(layer.id(), True)) is None  # selected features only
        assert where(QgsProcessingFeatureSourceDefinition(layer.id(), False, 5)) is None  # a feature limit
        layer.setSubsetString('"pop" > 50')
        assert where(layer.id()) is None
        layer.setSubsetString("")
        layer.addExpressionField('"pop" * 2', make_field("twice", "int"))
        assert where(layer.id(), fields=("twice",)) is None  # a virtual field is not in the file
        layer.startEditing()
        layer.changeAttributeValue(1, 0, 999)
        assert where(layer.id()) is None  # unsaved edits
        layer.rollBack()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def check_items(parameters):
    result, context, _feedback = run_algorithm("checkcommunities", dict(
        {"OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_ITEMS": "TEMPORARY_OUTPUT"}, **parameters))
    items = output_layer(result["OUTPUT_ITEMS"], context)
    return sorted(tuple(str(v) for v in f.attributes()) for f in items.getFeatures())


def test_the_check_gives_the_same_results_read_in_bulk_or_by_feature(provider, monkeypatch):
    calls = []
    real = bulk_read.read_batches

    def counted(*args, **kwargs):
        calls.append(args[1])
        return real(*args, **kwargs)

    parameters = {"COMMUNITIES": "{}|layername=communities".format(SAMPLE),
                  "FACILITIES": "{}|layername=facilities".format(SAMPLE),
                  "RESIDENTS": "{}|layername=residents".format(SAMPLE),
                  "NETWORK": "{}|layername=streets".format(SAMPLE)}
    from complete_community.core.network import cache as network_cache

    network_cache.clear()
    monkeypatch.setattr(bulk_read, "read_batches", counted)
    in_bulk = check_items(parameters)
    assert sorted(calls) == ["residents", "streets"]  # both were read in bulk
    network_cache.clear()
    monkeypatch.setattr(bulk_read, "read_batches", lambda *args, **kwargs: None)
    by_feature = check_items(parameters)
    assert len(in_bulk) == 200 and in_bulk == by_feature


def test_a_cancel_stops_a_bulk_read(tmp_path):
    from complete_community.core.cancellation import CanceledError

    path = write_layer(tmp_path / "r.gpkg", "r", ogr.wkbPoint, [("pop", ogr.OFTInteger)], resident_rows(20))
    with pytest.raises(CanceledError):
        bulk_read.point_residents(path, "r", "pop", lambda: True)
