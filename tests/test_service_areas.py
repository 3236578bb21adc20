"""Walking service areas on a hand-checkable 100 m street grid: exact reachable lengths, polygons, catchments."""

import pytest
from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
)

from helpers import grid_lines, line_layer, memory_layer, output_layers, run_algorithm


def facilities(points):
    return memory_layer("Point", ["编号:string", "cc_type:string"],
                        [((x, y), ["P{}".format(index + 1), kind]) for index, (x, y, kind) in enumerate(points)], "f")


def service_areas(points, minutes, **extra):
    parameters = dict({"NETWORK": line_layer(grid_lines(10)), "FACILITIES": facilities(points), "MINUTES": minutes,
                       "WALK_SPEED": 60, "BUFFER": 10, "OUTPUT_LINES": "TEMPORARY_OUTPUT",
                       "OUTPUT_POLYGONS": "TEMPORARY_OUTPUT"}, **extra)
    result, context, _feedback = run_algorithm("walkingserviceareas", parameters)
    return output_layers(result, context, result.keys())


def lengths_by(layer, *keys):
    totals = {}
    for feature in layer.getFeatures():
        key = tuple(feature[k] for k in keys)
        totals[key] = totals.get(key, 0.0) + feature.geometry().length()
    return totals


def test_reachable_length_from_a_crossing(provider):
    # 2.5 min = 150 m: the 4 streets out of the crossing (400 m) and half of the 12 next ones (600 m);
    # 5 min = 300 m: every street between crossings up to 3 blocks away: 4 + 12 + 20 = 36 blocks = 3600 m
    outputs = service_areas([(500, 500, "bus_stop")], "2.5,5")
    lengths = lengths_by(outputs["OUTPUT_LINES"], "minutes")
    assert lengths[(2.5,)] == pytest.approx(1000.0, abs=0.01)
    assert lengths[(5.0,)] == pytest.approx(3600.0, abs=0.01)
    polygons = {f["minutes"]: f for f in outputs["OUTPUT_POLYGONS"].getFeatures()}
    assert polygons[2.5]["street_length_m"] == pytest.approx(1000.0, abs=0.01)
    area = polygons[2.5].geometry()
    assert area.contains(QgsGeometry.fromPointXY(QgsPointXY(500, 640)))  # 140 m along the street
    assert not area.contains(QgsGeometry.fromPointXY(QgsPointXY(500, 665)))  # 165 m: beyond 150 m + 10 m width
    assert not area.contains(QgsGeometry.fromPointXY(QgsPointXY(560, 560)))  # inside a block, 40 m off the streets
    assert polygons[2.5]["type_zh"] == "公交站"


def test_partial_segment_from_a_mid_block_facility(provider):
    # a stop in the middle of a block (550, 500): 50 m to each crossing, then 100 m further on 3 streets from each
    outputs = service_areas([(550, 500, "bus_stop")], "2.5")
    assert lengths_by(outputs["OUTPUT_LINES"], "minutes")[(2.5,)] == pytest.approx(100 + 600, abs=0.01)
    for feature in outputs["OUTPUT_LINES"].getFeatures():
        assert 0 <= feature["distance_start"] <= 150.0 + 1e-6 and 0 <= feature["distance_end"] <= 150.0 + 1e-6


def test_types_are_separate_and_catchments_split_halfway(provider):
    outputs = service_areas([(200, 500, "kindergarten"), (800, 500, "kindergarten"), (500, 500, "bus_stop")],
                            "5", CATCHMENTS=True, OUTPUT_CATCHMENTS="TEMPORARY_OUTPUT")
    lengths = lengths_by(outputs["OUTPUT_LINES"], "type")
    assert lengths[("bus_stop",)] == pytest.approx(3600.0, abs=0.01)
    # two kindergartens 600 m apart: their 300 m reaches meet at a single point (x = 500), so the type's area is
    # exactly the two single-facility areas together
    alone = [lengths_by(service_areas([(x, 500, "kindergarten")], "5")["OUTPUT_LINES"], "type")[("kindergarten",)]
             for x in (200, 800)]
    assert alone[0] == pytest.approx(alone[1], abs=0.01)  # mirror images on the grid
    assert lengths[("kindergarten",)] == pytest.approx(sum(alone), abs=0.01)
    by_facility = lengths_by(outputs["OUTPUT_CATCHMENTS"], "facility_id")
    assert by_facility[("P1",)] == pytest.approx(by_facility[("P2",)], abs=0.01)  # symmetric halves


def test_bad_minutes_and_unknown_types(provider):
    with pytest.raises(QgsProcessingException, match="Walking times must be positive numbers"):
        service_areas([(500, 500, "bus_stop")], "five")
    with pytest.raises(QgsProcessingException, match="Unknown facility types: bus"):
        service_areas([(500, 500, "bus_stop")], "5", TYPES="bus")


def test_types_in_peoples_words_and_the_profiles_walking_time_by_default(provider):
    """幼儿园 and 社区卫生服务站 name the types; without walking times each type gets one area at the time the profile
    asks for it (10 minutes in the national profile, 5 in GB 50180's 5-minute tier)."""
    points = [(500, 500, "kindergarten"), (300, 700, "health_station"), (700, 300, "bus_stop")]
    layers = service_areas(points, "", TYPES="幼儿园，社区卫生服务站")
    areas = {(f["type"], f["minutes"]) for f in layers["OUTPUT_POLYGONS"].getFeatures()}
    assert areas == {("kindergarten", 10.0), ("health_station", 10.0)}
    layers = service_areas(points, "", TYPES="kindergarten", PROFILE="gb50180-2018-5min")
    assert {f["minutes"] for f in layers["OUTPUT_POLYGONS"].getFeatures()} == {5.0}


def test_unknown_type_lists_the_types(provider):
    with pytest.raises(QgsProcessingException) as raised:
        service_areas([(500, 500, "kindergarten")], "5", TYPES="图书馆")
    message = str(raised.value)
    assert message.startswith("Unknown facility types: 图书馆. The types are: ")
    assert "幼儿园 kindergarten" in message and "社区卫生服务站 health_station" in message


def test_styles_name_every_type_in_chinese_and_colour_streets_by_distance(provider, chinese_interface):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

    from complete_community.core.taxonomy import facility_types
    from complete_community.processing.styling import LoadedOutput, style_path

    layers = service_areas([(500, 500, "kindergarten")], "5,10")
    polygons, streets = layers["OUTPUT_POLYGONS"], layers["OUTPUT_LINES"]
    LoadedOutput("service_areas").postProcessLayer(polygons, QgsProcessingContext(), QgsProcessingFeedback())
    categories = {c.value(): c.label() for c in polygons.renderer().categories()}
    assert categories == {"kindergarten": "幼儿园"}  # the legend lists the types on the map, by name alone
    style = QgsVectorLayer("Polygon?field=type:string", "style", "memory")
    style.loadNamedStyle(style_path("service_areas"))
    assert {c.value() for c in style.renderer().categories()} == set(facility_types())  # every type has its colour
    LoadedOutput("reachable_streets").postProcessLayer(streets, QgsProcessingContext(), QgsProcessingFeedback())
    assert streets.renderer().classAttribute() == "distance_end"
    assert streets.attributeDisplayName(streets.fields().indexOf("distance_end")) == "终点步行距离（米）"
