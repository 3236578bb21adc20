"""Every layer-writing algorithm run from the Processing algorithm dialog in real QGIS desktop (Xvfb), as a user's
click runs it — background task, results loaded into the project and post-processed — with temporary outputs and
with GeoPackage files: no error in the log, every output in the project (styled where the plugin has a style for it),
and the GeoPackages closed."""

import json
import os
import subprocess

import pytest

from helpers import PLUGIN_ROOT

# algorithm → its outputs' layers: (name in the project, at least this many features, renderer or None for tables,
# whether our QML style — with Chinese aliases — is applied)
EXPECTED = {
    "checkcommunities": [("社区体检结果", 10, "RuleRenderer", True), ("项目结果", 200, None, True)],
    "classifyfacilities": [("已分类设施", 100, "singleSymbol", False)],
    "exportprofile": [("检查清单表", 50, None, False)],
    "networkqa": [("路网问题（线）", 0, "categorizedSymbol", True), ("路网问题（点）", 0, "categorizedSymbol", True)],
    "walkingserviceareas": [("可达道路", 100, "graduatedSymbol", True), ("服务范围", 2, "categorizedSymbol", True)],
}
NOT_LOADED = ("not correctly generated", "未正确生成", "Cannot open", "无法打开")


@pytest.fixture(scope="module")
def report():
    result = subprocess.run(
        ["bash", str(PLUGIN_ROOT / "scripts" / "desktop_check.sh"), "--script",
         str(PLUGIN_ROOT / "scripts" / "desktop_dialogs.py"), "--locale", "zh_CN"],
        capture_output=True, text=True, timeout=300, env=dict(os.environ, CC_DESKTOP_TIMEOUT="240"),
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    assert report["error"] is None, report["error"]
    assert report["loaded"]
    return report


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["temporary", "gpkg"])
@pytest.mark.parametrize("algorithm", sorted(EXPECTED))
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
        assert bool(layer["aliases"]) == styled, layer  # our style's Chinese aliases were applied
        assert layer["group"] == "完整社区体检", layer  # every output in the plugin's layer group
        if mode == "gpkg":
            assert ".gpkg" in layer["source"], layer
    if algorithm == "checkcommunities":  # the input's fields that cc_* repeat are hidden in the attribute table
        assert set(layers["社区体检结果"]["hidden_columns"]) == {"社区编号", "社区名称", "人口", "户数", "新建既有"}
    if mode == "gpkg":  # every writer closed: the file can be opened for writing at once
        assert run["files_writable"] and all(ok is True for ok in run["files_writable"].values()), run
