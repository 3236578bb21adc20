#!/usr/bin/env python3
"""Siting suggestions at city scale: `completecommunity:suggestsites` through Processing, standalone PyQGIS, on the
generated 1M-edge grid city (scripts/bench/generate.py: 500,000 residents, 1,936 communities, 15 facility types)
with 5,000 candidate sites and 10 picks for each of 5 facility requirements (items 01, 02, 03, 05, 06), on the
walking network. Target: ≤ 60 s.

  /usr/bin/python3 scripts/bench/suggest_sites.py OUT_DIR [RESULT.json] [--grid 1m] [--candidates 5000]

The city and the candidates are written once into OUT_DIR (the 1M city takes minutes). The clock starts after QGIS
and Processing are initialised and stops when processing.run returns (output closed); the network is built in the
run (not from the session cache). The result: wall time, sites suggested, residents newly covered, peak memory.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "scripts"))

import generate  # noqa: E402 (scripts/bench is not a package)
from qgis_session import processing_session  # noqa: E402 (scripts/bench is not a package)

ITEMS = "01,02,03,05,06"
PICKS = 10


def candidates(path, extent, count, seed=15):
    """`count` candidate sites uniform over the city, each 5,000 m² of land and 3,000 m² of floor (large enough
    for every item), with a cost; written once."""
    from osgeo import ogr, osr

    if path.is_file():
        return
    rng = np.random.default_rng(seed)
    x0, x1, y0, y1 = extent
    xy = rng.uniform((x0, y0), (x1, y1), size=(count, 2))
    ogr.UseExceptions()
    srs = osr.SpatialReference()
    srs.SetFromUserInput(generate.GRID_CRS)
    tmp = path.with_suffix(".partial.gpkg")
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
    layer = source.CreateLayer("candidates", srs, ogr.wkbPoint)
    for name, kind in (("id", ogr.OFTString), ("land_area", ogr.OFTReal), ("building_area", ogr.OFTReal),
                       ("cost", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    layer.StartTransaction()
    for k, (x, y) in enumerate(xy):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("id", "S{:05d}".format(k))
        feature.SetField("land_area", 5000.0)
        feature.SetField("building_area", 3000.0)
        feature.SetField("cost", float(rng.integers(100, 1000)))
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(float(x), float(y))
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    source = None  # closes the file
    tmp.replace(path)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("result", nargs="?")
    parser.add_argument("--grid", default="1m", choices=list(generate.GRIDS))
    parser.add_argument("--candidates", type=int, default=5000)
    args = parser.parse_args(argv)
    out = Path(args.out_dir)
    # in a process of its own: writing the GeoPackage starts and stops QGIS, which cannot start again in this one
    subprocess.run([sys.executable, str(HERE / "generate.py"), args.grid, str(out), "--gpkg"], check=True)
    city = out / "{}.gpkg".format(args.grid)

    xy = np.load(out / "{}.npz".format(args.grid))["line_xy"]
    extent = (xy[:, 0].min(), xy[:, 0].max(), xy[:, 1].min(), xy[:, 1].max())
    sites = out / "{}-candidates-{}.gpkg".format(args.grid, args.candidates)
    candidates(sites, extent, args.candidates)
    with processing_session():
        from qgis import processing
        from qgis.core import QgsProcessingContext, QgsProcessingFeedback

        layers = {name: "{}|layername={}".format(city, name) for name in ("communities", "facilities", "residents",
                                                                         "streets")}
        parameters = {"COMMUNITIES": layers["communities"], "FACILITIES": layers["facilities"],
                      "FACILITY_TYPE_FIELD": "type", "RESIDENTS": layers["residents"], "NETWORK": layers["streets"],
                      "CANDIDATES": "{}|layername=candidates".format(sites), "ITEMS": ITEMS, "MAX_SITES": PICKS,
                      "OUTPUT": str(out / "suggested_sites.gpkg")}
        if (out / "suggested_sites.gpkg").exists():
            (out / "suggested_sites.gpkg").unlink()
        feedback = QgsProcessingFeedback()
        started = time.perf_counter()
        result = processing.run("completecommunity:suggestsites", parameters, context=QgsProcessingContext(),
                                feedback=feedback)
        seconds = time.perf_counter() - started
    summary = dict(grid=args.grid, candidates=args.candidates, items=ITEMS, picks_per_requirement=PICKS,
                   run_seconds=round(seconds, 2), sites=result["SITE_COUNT"],
                   residents_newly_covered=result["RESIDENTS_COVERED"],
                   peak_memory_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
    print(json.dumps(summary, indent=1))
    if args.result:
        Path(args.result).write_text(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
