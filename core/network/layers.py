"""Reading a line layer into walking-graph input: coordinates in the working CRS, with the OSM filters applied."""

import numpy as np

from complete_community.core.network.filters import walkable


def line_parts(geometry):
    """The (k, 2) coordinate arrays of a (multi)line QGIS geometry."""
    if geometry.isMultipart():
        return [np.array([(p.x(), p.y()) for p in part]) for part in geometry.asMultiPolyline()]
    return [np.array([(p.x(), p.y()) for p in geometry.asPolyline()])]


def read_lines(features, transform, apply_osm_filters=True, is_canceled=lambda: False):
    """(lines, removed): lines as coordinate arrays; removed as (feature id, reason, geometry in the working CRS)."""
    lines, removed = [], []
    for feature in features:
        if is_canceled():
            return None, None
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        if transform is not None:
            geometry = type(geometry)(geometry)
            geometry.transform(transform)
        if apply_osm_filters:
            attributes = {name: feature[name] for name in feature.fields().names()}
            keep, reason = walkable({k: (None if _null(v) else v) for k, v in attributes.items()})
            if not keep:
                removed.append((feature.id(), reason, geometry))
                continue
        lines.extend(part for part in line_parts(geometry) if len(part) >= 2)
    return lines, removed


def _null(value):
    try:
        return value is None or (hasattr(value, "isNull") and value.isNull())
    except TypeError:
        return False


