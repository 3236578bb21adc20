"""The plugin object QGIS creates: registers the Processing provider, the menu, the toolbar and the dock.

Lifecycle rule: everything initProcessing()/initGui() adds, unload() removes, in reverse order, so the plugin can be
loaded and unloaded any number of times (Plugin Reloader, tests) without leaving anything behind.
initProcessing() never touches iface: qgis_process calls only classFactory() and initProcessing().
"""

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QSettings, Qt
from qgis.PyQt.QtWidgets import QAction

from complete_community.core.i18n import load_translator, tr, user_locale

SETTINGS_PREFIX = "complete_community"
TOOLBAR_OBJECT_NAME = "CompleteCommunityToolbar"


class CompleteCommunityPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = load_translator(user_locale())
        if self.translator is not None:
            QCoreApplication.installTranslator(self.translator)
        self.menu_name = tr("&Complete Community Check")
        self.toolbar = None
        self.dock = None
        self.dock_action = None
        self.actions = []

    # Processing (works without a GUI)
    def initProcessing(self):  # noqa: N802 (QGIS API)
        if self.provider is not None:
            return
        from complete_community.processing.provider import CompleteCommunityProvider

        provider = CompleteCommunityProvider()
        # the registry refuses (and deletes) a second provider with our id, e.g. from another copy of the plugin
        if QgsApplication.processingRegistry().addProvider(provider):
            self.provider = provider

    # Desktop GUI
    def initGui(self):  # noqa: N802 (QGIS API)
        self.initProcessing()
        from complete_community.ui.community_dock import CommunityDock
        from complete_community.ui.gui_utils import plugin_icon

        main_window = self.iface.mainWindow()
        self.toolbar = self.iface.addToolBar(tr("Complete Community Check"))
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)

        self.dock = CommunityDock(self.iface, main_window)
        area = self._saved_dock_area()
        self.iface.addDockWidget(area, self.dock)
        # the set-up and the results live in the project: restored when one is read, dropped when it is cleared
        project = QgsProject.instance()
        project.readProject.connect(self.dock.restore_from_project)
        project.cleared.connect(self.dock.project_cleared)
        self.dock.restore_from_project()  # the plugin enabled while a project is open

        self.dock_action = QAction(plugin_icon(), tr("Community inspector"), main_window)
        self.dock_action.setObjectName("CompleteCommunityDockAction")
        self.dock_action.setCheckable(True)
        self.dock_action.setToolTip(tr("Show or hide the Complete Community Check inspector"))
        self.dock.setToggleVisibilityAction(self.dock_action)
        self.dock.setUserVisible(QSettings().value(f"{SETTINGS_PREFIX}/dock_visible", False, type=bool))
        self.dock.visibilityChanged.connect(self._remember_dock_visibility)
        self.dock.dockLocationChanged.connect(self._remember_dock_area)

        self.toolbar.addAction(self.dock_action)
        self.iface.addPluginToMenu(self.menu_name, self.dock_action)
        self.actions.append(self.dock_action)

    def unload(self):
        for action in self.actions:
            self.iface.removePluginMenu(self.menu_name, action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        self.dock_action = None

        if self.dock is not None:
            project = QgsProject.instance()
            project.cleared.disconnect(self.dock.project_cleared)
            project.readProject.disconnect(self.dock.restore_from_project)
            self.dock.teardown()
            self.dock.visibilityChanged.disconnect(self._remember_dock_visibility)
            self.dock.dockLocationChanged.disconnect(self._remember_dock_area)
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None

        if self.toolbar is not None:
            main_window = self.iface.mainWindow()
            if main_window is not None:
                main_window.removeToolBar(self.toolbar)
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None

        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None

        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

    # Dock placement is remembered across sessions because QGIS restores its own docks before plugins load.
    def _saved_dock_area(self):
        value = QSettings().value(f"{SETTINGS_PREFIX}/dock_area", "right", type=str)
        if value == "left":
            return Qt.DockWidgetArea.LeftDockWidgetArea
        return Qt.DockWidgetArea.RightDockWidgetArea

    def _remember_dock_area(self, area):
        side = "left" if area == Qt.DockWidgetArea.LeftDockWidgetArea else "right"
        QSettings().setValue(f"{SETTINGS_PREFIX}/dock_area", side)

    def _remember_dock_visibility(self, visible):
        QSettings().setValue(f"{SETTINGS_PREFIX}/dock_visible", bool(visible))
