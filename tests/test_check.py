"""The community check, end to end through Processing: a hand-built district asserted item by item, the result
layers, the sample district, bad input, cancellation and the same results headless."""

import csv
import json

import check_fixture
import pytest
from qgis import processing
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsVectorLayer,
)

from complete_community.core.qgis_compat import invalid_geometry_check
from complete_community.processing.check_outputs import ITEM_FIELDS
from complete_community.processing.styling import style_aliases
from helpers import (
    PLUGIN_ROOT,
    SAMPLE,
    interface_language,
    memory_layer,
    output_layer,
    read_titled_csv,
    run_algorithm,
    run_qgis_process,
    square,
)


def check(parameters, feedback=None, context=None):
    parameters = dict({"OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_ITEMS": "TEMPORARY_OUTPUT"}, **parameters)
    result, context, feedback = run_algorithm("checkcommunities", parameters, feedback, context)
    return result, output_layer(result["OUTPUT"], context), output_layer(result["OUTPUT_ITEMS"], context), feedback


@pytest.fixture(scope="module")
def fixture_run(provider):
    return check({"COMMUNITIES": check_fixture.communities_layer(),
                  "FACILITIES": check_fixture.facilities_layer()})


def test_hand_built_district_item_by_item(fixture_run):
    _result, communities, items, _feedback = fixture_run
    statuses = {}
    for row in items.getFeatures():
        statuses.setdefault(row["community_id"], {})[row["item_id"]] = row["status"]
    for community_id, expected in check_fixture.EXPECTED.items():
        assert statuses[community_id] == expected, community_id
    # the community layer carries the same statuses, the band, the counts, the gaps and the verdict
    for feature in communities.getFeatures():
        expected = check_fixture.EXPECTED[feature["cc_id"]]
        assert {k: feature["item_" + k] for k in expected} == expected
        assert feature["cc_band"] == check_fixture.EXPECTED_BANDS[feature["cc_id"]]
        assert feature["cc_fail"] == sum(1 for s in expected.values() if s == "fail")
        assert feature["cc_unknown"] == sum(1 for s in expected.values() if s == "unknown")
        assert feature["cc_gaps"] == ",".join(k for k, s in expected.items() if s == "fail")
        assert feature["cc_complete"] == 0


def row(items, community_id, item_id):
    request = QgsFeatureRequest().setFilterExpression(
        "\"community_id\" = '{}' AND \"item_id\" = '{}'".format(community_id, item_id))
    (feature,) = list(items.getFeatures(request))
    return feature


def test_evidence_of_each_rule_class(fixture_run):
    _result, _communities, items, _feedback = fixture_run
    kindergarten = row(items, "A", "02")  # area threshold
    assert "2000" in kindergarten["reason_zh"] and "2200" in kindergarten["reason_zh"]
    assert "building area 2000" in kindergarten["reason_en"]
    nursery = row(items, "A", "03")  # attribute missing
    assert "缺少建筑面积数据" in nursery["reason_zh"]
    health = row(items, "A", "05")  # reach
    assert (health["measured"], health["threshold"], health["unit"]) == (100.0, 80.0, "percent")  # shares in %
    assert health["requirement_name"] == "社区卫生服务站"  # the requirement by its name (its id: health_station)
    assert health["facility_id"] == "A05" and health["method"] == "straight_line"
    assert health["distance_m"] == pytest.approx(250.0)  # from the community's representative point (150, 150)
    stores = row(items, "A", "06")  # existing alternative
    assert stores["requirement"] == "supermarket/convenience_stores"
    assert "替代要求" in stores["reason_zh"] and stores["measured"] == 2
    station = row(items, "A", "01")  # advisory threshold reported, not decisive
    assert "（建议值）" in station["reason_zh"] and "800" in station["reason_zh"] and station["status"] == "pass"
    survey = row(items, "A", "12")  # surveyed, empty
    assert "待核实" in survey["reason_zh"] and "to be verified" in survey["reason_en"]
    missing_field = row(items, "A", "19")
    assert "缺少调查字段" in missing_field["reason_zh"]
    new_only = row(items, "B", "13")  # a new-only rule, advisory (宜): reported, not decisive
    assert "collection_station(advisory)=fail" in new_only["requirements"] and new_only["status"] == "pass"
    assert "（建议）" in new_only["reason_zh"] and "用地面积100平方米，低于要求的120平方米" in new_only["reason_zh"]
    assert "collection_station(advisory)=not_applicable" in row(items, "A", "13")["requirements"]
    parking = row(items, "B", "10")  # ratios of a new community
    assert "spaces_new=pass" in parking["requirements"] and "parking_existing=not_applicable" in parking["requirements"]
    no_alternative = row(items, "B", "06")
    assert "convenience_stores" not in no_alternative["requirement"]


def test_population_band_and_null_population_warning(fixture_run):
    _result, communities, _items, feedback = fixture_run
    bands = {f["cc_id"]: (f["cc_population"], f["cc_band"]) for f in communities.getFeatures()}
    assert bands["C"][1] == "unknown" and bands["B"] == (13000, "over")
    assert any("no population value" in w and "C" in w for w in feedback.warnings)


def test_output_keeps_the_input_fields_and_geometry(fixture_run):
    _result, communities, _items, _feedback = fixture_run
    names = communities.fields().names()
    assert names[:4] == ["社区编号", "人口", "户数", "新建既有"]
    assert {"cc_complete", "cc_gaps", "item_01", "item_20"} <= set(names)
    areas = sorted(round(f.geometry().area()) for f in communities.getFeatures())
    assert areas == [90000, 90000, 90000]


def test_walk_speed_parameter_changes_the_reach(provider):
    # at 30 m/min, 10 minutes are 300 m: the health station 100 m north of A reaches only its northern ~60 %
    _result, _communities, items, _feedback = check({
        "COMMUNITIES": check_fixture.communities_layer(), "FACILITIES": check_fixture.facilities_layer(),
        "WALK_SPEED": 30})
    health = row(items, "A", "05")
    assert health["status"] == "fail"
    assert 0.0 < health["measured"] < 80.0


def test_residents_weight_the_coverage(provider):
    # all of A's residents live by its northern edge, 120 m from the health station: full coverage even at
    # 30 m/min, where the even spread gives less than 80 %
    residents = memory_layer("Point", ["population:integer"], [((150, 280), [8000])], "residents")
    _result, _communities, items, feedback = check({
        "COMMUNITIES": check_fixture.communities_layer(), "FACILITIES": check_fixture.facilities_layer(),
        "WALK_SPEED": 30, "RESIDENTS": residents})
    health = row(items, "A", "05")
    assert health["status"] == "pass" and health["walk_speed"] == 30
    assert "直线距离300米（按步行10分钟折算）内可达社区卫生服务站、社区卫生服务中心的居民占100%" in health["reason_zh"]
    assert health["coverage_of"] == "residents"
    assert row(items, "B", "05")["coverage_of"] == "area"  # B has no resident points: an even spread, area shares
    assert any("Residents weight the coverage of 1 of 3" in info for info in feedback.infos)


def test_geographic_inputs_are_measured_in_metres(provider):
    """The same district in WGS 84 (and facilities in another CRS) gives the same statuses, measured in UTM."""
    communities = check_fixture.communities_layer()
    facilities = check_fixture.facilities_layer()
    context = QgsProcessingContext()
    wgs84 = processing.run("native:reprojectlayer", {"INPUT": communities, "TARGET_CRS": "EPSG:4326",
                                                     "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)["OUTPUT"]
    mercator = processing.run("native:reprojectlayer", {"INPUT": facilities, "TARGET_CRS": "EPSG:3857",
                                                        "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)["OUTPUT"]
    _result, _communities, items, feedback = check({"COMMUNITIES": wgs84, "FACILITIES": mercator})
    statuses = {}
    for feature in items.getFeatures():
        statuses.setdefault(feature["community_id"], {})[feature["item_id"]] = feature["status"]
    assert statuses == check_fixture.EXPECTED
    assert any("EPSG:32649" in info for info in feedback.infos)  # 114°E is UTM zone 49N


def test_bad_input_messages(provider, tmp_path):
    communities = check_fixture.communities_layer()
    facilities = check_fixture.facilities_layer()
    with pytest.raises(QgsProcessingException, match=r"“communities” \(Communities\): the layer has no field '常住人口数'"):
        check({"COMMUNITIES": communities, "FACILITIES": facilities, "POPULATION_FIELD": "常住人口数"})
    empty = memory_layer("Polygon", ["人口:integer"], [], "empty")
    with pytest.raises(QgsProcessingException, match="The community layer has no features"):
        check({"COMMUNITIES": empty, "FACILITIES": facilities, "OUTPUT": str(tmp_path / "o.gpkg")})
    untyped = memory_layer("Point", ["名字:string"], [((10, 10), [None])], "untyped")
    with pytest.raises(QgsProcessingException, match="The facility layer has no type field"):
        check({"COMMUNITIES": communities, "FACILITIES": untyped})
    bad_profile = tmp_path / "p.yaml"
    bad_profile.write_text("extends: mohurd-2020\nwalk_speed: -5\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="p.yaml: walk_speed.value: negative value -5"):
        check({"COMMUNITIES": communities, "FACILITIES": facilities, "PROFILE_FILE": str(bad_profile)})
    assert list(tmp_path.iterdir()) == [bad_profile]


def bowtie_layer():
    layer = check_fixture.communities_layer()
    layer.startEditing()
    first = next(layer.getFeatures())
    bowtie = [QgsPointXY(x, y) for x, y in ((0, 0), (300, 300), (300, 0), (0, 300), (0, 0))]
    layer.changeGeometry(first.id(), QgsGeometry.fromPolygonXY([bowtie]))
    layer.commitChanges()
    return layer


def test_invalid_geometry_stops_with_a_clear_message_by_default(provider):
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(invalid_geometry_check("AbortOnInvalid"))
    with pytest.raises(QgsProcessingException, match="invalid geometry"):
        check({"COMMUNITIES": bowtie_layer(), "FACILITIES": check_fixture.facilities_layer()}, context=context)


def test_invalid_geometry_repaired_when_not_filtered(provider):
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(invalid_geometry_check("NoCheck"))
    _result, communities, _items, feedback = check(
        {"COMMUNITIES": bowtie_layer(), "FACILITIES": check_fixture.facilities_layer()}, context=context)
    assert communities.featureCount() == 3
    assert any("Community A: invalid polygon repaired" in w for w in feedback.warnings)


def test_inputs_are_not_modified(provider, tmp_path):
    import shutil

    copy = tmp_path / "sample.gpkg"
    shutil.copy(SAMPLE, copy)
    before = copy.read_bytes()
    check({"COMMUNITIES": f"{copy}|layername=communities", "FACILITIES": f"{copy}|layername=facilities",
           "OUTPUT": str(tmp_path / "r.gpkg"), "OUTPUT_ITEMS": str(tmp_path / "i.csv")})
    assert copy.read_bytes() == before


def test_result_styles_load(fixture_run, chinese_interface):
    from complete_community.processing.styling import LoadedOutput

    _result, communities, items, feedback = fixture_run
    LoadedOutput("community_results", "社区体检结果").postProcessLayer(communities, QgsProcessingContext(), feedback)
    assert communities.name() == "社区体检结果"
    rules = communities.renderer().rootRule().children()
    assert rules[0].label().startswith("完整社区") and len(rules) == 5
    for rule in rules:  # QGIS 3.22 has no BETWEEN: a filter it cannot parse silently draws nothing
        assert not QgsExpression(rule.filterExpression()).hasParserError(), rule.filterExpression()
    counts = {}
    for feature in communities.getFeatures():
        matching = [r.label() for r in rules if QgsExpression(r.filterExpression()).evaluate(
            _feature_context(feature))]
        assert len(matching) == 1, (feature["cc_id"], matching)  # every community in exactly one class
        counts[matching[0]] = counts.get(matching[0], 0) + 1
    assert sum(counts.values()) == 3
    label = QgsExpression(communities.labeling().settings().fieldName)
    assert not label.hasParserError()
    labels = {f["cc_id"]: label.evaluate(_feature_context(f)) for f in communities.getFeatures()}
    unknown_c = next(f["cc_unknown"] for f in communities.getFeatures() if f["cc_id"] == "C")
    assert labels["C"] == "C\n短板 {} · 待核实 {}".format(
        next(f["cc_fail"] for f in communities.getFeatures() if f["cc_id"] == "C"), unknown_c) and unknown_c > 0
    assert communities.attributeDisplayName(communities.fields().indexOf("cc_fail")) == "短板项数"
    assert communities.attributeDisplayName(communities.fields().indexOf("item_02")) == "02 一个幼儿园"
    LoadedOutput("item_results", None).postProcessLayer(items, QgsProcessingContext(), feedback)
    assert items.attributeDisplayName(items.fields().indexOf("reason_zh")) == "原因"
    assert len(items.conditionalStyles().rowStyles()) == 4


def _feature_context(feature):
    context = QgsExpressionContext()
    context.setFeature(feature)
    return context


def read_csv(path):
    return sorted(tuple(r.items()) for r in read_titled_csv(path, style_aliases("item_results")))


def test_processing_run_and_qgis_process_agree(provider, tmp_path):
    common = {"COMMUNITIES": f"{SAMPLE}|layername=communities", "FACILITIES": f"{SAMPLE}|layername=facilities",
              "NETWORK": f"{SAMPLE}|layername=streets"}
    check(dict(common, OUTPUT=str(tmp_path / "a.gpkg"), OUTPUT_ITEMS=str(tmp_path / "a.csv")))
    result = run_qgis_process(tmp_path / "profile", "--json", "run", "completecommunity:checkcommunities", "--",
                              *["{}={}".format(k, v) for k, v in common.items()],
                              "OUTPUT={}".format(tmp_path / "b.gpkg"), "OUTPUT_ITEMS={}".format(tmp_path / "b.csv"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["results"]["COMMUNITY_COUNT"] == 10
    rows = read_csv(tmp_path / "a.csv")
    assert len(rows) == 200
    assert rows == read_csv(tmp_path / "b.csv")


def test_sample_district_has_every_status(provider):
    _result, communities, items, _feedback = check({"COMMUNITIES": f"{SAMPLE}|layername=communities",
                                                    "FACILITIES": f"{SAMPLE}|layername=facilities"})
    item_statuses = {f["status"] for f in items.getFeatures()}
    requirement_statuses = {part.split("=")[1] for f in items.getFeatures() for part in f["requirements"].split(", ")}
    assert item_statuses == {"pass", "fail", "unknown"}
    assert requirement_statuses == {"pass", "fail", "unknown", "not_applicable"}
    bands = {f["cc_band"] for f in communities.getFeatures()}
    assert bands == {"ok", "under", "over", "unknown"}
    verdicts = {f["cc_complete"] for f in communities.getFeatures()}
    assert verdicts == {0, 1}
    assert {f["cc_status"] for f in communities.getFeatures()} == {"new", "existing", "unknown"}  # C07, C10


def test_sample_generator_is_deterministic(tmp_path):
    import subprocess
    import sys

    target = tmp_path / "again.gpkg"
    subprocess.run([sys.executable, str(PLUGIN_ROOT / "scripts" / "make_sample.py"), str(target)], check=True,
                   capture_output=True)
    for layer_name in ("communities", "facilities", "streets", "residents"):
        bundled = QgsVectorLayer(f"{SAMPLE}|layername={layer_name}", "a", "ogr")
        again = QgsVectorLayer(f"{target}|layername={layer_name}", "b", "ogr")
        assert [(f.attributes(), f.geometry().asWkt(1)) for f in bundled.getFeatures()] == \
            [(f.attributes(), f.geometry().asWkt(1)) for f in again.getFeatures()], layer_name


def test_status_decided_by_field_default_or_left_unknown(provider):
    """C07 has no new/existing value and C10 says 待定: unknown unless a default is chosen, and the log counts it."""
    sample = {"COMMUNITIES": f"{SAMPLE}|layername=communities", "FACILITIES": f"{SAMPLE}|layername=facilities"}
    _result, communities, _items, feedback = check(sample)
    decided = {f["cc_id"]: (f["cc_status"], f["cc_status_from"]) for f in communities.getFeatures()}
    assert decided["C07"] == decided["C10"] == ("unknown", "unknown")
    assert decided["C01"] == ("existing", "field") and decided["C06"] == ("new", "field")
    assert "New/existing status: 8 from the field, 0 from the default, 2 unknown (judged both ways)" in feedback.infos
    assert any("Community C10: status value '待定' is neither new nor existing; taken as unknown" in w
               for w in feedback.warnings)
    _result, communities, _items, feedback = check(dict(sample, DEFAULT_STATUS="existing"))
    decided = {f["cc_id"]: (f["cc_status"], f["cc_status_from"]) for f in communities.getFeatures()}
    assert decided["C07"] == decided["C10"] == ("existing", "default")
    assert "New/existing status: 8 from the field, 2 from the default, 0 unknown (judged both ways)" in feedback.infos


def test_checking_a_result_layer_again_gives_the_same_verdicts(provider, tmp_path):
    """The result layer carries cc_* and item_* fields ('unknown', 'fail' …): they are never read as survey answers
    or as any other input, so a second check — with either profile — sees exactly the original inputs. The hand-built
    district has no 综合管理服务 field, so item 19 is read from nothing, not from the first run's item_19."""
    from complete_community.core.check.fields import is_result_field
    from complete_community.processing.check_outputs import RESULT_FIELDS

    assert all(is_result_field(name) for name, *_rest in RESULT_FIELDS)

    def verdicts(items):
        return {(f["community_id"], f["item_id"]): (f["status"], f["reason_zh"]) for f in items.getFeatures()}

    for profile in ("mohurd-2020", "pilot-2022"):
        first_output = str(tmp_path / "first_{}.gpkg".format(profile))
        _r, _c, first_items, _f = check({"COMMUNITIES": check_fixture.communities_layer(),
                                         "FACILITIES": check_fixture.facilities_layer(), "PROFILE": profile,
                                         "OUTPUT": first_output})
        _r, again_communities, again_items, _f = check({"COMMUNITIES": first_output,
                                                       "FACILITIES": check_fixture.facilities_layer(),
                                                       "PROFILE": profile})
        assert again_communities.fields().names().count("item_19") == 1  # replaced, not repeated
        assert verdicts(again_items) == verdicts(first_items)


def test_polygon_footprint_as_land_area_is_said_and_can_be_switched_off(provider):
    """A kindergarten drawn as a 60 × 60 m polygon without a land-area value: its 3,600 m² footprint passes the
    3,500 m² land threshold, and the reason says the area came from the polygon; switched off, the land area is
    unknown. With the presence policy, a kindergarten without sizes passes and the community lists the item."""
    communities = memory_layer("Polygon", ["社区编号:string", "人口:integer"], [(square(0, 0, 300), ["A", 8000])],
                               "communities")
    kindergarten = memory_layer("Polygon", ["编号:string", "名称:string", "cc_type:string", "班数:integer",
                                            "建筑面积:double"],
                                [(square(100, 100, 60), ["K", "甲幼儿园", "kindergarten", 6, 2400.0])], "facilities")
    _r, _c, items, _f = check({"COMMUNITIES": communities, "FACILITIES": kindergarten})
    assert row(items, "A", "02")["status"] == "pass"
    assert "甲幼儿园的用地面积按图形面积计（3600平方米）" in row(items, "A", "02")["reason_zh"]
    _r, _c, items, _f = check({"COMMUNITIES": communities, "FACILITIES": kindergarten, "FOOTPRINT_LAND_AREA": False})
    assert row(items, "A", "02")["status"] == "unknown"
    assert "甲幼儿园缺少用地面积数据" in row(items, "A", "02")["reason_zh"]
    unsized = memory_layer("Point", ["编号:string", "名称:string", "cc_type:string"],
                           [((150, 150), ["K", "甲幼儿园", "kindergarten"])], "facilities")
    _r, result_layer, items, _f = check({"COMMUNITIES": communities, "FACILITIES": unsized,
                                         "ATTRIBUTE_POLICY": "presence"})
    (community,) = list(result_layer.getFeatures())
    assert row(items, "A", "02")["status"] == "pass" and row(items, "A", "02")["unverified"] == 1
    assert "02" in community["cc_unverified_items"].split(",") and community["cc_unverified"] >= 1


def test_csv_outputs_start_with_a_byte_order_mark(provider, tmp_path):
    """Excel and WPS read a CSV as UTF-8 only with a BOM; without it the Chinese reasons are mojibake."""
    target = tmp_path / "items.csv"
    check({"COMMUNITIES": check_fixture.communities_layer(), "FACILITIES": check_fixture.facilities_layer(),
           "OUTPUT_ITEMS": str(target)})
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert any("社区内" in line for line in raw.decode("utf-8-sig").splitlines()[1:])
    reread = QgsVectorLayer(str(target), "items", "ogr")
    assert reread.fields().names()[0] == style_aliases("item_results")["community_id"]  # GDAL reads past the mark


@pytest.mark.parametrize("language, first, reason", [("zh_CN", "社区编号", "原因"), ("en_US", "Community ID", "Reason")])
def test_csv_column_titles_follow_the_interface_language(provider, tmp_path, language, first, reason):
    """People open the item table in Excel: its columns are titled as the attribute table names them."""
    with interface_language(language):
        check({"COMMUNITIES": check_fixture.communities_layer(), "FACILITIES": check_fixture.facilities_layer(),
               "OUTPUT_ITEMS": str(tmp_path / "items.csv")})
        titles = style_aliases("item_results")
    with open(tmp_path / "items.csv", encoding="utf-8-sig") as handle:
        header = next(csv.reader(handle))
    assert header[0] == first and reason in header and len(header) == len(set(header)) == len(ITEM_FIELDS)
    rows = read_titled_csv(tmp_path / "items.csv", titles)
    assert rows and {row["status"] for row in rows} <= {"pass", "fail", "unknown", "not_applicable"}  # codes stay


def test_every_requirement_is_named_not_coded():
    """The item table's 判定要求 and the reasons about alternatives name a requirement in words, never by its id."""
    import re

    from complete_community.core.check.reasons import requirement_label
    from complete_community.core.profiles.loader import bundled_profiles, load_profile

    cjk = re.compile(r"[\u4e00-\u9fff]")
    for profile_id in bundled_profiles():
        for item in load_profile(profile_id).ordered_items():
            for requirement in item.requirements + tuple(a for r in item.requirements for a in r.alternatives):
                zh, en = requirement_label(requirement)
                assert cjk.search(zh) and not cjk.search(en) and requirement.id not in (zh, en), (profile_id, zh, en)
    labels = {r.id: requirement_label(r)[0] for r in load_profile("mohurd-2020").items["07"].requirements}
    assert labels == {"lockers": "社区内多组智能信包箱、智能快件箱", "locker_capacity": "比例指标",
                      "station_new": "邮政快递末端综合服务站（新建）", "station_existing": "邮政快递末端综合服务站（既有）"}
