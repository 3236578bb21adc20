#!/usr/bin/env python3
"""The route a QGIS user takes without the plugin, as one measurement of the walking-network benchmark: standalone
PyQGIS with Processing initialised, running the same algorithms the toolbox runs, outputs as temporary layers (the
toolbox's default). For every facility type:

  0. native:extractbyattribute — the facilities of the type (as a user filters a layer for the toolbox);
  1. native:serviceareafromlayer — the streets, the facilities of the type as start points, shortest path,
     TRAVEL_COST2 = reach (600 m), both directions, OUTPUT_LINES only;
  2. native:buffer of the service-area lines by 50 m with DISSOLVE (buffer + dissolve in one step);
  3. native:countpointsinpolygon — the resident points inside → coverage.

  /usr/bin/python3 native.py WORKLOAD.gpkg PROGRESS.jsonl [--reach 600] [--buffer 50]

JSON lines are appended to PROGRESS.jsonl as each service area and each type is done, so a run stopped at the time
limit still shows how far it got. Timing starts after QGIS and Processing are initialised and the layers are loaded.
"""

import argparse
import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("workload", help="the .gpkg written by generate.py --gpkg")
    parser.add_argument("progress", help="JSON lines: one per facility type done")
    parser.add_argument("--reach", type=float, default=600.0)
    parser.add_argument("--buffer", type=float, default=50.0)
    args = parser.parse_args(argv)

    from qgis.core import QgsApplication, QgsProcessingFeedback, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing
    from processing.tools import dataobjects

    def layer(name):
        loaded = QgsVectorLayer("{}|layername={}".format(args.workload, name), name, "ogr")
        if not loaded.isValid():
            raise SystemExit("cannot read layer {} of {}".format(name, args.workload))
        return loaded

    streets, residents = layer("streets"), layer("residents")
    types = sorted({feature["type"] for feature in layer("facilities").getFeatures()})
    total_residents = residents.featureCount()
    with open(args.progress, "w") as progress:
        progress.write(json.dumps(dict(event="start", types=len(types), residents=total_residents)) + "\n")
    all_facilities = layer("facilities")
    for code in types:
        # a fresh context per type, set up as the toolbox does (project, ellipsoid, invalid-geometry handling):
        # temporary layers of earlier types are released
        feedback = QgsProcessingFeedback()
        context = dataobjects.createContext(feedback)
        started = time.perf_counter()
        facilities = processing.run("native:extractbyattribute", {
            "INPUT": all_facilities, "FIELD": "type", "OPERATOR": 0, "VALUE": code, "OUTPUT": "TEMPORARY_OUTPUT",
        }, context=context, feedback=feedback)["OUTPUT"]
        lines = processing.run("native:serviceareafromlayer", {
            "INPUT": streets, "STRATEGY": 0, "DEFAULT_DIRECTION": 2, "TOLERANCE": 0, "START_POINTS": facilities,
            "TRAVEL_COST2": args.reach, "INCLUDE_BOUNDS": False, "OUTPUT_LINES": "TEMPORARY_OUTPUT",
        }, context=context, feedback=feedback)["OUTPUT_LINES"]
        service_area = time.perf_counter() - started
        with open(args.progress, "a") as progress:  # so that a run stopped in the overlay shows where it was
            progress.write(json.dumps(dict(event="service_area", type=code, facilities=facilities.featureCount(),
                                           service_area=service_area)) + "\n")
        started = time.perf_counter()
        zone = processing.run("native:buffer", {
            "INPUT": lines, "DISTANCE": args.buffer, "SEGMENTS": 5, "END_CAP_STYLE": 0, "JOIN_STYLE": 0,
            "MITER_LIMIT": 2, "DISSOLVE": True, "OUTPUT": "TEMPORARY_OUTPUT",
        }, context=context, feedback=feedback)["OUTPUT"]
        counted = processing.run("native:countpointsinpolygon", {
            "POLYGONS": zone, "POINTS": residents, "FIELD": "NUMPOINTS", "OUTPUT": "TEMPORARY_OUTPUT",
        }, context=context, feedback=feedback)["OUTPUT"]
        covered = sum(feature["NUMPOINTS"] or 0 for feature in counted.getFeatures())
        overlay = time.perf_counter() - started
        with open(args.progress, "a") as progress:
            progress.write(json.dumps(dict(event="type", type=code, facilities=facilities.featureCount(),
                                           service_area=service_area, overlay=overlay,
                                           coverage=covered / total_residents if total_residents else 0.0)) + "\n")
    with open(args.progress, "a") as progress:
        progress.write(json.dumps(dict(event="done")) + "\n")
    # standalone PyQGIS with Processing tends to crash while tearing down (layers held by Python outlive the
    # providers): everything is written, so leave without the teardown
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1:])
