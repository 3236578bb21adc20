"""The check with a walking network: network distances decide, every row says so, and the graph is cached."""

import os
import shutil

import numpy as np
import pytest
from qgis.core import QgsFeatureRequest

from complete_community.core.network import cache as network_cache
from helpers import SAMPLE, line_layer, memory_layer, output_layer, run_algorithm, square


def run_check(parameters):
    parameters = dict({"OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_ITEMS": "TEMPORARY_OUTPUT"}, **parameters)
    result, context, feedback = run_algorithm("checkcommunities", parameters)
    return output_layer(result["OUTPUT_ITEMS"], context), feedback.infos + feedback.warnings


def river_district():
    """Community 0–300 × 10–310 with streets on all four sides (its representative point (150, 160) nearest the north
    street: one street, not a tie of four); a bus stop 50 m north of the north street, across a river: the only
    bridge is 300 m east, so the stop is 200 m away in a straight line but 1.1 km on foot."""
    communities = memory_layer("Polygon", ["社区编号:string", "人口:integer", "慢行系统:string"],
                               [(square(0, 10, 300), ["A", 8000, "是"])], "c")
    facilities = memory_layer("Point", ["编号:string", "cc_type:string"], [((150, 360), ["S1", "bus_stop"])], "f")
    streets = line_layer([
        [(-10, -10), (310, -10), (310, 310), (-10, 310), (-10, -10)],  # around the community
        [(310, 310), (600, 310)],  # east along the south bank
        [(600, 310), (600, 370)],  # the bridge
        [(600, 370), (100, 370)],  # back west along the north bank, past the stop
    ])
    return communities, facilities, streets


def status_of(items, item_id):
    (feature,) = list(items.getFeatures(QgsFeatureRequest().setFilterExpression("\"item_id\" = '{}'".format(item_id))))
    return feature


def test_network_distance_decides_and_is_reported(provider):
    communities, facilities, streets = river_district()
    straight, _log = run_check({"COMMUNITIES": communities, "FACILITIES": facilities})
    networked, log = run_check({"COMMUNITIES": communities, "FACILITIES": facilities, "NETWORK": streets})
    bus_straight = status_of(straight, "11")
    bus_network = status_of(networked, "11")
    assert (bus_straight["status"], bus_straight["method"]) == ("pass", "straight_line")
    assert (bus_network["status"], bus_network["method"]) == ("fail", "network")
    assert bus_network["measured"] == 0.0
    assert any("Walking network: " in line for line in log)
    # evidence: the stop is found within the evidence range (3 × 600 m), by street
    assert bus_network["facility_id"] == "S1"
    # from the community's representative point (150, 160): 150 m to the north street, 450 m east, 60 m over the
    # bridge, 450 m back west, 10 m to the stop
    assert bus_network["distance_m"] == pytest.approx(150 + 450 + 60 + 450 + 10, abs=0.1)
    # the wording follows the method: walking on the network, straight line without one; shares are of the area
    assert "步行10分钟（600米）内可达公交站的面积占0%" in bus_network["reason_zh"]
    assert "最近的为S1，距社区代表点步行1120米" in bus_network["reason_zh"]
    assert "直线距离600米（按步行10分钟折算）内可达公交站的面积占" in bus_straight["reason_zh"]
    assert "步行10分钟（600米）" not in bus_straight["reason_zh"]
    # provenance: the profile, the speed and the thresholds the verdict rests on
    assert (bus_network["profile"], bus_network["walk_speed"], bus_network["coverage_min"]) == ("mohurd-2020", 60, 80.0)
    assert bus_network["confidence"] == "reach:R, count_min:R, coverage_min:P, walk_speed:S"
    assert "阈值待核实：步行时间、数量" in bus_network["reason_zh"]
    assert bus_network["coverage"] == 0.0 and bus_network["coverage_of"] == "area"


def test_sample_with_network_every_row_says_network(provider):
    items, log = run_check({"COMMUNITIES": f"{SAMPLE}|layername=communities",
                            "FACILITIES": f"{SAMPLE}|layername=facilities",
                            "NETWORK": f"{SAMPLE}|layername=streets"})
    methods = {f["method"] for f in items.getFeatures() if f["status"] != "not_applicable"}
    assert "network" in methods and "straight_line" not in methods


def test_graph_is_cached_until_the_file_changes(provider, tmp_path):
    network_cache.clear()
    copy = tmp_path / "sample.gpkg"
    shutil.copy(SAMPLE, copy)
    parameters = {"COMMUNITIES": f"{copy}|layername=communities", "FACILITIES": f"{copy}|layername=facilities",
                  "NETWORK": f"{copy}|layername=streets"}
    first_items, first = run_check(parameters)
    second_items, second = run_check(parameters)
    assert any(line.startswith("Walking network: ") for line in first)
    assert any("from the session cache" in line for line in second)
    assert [f.attributes() for f in first_items.getFeatures()] == [f.attributes() for f in second_items.getFeatures()]
    stat = os.stat(copy)
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # the file changed: build again
    _items, third = run_check(parameters)
    assert any(line.startswith("Walking network: ") for line in third)


def test_off_network_residents_are_reported(provider):
    communities, facilities, streets = river_district()
    items, log = run_check({"COMMUNITIES": communities, "FACILITIES": facilities, "NETWORK": streets,
                            "MAX_ACCESS": 50})
    # grid samples deeper than 50 m inside the 320 m block are off the network
    assert any("resident sample points are more than 50.0 m from any street" in line for line in log)
    assert status_of(items, "11")["status"] == "fail"
    assert np.isfinite(status_of(items, "11")["measured"])
