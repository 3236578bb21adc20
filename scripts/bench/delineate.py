#!/usr/bin/env python3
"""Benchmark of delineation (core/delineate, as completecommunity:delineatecommunities runs it): UNITS residential
units on the 1M-edge generated grid city (scripts/bench/generate.py, the same seeded generator), grouped on its
walking network. Target (issue 16): 20,000 units on a 1M-edge network in at most 60 s.

The units are the city's superblocks (400 m squares between arterials, inset 12 m from the arterials' centre lines,
as generate.py insets its communities), the UNITS of them nearest the city's south-west corner in a square, each with
a seeded population of 1,500–7,000 persons; barriers: every 10th arterial in each direction. The stages are timed
as the algorithm runs them: the walking graph (built once per QGIS session, then cached), the walks between units
within twice the reach (NetworkDistances.pairs_within), the neighbours, the grouping and its statistics.

Usage: /usr/bin/python3 scripts/bench/delineate.py OUT_DIR [--units 20000] [--grid 1m]
"""

import argparse
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from plugin_package import register_package  # noqa: E402

register_package()

import generate  # noqa: E402

BARRIER_EVERY = 10  # arterials between two barriers
SEED = 16


def units_of(city, count, seed=SEED):
    from shapely.geometry import LineString, box

    superblock = generate.SUPERBLOCK * generate.BLOCK
    extent = city["line_xy"].max(axis=0) - city["line_xy"].min(axis=0)
    per_side_available = int(extent[0] // superblock)
    side = int(np.ceil(np.sqrt(count)))
    if side > per_side_available:
        raise SystemExit("the city has {} superblocks a side, {} asked".format(per_side_available, side))
    i, j = np.divmod(np.arange(count), side)
    x0 = generate.X0 + i * superblock + generate.INSET
    y0 = generate.Y0 + j * superblock + generate.INSET
    size = superblock - 2 * generate.INSET
    shapes = [box(x, y, x + size, y + size) for x, y in zip(x0.tolist(), y0.tolist())]
    population = np.random.default_rng(seed).integers(1500, 7001, size=count).astype(float)
    span = side * superblock
    barriers = []
    x0, y0 = generate.X0, generate.Y0
    for k in range(BARRIER_EVERY, side, BARRIER_EVERY):
        position = k * superblock
        barriers.append(LineString([(x0 + position, y0), (x0 + position, y0 + span)]))
        barriers.append(LineString([(x0, y0 + position), (x0 + span, y0 + position)]))
    return shapes, population, barriers


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("--units", type=int, default=20000)
    parser.add_argument("--grid", default="1m")
    args = parser.parse_args(argv[1:])

    from complete_community.core.delineate.grouping import Grouping
    from complete_community.core.delineate.units import Band, neighbours, walk_matrix
    from complete_community.core.network.distances import NetworkDistances
    from complete_community.core.network.graph import WalkingGraph
    from complete_community.core.profiles.loader import load_profile

    generate.ensure(args.grid, args.out_dir)
    city = dict(np.load(Path(args.out_dir) / "{}.npz".format(args.grid)))
    times = {}
    started = time.perf_counter()
    lines = np.split(city["line_xy"], city["line_offsets"][1:-1])
    graph = WalkingGraph.from_lines(lines)
    times["graph (once per session)"] = time.perf_counter() - started
    shapes, population, barriers = units_of(city, args.units)
    xy = np.array([s.representative_point().coords[0] for s in shapes])
    band = Band.of(load_profile("mohurd-2020"))
    begin = stage = time.perf_counter()

    def lap(name):
        nonlocal stage
        now = time.perf_counter()
        times[name] = now - stage
        stage = now

    backend = NetworkDistances(graph, xy, 100.0)
    backend.prepare(xy)
    measured = ~backend.query_attachment.off_network
    walk = walk_matrix(backend, len(xy), 2.0 * band.reach)
    lap("walks within {:.0f} m".format(2.0 * band.reach))
    pairs = neighbours(shapes, xy, 50.0, barriers, None, walk)
    lap("neighbours")
    grouping = Grouping(population, xy, pairs.first, pairs.second, walk, band, measured)
    labels = grouping.group()
    lap("grouping")
    communities = grouping.communities(labels)
    lap("statistics")
    total = time.perf_counter() - begin
    print("{} units ({} off the network), {} street segments, {} walks, {} neighbour pairs ({} cut by {} barriers)"
          .format(len(xy), int((~measured).sum()), graph.edge_count, walk.nnz, len(pairs.first),
                  pairs.cut_by_barriers, len(barriers)))
    out = sum(c.status != 0 for c in communities)
    print("{} communities, {} out of the band, {} units beyond the reach of their centre".format(
        len(communities), out, sum(c.beyond_reach for c in communities)))
    for name, seconds in times.items():
        print("  {:<28} {:7.1f} s".format(name, seconds))
    print("  {:<28} {:7.1f} s  (target ≤ 60 s)".format("delineation total", total))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
