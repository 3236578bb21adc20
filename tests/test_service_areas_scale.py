"""Walking service areas at scale: each type splits only its own streets, facilities at the same place count once,
and a cancel is answered within a second with 100,000 facilities — with the same streets and polygons as the
implementation that inserted every facility of every type into one graph (rebuilt here from the core's parts)."""

import threading
import time

import numpy as np
import pytest
from qgis.core import QgsProcessingException
from shapely.geometry import LineString, MultiLineString
from shapely.ops import unary_union

from complete_community.core.network.distances import SplitNetwork
from complete_community.core.network.graph import WalkingGraph
from complete_community.core.network.service_area import reachable_parts, same_place_representatives
from complete_community.processing.base import canceled_message
from helpers import grid_lines, line_layer, memory_layer, output_layers, recording_feedback, run_algorithm

SPEED, WIDTH = 60.0, 10.0


def facility_layer(points):
    return memory_layer("Point", ["编号:string", "cc_type:string"],
                        [((x, y), ["P{}".format(index + 1), kind]) for index, (x, y, kind) in enumerate(points)], "f")


def run_service_areas(lines, points, minutes, feedback=None, **extra):
    parameters = dict({"NETWORK": line_layer(lines), "FACILITIES": facility_layer(points), "MINUTES": minutes,
                       "WALK_SPEED": SPEED, "BUFFER": WIDTH, "OUTPUT_LINES": "TEMPORARY_OUTPUT",
                       "OUTPUT_POLYGONS": "TEMPORARY_OUTPUT"}, **extra)
    result, context, feedback = run_algorithm("walkingserviceareas", parameters, feedback=feedback)
    return output_layers(result, context, [k for k in result if k.startswith("OUTPUT")]), feedback


def old_service_areas(lines, points, minutes):
    """What the algorithm drew before: every facility of every type inserted into one split network, per type one
    shortest-path pass from its facilities, the reachable parts, the buffers of all parts dissolved at once."""
    graph = WalkingGraph.from_lines([np.asarray(line, dtype=float) for line in lines])
    attachment = graph.attach(np.array([(x, y) for x, y, _kind in points]), 100.0)
    split = SplitNetwork(graph, [attachment])
    kinds = np.array([kind for _x, _y, kind in points])
    result = {}
    for kind in sorted(set(kinds)):
        sources = split.group_nodes(0)[np.nonzero(kinds == kind)[0]]
        distance, nearest = split.node_distances(sources, max(minutes) * SPEED)
        for minute in minutes:
            parts = reachable_parts(split, distance, nearest, minute * SPEED)
            segments = [LineString([tuple(a), tuple(b)]) for a, b in zip(parts.start, parts.end)]
            result[(kind, minute)] = (segments, unary_union([s.buffer(WIDTH, resolution=4) for s in segments]))
    return result


def shapely_of(feature):
    from shapely import wkb

    return wkb.loads(bytes(feature.geometry().asWkb()))


def test_same_streets_and_polygons_as_before(provider):
    """Three types, two walking times, facilities mid-street, at crossings and on one street: per type and time the
    same reachable streets (the same lines, though no longer cut where other types' facilities stand) and the same
    polygon."""
    rng = np.random.default_rng(3)
    lines = grid_lines(8)
    kinds = ["kindergarten", "bus_stop", "pharmacy"]
    points = [(float(x), float(y), kinds[k % 3]) for k, (x, y) in enumerate(rng.uniform(0, 800, size=(24, 2)))]
    points += [(300.0, 300.0, "bus_stop"), (310.0, 400.0, "kindergarten"), (340.0, 400.0, "pharmacy")]
    layers, _feedback = run_service_areas(lines, points, "2.5,5")
    expected = old_service_areas(lines, points, [2.5, 5.0])
    drawn = {}
    for feature in layers["OUTPUT_LINES"].getFeatures():
        drawn.setdefault((feature["type"], feature["minutes"]), []).append(shapely_of(feature))
    polygons = {(f["type"], f["minutes"]): f for f in layers["OUTPUT_POLYGONS"].getFeatures()}
    assert set(drawn) == set(expected) == set(polygons)
    # the bus stop at (300, 300) stands on a crossing: before, the other types' paths through it paid the 1 µm link
    # of its projection (MIN_EDGE), now they do not; hence the micrometre tolerances
    for key, (segments, shape) in expected.items():
        old_streets, new_streets = MultiLineString(segments), MultiLineString(drawn[key])
        assert new_streets.length == pytest.approx(old_streets.length, abs=1e-5), key
        assert old_streets.symmetric_difference(new_streets).length < 1e-5, key
        assert len(drawn[key]) <= len(segments)  # no cuts where the other types stand
        polygon = shapely_of(polygons[key])
        assert polygon.area == pytest.approx(shape.area, rel=1e-9), key
        assert polygon.symmetric_difference(shape).area < 1e-6 * shape.area, key
        assert polygons[key]["street_length_m"] == pytest.approx(old_streets.length, abs=1e-5)


def test_one_type_draws_exactly_the_same_pieces(provider):
    rng = np.random.default_rng(8)
    lines = grid_lines(6)
    points = [(float(x), float(y), "bus_stop") for x, y in rng.uniform(0, 600, size=(9, 2))]
    layers, _feedback = run_service_areas(lines, points, "3")
    segments, shape = old_service_areas(lines, points, [3.0])[("bus_stop", 3.0)]

    def rounded(line):
        return tuple(np.round(np.asarray(line.coords), 6).ravel())

    drawn = sorted(rounded(shapely_of(f)) for f in layers["OUTPUT_LINES"].getFeatures())
    assert drawn == sorted(rounded(s) for s in segments)
    polygon = shapely_of(next(layers["OUTPUT_POLYGONS"].getFeatures()))
    assert polygon.symmetric_difference(shape).area < 1e-6 * shape.area


def test_facilities_at_the_same_place_count_once(provider):
    """The same kindergarten 50 times over (a layer joined to itself, a POI export run twice) and one at the crossing
    reached from two streets: the areas of the distinct places, the log says how many were merged."""
    lines = grid_lines(6)
    once = [(250.0, 330.0, "kindergarten"), (0.0, 0.0, "kindergarten")]
    # (0, 0) is the grid's corner; (-3, -4), 5 m off it, is attached there too (along either street)
    repeated = once[:1] * 50 + [once[1], (-3.0, -4.0, "kindergarten")]
    single, _ = run_service_areas(lines, once, "5")
    merged, feedback = run_service_areas(lines, repeated, "5", CATCHMENTS=True, OUTPUT_CATCHMENTS="TEMPORARY_OUTPUT")
    assert merged["OUTPUT_LINES"].featureCount() == single["OUTPUT_LINES"].featureCount()
    lengths = [sum(f.geometry().length() for f in layers["OUTPUT_LINES"].getFeatures()) for layers in (single, merged)]
    assert lengths[0] == pytest.approx(lengths[1], abs=1e-6)
    assert any("52 facilities (50 at the same place as another, counted once)" in line for line in feedback.infos)
    owners = {f["facility_id"] for f in merged["OUTPUT_CATCHMENTS"].getFeatures()}
    assert owners == {"P1", "P51"}  # the first of each place stands for it


def test_same_place_keeps_the_nearest_to_the_street():
    graph = WalkingGraph.from_lines([np.array(line, dtype=float) for line in grid_lines(3)])
    points = np.array([(150.0, 30.0), (150.0, 10.0), (150.0, -10.0), (170.0, 10.0), (0.0, 0.0), (-3.0, -4.0),
                       (500.0, 500.0)])
    attachment = graph.attach(points, 100.0)
    # 0–2 stand at the same place on the street y = 0 (x = 150): 1 and 2 are 10 m from it, 1 comes first;
    # 4 sits on the grid's corner, 5 is 5 m from it, beyond the streets' ends: the same place; 6 is off the network
    assert attachment.off_network.tolist() == [False] * 6 + [True]
    representatives = same_place_representatives(graph, attachment, np.arange(len(points)))
    assert representatives.tolist() == [1, 3, 4]


def test_cancel_is_answered_within_a_second_with_100000_facilities(provider):
    """100,000 facilities of 23 types on a 60 × 60 block grid: cancelled while the areas are drawn, the run stops
    within a second of the cancel. (Outputs in memory: closing GeoPackages with hundreds of thousands of features
    written before the cancel takes its own time; test_cancellation.py checks that such files are removed.)"""
    from complete_community.core.taxonomy import facility_types

    rng = np.random.default_rng(100)
    codes = list(facility_types())[:23]
    xy = rng.uniform(0, 6000, size=(100_000, 2))
    points = [(x, y, codes[k % 23]) for k, (x, y) in enumerate(xy.tolist())]
    feedback = recording_feedback()
    cancelled = {}

    def cancel_soon(value):
        if value >= 66.6 and "timer" not in cancelled:  # the areas stage (3 of 3) has begun: cancel a moment later
            cancelled["due"] = time.perf_counter() + 0.5
            cancelled["timer"] = threading.Timer(0.5, feedback.cancel)
            cancelled["timer"].start()

    feedback.progressChanged.connect(cancel_soon)
    with pytest.raises(QgsProcessingException, match=canceled_message()):
        run_service_areas(grid_lines(60), points, "5,10,15", feedback=feedback)
    stopped = time.perf_counter()
    assert "due" in cancelled
    assert stopped - cancelled["due"] < 1.0  # from when the cancel was due: a late timer thread counts too
