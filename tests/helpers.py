"""Helpers shared by the tests (imported as a plain module: tests/ is on sys.path under pytest): memory layers, a
feedback that records what an algorithm says, one way to run an algorithm, and qgis_process."""

import json
import subprocess
from contextlib import contextmanager
from pathlib import Path

PLUGIN_ROOT = Path(__file__).resolve().parent.parent
QGIS_PROCESS = PLUGIN_ROOT / "scripts" / "qgis_process.sh"
SAMPLE = PLUGIN_ROOT / "resources" / "sample" / "sample_district.gpkg"
PROVIDER = "completecommunity"


# layers
def _geometry(shape):
    """A QgsGeometry from (x, y) for a point, [(x, y), …] for a line, [[(x, y), …]] (rings) for a polygon, or a
    QgsGeometry (copied)."""
    from qgis.core import QgsGeometry, QgsPointXY

    if isinstance(shape, QgsGeometry):
        return QgsGeometry(shape)
    if isinstance(shape[0], (int, float)):
        return QgsGeometry.fromPointXY(QgsPointXY(*shape))
    if isinstance(shape[0][0], (int, float)):
        return QgsGeometry.fromPolylineXY([QgsPointXY(*p) for p in shape])
    return QgsGeometry.fromPolygonXY([[QgsPointXY(*p) for p in ring] for ring in shape])


def memory_layer(geometry_type, fields, rows, name="layer", crs="EPSG:4547"):
    """A memory layer of geometry_type ('Point', 'LineString', 'Polygon', 'None') with fields ('name:type', …) and
    rows of (shape, [attributes]) — shapes as _geometry() reads them, None for no geometry. crs=None: no CRS."""
    from qgis.core import QgsFeature, QgsVectorLayer

    uri = geometry_type + ("?crs={}".format(crs) if crs else "?")
    uri += "".join("&field=" + field for field in fields)
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid(), uri
    features = []
    for shape, attributes in rows:
        feature = QgsFeature(layer.fields())
        if shape is not None:
            feature.setGeometry(_geometry(shape))
        feature.setAttributes(list(attributes))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def square(x0, y0, size):
    """The rings of an axis-aligned square, for memory_layer('Polygon', …)."""
    return [[(x0, y0), (x0 + size, y0), (x0 + size, y0 + size), (x0, y0 + size), (x0, y0)]]


def grid_lines(size, spacing=100.0, origin=(0.0, 0.0)):
    """The streets of a size × size block grid: one line per row and column, with a vertex at every crossing (as in
    street data), as lists of (x, y)."""
    x0, y0 = origin
    ticks = [i * spacing for i in range(size + 1)]
    lines = []
    for value in ticks:
        lines.append([(x0 + value, y0 + t) for t in ticks])
        lines.append([(x0 + t, y0 + value) for t in ticks])
    return lines


def line_layer(lines, name="streets", crs="EPSG:4547", fields=("name:string",), attributes=None):
    """Street lines ([(x, y), …] each), with attributes per line (default: a name)."""
    attributes = attributes or [["street {}".format(i)] for i in range(len(lines))]
    return memory_layer("LineString", fields, list(zip(lines, attributes)), name, crs)


# running algorithms
def recording_feedback(cancel_at_step=None):
    """A QgsProcessingFeedback that records infos, warnings, errors and every progress value, and cancels itself at
    the cancel_at_step-th progress report. Progress is read from the progressChanged signal, not by overriding
    setProgress: algorithms report through QgsProcessingMultiStepFeedback, which calls the C++ method."""
    from qgis.core import QgsProcessingFeedback

    class RecordingFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.infos, self.warnings, self.errors, self.progress = [], [], [], []
            self.progressChanged.connect(self._progress)

        def _progress(self, value):
            self.progress.append(value)
            if cancel_at_step is not None and len(self.progress) == cancel_at_step:
                self.cancel()

        def pushInfo(self, text):  # noqa: N802
            self.infos.append(text)
            super().pushInfo(text)

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)
            super().pushWarning(text)

        def reportError(self, text, fatal=False):  # noqa: N802
            self.errors.append(text)
            super().reportError(text, fatal)

        @property
        def log(self):
            return self.infos + self.warnings + self.errors

    return RecordingFeedback()


def run_algorithm(name, parameters, feedback=None, context=None):
    """processing.run of completecommunity:<name>; (result, context, feedback)."""
    from qgis import processing
    from qgis.core import QgsProcessingContext

    context = context or QgsProcessingContext()
    feedback = feedback or recording_feedback()
    result = processing.run("{}:{}".format(PROVIDER, name), parameters, context=context, feedback=feedback)
    return result, context, feedback


def output_layer(value, context):
    """processing.run hands back temporary outputs as layers and file outputs as paths or layer ids."""
    from qgis.core import QgsVectorLayer

    if isinstance(value, QgsVectorLayer):
        return value
    layer = context.getMapLayer(value) or QgsVectorLayer(value, "output", "ogr")
    assert layer.isValid(), value
    return layer


def output_layers(result, context, names):
    return {name: output_layer(result[name], context) for name in names}


# qgis_process
def run_qgis_process(config_dir, *args, plugin_dir=None, timeout=300):
    """Run qgis_process with the plugin deployed into the private profile config_dir."""
    command = ["bash", str(QGIS_PROCESS), "--config", str(config_dir)]
    if plugin_dir is not None:
        command += ["--plugin-dir", str(plugin_dir)]
    command += [str(a) for a in args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout)


def qgis_process_providers(config_dir, plugin_dir=None):
    result = run_qgis_process(config_dir, "--json", "list", plugin_dir=plugin_dir)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["providers"]


# the interface language
LOCALE_KEYS = ("locale/overrideFlag", "locale/userLocale")


@contextmanager
def interface_language(locale):
    """QGIS's interface language set to `locale` (as Settings ▸ Options ▸ General ▸ Override system locale does)
    inside the block, the settings as they were after it."""
    from qgis.PyQt.QtCore import QSettings

    settings = QSettings()
    saved = {key: settings.value(key) for key in LOCALE_KEYS if settings.contains(key)}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", locale)
    try:
        yield
    finally:
        for key in LOCALE_KEYS:
            if key in saved:
                settings.setValue(key, saved[key])
            else:
                settings.remove(key)


def read_titled_csv(path, titles):
    """The rows of a CSV output whose columns carry titles ({field: title}, as the interface language gives them),
    keyed by field name again."""
    import csv

    by_title = {title: field for field, title in titles.items()}
    with open(path, encoding="utf-8-sig") as handle:
        return [{by_title.get(key, key): value for key, value in row.items()} for row in csv.DictReader(handle)]
