"""Run inside QGIS desktop (`scripts/desktop_check.sh --script scripts/screenshot_dialog.py`): open the Processing
dialog of “Check communities” on the sample district, as a user sees it before pressing Run, and save a screenshot of
it to $CC_DESKTOP_SCREENSHOT; the report says the dialog's title."""

import os
from pathlib import Path

from desktop_events import finish, start_when_ready  # noqa: E402 (scripts/ is on the path desktop_check.sh sets)
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, loadPlugin, startPlugin

SAMPLE = Path(os.environ["CC_SAMPLE"])  # a copy of the sample district (scripts/desktop_check.sh)
DIALOG = []


def show():
    from processing.gui.AlgorithmDialog import AlgorithmDialog

    loadPlugin("complete_community")
    startPlugin("complete_community")
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("completecommunity:checkcommunities")
    dialog = AlgorithmDialog(algorithm, False, iface.mainWindow())
    dialog.setParameters({"COMMUNITIES": "{}|layername=communities".format(SAMPLE),
                          "FACILITIES": "{}|layername=facilities".format(SAMPLE),
                          "NETWORK": "{}|layername=streets".format(SAMPLE)})
    dialog.resize(1100, 760)
    dialog.show()
    DIALOG.append(dialog)
    QTimer.singleShot(3000, grab)


def grab():
    dialog = DIALOG[0]
    dialog.grab().save(os.environ["CC_DESKTOP_SCREENSHOT"])
    finish({"title": dialog.windowTitle(), "error": None}, os.environ["CC_DESKTOP_REPORT"])


start_when_ready(show)
