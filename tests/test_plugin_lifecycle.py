"""The plugin loads, adds its GUI, and unloads without leaving anything behind — twice in a row."""

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QSettings, Qt
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMenu, QToolBar

from complete_community import classFactory
from complete_community.core.metadata import plugin_metadata
from complete_community.plugin import TOOLBAR_OBJECT_NAME
from complete_community.ui.community_dock import DOCK_OBJECT_NAME


class DesktopLikeIface:
    """pytest-qgis's iface with the calls our plugin makes done for real on its QMainWindow, so that a leak (a menu
    entry, toolbar, dock or action left behind) is visible in the widget tree instead of vanishing into a no-op."""

    def __init__(self, iface):
        self._iface = iface
        self.window = iface.mainWindow()
        self.plugin_menu = QMenu("Plugins", self.window)
        self.window.menuBar().addMenu(self.plugin_menu)

    def __getattr__(self, name):
        return getattr(self._iface, name)

    def mainWindow(self):  # noqa: N802
        return self.window

    def addToolBar(self, name):  # noqa: N802
        return self.window.addToolBar(name)

    def addDockWidget(self, area, dock):  # noqa: N802
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):  # noqa: N802
        self.window.removeDockWidget(dock)

    def _submenu(self, name):
        for action in self.plugin_menu.actions():
            if action.menu() is not None and action.text() == name:
                return action.menu()
        return None

    def addPluginToMenu(self, name, action):  # noqa: N802
        menu = self._submenu(name) or self.plugin_menu.addMenu(name)
        menu.addAction(action)

    def removePluginMenu(self, name, action):  # noqa: N802
        menu = self._submenu(name)
        if menu is None:
            return
        menu.removeAction(action)
        if not menu.actions():
            self.plugin_menu.removeAction(menu.menuAction())
            menu.deleteLater()

    def plugin_menu_titles(self):
        return [action.text() for action in self.plugin_menu.actions()]


def flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def ours(window):
    """Everything of ours that can be found in the main window's widget tree."""
    return {
        "toolbars": window.findChildren(QToolBar, TOOLBAR_OBJECT_NAME),
        "docks": window.findChildren(QDockWidget, DOCK_OBJECT_NAME),
        "actions": window.findChildren(QAction, "CompleteCommunityDockAction"),
    }


@pytest.fixture()
def desktop_iface(qgis_iface, qgis_app):
    iface = DesktopLikeIface(qgis_iface)
    iface.window.show()  # docks are only really shown and hidden inside a visible window (offscreen platform)
    yield iface
    iface.window.hide()
    iface.window.menuBar().removeAction(iface.plugin_menu.menuAction())
    iface.plugin_menu.deleteLater()
    flush_deletes()


def test_load_and_unload_twice_leaves_nothing(desktop_iface, provider_unregistered):
    registry = QgsApplication.processingRegistry()
    window = desktop_iface.mainWindow()
    assert all(not found for found in ours(window).values())

    for _round in range(2):
        plugin = classFactory(desktop_iface)
        plugin.initGui()
        flush_deletes()

        present = ours(window)
        assert len(present["toolbars"]) == 1
        assert len(present["docks"]) == 1
        assert len(present["actions"]) == 1
        assert present["toolbars"][0].actions() == present["actions"]
        assert len(desktop_iface.plugin_menu_titles()) == 1
        assert registry.providerById("completecommunity") is not None
        dock = present["docks"][0]
        assert window.dockWidgetArea(dock) in (  # docked in the window, not floating
            Qt.DockWidgetArea.LeftDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )

        # the toolbar action really toggles the dock
        action = present["actions"][0]
        was_visible = dock.isUserVisible()
        action.trigger()
        flush_deletes()
        assert dock.isUserVisible() != was_visible
        assert action.isChecked() == dock.isUserVisible()

        plugin.unload()
        flush_deletes()

        left = ours(window)
        assert left == {"toolbars": [], "docks": [], "actions": []}
        assert desktop_iface.plugin_menu_titles() == []
        assert registry.providerById("completecommunity") is None


def test_init_processing_without_iface_registers_provider_once(provider_unregistered):
    """qgis_process calls classFactory() and initProcessing() only; iface is None there."""
    registry = QgsApplication.processingRegistry()
    plugin = classFactory(None)
    plugin.initProcessing()
    plugin.initProcessing()  # idempotent: a second call must not add a second provider
    try:
        provider = registry.providerById("completecommunity")
        assert provider is not None
        assert [p.id() for p in registry.providers()].count("completecommunity") == 1
        assert provider.versionInfo() == plugin_metadata("version")
        assert provider.svgIconPath().endswith("complete_community.svg")
    finally:
        plugin.unload()
    assert registry.providerById("completecommunity") is None


def test_settings_are_isolated_from_the_users_profile(qgis_app):
    """Tests write QSettings (dock visibility); they must not land in the developer's real QGIS profile."""
    assert ".local/share/QGIS" not in QSettings().fileName()
