#!/usr/bin/env python3
"""The README's picture of “Delineate communities” on the Huizhou plan (../shared/data/cn_layouts): its residential
parcels (R2, R3) grouped into proposed communities at 600 persons per hectare of residential land (plot ratio 2.0,
33 m² per person), the 3 main roads as barriers, parcels up to 150 m apart neighbours; rendered headless with
QgsMapRendererSequentialJob, the Chinese style of the output. The shared files are read, never written: the CRS
(EPSG:4547, the .prj says WGS 84) is assigned to memory copies.

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/screenshot_delineation.py [OUT.png]
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(ROOT / "scripts"))

from plugin_package import register_package  # noqa: E402

register_package()

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProcessingContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

SHARED = Path(os.environ.get("CC_SHARED_DATA", ROOT.parent / "shared" / "data")) / "cn_layouts"
PERSONS_PER_HECTARE = 600.0
LINK_DISTANCE = 150.0  # m: in a plan, residential parcels lie across schools, shops and roads from each other


def main(argv):
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots" / "delineation_huizhou_zh-Hans.png"
    if not (SHARED / "huizhou_land.shp").is_file():
        print("skipped: {} is absent".format(SHARED))
        return 0
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis import processing

    from processing.core.Processing import Processing

    Processing.initialize()
    from complete_community.processing.provider import CompleteCommunityProvider

    provider = CompleteCommunityProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    def in_4547(name):
        layer = QgsVectorLayer(str(SHARED / name), name, "ogr")
        return processing.run("native:assignprojection", {"INPUT": layer, "CRS": "EPSG:4547", "OUTPUT": "memory:"},
                              context=QgsProcessingContext())["OUTPUT"]

    parcels = in_4547("huizhou_land.shp")
    roads = in_4547("huizhou_mainroad.shp")
    homes = processing.run("native:extractbyexpression", {"INPUT": parcels, "EXPRESSION": "\"Layer\" IN ('R2', 'R3')",
                                                          "OUTPUT": "memory:"})["OUTPUT"]
    result = processing.run("completecommunity:delineatecommunities", {
        "UNITS": homes, "PERSONS_PER_HECTARE": PERSONS_PER_HECTARE, "BARRIERS": roads, "LINK_DISTANCE": LINK_DISTANCE,
        "OUTPUT": "memory:",
        "OUTPUT_UNITS": "memory:"})
    communities = result["OUTPUT"]
    communities.loadNamedStyle(str(ROOT / "resources" / "styles" / "proposed_communities.qml"))
    for feature in communities.getFeatures():
        print(feature["id"], round(feature["population"]), feature["units"], feature["band"], feature["max_walk_m"],
              feature["reason"])
    parcels.renderer().setSymbol(QgsFillSymbol.createSimple({"color": "#f2f2f2", "outline_color": "#bdbdbd",
                                                             "outline_width": "0.2"}))
    roads.renderer().setSymbol(QgsLineSymbol.createSimple({"line_color": "#c51b7d", "line_width": "1.2"}))
    settings = QgsMapSettings()
    settings.setLayers([roads, communities, parcels])
    settings.setDestinationCrs(parcels.crs())
    extent = parcels.extent()
    extent.scale(1.05)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(1000, int(1000 * extent.height() / extent.width())))
    settings.setBackgroundColor(QColor("#ffffff"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    out.parent.mkdir(parents=True, exist_ok=True)
    job.renderedImage().save(str(out), "PNG")
    print("wrote", out)
    QgsApplication.processingRegistry().removeProvider(provider)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
