#!/usr/bin/env python3
"""One measurement of the walking-network benchmark, run in its own process by scripts/bench/run.py (which reads the
process's peak memory from the kernel when it ends).

  python peers.py ENGINE WORKLOAD.npz RESULT.json [--reach 600]

ENGINE
  ours      the plugin's engine: WalkingGraph.from_lines, NetworkDistances(graph, residents).prepare(facilities), then
            nearest(indices of the type, max_distance=reach) per type; then the same again on the graph already
            built (what the plugin's per-session graph cache, core/network/cache.py, gives a second check)
            — /usr/bin/python3 (numpy + scipy)
  read      the step before the build in the plugin: the street layer of the workload's GeoPackage read with QGIS
            (core/network/streets.py:read_streets) — what the graph cache saves besides the build
  networkx  a reference: graph from the line vertices, residents and facilities snapped to their nearest node
            (KD-tree), nx.multi_source_dijkstra_path_length(cutoff=reach) per type — .venv/bin/python
  pandana   pandana.Network (contraction hierarchies) from the line vertices, residents snapped with get_node_ids,
            set_pois + nearest_pois(reach) per type — bench-output/venv-pandana/bin/python

Every engine answers the same question: for each facility type, the share of resident points that have a facility
of the type within `reach` metres of walking. Phases are timed with time.perf_counter; the input (read from the
.npz) is loaded before the clock starts. Only numpy is imported at the top, so this file runs in all three
interpreters.
"""

import argparse
import json
import resource
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]


def load(path):
    data = np.load(path)
    offsets = data["line_offsets"]
    line_xy = data["line_xy"]
    return dict(lines=np.split(line_xy, offsets[1:-1]), line_xy=line_xy, line_offsets=offsets,
                residents=data["resident_xy"], facilities=data["facility_xy"], facility_type=data["facility_type"],
                types=[str(code) for code in data["type_codes"]])


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: kilobytes


class Clock:
    def __init__(self):
        self.phases = {}
        self._last = time.perf_counter()

    def lap(self, name):
        now = time.perf_counter()
        self.phases[name] = now - self._last
        self._last = now


def type_members(city):
    return [np.nonzero(city["facility_type"] == k)[0] for k in range(len(city["types"]))]


def nodes_and_edges(city, decimals=3):
    """The plain graph a user builds for networkx or pandana: one node per distinct vertex (coordinates rounded to
    the millimetre), one edge per pair of consecutive vertices of a line, weighted by its length."""
    xy = city["line_xy"]
    node_xy, node_of_vertex = np.unique(np.round(xy, decimals), axis=0, return_inverse=True)
    node_of_vertex = node_of_vertex.reshape(-1)
    is_start = np.ones(len(xy), dtype=bool)
    is_start[city["line_offsets"][1:] - 1] = False
    first = np.nonzero(is_start)[0]
    u, v = node_of_vertex[first], node_of_vertex[first + 1]
    length = np.hypot(*(xy[first + 1] - xy[first]).T)
    keep = u != v
    return node_xy, u[keep], v[keep], length[keep]


# ---------------------------------------------------------------------------------------------------------------


def register_package():
    """Make the checkout importable as `complete_community` (its folder has another name)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from plugin_package import register_package as register

    register()


def run_ours(city, reach):
    register_package()
    from complete_community.core.network.distances import NetworkDistances
    from complete_community.core.network.graph import WalkingGraph

    members = type_members(city)
    result = dict(rss_before_mb=peak_rss_mb())

    def attach_and_query(graph, clock):
        access = NetworkDistances(graph, city["residents"])  # attaches the residents
        clock.lap("attach")
        access.prepare(city["facilities"])  # attaches the facilities, splits the segments they and residents are on
        clock.lap("prepare")
        covered = []
        for indices in members:
            distance, _position = access.nearest(indices, max_distance=reach)
            covered.append(float(np.mean(distance <= reach)))
        clock.lap("queries")
        return covered, access

    clock = Clock()
    graph = WalkingGraph.from_lines(city["lines"])
    clock.lap("build")
    covered, access = attach_and_query(graph, clock)
    result.update(phases=clock.phases, coverage=covered, nodes=graph.node_count, edges=graph.edge_count,
                  off_network_residents=access.off_network_queries,
                  off_network_facilities=access.off_network_facilities, peak_rss_first_mb=peak_rss_mb())
    del access
    # a second check on the same network: the graph object (with its segment index) comes from the cache
    clock = Clock()
    repeat_covered, _access = attach_and_query(graph, clock)
    result.update(repeat_phases=clock.phases, repeat_same=repeat_covered == covered)
    return result


def run_read(city, reach, workload):
    """What the plugin does before building (and what its graph cache saves besides the build): read the street
    layer with QGIS into coordinate arrays (core/network/streets.py:read_streets, OSM filters on)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsVectorLayer

    register_package()
    from complete_community.core.network.streets import read_streets

    app = QgsApplication([], False)
    app.initQgis()
    result = dict(rss_before_mb=peak_rss_mb())
    clock = Clock()
    layer = QgsVectorLayer("{}|layername=streets".format(Path(workload).with_suffix(".gpkg")), "streets", "ogr")
    if not layer.isValid():
        raise SystemExit("cannot read the streets of {}".format(workload))
    lines, _removed = read_streets(layer.getFeatures(), None)
    clock.lap("read")
    result.update(phases=clock.phases, lines=len(lines), same=len(lines) == len(city["lines"]))
    del layer
    app.exitQgis()
    return result


def run_networkx(city, reach):
    import networkx as nx
    from scipy.spatial import cKDTree

    members = type_members(city)
    result = dict(rss_before_mb=peak_rss_mb(), version=nx.__version__)
    clock = Clock()
    node_xy, u, v, length = nodes_and_edges(city)
    graph = nx.Graph()
    graph.add_nodes_from(range(len(node_xy)))
    graph.add_weighted_edges_from(zip(u.tolist(), v.tolist(), length.tolist()))
    clock.lap("build")
    tree = cKDTree(node_xy)
    resident_node = tree.query(city["residents"])[1]
    facility_node = tree.query(city["facilities"])[1]
    clock.lap("prepare")
    covered = []
    for indices in members:
        reached = nx.multi_source_dijkstra_path_length(graph, set(facility_node[indices].tolist()), cutoff=reach)
        distance = np.full(len(node_xy), np.inf)
        distance[np.fromiter(reached.keys(), dtype=np.int64)] = np.fromiter(reached.values(), dtype=float)
        covered.append(float(np.mean(distance[resident_node] <= reach)))
    clock.lap("queries")
    # untimed cross-check of the coverage: the same, with the straight legs from each point to its node added
    # (a source node linked to every facility's node by the facility's leg; the resident's leg added at the end)
    resident_leg = tree.query(city["residents"])[0]
    facility_leg = tree.query(city["facilities"])[0]
    source = len(node_xy)
    with_legs = []
    for indices in members:
        order = indices[np.argsort(-facility_leg[indices])]  # the shortest leg to a node is added last and stays
        graph.add_weighted_edges_from((source, int(facility_node[k]), float(facility_leg[k])) for k in order)
        reached = nx.single_source_dijkstra_path_length(graph, source, cutoff=reach)
        graph.remove_node(source)
        distance = np.full(len(node_xy) + 1, np.inf)
        distance[np.fromiter(reached.keys(), dtype=np.int64)] = np.fromiter(reached.values(), dtype=float)
        with_legs.append(float(np.mean(distance[resident_node] + resident_leg <= reach)))
    result.update(phases=clock.phases, coverage=covered, coverage_with_legs=with_legs,
                  nodes=graph.number_of_nodes(), edges=graph.number_of_edges())
    return result


def run_pandana(city, reach):
    import pandana
    import pandas as pd

    members = type_members(city)
    result = dict(rss_before_mb=peak_rss_mb(), version=pandana.__version__)
    clock = Clock()
    node_xy, u, v, length = nodes_and_edges(city)
    network = pandana.Network(pd.Series(node_xy[:, 0]), pd.Series(node_xy[:, 1]), pd.Series(u), pd.Series(v),
                              pd.DataFrame({"length": length}), twoway=True)
    clock.lap("build")
    resident_node = network.get_node_ids(pd.Series(city["residents"][:, 0]), pd.Series(city["residents"][:, 1]))
    clock.lap("prepare")
    covered = []
    for k, indices in enumerate(members):
        category = "type{}".format(k)
        points = city["facilities"][indices]
        network.set_pois(category, maxdist=reach, maxitems=1, x_col=pd.Series(points[:, 0]),
                         y_col=pd.Series(points[:, 1]))
        nearest = network.nearest_pois(reach, category, num_pois=1)  # reach itself where none is within reach
        distance = nearest[1].reindex(resident_node.to_numpy()).to_numpy()
        covered.append(float(np.mean(distance < reach)))
    clock.lap("queries")
    result.update(phases=clock.phases, coverage=covered, nodes=len(node_xy), edges=len(u))
    return result


ENGINES = {"ours": run_ours, "read": run_read, "networkx": run_networkx, "pandana": run_pandana}


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("engine", choices=sorted(ENGINES))
    parser.add_argument("workload", help="the .npz written by generate.py")
    parser.add_argument("result", help="where to write the JSON result")
    parser.add_argument("--reach", type=float, default=600.0, help="walking distance in metres (600)")
    args = parser.parse_args(argv)
    city = load(args.workload)
    if args.engine == "read":
        result = run_read(city, args.reach, args.workload)
    else:
        result = ENGINES[args.engine](city, args.reach)
    result.update(engine=args.engine, peak_rss_self_mb=peak_rss_mb(), types=city["types"],
                  residents=len(city["residents"]), facilities=len(city["facilities"]))
    Path(args.result).write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
