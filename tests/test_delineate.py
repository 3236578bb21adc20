"""Drawing communities (core/delineate, completecommunity:delineatecommunities and adjustcommunities).

Acceptance 1: a generated district with a known best grouping — blocks of known population in cells between barrier
lines; a cell of 8,000 persons can only be one community, a cell of 18,000 only two (one would be above the band,
three of 6,000 are allowed by the band but the grouping aims at the band's middle: 18,000 / 8,500 → 2) — is drawn with
every community in the band, no community across a barrier, and the known count."""

import numpy as np
import pytest

from helpers import SAMPLE, memory_layer, output_layer, run_algorithm, square

BLOCKS = 4  # blocks per cell side
SIZE = 150.0  # block side (m)
GAP = 20.0  # street between cells, where the barrier runs
BIG_CELLS = {(0, 1), (2, 2), (1, 0)}  # cells of 18,000 persons; the others hold 8,000


def district(cells=3):
    """(blocks as (x0, y0, population, cell), barrier lines, the known community count)."""
    blocks = []
    cell = BLOCKS * SIZE + GAP
    for cx in range(cells):
        for cy in range(cells):
            per_block = (18000.0 if (cx, cy) in BIG_CELLS else 8000.0) / BLOCKS ** 2
            for bx in range(BLOCKS):
                for by in range(BLOCKS):
                    blocks.append((cx * cell + bx * SIZE, cy * cell + by * SIZE, per_block, cx * cells + cy))
    far = cells * cell + 100
    barriers = [[(k * cell - GAP / 2, -100), (k * cell - GAP / 2, far)] for k in range(1, cells)]
    barriers += [[(-100, k * cell - GAP / 2), (far, k * cell - GAP / 2)] for k in range(1, cells)]
    return blocks, barriers, cells * cells + len(BIG_CELLS)


def test_unit_population_takes_the_first_known_value():
    from complete_community.core.delineate.units import unit_population

    population, source = unit_population([100, np.nan, np.nan, np.nan], [np.nan, 10, np.nan, np.nan],
                                         [np.nan, np.nan, 1000, np.nan], persons_per_household=2.5,
                                         persons_per_m2=0.03)
    assert population[:3].tolist() == [100, 25, 30]
    assert np.isnan(population[3])
    assert source.tolist() == ["population", "households", "floor_area", ""]


def test_core_grouping_of_the_generated_district():
    from shapely.geometry import LineString, box

    from complete_community.core.check.distances import StraightLineDistances
    from complete_community.core.delineate.grouping import Grouping
    from complete_community.core.delineate.units import Band, neighbours, walk_matrix

    blocks, barrier_lines, expected = district()
    shapes = [box(x, y, x + SIZE, y + SIZE) for x, y, _p, _c in blocks]
    xy = np.array([s.representative_point().coords[0] for s in shapes])
    band = Band(5000, 12000, 600)
    backend = StraightLineDistances(xy)
    backend.prepare(xy)
    pairs = neighbours(shapes, xy, 50.0, [LineString(line) for line in barrier_lines])
    assert pairs.cut_by_barriers > 0
    grouping = Grouping([b[2] for b in blocks], xy, pairs.first, pairs.second, walk_matrix(backend, len(xy), 1200),
                        band)
    labels = grouping.group()
    communities = grouping.communities(labels)
    cells = np.array([b[3] for b in blocks])
    assert len(communities) == expected
    for community in communities:
        assert band.minimum <= community.population <= band.maximum
        assert len(set(cells[community.members].tolist())) == 1  # no barrier crossed
        assert community.beyond_reach == 0 and community.reason == ""
    # without the barriers the blocks link across the streets: the grouping may mix cells, never leave the band
    free = neighbours(shapes, xy, 50.0)
    assert free.cut_by_barriers == 0 and len(free.first) > len(pairs.first)


def test_out_of_band_reasons():
    """A unit above the band stays alone (split the unit); a group cut off by a barrier under the band says merge
    across it."""
    from shapely.geometry import LineString, box

    from complete_community.core.check.distances import StraightLineDistances
    from complete_community.core.delineate.grouping import MERGE_ACROSS, SPLIT_UNIT, Grouping
    from complete_community.core.delineate.units import Band, neighbours, walk_matrix

    shapes = [box(0, 0, 100, 100), box(100, 0, 200, 100), box(200, 0, 300, 100), box(320, 0, 420, 100)]
    population = [15000, 3000, 3000, 2000]
    xy = np.array([s.representative_point().coords[0] for s in shapes])
    backend = StraightLineDistances(xy)
    backend.prepare(xy)
    pairs = neighbours(shapes, xy, 50.0, [LineString([(310, -50), (310, 150)])])
    grouping = Grouping(population, xy, pairs.first, pairs.second, walk_matrix(backend, 4, 1200),
                        Band(5000, 12000, 600))
    labels = grouping.group()
    reasons = {tuple(sorted(c.members.tolist())): (c.status, c.reason) for c in grouping.communities(labels)}
    assert reasons == {(0,): (1, SPLIT_UNIT), (1, 2): (0, ""), (3,): (-1, MERGE_ACROSS)}


def district_layers():
    blocks, barrier_lines, expected = district()
    units = memory_layer("Polygon", ["code:string", "人口:double"],
                         [(square(x + 500000, y + 2490000, SIZE), ["B{}".format(i), p])
                          for i, (x, y, p, _c) in enumerate(blocks)], name="blocks")
    barriers = memory_layer("LineString", ["name:string"],
                            [([(x + 500000, y + 2490000) for x, y in line], ["arterial"]) for line in barrier_lines],
                            name="arterials")
    return units, barriers, expected, blocks


def test_algorithm_draws_the_known_grouping_and_feeds_the_check(provider):
    from check_fixture import facilities_layer

    units, barriers, expected, blocks = district_layers()
    result, context, feedback = run_algorithm("delineatecommunities", {
        "UNITS": units, "BARRIERS": barriers, "OUTPUT": "memory:", "OUTPUT_UNITS": "memory:"})
    communities = output_layer(result["OUTPUT"], context)
    assert result["COMMUNITY_COUNT"] == expected and result["OUT_OF_BAND_COUNT"] == 0
    assert communities.featureCount() == expected
    rows = [f for f in communities.getFeatures()]
    assert all(5000 <= f["population"] <= 12000 and f["band"] == "within" for f in rows)
    assert sum(f["population"] for f in rows) == pytest.approx(sum(b[2] for b in blocks))
    # no community crosses a barrier: the barriers do not pass through any community's interior
    from shapely import wkb

    lines = [wkb.loads(bytes(f.geometry().asWkb())) for f in barriers.getFeatures()]
    for feature in rows:
        shape = wkb.loads(bytes(feature.geometry().asWkb()))
        assert not any(shape.buffer(-1.0).intersects(line) for line in lines), feature["id"]
    unit_rows = list(output_layer(result["OUTPUT_UNITS"], context).getFeatures())
    assert len(unit_rows) == len(blocks) and all(f["cc_community"] for f in unit_rows)
    # straight into the check: id, population and households recognised
    checked, context2, check_feedback = run_algorithm("checkcommunities", {
        "COMMUNITIES": communities, "FACILITIES": facilities_layer(), "OUTPUT": "memory:",
        "OUTPUT_ITEMS": "memory:"})
    checked_layer = output_layer(checked["OUTPUT"], context2)
    assert checked["COMMUNITY_COUNT"] == expected
    assert "id=id" in " ".join(check_feedback.log) and "population=population" in " ".join(check_feedback.log)
    assert {f["cc_band"] for f in checked_layer.getFeatures()} == {"ok"}


def sample_layers():
    """The sample's communities and, as units, its residents (building points with a population: C03 holds 4,197
    persons, under the band; C05 13,505, above it)."""
    from qgis.core import QgsVectorLayer

    communities = QgsVectorLayer("{}|layername=communities".format(SAMPLE), "communities", "ogr")
    residents = QgsVectorLayer("{}|layername=residents".format(SAMPLE), "residents", "ogr")
    assert communities.isValid() and residents.isValid()
    return communities, residents


def test_adjust_merges_the_under_band_and_splits_the_over_band_sample_community(provider):
    from qgis.core import NULL

    communities, residents = sample_layers()
    result, context, feedback = run_algorithm("adjustcommunities", {
        "COMMUNITIES": communities, "UNITS": residents, "LINK_DISTANCE": 80.0, "OUTPUT": "memory:",
        "OUTPUT_CHANGES": "memory:"})
    changes = list(output_layer(result["OUTPUT_CHANGES"], context).getFeatures())
    by_action = {}
    for change in changes:
        by_action.setdefault(change["action"], []).append(change)
    assert result["SPLIT_COUNT"] == 1 and result["MERGE_COUNT"] == 1, [c.attributes() for c in changes]
    assert by_action["split"][0]["before"] == "C05"
    assert "C03" in by_action["merge"][0]["before"].split(", ")
    adjusted = {f["id"]: f for f in output_layer(result["OUTPUT"], context).getFeatures()}
    # the rest unchanged: C01, C02, C04, C06, C07, C09, C10 keep their population; C08 (no residents) is kept
    for name, population in (("C01", 9201), ("C02", 11000), ("C04", 9805), ("C06", 7596), ("C07", 5994)):
        assert adjusted[name]["population"] == population and adjusted[name]["change"] == "unchanged"
    assert adjusted["C08"]["change"] == "unchanged" and adjusted["C08"]["population"] in (None, NULL)
    assert adjusted["C05-1"]["change"] == "split" and adjusted["C03+C05-2"]["change"] == "merge"
    changed = [f for f in adjusted.values() if f["change"] != "unchanged"]
    assert all(5000 <= f["population"] <= 12000 for f in changed), [(f["id"], f["population"]) for f in changed]
    assert sum(f["population"] for f in changed) == pytest.approx(4197 + 13505)
    assert not any(f["id"] == "C03" or f["id"] == "C05" for f in adjusted.values())



@pytest.mark.parametrize("language, titles", [
    ("zh_CN", ["调整方式", "调整前社区", "调整前人口", "调整后社区", "调整后人口", "未调整原因代码", "未调整原因"]),
    ("en_US", ["Change", "Communities before", "Population before", "Communities after", "Population after",
               "Reason code", "Why no change was found"])])
def test_the_change_table_is_titled_in_the_interface_language(provider, tmp_path, language, titles):
    """The review meeting opens the change table in Excel: its columns are titled as the attribute table names them
    (the style's aliases), the codes stay; in QGIS the style names the actions."""
    import csv

    from complete_community.processing.styling import style_aliases, style_value_maps
    from helpers import interface_language, read_titled_csv

    communities, residents = sample_layers()
    target = tmp_path / "changes.csv"
    with interface_language(language):
        result, context, _feedback = run_algorithm("adjustcommunities", {
            "COMMUNITIES": communities, "UNITS": residents, "LINK_DISTANCE": 80.0, "OUTPUT": "memory:",
            "OUTPUT_CHANGES": str(target)})
        aliases, labels = style_aliases("adjustment_changes"), style_value_maps("adjustment_changes")["action"]
    with open(target, encoding="utf-8-sig") as handle:
        assert next(csv.reader(handle)) == titles
    rows = read_titled_csv(target, aliases)
    assert sorted(row["action"] for row in rows) == ["merge", "split"]
    assert labels["merge"] == ("合并" if language == "zh_CN" else "Merge")

# Acceptance 2: the Huizhou plan (../shared/data/cn_layouts; its .prj says WGS 84, its coordinates are EPSG:4547 —
# assigned to a memory copy, the shared files are never touched). Its 35 residential parcels (R2, R3) have no
# population and no floor area: the assumption is a plot ratio of 2.0 and 33 m² of floor area per person, i.e.
# 2.0 / 33 m² ≈ 0.06 persons per m² of land = 600 persons per hectare of residential land (PERSONS_PER_HECTARE).
# Barriers: the plan's 3 main-road centre lines. Neighbouring parcels: up to 150 m apart.
HUIZHOU_PERSONS_PER_HECTARE = 600.0
HUIZHOU_LINK = 150.0  # m: in a plan, residential parcels lie across schools, shops and roads from each other


def huizhou_layers(shared_data):
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsVectorLayer

    def in_4547(name):
        layer = QgsVectorLayer(str(shared_data / "cn_layouts" / name), name, "ogr")
        assert layer.isValid()
        return processing.run("native:assignprojection", {"INPUT": layer, "CRS": "EPSG:4547", "OUTPUT": "memory:"},
                              context=QgsProcessingContext())["OUTPUT"]

    parcels = in_4547("huizhou_land.shp")
    homes = processing.run("native:extractbyexpression", {"INPUT": parcels, "EXPRESSION": "\"Layer\" IN ('R2', 'R3')",
                                                          "OUTPUT": "memory:"}, context=QgsProcessingContext())["OUTPUT"]
    homes.setName("residential_parcels")
    roads = in_4547("huizhou_mainroad.shp")
    roads.setName("main_roads")
    return parcels, homes, roads


def delineate_huizhou(shared_data):
    parcels, homes, roads = huizhou_layers(shared_data)
    result, context, feedback = run_algorithm("delineatecommunities", {
        "UNITS": homes, "PERSONS_PER_HECTARE": HUIZHOU_PERSONS_PER_HECTARE, "BARRIERS": roads,
        "LINK_DISTANCE": HUIZHOU_LINK, "OUTPUT": "memory:", "OUTPUT_UNITS": "memory:"})
    return parcels, homes, roads, result, context, feedback


def prolonged(line, length):
    """The line (or the lines of a multi-line) with its first and last segments prolonged by length."""
    from shapely.geometry import LineString
    from shapely.ops import unary_union

    parts = list(line.geoms) if hasattr(line, "geoms") else [line]
    result = []
    for part in parts:
        xy = np.array(part.coords)[:, :2]
        start = xy[0] + (xy[0] - xy[1]) / np.hypot(*(xy[0] - xy[1])) * length
        end = xy[-1] + (xy[-1] - xy[-2]) / np.hypot(*(xy[-1] - xy[-2])) * length
        result.append(LineString(np.vstack([start, xy, end])))
    return unary_union(result)


def test_huizhou_plan_delineated_and_checked(provider, shared_data):
    from shapely import wkb
    from shapely.geometry import Point
    from shapely.ops import unary_union

    parcels, homes, roads, result, context, feedback = delineate_huizhou(shared_data)
    assert homes.featureCount() == 35
    communities = output_layer(result["OUTPUT"], context)
    rows = list(communities.getFeatures())
    total = sum(f["population"] for f in rows)
    land = sum(f.geometry().area() for f in homes.getFeatures())
    assert total == pytest.approx(land / 10000.0 * HUIZHOU_PERSONS_PER_HECTARE)
    assert result["COMMUNITY_COUNT"] == len(rows) >= int(np.ceil(total / 12000))
    # every community is in the band but where one parcel alone is above it (it must be split, and says so)
    largest = max(f.geometry().area() for f in homes.getFeatures()) / 10000.0 * HUIZHOU_PERSONS_PER_HECTARE
    assert largest > 12000
    out = [f for f in rows if f["band"] != "within"]
    assert result["OUT_OF_BAND_COUNT"] == len(out) == 1
    assert out[0]["reason"] == "split_unit" and out[0]["units"] == 1 and out[0]["population"] == pytest.approx(largest)
    assert all(5000 <= f["population"] <= 12000 for f in rows if f["band"] == "within")
    # no community crosses a main road: the plan area cut by the roads (prolonged to its edge), every community's
    # parcels in one piece
    shape = lambda feature: wkb.loads(bytes(feature.geometry().asWkb()))  # noqa: E731
    plan = unary_union([shape(f) for f in parcels.getFeatures()]).buffer(5.0)
    cuts = unary_union([prolonged(shape(f), 100.0) for f in roads.getFeatures()]).buffer(1.0)
    pieces = list(plan.difference(cuts).geoms)
    assert len(pieces) > 3
    piece_of = {}
    for unit in output_layer(result["OUTPUT_UNITS"], context).getFeatures():
        point = shape(unit).representative_point()
        piece = [i for i, p in enumerate(pieces) if p.contains(Point(point.x, point.y))]
        assert len(piece) == 1, unit["cc_community"]
        piece_of.setdefault(unit["cc_community"], set()).add(piece[0])
    assert all(len(found) == 1 for found in piece_of.values()), piece_of
    # the proposed communities checked by checkcommunities, the plan's parcels as facilities
    checked, context2, _feedback = run_algorithm("checkcommunities", {
        "COMMUNITIES": communities, "FACILITIES": parcels, "MAPPING": "landuse-gb50137", "RESIDENTS": homes,
        "OUTPUT": "memory:", "OUTPUT_ITEMS": "memory:"})
    assert checked["COMMUNITY_COUNT"] == len(rows)
    bands = {f["id"]: f["cc_band"] for f in output_layer(checked["OUTPUT"], context2).getFeatures()}
    assert bands == {f["id"]: {"within": "ok", "above": "over"}[f["band"]] for f in rows}


def test_algorithm_on_a_walking_network(provider):
    """The same district with streets along every block edge: walks replace straight lines, same grouping."""
    from helpers import line_layer

    units, barriers, expected, _blocks = district_layers()
    cell = BLOCKS * SIZE + GAP
    ticks = sorted({500000 + c * cell + b * SIZE for c in range(3) for b in range(BLOCKS + 1)})
    rows = sorted({2490000 + c * cell + b * SIZE for c in range(3) for b in range(BLOCKS + 1)})
    lines = [[(x, rows[0]), (x, rows[-1])] for x in ticks] + [[(ticks[0], y), (ticks[-1], y)] for y in rows]
    streets = line_layer(lines)
    result, context, feedback = run_algorithm("delineatecommunities", {
        "UNITS": units, "BARRIERS": barriers, "NETWORK": streets, "NODE_CROSSINGS": True, "OUTPUT": "memory:",
        "OUTPUT_UNITS": "memory:"})
    assert any(line.startswith("Walking network:") for line in feedback.infos)
    assert result["COMMUNITY_COUNT"] == expected and result["OUT_OF_BAND_COUNT"] == 0
    walks = [f["max_walk_m"] for f in output_layer(result["OUTPUT"], context).getFeatures()]
    # walks along the streets are longer than the straight lines (at most 335 m and 424 m from the centre here)
    assert all(w is not None and 0 < w <= 2 * 600 for w in walks) and max(walks) > 425


def test_units_without_any_population_are_refused_naming_the_fix(provider):
    from qgis.core import QgsProcessingException

    units = memory_layer("Polygon", ["code:string"], [(square(500000, 2490000, 100), ["A"])], name="blocks")
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("delineatecommunities", {"UNITS": units, "OUTPUT": "memory:", "OUTPUT_UNITS": "memory:"})
    assert "no unit has a population" in str(raised.value) and "persons" in str(raised.value)
    # the same blocks with a density: 1 ha × 600 persons, one community under the band, isolated
    result, context, _feedback = run_algorithm("delineatecommunities", {
        "UNITS": units, "PERSONS_PER_HECTARE": 600.0, "OUTPUT": "memory:", "OUTPUT_UNITS": "memory:"})
    (community,) = list(output_layer(result["OUTPUT"], context).getFeatures())
    assert community["population"] == pytest.approx(600.0) and community["reason"] == "merge_across"


def test_point_communities_do_not_overlap(provider):
    """Communities of building points are drawn as their points' hull widened by half the link distance; where two
    neighbours' hulls overlap, the ground goes to the community of the nearest building, so no two outlines overlap
    and each holds its own buildings (they used to overlap: the README said so). The sample's 588 buildings."""
    from shapely import wkb as shapely_wkb

    result, context, _feedback = run_algorithm("delineatecommunities", {
        "UNITS": "{}|layername=residents".format(SAMPLE), "LINK_DISTANCE": 80.0, "OUTPUT": "memory:",
        "OUTPUT_UNITS": "memory:"})
    communities = list(output_layer(result["OUTPUT"], context).getFeatures())
    shapes = {f["id"]: shapely_wkb.loads(bytes(f.geometry().asWkb())) for f in communities}
    assert len(shapes) >= 5 and all(shape.area > 0 for shape in shapes.values())
    names = sorted(shapes)
    for index, first in enumerate(names):
        for second in names[index + 1:]:
            assert shapes[first].intersection(shapes[second]).area < 1e-6, (first, second)
    for unit in output_layer(result["OUTPUT_UNITS"], context).getFeatures():
        if unit["cc_community"]:
            point = shapely_wkb.loads(bytes(unit.geometry().asWkb()))
            assert shapes[unit["cc_community"]].buffer(1e-6).contains(point), unit["cc_community"]


def test_community_shapes_cut_overlapping_hulls_by_the_nearest_unit():
    from shapely.geometry import Point

    from complete_community.core.delineate.units import community_shape, community_shapes

    points = [Point(0, 0), Point(0, 100), Point(60, 0), Point(60, 100), Point(200, 0)]
    members = [[0, 1], [2, 3, 4]]
    widened = [community_shape([points[i] for i in group], True, 80.0) for group in members]
    assert widened[0].intersection(widened[1]).area > 1000  # the hulls widened by 40 m overlap
    cut = community_shapes(members, points, True, 80.0)
    assert cut[0].intersection(cut[1]).area < 1e-6
    assert all(cut[n].contains(points[i]) for n, group in enumerate(members) for i in group)
    assert cut[0].union(cut[1]).area == pytest.approx(widened[0].union(widened[1]).area)  # no ground lost
    assert community_shapes(members, points, False, 80.0)[0].equals(community_shape([points[0], points[1]], False,
                                                                                    80.0))


def test_split_outline_gives_every_point_its_own_piece_on_a_grid():
    """Buildings on a regular grid are co-circular by the dozen: the Voronoi cells must still each hold their point
    (qhull's own options; dropping them lost points of whole communities)."""
    from shapely.geometry import MultiPoint, Point

    from complete_community.core.delineate.units import split_outline

    xy = np.array([(500000 + 70 * i, 2490000 + 60 * j) for i in range(12) for j in range(9)], dtype=float)
    part = (np.arange(len(xy)) * 7) % 4  # interleaved parts: every cell's neighbours belong to other parts
    outline = MultiPoint([tuple(p) for p in xy]).convex_hull.buffer(40.0)
    pieces = split_outline(outline, xy, part)
    assert sorted(pieces) == [0, 1, 2, 3]
    for (x, y), owner in zip(xy, part):
        assert pieces[int(owner)].buffer(1e-6).contains(Point(x, y))
    assert sum(piece.area for piece in pieces.values()) == pytest.approx(outline.area)
