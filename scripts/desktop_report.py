"""Run inside QGIS desktop (`scripts/desktop_check.sh --script scripts/desktop_report.py`): check a copy of the sample
district, then run completecommunity:exportreport through the Processing algorithm dialog — the path a user's click
takes — and write to $CC_DESKTOP_REPORT what the project's layout manager holds afterwards: the report's layout, its
atlas (enabled, coverage layer, number of pages) and the map's layers, and the PDF written."""

import os
import tempfile
import traceback
from pathlib import Path

from desktop_events import finish, start_when_ready, wait  # noqa: E402 (scripts/ is on the path desktop_check.sh sets)
from qgis.core import QgsApplication, QgsProject
from qgis.utils import iface, loadPlugin, startPlugin

PLUGIN = "complete_community"
REPORT = os.environ.get("CC_DESKTOP_REPORT", "desktop_report.json")
SAMPLE = Path(os.environ["CC_SAMPLE"])  # a copy of the sample district (scripts/desktop_check.sh)


def run_report_dialog(parameters):
    from processing.gui.AlgorithmDialog import AlgorithmDialog

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("completecommunity:exportreport")
    dialog = AlgorithmDialog(algorithm, False, iface.mainWindow())
    dialog.setParameters(parameters)
    finished = []
    dialog.algorithmFinished.connect(lambda ok, _results: finished.append(ok))
    dialog.show()
    dialog.runAlgorithm()
    wait(lambda: bool(finished), seconds=120)
    wait(lambda: False, seconds=1)
    dialog.close()
    dialog.deleteLater()
    return finished[:1] == [True]


def layouts():
    entries = []
    for layout in QgsProject.instance().layoutManager().printLayouts():
        atlas = layout.atlas()
        coverage = atlas.coverageLayer()
        map_item, frame = layout.itemById("map"), layout.itemById("checklist")
        entries.append({
            "name": layout.name(), "atlas_enabled": atlas.enabled(),
            "coverage": coverage.name() if coverage is not None else None,
            "pages": atlas.updateFeatures(), "layout_pages": layout.pageCollection().pageCount(),
            "map_layers": [layer.name() for layer in map_item.layers()] if map_item is not None else [],
            "table_layer": bool(frame is not None and frame.multiFrame().vectorLayer() is not None),
        })
    return entries


def run():
    report = {"error": None}
    try:
        report["loaded"] = bool(loadPlugin(PLUGIN)) and bool(startPlugin(PLUGIN))
        import processing

        folder = Path(tempfile.mkdtemp(prefix="cc_report_"))
        processing.run("completecommunity:checkcommunities", {
            "COMMUNITIES": "{}|layername=communities".format(SAMPLE),
            "FACILITIES": "{}|layername=facilities".format(SAMPLE),
            "OUTPUT": str(folder / "communities.gpkg"), "OUTPUT_ITEMS": str(folder / "items.gpkg")})
        parameters = {"COMMUNITIES": str(folder / "communities.gpkg"), "ITEMS": str(folder / "items.gpkg"),
                      "FACILITIES": "{}|layername=facilities".format(SAMPLE), "TITLE": "示例区"}
        report["finished"] = []
        for run_number in (1, 2):  # twice: the second layout gets a name of its own
            parameters["OUTPUT"] = str(folder / "report{}.pdf".format(run_number))
            report["finished"].append(run_report_dialog(dict(parameters)))
        report["pdf_sizes"] = [os.path.getsize(folder / "report{}.pdf".format(n))
                               if (folder / "report{}.pdf".format(n)).exists() else 0 for n in (1, 2)]
        report["layouts"] = layouts()
        report["groups"] = [group.name() for group in QgsProject.instance().layerTreeRoot().findGroups()]
    except Exception:  # the report must be written whatever happened
        report["error"] = traceback.format_exc()
    finish(report, REPORT)


start_when_ready(run)
