"""Reading QGIS features into the check's objects: geometries into the working CRS as shapely, attributes as the
profile needs them. Problems are collected as translated messages naming the feature."""

import numpy as np
from shapely import wkb

from complete_community.core.check.model import Community, Facility
from complete_community.core.check.values import as_number, community_status, is_missing
from complete_community.core.i18n import tr
from complete_community.core.qgis_compat import point_geometry_type


def to_shapely(geometry, transform):
    """The QGIS geometry in the working CRS as a shapely geometry (None when null or empty)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    geometry = type(geometry)(geometry)  # never transform the caller's geometry in place
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
    if fixed.geom_type == "GeometryCollection":
        from shapely.ops import unary_union

        fixed = unary_union([g for g in fixed.geoms if g.geom_type in ("Polygon", "MultiPolygon")])
    return fixed if not fixed.is_empty and fixed.area > 0 else None


def feature_label(feature, id_field):
    if id_field and not is_missing(feature[id_field]):
        return str(feature[id_field])
    return str(feature.id())


def read_communities(features, transform, fields, profile, default_status, is_canceled):
    """Communities from features; fields: dict with id, name, population, households, status (field names or None).
    Returns (communities, feature geometries in their own CRS by community index, warnings)."""
    communities, originals, warnings = [], [], []
    seen_ids = set()
    for feature in features:
        if is_canceled():
            return None, None, warnings
        label = feature_label(feature, fields.get("id"))
        shape = to_shapely(feature.geometry(), transform)
        if shape is None:
            warnings.append(tr("Community {}: no geometry, skipped").format(label))
            continue
        if not shape.is_valid:
            fixed = repaired(shape)
            if fixed is None:
                warnings.append(tr("Community {}: invalid polygon that cannot be repaired, skipped; run "
                                   "“Fix geometries” first").format(label))
                continue
            warnings.append(tr("Community {}: invalid polygon repaired for the check (the output keeps the "
                               "original geometry); consider “Fix geometries”").format(label))
            shape = fixed
        if label in seen_ids:
            warnings.append(tr("Community id {} appears more than once: results are told apart by feature id")
                            .format(label))
            label = "{}#{}".format(label, feature.id())
        seen_ids.add(label)
        attributes = {name: feature[name] for name in feature.fields().names()}
        status, note = community_status(
            feature[fields["status"]] if fields.get("status") else None,
            profile.new_values, profile.existing_values, default_status)
        if note == "unrecognised":
            warnings.append(tr("Community {}: status value '{}' is neither new nor existing; using the default ({})")
                            .format(label, feature[fields["status"]], default_status))
        name_value = feature[fields["name"]] if fields.get("name") else None
        communities.append(Community(
            id=label,
            name="" if is_missing(name_value) else str(name_value),
            status=status,
            population=as_number(feature[fields["population"]]) if fields.get("population") else None,
            households=as_number(feature[fields["households"]]) if fields.get("households") else None,
            geometry=shape,
            attributes=attributes,
            status_note=note,
        ))
        originals.append(feature)
    return communities, originals, warnings


def read_facilities(features, transform, fields, classify, is_canceled):
    """Facilities from features; fields: dict with id, name, type, building_area, land_area, usable_area, classes;
    classify(attributes) → type code or None. Polygons are placed at a point on their surface and, when the land
    area field is empty, lend their own area as land area."""
    facilities, skipped = [], 0
    for feature in features:
        if is_canceled():
            return None, skipped
        shape = to_shapely(feature.geometry(), transform)
        if shape is None:
            skipped += 1
            continue
        attributes = {name: feature[name] for name in feature.fields().names()}
        point = shape if shape.geom_type == "Point" else shape.representative_point()
        land_area = as_number(attributes.get(fields["land_area"])) if fields.get("land_area") else None
        from_geometry = False
        if land_area is None and shape.geom_type in ("Polygon", "MultiPolygon"):
            land_area, from_geometry = float(shape.area), True
        name_value = attributes.get(fields["name"]) if fields.get("name") else None
        facilities.append(Facility(
            id=feature_label(feature, fields.get("id")),
            name="" if is_missing(name_value) else str(name_value),
            type=classify(attributes),
            x=point.x,
            y=point.y,
            building_area=as_number(attributes.get(fields["building_area"])) if fields.get("building_area") else None,
            land_area=land_area,
            usable_area=as_number(attributes.get(fields["usable_area"])) if fields.get("usable_area") else None,
            classes=as_number(attributes.get(fields["classes"])) if fields.get("classes") else None,
            land_area_from_geometry=from_geometry,
        ))
    return facilities, skipped


def read_residents(features, transform, population_field, is_canceled):
    """(points, polygons): point residents as an (n, 3) array of x, y, population (read without shapely: there may be
    hundreds of thousands), polygon residents as (shapely polygon, population) pairs. None when cancelled."""
    points, polygons = [], []
    for feature in features:
        if is_canceled():
            return None
        population = as_number(feature[population_field])
        geometry = feature.geometry()
        if population is None or population <= 0 or geometry is None or geometry.isEmpty():
            continue
        if geometry.type() == point_geometry_type():
            if transform is not None:
                geometry = type(geometry)(geometry)
                geometry.transform(transform)
            point = geometry.centroid().asPoint() if geometry.isMultipart() else geometry.asPoint()
            points.append((point.x(), point.y(), population))
            continue
        shape = to_shapely(geometry, transform)
        if shape is not None and not shape.is_valid:
            shape = repaired(shape)
        if shape is not None:
            polygons.append((shape, population))
    return np.array(points, dtype=float).reshape(-1, 3), polygons
