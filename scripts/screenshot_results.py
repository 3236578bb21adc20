"""Run inside QGIS desktop (see docs/screenshots/README.md): open the demo's results styled as the check styles
them, with the sample's facilities and streets, and save a screenshot of the main window to $CC_SCREENSHOT."""

import os

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface

ROOT = os.environ["CC_ROOT"]
SAMPLE = os.path.join(ROOT, "resources", "sample", "sample_district.gpkg")
RESULTS = os.path.join(ROOT, "demo-output", "community_results.gpkg")
STYLES = os.path.join(ROOT, "resources", "styles")


def add(uri, name, style=None):
    layer = QgsVectorLayer(uri, name, "ogr")
    if style:
        layer.loadNamedStyle(os.path.join(STYLES, style))
    QgsProject.instance().addMapLayer(layer)
    return layer


def show():
    results = add(RESULTS + "|layername=community_results", "社区体检结果 Community results", "community_results.qml")
    add(SAMPLE + "|layername=streets", "streets")
    facilities = add(SAMPLE + "|layername=facilities", "facilities")
    facilities.renderer().symbol().setSize(1.6)
    iface.mapCanvas().setExtent(results.extent().buffered(60))
    iface.mapCanvas().refresh()
    QTimer.singleShot(8000, grab)


def grab():
    iface.mapCanvas().waitWhileRendering()
    iface.mainWindow().grab().save(os.environ["CC_SCREENSHOT"])
    os._exit(0)


iface.mainWindow().showMaximized()
QTimer.singleShot(3000, show)
