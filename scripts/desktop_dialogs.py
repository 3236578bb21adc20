"""Run inside QGIS desktop (`scripts/desktop_check.sh --script scripts/desktop_dialogs.py`): run every algorithm that
writes layers through the Processing algorithm dialog — the path a user's click takes: the dialog builds the
parameters (outputs to load into the project), runs the algorithm as a background task and loads and post-processes
the results — with temporary outputs and with GeoPackage files; then write what happened to $CC_DESKTOP_REPORT.

For each run the report has: the dialog's log, the QGIS message log's warnings and errors, the layers the run added
to the project (name, source, features, renderer, a field alias, the group they sit in), and for file outputs
whether the GeoPackage can be opened for writing right after the run (no writer left open). With
$CC_DESKTOP_SCREENSHOT set, a run whose results never finish loading leaves a screenshot of the screen there (the
dialog then shows the error in its log).
"""

import os
import sqlite3
import tempfile
import traceback
from pathlib import Path

from desktop_events import (  # noqa: E402 (scripts/ is on the path desktop_check.sh sets)
    finish,
    start_when_ready,
    wait,
    write_report,
)
from qgis.core import Qgis, QgsApplication, QgsProcessingContext, QgsProject
from qgis.PyQt.QtWidgets import QTextEdit
from qgis.utils import iface, loadPlugin, startPlugin

PLUGIN = "complete_community"
REPORT = os.environ.get("CC_DESKTOP_REPORT", "desktop_dialogs.json")
SAMPLE = Path(os.environ["CC_SAMPLE"])  # a copy of the sample district (scripts/desktop_check.sh)
LAYERS = {name: "{}|layername={}".format(SAMPLE, name)
          for name in ("communities", "facilities", "streets", "residents")}
# a small Amap-style export (synthetic rows, GCJ-02 with 6 decimals), written when the script starts
POI_CSV = Path(tempfile.mkdtemp(prefix="cc_poi_")) / "amap_export.csv"
POI_ROWS = (("测试幼儿园", "科教文化服务;学校;幼儿园", "141204", "113.264385,23.129112"),
            ("测试小学", "科教文化服务;学校;小学", "141203", "113.295432,23.122761"),
            ("测试公交站", "交通设施服务;公交车站;公交车站相关", "150700", "113.291234,23.125561"),
            ("测试酒店", "住宿服务;宾馆酒店;宾馆酒店", "100100", "113.270001,23.120002"),
            ("测试卫生服务站", "医疗保健服务;诊所;诊所", "090300", "113.281111,23.131313"))
# survey answers kept beside the community layer (the dock's table), for the check's SURVEY_ANSWERS
ANSWERS = Path(tempfile.mkdtemp(prefix="cc_answers_")) / "answers.gpkg"
# algorithm → (inputs, output parameters)
RUNS = {
    "adjustcommunities": ({"COMMUNITIES": LAYERS["communities"], "UNITS": LAYERS["residents"], "LINK_DISTANCE": 80.0},
                          ("OUTPUT", "OUTPUT_CHANGES")),
    "delineatecommunities": ({"UNITS": LAYERS["residents"], "NETWORK": LAYERS["streets"], "LINK_DISTANCE": 80.0},
                             ("OUTPUT", "OUTPUT_UNITS")),
    "checkcommunities": ({"COMMUNITIES": LAYERS["communities"], "FACILITIES": LAYERS["facilities"],
                          "NETWORK": LAYERS["streets"],
                          "SURVEY_ANSWERS": "{}|layername=survey_answers".format(ANSWERS)},
                         ("OUTPUT", "OUTPUT_ITEMS")),
    "classifyfacilities": ({"INPUT": LAYERS["facilities"], "MAPPING": "cn-keywords"}, ("OUTPUT",)),
    "convertcoordinates": ({"INPUT": LAYERS["facilities"], "FROM": "wgs84", "TO": "gcj02"}, ("OUTPUT",)),
    "exportprofile": ({}, ("OUTPUT",)),
    "importpoi": ({"INPUT": [str(POI_CSV)]}, ("OUTPUT",)),
    "networkqa": ({"NETWORK": LAYERS["streets"], "FACILITIES": LAYERS["facilities"]},
                  ("OUTPUT_POINTS", "OUTPUT_LINES")),
    "walkingserviceareas": ({"NETWORK": LAYERS["streets"], "FACILITIES": LAYERS["facilities"],
                             "FACILITY_TYPE_FIELD": "设施类型", "TYPES": "kindergarten,health_station",
                             "MINUTES": "5,10"}, ("OUTPUT_LINES", "OUTPUT_POLYGONS")),
}

# the planning algorithms, which read the check's community results: written once before the dialog runs
RESULTS = "{}|layername=community_results".format(Path(tempfile.gettempdir()) / "cc_dialogs_check_results.gpkg")
# a copy as the later check: the comparison refuses the same layer given twice
LATER = "{}|layername=community_results".format(Path(tempfile.gettempdir()) / "cc_dialogs_check_results_later.gpkg")
RUNS.update({
    "comparechecks": ({"BEFORE": RESULTS, "AFTER": LATER}, ("OUTPUT", "OUTPUT_SUMMARY")),
    "suggestsites": ({"COMMUNITIES": LAYERS["communities"], "FACILITIES": LAYERS["facilities"],
                      "NETWORK": LAYERS["streets"], "CANDIDATES": LAYERS["facilities"], "ITEMS": "02"}, ("OUTPUT",)),
    "actionplan": ({"COMMUNITIES": RESULTS, "START_YEAR": 2026}, ("OUTPUT", "OUTPUT_TABLE")),
})

# the outputs that are tables: the shapefile run writes them as CSV
TABLES = {("checkcommunities", "OUTPUT_ITEMS"), ("exportprofile", "OUTPUT"), ("comparechecks", "OUTPUT_SUMMARY"),
          ("actionplan", "OUTPUT_TABLE"), ("adjustcommunities", "OUTPUT_CHANGES")}
# the algorithms run with shapefile and CSV outputs (classify and network QA write nothing those runs would add)
FILE_RUNS = ("checkcommunities", "exportprofile", "walkingserviceareas")


def writable(path):
    """Whether the GeoPackage can be opened for writing now (no other connection holds a write lock)."""
    try:
        connection = sqlite3.connect(str(path), timeout=0.5)
        connection.execute("BEGIN EXCLUSIVE")
        connection.rollback()
        connection.close()
        return True
    except sqlite3.Error as error:
        return str(error)


def layer_report(layer):
    node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
    parent = node.parent() if node is not None else None
    fields = layer.fields() if hasattr(layer, "fields") else None
    aliases = {f.name(): f.alias() for f in fields} if fields is not None else {}
    renderer = layer.renderer() if hasattr(layer, "renderer") else None
    return {
        "name": layer.name(), "source": layer.source(), "valid": layer.isValid(),
        "features": layer.featureCount() if hasattr(layer, "featureCount") else None,
        "renderer": renderer.type() if renderer is not None else None,
        "aliases": {k: v for k, v in aliases.items() if v},
        "group": parent.name() if parent is not None and parent.parent() is not None else "",
        "hidden_columns": sorted(c.name for c in layer.attributeTableConfig().columns() if c.hidden and c.name)
        if hasattr(layer, "attributeTableConfig") else [],
    }


def log_texts(dialog):
    """The text of the dialog's log (a QTextEdit; the help panel beside it is one too, and is left out)."""
    help_text = dialog.algorithm().shortHelpString()[:20]
    return [edit.toPlainText() for edit in dialog.findChildren(QTextEdit)
            if edit.toPlainText() and help_text not in edit.toHtml()]


def inspect_dialog(name, inputs, types=None):
    """What the dialog shows before the run: the text of every choice and field widget and the value it gives; with
    types, the facility-type list after they were set as a script would (names and codes mixed)."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("completecommunity:" + name)
    dialog = AlgorithmDialog(algorithm, False, iface.mainWindow())
    dialog.setParameters(dict(inputs))
    dialog.show()
    wait(lambda: False, seconds=1)
    shown = {}
    for parameter_name, wrapper in dialog.mainWidget().wrappers.items():
        widget = getattr(wrapper, "widget", None)
        if widget is None or parameter_name in inputs:
            continue
        if hasattr(widget, "currentField"):
            text = widget.currentField()
        elif hasattr(widget, "checkedItems"):
            text = widget.checkedItems()
        elif hasattr(widget, "currentText"):
            text = widget.currentText()
        else:
            continue
        value = wrapper.parameterValue()
        shown[parameter_name] = {"text": text, "value": value if isinstance(value, (str, int, float, list)) else None,
                                 "wrapper": type(wrapper).__name__}
    entry = {"algorithm": name, "shown": shown}
    if types is not None:
        wrapper = dialog.mainWidget().wrappers["TYPES"]
        entry["type_items"] = [wrapper.widget.itemText(i) for i in range(wrapper.widget.count())]
        wrapper.setParameterValue(types, QgsProcessingContext())
        entry["types_checked"] = wrapper.widget.checkedItems()
        entry["types_value"] = wrapper.parameterValue()
    dialog.close()
    dialog.deleteLater()
    return entry


def run_dialog(name, inputs, outputs, mode, folder, messages):
    from processing.gui.AlgorithmDialog import AlgorithmDialog

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("completecommunity:" + name)
    parameters = dict(inputs)
    files = {}
    for output in outputs:
        if mode == "temporary":
            parameters[output] = "TEMPORARY_OUTPUT"
        else:
            extension = "gpkg" if mode == "gpkg" else ("csv" if (name, output) in TABLES else "shp")
            files[output] = str(folder / "{}_{}.{}".format(name, output.lower(), extension))
            parameters[output] = files[output]
    before = set(QgsProject.instance().mapLayers())
    del messages[:]
    dialog = AlgorithmDialog(algorithm, False, iface.mainWindow())
    dialog.setParameters(parameters)
    finished, logs = [], []

    def on_finished(ok, _results):  # before the dialog closes itself: its log is still there
        finished.append(ok)
        logs.extend(log_texts(dialog))

    dialog.algorithmFinished.connect(on_finished)
    dialog.show()
    dialog.runAlgorithm()
    wait(lambda: bool(finished), seconds=60)
    if not finished and os.environ.get("CC_DESKTOP_SCREENSHOT"):
        iface.mainWindow().screen().grabWindow(0).save(os.environ["CC_DESKTOP_SCREENSHOT"])
    wait(lambda: False, seconds=1)  # let the results load and the post-processors run
    if not finished:  # the results did not load: the dialog stays open with the error in its log
        logs.extend(log_texts(dialog))
    added = [layer_report(layer) for layer_id, layer in QgsProject.instance().mapLayers().items()
             if layer_id not in before]
    entry = {
        "algorithm": name, "mode": mode, "finished": finished[:1] == [True],
        "log": "\n".join(logs), "messages": list(messages), "layers": added,
        "files_writable": {output: writable(path) for output, path in files.items() if path.endswith(".gpkg")},
    }
    dialog.close()
    dialog.deleteLater()
    return entry


def write_poi_csv():
    import csv

    with open(POI_CSV, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "type", "typecode", "location"])
        writer.writerows(POI_ROWS)


def write_answers():
    """The dock's answers table: 锦绣社区 (C07), which has no barrier-free value, answered 是."""
    from osgeo import ogr

    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(ANSWERS))
    table = dataset.CreateLayer("survey_answers", geom_type=ogr.wkbNone)
    for name in ("community_id", "field", "value"):
        table.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    row = ogr.Feature(table.GetLayerDefn())
    for name, value in (("community_id", "C07"), ("field", "无障碍设施"), ("value", "是")):
        row.SetField(name, value)
    table.CreateFeature(row)
    dataset = None


def run():
    report = {"runs": [], "error": None}
    write_poi_csv()
    write_answers()
    messages = []

    def on_message(text, tag, level):
        if level in (Qgis.Warning, Qgis.Critical):
            messages.append("[{}] {}".format(tag, text))

    QgsApplication.messageLog().messageReceived.connect(on_message)
    try:
        report["loaded"] = bool(loadPlugin(PLUGIN)) and bool(startPlugin(PLUGIN))
        report["running"] = "inspect"
        report["dialogs"] = [
            inspect_dialog("checkcommunities", {key: LAYERS[key.lower()] for key in ("COMMUNITIES", "FACILITIES")}),
            inspect_dialog("walkingserviceareas", {"FACILITIES": LAYERS["facilities"]}, types="幼儿园,health_station"),
            inspect_dialog("convertcoordinates", {"INPUT": LAYERS["facilities"]}),
            inspect_dialog("importpoi", {"INPUT": [str(POI_CSV)]}),
        ]
        folder = Path(tempfile.mkdtemp(prefix="cc_dialogs_"))
        write_check_results()
        for mode in ("temporary", "gpkg", "shp"):
            for name, (inputs, outputs) in RUNS.items():
                if mode == "shp" and name not in FILE_RUNS:
                    continue
                report["running"] = "{} {}".format(name, mode)
                write_report(report, REPORT + ".partial")
                report["runs"].append(run_dialog(name, inputs, outputs, mode, folder, messages))
        report.pop("running", None)
    except Exception:  # the report must be written whatever happened
        report["error"] = traceback.format_exc()
    finish(report, REPORT)


def write_check_results():
    """The check's community results the planning algorithms read (written without the dialog, not loaded)."""
    from qgis import processing

    for results in (RESULTS, LATER):
        path = results.split("|")[0]
        if os.path.exists(path):
            os.remove(path)
        processing.run("completecommunity:checkcommunities", {
            "COMMUNITIES": LAYERS["communities"], "FACILITIES": LAYERS["facilities"],
            "OUTPUT": "ogr:dbname='{}' table=\"community_results\" (geom)".format(path),
            "OUTPUT_ITEMS": "TEMPORARY_OUTPUT"})


start_when_ready(run)
