"""The bad-input corpus: hostile variants of the sample district for every public algorithm, each with the outcome it
must have. A case builds its inputs in a fresh folder from a copy of resources/sample/sample_district.gpkg (layers
changed in memory, or written to files where the file is the point) and returns the parameters; the outcome is an
`error` whose message says what is wrong and what to do, a `warning` in the log beside a correct result, or `ok`
(a correct result, checked by `check`). tests/test_hostile_inputs.py runs them all and asserts, for every case: no
traceback, no hang, the inputs' files unchanged and, after an error, no output file left behind."""

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from complete_community.core.qgis_compat import make_field
from helpers import PLUGIN_ROOT

SAMPLE = PLUGIN_ROOT / "resources" / "sample" / "sample_district.gpkg"
OUT = "out"  # every case writes its outputs into <folder>/out


@dataclass
class Case:
    id: str
    algorithm: str
    build: Callable  # folder → parameters
    outcome: str  # error | warning | ok
    says: Tuple[str, ...] = ()  # in the message (error) or the log (warning), in English
    check: Callable = None  # (result, context, feedback, folder) → None, asserting the result
    outputs: Tuple[str, ...] = field(default=("OUTPUT",))


# inputs
def sample_copy(folder):
    path = Path(folder) / "sample.gpkg"
    if not path.exists():
        shutil.copyfile(SAMPLE, path)
    return path


def uri(folder, layer):
    return "{}|layername={}".format(sample_copy(folder), layer)


def sample_layer(folder, layer):
    loaded = QgsVectorLayer(uri(folder, layer), layer, "ogr")
    assert loaded.isValid(), layer
    return loaded


def changed(folder, layer, geometry=None, attributes=None, keep=None, wkb=None, crs="EPSG:4547", name=None,
            text_fields=()):
    """A memory copy of a sample layer: geometry(feature) → QgsGeometry, attributes(feature) → {field: value},
    keep(feature) → bool; wkb: the memory layer's geometry type (e.g. 'Point', 'CurvePolygon', 'None'); crs None:
    no CRS (a shapefile without .prj); text_fields: fields that become text (surveys write '约1.2万人')."""
    source = sample_layer(folder, layer)
    kind = wkb or {0: "Point", 1: "LineString", 2: "Polygon"}[int(source.geometryType())]
    target = QgsVectorLayer("{}?crs={}".format(kind, crs) if crs else kind, name or layer, "memory")
    if crs is None:
        target.setCrs(QgsCoordinateReferenceSystem())
    fields = []
    for original in source.fields().toList():
        copy = QgsField(original)
        if original.name() in text_fields:
            copy = make_field(original.name(), "string")
        fields.append(copy)
    target.dataProvider().addAttributes(fields)
    target.updateFields()
    features = []
    for feature in source.getFeatures():
        if keep is not None and not keep(feature):
            continue
        copy = QgsFeature(target.fields())
        copy.setAttributes(feature.attributes())
        copy.setGeometry(geometry(feature) if geometry else feature.geometry())
        for key, value in (attributes(feature) if attributes else {}).items():
            copy[key] = value
        features.append(copy)
    assert target.dataProvider().addFeatures(features)
    return target


def written(layer, path, driver="GPKG", encoding="UTF-8"):
    """The layer written to a file (the file is what the case is about)."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.fileEncoding = encoding
    result = QgsVectorFileWriter.writeAsVectorFormatV2(layer, str(path), QgsCoordinateTransformContext(), options)
    assert result[0] == QgsVectorFileWriter.NoError, result
    return str(path)


def out(folder, name):
    (Path(folder) / OUT).mkdir(exist_ok=True)
    return str(Path(folder) / OUT / name)


def centroid(feature):
    return feature.geometry().centroid()


def affine(geometry, factor, dx=0.0, dy=0.0):
    from qgis.PyQt.QtGui import QTransform

    copy = QgsGeometry(geometry)
    copy.transform(QTransform(factor, 0, 0, factor, dx, dy))
    return copy


def curved(feature):
    """The community as a curve polygon: its ring as a compound curve with one arc on the first side."""
    box = feature.geometry().boundingBox()
    x0, y0, x1, y1 = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
    wkt = "CURVEPOLYGON(COMPOUNDCURVE(CIRCULARSTRING({x0} {y0}, {xm} {yb}, {x1} {y0}), ({x1} {y0}, {x1} {y1}, " \
          "{x0} {y1}, {x0} {y0})))".format(x0=x0, y0=y0, x1=x1, y1=y1, xm=(x0 + x1) / 2, yb=y0 - 20)
    return QgsGeometry.fromWkt(wkt)


def bow_tie(feature):
    box = feature.geometry().boundingBox()
    x0, y0, x1, y1 = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
    return QgsGeometry.fromWkt("POLYGON(({0} {1}, {2} {3}, {2} {1}, {0} {3}, {0} {1}))".format(x0, y0, x1, y1))


def sliver(feature):
    """A polygon of zero area: nothing is left once repaired."""
    box = feature.geometry().boundingBox()
    x0, y0, x1 = box.xMinimum(), box.yMinimum(), box.xMaximum()
    return QgsGeometry.fromWkt("POLYGON(({0} {1}, {2} {1}, {0} {1}))".format(x0, y0, x1))


def disc(feature, radius=5.0):
    """A facility point as a small circle drawn with arcs (a CurvePolygon, as CAD exports have)."""
    point = feature.geometry().asPoint()
    return QgsGeometry.fromWkt("CURVEPOLYGON(CIRCULARSTRING({0} {1}, {2} {1}, {0} {1}))".format(
        point.x() - radius, point.y(), point.x() + radius))


def zero_length(feature):
    point = feature.geometry().vertexAt(0)
    return QgsGeometry.fromPolylineXY([QgsPointXY(point.x(), point.y()), QgsPointXY(point.x(), point.y())])


def first_only(feature):
    return feature.id() == 1


def write_text(folder, name, text):
    path = Path(folder) / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def crs(text):
    return QgsCoordinateReferenceSystem(text)


# the check's results, for the algorithms that read them (the report, the spreadsheet, the comparison, the plan):
# the sample district checked once per test session (straight-line distances), copied into each case's folder
_RESULTS = {}


def check_results(folder):
    """(community results, item results) of the sample district's check, as files in folder: results.gpkg and
    items.gpkg."""
    from helpers import run_algorithm

    if not _RESULTS:
        import atexit
        import tempfile

        cache = Path(tempfile.mkdtemp(prefix="cc-corpus-"))
        atexit.register(shutil.rmtree, str(cache), True)
        sample = sample_copy(cache)
        run_algorithm("checkcommunities", {
            "COMMUNITIES": "{}|layername=communities".format(sample), "FACILITIES": "{}|layername=facilities".format(
                sample), "OUTPUT": str(cache / "results.gpkg"), "OUTPUT_ITEMS": str(cache / "items.gpkg")})
        _RESULTS.update(communities=cache / "results.gpkg", items=cache / "items.gpkg")
    paths = []
    for key, name in (("communities", "results.gpkg"), ("items", "items.gpkg")):
        target = Path(folder) / name
        if not target.exists():
            shutil.copyfile(_RESULTS[key], target)
        paths.append(str(target))
    return tuple(paths)


def results_layer(folder, which="communities", drop=(), keep=None, attributes=None, wkb=None, geometry=None,
                  crs="EPSG:4547", rename=None):
    """A memory copy of the check's results (communities or items) with fields dropped (e.g. the cc_* fields) or
    renamed ({old: new}), features kept, attributes changed, another geometry kind or no CRS (crs None)."""
    path = check_results(folder)[0 if which == "communities" else 1]
    source = QgsVectorLayer(path, which, "ogr")
    assert source.isValid(), path
    kind = wkb or {0: "Point", 1: "LineString", 2: "Polygon", 4: "None"}[int(source.geometryType())]
    target = QgsVectorLayer("{}?crs={}".format(kind, crs) if crs and kind != "None" else kind, which, "memory")
    if crs is None:
        target.setCrs(QgsCoordinateReferenceSystem())
    fields = [QgsField(f) for f in source.fields().toList() if f.name() not in drop and f.name() != "fid"]
    names = [f.name() for f in fields]
    for copy in fields:
        copy.setName((rename or {}).get(copy.name(), copy.name()))
    target.dataProvider().addAttributes(fields)
    target.updateFields()
    features = []
    for feature in source.getFeatures():
        if keep is not None and not keep(feature):
            continue
        copy = QgsFeature(target.fields())
        copy.setAttributes([feature[name] for name in names])
        if kind != "None":
            copy.setGeometry(geometry(feature) if geometry else feature.geometry())
        for key, value in (attributes(feature) if attributes else {}).items():
            copy[key] = value
        features.append(copy)
    assert target.dataProvider().addFeatures(features)
    return target


def write_bytes(folder, name, data):
    path = Path(folder) / name
    path.write_bytes(data)
    return str(path)
