"""The units a district is drawn from: their population, the walking distances between them and who neighbours whom.

Population of a unit: its population when known, else households × persons per household, else floor area ×
persons per m² (both rates are the caller's parameters). Neighbours: two units are neighbours when the gap between
their shapes is at most the link distance (0: they touch; a street's width: blocks across a street; for building
points the distance between them) and — when a walking network is given and they do not touch — a walk links their
standing points within the distance table's limit; never when the straight segment between their standing points
crosses a barrier line, nor when they stand in different upper boundaries. Distances go through the check's one
interface (core/check/distances.py `pairs_within`: straight lines or the walking network)."""

from dataclasses import dataclass
from typing import Dict, List, Optional

import numpy as np

from complete_community.core.cancellation import raise_if_canceled

TOUCH = 1e-6  # m: shapes closer than this touch


@dataclass
class Band:
    """The profile's population band and walking reach (metres), read from the profile, never written here."""

    minimum: float
    maximum: float
    reach: float  # metres: the walking reach (minutes × walking speed)

    @classmethod
    def of(cls, profile, reach_minutes=None):
        minutes = reach_minutes if reach_minutes is not None else float(profile.reach.value)
        return cls(float(profile.population_min.value), float(profile.population_max.value),
                   minutes * float(profile.walk_speed.value))

    def status(self, population):
        """-1 below the band, 0 in it, 1 above it."""
        return -1 if population < self.minimum else (1 if population > self.maximum else 0)


def unit_population(population, households=None, floor_area=None, persons_per_household=None, persons_per_m2=None):
    """Per unit: (population, where it came from: 'population' | 'households' | 'floor_area' | ''). A value counts
    when it is a finite number ≥ 0; the first known of population, households × persons per household, floor area ×
    persons per m² is taken; nan when none is known."""
    population = np.asarray(population, dtype=float)
    count = len(population)
    result = np.full(count, np.nan)
    source = np.full(count, "", dtype=object)

    def take(values, rate, name):
        if values is None or rate is None:
            return
        values = np.asarray(values, dtype=float) * float(rate)
        usable = np.isnan(result) & np.isfinite(values) & (values >= 0)
        result[usable] = values[usable]
        source[usable] = name

    take(population, 1.0, "population")
    take(households, persons_per_household, "households")
    take(floor_area, persons_per_m2, "floor_area")
    return result, source


def walk_matrix(backend, count, limit):
    """The distances (m) between units within limit as a symmetric CSR matrix (the shorter of the two directions),
    every unit at 0 from itself; pairs farther than limit are absent. backend: a DistanceBackend whose query points
    and facilities are both the units' standing points."""
    from scipy.sparse import coo_matrix

    query, facility, distance = backend.pairs_within(np.arange(count), limit)
    rows = np.concatenate([query, facility, np.arange(count)])
    cols = np.concatenate([facility, query, np.arange(count)])
    values = np.concatenate([distance, distance, np.zeros(count)])
    order = np.lexsort((values, cols, rows))
    rows, cols, values = rows[order], cols[order], values[order]
    first = np.ones(len(rows), dtype=bool)
    first[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
    # stored values are shifted by 1 m so that a distance of 0 is not dropped as an empty cell
    matrix = coo_matrix((values[first] + 1.0, (rows[first], cols[first])), shape=(count, count)).tocsr()
    matrix.sort_indices()
    return matrix


def lookup(matrix, row, columns):
    """Distances from unit row to the units columns read off walk_matrix (inf where farther than its limit)."""
    start, end = matrix.indptr[row], matrix.indptr[row + 1]
    indices, data = matrix.indices[start:end], matrix.data[start:end]
    columns = np.asarray(columns, dtype=np.int64)
    position = np.minimum(np.searchsorted(indices, columns), max(len(indices) - 1, 0))
    found = (indices[position] == columns) if len(indices) else np.zeros(len(columns), dtype=bool)
    return np.where(found, data[position] - 1.0 if len(data) else np.inf, np.inf)


@dataclass
class Neighbours:
    first: np.ndarray  # (pairs,) unit indices, first < second
    second: np.ndarray
    cut_by_barriers: int  # pairs close enough that a barrier keeps apart
    cut_by_boundaries: int  # pairs close enough that upper boundaries keep apart
    no_walk: int  # pairs close enough, not touching, that the walking network does not link within the limit


def neighbours(shapes, xy, link, barriers=None, upper=None, walk=None, is_canceled=None) -> Neighbours:
    """Who neighbours whom (see the module docstring). shapes: shapely polygons or points in the working CRS; xy:
    their standing points; barriers: shapely lines (or None); upper: per unit the index of its upper boundary (-1:
    none; units outside every boundary neighbour each other only); walk: walk_matrix of the walking network, or None
    (straight lines: no walk condition)."""
    from shapely.geometry import LineString
    from shapely.ops import unary_union
    from shapely.prepared import prep

    count = len(shapes)
    bounds = np.array([shape.bounds for shape in shapes], dtype=float).reshape(-1, 4)
    order = np.argsort(bounds[:, 0], kind="stable")
    sorted_minx = bounds[order, 0]
    barrier = prep(unary_union(list(barriers))) if barriers else None
    first, second = [], []
    cut_barrier = cut_boundary = no_walk = 0
    for position, unit in enumerate(order.tolist()):
        if is_canceled is not None and not position % 256:
            raise_if_canceled(is_canceled)
        end = int(np.searchsorted(sorted_minx, bounds[unit, 2] + link, side="right"))
        candidates = order[position + 1:end]
        if not len(candidates):
            continue
        near = (bounds[candidates, 1] <= bounds[unit, 3] + link) & (bounds[candidates, 3] >= bounds[unit, 1] - link)
        for other in candidates[near].tolist():
            gap = shapes[unit].distance(shapes[other])
            if gap > link:
                continue
            if upper is not None and upper[unit] != upper[other]:
                cut_boundary += 1
                continue
            if barrier is not None and barrier.intersects(LineString([tuple(xy[unit]), tuple(xy[other])])):
                cut_barrier += 1
                continue
            if walk is not None and gap > TOUCH and not np.isfinite(lookup(walk, unit, [other])[0]):
                no_walk += 1
                continue
            first.append(min(unit, other))
            second.append(max(unit, other))
    del count
    return Neighbours(np.array(first, dtype=np.int64), np.array(second, dtype=np.int64), cut_barrier, cut_boundary,
                      no_walk)


def upper_of(xy, boundaries: Optional[List]):
    """Per standing point: the index of the first boundary polygon holding it, -1 when none (None without
    boundaries)."""
    if not boundaries:
        return None
    from shapely.geometry import Point
    from shapely.prepared import prep

    prepared = [prep(shape) for shape in boundaries]
    result = np.full(len(xy), -1, dtype=np.int64)
    for index, (x, y) in enumerate(np.asarray(xy, dtype=float).reshape(-1, 2).tolist()):
        point = Point(x, y)
        for number, shape in enumerate(prepared):
            if shape.contains(point):
                result[index] = number
                break
    return result


def community_shapes(members, shapes, points, link):
    """The outlines of the communities (members: each community's unit indices; community_shape each). For point
    units the widened hulls of neighbouring communities can overlap: ground that several outlines cover goes to the
    one of them whose building is nearest (the Voronoi cells of all the buildings), ground only one covers stays
    its own — so no two outlines overlap and each keeps its buildings. Only outlines that meet another are cut."""
    from scipy.spatial import cKDTree
    from shapely.ops import unary_union

    from complete_community.core.geometry import polygonal

    outlines = [community_shape([shapes[i] for i in group], points, link) for group in members]
    if not points or len(outlines) < 2:
        return outlines
    bounds = np.array([outline.bounds for outline in outlines], dtype=float)
    centres = (bounds[:, :2] + bounds[:, 2:]) / 2.0
    radius = np.hypot(*(bounds[:, 2:] - bounds[:, :2]).T) / 2.0
    tree = cKDTree(centres)
    cells = None
    result = list(outlines)
    for number, outline in enumerate(outlines):
        near = [other for other in tree.query_ball_point(centres[number], radius[number] + radius.max())
                if other != number and outline.intersects(outlines[other])]
        if not near:
            continue
        if cells is None:
            xy = np.array([shapes[i].coords[0][:2] for group in members for i in group], dtype=float).reshape(-1, 2)
            cells = _point_cells(xy, np.concatenate([np.full(len(group), n) for n, group in enumerate(members)]),
                                 (*bounds[:, :2].min(axis=0), *bounds[:, 2:].max(axis=0)))
        own = unary_union(cells.get(number, []))
        exclusive = outline.difference(unary_union([outlines[other] for other in near]))
        result[number] = polygonal(unary_union([polygonal(exclusive), polygonal(outline.intersection(own))]))
    return result


def _point_cells(xy, part, bounds):
    """{part: [the Voronoi cells of its points]} for two or more distinct points (of equal ones, the first's part):
    every cell a finite convex polygon, closed by four far points around bounds."""
    from scipy.spatial import Voronoi
    from shapely.geometry import Polygon

    unique, index = np.unique(np.round(xy, 3), axis=0, return_index=True)
    minx, miny, maxx, maxy = bounds
    span = max(maxx - minx, maxy - miny, 1.0) * 10.0
    far = np.array([[minx - span, miny - span], [maxx + span, miny - span], [maxx + span, maxy + span],
                    [minx - span, maxy + span]])
    # qhull's own options kept (Qz: buildings on a grid are co-circular by the dozen; without it a cell could miss
    # its point); joggled when only one or two points stand among the four far ones
    diagram = Voronoi(np.vstack([unique, far]), qhull_options="Qbb Qc Qz QJ" if len(unique) < 3 else None)
    cells: Dict[int, list] = {}
    for number in range(len(unique)):
        region = diagram.regions[diagram.point_region[number]]
        if region and -1 not in region:
            cells.setdefault(int(part[index[number]]), []).append(Polygon(diagram.vertices[region]).convex_hull)
    return cells


def community_shape(shapes, points, link):
    """The community's outline: its unit polygons dissolved with gaps up to the link distance closed (blocks across
    a local street); for point units, the hull of the points widened by half the link distance."""
    from shapely.geometry import MultiPoint
    from shapely.ops import unary_union

    if points:
        return MultiPoint([s.coords[0] for s in shapes]).convex_hull.buffer(max(link / 2.0, 1.0))
    joined = unary_union(shapes)
    if link > 0:
        closed = joined.buffer(link / 2.0, join_style=2).buffer(-link / 2.0, join_style=2)
        joined = unary_union([closed, joined]) if not closed.is_empty else joined
    return joined


def split_outline(polygon, xy, part):
    """A polygon cut among parts (an existing community among its new parts): each piece of the polygon goes to the
    part of the nearest unit standing point (Voronoi cells of the standing points, clipped to the polygon, dissolved
    by part). Returns {part: shape}."""
    from shapely.ops import unary_union

    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    part = np.asarray(part)
    if len(np.unique(np.round(xy, 3), axis=0)) < 2:
        return {int(part[0]): polygon} if len(part) else {}
    pieces = {}
    for key, cells in _point_cells(xy, part, polygon.bounds).items():
        clipped = [piece for piece in (cell.intersection(polygon) for cell in cells) if not piece.is_empty]
        if clipped:
            pieces[key] = unary_union(clipped)
    return pieces
