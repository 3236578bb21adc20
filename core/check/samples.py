"""Where residents are: the query points of each community, with weights, and one anchor point per community.

With a residents layer (points or polygons with a population), each resident feature lends its population to the
communities it lies in (polygons split by area). Without one, residents are assumed spread evenly: a regular grid
of points inside each community, each with the same weight.
"""

from dataclasses import dataclass

import numpy as np
from shapely.prepared import prep

from complete_community.core.check.geometry import PointsByX, points_in_polygon

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


def build_samples(communities, residents=None) -> SampleSet:
    """communities: objects with .geometry (shapely polygons); residents: (shapely geometry, population) pairs."""
    xy, weights, owner = [], [], []
    from_residents = np.zeros(len(communities), dtype=bool)
    if residents:
        bounds = np.array([c.geometry.bounds for c in communities]).reshape(-1, 4)
        prepared = [prep(c.geometry) for c in communities]
        points = [(g.x, g.y, p) for g, p in residents if g is not None and g.geom_type == "Point" and p and p > 0]
        if points:
            # point residents: vectorised, each community takes the points inside it (the first community wins)
            table = np.array(points, dtype=float)
            taken = np.zeros(len(table), dtype=bool)
            index_by_x = PointsByX(table[:, :2])
            for index, community in enumerate(communities):
                rows = index_by_x.in_polygon(community.geometry)
                rows = rows[~taken[rows]]
                if len(rows):
                    taken[rows] = True
                    xy.extend(map(tuple, table[rows, :2]))
                    weights.extend(table[rows, 2].tolist())
                    owner.extend([index] * len(rows))
                    from_residents[index] = True
        for geometry, population in residents:
            if geometry is None or geometry.is_empty or not population or population <= 0:
                continue
            if geometry.geom_type == "Point":
                continue
            minx, miny, maxx, maxy = geometry.bounds
            candidates = np.nonzero((bounds[:, 0] <= maxx) & (bounds[:, 2] >= minx) &
                                    (bounds[:, 1] <= maxy) & (bounds[:, 3] >= miny))[0]
            if geometry.geom_type == "MultiPoint":
                point = geometry.representative_point()
                for index in candidates:
                    if prepared[index].contains(point):
                        xy.append((point.x, point.y))
                        weights.append(float(population))
                        owner.append(index)
                        from_residents[index] = True
                        break
                continue
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
    return SampleSet(
        xy=np.asarray(xy, dtype=float).reshape(-1, 2),
        weights=np.asarray(weights, dtype=float),
        community=np.asarray(owner, dtype=int),
        anchors=np.asarray(anchors, dtype=float).reshape(-1, 2),
        from_residents=from_residents,
    )
