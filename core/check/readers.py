"""Reading QGIS features into the check's objects — communities, facilities, residents — with geometries in the
working CRS as shapely shapes and attributes as the profile needs them. Problems are collected as translated messages
naming the feature — among them quantities that cannot be read (core.values.parse_quantity), which count as
missing; cancelling raises CanceledError."""

import math

import numpy as np

from complete_community.core.cancellation import raise_if_canceled
from complete_community.core.check.answers import apply_answers
from complete_community.core.check.fields import is_result_field
from complete_community.core.check.model import (
    EXISTING,
    FROM_DEFAULT,
    FROM_FIELD,
    NEW,
    NOT_DECIDED,
    STATUS_UNKNOWN,
    Community,
    Facility,
)
from complete_community.core.geometry import repaired, standing_point, to_shapely
from complete_community.core.i18n import tr
from complete_community.core.qgis_compat import point_geometry_type
from complete_community.core.values import AREA_M2, COUNT, HOUSEHOLDS, PERSONS, is_missing, matches_any, parse_quantity


def feature_label(feature, id_field):
    """What to call a feature in results and messages: its id field's value, else its feature id."""
    if id_field and not is_missing(feature[id_field]):
        return str(feature[id_field])
    return str(feature.id())


def community_status(value, new_values, existing_values, default):
    """(new|existing|unknown, how it was decided: field|default|unknown, whether a value was given but not
    recognised). default: new, existing or unknown — what an empty or unrecognised value becomes."""
    given = not is_missing(value)
    if given and matches_any(value, new_values):
        return NEW, FROM_FIELD, False
    if given and matches_any(value, existing_values):
        return EXISTING, FROM_FIELD, False
    if default in (NEW, EXISTING):
        return default, FROM_DEFAULT, given
    return STATUS_UNKNOWN, NOT_DECIDED, given


def _status_word(status):
    """A community status as a message says it (not its code)."""
    return {NEW: tr("new"), EXISTING: tr("existing"),
            STATUS_UNKNOWN: tr("unknown (judged both ways)")}.get(status, status)


def _value(feature, field):
    return feature[field] if field else None


def _unreadable_message(what):
    """The warning for a value that cannot be read as the quantity what is ("population", "households", "area",
    "classes", "resident population"), to format with the feature's label, the value and the field."""
    if what == "population":
        return tr("Community {}: population '{}' (field {}) cannot be read as a number of persons; it is treated as "
                  "missing (write e.g. 8000, 0.8万 or 约8000人)")
    if what == "households":
        return tr("Community {}: households '{}' (field {}) cannot be read as a number of households; it is treated "
                  "as missing (write e.g. 2800, 2800户 or 0.28万户)")
    if what == "area":
        return tr("Facility {}: area '{}' (field {}) cannot be read as an area; it is treated as missing (write e.g. "
                  "2200, 2200㎡, 2200平方米 or 0.35公顷)")
    if what == "classes":
        return tr("Facility {}: number of classes '{}' (field {}) cannot be read as a count; it is treated as missing "
                  "(write e.g. 6 or 6班)")
    return tr("Resident feature {}: population '{}' (field {}) cannot be read as a number of persons; the feature is "
              "left out (write e.g. 120 or 120人)")


def _quantity(feature, field, kind, what, label, warnings):
    """The value of field (of a feature, or of its attributes by name) read as a quantity of kind (None when there
    is no field, no value or an unreadable one); an unreadable value adds a warning naming the feature, the value
    and the field."""
    if not field:
        return None
    value = feature[field]
    if type(value) in (int, float) and 0 <= value < math.inf:  # a plain number, as most layers store it
        return float(value)
    quantity = parse_quantity(value, kind)
    if quantity.unreadable:
        warnings.append(_unreadable_message(what).format(label, value, field))
    return quantity.value


def read_communities(features, transform, fields, profile, default_status, is_canceled, answers=None):
    """Communities from features; fields: the keys of core.check.fields.COMMUNITY_FIELDS → field name or None;
    answers: {community id: {field: value}} standing in for the features' own values (core/check/answers.py).
    Returns (communities, the features they came from — the answers in them —, warnings)."""
    communities, originals, warnings = [], [], []
    seen_ids = set()
    for feature in features:
        raise_if_canceled(is_canceled)
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
        apply_answers(feature, (answers or {}).get(label))  # survey answers kept beside a read-only layer
        status_value = _value(feature, fields.get("status"))
        status, status_from, unrecognised = community_status(status_value, profile.new_values,
                                                             profile.existing_values, default_status)
        if unrecognised:
            warnings.append(tr("Community {}: status value '{}' is neither new nor existing; taken as {}")
                            .format(label, status_value, _status_word(status)))
        name_value = _value(feature, fields.get("name"))
        communities.append(Community(
            id=label,
            name="" if is_missing(name_value) else str(name_value),
            status=status,
            population=_quantity(feature, fields.get("population"), PERSONS, "population", label, warnings),
            households=_quantity(feature, fields.get("households"), HOUSEHOLDS, "households", label, warnings),
            geometry=shape,
            attributes={name: feature[name] for name in feature.fields().names() if not is_result_field(name)},
            status_from=status_from,
        ))
        originals.append(feature)
    return communities, originals, warnings


def read_facilities(features, transform, fields, classify, is_canceled, footprint_land_area=True):
    """(facilities, features without geometry skipped, warnings); fields: the keys of
    core.check.fields.FACILITY_FIELDS → field name or None; classify(attributes) → type code or None. Polygons stand at
    a point on their surface and, when the land area field is empty (or cannot be read), lend their own area as land
    area unless footprint_land_area is False (the reasons then say 按图形面积)."""
    facilities, skipped, warnings = [], 0, []
    names = None
    for feature in features:
        raise_if_canceled(is_canceled)
        geometry = feature.geometry()
        point = _single_point(geometry, transform)  # points without shapely: there may be hundreds of thousands
        shape = point or to_shapely(geometry, transform)
        if shape is None:
            skipped += 1
            continue
        if names is None:
            names = feature.fields().names()
        attributes = dict(zip(names, feature.attributes()))  # one call for all fields, read below by name
        point = point or standing_point(shape)
        label = feature_label(feature, fields.get("id"))
        land_area = _quantity(attributes, fields.get("land_area"), AREA_M2, "area", label, warnings)
        from_geometry = False
        if footprint_land_area and land_area is None and shape.geom_type in ("Polygon", "MultiPolygon"):
            land_area, from_geometry = float(shape.area), True
        name_value = _value(attributes, fields.get("name"))
        facilities.append(Facility(
            id=label,
            name="" if is_missing(name_value) else str(name_value),
            type=classify(attributes),
            x=point.x,
            y=point.y,
            building_area=_quantity(attributes, fields.get("building_area"), AREA_M2, "area", label, warnings),
            land_area=land_area,
            usable_area=_quantity(attributes, fields.get("usable_area"), AREA_M2, "area", label, warnings),
            classes=_quantity(attributes, fields.get("classes"), COUNT, "classes", label, warnings),
            land_area_from_geometry=from_geometry,
        ))
    return facilities, skipped, warnings


class _Point:
    """A single point's coordinates, as read_facilities uses a shapely point (x, y, geom_type)."""

    __slots__ = ("x", "y")
    geom_type = "Point"

    def __init__(self, x, y):
        self.x, self.y = x, y


def _single_point(geometry, transform):
    """A single-point geometry's coordinates in the working CRS (the same numbers as through shapely), or None for
    any other geometry."""
    if geometry is None or geometry.isNull() or geometry.isEmpty() or geometry.isMultipart() \
            or geometry.type() != point_geometry_type():
        return None
    if transform is not None:
        geometry = type(geometry)(geometry)
        geometry.transform(transform)
    point = geometry.asPoint()
    return _Point(point.x(), point.y())


def read_points(features, transform, is_canceled, fields=None):
    """((n, 2) array of where each feature with a geometry stands, their labels, their names, features without
    geometry skipped): for network QA, which must place facilities and residents exactly as the check does and name
    them as it does. fields: the id and name fields ({"id": …, "name": …}), when the layer has them."""
    facilities, skipped, _warnings = read_facilities(features, transform, fields or {}, lambda _attributes: None,
                                                     is_canceled)
    xy = np.array([(f.x, f.y) for f in facilities], dtype=float).reshape(-1, 2)
    return xy, [f.id for f in facilities], [f.name for f in facilities], skipped


CANCEL_EVERY = 64  # residents read between two questions whether the run was cancelled (there may be 500,000)


def read_residents(features, transform, population_field, is_canceled):
    """(points, polygons, warnings): point residents as an (n, 3) array of x, y, population (read without shapely:
    there may be hundreds of thousands), polygon residents as (shapely polygon, population) pairs; features without a
    positive population or a geometry are left out, with a warning when the population cannot be read. Without a
    population field, residents are spread evenly over the polygons — each weighs its area (the residential parcels
    of a plan) — and points are left out."""
    points, polygons, warnings = [], [], []
    point_type = point_geometry_type()
    for number, feature in enumerate(features):
        if not number % CANCEL_EVERY:
            raise_if_canceled(is_canceled)
        geometry = feature.geometry()
        if not population_field:
            shape = None if geometry is None or geometry.type() == point_type else to_shapely(geometry, transform)
            if shape is not None and not shape.is_valid:
                shape = repaired(shape)
            if shape is not None and shape.area > 0:
                polygons.append((shape, float(shape.area)))
            continue
        value = feature.attribute(population_field)
        if type(value) in (int, float) and 0 <= value < math.inf:  # as _quantity reads a plain number, inlined
            population = float(value)
        else:
            population = _quantity(feature, population_field, PERSONS, "resident population", feature.id(), warnings)
        if population is None or population <= 0 or geometry is None or geometry.isEmpty():
            continue
        if not geometry.isMultipart():
            try:  # asPoint() refuses any other single geometry: cheaper than asking each of 500,000 for its type
                point = geometry.asPoint()
            except TypeError:
                pass
            else:
                if transform is not None:
                    point = transform.transform(point)
                points.append((point.x(), point.y(), population))
                continue
        elif geometry.type() == point_type:
            if transform is not None:
                geometry = type(geometry)(geometry)
                geometry.transform(transform)
            point = geometry.centroid().asPoint()
            points.append((point.x(), point.y(), population))
            continue
        shape = to_shapely(geometry, transform)
        if shape is not None and not shape.is_valid:
            shape = repaired(shape)
        if shape is not None:
            polygons.append((shape, population))
    return np.array(points, dtype=float).reshape(-1, 3), polygons, warnings
