"""Walking service areas: the street parts within a distance of the nearest facility, cut exactly where the limit
falls inside a segment, and optionally allocated to the facility that is nearest along the street.

Per facility type, only that type's facilities are inserted into the graph (`type_network`), and facilities attached
at the same place count once (`same_place_representatives`): 100,000 facilities of 23 types then split each type's
streets at its own few thousand places, not at every facility of every type. The polygon is dissolved in chunks
(`polygon`), each one GEOS call of bounded size, so a cancel is answered between two of them.
"""

from dataclasses import dataclass

import numpy as np

from complete_community.core.cancellation import raise_if_canceled
from complete_community.core.network.distances import SplitNetwork
from complete_community.core.network.graph import Attachment

SAME_PLACE = 1e-6  # metres along a street: facilities attached closer than this stand at the same place
CHUNK = 1000  # street parts buffered and dissolved in one GEOS call (well under a second), cancel checked between


@dataclass
class StreetParts:
    """Straight street pieces: start and end coordinates, walking distance at both ends, the facility (position in
    the source list) nearest to the piece, and the piece's length."""

    start: np.ndarray  # (n, 2)
    end: np.ndarray  # (n, 2)
    distance_start: np.ndarray
    distance_end: np.ndarray
    facility: np.ndarray

    @property
    def length(self):
        return np.hypot(*(self.end - self.start).T)


def reachable_parts(split, distance, nearest, limit, allocate=False) -> StreetParts:
    """The street parts within limit of a source. Along a segment u–v of length L, the distance at s metres from u
    is min(d_u + s, d_v + L − s): the reachable part is [0, limit − d_u] ∪ [L − (limit − d_v), L]. With allocate,
    each segment is also split where the nearest facility changes: at s* = (d_v + L − d_u) / 2."""
    streets = split.edge_is_street
    u, v, length = split.edge_u[streets], split.edge_v[streets], split.edge_w[streets]
    du, dv = distance[u], distance[v]
    su, sv = nearest[u], nearest[v]
    a_xy, b_xy = split.node_xy[u], split.node_xy[v]
    reach_u = np.clip(limit - du, 0.0, length)  # from u: [0, reach_u]
    reach_v = np.clip(limit - dv, 0.0, length)  # from v: [length − reach_v, length]
    reach_u[~np.isfinite(du)] = 0.0
    reach_v[~np.isfinite(dv)] = 0.0
    pieces = []  # (segment index, s_start, s_end, distance at start, distance at end, facility)
    index = np.arange(len(u))
    whole = reach_u + reach_v >= length
    if allocate:
        # the meeting point of the two nearest facilities, within the segment
        with np.errstate(invalid="ignore"):  # inf − inf where neither end is reached; masked just below
            meet = np.clip((dv + length - du) / 2.0, 0.0, length)
        meet = np.where(np.isfinite(du), meet, 0.0)
        meet = np.where(np.isfinite(dv), meet, length)
        first_end = np.where(whole, meet, reach_u)
        second_start = np.where(whole, meet, length - reach_v)
    else:
        first_end = np.where(whole, length, reach_u)
        second_start = np.where(whole, length, length - reach_v)
    has_first = first_end > 0
    pieces.append((index[has_first], np.zeros(has_first.sum()), first_end[has_first],
                   du[has_first], (du + first_end)[has_first], su[has_first]))
    has_second = second_start < length
    pieces.append((index[has_second], second_start[has_second], length[has_second],
                   (dv + length - second_start)[has_second], dv[has_second], sv[has_second]))
    segment = np.concatenate([p[0] for p in pieces])
    s0 = np.concatenate([p[1] for p in pieces])
    s1 = np.concatenate([p[2] for p in pieces])
    d0 = np.concatenate([p[3] for p in pieces])
    d1 = np.concatenate([p[4] for p in pieces])
    facility = np.concatenate([p[5] for p in pieces])
    keep = s1 - s0 > 1e-9
    segment, s0, s1, d0, d1, facility = (x[keep] for x in (segment, s0, s1, d0, d1, facility))
    direction = (b_xy - a_xy)[segment] / np.maximum(length[segment], 1e-12)[:, None]
    start = a_xy[segment] + direction * s0[:, None]
    end = a_xy[segment] + direction * s1[:, None]
    return StreetParts(start, end, d0, d1, facility)


def same_place_representatives(graph, attachment, members):
    """The facilities (positions in `attachment`) that stand for `members` on the network: off-network ones left out,
    and of those attached at the same place — the same position on the same segment, or the same crossing reached
    from any of its segments — only the one with the shortest access leg (the first of equals), which is at least as
    near to every street as the others. Sorted."""
    members = np.asarray(members, dtype=np.int64)
    members = members[attachment.edge[members] >= 0]
    if len(members) == 0:
        return members
    edge, t = attachment.edge[members], attachment.t[members]
    length = graph.edge_length[edge]
    along = t * length
    # a place: a crossing (node id) when the projection falls on a segment's end, else (segment, metres along it)
    at_u, at_v = along < SAME_PLACE, length - along < SAME_PLACE
    node = np.where(at_u, graph.edge_u[edge], np.where(at_v, graph.edge_v[edge], -1))
    key_edge = np.where(node >= 0, -1 - node, edge)
    key_along = np.where(node >= 0, 0, np.floor(along / SAME_PLACE)).astype(np.int64)
    order = np.lexsort((members, attachment.access[members], key_along, key_edge))
    first = np.ones(len(order), dtype=bool)
    first[1:] = (key_edge[order][1:] != key_edge[order][:-1]) | (key_along[order][1:] != key_along[order][:-1])
    return np.sort(members[order[first]])


def subset(attachment, rows):
    """The attachment of some of its points."""
    return Attachment(attachment.edge[rows], attachment.t[rows], attachment.access[rows],
                      attachment.off_network[rows], attachment.xy[rows] if attachment.xy is not None else None)


def type_network(graph, attachment, members):
    """(split network, representatives): the graph with just the representatives of `members` inserted (see
    same_place_representatives); the split network's group 0 are the representatives, in that order."""
    representatives = same_place_representatives(graph, attachment, members)
    return SplitNetwork(graph, [subset(attachment, representatives)]), representatives


def polygon(parts: StreetParts, width, is_canceled=None, chunk=CHUNK):
    """One polygon: the reachable street parts buffered by width metres on each side, dissolved. In chunks of
    neighbouring parts (`chunk` parts each), then the chunks' shapes merged pairwise; is_canceled is asked between
    any two of these steps."""
    from shapely.geometry import LineString
    from shapely.ops import unary_union

    count = len(parts.start)
    if count == 0:
        return None
    is_canceled = is_canceled or (lambda: False)
    order = _spatial_order((parts.start + parts.end) / 2.0, chunk)
    shapes = []
    for begin in range(0, count, chunk):
        raise_if_canceled(is_canceled)
        rows = order[begin:begin + chunk]
        shapes.append(unary_union([LineString([tuple(a), tuple(b)]).buffer(width, resolution=4)
                                   for a, b in zip(parts.start[rows].tolist(), parts.end[rows].tolist())]))
    while len(shapes) > 1:  # neighbours in the spatial order merged in pairs, level by level
        merged = []
        for pair in range(0, len(shapes), 2):
            raise_if_canceled(is_canceled)
            merged.append(unary_union(shapes[pair:pair + 2]) if pair + 1 < len(shapes) else shapes[pair])
        shapes = merged
    return shapes[0]


def _spatial_order(xy, chunk):
    """An order of the points in which consecutive runs of `chunk` points lie close together: tiles of about `chunk`
    points each, row by row, alternate rows reversed (so consecutive tiles are neighbours)."""
    count = len(xy)
    if count <= chunk:
        return np.arange(count)
    low, high = xy.min(axis=0), xy.max(axis=0)
    tiles_per_side = max(1, int(np.ceil(np.sqrt(count / chunk))))
    size = np.maximum((high - low) / tiles_per_side, 1e-9)
    column = np.minimum(((xy[:, 0] - low[0]) / size[0]).astype(np.int64), tiles_per_side - 1)
    row = np.minimum(((xy[:, 1] - low[1]) / size[1]).astype(np.int64), tiles_per_side - 1)
    column = np.where(row % 2 == 1, tiles_per_side - 1 - column, column)
    return np.lexsort((xy[:, 0], column, row))
