"""Run inside QGIS desktop (`qgis --code scripts/desktop_check.py`, see desktop_check.sh): load the plugin through
QGIS's own plugin machinery with the real iface, show the dock, take a screenshot, unload, and do it twice;
then write what was found to $CC_DESKTOP_REPORT (JSON) and quit.

This is the check a user's QGIS makes; the pytest suite uses a stub iface.
"""

import os
import traceback

from desktop_events import finish, start_when_ready  # noqa: E402 (scripts/ is on the path desktop_check.sh sets)
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QEvent
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QToolBar
from qgis.utils import iface, loadPlugin, plugins, startPlugin, unloadPlugin

PLUGIN = "complete_community"
REPORT = os.environ.get("CC_DESKTOP_REPORT", "desktop_check.json")
SCREENSHOT = os.environ.get("CC_DESKTOP_SCREENSHOT", "")
LOCALE_NOTE = os.environ.get("CC_DESKTOP_LOCALE", "")


def ours():
    window = iface.mainWindow()
    plugin_menu = iface.pluginMenu()
    return {
        "toolbars": len(window.findChildren(QToolBar, "CompleteCommunityToolbar")),
        "docks": len(window.findChildren(QDockWidget, "CompleteCommunityInspectorDock")),
        "actions": len(window.findChildren(QAction, "CompleteCommunityDockAction")),
        "plugin_menu_entries": [
            entry.text() for entry in plugin_menu.actions() if "社区" in entry.text() or "Community" in entry.text()
        ],
        "provider": QgsApplication.processingRegistry().providerById("completecommunity") is not None,
    }


def flush():
    QgsApplication.processEvents()
    QgsApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # run the deleteLater() calls
    QgsApplication.processEvents()


def run():
    report = {"rounds": [], "error": None, "locale": LOCALE_NOTE}
    try:
        report["before"] = ours()
        for round_number in range(2):
            entry = {}
            entry["loaded"] = bool(loadPlugin(PLUGIN)) and bool(startPlugin(PLUGIN))
            flush()
            entry["after_load"] = ours()
            plugin = plugins.get(PLUGIN)
            if plugin is not None and plugin.dock_action is not None:
                plugin.dock_action.setChecked(True)
                flush()
                entry["dock_visible"] = plugin.dock.isUserVisible()
                entry["dock_title"] = plugin.dock.windowTitle()
                if round_number == 0 and SCREENSHOT:
                    iface.mainWindow().grab().save(SCREENSHOT)
                plugin.dock_action.setChecked(False)
            entry["unloaded"] = bool(unloadPlugin(PLUGIN))
            flush()
            entry["after_unload"] = ours()
            report["rounds"].append(entry)
    except Exception:  # the report must be written whatever happened
        report["error"] = traceback.format_exc()
    finish(report, REPORT)


start_when_ready(run)
