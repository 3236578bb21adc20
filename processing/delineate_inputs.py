"""What delineatecommunities and adjustcommunities share: the unit parameters, reading the units (their population
from a population, households, floor-area or land-area rate), the barriers, the distances and the neighbours, and the
community features written from a grouping."""

from dataclasses import dataclass
from typing import List

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from complete_community.core.check.distances import StraightLineDistances
from complete_community.core.check.fields import COMMUNITY_FIELDS, RESIDENT_FIELDS, FieldChoiceError, choose_fields
from complete_community.core.delineate.grouping import Grouping, reason_text
from complete_community.core.delineate.units import (
    Band,
    community_shapes,
    neighbours,
    unit_population,
    upper_of,
    walk_matrix,
)
from complete_community.core.geometry import repaired, standing_point, to_shapely
from complete_community.core.i18n import tr
from complete_community.core.network.distances import NetworkDistances
from complete_community.core.qgis_compat import double_number, source_type
from complete_community.core.values import as_number, parse_quantity
from complete_community.processing.parameters import advanced, detected_field, distance_parameter
from complete_community.processing.parameters.network import MAX_ACCESS, add_network_parameters, walking_graph

UNITS = "UNITS"
POPULATION_FIELD = "POPULATION_FIELD"
HOUSEHOLDS_FIELD = "HOUSEHOLDS_FIELD"
PERSONS_PER_HOUSEHOLD = "PERSONS_PER_HOUSEHOLD"
FLOOR_AREA_FIELD = "FLOOR_AREA_FIELD"
PERSONS_PER_M2 = "PERSONS_PER_M2"
PERSONS_PER_HECTARE = "PERSONS_PER_HECTARE"
BARRIERS = "BARRIERS"
LINK_DISTANCE = "LINK_DISTANCE"
REACH_MINUTES = "REACH_MINUTES"

FLOOR_AREA_NAMES = ("住宅建筑面积", "建筑面积", "floor_area", "building_area", "jzmj")
COMMUNITY_OUTPUT_FIELDS = (("id", "string", 20), ("name", "string", 60), ("population", "double"),
                           ("households", "double"), ("units", "int"), ("band", "string", 10),
                           ("max_walk_m", "double"), ("beyond_reach", "int"), ("unmeasured", "int"),
                           ("reason", "string", 20), ("reason_text", "string", 120))
UNIT_OUTPUT_FIELDS = (("cc_community", "string", 20), ("cc_population", "double"), ("cc_population_from", "string", 12))
BAND_CODES = {-1: "under", 0: "within", 1: "above"}


def add_unit_parameters(algorithm):
    algorithm.addParameter(QgsProcessingParameterFeatureSource(
        UNITS, tr("Residential units (estates, blocks or parcels as polygons, or building points)"),
        [source_type("VectorPolygon"), source_type("VectorPoint")]))
    algorithm.addParameter(detected_field(POPULATION_FIELD, tr("Population field"), UNITS,
                                          RESIDENT_FIELDS["population"]))
    algorithm.addParameter(detected_field(HOUSEHOLDS_FIELD, tr("Households field"), UNITS,
                                          COMMUNITY_FIELDS["households"]))
    algorithm.addParameter(_rate(PERSONS_PER_HOUSEHOLD, tr("Persons per household (for units without a population)"),
                                 tr("A unit without a population value counts households × this. Empty: not used.")))
    algorithm.addParameter(detected_field(FLOOR_AREA_FIELD, tr("Residential floor area field (m²)"), UNITS,
                                          FLOOR_AREA_NAMES))
    algorithm.addParameter(_rate(PERSONS_PER_M2, tr("Persons per m² of floor area (for units without population or "
                                                    "households)"),
                                 tr("E.g. 0.03 for 33 m² of floor area per person. Empty: not used.")))
    algorithm.addParameter(_rate(PERSONS_PER_HECTARE, tr("Persons per hectare of the unit's own area (last resort, "
                                                         "e.g. residential parcels of a plan)"),
                                 tr("For polygons without population, households or floor area: their area × this "
                                    "density (e.g. plot ratio 2.0 at 33 m² per person ≈ 600 persons/ha). Empty: "
                                    "not used; units without a population are then left out.")))
    barriers = QgsProcessingParameterFeatureSource(
        BARRIERS, tr("Barriers a community must not cross (optional: arterial roads, rivers, rail)"),
        [source_type("VectorLine")], optional=True)
    barriers.setHelp(tr("Two units are never grouped across a barrier: the straight segment between their standing "
                        "points must not cross any of these lines."))
    algorithm.addParameter(barriers)
    add_network_parameters(algorithm, optional=True)
    algorithm.addParameter(advanced(distance_parameter(
        LINK_DISTANCE, tr("Largest gap between neighbouring units (m)"), 50.0,
        tr("Units that do not touch are neighbours when their shapes are at most this far apart (e.g. blocks across "
           "a local street; for building points, the distance between buildings) and, with a walking network, a "
           "walk links them."))))
    reach = QgsProcessingParameterNumber(REACH_MINUTES, tr("Walking reach (minutes; empty: the profile's)"),
                                         type=double_number(), optional=True, minValue=0.1)
    reach.setHelp(tr("Residents should reach their community's centre within this walk (the profile's reach at its "
                     "walking speed)."))
    algorithm.addParameter(reach)


def _rate(name, description, help_text):
    parameter = QgsProcessingParameterNumber(name, description, type=double_number(), optional=True, minValue=0.0)
    parameter.setHelp(help_text)
    return parameter


@dataclass
class UnitData:
    ids: List[str]
    shapes: list
    xy: np.ndarray
    population: np.ndarray
    households: np.ndarray
    source: np.ndarray  # where each population came from
    features: list  # the source features kept (attributes for the unit output)
    points: bool


def read_units(algorithm, parameters, context, frame, feedback):
    """The units in the frame with their population; units without a geometry or a population are left out,
    counted in a warning."""
    source = algorithm.source(parameters, UNITS, context)
    label = algorithm.layer_label(parameters, UNITS, context)
    given = {key: algorithm.parameterAsString(parameters, name, context) for name, key in (
        (POPULATION_FIELD, "population"), (HOUSEHOLDS_FIELD, "households"), (FLOOR_AREA_FIELD, "floor_area"))}
    try:
        fields = choose_fields(source.fields().names(), {"population": RESIDENT_FIELDS["population"],
                                                         "households": COMMUNITY_FIELDS["households"],
                                                         "floor_area": FLOOR_AREA_NAMES}, given)
    except FieldChoiceError as error:
        raise QgsProcessingException("{}: {}{}".format(label, error, algorithm.encoding_hint(source))) from None

    def rate(name):
        return algorithm.parameterAsDouble(parameters, name, context) if parameters.get(name) not in (None, "") \
            else None

    per_household, per_m2, per_hectare = rate(PERSONS_PER_HOUSEHOLD), rate(PERSONS_PER_M2), rate(PERSONS_PER_HECTARE)
    feedback.pushInfo(tr("Unit fields: {}").format(", ".join("{}={}".format(k, v or "—") for k, v in fields.items())))
    transform = frame.transform_from(source, label)
    shapes, features, values = [], [], []
    no_geometry = 0
    for feature in algorithm.features(source, feedback):
        shape = to_shapely(feature.geometry(), transform)
        if shape is not None and shape.geom_type not in ("Point", "MultiPoint") and not shape.is_valid:
            shape = repaired(shape)
        if shape is None or shape.is_empty:
            no_geometry += 1
            continue
        if shape.geom_type == "MultiPoint":
            shape = shape.centroid
        shapes.append(shape)
        features.append(feature)
        values.append([_number(feature, fields[key]) for key in ("population", "households", "floor_area")]
                      + [shape.area / 10000.0])
    values = np.array(values, dtype=float).reshape(-1, 4)
    population, origin = unit_population(values[:, 0], values[:, 1], values[:, 2], per_household, per_m2)
    if per_hectare is not None:
        area_based = np.isnan(population) & (values[:, 3] > 0)
        population[area_based] = values[area_based, 3] * per_hectare
        origin[area_based] = "land_area"
    keep = np.nonzero(np.isfinite(population))[0]
    left_out = len(shapes) - len(keep)
    if no_geometry or left_out:
        feedback.pushWarning(tr("{}: {} features without a geometry and {} without a population (no population, "
                                "households × persons per household, floor area × persons per m² or land area × "
                                "persons per hectare) are left out").format(label, no_geometry, left_out))
    if not len(keep):
        raise QgsProcessingException(tr("{}: no unit has a population. Choose the population field, or give persons "
                                        "per household, per m² of floor area or per hectare.").format(label))
    id_field = choose_fields(source.fields().names(), {"id": COMMUNITY_FIELDS["id"]}, {})["id"]
    kept = [features[i] for i in keep.tolist()]
    shapes = [shapes[i] for i in keep.tolist()]
    ids = [str(f[id_field]) if id_field and f[id_field] not in (None, "") else str(f.id()) for f in kept]
    xy = np.array([standing_point(s).coords[0][:2] for s in shapes], dtype=float).reshape(-1, 2)
    points = all(s.geom_type == "Point" for s in shapes)
    return UnitData(ids, shapes, xy, population[keep], values[keep, 1], origin[keep], kept, points)


def _number(feature, field):
    if not field:
        return np.nan
    value = feature[field]
    number = as_number(value)
    if number is None:
        number = parse_quantity(value, None).value
    return float(number) if number is not None else np.nan


def read_lines(algorithm, parameters, name, context, frame, feedback):
    source = algorithm.source(parameters, name, context, optional=True)
    if source is None:
        return None
    transform = frame.transform_from(source, algorithm.layer_label(parameters, name, context))
    lines = [to_shapely(f.geometry(), transform) for f in algorithm.features(source, feedback)]
    return [line for line in lines if line is not None]


def band_of(algorithm, parameters, context, profile):
    minutes = algorithm.parameterAsDouble(parameters, REACH_MINUTES, context) \
        if parameters.get(REACH_MINUTES) not in (None, "") else None
    return Band.of(profile, minutes)


def build_grouping(algorithm, parameters, context, frame, feedback, units, band, boundaries=None):
    """The distances (walking network or straight lines, within twice the reach) and the neighbours of the units, as
    a Grouping; logs what kept units apart."""
    graph = walking_graph(algorithm, parameters, context, feedback, frame)
    measured = None
    if graph is not None:
        backend = NetworkDistances(graph, units.xy, algorithm.parameterAsDouble(parameters, MAX_ACCESS, context))
        backend.prepare(units.xy)
        measured = ~backend.query_attachment.off_network
        if (~measured).any():
            feedback.pushWarning(tr("{} units stand more than {} m from any street: their walks are unknown "
                                    "(raise the largest distance to the street, or check the network)").format(
                int((~measured).sum()), algorithm.parameterAsDouble(parameters, MAX_ACCESS, context)))
    else:
        backend = StraightLineDistances(units.xy)
        backend.prepare(units.xy)
        feedback.pushInfo(tr("No walking network: distances are straight lines"))
    algorithm.stop_if_canceled(feedback)
    walk = walk_matrix(backend, len(units.xy), 2.0 * band.reach)
    barriers = read_lines(algorithm, parameters, BARRIERS, context, frame, feedback)
    upper = upper_of(units.xy, boundaries)
    link = algorithm.parameterAsDouble(parameters, LINK_DISTANCE, context)
    pairs = neighbours(units.shapes, units.xy, link, barriers, upper, walk if graph is not None else None,
                       feedback.isCanceled)
    feedback.pushInfo(tr("{} pairs of neighbouring units; kept apart: {} by barriers, {} by upper boundaries, {} "
                         "without a walk between them").format(len(pairs.first), pairs.cut_by_barriers,
                                                               pairs.cut_by_boundaries, pairs.no_walk))
    households = np.where(np.isfinite(units.households), units.households, np.nan)
    return Grouping(units.population, units.xy, pairs.first, pairs.second, walk, band, measured, households,
                    feedback.isCanceled), link


def community_features(units, communities, labels, link, fields, back, prefix="D"):
    """One feature per community (fields: COMMUNITY_OUTPUT_FIELDS) and the community id of every unit."""
    width = max(2, len(str(len(communities))))
    ids = ["{}{:0{}d}".format(prefix, number + 1, width) for number in range(len(communities))]
    features = []
    shapes = community_shapes([community.members.tolist() for community in communities], units.shapes, units.points,
                              link)
    for number, community in enumerate(communities):
        feature = QgsFeature(fields)
        feature.setGeometry(to_qgis(shapes[number], back))
        feature.setAttributes([
            ids[number], ids[number], community.population,
            None if np.isnan(community.households) else community.households, len(community.members),
            BAND_CODES[community.status], None if not np.isfinite(community.max_walk) else
            round(community.max_walk, 1), community.beyond_reach, community.unmeasured, community.reason,
            reason_text(community.reason)])
        features.append(feature)
    unit_ids = [ids[label] if label >= 0 else None for label in labels.tolist()]
    return features, unit_ids


def to_qgis(shape, back):
    geometry = QgsGeometry()
    geometry.fromWkb(shape.wkb)
    if back is not None:
        geometry.transform(back)
    return geometry
