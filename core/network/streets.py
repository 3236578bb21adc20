"""Reading a line layer into walking-graph input: street coordinates in the working CRS, with the OSM walkability
filters applied and the ways they removed kept for network QA."""

import numpy as np

from complete_community.core.cancellation import raise_if_canceled
from complete_community.core.network.filters import walkable
from complete_community.core.values import is_missing

WKB_LINESTRING, WKB_MULTILINESTRING = 2, 5  # plain 2D types, read straight from the WKB


def line_parts(geometry):
    """The (k, 2) coordinate arrays of a (multi)line QGIS geometry."""
    parts = _wkb_line_parts(bytes(geometry.asWkb()))
    if parts is not None:
        return parts
    if geometry.isMultipart():
        return [np.array([(p.x(), p.y()) for p in part]) for part in geometry.asMultiPolyline()]
    return [np.array([(p.x(), p.y()) for p in geometry.asPolyline()])]


def _wkb_line_parts(wkb):
    """The coordinates of a little-endian 2D LineString or MultiLineString WKB, without a Python object per vertex
    (the same numbers as asPolyline gives); None for anything else (curves, Z/M, big-endian)."""
    if len(wkb) < 9 or wkb[0] != 1:
        return None
    kind = int.from_bytes(wkb[1:5], "little")
    if kind == WKB_LINESTRING:
        count = int.from_bytes(wkb[5:9], "little")
        return [np.frombuffer(wkb, dtype="<f8", count=2 * count, offset=9).reshape(-1, 2).copy()]
    if kind != WKB_MULTILINESTRING:
        return None
    parts, offset = [], 9
    for _part in range(int.from_bytes(wkb[5:9], "little")):
        if wkb[offset] != 1 or int.from_bytes(wkb[offset + 1:offset + 5], "little") != WKB_LINESTRING:
            return None
        count = int.from_bytes(wkb[offset + 5:offset + 9], "little")
        parts.append(np.frombuffer(wkb, dtype="<f8", count=2 * count, offset=offset + 9).reshape(-1, 2).copy())
        offset += 9 + 16 * count
    return parts


OSM_FIELDS = ("highway", "other_tags")  # a layer with neither is no OSM layer: the filters keep every line


def read_streets(features, transform, apply_osm_filters=True, is_canceled=lambda: False):
    """(lines, removed): lines as coordinate arrays; removed as (feature id, reason, geometry in the working CRS)."""
    lines, removed = [], []
    names = None
    for feature in features:
        raise_if_canceled(is_canceled)
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        if transform is not None:
            geometry = type(geometry)(geometry)
            geometry.transform(transform)
        if names is None:
            names = feature.fields().names()
            apply_osm_filters = apply_osm_filters and any(name in OSM_FIELDS for name in names)
        if apply_osm_filters:
            attributes = {name: (None if is_missing(value) else value)
                          for name, value in zip(names, feature.attributes())}
            keep, reason = walkable(attributes)
            if not keep:
                removed.append((feature.id(), reason, geometry))
                continue
        lines.extend(part for part in line_parts(geometry) if len(part) >= 2)
    return lines, removed
