"""Network quality assurance: what is wrong with a walking network before the check trusts its distances.

Pure logic on a WalkingGraph (coordinates in metres); the Processing algorithm networkqa reads the layers and writes
the findings. Each finding names a problem code, carries a short Chinese description (data, written into the output
whatever the interface language, like the check's reasons) and the numbers a planner needs to judge it:

- disconnected: a connected component other than the largest (by street length); nobody walks from it to the rest;
- dangling_end: a node where only one segment ends (a cul-de-sac, the edge of the data, or a drawing error);
- near_miss: a dangling end within the tolerance of a segment it is not connected to (the network detour to that
  segment is longer than the gap plus twice the tolerance): most likely a junction that was never snapped;
- facility_off_network / resident_off_network: a point farther than the access distance from every street;
- filtered_way: a street the walkability filters removed (motorway, foot=no, private …), with the rule that removed
  it; lines that are no street at all (no highway tag: railways, waterways …) are counted, not reported.
"""

import heapq
from dataclasses import dataclass
from typing import Optional

import numpy as np

from complete_community.core.cancellation import CanceledError
from complete_community.core.network.filters import NOT_A_STREET

DISCONNECTED = "disconnected"
DANGLING_END = "dangling_end"
NEAR_MISS = "near_miss"
FACILITY_OFF_NETWORK = "facility_off_network"
RESIDENT_OFF_NETWORK = "resident_off_network"
FILTERED_WAY = "filtered_way"
PROBLEMS = (DISCONNECTED, NEAR_MISS, DANGLING_END, FACILITY_OFF_NETWORK, RESIDENT_OFF_NETWORK, FILTERED_WAY)
LINE_PROBLEMS = (DISCONNECTED, FILTERED_WAY)

# How far to look for the nearest street of an off-network point, to report its actual distance.
DISTANCE_SEARCH = 10000.0
# A segment near a dangling end is "connected" when the network reaches it within the gap plus this many
# tolerances: the end's own street, the segments next to it and short spurs off a junction are not near misses.
DETOUR_ALLOWANCE = 2.0

_FILTER_REASONS_ZH = {
    NOT_A_STREET: "不是道路（无 highway 标签）",
    "foot=no": "foot=no，禁止步行",
}


@dataclass
class Finding:
    """One problem. shape: (x, y) for points, a list of (k, 2) arrays for lines, or a geometry object passed
    through (filtered ways keep the geometry read from the layer)."""

    problem: str
    shape: object
    detail: str
    distance_m: Optional[float] = None
    component: Optional[int] = None
    length_m: Optional[float] = None
    feature_id: Optional[str] = None  # the facility or resident a point finding is about
    feature_name: Optional[str] = None

    @property
    def is_line(self):
        return self.problem in LINE_PROBLEMS


@dataclass
class Components:
    """Connected components ranked by street length: rank 1 is the largest (the main network)."""

    edge_rank: np.ndarray  # (edges,) the rank of every segment's component
    node_rank: np.ndarray  # (nodes,) the rank of every node's component, 0 for a node without segments
    lengths: np.ndarray  # (count,) street length of rank 1, 2, …

    @property
    def count(self):
        return len(self.lengths)

    @property
    def total_length(self):
        return float(self.lengths.sum())

    @property
    def largest_share(self):
        """The share (0–1) of the total street length in the largest component; 0 for an empty network."""
        total = self.total_length
        return float(self.lengths[0] / total) if total > 0 else 0.0


@dataclass
class DanglingEnds:
    node: np.ndarray  # (n,) the nodes where a single segment ends
    near_miss: np.ndarray  # (n,) bool
    gap: np.ndarray  # (n,) distance to the nearest segment the end does not connect to (near misses), else nan
    target_edge: np.ndarray  # (n,) that segment, -1 when not a near miss

    @property
    def count(self):
        return len(self.node)

    @property
    def near_miss_count(self):
        return int(self.near_miss.sum())


@dataclass
class OffNetwork:
    index: np.ndarray  # positions, in the input points, of the points off the network
    distance: np.ndarray  # their distance to the nearest street (inf beyond DISTANCE_SEARCH)
    component: np.ndarray  # rank of the nearest street's component (0 beyond DISTANCE_SEARCH)

    @property
    def count(self):
        return len(self.index)


def rank_components(graph) -> Components:
    node_rank = np.zeros(graph.node_count, dtype=np.int64)
    if graph.edge_count == 0:
        return Components(np.zeros(0, dtype=np.int64), node_rank, np.zeros(0))
    _count, labels = graph.components()
    edge_label = labels[graph.edge_u]
    present = np.unique(edge_label)  # labels of nodes without segments (collapsed lines) are left out
    lengths = np.bincount(edge_label, weights=graph.edge_length)[present]
    order = np.lexsort((present, -lengths))  # longest first; ties by label, so the ranks are reproducible
    rank_of_label = np.zeros(labels.max() + 1, dtype=np.int64)
    rank_of_label[present[order]] = np.arange(1, len(present) + 1)
    node_rank = rank_of_label[labels]
    return Components(rank_of_label[edge_label], node_rank, lengths[order])


def component_lines(graph, components, rank):
    """The segments of one component merged into polylines: a list of (k, 2) arrays."""
    from shapely.geometry import MultiLineString
    from shapely.ops import linemerge

    edges = np.nonzero(components.edge_rank == rank)[0]
    segments = [(tuple(graph.node_xy[graph.edge_u[e]]), tuple(graph.node_xy[graph.edge_v[e]])) for e in edges]
    merged = linemerge(MultiLineString(segments))
    parts = list(merged.geoms) if hasattr(merged, "geoms") else [merged]
    return [np.asarray(part.coords)[:, :2] for part in parts]


def degrees(graph):
    return (np.bincount(graph.edge_u, minlength=graph.node_count)
            + np.bincount(graph.edge_v, minlength=graph.node_count))


def dangling_ends(graph, tolerance, is_canceled=lambda: False) -> DanglingEnds:
    """Nodes of degree 1, and which of them are near misses (see the module's docstring)."""
    ends = np.nonzero(degrees(graph) == 1)[0] if graph.edge_count else np.zeros(0, dtype=np.int64)
    gap = np.full(len(ends), np.nan)
    target = np.full(len(ends), -1, dtype=np.int64)
    if len(ends) == 0 or tolerance <= 0:
        return DanglingEnds(ends, np.zeros(len(ends), dtype=bool), gap, target)
    tree, edge_of_sample, spacing = graph._segments_lookup()  # samples at most `spacing` apart on every segment
    candidates = tree.query_ball_point(graph.node_xy[ends], tolerance + spacing / 2.0 + 1e-9)
    a_all = graph.node_xy[graph.edge_u]
    ab_all = graph.node_xy[graph.edge_v] - a_all
    length2 = np.maximum(np.einsum("ij,ij->i", ab_all, ab_all), 1e-12)
    incident = np.full(graph.node_count, -1, dtype=np.int64)  # for a node of degree 1: its only segment
    incident[graph.edge_u] = np.arange(graph.edge_count)
    incident[graph.edge_v] = np.arange(graph.edge_count)
    own_edge = incident[ends]
    other_end = np.where(graph.edge_u[own_edge] == ends, graph.edge_v[own_edge], graph.edge_u[own_edge])
    matrix = graph.matrix()
    adjacency = (matrix.indptr, matrix.indices, matrix.data)
    for position, (node, samples) in enumerate(zip(ends, candidates)):
        if position % 256 == 0 and is_canceled():
            raise CanceledError()
        if not samples:
            continue
        edges = np.unique(edge_of_sample[samples])
        # the end's own segment and the segments next to it never count
        own_nodes = [node, other_end[position]]
        edges = edges[~(np.isin(graph.edge_u[edges], own_nodes) | np.isin(graph.edge_v[edges], own_nodes))]
        if len(edges) == 0:
            continue
        point = graph.node_xy[node]
        along = np.clip(np.einsum("ij,ij->i", point - a_all[edges], ab_all[edges]) / length2[edges], 0.0, 1.0)
        distance = np.hypot(*(point - (a_all[edges] + ab_all[edges] * along[:, None])).T)
        near = distance <= tolerance
        if not near.any():
            continue
        edges, distance = edges[near], distance[near]
        reached = _reach(adjacency, node, tolerance * (1.0 + DETOUR_ALLOWANCE))
        for k in np.argsort(distance, kind="stable"):
            edge = edges[k]
            detour = min(reached.get(int(graph.edge_u[edge]), np.inf), reached.get(int(graph.edge_v[edge]), np.inf))
            if detour > distance[k] + DETOUR_ALLOWANCE * tolerance:
                gap[position] = distance[k]
                target[position] = edge
                break
    return DanglingEnds(ends, target >= 0, gap, target)


def _reach(adjacency, start, limit):
    """{node: network distance} of the nodes within limit of start (a small local Dijkstra on the CSR arrays)."""
    indptr, indices, weights = adjacency
    best = {int(start): 0.0}
    heap = [(0.0, int(start))]
    while heap:
        distance, node = heapq.heappop(heap)
        if distance > best.get(node, np.inf):
            continue
        for k in range(indptr[node], indptr[node + 1]):
            neighbour = int(indices[k])
            candidate = distance + float(weights[k])
            if candidate <= limit and candidate < best.get(neighbour, np.inf):
                best[neighbour] = candidate
                heapq.heappush(heap, (candidate, neighbour))
    return best


def off_network(graph, points_xy, max_access, components, search=DISTANCE_SEARCH) -> OffNetwork:
    """The points farther than max_access from every street (as WalkingGraph.attach decides), with their actual
    distance to the nearest street within `search`."""
    points = np.asarray(points_xy, dtype=float).reshape(-1, 2)
    attachment = graph.attach(points, max_access)
    index = np.nonzero(attachment.off_network)[0]
    distance = np.full(len(index), np.inf)
    component = np.zeros(len(index), dtype=np.int64)
    if len(index) and graph.edge_count:
        far = graph.attach(points[index], max(search, max_access))
        distance = far.access
        found = far.edge >= 0
        component[found] = components.edge_rank[far.edge[found]]
    return OffNetwork(index, distance, component)


# findings
def _metres(value):
    return "{:,.1f}".format(value) if value < 100 else "{:,.0f}".format(value)


def component_findings(graph, components, is_canceled=lambda: False):
    findings = []
    if components.count == 0:
        return findings
    main = components.lengths[0]
    for rank in range(2, components.count + 1):
        if is_canceled():
            raise CanceledError()
        length = float(components.lengths[rank - 1])
        findings.append(Finding(
            DISCONNECTED, component_lines(graph, components, rank),
            "孤立路网（第{}组），共{}米，与主路网（{}米）不连通".format(rank, _metres(length), _metres(main)),
            component=rank, length_m=length))
    return findings


def dangling_findings(graph, components, ends):
    findings = []
    for node, near, gap in zip(ends.node, ends.near_miss, ends.gap):
        xy = tuple(float(c) for c in graph.node_xy[node])
        rank = int(components.node_rank[node])
        if near:
            findings.append(Finding(
                NEAR_MISS, xy, "断头路端点距另一条道路仅{}米但未相连，疑似漏接的路口".format(_metres(gap)),
                distance_m=float(gap), component=rank))
        else:
            findings.append(Finding(DANGLING_END, xy, "断头路端点（只连接一条路段）", component=rank))
    return findings


def off_network_findings(problem, points_xy, off, max_access, ids=None, names=None):
    """One finding per off-network point, naming the facility or resident (ids, names: one per point) it is about."""
    label = "设施" if problem == FACILITY_OFF_NETWORK else "居民点"
    points = np.asarray(points_xy, dtype=float).reshape(-1, 2)
    findings = []
    for index, distance, rank in zip(off.index, off.distance, off.component):
        xy = tuple(float(c) for c in points[index])
        which = dict(feature_id=ids[index] if ids else None, feature_name=(names[index] or None) if names else None)
        subject = "{}{}".format(label, "“{}”".format(which["feature_name"]) if which["feature_name"] else "")
        if np.isfinite(distance):
            detail = "{}距最近道路{}米，超过{}米的接入距离，不计入步行可达".format(
                subject, _metres(distance), _metres(max_access))
            findings.append(Finding(problem, xy, detail, distance_m=float(distance), component=int(rank) or None,
                                    **which))
        else:
            detail = "{}周围{}米内没有道路".format(subject, _metres(DISTANCE_SEARCH))
            findings.append(Finding(problem, xy, detail, **which))
    return findings


def filter_reason_zh(reason):
    if reason in _FILTER_REASONS_ZH:
        return _FILTER_REASONS_ZH[reason]
    if reason.startswith("access="):
        return "{}，不对行人开放".format(reason)
    if reason.startswith("highway="):
        return "{}，不可步行".format(reason)
    return reason


def filtered_finding(reason, shape, length):
    return Finding(FILTERED_WAY, shape, "{}：已从步行路网中排除".format(filter_reason_zh(reason)),
                   length_m=float(length))
