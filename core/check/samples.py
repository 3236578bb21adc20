"""Where residents are: the query points of each community, with weights, and one anchor point per community.

With a residents layer (points or polygons with a population), each resident feature lends its population to the
communities it lies in (polygons split by area). Without one, residents are assumed spread evenly: a regular grid
of points inside each community, each with the same weight.
"""

from dataclasses import dataclass

import numpy as np
from shapely.prepared import prep

from complete_community.core.check.point_in_polygon import PointsByX, points_in_polygon

MAX_GRID_SAMPLES = 200
MIN_GRID_SPACING = 20.0  # metres


@dataclass
class SampleSet:
    xy: np.ndarray  # (n, 2) query points
    weights: np.ndarray  # (n,) residents represented
    community: np.ndarray  # (n,) index of the community
    anchors: np.ndarray  # (communities, 2) one point per community, for "nearest facility" evidence
    from_residents: np.ndarray  # (communities,) bool: weighted by the residents layer

    def query_points(self):
        """Samples followed by anchors: the points the access engine measures from."""
        return np.vstack([self.xy, self.anchors]) if len(self.xy) else self.anchors


def grid_points(polygon, max_samples=MAX_GRID_SAMPLES, min_spacing=MIN_GRID_SPACING):
    """Points of a regular grid inside polygon (at least one: its representative point)."""
    minx, miny, maxx, maxy = polygon.bounds
    spacing = max(min_spacing, (polygon.area / max_samples) ** 0.5)
    gx, gy = np.meshgrid(np.arange(minx + spacing / 2, maxx, spacing), np.arange(miny + spacing / 2, maxy, spacing))
    gx, gy = gx.ravel(), gy.ravel()
    inside = points_in_polygon(gx, gy, polygon)
    if not inside.any():
        point = polygon.representative_point()
        return [(point.x, point.y)]
    return list(zip(gx[inside].tolist(), gy[inside].tolist()))


def build_samples(communities, resident_points=None, resident_polygons=None) -> SampleSet:
    """communities: objects with .geometry (shapely polygons); resident_points: (n, 3) array of x, y, population;
    resident_polygons: (shapely polygon, population) pairs."""
    xy, weights, owner = [], [], []
    point_chunks = []  # (xy, weights, community) of the point residents each community takes
    from_residents = np.zeros(len(communities), dtype=bool)
    if resident_points is not None and len(resident_points) or resident_polygons:
        bounds = np.array([c.geometry.bounds for c in communities]).reshape(-1, 4)
        prepared = [prep(c.geometry) for c in communities]
        table = np.asarray(resident_points if resident_points is not None else np.zeros((0, 3)), dtype=float)
        table = table[table[:, 2] > 0] if len(table) else table
        if len(table):
            # point residents: vectorised, each community takes the points inside it (the first community wins)
            taken = np.zeros(len(table), dtype=bool)
            index_by_x = PointsByX(table[:, :2])
            for index, community in enumerate(communities):
                rows = index_by_x.in_polygon(community.geometry)
                rows = rows[~taken[rows]]
                if len(rows):
                    taken[rows] = True
                    point_chunks.append((table[rows, :2], table[rows, 2], np.full(len(rows), index)))
                    from_residents[index] = True
        for geometry, population in resident_polygons or ():
            if geometry is None or geometry.is_empty or not population or population <= 0:
                continue
            minx, miny, maxx, maxy = geometry.bounds
            candidates = np.nonzero((bounds[:, 0] <= maxx) & (bounds[:, 2] >= minx) &
                                    (bounds[:, 1] <= maxy) & (bounds[:, 3] >= miny))[0]
            area = geometry.area
            if area <= 0:
                continue
            for index in candidates:
                if not prepared[index].intersects(geometry):
                    continue
                piece = communities[index].geometry.intersection(geometry)
                if piece.is_empty or piece.area <= 0:
                    continue
                point = piece.representative_point()
                xy.append((point.x, point.y))
                weights.append(float(population) * piece.area / area)
                owner.append(index)
                from_residents[index] = True
    for index, community in enumerate(communities):
        if from_residents[index]:
            continue
        points = grid_points(community.geometry)
        xy.extend(points)
        weights.extend([1.0] * len(points))
        owner.extend([index] * len(points))
    anchors = []
    for community in communities:
        point = community.geometry.representative_point()
        anchors.append((point.x, point.y))
    # the point residents (as arrays: there may be hundreds of thousands) first, then the others in their order
    chunks = point_chunks + [(np.asarray(xy, dtype=float).reshape(-1, 2), np.asarray(weights, dtype=float),
                              np.asarray(owner, dtype=int))]
    return SampleSet(
        xy=np.concatenate([chunk[0] for chunk in chunks]),
        weights=np.concatenate([chunk[1] for chunk in chunks]).astype(float),
        community=np.concatenate([chunk[2] for chunk in chunks]).astype(int),
        anchors=np.asarray(anchors, dtype=float).reshape(-1, 2),
        from_residents=from_residents,
    )
