"""completecommunity:networkqa on a hand-built network with planted faults (each found exactly, with its numbers),
on a clean grid (nothing found), with noding, on cancellation (no file left) and on the real Helsinki extract."""

import numpy as np
import pytest
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLineSymbol,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from complete_community.core.network import qa
from complete_community.core.network.graph import WalkingGraph
from helpers import line_layer, memory_layer, output_layer, run_algorithm

ALGORITHM = "completecommunity:networkqa"
X0, Y0 = 500000.0, 2500000.0  # EPSG:4547 (CGCS2000 / 3-degree GK CM 114E), metres

# a 3 × 3 grid of 100 m blocks, noded at every crossing (the southern street also at x = 150, where a spur starts)
GRID = [[(x, y) for x in ((0, 100, 150, 200, 300) if y == 0 else (0, 100, 200, 300))] for y in (0, 100, 200, 300)] \
    + [[(x, y) for y in (0, 100, 200, 300)] for x in (0, 100, 200, 300)]
GRID_LENGTH = 8 * 300.0
SPUR = [(150, 0), (150, 98)]  # ends 2 m short of the street y = 100: the near miss
CUL_DE_SAC = [(300, 300), (360, 300)]  # a plain dead end: nothing within 5 m of (360, 300)
ISLAND = [[(600, 100), (720, 100), (720, 150)], [(720, 150), (600, 150), (600, 100)]]  # touches nothing: 340 m
MOTORWAY = [(-100, -50), (400, -50)]  # highway=motorway: removed by the walkability filters, 500 m
RIVER = [(-100, -200), (400, -200)]  # no highway tag: not a street, left out and not reported
MAIN_LENGTH = GRID_LENGTH + 98.0 + 60.0  # 2558 m
ISLAND_LENGTH = 2 * 120.0 + 2 * 50.0  # 340 m
FACILITIES = [(50, 50), (150, 600)]  # the second is 300 m from the nearest street (y = 300)
RESIDENTS = [(250, 250), (-150, 150)]  # the second is 150 m from the nearest street (x = 0); the motorway is no street


def point(x, y):
    return QgsPointXY(X0 + x, Y0 + y)


def shifted(coordinates):
    return [(X0 + x, Y0 + y) for x, y in coordinates]


def network_layer(lines):
    """lines: (highway, coordinates) pairs, relative to (X0, Y0)."""
    return line_layer([shifted(coordinates) for _highway, coordinates in lines], "network",
                      fields=("name:string", "highway:string"),
                      attributes=[["street {}".format(i), highway] for i, (highway, _c) in enumerate(lines)])


def grid_lines():
    return [("residential", line) for line in GRID]


def faulty_lines():
    return grid_lines() + [("footway", SPUR), ("residential", CUL_DE_SAC)] \
        + [("service", line) for line in ISLAND] + [("motorway", MOTORWAY), (None, RIVER)]


def facilities_layer():
    return memory_layer("Point", ["name:string"], [((X0 + x, Y0 + y), [name])
                                                   for name, (x, y) in zip(("幼儿园", "远处的卫生站"), FACILITIES)],
                        "facilities")


def residents_layer():
    """20 m squares around the resident points, in EPSG:4326 (the algorithm measures in the network's CRS)."""
    to_wgs84 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4547"),
                                      QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    rows = []
    for x, y in RESIDENTS:
        ring = [to_wgs84.transform(QgsPointXY(X0 + x + dx, Y0 + y + dy))
                for dx, dy in ((-10, -10), (10, -10), (10, 10), (-10, 10), (-10, -10))]
        rows.append(([[(p.x(), p.y()) for p in ring]], [500]))
    return memory_layer("Polygon", ["population:integer"], rows, "residents", crs="EPSG:4326")


@pytest.fixture(scope="module")
def algorithm(provider):
    return ALGORITHM


def run(parameters, feedback=None, context=None):
    parameters = dict({"OUTPUT_POINTS": "TEMPORARY_OUTPUT", "OUTPUT_LINES": "TEMPORARY_OUTPUT"}, **parameters)
    result, context, feedback = run_algorithm("networkqa", parameters, feedback, context)
    return result, output_layer(result["OUTPUT_POINTS"], context), output_layer(result["OUTPUT_LINES"], context), \
        feedback


def by_problem(*layers):
    found = {}
    for layer in layers:
        for feature in layer.getFeatures():
            found.setdefault(feature["problem"], []).append(feature)
    return found


@pytest.fixture(scope="module")
def faulty_run(algorithm):
    return run({"NETWORK": network_layer(faulty_lines()), "FACILITIES": facilities_layer(),
                "RESIDENTS": residents_layer()})


def test_numbers_of_the_planted_faults(faulty_run):
    result, _points, _lines, _feedback = faulty_run
    assert result["COMPONENTS"] == 2
    assert result["LARGEST_SHARE"] == pytest.approx(MAIN_LENGTH / (MAIN_LENGTH + ISLAND_LENGTH))  # 2558 / 2898
    assert result["DANGLING_ENDS"] == 2  # the spur's end and the cul-de-sac's end
    assert result["NEAR_MISSES"] == 1
    assert result["FACILITIES_OFF_NETWORK"] == 1
    assert result["RESIDENTS_OFF_NETWORK"] == 1
    assert result["FILTERED_WAYS"] == 1


def test_each_planted_fault_found_exactly(faulty_run):
    _result, points, lines, _feedback = faulty_run
    found = by_problem(points, lines)
    assert {problem: len(features) for problem, features in found.items()} == {
        "disconnected": 1, "near_miss": 1, "dangling_end": 1, "facility_off_network": 1,
        "resident_off_network": 1, "filtered_way": 1}

    (island,) = found["disconnected"]
    assert island["component"] == 2
    assert island["length_m"] == pytest.approx(ISLAND_LENGTH)
    assert island.geometry().length() == pytest.approx(ISLAND_LENGTH)
    assert island.geometry().boundingBox().toString(1) == "{:.1f},{:.1f} : {:.1f},{:.1f}".format(
        X0 + 600, Y0 + 100, X0 + 720, Y0 + 150)
    assert "340" in island["detail"] and "2,558" in island["detail"]

    (near_miss,) = found["near_miss"]
    assert near_miss["distance_m"] == pytest.approx(2.0)
    assert near_miss["component"] == 1
    assert near_miss.geometry().asPoint() == point(150, 98)
    assert "2.0米" in near_miss["detail"]

    (dead_end,) = found["dangling_end"]
    assert dead_end.geometry().asPoint() == point(360, 300)
    assert dead_end["component"] == 1 and dead_end["distance_m"] == NULL and dead_end["length_m"] == NULL

    (facility,) = found["facility_off_network"]
    assert facility["distance_m"] == pytest.approx(300.0)
    assert facility.geometry().asPoint() == point(150, 600)
    assert "300" in facility["detail"] and "100" in facility["detail"]
    # the point says which facility it is: its name (the layer has no id field, so the feature id) and in the detail
    assert facility["feature_name"] == "远处的卫生站" and facility["feature_id"] == "2"
    assert facility["detail"].startswith("设施“远处的卫生站”距最近道路300米")

    (resident,) = found["resident_off_network"]
    assert resident["distance_m"] == pytest.approx(150.0, abs=0.01)  # the square came through EPSG:4326
    assert resident.geometry().asPoint().distance(point(-150, 150)) < 0.01

    (motorway,) = found["filtered_way"]
    assert motorway["length_m"] == pytest.approx(500.0)
    assert motorway["detail"].startswith("highway=motorway")
    assert motorway.geometry().length() == pytest.approx(500.0)


def test_outputs_have_the_network_crs_and_the_same_fields(faulty_run):
    _result, points, lines, _feedback = faulty_run
    for layer in (points, lines):
        assert layer.crs().authid() == "EPSG:4547"
        assert layer.fields().names() == ["problem", "detail", "distance_m", "component", "length_m", "feature_id",
                                          "feature_name"]
    assert points.geometryType() == 0 and lines.geometryType() == 1  # point, line


def test_summary_for_the_planner(faulty_run):
    _result, _points, _lines, feedback = faulty_run
    log = "\n".join(feedback.infos)
    assert "2 components; the largest holds 88.3 % of the street length (2,558 of 2,898 m)" in log
    assert "2 dangling ends; 1 of them are near misses" in log
    assert "1 of 2 facilities are farther than 100.0 m from every street" in log
    assert "1 of 2 residents are farther than 100.0 m from every street" in log
    assert "1 streets removed by the walkability filters: highway=motorway 1" in log
    assert "1 lines without a highway tag (railways, waterways, barriers …) are not streets" in log


def test_clean_grid_has_nothing_to_report(algorithm):
    result, points, lines, _feedback = run({"NETWORK": network_layer(grid_lines()), "FACILITIES": facilities_layer()})
    assert result["COMPONENTS"] == 1 and result["LARGEST_SHARE"] == pytest.approx(1.0)
    assert result["NEAR_MISSES"] == 0 and result["DANGLING_ENDS"] == 0 and result["FILTERED_WAYS"] == 0
    assert {problem: len(found) for problem, found in by_problem(points, lines).items()} == {"facility_off_network": 1}
    assert lines.featureCount() == 0


def test_noding_joins_a_bridge_drawn_without_junction_vertices(algorithm):
    # a street from inside the grid to inside the island, crossing x = 300 and x = 600 without shared vertices
    bridge = ("residential", [(250, 125), (650, 125)])
    layer = network_layer(faulty_lines() + [bridge])
    result, _points, _lines, _feedback = run({"NETWORK": layer})
    assert result["COMPONENTS"] == 3 and result["DANGLING_ENDS"] == 4
    noded, _points, lines, _feedback = run({"NETWORK": layer, "NODE_CROSSINGS": True})
    assert noded["COMPONENTS"] == 1 and noded["LARGEST_SHARE"] == pytest.approx(1.0)
    assert noded["NEAR_MISSES"] == 1  # the spur still stops 2 m short
    assert [f["problem"] for f in lines.getFeatures()] == ["filtered_way"]


def test_near_miss_tolerance_and_access_distance_are_parameters(algorithm):
    result, _points, _lines, _feedback = run({
        "NETWORK": network_layer(faulty_lines()), "FACILITIES": facilities_layer(), "RESIDENTS": residents_layer(),
        "NEAR_MISS_TOLERANCE": 1.5, "MAX_ACCESS": 200.0})
    assert result["NEAR_MISSES"] == 0 and result["DANGLING_ENDS"] == 2
    assert result["FACILITIES_OFF_NETWORK"] == 1 and result["RESIDENTS_OFF_NETWORK"] == 0


def test_empty_network_is_a_clear_error(algorithm):
    with pytest.raises(QgsProcessingException, match="no walkable line"):
        run({"NETWORK": network_layer([("motorway", MOTORWAY)])})


def test_style_categories_and_aliases(faulty_run, chinese_interface):
    from complete_community.processing.styling import LoadedOutput

    _result, points, lines, feedback = faulty_run
    seen = set()
    for layer, symbol_class, qml in ((points, QgsMarkerSymbol, "network_qa_points"),
                                     (lines, QgsLineSymbol, "network_qa_lines")):
        LoadedOutput(qml, "路网问题").postProcessLayer(layer, QgsProcessingContext(), feedback)
        assert layer.name() == "路网问题"
        renderer = layer.renderer()
        assert renderer.classAttribute() == "problem"
        # read each symbol's type while its category copy is alive (categories() returns copies that own them)
        symbols = {c.value(): c.symbol().type() for c in renderer.categories()}
        seen |= set(symbols)
        expected_type = symbol_class().type()
        assert all(symbol_type == expected_type for symbol_type in symbols.values()), qml
        assert layer.attributeDisplayName(layer.fields().indexOf("distance_m")) == "距离（米）"
        found = {feature["problem"] for feature in layer.getFeatures()}
        assert set(symbols) == found  # every finding has a category; the legend lists only what was found
    assert seen == set(qa.PROBLEMS)  # the district has every kind of problem


def test_style_draws_both_outputs(faulty_run):
    from complete_community.processing.styling import LoadedOutput

    _result, points, lines, feedback = faulty_run
    for layer, (x, y), qml in ((lines, (660, 100), "network_qa_lines"), (points, (150, 98), "network_qa_points")):
        # the island's southern street, the near miss
        LoadedOutput(qml, None).postProcessLayer(layer, QgsProcessingContext(), feedback)
        image = render(layer, QgsRectangle(X0 + x - 20, Y0 + y - 20, X0 + x + 20, Y0 + y + 20))
        red = sum(1 for i in range(image.width()) for j in range(image.height())
                  if image.pixelColor(i, j).name() == "#e31a1c")
        assert red > 20, layer.name()


def render(layer, extent, size=100):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(size, size))
    settings.setBackgroundColor(QColor("#ffffff"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def test_dangling_ends_ignore_own_street_and_short_spurs():
    street = np.array([(-30.0, 0.0), (0.0, 0.0), (40.0, 0.0)])
    spur = np.array([(0.0, 0.0), (4.0, 1.5)])  # a 4.3 m spur off a junction, its end 1.5 m from the street
    hook = np.array([(40.0, 0.0), (50.0, 0.0), (51.0, 0.0), (51.0, 1.0), (50.0, 1.0)])  # ends 1 m from itself
    graph = WalkingGraph.from_lines([street, spur, hook], snap_tolerance=0.01)
    ends = qa.dangling_ends(graph, 5.0)
    assert ends.count == 3  # the street's west end, the spur's end, the hook's end
    assert ends.near_miss_count == 0
    # a spur that does not start at the street: a near miss: its start misses the junction by 1 cm
    graph = WalkingGraph.from_lines([street, spur + (0.0, 0.01), np.array([(4.0, 1.51), (4.0, 30.0)])],
                                    snap_tolerance=0.001)
    ends = qa.dangling_ends(graph, 5.0)
    assert ends.near_miss_count == 1 and ends.gap[ends.near_miss][0] == pytest.approx(0.01)


@pytest.mark.shared_data
@pytest.mark.slow
def test_helsinki_network(algorithm, shared_data):
    pbf = shared_data / "helsinki" / "Helsinki.osm.pbf"
    result, points, lines, feedback = run({"NETWORK": "{}|layername=lines".format(pbf),
                                           "FACILITIES": "{}|layername=points".format(pbf)})
    assert result["COMPONENTS"] > 1
    assert 0.9 < result["LARGEST_SHARE"] < 1.0
    assert result["FILTERED_WAYS"] > 0 and result["DANGLING_ENDS"] > result["NEAR_MISSES"] > 0
    found = by_problem(points, lines)
    assert len(found["disconnected"]) == result["COMPONENTS"] - 1
    assert len(found["filtered_way"]) == result["FILTERED_WAYS"]
    # outputs in the layer's own CRS (WGS 84), inside the extract
    assert points.crs().authid() == lines.crs().authid() == "EPSG:4326"
    extent = lines.extent()
    assert 24.9 < extent.xMinimum() and extent.xMaximum() < 25.0 and 60.1 < extent.yMinimum() < 60.2
    print("\nHelsinki:\n" + "\n".join(feedback.infos[-7:]))
