"""Reading a line layer into walking-graph input: street coordinates in the working CRS, with the OSM walkability
filters applied and the ways they removed kept for network QA."""

import numpy as np

from complete_community.core.cancellation import raise_if_canceled
from complete_community.core.network.filters import walkable
from complete_community.core.values import is_missing


def line_parts(geometry):
    """The (k, 2) coordinate arrays of a (multi)line QGIS geometry."""
    if geometry.isMultipart():
        return [np.array([(p.x(), p.y()) for p in part]) for part in geometry.asMultiPolyline()]
    return [np.array([(p.x(), p.y()) for p in geometry.asPolyline()])]


def read_streets(features, transform, apply_osm_filters=True, is_canceled=lambda: False):
    """(lines, removed): lines as coordinate arrays; removed as (feature id, reason, geometry in the working CRS)."""
    lines, removed = [], []
    for feature in features:
        raise_if_canceled(is_canceled)
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        if transform is not None:
            geometry = type(geometry)(geometry)
            geometry.transform(transform)
        if apply_osm_filters:
            attributes = {name: (None if is_missing(value) else value)
                          for name, value in zip(feature.fields().names(), feature.attributes())}
            keep, reason = walkable(attributes)
            if not keep:
                removed.append((feature.id(), reason, geometry))
                continue
        lines.extend(part for part in line_parts(geometry) if len(part) >= 2)
    return lines, removed
