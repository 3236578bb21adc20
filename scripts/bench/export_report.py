#!/usr/bin/env python3
"""Benchmark of completecommunity:exportreport: the overview and 100 atlas pages (issue 13: ≤ 60 s on this machine).

The workload is the sample district tiled 10 times side by side (100 communities, their facilities and streets,
ids and names made unique: C01-3, 和谐社区3 …), checked once with straight-line distances (its time is reported
apart); then the report is written with the facilities and the streets on its maps, and timed. The PDF's pages are
counted with pdfinfo. Times are wall times in one process (QGIS offscreen); the machine's load average is recorded,
since other jobs may share it.

Usage: /usr/bin/python3 scripts/bench/export_report.py [--out bench-output/report] [--tiles 10] [--paper a4]
Writes <out>/report_benchmark.json and prints one line per step."""

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts" / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SAMPLE = ROOT / "resources" / "sample" / "sample_district.gpkg"
LAYERS = ("communities", "facilities", "streets")
STEP = 2200.0  # m between the tiles (the sample is 2 km wide)


def tiled_workload(path, tiles):
    """The sample's communities, facilities and streets tiled side by side into a GeoPackage at path."""
    from osgeo import ogr

    ogr.UseExceptions()
    source = ogr.Open(str(SAMPLE))
    if path.exists():
        path.unlink()
    target = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    for name in LAYERS:
        layer = source.GetLayerByName(name)
        out = target.CreateLayer(name, layer.GetSpatialRef(), layer.GetGeomType(), ["FID=fid"])
        definition = layer.GetLayerDefn()
        for index in range(definition.GetFieldCount()):
            out.CreateField(definition.GetFieldDefn(index))
        out.StartTransaction()
        for tile in range(tiles):
            layer.ResetReading()
            for feature in layer:
                copy = ogr.Feature(out.GetLayerDefn())
                copy.SetFrom(feature)
                geometry = feature.GetGeometryRef().Clone()
                _shift(geometry, tile * STEP)
                copy.SetGeometry(geometry)
                if tile:
                    for field in ("社区编号", "编号", "社区名称", "名称"):
                        index = copy.GetFieldIndex(field)
                        if index >= 0 and copy.IsFieldSetAndNotNull(index):
                            value = copy.GetFieldAsString(index)
                            copy.SetField(index, "{}-{}".format(value, tile) if "编号" in field
                                          else "{}{}".format(value, tile))
                out.CreateFeature(copy)
        out.CommitTransaction()
    target = None
    return {name: "{}|layername={}".format(path, name) for name in LAYERS}


def _shift(geometry, dx):
    if geometry.GetGeometryCount():
        for index in range(geometry.GetGeometryCount()):
            _shift(geometry.GetGeometryRef(index), dx)
        return
    for index in range(geometry.GetPointCount()):
        x, y = geometry.GetX(index), geometry.GetY(index)
        geometry.SetPoint_2D(index, x + dx, y)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(ROOT / "bench-output" / "report"))
    parser.add_argument("--tiles", type=int, default=10, help="copies of the sample's 10 communities (default 10)")
    parser.add_argument("--paper", default="a4", choices=("a4", "a3"))
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from qgis_session import processing_session

    results = {"tiles": args.tiles, "paper": args.paper, "load_before": os.getloadavg(),
               "cpus": os.cpu_count(), "python": platform.python_version(), "when": time.strftime("%Y-%m-%d %H:%M")}
    with processing_session():
        from qgis import processing
        from qgis.core import Qgis, QgsProcessingContext, QgsProcessingFeedback

        results["qgis"] = Qgis.QGIS_VERSION
        start = time.perf_counter()
        layers = tiled_workload(out / "workload.gpkg", args.tiles)
        results["prepare_s"] = round(time.perf_counter() - start, 2)
        start = time.perf_counter()
        processing.run("completecommunity:checkcommunities", {
            "COMMUNITIES": layers["communities"], "FACILITIES": layers["facilities"],
            "OUTPUT": str(out / "communities.gpkg"), "OUTPUT_ITEMS": str(out / "items.gpkg")},
            context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
        results["check_s"] = round(time.perf_counter() - start, 2)
        print("check (straight line) of {} communities: {:.1f} s".format(10 * args.tiles, results["check_s"]))
        pdf = out / "report.pdf"
        start = time.perf_counter()
        result = processing.run("completecommunity:exportreport", {
            "COMMUNITIES": str(out / "communities.gpkg"), "ITEMS": str(out / "items.gpkg"),
            "FACILITIES": layers["facilities"], "NETWORK": layers["streets"], "PAPER": args.paper,
            "OUTPUT": str(pdf)}, context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
        results["report_s"] = round(time.perf_counter() - start, 2)
        results["communities"] = result["COMMUNITY_COUNT"]
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    results["pdf_pages"] = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    results["pdf_mb"] = round(pdf.stat().st_size / 1e6, 1)
    results["load_after"] = os.getloadavg()
    print("report: overview + {} communities = {} PDF pages (continuations included), {:.1f} s, {} MB; load "
          "average {:.1f} before, {:.1f} after, {} CPUs".format(
              results["communities"], results["pdf_pages"], results["report_s"], results["pdf_mb"],
              results["load_before"][0], results["load_after"][0], results["cpus"]))
    (out / "report_benchmark.json").write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if results["report_s"] <= 60 else 1


if __name__ == "__main__":
    sys.exit(main())
