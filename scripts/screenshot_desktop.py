"""Run inside QGIS desktop (`scripts/screenshots.sh`): the README's pictures of a planner's session, taken the way a
user gets there — the check and the walking service areas run with `processing.runAndLoadResults` (results loaded,
styled and grouped by the plugin's post-processors), the item table opened from the layer, a community's form
opened from the map, the inspector dock set up on the sample, run, a community selected and a walking route drawn —
and saved as PNGs into $CC_SCREENSHOT_DIR (suffix: $CC_DESKTOP_LOCALE). The report lists the
files and the layers."""

import os
import traceback
from pathlib import Path

from desktop_events import finish, pause, start_when_ready  # noqa: E402 (scripts/ is on the path desktop_check.sh sets)
from qgis import processing
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QDockWidget, QTabWidget
from qgis.utils import iface, loadPlugin, plugins, startPlugin

SAMPLE = Path(os.environ["CC_SAMPLE"])  # a copy of the sample district (scripts/desktop_check.sh)
OUT = Path(os.environ["CC_SCREENSHOT_DIR"])
SUFFIX = os.environ.get("CC_DESKTOP_LOCALE") or "en"


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


def dock_screenshot(community="C03"):
    """The inspector dock on the sample district in a new project: set up (with the walking network and the
    residents), run as a task, the community selected on the map and the walking route to the nearest facility of
    its first failing facility item drawn; the result group above the input layers."""
    project = QgsProject.instance()
    project.clear()
    layers = {name: sample_layer(name, title) for name, title in (
        ("streets", "道路"), ("facilities", "设施"), ("residents", "居民"), ("communities", "社区"))}
    layers["facilities"].renderer().symbol().setSize(2.2)
    layers["residents"].renderer().symbol().setSize(1.0)
    set_visible(layers["residents"], False)
    set_visible(layers["communities"], False)
    dock = plugins["complete_community"].dock
    dock.setUserVisible(True)
    for panel in iface.mainWindow().findChildren(QDockWidget, "Browser"):  # room for the map
        panel.hide()
    iface.mapCanvas().setSelectionColor(QColor(255, 220, 0, 110))  # the selected community's verdict shows through
    iface.mainWindow().resizeDocks([dock], [430], Qt.Orientation.Horizontal)
    form = dock.form
    form.community_layer.setLayer(layers["communities"])
    form.facility_layer.setLayer(layers["facilities"])
    form.network_layer.setLayer(layers["streets"])
    form.residents_layer.setLayer(layers["residents"])
    dock.run()
    while dock.is_running() or dock.is_preparing():  # routes are drawn once the walking network is prepared
        QCoreApplication.processEvents()
        pause(0.1)
    if dock.community_layer is None:
        raise RuntimeError("the dock's run gave no results: " + form.message_label.text())
    root = project.layerTreeRoot()
    group = root.findLayer(dock.community_layer.id()).parent()
    if group is not root:  # the results' group first, the inputs below it
        root.insertChildNode(0, group.clone())
        group.parent().removeChildNode(group)
    results = dock.community_layer
    (feature,) = [f for f in results.getFeatures() if f["cc_id"] == community]
    results.selectByIds([feature.id()])
    rows = dock._rows[community]
    row = next((r for r in rows if r["status"] == "fail" and r["facility_id"] and r["method"] == "network"), None) \
        or next(r for r in rows if r["facility_id"])
    tree = form.checklist_tree
    for i in range(tree.topLevelItemCount()):
        for j in range(tree.topLevelItem(i).childCount()):
            child = tree.topLevelItem(i).child(j)
            if child.data(0, Qt.ItemDataRole.UserRole) == row["item_id"]:
                tree.setCurrentItem(child)
                tree.scrollToItem(child)
    dock.show_route(row["item_id"])
    pause(1)  # the canvas takes its new size (the dock shown, the browser hidden) before the extent is set
    route_geometry = dock.route[1]
    extent = route_geometry.boundingBox()
    extent.combineExtentWith(feature.geometry().boundingBox())
    iface.mapCanvas().setExtent(extent.buffered(150))
    iface.mapCanvas().refresh()
    return save(iface.mainWindow(), "dock")


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
        report["files"].append(dock_screenshot())
    except Exception:  # the report must be written whatever happened
        report["error"] = traceback.format_exc()
    finish(report, os.environ["CC_DESKTOP_REPORT"])


start_when_ready(run)
