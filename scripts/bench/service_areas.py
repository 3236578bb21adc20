#!/usr/bin/env python3
"""Walking service areas at scale, one measurement of the benchmark (`make bench`; scripts/bench/run.py runs it in a
process of its own and reads the process's peak memory from the kernel): `completecommunity:walkingserviceareas`
through Processing, standalone PyQGIS, with many facilities.

  /usr/bin/python3 service_areas.py OUT_DIR RESULT.json [--network sample] [--layout random] [--facilities 100000]
                                    [--types 23] [--cancel-after SECONDS] [--profile FILE.pstats]

The workload: the streets of the bundled sample district (`--network sample`, 2 × 1.6 km) or of a generated grid
(10k, 100k, 1m: scripts/bench/generate.py) and `--facilities` points, the first `--types` types of the taxonomy in
turn: uniform over the streets' extent (`--layout random`) or the sample district's own facilities repeated
(`repeated`: many facilities at the same place). Written once into OUT_DIR. The run: every type, each at the walking
time the national profile asks for it, reachable streets and service-area polygons written as GeoPackages (a user's
usual outputs). The clock starts after QGIS and Processing are initialised and stops when processing.run returns
(outputs closed); the JSON result has the run's wall time (`run`) and the features written.

--cancel-after S: cancel the run S seconds after it started (from another thread, as the dialog's Cancel button does)
and record how long the algorithm took to stop (`cancel_latency`, from the moment the cancel was due).
--profile FILE: also write the run's cProfile statistics (slower).
"""

import argparse
import json
import os
import resource
import sys
import threading
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

SAMPLE = ROOT / "resources" / "sample" / "sample_district.gpkg"


def workload(out_dir, network, facilities, types, layout, seed=7):
    """(streets layer, facilities layer): the network's streets and `facilities` points over the first `types`
    taxonomy types, written once as GeoPackages in out_dir."""
    from complete_community.core.taxonomy import facility_types

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    codes = list(facility_types())[:types]
    if network == "sample":
        streets = "{}|layername=streets".format(SAMPLE)
        x0, x1, y0, y1 = _extent(SAMPLE, "streets")
    else:
        path = out_dir / "sa-{}.gpkg".format(network)
        if not path.is_file():
            city = generate.grid_city(**dict(generate.GRIDS[network], residents=10))
            generate.write_gpkg(city, path)
        streets = "{}|layername=streets".format(path)
        x0, x1, y0, y1 = _extent(path, "streets")
    path = out_dir / "sa-{}-{}-{}-{}.gpkg".format(network, layout, facilities, types)
    if not path.is_file():
        if layout == "random":  # uniform over the network's extent, the types in turn
            xy = rng.uniform((x0, y0), (x1, y1), size=(facilities, 2))
        else:  # the sample district's own facilities, repeated: many facilities at the same place
            xy = np.array(_points(SAMPLE, "facilities"))
            xy = xy[np.arange(facilities) % len(xy)]
        _write_points(path, xy, [codes[k % types] for k in range(facilities)])
    return streets, "{}|layername=facilities".format(path)


def _extent(path, layer):
    from osgeo import ogr

    source = ogr.Open(str(path))  # kept while its layer is read: GDAL's layers do not hold their dataset
    return source.GetLayerByName(layer).GetExtent()


def _points(path, layer):
    from osgeo import ogr

    source = ogr.Open(str(path))
    return [feature.GetGeometryRef().GetPoint_2D() for feature in source.GetLayerByName(layer)]


def _write_points(path, xy, codes):
    from osgeo import ogr, osr

    ogr.UseExceptions()
    srs = osr.SpatialReference()
    srs.SetFromUserInput(generate.GRID_CRS)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("facilities", srs, ogr.wkbPoint)
    for name in ("type", "name"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for k, ((x, y), code) in enumerate(zip(xy, codes)):
        feature = ogr.Feature(definition)
        feature.SetField("type", code)
        feature.SetField("name", "{} {}".format(code, k))
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(float(x), float(y))
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    source = None


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("result")
    parser.add_argument("--network", default="sample", choices=["sample", *generate.GRIDS])
    parser.add_argument("--layout", default="random", choices=["random", "repeated"])
    parser.add_argument("--facilities", type=int, default=100_000)
    parser.add_argument("--types", type=int, default=23)
    parser.add_argument("--cancel-after", type=float, default=None)
    parser.add_argument("--profile", default=None)
    args = parser.parse_args(argv)

    with processing_session():
        measure(args)


def measure(args):
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    streets, facilities = workload(args.out_dir, args.network, args.facilities, args.types, args.layout)
    target = Path(args.out_dir) / "{}-output".format(Path(args.result).stem)  # one folder per result: runs side by side
    target.mkdir(parents=True, exist_ok=True)
    outputs = {name: target / "{}.gpkg".format(name) for name in ("reachable_streets", "service_areas")}
    for path in outputs.values():
        path.unlink(missing_ok=True)
    parameters = {"NETWORK": streets, "FACILITIES": facilities, "FACILITY_TYPE_FIELD": "type",
                  "FACILITY_NAME_FIELD": "name",
                  "OUTPUT_LINES": str(outputs["reachable_streets"]), "OUTPUT_POLYGONS": str(outputs["service_areas"])}
    feedback = QgsProcessingFeedback()
    log = []
    feedback.pushInfo = lambda text: log.append(text)
    result = dict(network=args.network, layout=args.layout, facilities=args.facilities, types=args.types)
    cancelled_at = []
    if args.cancel_after is not None:
        timer = threading.Timer(args.cancel_after, feedback.cancel)
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
    started = time.perf_counter()
    if args.cancel_after is not None:
        cancelled_at.append(started + args.cancel_after)
        timer.start()
    try:
        if profiler:
            profiler.enable()
        processing.run("completecommunity:walkingserviceareas", parameters, context=QgsProcessingContext(),
                       feedback=feedback)
        result["status"] = "ok"
    except Exception as error:  # noqa: BLE001 (a cancelled run raises QgsProcessingException)
        result["status"] = "cancelled" if cancelled_at and time.perf_counter() >= cancelled_at[0] else "failed"
        result["error"] = str(error)
    finally:
        if profiler:
            profiler.disable()
            profiler.dump_stats(args.profile)
    ended = time.perf_counter()
    result["run"] = ended - started
    if result["status"] == "cancelled":
        result["cancel_latency"] = ended - cancelled_at[0]
    if result["status"] == "ok":
        from qgis.core import QgsVectorLayer

        for name, path in outputs.items():
            result[name] = QgsVectorLayer(str(path), name, "ogr").featureCount()
    result["log"] = [line for line in log if "facilities" in line]
    result["peak_rss_self_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    Path(args.result).write_text(json.dumps(result, indent=1))
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
