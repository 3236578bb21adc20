"""The offset guard's one warning, shared by the check, the service areas and network QA: points (facilities,
community corners) and the walking network compared for a GCJ-02-like shift (core/offset_guard.py decides)."""

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY

from complete_community.core.chinese_coordinates import gcj02_offset
from complete_community.core.i18n import tr
from complete_community.core.offset_guard import (
    DISTANCE_CAP,
    POINTS_IN_GCJ02,
    compass_point,
    estimate_gcj02_offset,
    sample_indices,
)


def compass_names():
    return {"N": tr("north"), "NE": tr("north-east"), "E": tr("east"), "SE": tr("south-east"), "S": tr("south"),
            "SW": tr("south-west"), "W": tr("west"), "NW": tr("north-west")}


def offset_vectors(points_xy, frame):
    """The GCJ-02 offset at each point (an (n, 2) array in the frame's metres), computed in WGS-84 lon/lat."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    to_wgs = QgsCoordinateTransform(frame.crs, wgs84, frame.transform_context)
    from_wgs = QgsCoordinateTransform(wgs84, frame.crs, frame.transform_context)
    lonlat = np.array([[p.x(), p.y()] for p in (to_wgs.transform(QgsPointXY(x, y)) for x, y in points_xy)])
    dlon, dlat = gcj02_offset(lonlat[:, 0], lonlat[:, 1], everywhere=True)
    shifted = np.array([[p.x(), p.y()] for p in (
        from_wgs.transform(QgsPointXY(x, y))
        for x, y in zip(lonlat[:, 0] + dlon, lonlat[:, 1] + dlat))])
    return shifted - np.asarray(points_xy, dtype=float)


def warn_if_shifted(graph, points_xy, frame, feedback, points_label, lines_label):
    """Warn when points_xy (frame coordinates) and the graph's streets look shifted by the GCJ-02 offset; quiet
    otherwise. Returns the estimate (None when there was nothing to compare)."""
    points = np.asarray(points_xy, dtype=float).reshape(-1, 2)
    if graph is None or graph.edge_count == 0 or len(points) == 0:
        return None
    points = points[sample_indices(len(points))]
    try:
        offsets = offset_vectors(points, frame)
    except Exception:  # noqa: BLE001 — a transform failure must not stop the run: the guard is advice
        return None
    estimate = estimate_gcj02_offset(points, offsets, lambda xy: graph.attach(xy, DISTANCE_CAP).access)
    if estimate.fires:
        if estimate.which == POINTS_IN_GCJ02:
            likely = tr("{points} look like GCJ-02 (Amap/Tencent) coordinates over WGS-84 {lines}").format(
                points=points_label, lines=lines_label)
            fix = tr("convert {} from gcj02 to wgs84").format(points_label)
        else:
            likely = tr("{lines} look like GCJ-02 (Amap/Tencent) coordinates under WGS-84 {points}").format(
                points=points_label, lines=lines_label)
            fix = tr("convert {} from gcj02 to wgs84").format(lines_label)
        feedback.pushWarning(tr(
            "Coordinate offset: {likely}. Moving them by {metres:.0f} m towards {direction} brings the points much "
            "nearer the streets (typical distance {before:.0f} m → {after:.0f} m; {count} points compared). Every "
            "distance of this run is off by that much: {fix} with “Convert coordinates (WGS-84 / GCJ-02 / BD-09)” "
            "(completecommunity:convertcoordinates) and run again.").format(
            likely=likely, metres=estimate.metres, direction=compass_names()[compass_point(estimate.bearing)],
            before=estimate.typical_as_is, after=estimate.typical_shifted, count=estimate.sample, fix=fix))
    return estimate


def polygon_corners(geometry):
    """The exterior vertices of a shapely polygon or multipolygon (the last, closing vertex once)."""
    if geometry is None or geometry.is_empty:
        return []
    parts = getattr(geometry, "geoms", [geometry])
    corners = []
    for part in parts:
        exterior = getattr(part, "exterior", None)
        if exterior is not None:
            corners.extend(list(exterior.coords)[:-1])
    return corners
