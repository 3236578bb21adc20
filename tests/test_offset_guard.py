"""The offset guard on real data: the Helsinki OpenStreetMap points moved by the GCJ-02 offset over the WGS-84
streets make the check, network QA and the service areas warn with the offset and the fix; the matching pair and the
sample district stay quiet.

Helsinki is outside China, where the published conversions change nothing: the shifted copy is made with the raw
offset formula (`gcj02_offset(everywhere=True)`), the vector the guard looks for wherever the data are."""

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsMemoryProviderUtils, QgsPointXY, QgsVectorLayer, QgsWkbTypes

from complete_community.core.chinese_coordinates import gcj02_offset
from helpers import SAMPLE, run_algorithm

GUARD = "Coordinate offset"


def osm_points(pbf, shifted):
    """The OSM points of the extract as a memory layer (every field kept), moved by the GCJ-02 offset when
    shifted."""
    source = QgsVectorLayer("{}|layername=points".format(pbf), "points", "ogr")
    assert source.isValid()
    layer = QgsMemoryProviderUtils.createMemoryLayer("gcj02 copy" if shifted else "osm points", source.fields(),
                                                     QgsWkbTypes.Point, source.crs())
    features = []
    for feature in source.getFeatures():
        point = feature.geometry().asPoint()
        x, y = point.x(), point.y()
        if shifted:
            dlon, dlat = gcj02_offset(x, y, everywhere=True)
            x, y = x + float(dlon), y + float(dlat)
        out = QgsFeature(layer.fields())
        out.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        out.setAttributes(feature.attributes())
        features.append(out)
    assert layer.dataProvider().addFeatures(features)[0], layer.dataProvider().lastError()
    return layer


def guard_warnings(feedback):
    return [w for w in feedback.warnings if GUARD in w]


@pytest.mark.shared_data
@pytest.mark.slow
def test_guard_fires_on_gcj02_points_over_wgs84_streets(provider, shared_data):
    pbf = shared_data / "helsinki" / "Helsinki.osm.pbf"
    network = "{}|layername=lines".format(pbf)
    matching = osm_points(pbf, shifted=False)
    shifted = osm_points(pbf, shifted=True)
    dlon, dlat = gcj02_offset(24.94, 60.17, everywhere=True)
    expected = np.hypot(float(dlon) * 111320 * np.cos(np.radians(60.17)), float(dlat) * 110540)

    _result, _context, quiet = run_algorithm("networkqa", {
        "NETWORK": network, "FACILITIES": matching, "OUTPUT_POINTS": "TEMPORARY_OUTPUT",
        "OUTPUT_LINES": "TEMPORARY_OUTPUT",
        "OUTPUT_POLYGONS": "TEMPORARY_OUTPUT"})
    assert guard_warnings(quiet) == []

    _result, _context, loud = run_algorithm("networkqa", {
        "NETWORK": network, "FACILITIES": shifted, "OUTPUT_POINTS": "TEMPORARY_OUTPUT",
        "OUTPUT_LINES": "TEMPORARY_OUTPUT",
        "OUTPUT_POLYGONS": "TEMPORARY_OUTPUT"})
    warnings = guard_warnings(loud)
    assert len(warnings) == 1
    text = warnings[0]
    assert "gcj02 copy" in text and "convertcoordinates" in text and "GCJ-02" in text
    metres = float(text.split("Moving them by ")[1].split(" m")[0])
    assert metres == pytest.approx(expected, rel=0.05)
    assert " towards west " in text  # moving GCJ-02 back to WGS-84 goes west (and a little north) in Helsinki

    _result, _context, areas = run_algorithm("walkingserviceareas", {
        "NETWORK": network, "FACILITIES": shifted, "MAPPING": "osm", "TYPES": "bus_stop", "MINUTES": "5", "OUTPUT_LINES": "TEMPORARY_OUTPUT",
        "OUTPUT_POLYGONS": "TEMPORARY_OUTPUT"})
    assert len(guard_warnings(areas)) == 1
    print("\n" + text)


def test_guard_is_quiet_on_the_sample_district(provider):
    _result, _context, feedback = run_algorithm("checkcommunities", {
        "COMMUNITIES": "{}|layername=communities".format(SAMPLE),
        "FACILITIES": "{}|layername=facilities".format(SAMPLE),
        "NETWORK": "{}|layername=streets".format(SAMPLE),
        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_ITEMS": "TEMPORARY_OUTPUT"})
    assert guard_warnings(feedback) == []
    assert any("Walking network" in text for text in feedback.infos)



def convert(layer, source, target, name):
    result, _context, _feedback = run_algorithm("convertcoordinates", {
        "INPUT": layer, "FROM": source, "TO": target, "OUTPUT": "TEMPORARY_OUTPUT"})
    result["OUTPUT"].setName(name)
    return result["OUTPUT"]


def test_check_warns_on_gcj02_copies_of_the_sample_and_not_after_converting_back(provider):
    """The sample's communities and facilities as an Amap-based survey would have them (GCJ-02) over its WGS-84
    streets: the community corners, which follow the streets, show the shift. (Its facilities alone stand ~40 m
    inside regular blocks, where a 600 m shift lands them as near a street as before: the guard says nothing it
    cannot tell.)"""
    layers = {name: "{}|layername={}".format(SAMPLE, name) for name in ("communities", "facilities", "streets")}
    communities = convert(layers["communities"], "wgs84", "gcj02", "gcj02 communities")
    facilities = convert(layers["facilities"], "wgs84", "gcj02", "gcj02 facilities")
    parameters = {"NETWORK": layers["streets"], "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_ITEMS": "TEMPORARY_OUTPUT"}
    _result, _context, loud = run_algorithm("checkcommunities", dict(
        parameters, COMMUNITIES=communities, FACILITIES=facilities))
    warnings = guard_warnings(loud)
    assert len(warnings) == 1 and "gcj02 communities" in warnings[0] and "towards north-west" in warnings[0]
    _result, _context, quiet = run_algorithm("checkcommunities", dict(
        parameters, COMMUNITIES=convert(communities, "gcj02", "wgs84", "back"),
        FACILITIES=convert(facilities, "gcj02", "wgs84", "back too")))
    assert guard_warnings(quiet) == []
