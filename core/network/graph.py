"""The walking graph: street lines → an undirected graph of straight segments, kept as numpy arrays.

Built once per network (see cache.py), then used for every facility type and every threshold. Vertices closer than
the snapping tolerance become one node, and a segment drawn twice (joining the same two nodes) one edge; optionally,
lines that cross without a shared vertex are noded first.
"""

from dataclasses import dataclass

import numpy as np

MIN_EDGE = 1e-6  # metres: scipy's sparse graphs drop zero weights, so zero-length links get this instead
ATTACH_CHUNK = 100_000  # points whose candidate segments are looked up at once
LOOKUP_SPACING = 60.0  # metres: the longest piece of a segment one lookup sample stands for (its midpoint)
TIE = 1e-9  # metres: segments this much farther than the nearest are as near
FIRST_CANDIDATES = 8  # lookup samples asked first for each point; more only where these cannot settle it


@dataclass
class Attachment:
    """Where points meet the network: the segment, the position along it (0–1), the access leg, and whether the
    point is too far from any street to be attached (off-network)."""

    edge: np.ndarray  # (n,) segment index, -1 when off-network
    t: np.ndarray  # (n,) position along the segment from its first node
    access: np.ndarray  # (n,) distance from the point to the street, metres
    off_network: np.ndarray  # (n,) bool
    xy: np.ndarray = None  # (n, 2) the points themselves


def pack_lines(lines):
    """(vertices, counts) of a sequence of (k, 2) coordinate arrays: every vertex one line after the other, and each
    line's vertex count."""
    counts = np.fromiter((len(line) for line in lines), dtype=np.int64, count=len(lines))
    if len(lines) == 0:
        return np.zeros((0, 2)), counts
    return np.vstack([np.asarray(line, dtype=float).reshape(-1, 2) for line in lines]), counts


def unpack_lines(vertices, counts):
    """The coordinate arrays of packed lines (views of vertices)."""
    return np.split(vertices, np.cumsum(counts)[:-1]) if len(counts) else []


class WalkingGraph:
    def __init__(self, node_xy, edge_u, edge_v, edge_length, edge_source):
        self.node_xy = node_xy
        self.edge_u = edge_u
        self.edge_v = edge_v
        self.edge_length = edge_length
        self.edge_source = edge_source  # the index of the line each segment came from
        self.filtered_ways = []  # streets the walkability filters removed: (feature id, rule, geometry), for QA
        self.not_streets = 0  # lines without a highway tag (railways, waterways …) in an OSM layer, left out
        self._segment_index = None
        # results computed on this graph (attachments, shortest-path passes), kept while the graph is cached, so a
        # repeated check with the same residents and facilities reuses them
        self.memo = Memo()

    @property
    def node_count(self):
        return len(self.node_xy)

    @property
    def edge_count(self):
        return len(self.edge_u)

    @classmethod
    def from_lines(cls, lines, snap_tolerance=0.5, node_crossings=False):
        """lines: sequence of (k, 2) coordinate arrays (one per street line, in metres)."""
        return cls.from_packed(*pack_lines(lines), snap_tolerance, node_crossings)

    @classmethod
    def from_packed(cls, vertices, counts, snap_tolerance=0.5, node_crossings=False):
        """The lines as one (n, 2) array of their vertices one line after the other and each line's vertex count
        (pack_lines): half a million lines without an array each."""
        if node_crossings:
            vertices, counts = pack_lines(_node_crossings(unpack_lines(vertices, counts)))
        keep = counts >= 2
        if not keep.all():
            vertices, counts = vertices[np.repeat(keep, counts)], counts[keep]
        if len(counts) == 0:
            return cls(np.zeros((0, 2)), *(np.zeros(0, dtype=np.int64),) * 2, np.zeros(0), np.zeros(0, dtype=np.int64))
        vertices = np.asarray(vertices, dtype=float)
        node_of_vertex, node_xy = _snap(vertices, snap_tolerance)
        ends = np.cumsum(counts)
        is_segment_start = np.ones(len(vertices), dtype=bool)
        is_segment_start[ends - 1] = False
        first = np.nonzero(is_segment_start)[0]
        u = node_of_vertex[first]
        v = node_of_vertex[first + 1]
        length = np.hypot(*(vertices[first + 1] - vertices[first]).T)
        source = repeat_index(counts - 1)
        valid = np.nonzero(u != v)[0]  # not the segments collapsed by snapping
        valid = valid[_first_of_each_pair(u[valid], v[valid], length[valid])]
        return cls(node_xy, u[valid], v[valid], np.maximum(length[valid], MIN_EDGE), source[valid])

    def matrix(self):
        """The symmetric CSR adjacency matrix of the graph."""
        return undirected_matrix(self.edge_u, self.edge_v, self.edge_length, self.node_count)

    # attaching points
    def _segments_lookup(self):
        """A KD-tree over the midpoints of every segment cut into pieces of at most LOOKUP_SPACING, to find candidate
        segments near a point: every point of a segment lies within half the spacing of one of its samples. (Piece
        midpoints, not the segments' ends: a crossing is not sampled once per street meeting there — a third of the
        samples of the ends and pieces of 40 m, for the same answers.)"""
        if self._segment_index is None:
            from scipy.spatial import cKDTree

            spacing = LOOKUP_SPACING
            a = self.node_xy[self.edge_u]
            b = self.node_xy[self.edge_v]
            pieces = np.maximum(1, np.ceil(self.edge_length / spacing).astype(np.int64))
            edge_of_sample = repeat_index(pieces).astype(np.int32)
            position = _midpoints(pieces)
            samples = a[edge_of_sample] + (b - a)[edge_of_sample] * position[:, None]
            # the sliding-midpoint tree builds in half the time of the balanced one on millions of samples and
            # answers these queries as fast; the candidates it finds are the same
            self._segment_index = (cKDTree(samples, balanced_tree=False), edge_of_sample, spacing)
        return self._segment_index

    def release_lookup(self, keep_below=64 * 2**20):
        """Drop the segment lookup when it is large (about 250 MB on a 1M-segment network): the next attach builds
        it again (seconds), while everything computed with it stays in the memo."""
        if self._segment_index is not None:
            tree, edge_of_sample, _spacing = self._segment_index
            if tree.data.nbytes * 3 + edge_of_sample.nbytes >= keep_below:  # points, tree and index: about 3×
                self._segment_index = None

    def attach(self, points_xy, max_access=100.0) -> Attachment:
        """Every point on its nearest segment (the exact nearest: see _nearest_segments), within max_access."""
        points = np.asarray(points_xy, dtype=float).reshape(-1, 2)
        count = len(points)
        edge = np.full(count, -1, dtype=np.int64)
        t = np.zeros(count)
        access = np.full(count, np.inf)
        if count == 0 or self.edge_count == 0:
            return Attachment(edge, t, access, np.ones(count, dtype=bool), points)
        for begin in range(0, count, ATTACH_CHUNK):  # in chunks: the candidate table of 500,000 points is large
            end = min(begin + ATTACH_CHUNK, count)
            edge[begin:end], t[begin:end], access[begin:end] = self._nearest_segments(points[begin:end], max_access)
        off = ~(access <= max_access)
        edge[off] = -1
        return Attachment(edge, t, np.where(off, np.inf, access), off, points)

    def _nearest_segments(self, points, max_access):
        """(segment, position along it, distance) of each point's nearest segment, inf beyond max_access.

        The candidates are the segments of the point's k nearest lookup samples, measured all at once; of equally
        near ones, one the point meets at an end, then the first drawn (the lowest number). Exact, not a guess: every
        point of a segment lies within half the sample spacing of one of its samples, so when the k-th sample is
        farther than the best distance found plus that half, no other segment can be nearer — for the points where
        it is not, k doubles and they are asked again (few: crossings where many segments meet)."""
        tree, edge_of_sample, spacing = self._segments_lookup()
        count = len(points)
        edge = np.full(count, -1, dtype=np.int64)
        t = np.zeros(count)
        access = np.full(count, np.inf)
        todo = np.arange(count)
        k = FIRST_CANDIDATES
        while len(todo):
            k = min(k, len(edge_of_sample))
            sample_distance, nearest = tree.query(points[todo], k=k, distance_upper_bound=max_access + spacing,
                                                  workers=-1)
            sample_distance, nearest = sample_distance.reshape(len(todo), -1), nearest.reshape(len(todo), -1)
            found = nearest < len(edge_of_sample)
            candidate = edge_of_sample[np.where(found, nearest, 0)]
            a = self.node_xy[self.edge_u[candidate]]
            ab = self.node_xy[self.edge_v[candidate]] - a
            length2 = np.maximum(np.einsum("ijk,ijk->ij", ab, ab), MIN_EDGE ** 2)
            chunk = points[todo]
            position = np.clip(np.einsum("ijk,ijk->ij", chunk[:, None, :] - a, ab) / length2, 0.0, 1.0)
            offset = chunk[:, None, :] - (a + ab * position[:, :, None])  # the point minus its projection
            distance = np.where(found, np.hypot(offset[:, :, 0], offset[:, :, 1]), np.inf)
            rows = np.arange(len(todo))
            best_distance = distance[rows, np.argmin(distance, axis=1)]
            # of equally near segments, one the point meets at its end (a crossing, joined to every street there)
            # before one it meets in the middle (a bridge passing over that crossing); then the first drawn (the
            # lowest number): the same choice whatever the lookup's samples, as every tied segment is a candidate
            tied = distance <= best_distance[:, None] + TIE
            at_end = (position == 0.0) | (position == 1.0)
            rank = np.where(tied, np.where(at_end, 0, 1), 2).astype(np.int64) * (self.edge_count + 1) + candidate
            best = np.argmin(rank, axis=1)
            best_distance = distance[rows, best]
            complete = ~np.isfinite(sample_distance[:, -1]) | (k >= len(edge_of_sample)) | \
                (sample_distance[:, -1] > np.minimum(best_distance, max_access) + spacing / 2.0)
            done = rows[complete & np.isfinite(best_distance)]
            edge[todo[done]] = candidate[done, best[done]]
            t[todo[done]] = position[done, best[done]]
            access[todo[done]] = best_distance[done]
            todo = todo[~complete]
            k *= 2
        return edge, t, access

    # components, for quality checks
    def components(self):
        from scipy.sparse.csgraph import connected_components

        return connected_components(self.matrix(), directed=False)


class Memo:
    """A small least-recently-used store with a memory budget (numpy arrays are counted by their size)."""

    def __init__(self, budget_bytes=768 * 2**20):
        from collections import OrderedDict

        self.budget = budget_bytes
        self.entries = OrderedDict()
        self.sizes = {}

    def get(self, key):
        if key not in self.entries:
            return None
        self.entries.move_to_end(key)
        return self.entries[key]

    def put(self, key, value):
        self.entries[key] = value
        self.entries.move_to_end(key)
        self.sizes[key] = _nbytes(value)
        while sum(self.sizes.values()) > self.budget and len(self.entries) > 1:
            old, _value = self.entries.popitem(last=False)
            self.sizes.pop(old)


def _nbytes(value):
    if isinstance(value, np.ndarray):
        return value.nbytes
    if isinstance(value, (tuple, list)):
        return sum(_nbytes(v) for v in value)
    if hasattr(value, "__dict__"):  # the graph an entry refers to is not part of the entry
        return sum(_nbytes(v) for k, v in vars(value).items() if k != "graph")
    return 64


def undirected_matrix(u, v, weights, node_count):
    """A symmetric CSR matrix of the edges u–v; of parallel edges the shortest wins (tocsr() would add them up).
    Built directly in canonical form (rows in order, columns sorted within a row): one sort of row × n + column."""
    from scipy.sparse import csr_matrix

    u, v = np.asarray(u, dtype=np.int64), np.asarray(v, dtype=np.int64)
    key = np.concatenate([u * node_count + v, v * node_count + u])
    weights = np.concatenate([weights, weights]).astype(float)
    order = np.argsort(key, kind="stable")
    key, weights = key[order], weights[order]
    first = np.ones(len(key), dtype=bool)
    first[1:] = key[1:] != key[:-1]
    starts = np.nonzero(first)[0]
    data = np.minimum.reduceat(weights, starts) if len(starts) else weights
    key = key[starts]
    index_type = np.int32 if max(node_count, len(key)) < 2**31 else np.int64
    indptr = np.concatenate([[0], np.cumsum(np.bincount(key // node_count, minlength=node_count))]).astype(index_type) \
        if node_count else np.zeros(1, dtype=index_type)
    return csr_matrix((data, (key % node_count).astype(index_type), indptr), shape=(node_count, node_count))


def _first_of_each_pair(u, v, length):
    """Positions of the segments to keep, in order: of segments joining the same two nodes (a street drawn twice,
    in two lines or in one) the shortest, so the street is one edge — a point attached to one copy would not see a
    facility attached to the other."""
    low, high = np.minimum(u, v), np.maximum(u, v)
    order = np.lexsort((length, high, low))
    first = np.ones(len(order), dtype=bool)
    first[1:] = (low[order][1:] != low[order][:-1]) | (high[order][1:] != high[order][:-1])
    return np.sort(order[first])


def _midpoints(pieces):
    """The midpoints of p equal pieces of [0, 1] — (i + 0.5) / p for i < p — for every p in pieces, concatenated,
    vectorised."""
    group = repeat_index(pieces)
    starts = np.cumsum(pieces) - pieces
    index = np.arange(len(group)) - starts[group]
    return (index + 0.5) / pieces[group]


def repeat_index(counts):
    """np.repeat(np.arange(len(counts)), counts), without holding Python's GIL (np.repeat does, for a fraction of a
    second per few million values: QGIS froze while the check or the dock's preparation ran in a task). Repeat
    values with values[repeat_index(counts)]."""
    counts = np.asarray(counts, dtype=np.int64).reshape(-1)
    ends = np.cumsum(counts)
    total = int(ends[-1]) if len(ends) else 0
    marks = np.zeros(total, dtype=np.int64)
    starts = ends[:-1]
    np.add.at(marks, starts[starts < total], 1)  # where each next group begins (empty groups add up)
    return np.cumsum(marks)


def _unique_rows(xy):
    """np.unique(xy, axis=0, return_inverse=True) of (n, 2) coordinates — the same rows in the same order, the same
    inverse — by lexsort: np.unique's row sort holds Python's GIL for seconds on a large network, which froze QGIS
    while the check ran as a background task; lexsort releases it (and is faster)."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    order = np.lexsort((xy[:, 1], xy[:, 0]))
    ordered = xy[order]
    new = np.ones(len(xy), dtype=bool)
    new[1:] = (ordered[1:, 0] != ordered[:-1, 0]) | (ordered[1:, 1] != ordered[:-1, 1])
    inverse = np.empty(len(xy), dtype=np.intp)
    inverse[order] = np.cumsum(new) - 1
    return ordered[new], inverse


def _snap(vertices, tolerance):
    """(node index of every vertex, node coordinates): vertices within tolerance of each other become one node."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    unique_xy, inverse = _unique_rows(np.round(vertices, 6))
    if tolerance > 0 and len(unique_xy) > 1:
        pairs = cKDTree(unique_xy).query_pairs(tolerance, output_type="ndarray")
        if len(pairs):
            n = len(unique_xy)
            graph = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
            _count, label = connected_components(graph, directed=False)
            sizes = np.bincount(label)
            # summed in the vertices' order, as np.add.at sums (the same coordinates), in a fraction of its time
            merged_xy = np.column_stack([np.bincount(label, weights=unique_xy[:, axis], minlength=len(sizes))
                                         for axis in (0, 1)]) / sizes[:, None]
            return label[inverse], merged_xy
    return inverse, unique_xy


def _node_crossings(lines):
    """Split lines where they cross without a shared vertex (shapely's unary_union nodes them)."""
    from shapely.geometry import LineString, MultiLineString
    from shapely.ops import unary_union

    geometries = [LineString(line) for line in lines if len(line) >= 2]
    if not geometries:
        return []
    noded = unary_union(MultiLineString(geometries) if len(geometries) > 1 else geometries[0])
    parts = list(noded.geoms) if hasattr(noded, "geoms") else [noded]
    return [np.asarray(part.coords)[:, :2] for part in parts if part.length > 0]
