"""Vectorised point-in-polygon agrees with shapely (holes, multipolygons), and points are picked by bounding box."""

import numpy as np
from shapely.geometry import MultiPolygon, Point, Polygon

from complete_community.core.check.point_in_polygon import PointsByX, points_in_polygon


def test_points_in_polygon_matches_shapely():
    ring = [(0, 0), (100, 0), (120, 80), (50, 120), (-20, 60)]
    hole = [(30, 30), (60, 30), (60, 60), (30, 60)]
    shape = MultiPolygon([Polygon(ring, [hole]), Polygon([(200, 200), (260, 200), (230, 260)])])
    rng = np.random.default_rng(3)
    points = rng.uniform(-40, 280, size=(5000, 2))
    expected = np.array([shape.contains(Point(x, y)) for x, y in points])
    assert (points_in_polygon(points[:, 0], points[:, 1], shape) == expected).all()
    index = PointsByX(points)
    assert sorted(index.in_polygon(shape).tolist()) == np.nonzero(expected)[0].tolist()


def test_points_intersecting_is_shapelys_intersects_boundary_included():
    """core.geometry.points_intersecting — which facilities stand in a community — is GEOS's own predicate: points
    on an edge, on a vertex and on a hole's edge count, as shape.intersects(Point) says (the check used to ask it
    point by point)."""
    from complete_community.core.geometry import points_intersecting

    ring = [(0, 0), (100, 0), (120, 80), (50, 120), (-20, 60)]
    hole = [(30, 30), (60, 30), (60, 60), (30, 60)]
    shape = MultiPolygon([Polygon(ring, [hole]), Polygon([(200, 200), (260, 200), (230, 260)])])
    rng = np.random.default_rng(4)
    on_edges = [(50, 0), (0, 0), (100, 0), (30, 45), (60, 60), (230, 200), (110, 40)]
    points = np.vstack([rng.uniform(-40, 280, size=(3000, 2)), on_edges])
    expected = np.array([shape.intersects(Point(x, y)) for x, y in points])
    assert expected[-len(on_edges):].all()
    found = points_intersecting(shape, points[:, 0], points[:, 1])
    assert found.dtype == bool and (found == expected).all()
    assert points_intersecting(shape, [], []).tolist() == []
