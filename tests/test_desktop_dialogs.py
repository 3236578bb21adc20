"""Every layer-writing algorithm run from the Processing algorithm dialog in real QGIS desktop (Xvfb), as a user's
click runs it — background task, results loaded into the project and post-processed — with temporary outputs, with
GeoPackage files and with shapefiles and CSV tables: no error in the log, every output in the project (styled where
the plugin has a style for it), and the GeoPackages closed. And what the dialogs show before the run: choices by
name, facility types from a list, the fields the run will use preselected."""

import json
import os
import subprocess

import pytest

from helpers import PLUGIN_ROOT

# algorithm → its outputs' layers: (name in the project, at least this many features, renderer or None for tables,
# whether our QML style — with Chinese aliases — is applied)
EXPECTED = {
    "adjustcommunities": [("调整后的社区", 10, "categorizedSymbol", True), ("变更（合并与拆分）", 2, None, True)],
    "delineatecommunities": [("建议社区", 10, "categorizedSymbol", True), ("单元及所属社区", 588, "singleSymbol", True)],
    "checkcommunities": [("社区体检结果", 10, "RuleRenderer", True), ("项目结果", 200, None, True)],
    "classifyfacilities": [("已分类设施", 100, "singleSymbol", False)],
    "convertcoordinates": [("转换后的图层", 100, "singleSymbol", False)],
    "exportprofile": [("检查清单表", 50, None, False)],
    "importpoi": [("导入的 POI", 5, "categorizedSymbol", True)],
    "networkqa": [("路网问题（线）", 0, "categorizedSymbol", True), ("路网问题（点）", 0, "categorizedSymbol", True)],
    "walkingserviceareas": [("可达道路", 100, "graduatedSymbol", True), ("服务范围", 2, "categorizedSymbol", True)],
    "comparechecks": [("各社区变化", 10, "categorizedSymbol", True), ("前后覆盖率对比", 13, None, True)],
    "suggestsites": [("推荐选址", 1, "graduatedSymbol", True)],
    "actionplan": [("行动计划（地图）", 1, "graduatedSymbol", True), ("行动计划（表格）", 1, None, True)],
}
NOT_LOADED = ("not correctly generated", "未正确生成", "Cannot open", "无法打开")


@pytest.fixture(scope="module")
def report():
    sample = PLUGIN_ROOT / "resources" / "sample" / "sample_district.gpkg"
    before = sample.read_bytes()
    result = subprocess.run(
        ["bash", str(PLUGIN_ROOT / "scripts" / "desktop_check.sh"), "--script",
         str(PLUGIN_ROOT / "scripts" / "desktop_dialogs.py"), "--locale", "zh_CN"],
        capture_output=True, text=True, timeout=300, env=dict(os.environ, CC_DESKTOP_TIMEOUT="240"),
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert sample.read_bytes() == before and not list(sample.parent.glob("*.gpkg-*"))  # the desktop used a copy
    report = json.loads(result.stdout)
    assert report["error"] is None, report["error"]
    assert report["loaded"]
    return report


# the runs with shapefile (layers) and CSV (tables) outputs; their styles' aliases are checked with the other modes
FILE_RUNS = ("checkcommunities", "exportprofile", "walkingserviceareas")


@pytest.mark.slow
@pytest.mark.parametrize("algorithm, mode", [(algorithm, mode) for mode in ("temporary", "gpkg", "shp")
                                             for algorithm in sorted(EXPECTED) if mode != "shp" or algorithm in FILE_RUNS])
def test_dialog_run_loads_styled_results_without_error(report, algorithm, mode):
    (run,) = [r for r in report["runs"] if r["algorithm"] == algorithm and r["mode"] == mode]
    assert run["finished"], run["log"][-2000:]
    assert "Results:" in run["log"]  # the dialog's own log was read
    assert not [word for word in NOT_LOADED if word in run["log"]], run["log"][-2000:]
    assert not [m for m in run["messages"] if "Processing" in m], run["messages"]
    layers = {layer["name"]: layer for layer in run["layers"]}
    assert sorted(layers) == sorted(name for name, *_rest in EXPECTED[algorithm])
    for name, minimum, renderer, styled in EXPECTED[algorithm]:
        layer = layers[name]
        assert layer["valid"] and layer["features"] >= minimum, layer
        assert layer["renderer"] == renderer, layer
        if mode == "shp":  # a shapefile layer, a CSV table (its columns titled in Chinese: nothing to alias)
            assert layer["source"].split("|")[0].endswith(".csv" if renderer is None else ".shp"), layer
        else:
            assert bool(layer["aliases"]) == styled, layer  # our style's Chinese aliases were applied
        assert layer["group"] == "完整社区体检", layer  # every output in the plugin's layer group
        if mode == "gpkg":
            assert ".gpkg" in layer["source"], layer
    if algorithm == "checkcommunities" and mode != "shp":  # the input's fields that cc_* repeat are hidden in the attribute table
        assert set(layers["社区体检结果"]["hidden_columns"]) == {"社区编号", "社区名称", "人口", "户数", "新建既有"}
    if mode == "gpkg":  # every writer closed: the file can be opened for writing at once
        assert run["files_writable"] and all(ok is True for ok in run["files_writable"].values()), run


@pytest.mark.slow
def test_survey_answers_chosen_in_the_dialog_count(report):
    """The dock's answers table chosen as SURVEY_ANSWERS in the check's dialog: its answer is used, and said so in
    Chinese, in every output mode."""
    runs = [r for r in report["runs"] if r["algorithm"] == "checkcommunities"]
    assert len(runs) == 3
    for run in runs:
        assert "1 条答复代替了 1 个社区在图层中的取值" in run["log"], run["log"][-2000:]


def dialog(report, algorithm):
    (entry,) = [d for d in report["dialogs"] if d["algorithm"] == algorithm]
    return entry


@pytest.mark.slow
def test_dialog_shows_choices_by_name_and_codes_reach_the_algorithm(report):
    shown = dialog(report, "checkcommunities")["shown"]
    expected = {"PROFILE": ("完整居住社区建设标准（试行）2020", "mohurd-2020"),
                "MAPPING": ("无需转换：类型字段已是标准设施类型（代码或名称）", "taxonomy"),
                "DEFAULT_STATUS": ("未知：按新建、既有两种情况判断", "unknown"),
                "ATTRIBUTE_POLICY": ("严格：该项记为“未知”", "strict")}
    assert {name: (shown[name]["text"], shown[name]["value"]) for name in expected} == expected


@pytest.mark.slow
def test_coordinate_systems_and_poi_choices_are_shown_by_name(report):
    shown = dialog(report, "convertcoordinates")["shown"]
    assert {name: (shown[name]["text"], shown[name]["value"]) for name in ("FROM", "TO")} == {
        "FROM": ("GCJ-02（高德、腾讯、谷歌中国）", "gcj02"), "TO": ("WGS-84（GPS、OpenStreetMap、天地图、CGCS2000 经纬度）", "wgs84")}
    shown = dialog(report, "importpoi")["shown"]
    assert (shown["COORDINATES"]["text"], shown["COORDINATES"]["value"]) == ("按每个文件自动识别（无法判断时拒绝）", "auto")
    assert shown["MAPPING"]["value"] == "amap"


@pytest.mark.slow
def test_dialog_preselects_the_fields_the_run_would_choose(report):
    shown = dialog(report, "checkcommunities")["shown"]
    fields = {name: entry["value"] for name, entry in shown.items() if entry["wrapper"] == "DetectedFieldWrapper"}
    assert fields == {"ID_FIELD": "社区编号", "NAME_FIELD": "社区名称", "POPULATION_FIELD": "人口",
                      "HOUSEHOLDS_FIELD": "户数", "STATUS_FIELD": "新建既有", "FACILITY_TYPE_FIELD": "设施类型",
                      "FACILITY_NAME_FIELD": "名称", "BUILDING_AREA_FIELD": "建筑面积", "LAND_AREA_FIELD": "用地面积",
                      "USABLE_AREA_FIELD": None, "CLASSES_FIELD": "班数", "RESIDENTS_POPULATION_FIELD": None}


@pytest.mark.slow
def test_facility_types_are_picked_from_a_chinese_list(report):
    entry = dialog(report, "walkingserviceareas")
    assert len(entry["type_items"]) == 37 and entry["type_items"][:3] == ["社区综合服务站", "幼儿园", "托儿所"]
    assert entry["shown"]["TYPES"]["value"] is None  # nothing ticked: every type in the layer
    assert entry["types_checked"] == ["幼儿园", "社区卫生服务站"]  # set as a script would: a name and a code
    assert entry["types_value"] == "kindergarten,health_station"  # the algorithm gets codes
