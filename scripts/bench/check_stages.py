#!/usr/bin/env python3
"""Where the time of the end-to-end check goes (`make bench`, after the qgis_process run): the same check through
processing.run in standalone PyQGIS, with wall-clock timers around the plugin's own functions — reading each layer,
building the walking graph, attaching points to it, the shortest-path passes, the rest of the verdicts, writing.

  /usr/bin/python3 check_stages.py WORKLOAD.gpkg OUT_DIR RESULT.json [--profile FILE.pstats]

RESULT.json: the run's wall time (`run`, from processing.run called to returned), seconds per stage (`stages`; a
stage's time excludes the stages timed inside it) and the peak memory (`peak_rss_self_mb`). --profile also writes
cProfile statistics (slower: the stage times are then inflated).
"""

import argparse
import functools
import importlib
import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from qgis_session import processing_session  # noqa: E402 (scripts/bench is not a package)

# stage → functions (module, qualified name) whose time counts for it; nested timed calls count for their own stage
STAGES = {
    "read communities": [("core.check.readers", "read_communities")],
    "read facilities": [("core.check.readers", "read_facilities")],
    "read residents": [("core.check.readers", "read_residents"), ("core.bulk_read", "point_residents"),
                       ("core.check.samples", "build_samples")],
    "read streets": [("core.network.streets", "read_streets"), ("core.bulk_read", "plain_lines")],
    "build graph": [("core.network.graph", "WalkingGraph.from_packed")],
    "attach points": [("core.network.graph", "WalkingGraph.attach"),
                      ("core.network.distances", "SplitNetwork.__init__")],
    "shortest paths": [("core.network.distances", "SplitNetwork.node_distances"),
                       ("core.network.distances", "SplitNetwork.k_nearest_node_distances"),
                       ("core.network.distances", "SplitNetwork.distances_at"),
                       ("core.network.distances", "SplitNetwork.kth_distances_at"),
                       ("core.network.distances", "SplitNetwork.reach_from_points"),
                       ("core.network.distances", "NetworkDistances._anchor_nearest")],
    "verdicts": [("core.check.engine", "CommunityCheck.__init__"), ("core.check.engine", "CommunityCheck.run")],
    "write results": [("processing.algorithms.check_communities", "CheckCommunitiesAlgorithm._write"),
                      ("processing.base", "CompleteCommunityAlgorithm._close_sinks")],
}
# modules that imported a timed function by name: their reference is replaced too
IMPORTED = {"processing.algorithms.check_communities": ("read_communities", "read_facilities", "read_residents",
                                                         "point_residents", "build_samples"),
            "processing.parameters.network": ("read_streets", "plain_lines")}


class Timers:
    def __init__(self):
        self.seconds = {stage: 0.0 for stage in STAGES}
        self.stack = []  # (stage, started, time of nested timed calls)

    def wrap(self, stage, function):
        @functools.wraps(function)
        def timed(*args, **kwargs):
            self.stack.append([stage, time.perf_counter(), 0.0])
            try:
                return function(*args, **kwargs)
            finally:
                _stage, started, nested = self.stack.pop()
                spent = time.perf_counter() - started
                self.seconds[stage] += spent - nested
                if self.stack:
                    self.stack[-1][2] += spent

        return timed

    def install(self):
        for stage, functions in STAGES.items():
            for module_name, qualified in functions:
                owner = importlib.import_module("complete_community." + module_name)
                *path, name = qualified.split(".")
                for part in path:
                    owner = getattr(owner, part)
                setattr(owner, name, self.wrap(stage, getattr(owner, name)))
        for module_name, names in IMPORTED.items():
            module = importlib.import_module("complete_community." + module_name)
            for name in names:
                source = next(m for stage in STAGES.values() for m, q in stage if q == name)  # its module
                setattr(module, name, getattr(importlib.import_module("complete_community." + source), name))


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("workload")
    parser.add_argument("out_dir")
    parser.add_argument("result")
    parser.add_argument("--profile", default=None)
    args = parser.parse_args(argv)

    with processing_session():
        measure(args)


def measure(args):
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback
    timers = Timers()
    timers.install()
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name in ("community_results.gpkg", "item_results.csv"):
        (out / name).unlink(missing_ok=True)
    gpkg = args.workload
    parameters = {
        "COMMUNITIES": gpkg + "|layername=communities", "ID_FIELD": "id", "NAME_FIELD": "name",
        "POPULATION_FIELD": "population", "STATUS_FIELD": "status", "FACILITIES": gpkg + "|layername=facilities",
        "FACILITY_TYPE_FIELD": "type", "FACILITY_NAME_FIELD": "name", "BUILDING_AREA_FIELD": "building_area",
        "CLASSES_FIELD": "classes", "RESIDENTS": gpkg + "|layername=residents",
        "RESIDENTS_POPULATION_FIELD": "population", "NETWORK": gpkg + "|layername=streets",
        "OUTPUT": str(out / "community_results.gpkg"), "OUTPUT_ITEMS": str(out / "item_results.csv")}
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started = time.perf_counter()
    processing.run("completecommunity:checkcommunities", parameters, context=QgsProcessingContext(),
                   feedback=QgsProcessingFeedback())
    run = time.perf_counter() - started
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)
    stages = dict(timers.seconds)
    stages["other (QGIS, Processing, the algorithm)"] = run - sum(stages.values())
    result = dict(run=run, stages=stages, peak_rss_self_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    Path(args.result).write_text(json.dumps(result, indent=1))
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
