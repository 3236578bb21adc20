"""QGIS geometries as shapely shapes in the working CRS, repaired when invalid, and the one point that stands for a
feature (itself, or a point on its surface)."""

from shapely import wkb


def to_shapely(geometry, transform):
    """The QGIS geometry in the working CRS as a shapely geometry (None when null or empty)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    geometry = type(geometry)(geometry)  # never transform the caller's geometry in place
    if geometry.constGet().hasCurvedSegments():  # arcs (CurvePolygon, CompoundCurve): shapely has none
        geometry.convertToStraightSegment()
    if transform is not None:
        geometry.transform(transform)
    return wkb.loads(bytes(geometry.asWkb()))


def repaired(shape):
    """A valid version of a shapely polygon (make_valid on shapely ≥ 1.8, buffer(0) before), or None."""
    if shape is None:
        return None
    if shape.is_valid:
        return shape
    try:
        from shapely.validation import make_valid

        fixed = make_valid(shape)
    except ImportError:
        fixed = shape.buffer(0)
    fixed = polygonal(fixed)
    return fixed if not fixed.is_empty and fixed.area > 0 else None


def polygonal(shape):
    """The polygons of a shape: a collection (what an intersection or make_valid may give) without its lines and
    points; a polygon as it is."""
    if shape.geom_type != "GeometryCollection":
        return shape
    from shapely.ops import unary_union

    return unary_union([part for part in shape.geoms if part.geom_type in ("Polygon", "MultiPolygon")])


def standing_point(shape):
    """The point a facility or resident is measured from: the point itself, or a point on the polygon's surface."""
    return shape if shape.geom_type == "Point" else shape.representative_point()


def points_intersecting(shape, x, y):
    """Boolean mask of the points (x[i], y[i]) that intersect shape — inside it or on its boundary, GEOS's exact
    predicate as shape.intersects(Point(x, y)) gives it — without a shapely point each (shapely 2: intersects_xy;
    1.8: its vectorized contains and touches)."""
    import numpy as np
    import shapely

    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if len(x) == 0:
        return np.zeros(0, dtype=bool)
    if hasattr(shapely, "intersects_xy"):
        return np.asarray(shapely.intersects_xy(shape, x, y), dtype=bool)
    from shapely import vectorized

    return np.asarray(vectorized.contains(shape, x, y), dtype=bool) | np.asarray(vectorized.touches(shape, x, y),
                                                                                 dtype=bool)
