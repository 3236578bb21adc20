"""Walking distances on the street network: the check's DistanceBackend (core/check/distances.py) when a network
is given.

Facilities are inserted into the graph: their projections split the segments they fall on and each keeps its access
leg. Per facility set, one multi-source Dijkstra (scipy, limited to the distance asked for) gives every node its
distance to the nearest facility; a query point (a resident sample, a community anchor) then reads its distance off
the two nodes around its own projection — exact along a partly walked segment, also when a facility sits on the
same segment — plus its access leg. Query points are never inserted, so hundreds of thousands of residents do not
grow the graph.
"""

import numpy as np

from complete_community.core.cancellation import raise_if_canceled
from complete_community.core.check.model import NETWORK
from complete_community.core.network.graph import MIN_EDGE, undirected_matrix

K_NEAREST_BATCH = 64  # sources walked together when each source's k nearest are searched within a limit
K_NEAREST_CELLS = 4_000_000  # without a limit: sources × nodes of one batch's distance table
POINT_BATCH = 32  # points whose reach is walked together (reach_from_points)


class SplitNetwork:
    """The graph with every attached point inserted as a node: projection nodes on the split segments, plus one
    node per point linked to its projection by the access leg."""

    def __init__(self, graph, attachments):
        """attachments: list of Attachment, one per group of points (e.g. queries, facilities)."""
        self.graph = graph
        counts = [len(a.edge) for a in attachments]
        total = sum(counts)
        base = graph.node_count
        edge = np.concatenate([a.edge for a in attachments]) if attachments else np.zeros(0, dtype=np.int64)
        t = np.concatenate([a.t for a in attachments]) if attachments else np.zeros(0)
        access = np.concatenate([a.access for a in attachments]) if attachments else np.zeros(0)
        on = edge >= 0
        # node ids: graph nodes, then one projection node and one point node per attached point
        projection_node = np.full(total, -1, dtype=np.int64)
        point_node = np.full(total, -1, dtype=np.int64)
        attached = np.nonzero(on)[0]
        projection_node[attached] = base + np.arange(len(attached))
        point_node[attached] = base + len(attached) + np.arange(len(attached))
        node_count = base + 2 * len(attached)

        # split every segment that has projections on it into a chain ordered by position
        order = attached[np.lexsort((t[attached], edge[attached]))]
        seg = edge[order]
        pos = t[order]
        nodes = projection_node[order]
        length = graph.edge_length[seg]
        new_u, new_v, new_w = [], [], []
        if len(order):
            first_of_edge = np.ones(len(order), dtype=bool)
            first_of_edge[1:] = seg[1:] != seg[:-1]
            last_of_edge = np.ones(len(order), dtype=bool)
            last_of_edge[:-1] = seg[1:] != seg[:-1]
            # start node → first projection
            new_u.append(graph.edge_u[seg[first_of_edge]])
            new_v.append(nodes[first_of_edge])
            new_w.append(pos[first_of_edge] * length[first_of_edge])
            # projection → next projection on the same segment
            inner = ~last_of_edge
            new_u.append(nodes[inner])
            new_v.append(nodes[np.nonzero(inner)[0] + 1])
            new_w.append((pos[np.nonzero(inner)[0] + 1] - pos[inner]) * length[inner])
            # last projection → end node
            new_u.append(nodes[last_of_edge])
            new_v.append(graph.edge_v[seg[last_of_edge]])
            new_w.append((1.0 - pos[last_of_edge]) * length[last_of_edge])
        street_count = sum(len(part) for part in new_u)
        # access legs
        new_u.append(projection_node[attached])
        new_v.append(point_node[attached])
        new_w.append(access[attached])
        split = np.zeros(graph.edge_count, dtype=bool)
        split[np.unique(seg)] = True
        keep = ~split
        u = np.concatenate([graph.edge_u[keep]] + new_u)
        v = np.concatenate([graph.edge_v[keep]] + new_v)
        w = np.maximum(np.concatenate([graph.edge_length[keep]] + new_w), MIN_EDGE)
        # every edge of the split graph, and whether it is a street part (not an access leg), for service areas
        self.edge_u, self.edge_v, self.edge_w = u, v, w
        self.edge_is_street = np.ones(len(u), dtype=bool)
        self.edge_is_street[int(keep.sum()) + street_count:] = False
        points_xy = np.concatenate([a.xy for a in attachments]) if attachments else np.zeros((0, 2))
        a_xy = graph.node_xy[graph.edge_u[np.maximum(edge, 0)]]
        b_xy = graph.node_xy[graph.edge_v[np.maximum(edge, 0)]]
        projection_xy = a_xy + (b_xy - a_xy) * t[:, None]
        self.node_xy = np.vstack([graph.node_xy, projection_xy[attached], points_xy[attached]])
        self.matrix = undirected_matrix(u, v, w, node_count)
        self.point_node = point_node
        self.offsets = np.concatenate([[0], np.cumsum(counts)])
        # the projections in segment order, for reading distances at points that are not in the graph
        self.split_edge = seg
        self.split_t = pos
        self.split_node = nodes
        self._split_key = seg + pos * (1.0 - 1e-9)
        self._around_of = None  # (attachment, what _around found for it): the last one asked about
        self._by_x = None  # (node order by x, those x, stretch): for _nodes_near

    def _around(self, attachment):
        """For the attached points (rows `on`): the nodes just before and after each point's projection on its
        segment (the segment's ends, or inserted projections), and how far along the segment the point is from
        each of them."""
        if self._around_of is not None and self._around_of[0] is attachment:  # the queries, asked about again
            return self._around_of[1]
        graph = self.graph
        on = np.nonzero(attachment.edge >= 0)[0]
        edge, t = attachment.edge[on], attachment.t[on]
        length = graph.edge_length[edge]
        position = np.searchsorted(self._split_key, edge + t * (1.0 - 1e-9), side="right")
        has_left = position > 0
        left_index = np.maximum(position - 1, 0)
        has_left &= (self.split_edge[left_index] == edge) if len(self.split_edge) else False
        has_right = position < len(self.split_edge)
        right_index = np.minimum(position, max(len(self.split_edge) - 1, 0))
        has_right &= (self.split_edge[right_index] == edge) if len(self.split_edge) else False
        left_node = np.where(has_left, self.split_node[left_index] if len(self.split_node) else 0, graph.edge_u[edge])
        left_t = np.where(has_left, self.split_t[left_index] if len(self.split_t) else 0.0, 0.0)
        right_node = np.where(has_right, self.split_node[right_index] if len(self.split_node) else 0,
                              graph.edge_v[edge])
        right_t = np.where(has_right, self.split_t[right_index] if len(self.split_t) else 1.0, 1.0)
        around = on, left_node, right_node, (t - left_t) * length, (right_t - t) * length
        self._around_of = (attachment, around)
        return around

    def distances_at(self, attachment, node_distance, node_nearest):
        """Distance and nearest source (as node_distances gives them) for points attached but not inserted in the
        graph: the better of the two nodes around the point's projection on its segment, plus the access leg (inf and
        -1 when off-network)."""
        count = len(attachment.edge)
        distance = np.full(count, np.inf)
        source = np.full(count, -1, dtype=np.int64)
        on, left_node, right_node, to_left, to_right = self._around(attachment)
        if len(on) == 0:
            return distance, source
        via_left = node_distance[left_node] + to_left
        via_right = node_distance[right_node] + to_right
        left_better = via_left <= via_right
        distance[on] = np.where(left_better, via_left, via_right) + attachment.access[on]
        source[on] = np.where(left_better, node_nearest[left_node], node_nearest[right_node])
        return distance, source

    def k_nearest_node_distances(self, source_nodes, k, limit, is_canceled=None):
        """For every node: the distances to its k nearest distinct sources within limit, sorted (inf where fewer),
        and those sources' positions in source_nodes (-1); of equally near sources, the first in source_nodes.

        Sources are taken in batches of neighbours. Every shortest path of at most limit from a source of the batch
        runs through nodes within limit of it as the crow flies (_nodes_near), so the exact distances from each
        source of the batch are computed on that small subgraph; each node then keeps its k nearest of those found so
        far. Without a limit, each batch walks the whole graph."""
        from scipy.sparse.csgraph import dijkstra

        count = self.matrix.shape[0]
        distance = np.full((count, k), np.inf)
        nearest = np.full((count, k), -1, dtype=np.int64)
        positions = np.nonzero(np.asarray(source_nodes) >= 0)[0]
        if len(positions) == 0:
            return distance, nearest
        nodes = np.asarray(source_nodes)[positions]
        xy = self.node_xy[nodes]
        if np.isfinite(limit):  # strips as wide as a source's reach, each from south to north: compact batches
            strip = np.floor((xy[:, 0] - xy[:, 0].min()) / max(2.0 * limit, 1.0))
            batch = K_NEAREST_BATCH
        else:
            strip = np.zeros(len(nodes))
            batch = max(1, min(K_NEAREST_BATCH, K_NEAREST_CELLS // count))
        order = np.lexsort((xy[:, 0], xy[:, 1], strip))
        positions, nodes = positions[order], nodes[order]
        for begin in range(0, len(nodes), batch):
            if is_canceled is not None:
                raise_if_canceled(is_canceled)
            batch_nodes, batch_positions = nodes[begin:begin + batch], positions[begin:begin + batch]
            if np.isfinite(limit):  # on the nodes within limit of the batch as the crow flies (see _nodes_near)
                ball = self._nodes_near(batch_nodes, limit)
                paths = dijkstra(self.matrix[ball][:, ball], directed=True, indices=np.searchsorted(ball, batch_nodes),
                                 limit=limit)
            else:
                ball, paths = None, dijkstra(self.matrix, directed=True, indices=batch_nodes, limit=limit)
            row, column = np.nonzero(np.isfinite(paths))
            found = ball[column] if ball is not None else column
            _keep_nearest(distance, nearest, found, batch_positions[row], paths[row, column], k)
        return distance, nearest

    def kth_distances_at(self, attachment, node_distance, node_nearest, k):
        """The distance of each attached point to its k-th nearest distinct source (inf when fewer within reach),
        read off the k nearest of the two nodes around its projection, plus its access leg."""
        count = len(attachment.edge)
        result = np.full(count, np.inf)
        on, left_node, right_node, to_left, to_right = self._around(attachment)
        if len(on) == 0:
            return result
        # every point's 2 k candidates: (distance through the left or right node, source), nearest first
        value = np.concatenate([node_distance[left_node] + to_left[:, None],
                                node_distance[right_node] + to_right[:, None]], axis=1)
        source = np.concatenate([node_nearest[left_node], node_nearest[right_node]], axis=1)
        value[source < 0] = np.inf
        order = np.argsort(value, axis=1, kind="stable")
        value = np.take_along_axis(value, order, axis=1)
        source = np.take_along_axis(source, order, axis=1)
        # a source counts once, at its nearest: later candidates of the same source are left out
        counted = (source >= 0) & np.isfinite(value)
        for column in range(1, source.shape[1]):
            counted[:, column] &= ~(source[:, :column] == source[:, column:column + 1]).any(axis=1)
        rank = np.cumsum(counted, axis=1)
        hit = counted & (rank == k)
        has = hit.any(axis=1)
        column = np.argmax(hit, axis=1)
        rows = np.nonzero(has)[0]
        result[on[rows]] = value[rows, column[rows]] + attachment.access[on[rows]]
        return result

    def reach_from_points(self, attachment, rows, source_nodes, limit, batch=POINT_BATCH):
        """For the attached points `rows` (not inserted in the graph): every source (position in source_nodes) within
        limit along the streets, as (row, source position, distance) arrays — the distance the same as the walk from
        the source gives (distances_at), access legs of both included. Points are taken in batches of neighbours:
        the exact distances from each point — from a node of its own joined to the two nodes around its projection — are
        computed on the subgraph of the nodes within limit of those, as the crow flies, only."""
        from scipy.sparse.csgraph import dijkstra

        rows = np.asarray(rows, dtype=np.int64)
        on, left_node, right_node, to_left, to_right = self._around(attachment)
        mine = np.isin(on, rows)
        on, left_node, right_node, to_left, to_right = (a[mine] for a in (on, left_node, right_node, to_left,
                                                                          to_right))
        source_nodes = np.asarray(source_nodes)
        position_of_node = np.full(self.matrix.shape[0], -1, dtype=np.int64)
        valid = np.nonzero(source_nodes >= 0)[0]
        position_of_node[source_nodes[valid]] = valid
        found_row, found_position, found_distance = [], [], []
        if len(on) and len(valid):
            xy = attachment.xy[on]
            strip = np.floor((xy[:, 0] - xy[:, 0].min()) / max(2.0 * limit, 1.0)) if np.isfinite(limit) else \
                np.zeros(len(on))
            order = np.lexsort((xy[:, 0], xy[:, 1], strip))
            for begin in range(0, len(order), batch):
                take = order[begin:begin + batch]
                # the walks stay within limit of the nodes around the points, as the crow flies too (a street is
                # never shorter than the straight line): those nodes' box is the subgraph they are walked on
                ball = self._nodes_near(np.concatenate([left_node[take], right_node[take]]), limit)
                # each point walks from one node of its own, joined to the two around its projection: one walk per
                # point instead of two
                paths = dijkstra(_with_start_nodes(self.matrix[ball][:, ball], np.searchsorted(ball, left_node[take]),
                                                   np.searchsorted(ball, right_node[take]), to_left[take],
                                                   to_right[take]),
                                 directed=True, indices=len(ball) + np.arange(len(take)), limit=limit)
                columns = np.nonzero(position_of_node[ball] >= 0)[0]
                value = paths[:, columns] + attachment.access[on[take]][:, None]
                point, column = np.nonzero(value <= limit)
                found_row.append(on[take][point])
                found_position.append(position_of_node[ball[columns[column]]])
                found_distance.append(value[point, column])
        if not found_row:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
        return np.concatenate(found_row), np.concatenate(found_position), np.concatenate(found_distance)

    def _nodes_near(self, nodes, limit):
        """The nodes (sorted) in the box around the given nodes widened by limit: every node a walk of at most limit
        from one of them can reach, as a walk is never shorter than the straight line; all nodes without a limit.
        (Snapping moves line ends by up to its tolerance, so a segment may be a little shorter than the straight line
        between its nodes: the box is widened by the most any segment is, its `stretch`.)"""
        if not np.isfinite(limit):
            return np.arange(self.matrix.shape[0])
        if self._by_x is None:
            order = np.argsort(self.node_xy[:, 0], kind="stable")
            straight = np.hypot(*(self.node_xy[self.edge_u] - self.node_xy[self.edge_v]).T)
            stretch = float(np.max(straight / self.edge_w)) if len(self.edge_w) else 1.0
            self._by_x = (order, self.node_xy[order, 0], max(1.0, stretch) * (1.0 + 1e-9))
        order, xs, stretch = self._by_x
        reach = limit * stretch
        low, high = self.node_xy[nodes].min(axis=0) - reach, self.node_xy[nodes].max(axis=0) + reach
        candidates = order[np.searchsorted(xs, low[0], side="left"):np.searchsorted(xs, high[0], side="right")]
        y = self.node_xy[candidates, 1]
        return np.sort(candidates[(y >= low[1]) & (y <= high[1])])

    def reach_to_points(self, attachment, source_nodes, limit, is_canceled=None):
        """Every attached point (not inserted in the graph) within limit of each source along the streets, as (point
        row, source position in source_nodes, distance) arrays — the distance the same as the walk from that source
        alone gives (distances_at), access legs of both included. The counterpart of reach_from_points for many
        points and fewer sources (residents and candidate sites): sources are walked in batches of neighbours, each
        batch's exact distances computed on the subgraph within limit of any of them (see
        k_nearest_node_distances), then read off at the points whose segment ends lie in that subgraph."""
        from scipy.sparse.csgraph import dijkstra

        source_nodes = np.asarray(source_nodes)
        on, left_node, right_node, to_left, to_right = self._around(attachment)
        positions = np.nonzero(source_nodes >= 0)[0]
        empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0))
        if len(positions) == 0 or len(on) == 0 or not np.isfinite(limit):
            return empty
        nodes = source_nodes[positions]
        xy = self.node_xy[nodes]
        strip = np.floor((xy[:, 0] - xy[:, 0].min()) / max(2.0 * limit, 1.0))
        order = np.lexsort((xy[:, 0], xy[:, 1], strip))
        positions, nodes = positions[order], nodes[order]
        local = np.full(self.matrix.shape[0], -1, dtype=np.int64)
        found_row, found_position, found_distance = [], [], []
        for begin in range(0, len(nodes), K_NEAREST_BATCH):
            if is_canceled is not None:
                raise_if_canceled(is_canceled)
            batch = slice(begin, begin + K_NEAREST_BATCH)
            batch_nodes, batch_positions = nodes[batch], positions[batch]
            reach = dijkstra(self.matrix, directed=True, indices=batch_nodes, limit=limit, min_only=True)
            ball = np.nonzero(np.isfinite(reach))[0]
            del reach
            paths = np.atleast_2d(dijkstra(self.matrix[ball][:, ball], directed=True,
                                           indices=np.searchsorted(ball, batch_nodes), limit=limit))
            local[ball] = np.arange(len(ball))
            left_at, right_at = local[left_node], local[right_node]
            touched = np.nonzero((left_at >= 0) | (right_at >= 0))[0]
            if len(touched):
                left_t, right_t = left_at[touched], right_at[touched]
                via_left = np.where(left_t >= 0, paths[:, np.maximum(left_t, 0)], np.inf) + to_left[touched]
                via_right = np.where(right_t >= 0, paths[:, np.maximum(right_t, 0)], np.inf) + to_right[touched]
                value = np.minimum(via_left, via_right) + attachment.access[on[touched]]
                source, point = np.nonzero(value <= limit)
                found_row.append(on[touched][point])
                found_position.append(batch_positions[source])
                found_distance.append(value[source, point])
            local[ball] = -1
        if not found_row:
            return empty
        return np.concatenate(found_row), np.concatenate(found_position), np.concatenate(found_distance)

    def group_nodes(self, group):
        return self.point_node[self.offsets[group]:self.offsets[group + 1]]

    def node_distances(self, source_nodes, limit):
        """One multi-source shortest-path pass: for every node of the split network, the distance to the nearest of
        source_nodes within limit (inf beyond) and that source's position in source_nodes (-1 when none; sources
        that are -1, off the network, never win)."""
        from scipy.sparse.csgraph import dijkstra

        count = self.matrix.shape[0]
        valid = np.nonzero(source_nodes >= 0)[0]
        if len(valid) == 0:
            return np.full(count, np.inf), np.full(count, -1, dtype=np.int32)
        # the matrix holds both directions of every street: walked as directed, scipy need not transpose it each time
        distance, _pred, source = dijkstra(self.matrix, directed=True, indices=source_nodes[valid], limit=limit,
                                           min_only=True, return_predecessors=True)
        position_of_node = np.full(count, -1, dtype=np.int32)
        position_of_node[source_nodes[valid]] = valid
        return distance, np.where(source >= 0, position_of_node[np.maximum(source, 0)], -1).astype(np.int32)

    def nearest(self, source_nodes, target_nodes, limit):
        """For every target node: distance to the nearest source node within limit (inf otherwise) and the position
        of that source in source_nodes (-1 otherwise)."""
        distance, nearest = self.node_distances(source_nodes, limit)
        target_ok = target_nodes >= 0
        result = np.full(len(target_nodes), np.inf)
        position = np.full(len(target_nodes), -1, dtype=np.int64)
        result[target_ok] = distance[target_nodes[target_ok]]
        position[target_ok] = nearest[target_nodes[target_ok]]
        return result, position


def _with_start_nodes(matrix, left, right, to_left, to_right):
    """The CSR matrix with one node more per point, after the others: from it one edge to the point's left node and
    one to its right node, as long as the walk along the segment to each (none leads to it)."""
    from scipy.sparse import csr_matrix

    count, extra = matrix.shape[0], len(left)
    indptr = np.concatenate([matrix.indptr, matrix.indptr[-1] + 2 * np.arange(1, extra + 1)])
    indices = np.concatenate([matrix.indices, np.column_stack([left, right]).ravel()]).astype(matrix.indices.dtype)
    data = np.concatenate([matrix.data, np.column_stack([to_left, to_right]).ravel()])
    return csr_matrix((data, indices, indptr.astype(matrix.indptr.dtype)), shape=(count + extra, count + extra))


def _keep_nearest(distance, nearest, node, position, value, k):
    """Merge newly found (node, source position, distance) into each node's k nearest (distance, nearest: (n, k),
    sorted, inf and -1 where empty), in place; of equal distances the smaller position first."""
    touched = np.unique(node)
    held = np.isfinite(distance[touched])
    held_node = np.broadcast_to(touched[:, None], held.shape)[held]
    node = np.concatenate([node, held_node])
    position = np.concatenate([position, nearest[touched][held]])
    value = np.concatenate([value, distance[touched][held]])
    order = np.lexsort((position, value, node))
    node, position, value = node[order], position[order], value[order]
    starts = np.ones(len(node), dtype=bool)
    starts[1:] = node[1:] != node[:-1]
    rank = np.arange(len(node)) - np.maximum.accumulate(np.where(starts, np.arange(len(node)), 0))
    keep = rank < k
    distance[touched] = np.inf
    nearest[touched] = -1
    distance[node[keep], rank[keep]] = value[keep]
    nearest[node[keep], rank[keep]] = position[keep]


def digest(array):
    """A short fingerprint of an array's contents, for memo keys."""
    import hashlib

    array = np.ascontiguousarray(array)
    return hashlib.blake2b(array.tobytes(), digest_size=16).hexdigest() + str(array.shape)


class NetworkDistances:
    """The DistanceBackend on the walking network."""

    method = NETWORK

    ANCHOR_MAX_ACCESS = 2000.0  # metres: a community's anchor point only gives evidence, it may sit deep in a block

    def __init__(self, graph, query_xy, max_access=100.0, anchors_from=None):
        """anchors_from: index of the first query point that is a community anchor (attached with a larger bound,
        so that 'the nearest facility' can be told even from the middle of a large block)."""
        self.graph = graph
        self.query_xy = np.asarray(query_xy, dtype=float).reshape(-1, 2)
        self.max_access = max_access
        key = ("queries", digest(self.query_xy), max_access, anchors_from)
        self.query_attachment = graph.memo.get(key)
        if self.query_attachment is None:
            self.query_attachment = graph.attach(self.query_xy, max_access)
            if anchors_from is not None and anchors_from < len(self.query_xy):
                anchors = graph.attach(self.query_xy[anchors_from:], max(max_access, self.ANCHOR_MAX_ACCESS))
                for name in ("edge", "t", "access", "off_network"):
                    getattr(self.query_attachment, name)[anchors_from:] = getattr(anchors, name)
            graph.memo.put(key, self.query_attachment)
        self.samples = anchors_from if anchors_from is not None else len(self.query_xy)
        self.facility_attachment = None
        self.split = None
        self._anchor_reach = None  # (distance walked, what anchor_reach found)

    def prepare(self, facility_xy):
        facility_xy = np.asarray(facility_xy, dtype=float).reshape(-1, 2)
        key = ("facilities", digest(facility_xy), self.max_access)
        prepared = self.graph.memo.get(key)
        if prepared is None:
            attachment = self.graph.attach(facility_xy, self.max_access)
            prepared = (attachment, SplitNetwork(self.graph, [attachment]))
            self.graph.memo.put(key, prepared)
        self.graph.release_lookup()  # every point is attached now: its memory is the shortest paths' from here on
        self.facility_attachment, self.split = prepared
        self.split_key = key
        self._anchor_reach = None

    @property
    def off_network_queries(self):
        """Resident sample points (not anchors) too far from any street."""
        return int(self.query_attachment.off_network[:self.samples].sum())

    @property
    def off_network_facilities(self):
        return int(self.facility_attachment.off_network.sum()) if self.facility_attachment is not None else 0

    def kth_nearest(self, facility_indices, k, max_distance=np.inf):
        """See DistanceBackend.kth_nearest: along the streets, access legs included."""
        facility_indices = np.asarray(facility_indices, dtype=np.int64)
        count = len(self.query_xy)
        sources = self.split.group_nodes(0)[facility_indices] if len(facility_indices) else np.zeros(0, np.int64)
        if (sources >= 0).sum() < k:
            return np.full(count, np.inf)
        key = ("k paths", self.split_key, digest(sources), k, float(max_distance))
        paths = self.graph.memo.get(key)
        if paths is None:
            paths = self.split.k_nearest_node_distances(sources, k, max_distance)
            self.graph.memo.put(key, paths)
        distance = self.split.kth_distances_at(self.query_attachment, *paths, k)
        return np.where(distance <= max_distance, distance, np.inf)

    def nearest(self, facility_indices, max_distance=np.inf, samples_max_distance=None):
        """See DistanceBackend.nearest: distances along the streets, access legs included.

        With samples_max_distance below max_distance, the walk from the facilities goes only that far (a walking
        reach instead of the kilometres of evidence asked for the anchors): every point whose distance is within it
        gets it exactly; the anchors farther away get theirs from the walks out of the anchors themselves
        (anchor_reach), done once for all facilities."""
        facility_indices = np.asarray(facility_indices, dtype=np.int64)
        count = len(self.query_xy)
        sources = self.split.group_nodes(0)[facility_indices] if len(facility_indices) else np.zeros(0, np.int64)
        if not (sources >= 0).any():
            return np.full(count, np.inf), np.full(count, -1, dtype=np.int64)
        # without a bound the anchors' walks would cover the whole graph each: then one walk from the facilities
        limit = max_distance if samples_max_distance is None or not np.isfinite(max_distance) else \
            min(samples_max_distance, max_distance)
        if limit > 0:
            key = ("paths", self.split_key, digest(sources), float(limit))
            paths = self.graph.memo.get(key)
            if paths is None:
                paths = self.split.node_distances(sources, limit)
                self.graph.memo.put(key, paths)
            distance, position = self.split.distances_at(self.query_attachment, *paths)
        else:  # only the anchors are asked about (nothing is within no distance: access legs are never 0)
            distance, position = np.full(count, np.inf), np.full(count, -1, dtype=np.int64)
        within = distance <= limit
        distance, position = np.where(within, distance, np.inf), np.where(within, position, -1)
        if limit < max_distance and self.samples < count:
            # a distance found within the limit is exact; the anchors beyond it: from their own walks
            farther = self.samples + np.nonzero(~within[self.samples:])[0]
            distance[farther], position[farther] = self._anchor_nearest(farther, facility_indices, max_distance)
        return distance, position

    def pairs_within(self, facility_indices, max_distance, is_canceled=None):
        """See DistanceBackend.pairs_within: along the streets, access legs included."""
        facility_indices = np.asarray(facility_indices, dtype=np.int64)
        sources = self.split.group_nodes(0)[facility_indices] if len(facility_indices) else np.zeros(0, np.int64)
        return self.split.reach_to_points(self.query_attachment, sources, float(max_distance), is_canceled)

    def _anchor_nearest(self, rows, facility_indices, max_distance):
        """(distance, position in facility_indices) of the nearest of facility_indices to each anchor row, within
        max_distance (inf and -1 beyond), from the facilities the anchors reach (anchor_reach)."""
        row, facility, value = self.anchor_reach(max_distance)
        in_set = np.full(len(self.split.group_nodes(0)), -1, dtype=np.int64)
        in_set[facility_indices] = np.arange(len(facility_indices))
        wanted = np.zeros(len(self.query_xy), dtype=bool)
        wanted[rows] = True
        keep = wanted[row] & (in_set[facility] >= 0) & (value <= max_distance)
        row, position, value = row[keep], in_set[facility[keep]], value[keep]
        order = np.lexsort((position, value, row))  # per anchor the nearest, of equals the first in the set
        row, position, value = row[order], position[order], value[order]
        first = np.ones(len(row), dtype=bool)
        first[1:] = row[1:] != row[:-1]
        distance = np.full(len(self.query_xy), np.inf)
        nearest = np.full(len(self.query_xy), -1, dtype=np.int64)
        distance[row[first]], nearest[row[first]] = value[first], position[first]
        return distance[rows], nearest[rows]

    def anchor_reach(self, max_distance):
        """(anchor row, facility index, distance) for every facility within max_distance of each anchor, access legs
        of both included; walked once from the anchors (kept for the largest distance asked so far)."""
        if self._anchor_reach is None or self._anchor_reach[0] < max_distance:
            # the rows found are rows of the query points: the same anchors after another number of samples (the
            # same communities checked again with a residents layer) are other rows
            key = ("anchor reach", self.split_key, digest(self.query_xy[self.samples:]), self.samples,
                   float(max_distance))
            found = self.graph.memo.get(key)
            if found is None:
                rows = np.arange(self.samples, len(self.query_xy))
                found = self.split.reach_from_points(self.query_attachment, rows, self.split.group_nodes(0),
                                                     max_distance)
                self.graph.memo.put(key, found)
            self._anchor_reach = (max_distance, found)
        return self._anchor_reach[1]
