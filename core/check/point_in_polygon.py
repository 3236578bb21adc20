"""Vectorised point-in-polygon for many points (numpy ray casting), so assigning hundreds of thousands of resident
points to communities does not need a shapely call per point."""

import numpy as np


def _rings(polygon):
    parts = polygon.geoms if polygon.geom_type == "MultiPolygon" else [polygon]
    for part in parts:
        yield np.asarray(part.exterior.coords)[:, :2]
        for interior in part.interiors:
            yield np.asarray(interior.coords)[:, :2]


def points_in_polygon(x, y, polygon):
    """Boolean mask of the points (x[i], y[i]) inside polygon (even-odd rule over all rings, so holes and the
    parts of a multipolygon work; points exactly on an edge may fall either way)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    inside = np.zeros(len(x), dtype=bool)
    for ring in _rings(polygon):
        x1, y1 = ring[:-1, 0], ring[:-1, 1]
        x2, y2 = ring[1:, 0], ring[1:, 1]
        for ax, ay, bx, by in zip(x1, y1, x2, y2):
            crosses = (ay > y) != (by > y)
            if not crosses.any():
                continue
            at_x = ax + (y - ay) * (bx - ax) / np.where(by != ay, by - ay, 1.0)
            inside ^= crosses & (x < at_x)
    return inside


class PointsByX:
    """Points sorted by x, to pick those inside a bounding box without scanning all of them."""

    def __init__(self, xy):
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        self.order = np.argsort(xy[:, 0], kind="stable")
        self.xs = xy[self.order, 0]
        self.ys = xy[self.order, 1]

    def in_polygon(self, polygon):
        """Indices (into the original points) of the points inside polygon."""
        minx, miny, maxx, maxy = polygon.bounds
        start = int(np.searchsorted(self.xs, minx, side="left"))
        end = int(np.searchsorted(self.xs, maxx, side="right"))
        ys = self.ys[start:end]
        band = np.nonzero((ys >= miny) & (ys <= maxy))[0]
        if len(band) == 0:
            return np.zeros(0, dtype=np.int64)
        rows = start + band
        mask = points_in_polygon(self.xs[rows], self.ys[rows], polygon)
        return self.order[rows[mask]]
