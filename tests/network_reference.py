"""An independent reference for walking distances, for the tests: networkx on a graph built directly from the
line vertices (exact coordinates), points attached by brute force to the nearest of all segments."""

from functools import cache

import networkx as nx
import numpy as np


def reference_graph(lines):
    graph = nx.Graph()
    for line in lines:
        for (x1, y1), (x2, y2) in zip(line[:-1], line[1:]):
            a, b = (round(x1, 6), round(y1, 6)), (round(x2, 6), round(y2, 6))
            if a == b:
                continue
            length = float(np.hypot(x2 - x1, y2 - y1))
            if not graph.has_edge(a, b) or graph[a][b]["weight"] > length:
                graph.add_edge(a, b, weight=length)
    return graph


def brute_force_attach(graph, point):
    """(a, b, t, access): the nearest segment of all, by exhaustive search."""
    edges = list(graph.edges(data="weight"))
    a = np.array([e[0] for e in edges], dtype=float)
    b = np.array([e[1] for e in edges], dtype=float)
    ab = b - a
    t = np.clip(((point - a) * ab).sum(axis=1) / np.maximum((ab * ab).sum(axis=1), 1e-12), 0, 1)
    projection = a + ab * t[:, None]
    distance = np.hypot(*(point - projection).T)
    best = int(np.argmin(distance))
    return edges[best][0], edges[best][1], float(t[best]), float(distance[best])


def reference_distance(graph, origin, destination, lengths_from):
    """Walking distance between two attached points: access legs + along-segment parts + network between."""
    (oa, ob, ot, oacc), (da, db, dt, dacc) = origin, destination
    o_len = graph[oa][ob]["weight"]
    d_len = graph[da][db]["weight"]
    best = np.inf
    if {oa, ob} == {da, db}:
        same_t = dt if (da, db) == (oa, ob) else 1 - dt
        best = abs(ot - same_t) * o_len
    for o_node, o_part in ((oa, ot * o_len), (ob, (1 - ot) * o_len)):
        reach = lengths_from(o_node)
        for d_node, d_part in ((da, dt * d_len), (db, (1 - dt) * d_len)):
            if d_node in reach:
                best = min(best, o_part + reach[d_node] + d_part)
    return best + oacc + dacc


def reference_for(lines, origins, destinations):
    """(graph, lengths_from(node) memoised, origins attached, destinations attached) for reference_distance."""
    graph = reference_graph(lines)

    @cache
    def lengths_from(node):
        return nx.single_source_dijkstra_path_length(graph, node, weight="weight")

    return (graph, lengths_from, [brute_force_attach(graph, p) for p in origins],
            [brute_force_attach(graph, p) for p in destinations])
