"""Run inside QGIS desktop (`scripts/desktop_check.sh --script scripts/desktop_dock.py`): the inspector dock driven
through the GUI a user has — the plugin loaded by QGIS, the dock opened from its toolbar action, the set-up chosen on
a copy of the sample district, the check run with the Run button, a community selected on the map with QGIS's own
select tool (a click on the canvas), a surveyed answer chosen in the dock, the route button clicked — and what each
step showed written to $CC_DESKTOP_REPORT (JSON). With $CC_DESKTOP_SCREENSHOT set, the window is saved there at the
end."""

import os
import traceback
from pathlib import Path

from desktop_events import (  # noqa: E402 (scripts/ is on the path desktop_check.sh sets)
    finish,
    pause,
    start_when_ready,
    wait,
)
from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest
from qgis.utils import iface, loadPlugin, plugins, startPlugin

PLUGIN = "complete_community"
REPORT = os.environ.get("CC_DESKTOP_REPORT", "desktop_dock.json")
SCREENSHOT = os.environ.get("CC_DESKTOP_SCREENSHOT", "")
SAMPLE = Path(os.environ["CC_SAMPLE"])  # a copy of the sample district (scripts/desktop_check.sh)
COMMUNITY = "C07"  # 锦绣社区: no barrier-free answer in the sample, item 12 unknown


def checklist_status(form, item_id):
    tree = form.checklist_tree
    for i in range(tree.topLevelItemCount()):
        for j in range(tree.topLevelItem(i).childCount()):
            child = tree.topLevelItem(i).child(j)
            if child.data(0, Qt.ItemDataRole.UserRole) == item_id:
                return child, child.text(1)
    return None, None


def click_on_map(layer, feature):
    """QGIS's select-features tool, one click inside the feature on the canvas."""
    canvas = iface.mapCanvas()
    iface.setActiveLayer(layer)
    iface.actionSelect().trigger()
    canvas.setExtent(layer.extent().buffered(50))
    canvas.refresh()
    canvas.waitWhileRendering()
    point = canvas.mapSettings().layerToMapCoordinates(layer, feature.geometry().pointOnSurface().asPoint())
    pixel = canvas.getCoordinateTransform().transform(point)
    position = QPoint(int(pixel.x()), int(pixel.y()))
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, position)
    pause(0.5)


def run():
    report = {"error": None, "steps": {}, "log": []}
    steps = report["steps"]
    QgsApplication.messageLog().messageReceived.connect(
        lambda message, tag, level: report["log"].append([tag, int(level), message])
        if level >= Qgis.MessageLevel.Warning else None)
    try:
        loadPlugin(PLUGIN)
        startPlugin(PLUGIN)
        iface.mainWindow().showMaximized()
        plugin = plugins[PLUGIN]
        plugin.dock_action.setChecked(True)  # the toolbar button
        dock = plugin.dock
        form = dock.form
        project = QgsProject.instance()
        layers = {}
        for name in ("communities", "facilities", "streets"):
            layers[name] = QgsVectorLayer("{}|layername={}".format(SAMPLE, name), name, "ogr")
            project.addMapLayer(layers[name])
        steps["dock_visible"] = dock.isUserVisible()
        form.tabs.setCurrentWidget(form.setup_tab)
        form.community_layer.setLayer(layers["communities"])
        form.facility_layer.setLayer(layers["facilities"])
        form.network_layer.setLayer(layers["streets"])
        steps["prefilled"] = {"name": form.name_field.currentField(), "type": form.type_field.currentField()}
        QTest.mouseClick(form.run_button, Qt.MouseButton.LeftButton)
        steps["running"] = dock.is_running()
        steps["finished"] = wait(lambda: not dock.is_running() and not dock.is_preparing())
        results = dock.community_layer
        steps["results"] = results.featureCount() if results is not None else None
        steps["message"] = form.message_label.text()
        steps["results_tab"] = form.tabs.currentWidget() is form.results_tab
        steps["list_rows"] = dock.proxy.rowCount()

        (feature,) = [f for f in results.getFeatures() if f["cc_id"] == COMMUNITY]
        click_on_map(results, feature)
        steps["selected_on_map"] = results.selectedFeatureIds() == [feature.id()]
        steps["selected_in_dock"] = dock.selected_fids() == [feature.id()]
        rows = form.community_table.selectionModel().selectedRows(0)
        steps["shown_name"] = rows[0].data() if rows else None
        tree = form.checklist_tree
        steps["aspects"] = tree.topLevelItemCount()
        steps["items"] = sum(tree.topLevelItem(i).childCount() for i in range(tree.topLevelItemCount()))
        _child, steps["item_12_before"] = checklist_status(form, "12")

        form.detail_tabs.setCurrentWidget(form.survey_page)
        combo = dock.survey_combo("barrier_free")
        steps["answer_before"] = combo.currentData() if combo is not None else None
        combo.setCurrentIndex(combo.findData("yes"))
        combo.activated.emit(combo.currentIndex())  # the user's choice in the list
        pause(0.2)
        steps["field_written"] = str(layers["communities"].getFeature(
            dock.check_data().input_fid(COMMUNITY))["无障碍设施"])
        steps["item_12_result"] = results.getFeature(feature.id())["item_12"]
        form.detail_tabs.setCurrentWidget(form.checklist_page)
        _child, steps["item_12_after"] = checklist_status(form, "12")
        layers["communities"].undoStack().undo()  # Ctrl+Z
        steps["item_12_undone"] = results.getFeature(feature.id())["item_12"]
        layers["communities"].rollBack()

        row = next(r for r in dock._rows[COMMUNITY] if r["facility_id"] and r["method"] == "network")
        child, _status = checklist_status(form, row["item_id"])
        tree.setCurrentItem(child)
        steps["route_button_enabled"] = form.route_button.isEnabled()
        QTest.mouseClick(form.route_button, Qt.MouseButton.LeftButton)
        pause(0.5)
        steps["route_on_network"] = dock.route is not None and dock.route[0].on_network
        steps["route_vertices"] = len(dock.route[1].asPolyline()) if dock.route is not None else 0
        steps["route_bands_on_canvas"] = len([item for item in iface.mapCanvas().scene().items()
                                              if isinstance(item, QgsRubberBand) and item.isVisible()])
        steps["route_message"] = form.message_label.text()
        if SCREENSHOT:
            iface.mapCanvas().waitWhileRendering()
            iface.mainWindow().grab().save(SCREENSHOT)
    except Exception:  # the report must be written whatever happened
        report["error"] = traceback.format_exc()
    finish(report, REPORT)


start_when_ready(run)
