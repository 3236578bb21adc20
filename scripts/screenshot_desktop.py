"""Run inside QGIS desktop (`scripts/screenshots.sh`): the README's pictures of a planner's session, taken the way a
user gets there — the check and the walking service areas run with `processing.runAndLoadResults` (results loaded,
styled and grouped by the plugin's post-processors), the item table opened from the layer, a community's form
opened from the map — and saved as PNGs into $CC_SCREENSHOT_DIR (suffix: $CC_DESKTOP_LOCALE). The report lists the
files and the layers."""

import json
import os
import traceback
from pathlib import Path

from qgis import processing
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QEventLoop, QTimer
from qgis.PyQt.QtWidgets import QTabWidget
from qgis.utils import iface, loadPlugin, startPlugin

SAMPLE = Path(os.environ["CC_SAMPLE"])  # a copy of the sample district (scripts/desktop_check.sh)
OUT = Path(os.environ["CC_SCREENSHOT_DIR"])
SUFFIX = os.environ.get("CC_DESKTOP_LOCALE") or "en"


def pause(seconds):
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def save(widget, name):
    pause(1.5)
    iface.mapCanvas().waitWhileRendering()
    path = OUT / "{}_{}.png".format(name, SUFFIX)
    widget.grab().save(str(path))
    return path.name


def sample_layer(name, title):
    layer = QgsVectorLayer("{}|layername={}".format(SAMPLE, name), title, "ogr")
    QgsProject.instance().addMapLayer(layer)
    return layer


def loaded(name):
    (layer,) = QgsProject.instance().mapLayersByName(name)
    return layer


def on_top(*layers):
    """Streets and facilities above the results (the results are see-through fills over them)."""
    root = QgsProject.instance().layerTreeRoot()
    for layer in reversed(layers):
        node = root.findLayer(layer.id())
        root.insertChildNode(0, node.clone())
        node.parent().removeChildNode(node)


def set_visible(layer, visible):
    QgsProject.instance().layerTreeRoot().findLayer(layer.id()).setItemVisibilityChecked(visible)


def run():
    report = {"files": [], "error": None}
    try:
        loadPlugin("complete_community")
        startPlugin("complete_community")
        iface.mainWindow().showMaximized()
        streets = sample_layer("streets", "道路 streets")
        facilities = sample_layer("facilities", "设施 facilities")
        facilities.renderer().symbol().setSize(2.2)
        inputs = {key: "{}|layername={}".format(SAMPLE, layer) for key, layer in (
            ("COMMUNITIES", "communities"), ("FACILITIES", "facilities"), ("NETWORK", "streets"))}
        processing.runAndLoadResults("completecommunity:checkcommunities", dict(
            inputs, OUTPUT="TEMPORARY_OUTPUT", OUTPUT_ITEMS="TEMPORARY_OUTPUT"))
        pause(2)
        results, items = loaded("社区体检结果"), loaded("项目结果")
        on_top(facilities, streets)
        iface.mapCanvas().setExtent(results.extent().buffered(80))
        iface.mapCanvas().refresh()
        report["files"].append(save(iface.mainWindow(), "results_map"))

        worst = max(results.getFeatures(), key=lambda f: (f["cc_fail"] or 0, f["cc_unknown"] or 0))
        table = iface.showAttributeTable(items, "\"community_id\" = '{}'".format(worst["cc_id"]))
        table.resize(1390, 700)
        report["files"].append(save(table, "item_table"))
        table.close()

        form = iface.getFeatureForm(results, worst)
        form.resize(1000, 700)
        form.show()
        for tabs in form.findChildren(QTabWidget):  # the verdicts tab: all 20 items by aspect
            tabs.setCurrentIndex(1)
        report["files"].append(save(form, "community_form"))
        form.close()

        set_visible(results, False)
        types = ("幼儿园", "社区卫生服务站")
        processing.runAndLoadResults("completecommunity:walkingserviceareas", {
            "NETWORK": inputs["NETWORK"], "FACILITIES": inputs["FACILITIES"], "TYPES": ",".join(types), "MINUTES": "5",
            "OUTPUT_LINES": "TEMPORARY_OUTPUT", "OUTPUT_POLYGONS": "TEMPORARY_OUTPUT"})
        pause(2)
        areas = loaded("服务范围")
        facilities.setSubsetString('"设施类型" IN ({})'.format(", ".join("'{}'".format(t) for t in types)))
        root = QgsProject.instance().layerTreeRoot()
        set_visible(loaded("可达道路"), False)
        for layer in (results, loaded("可达道路")):  # the areas' legend in view
            root.findLayer(layer.id()).setExpanded(False)
        root.findLayer(areas.id()).setExpanded(True)
        on_top(facilities, streets)
        iface.mapCanvas().setExtent(areas.extent().buffered(80))
        iface.mapCanvas().refresh()
        report["files"].append(save(iface.mainWindow(), "service_areas"))
        report["layers"] = [layer.name() for layer in QgsProject.instance().mapLayers().values()]
    except Exception:  # the report must be written whatever happened
        report["error"] = traceback.format_exc()
    with open(os.environ["CC_DESKTOP_REPORT"], "w", encoding="utf-8") as handle:
        json.dump(report, handle, ensure_ascii=False)
    os._exit(0)


QTimer.singleShot(int(os.environ.get("CC_DESKTOP_DELAY_MS", "4000")), run)
