"""The three algorithms that measure — the check, network QA, walking service areas — share one working frame: each
refuses a layer without a CRS with the same message naming the layer, measures a geographic layer in the same
projected CRS with the same log line, and gives the same answers when two inputs are in different projected CRSs."""

import pytest
from qgis import processing
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsProcessingContext,
    QgsProcessingException,
    QgsRectangle,
)

from complete_community.core.crs import GAUSS_KRUGER, LAYER, OVERRIDE, UTM, working_crs
from complete_community.core.i18n import tr
from helpers import grid_lines, line_layer, memory_layer, output_layer, run_algorithm, square

X0, Y0 = 500000.0, 2500000.0  # EPSG:4547 (CGCS2000 / 3-degree Gauss–Krüger CM 114E), near Shenzhen
ZONE_HERE = ("EPSG:4547", "CGCS2000 / 3-degree Gauss-Kruger CM 114E")  # 114°E in China: the district's own zone


def district(crs="EPSG:4547"):
    """A 4 × 4 grid of 100 m blocks, one community on the middle blocks, a kindergarten inside it and a bus stop
    150 m off the streets (off the network for network QA)."""
    streets = line_layer([[(X0 + x, Y0 + y) for x, y in line] for line in grid_lines(4)], crs=crs)
    communities = memory_layer("Polygon", ["社区编号:string", "人口:integer"],
                               [(square(X0 + 100, Y0 + 100, 200), ["A", 8000])], "communities", crs)
    facilities = memory_layer("Point", ["编号:string", "cc_type:string", "班数:integer"], [
        ((X0 + 150, Y0 + 120), ["K", "kindergarten", 6]), ((X0 + 200, Y0 + 550), ["S", "bus_stop", None])],
        "facilities", crs)
    return {"streets": streets, "communities": communities, "facilities": facilities}


def reprojected(layer, crs):
    copy = processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": crs, "OUTPUT": "TEMPORARY_OUTPUT"},
                          context=QgsProcessingContext())["OUTPUT"]
    copy.setName(layer.name())
    return copy


def without_crs(layer):
    copy = reprojected(layer, layer.crs())
    copy.setCrs(QgsCoordinateReferenceSystem())  # unknown, as a shapefile without .prj
    return copy


# each algorithm: its main layer (the frame's), a second layer, and what its answers are
ALGORITHMS = {
    "checkcommunities": ("communities", "facilities"),
    "networkqa": ("streets", "facilities"),
    "walkingserviceareas": ("streets", "facilities"),
}
LABELS = {"communities": "“communities” (Communities)", "streets": "“streets” (Walking network (street lines))",
          "facilities": {"checkcommunities": "“facilities” (Facilities)",
                         "networkqa": "“facilities” (Facilities (optional))",
                         "walkingserviceareas": "“facilities” (Facilities)"}}


def run(name, layers, extra=None):
    parameters = {
        "checkcommunities": {"COMMUNITIES": layers["communities"], "FACILITIES": layers["facilities"],
                             "NETWORK": layers["streets"], "OUTPUT": "TEMPORARY_OUTPUT",
                             "OUTPUT_ITEMS": "TEMPORARY_OUTPUT"},
        "networkqa": {"NETWORK": layers["streets"], "FACILITIES": layers["facilities"],
                      "OUTPUT_POINTS": "TEMPORARY_OUTPUT", "OUTPUT_LINES": "TEMPORARY_OUTPUT"},
        "walkingserviceareas": {"NETWORK": layers["streets"], "FACILITIES": layers["facilities"], "MINUTES": "5",
                                "OUTPUT_LINES": "TEMPORARY_OUTPUT", "OUTPUT_POLYGONS": "TEMPORARY_OUTPUT"},
    }[name]
    parameters.update(extra or {})
    result, context, feedback = run_algorithm(name, parameters)
    return answers(name, result, context), feedback


def answers(name, result, context):
    """What the algorithm concluded, in numbers that do not depend on the CRS of the outputs."""
    if name == "checkcommunities":
        items = output_layer(result["OUTPUT_ITEMS"], context)
        return {(f["item_id"], f["status"], round(f["distance_m"] or 0)) for f in items.getFeatures()}
    if name == "networkqa":
        return {key: result[key] for key in ("COMPONENTS", "DANGLING_ENDS", "FACILITIES_OFF_NETWORK")}
    polygons = output_layer(result["OUTPUT_POLYGONS"], context)
    return {f["type"]: round(f["street_length_m"], -1) for f in polygons.getFeatures()}


def label(name, role):
    text = LABELS[role]
    return text[name] if isinstance(text, dict) else text


@pytest.mark.parametrize("name", sorted(ALGORITHMS))
@pytest.mark.parametrize("role", ["main", "second"])
def test_a_layer_without_crs_is_refused_naming_it(provider, name, role):
    layers = district()
    layer_role = ALGORITHMS[name][0 if role == "main" else 1]
    layers[layer_role] = without_crs(layers[layer_role])
    with pytest.raises(QgsProcessingException) as raised:
        run(name, layers)
    expected = tr("{} has no coordinate reference system, so distances and areas cannot be measured. Assign the CRS "
                  "the coordinates are in (Layer Properties ▸ Source, or “Assign projection”) and run again.")
    assert str(raised.value) == expected.format(label(name, layer_role))


@pytest.mark.parametrize("name", sorted(ALGORITHMS))
def test_geographic_main_layer_is_measured_in_the_same_projected_crs(provider, name):
    reference, _feedback = run(name, district())
    main = ALGORITHMS[name][0]
    layers = {role: reprojected(layer, "EPSG:4326") for role, layer in district().items()}
    found, feedback = run(name, layers)
    assert found == reference
    logged = [line for line in feedback.infos if "is not in a projected CRS in metres" in line]
    assert logged == [tr("{} is not in a projected CRS in metres ({}): distances and areas are measured in {} ({})")
                      .format(label(name, main), "EPSG:4326", *ZONE_HERE)]


@pytest.mark.parametrize("name", sorted(ALGORITHMS))
def test_two_projected_crss_are_measured_in_the_main_layers(provider, name):
    reference, _feedback = run(name, district())
    layers = district()
    second = ALGORITHMS[name][1]
    layers[second] = reprojected(layers[second], "EPSG:3857")  # projected too, but another one
    found, feedback = run(name, layers)
    assert found == reference
    main = ALGORITHMS[name][0]
    assert tr("Measuring in {} ({}), the CRS of {}").format(
        "EPSG:4547", "CGCS2000 / 3-degree Gauss-Kruger CM 114E", label(name, main)) in feedback.infos


def with_crs(layer, authid):
    """The layer's coordinates unchanged under another CRS — what a wrong .prj does."""
    copy = reprojected(layer, layer.crs())
    copy.setCrs(QgsCoordinateReferenceSystem(authid))
    return copy


@pytest.mark.parametrize("name", sorted(ALGORITHMS))
@pytest.mark.parametrize("role", ["main", "second"])
def test_metres_in_a_geographic_crs_are_refused_before_any_geometry_check(provider, name, role):
    """A land-use shapefile whose .prj says WGS 84 while its coordinates are Gauss–Krüger metres: the message names
    the layer and the likely fix — not 'invalid polygons', which is what reading it as degrees would give."""
    layers = district()
    layer_role = ALGORITHMS[name][0 if role == "main" else 1]
    layers[layer_role] = with_crs(layers[layer_role], "EPSG:4326")
    with pytest.raises(QgsProcessingException) as raised:
        run(name, layers)
    message = str(raised.value)
    assert message.startswith(label(name, layer_role) + ": its coordinates (")
    assert "look like metres" in message and "CGCS2000 3-degree Gauss–Krüger zone (EPSG:4534–4554)" in message


@pytest.mark.parametrize("name", sorted(ALGORITHMS))
def test_degrees_in_a_projected_crs_are_refused(provider, name):
    layers = {role: reprojected(layer, "EPSG:4326") for role, layer in district().items()}
    main = ALGORITHMS[name][0]
    layers[main] = with_crs(layers[main], "EPSG:4547")  # degrees, but the .prj says Gauss–Krüger
    with pytest.raises(QgsProcessingException) as raised:
        run(name, layers)
    message = str(raised.value)
    assert message.startswith(label(name, main) + ": its coordinates (114")
    assert "look like longitudes and latitudes" in message and "EPSG:4490" in message


# where geographic data is measured: the CGCS2000 3-degree Gauss–Krüger zone in China (EPSG:4534 = CM 75E, each next
# code 3° east), the UTM zone elsewhere
@pytest.mark.parametrize("lon, lat, expected, reason", [
    (121.47, 31.23, "EPSG:4549", GAUSS_KRUGER),  # Shanghai: CM 120E
    (116.40, 39.90, "EPSG:4548", GAUSS_KRUGER),  # Beijing: 116.4°E is nearer 117°E than 114°E
    (114.32, 23.02, "EPSG:4547", GAUSS_KRUGER),  # Huizhou: CM 114E
    (87.62, 43.83, "EPSG:4538", GAUSS_KRUGER),  # Ürümqi: CM 87E
    (24.94, 60.17, "EPSG:32635", UTM),  # Helsinki: UTM 35N
    (-0.13, 51.51, "EPSG:32630", UTM),  # London: UTM 30N
])
def test_geographic_data_is_measured_in_its_own_zone(qgis_app, lon, lat, expected, reason):
    extent = QgsRectangle(lon - 0.01, lat - 0.01, lon + 0.01, lat + 0.01)
    crs, chosen_for = working_crs(QgsCoordinateReferenceSystem("EPSG:4326"), extent,
                                  QgsCoordinateTransformContext())
    assert (crs.authid(), chosen_for) == (expected, reason)
    if reason == GAUSS_KRUGER:
        assert crs.description().startswith("CGCS2000 / 3-degree Gauss-Kruger CM ")


def test_the_zone_names_its_central_meridian(qgis_app):
    """EPSG:4548 is CM 117E, and so on: the codes are the CM zones, not the ones with the zone number in front."""
    for code in range(4534, 4555):
        central_meridian = 75 + 3 * (code - 4534)
        crs = QgsCoordinateReferenceSystem("EPSG:{}".format(code))
        assert crs.description() == "CGCS2000 / 3-degree Gauss-Kruger CM {}E".format(central_meridian)


def test_a_projected_layer_keeps_its_crs_and_an_override_wins(qgis_app):
    extent = QgsRectangle(X0, Y0, X0 + 400, Y0 + 400)
    gauss_kruger = QgsCoordinateReferenceSystem("EPSG:4547")
    assert working_crs(gauss_kruger, extent, QgsCoordinateTransformContext()) == (gauss_kruger, LAYER)
    override = QgsCoordinateReferenceSystem("EPSG:32650")
    assert working_crs(gauss_kruger, extent, QgsCoordinateTransformContext(), override) == (override, OVERRIDE)


@pytest.mark.parametrize("name", sorted(ALGORITHMS))
def test_the_crs_chosen_for_the_run_is_used_and_logged(provider, name):
    reference, _feedback = run(name, district())
    layers = {role: reprojected(layer, "EPSG:4326") for role, layer in district().items()}
    found, feedback = run(name, layers, {"WORKING_CRS": "EPSG:32650"})
    assert found == reference  # the same answers in UTM 50N as in the Gauss–Krüger zone: 400 m, 2 km apart
    assert tr("Measuring in {} ({}), the CRS chosen for this run").format(
        "EPSG:32650", "WGS 84 / UTM zone 50N") in feedback.infos
    assert not [line for line in feedback.infos if "is not in a projected CRS in metres" in line]


@pytest.mark.parametrize("name", sorted(ALGORITHMS))
def test_a_geographic_crs_chosen_for_the_run_is_refused(provider, name):
    with pytest.raises(QgsProcessingException) as raised:
        run(name, district(), {"WORKING_CRS": "EPSG:4490"})
    assert str(raised.value).startswith(tr("“{}”: {} ({}) is not a projected CRS in metres").format(
        tr("CRS to measure in (optional)"), "EPSG:4490", "China Geodetic Coordinate System 2000"))
