"""The Processing algorithms of the standard-as-data issue: classifyfacilities and exportprofile."""

import csv
import hashlib
import json
import re

import pytest
from qgis.core import QgsProcessingException

from complete_community.core.profiles.table import column_titles
from helpers import memory_layer, output_layer, read_titled_csv, run_algorithm, run_qgis_process


def point_layer(rows, fields=("name:string", "type:string")):
    return memory_layer("Point", fields, [((500000 + index * 10, 3400000), values) for index, values in enumerate(rows)],
                        "facilities")




def run(algorithm, parameters, feedback=None):
    result, context, _feedback = run_algorithm(algorithm, parameters, feedback)
    return result, context


def test_classify_memory_layer_and_report_unmapped(provider, tmp_path):
    layer = point_layer([
        ("枫林街道社区卫生服务中心", "医疗保健服务;综合医院;卫生院"),
        ("中山医院", "医疗保健服务;综合医院;三级甲等医院"),
        ("小精灵宠物医院", "医疗保健服务;动物医疗场所;宠物诊所"),
        ("思南路幼儿园", "科教文化服务;学校;幼儿园"),
        ("某某咖啡", "餐饮服务;咖啡厅;咖啡厅"),
        ("另一家咖啡", "餐饮服务;咖啡厅;咖啡厅"),
        ("某某酒店", "住宿服务;宾馆酒店;宾馆酒店"),
    ])
    before = [f.attributes() for f in layer.getFeatures()]
    result, context = run("classifyfacilities", {
        "INPUT": layer, "MAPPING": "amap", "OUTPUT": "TEMPORARY_OUTPUT",
        "UNMAPPED_OUTPUT": str(tmp_path / "unmapped.csv")})
    output = output_layer(result["OUTPUT"], context)
    types = [(f["name"], f["cc_type"], f["cc_rule"]) for f in output.getFeatures()]
    assert types == [
        ("枫林街道社区卫生服务中心", "health_centre", "amap:health_centre_name"),
        ("中山医院", "hospital", "amap:hospital_suffix"),
        ("小精灵宠物医院", None, "amap:pet_type"),
        ("思南路幼儿园", "kindergarten", "amap:kindergarten"),
        ("某某咖啡", None, None),
        ("另一家咖啡", None, None),
        ("某某酒店", None, None),
    ]
    assert [f["cc_type_zh"] for f in output.getFeatures()][0] == "社区卫生服务中心"
    assert (result["CLASSIFIED_COUNT"], result["EXCLUDED_COUNT"], result["UNMAPPED_COUNT"]) == (3, 1, 3)
    with open(result["UNMAPPED_OUTPUT"], encoding="utf-8-sig") as handle:
        unmapped = [(r["category"], int(r["count"])) for r in csv.DictReader(handle)]
    assert unmapped == [("餐饮服务;咖啡厅;咖啡厅", 2), ("住宿服务;宾馆酒店;宾馆酒店", 1)]  # most frequent first
    assert [f.attributes() for f in layer.getFeatures()] == before  # the input is never modified
    assert layer.fields().indexOf("cc_type") == -1


def test_classify_uses_chosen_fields(provider):
    layer = point_layer([("A", "幼儿园"), ("B", "公交站")], fields=("mc:string", "sslx:string"))
    result, context = run("classifyfacilities", {
        "INPUT": layer, "MAPPING": "taxonomy", "CATEGORY_FIELD": "sslx", "OUTPUT": "TEMPORARY_OUTPUT"})
    output = output_layer(result["OUTPUT"], context)
    assert [f["cc_type"] for f in output.getFeatures()] == ["kindergarten", "bus_stop"]


def test_bad_mapping_file_gives_clear_error(provider, tmp_path):
    bad = tmp_path / "mine.yaml"
    bad.write_text("format: complete-community-mapping/1\nrules:\n  - {when: {name: {contains: [a]}}, type: x}\n",
                   encoding="utf-8")
    layer = point_layer([("a", "b")])
    with pytest.raises(QgsProcessingException, match="mine.yaml: rules\\[1\\].type: unknown facility type 'x'"):
        run("classifyfacilities", {"INPUT": layer, "MAPPING_FILE": str(bad), "OUTPUT": str(tmp_path / "o.gpkg")})
    assert not (tmp_path / "o.gpkg").exists()


@pytest.mark.shared_data
@pytest.mark.parametrize("extract, layer_name, expected", [
    ("kotka_test.osm.pbf", "points", {"bus_stop": 36, "kindergarten": 1, "convenience_store": 1}),
    ("kotka_test.osm.pbf", "multipolygons", {"nursery": 1, "community_park": 1, "multi_sport_ground": 2}),
    ("Helsinki.osm.pbf", "points", {"bus_stop": 94, "supermarket": 6, "pharmacy": 6, "clinic": 7,
                                    "parcel_locker": 1, "postal_express_station": 2}),
    ("Helsinki.osm.pbf", "multipolygons", {"community_park": 18, "multi_sport_ground": 6}),
])
def test_classify_osm_extracts(provider, shared_data, extract, layer_name, expected):
    path = shared_data / "helsinki" / extract
    result, context = run("classifyfacilities", {
        "INPUT": "{}|layername={}".format(path, layer_name), "MAPPING": "osm", "OUTPUT": "TEMPORARY_OUTPUT"})
    output = output_layer(result["OUTPUT"], context)
    counts = {}
    for feature in output.getFeatures():
        if feature["cc_type"]:
            counts[feature["cc_type"]] = counts.get(feature["cc_type"], 0) + 1
    for code, number in expected.items():
        assert counts.get(code) == number, (code, counts)


def test_export_profile_table_and_html(provider, tmp_path):
    result, context = run("exportprofile", {"PROFILE": "gb50180-2018-5min", "OUTPUT": str(tmp_path / "c.csv"),
                                            "OUTPUT_HTML": str(tmp_path / "c.html")})
    assert result["ITEM_COUNT"] == 20
    rows = read_titled_csv(tmp_path / "c.csv", column_titles())
    assert len(rows) == result["ROW_COUNT"]
    assert {r["item_id"] for r in rows} >= {"{:02d}".format(n) for n in range(1, 21)}
    kindergarten_reach = next(r for r in rows if r["item_id"] == "02" and r["check"] == "walking time")
    assert (float(kindergarten_reach["value"]), float(kindergarten_reach["reach_m"])) == (5, 300)
    html = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert "城市居住区规划设计标准" in html and html.count("<tr") == len(rows) + 1


def html_rows(html):
    """The cells of every body row of the printable page, tags removed (a note follows the source after a space)."""
    rows = []
    for row in re.findall(r"<tr class='c-(\w*)'>(.*?)</tr>", html):
        cells = [re.sub(r"<[^>]+>", " ", cell).strip() for cell in re.findall(r"<td>(.*?)</td>", row[1])]
        rows.append([row[0]] + cells)
    return rows


def test_export_shows_the_corrected_tags_and_sources(provider, tmp_path):
    result, _context = run("exportprofile", {"PROFILE": "mohurd-2020", "OUTPUT": str(tmp_path / "c.csv"),
                                             "OUTPUT_HTML": str(tmp_path / "c.html")})
    rows = read_titled_csv(tmp_path / "c.csv", column_titles())
    reach = {(r["item_id"], r["requirement"]): r for r in rows if r["check"] == "walking time"}
    shops = reach[("08", "shops")]  # inherits the profile's default reach: a plugin default, P
    assert (float(shops["value"]), float(shops["reach_m"]), shops["confidence"]) == (10, 600, "P")
    assert shops["source"].startswith("plugin default: 意见 二（一）") and "inherited" in shops["note"]
    kindergarten = reach[("02", "kindergarten")]  # the policy names kindergartens: C, from the policy body
    assert kindergarten["confidence"] == "C" and kindergarten["source"].startswith("意见 二（一）: 以居民步行5—10分钟")
    default = next(r for r in rows if r["check"] == "default walking time")
    assert (default["item_id"], default["confidence"], float(default["reach_m"])) == ("general", "P", 600)
    lockers = next(r for r in rows if r["requirement"] == "lockers" and r["check"] == "number of facilities")
    assert (float(lockers["value"]), lockers["confidence"]) == (2, "P")
    assert any(r["requirement"] == "walking_cycling" and r["check"].startswith("surveyed: 慢行系统") for r in rows)
    collection = next(r for r in rows if r["requirement"] == "collection_station")
    assert collection["advisory"] == "yes"
    # the printable page: the same rows, highlighted by tag, each reach with its own or the inherited source
    html = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert "标准 总则" not in html
    printed = html_rows(html)
    assert len(printed) == result["ROW_COUNT"]
    shops_row = next(r for r in printed if r[1] == "08" and r[3] == "shops" and r[8] == "walking time")
    assert shops_row[0] == "P" and shops_row[10:14] == ["10", "min", "600", "P"]
    assert shops_row[14].startswith("plugin default: 意见 二（一）") and "inherited" in shops_row[14]
    station_row = next(r for r in printed if r[1] == "01" and r[3] == "station" and r[8] == "walking time")
    assert station_row[0] == "C" and station_row[14].startswith("意见 二（一）")
    bus_row = next(r for r in printed if r[1] == "11" and r[3] == "bus_stop" and r[8] == "walking time")
    assert bus_row[13:] == ["R", "标准 三、11: 居民步行10分钟可达公交站"]


def test_export_local_default_reach_is_tagged_l(provider, tmp_path):
    local = tmp_path / "local.yaml"
    local.write_text("extends: mohurd-2020\nreach: 15\n", encoding="utf-8")
    run("exportprofile", {"PROFILE_FILE": str(local), "OUTPUT": str(tmp_path / "c.csv"),
                          "OUTPUT_HTML": str(tmp_path / "c.html")})
    printed = html_rows((tmp_path / "c.html").read_text(encoding="utf-8"))
    shops_row = next(r for r in printed if r[1] == "08" and r[3] == "shops" and r[8] == "walking time")
    assert shops_row[10:14] == ["15", "min", "900", "L"] and "local.yaml" in shops_row[14]
    kindergarten_row = next(r for r in printed if r[1] == "02" and r[8] == "walking time")
    assert kindergarten_row[10:14] == ["10", "min", "600", "C"]


def test_export_local_profile_file(provider, tmp_path):
    local = tmp_path / "local.yaml"
    local.write_text("extends: mohurd-2020\nwalk_speed: 75\n", encoding="utf-8")
    result, context = run("exportprofile", {"PROFILE_FILE": str(local), "OUTPUT": "TEMPORARY_OUTPUT"})
    table = output_layer(result["OUTPUT"], context)
    speed = next(f for f in table.getFeatures() if f["check"] == "walking speed")
    assert (speed["value"], speed["confidence"]) == (75, "L")


def test_export_invalid_profile_writes_nothing(provider, tmp_path):
    local = tmp_path / "local.yaml"
    local.write_text("extends: mohurd-2020\nwalk_speed: {value: 75, unit: km/h}\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="local.yaml: walk_speed.unit: wrong unit 'km/h'"):
        run("exportprofile", {"PROFILE_FILE": str(local), "OUTPUT": str(tmp_path / "out.csv")})
    assert not (tmp_path / "out.csv").exists()


def test_failure_after_writing_started_removes_the_file(provider, tmp_path, monkeypatch):
    def broken(_profile):
        raise RuntimeError("disk full")

    monkeypatch.setattr("complete_community.processing.algorithms.export_profile.render_html", broken)
    with pytest.raises(QgsProcessingException, match="Unexpected error \\(RuntimeError\\): disk full"):
        run("exportprofile", {"OUTPUT": str(tmp_path / "out.gpkg"), "OUTPUT_HTML": str(tmp_path / "c.html")})
    assert list(tmp_path.iterdir()) == []


@pytest.mark.shared_data
def test_classify_headless_with_qgis_process(shared_data, tmp_path):
    """The same algorithm through qgis_process, as `make demo` and institutes' batch scripts use it."""
    source = shared_data / "helsinki" / "kotka_test.osm.pbf"
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    result = run_qgis_process(
        tmp_path / "profile", "--json", "run", "completecommunity:classifyfacilities", "--",
        "INPUT={}|layername=points".format(source), "MAPPING=osm", "OUTPUT={}".format(tmp_path / "out.gpkg"))
    assert result.returncode == 0, result.stderr
    outputs = json.loads(result.stdout)["results"]
    assert (outputs["CLASSIFIED_COUNT"], outputs["UNMAPPED_COUNT"]) == (40, 74)
    assert hashlib.sha256(source.read_bytes()).hexdigest() == digest
