"""Land-use plans as facilities and communities: the bundled land-use mappings (GB 50137-2011 and the 2023
用地用海分类), residential parcels as the places where people live, and the Huizhou plan of ../shared/data/cn_layouts
checked end to end — its .prj says WGS 84 while its coordinates are CGCS2000 Gauss–Krüger metres."""

import pytest
from qgis import processing
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsVectorLayer

from complete_community.core.mapping import load_mapping
from helpers import memory_layer, output_layer, run_algorithm

GB50137 = "landuse-gb50137"
LANDUSE_2023 = "landuse-2023"
FACILITY_NAMES = ("幼儿园", "XX公园", "中心绿地", "社区卫生服务站", "健身广场", "篮球场", "XX花园", "停车场", "小学")


def classify(mapping, code, name=""):
    return load_mapping(mapping).classify({"category": code, "name": name, "name_core": name, "tags": {}})


@pytest.mark.parametrize("mapping, code, expected", [
    (GB50137, "A33", "school"), (GB50137, "a33", "school"), (GB50137, "A51", "hospital"),
    (GB50137, "G1", "community_park"), (GB50137, "G3", "activity_site"), (GB50137, "A41", "multi_sport_ground"),
    (GB50137, "S42", "parking"),
    (LANDUSE_2023, "080404", "kindergarten"), (LANDUSE_2023, "80404", "kindergarten"),
    (LANDUSE_2023, "080403", "school"), (LANDUSE_2023, "080601", "hospital"),
    (LANDUSE_2023, "080602", "health_centre"), (LANDUSE_2023, "1401", "community_park"),
    (LANDUSE_2023, "1403", "activity_site"), (LANDUSE_2023, "080501", "multi_sport_ground"),
    (LANDUSE_2023, "120803", "parking"),
])
def test_a_code_that_names_one_facility_decides(mapping, code, expected):
    found, rule = classify(mapping, code, "防护绿地")  # the code decides, not the name
    assert found == expected and rule.startswith(mapping + ":")


@pytest.mark.parametrize("mapping, code", [
    (GB50137, "A6"), (GB50137, "A3"), (GB50137, "A4"), (GB50137, "A5"), (GB50137, "S4"), (GB50137, "S41"),
    (GB50137, "B1"), (GB50137, "R22"), (GB50137, "U22"),
    (LANDUSE_2023, "0806"), (LANDUSE_2023, "0807"), (LANDUSE_2023, "080701"), (LANDUSE_2023, "0702"),
    (LANDUSE_2023, "070201"), (LANDUSE_2023, "120802"), (LANDUSE_2023, "0901"),
])
def test_a_code_that_covers_several_kinds_of_facility_is_unknown_not_guessed(mapping, code):
    assert classify(mapping, code) == (None, None)


@pytest.mark.parametrize("mapping, code", [(GB50137, "G2"), (LANDUSE_2023, "1402")])
def test_protective_green_belts_are_no_park(mapping, code):
    assert classify(mapping, code, "防护绿地") == (None, "{}:protective_green".format(mapping))


@pytest.mark.parametrize("mapping, code", [
    (GB50137, "R"), (GB50137, "R1"), (GB50137, "R2"), (GB50137, "r2"), (GB50137, "R3"), (GB50137, "R21"),
    (GB50137, "R2/B1"), (GB50137, "R2B1"),
    (LANDUSE_2023, "07"), (LANDUSE_2023, "0701"), (LANDUSE_2023, "070101"), (LANDUSE_2023, "070102"),
    (LANDUSE_2023, "070103"), (LANDUSE_2023, "0703"), (LANDUSE_2023, "070301"), (LANDUSE_2023, "70102"),
])
@pytest.mark.parametrize("name", ("",) + FACILITY_NAMES)
def test_residential_land_is_never_a_facility_whatever_its_name(mapping, code, name):
    """Housing estates are named …花园, …公园: the code says people live there, and that decides."""
    assert classify(mapping, code, name) == (None, "{}:residential".format(mapping))


@pytest.mark.parametrize("mapping, code", [(GB50137, "R22"), (GB50137, "Rs"), (LANDUSE_2023, "0702")])
def test_the_service_land_of_residential_areas_is_read_by_its_name(mapping, code):
    assert classify(mapping, code, "阳光幼儿园")[0] == "kindergarten"
    assert classify(mapping, code, "社区卫生服务站")[0] == "health_station"
    assert classify(mapping, code) == (None, None)



# a small plan: a strip 2 km long, a park at its west end, homes near it and far from it
X0, Y0 = 500000.0, 2500000.0


def rectangle(x0, x1, y0=0.0, y1=200.0):
    return [[(X0 + x0, Y0 + y0), (X0 + x1, Y0 + y0), (X0 + x1, Y0 + y1), (X0 + x0, Y0 + y1), (X0 + x0, Y0 + y0)]]


def plan():
    return memory_layer("Polygon", ["地块编号:string", "用地代码:string"], [
        (rectangle(0, 100), ["G1-01", "G1"]),  # 20,000 m² of park
        (rectangle(100, 500), ["R2-01", "R2"]),  # 80,000 m² of homes, 250 m from the park
        (rectangle(500, 1500), ["B1-01", "B1"]),  # shops: nobody lives there
        (rectangle(1500, 2000), ["R2-02", "R2"]),  # 100,000 m² of homes, 1.7 km from the park
    ], "plan")


def green_space(result, context):
    items = {f["item_id"]: f for f in output_layer(result["OUTPUT_ITEMS"], context).getFeatures()}
    return items["15"]


def test_residential_parcels_without_population_weigh_their_area(provider):
    """The residents are where the homes are: 80,000 of the 180,000 m² of residential land lie within 600 m of the
    park — 44.4 %, not the share of the whole strip an even spread over the community would give."""
    parcels = plan()
    community = memory_layer("Polygon", ["社区编号:string"], [(rectangle(0, 2000), ["S1"])], "community")
    homes = derived(parcels, "native:extractbyattribute", "homes", FIELD="用地代码", OPERATOR=0, VALUE="R2")
    result, context, feedback = run_algorithm("checkcommunities", {
        "COMMUNITIES": community, "FACILITIES": parcels, "MAPPING": GB50137, "RESIDENTS": homes,
        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_ITEMS": "TEMPORARY_OUTPUT"})
    green = green_space(result, context)
    assert (green["status"], green["facility_id"], green["coverage_of"]) == ("pass", "G1-01", "residents")
    assert green["coverage"] == pytest.approx(100 * 80000 / 180000, abs=0.05)
    evenly, context, _feedback = run_algorithm("checkcommunities", {
        "COMMUNITIES": community, "FACILITIES": parcels, "MAPPING": GB50137,
        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_ITEMS": "TEMPORARY_OUTPUT"})
    assert green_space(evenly, context)["coverage_of"] == "area"
    assert abs(green_space(evenly, context)["coverage"] - green["coverage"]) > 5


def test_residents_as_points_still_need_a_population(provider):
    community = memory_layer("Polygon", ["社区编号:string"], [(rectangle(0, 2000), ["S1"])], "community")
    buildings = memory_layer("Point", ["名称:string"], [((X0 + 300, Y0 + 100), ["1号楼"])], "buildings")
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("checkcommunities", {
            "COMMUNITIES": community, "FACILITIES": plan(), "MAPPING": GB50137, "RESIDENTS": buildings,
            "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_ITEMS": "TEMPORARY_OUTPUT"})
    assert str(raised.value).startswith("“buildings” (Residents (optional: points or polygons with a population)): "
                                        "residents given as points need a population field (looked for: population")

# the Huizhou plan (../shared/data/cn_layouts, see its PROVENANCE.md): 79 parcels coded in the field `Layer`


def huizhou(shared_data):
    return QgsVectorLayer(str(shared_data / "cn_layouts" / "huizhou_land.shp"), "huizhou_land", "ogr")


def huizhou_in_its_crs(shared_data):
    """A memory copy with the CRS the coordinates are in (CGCS2000 / 3-degree Gauss–Krüger CM 114E): the shared files
    are not touched."""
    layer = huizhou(shared_data)
    assert layer.isValid() and layer.crs().authid() == "EPSG:4326"  # what the .prj claims
    copy = processing.run("native:assignprojection", {"INPUT": layer, "CRS": "EPSG:4547", "OUTPUT": "memory:"},
                          context=QgsProcessingContext())["OUTPUT"]
    copy.setName("huizhou_land")
    return copy


def derived(layer, algorithm, name, **parameters):
    result = processing.run(algorithm, dict(parameters, INPUT=layer, OUTPUT="memory:"),
                            context=QgsProcessingContext())["OUTPUT"]
    result.setName(name)
    return result


def test_the_huizhou_plan_with_its_wrong_prj_is_refused_naming_it(provider, shared_data):
    """Its .prj says WGS 84, its coordinates are metres: the check refuses before reading a feature, names the layer
    and says to assign the CRS (not reproject)."""
    layer = huizhou(shared_data)
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("checkcommunities", {"COMMUNITIES": layer, "FACILITIES": layer, "MAPPING": GB50137,
                                           "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_ITEMS": "TEMPORARY_OUTPUT"})
    message = str(raised.value)
    assert message.startswith("“huizhou_land” (Communities): its coordinates (532189, 2.54568e+06 – 533924, "
                              "2.54798e+06) cannot be longitudes and latitudes, yet its CRS is EPSG:4326")
    assert "EPSG:4534–4554" in message and "“Assign projection” (not “Reproject”)" in message


def test_the_huizhou_parcels_classified(provider, shared_data):
    result, context, feedback = run_algorithm("classifyfacilities", {
        "INPUT": huizhou_in_its_crs(shared_data), "MAPPING": GB50137, "OUTPUT": "TEMPORARY_OUTPUT",
        "UNMAPPED_OUTPUT": "TEMPORARY_OUTPUT"})
    # 4 G1 parcels are parks; 29 R2 and 6 R3 parcels are homes, excluded; the other 40 name no single facility
    assert (result["CLASSIFIED_COUNT"], result["EXCLUDED_COUNT"], result["UNMAPPED_COUNT"]) == (4, 35, 40)
    classified = output_layer(result["OUTPUT"], context)
    by_code = {}
    for feature in classified.getFeatures():
        code = feature["cc_type"]
        by_code.setdefault(feature["Layer"], set()).add((code or None, feature["cc_rule"]))  # NULL → None
    assert by_code["G1"] == {("community_park", "landuse-gb50137:park")}
    assert by_code["R2"] == by_code["R3"] == {(None, "landuse-gb50137:residential")}
    unmapped = {f["category"]: f["count"] for f in output_layer(result["UNMAPPED_OUTPUT"], context).getFeatures()}
    assert unmapped == {"B1": 13, "A3": 4, "A1": 3, "B2": 3, "S4": 3, "W1": 3, "U23": 3, "M1": 2, "S3": 1, "A6": 1,
                        "B41": 1, "U1": 1, "U3": 1, "A4": 1}


def test_the_huizhou_plan_checked_end_to_end(provider, shared_data):
    """The plan area (all parcels dissolved) as one community, its residential parcels (R2, R3: no population, so
    weighted by their area) as the residents, every parcel as a facility through the GB 50137 mapping."""
    parcels = huizhou_in_its_crs(shared_data)
    plan_area = derived(parcels, "native:dissolve", "plan_area")
    homes = derived(parcels, "native:extractbyexpression", "residential_parcels",
                    EXPRESSION="\"Layer\" IN ('R2', 'R3')")
    assert homes.featureCount() == 35
    result, context, feedback = run_algorithm("checkcommunities", {
        "COMMUNITIES": plan_area, "FACILITIES": parcels, "MAPPING": GB50137, "RESIDENTS": homes,
        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_ITEMS": "TEMPORARY_OUTPUT"})
    assert "Measuring in EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E), the CRS of “plan_area” " \
           "(Communities)" in feedback.infos
    assert any(line.startswith("“residential_parcels” (Residents") and "weighted by its area" in line
               for line in feedback.infos)
    assert "79 facilities, 4 of a type of the taxonomy (0 without geometry skipped)" in feedback.infos
    items = {f["item_id"]: f for f in output_layer(result["OUTPUT_ITEMS"], context).getFeatures()}
    statuses = {item: f["status"] for item, f in items.items()}
    # public green space: the four G1 parcels, their own area as land area; the only item the plan decides
    assert statuses.pop("15") == "pass"
    green = items["15"]
    assert green["measured"] == 4 and green["coverage_of"] == "residents"
    assert green["coverage"] == pytest.approx(77.4, abs=0.05)  # % of the residential land within 600 m of a G1
    assert green["facility_id"] == "ZKB-020-07" and "社区内有4处符合要求的社区游园" in green["reason_zh"]
    # everything else is unknown: no parcel code names a kindergarten, an elderly station (A6 social welfare is a
    # nursing home or an orphanage, not decided), a health station, a shop, a bus stop (S4 is any transport yard) …
    assert set(statuses.values()) == {"unknown"}
    for item in ("02", "04", "05", "14"):
        assert "inside the community, fewer than the 1 required" in items[item]["reason_en"]
    assert result["COMPLETE_COUNT"] == 0
