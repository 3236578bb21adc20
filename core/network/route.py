"""One walking route on the graph: from a point (a community's anchor) to another (a facility), along the streets,
with the access legs from the points to the streets — what the inspector draws for "why is this the nearest one".

The graph's adjacency matrix is kept in the graph's memo (it lives as long as the graph is cached), so a route on a
large cached network costs one shortest-path pass limited to a few times the straight-line distance."""

from dataclasses import dataclass

import numpy as np

from complete_community.core.network.graph import MIN_EDGE

ROUTE_MATRIX = ("route matrix",)


@dataclass
class Route:
    xy: np.ndarray  # (k, 2) the route's vertices, from the start point to the end point
    length: float  # metres walked, access legs included
    on_network: bool  # False: a straight line (a point off the network, or no path between them)


def straight_route(start_xy, end_xy) -> Route:
    xy = np.array([start_xy, end_xy], dtype=float).reshape(2, 2)
    return Route(xy, float(np.hypot(*(xy[1] - xy[0]))), False)


def _matrix(graph):
    matrix = graph.memo.get(ROUTE_MATRIX)
    if matrix is None:
        matrix = graph.matrix()
        graph.memo.put(ROUTE_MATRIX, matrix)
    return matrix


def prepare_routes(graph):
    """Build what the first route on the graph would build (the segment lookup that attaches the points, the
    adjacency matrix): the dock does it in a background task once the results are shown."""
    if graph is not None and graph.edge_count:
        graph._segments_lookup()
        _matrix(graph)


def walking_route(graph, start_xy, end_xy, max_access=100.0, start_max_access=None) -> Route:
    """The shortest walk from start_xy to end_xy: the access leg to the street, the streets, the access leg to the end.
    A straight line (on_network False) when a point is farther than its max access from any street or no path joins
    them. start_max_access: the start's own bound (a community anchor may sit deep in a block, as the check allows)."""
    start_xy = np.asarray(start_xy, dtype=float).reshape(2)
    end_xy = np.asarray(end_xy, dtype=float).reshape(2)
    if graph is None or graph.edge_count == 0:
        return straight_route(start_xy, end_xy)
    start = _attach_one(graph, start_xy, start_max_access or max_access)
    end = _attach_one(graph, end_xy, max_access)
    if start is None or end is None:
        return straight_route(start_xy, end_xy)
    (a_edge, a_t, a_access), (b_edge, b_t, b_access) = start, end
    u, v, length = graph.edge_u, graph.edge_v, graph.edge_length
    a_xy = graph.node_xy[u[a_edge]] + (graph.node_xy[v[a_edge]] - graph.node_xy[u[a_edge]]) * a_t
    b_xy = graph.node_xy[u[b_edge]] + (graph.node_xy[v[b_edge]] - graph.node_xy[u[b_edge]]) * b_t
    legs = float(a_access + b_access)
    best_length, best_nodes = np.inf, None
    if a_edge == b_edge:  # along the one segment
        best_length, best_nodes = abs(a_t - b_t) * length[a_edge], []
    starts = ((int(u[a_edge]), a_t * length[a_edge]), (int(v[a_edge]), (1.0 - a_t) * length[a_edge]))
    ends = ((int(u[b_edge]), b_t * length[b_edge]), (int(v[b_edge]), (1.0 - b_t) * length[b_edge]))
    straight = float(np.hypot(*(b_xy - a_xy)))
    for limit in (max(3.0 * straight, straight + 2000.0), np.inf):
        found = _between(_matrix(graph), starts, ends, limit)
        if found is not None and found[0] < best_length:
            best_length, best_nodes = found
        if np.isfinite(best_length):
            break
    if best_nodes is None:
        return straight_route(start_xy, end_xy)
    xy = np.vstack([start_xy, a_xy] + [graph.node_xy[node] for node in best_nodes] + [b_xy, end_xy])
    keep = np.ones(len(xy), dtype=bool)
    keep[1:] = np.hypot(*(xy[1:] - xy[:-1]).T) > MIN_EDGE  # no repeated vertices
    return Route(xy[keep], float(best_length + legs), True)


def _attach_one(graph, xy, max_access):
    """(segment, position along it, access distance) of one point, as WalkingGraph.attach places it; None when
    farther than max_access."""
    edge, position, distance = graph._nearest_segments(np.asarray(xy, dtype=float).reshape(1, 2), max_access)
    if edge[0] < 0 or not distance[0] <= max_access:
        return None
    return int(edge[0]), float(position[0]), float(distance[0])


def _between(matrix, starts, ends, limit):
    """(length, nodes) of the shortest walk from either end node of the start segment (with its offset) to either
    end node of the end segment (plus its offset); None when none is within limit."""
    from scipy.sparse.csgraph import dijkstra

    sources = [node for node, _offset in starts]
    distance, predecessors = dijkstra(matrix, directed=False, indices=sources, limit=limit,
                                      return_predecessors=True)
    best = None
    for row, (_source, start_offset) in enumerate(starts):
        for target, end_offset in ends:
            total = start_offset + distance[row, target] + end_offset
            if np.isfinite(total) and (best is None or total < best[0]):
                best = (total, row, target)
    if best is None:
        return None
    total, row, node = best
    nodes = [node]
    while predecessors[row, node] >= 0:
        node = int(predecessors[row, node])
        nodes.append(node)
    return float(total), nodes[::-1]
