"""The community inspector dock. For now it only tells the user how to get results (run the check from the Processing
toolbox); the inspector itself — set-up, run, the selected community's checklist — is still to be built."""

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QWidget

from complete_community.core.i18n import tr
from complete_community.ui.gui_utils import load_ui_class

DOCK_OBJECT_NAME = "CompleteCommunityInspectorDock"

FORM_CLASS = load_ui_class("community_dock")


class CommunityDockContent(QWidget, FORM_CLASS):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.status_label.setText(
            tr("Run “Check communities” from the Processing toolbox, then select a community on the map.")
        )


class CommunityDock(QgsDockWidget):
    def __init__(self, parent=None):
        super().__init__(tr("Complete Community Check"), parent)
        self.setObjectName(DOCK_OBJECT_NAME)
        self.content = CommunityDockContent(self)
        self.setWidget(self.content)
