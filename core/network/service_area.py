"""Walking service areas: the street parts within a distance of the nearest facility, cut exactly where the limit
falls inside a segment, and optionally allocated to the facility that is nearest along the street."""

from dataclasses import dataclass

import numpy as np


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


def polygon(parts: StreetParts, width):
    """One polygon: the reachable street parts buffered by width metres on each side, dissolved."""
    from shapely.geometry import LineString
    from shapely.ops import unary_union

    if len(parts.start) == 0:
        return None
    lines = [LineString([tuple(a), tuple(b)]) for a, b in zip(parts.start, parts.end)]
    return unary_union([line.buffer(width, resolution=4) for line in lines])
