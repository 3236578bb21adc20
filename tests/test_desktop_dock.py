"""The inspector dock in real QGIS desktop under Xvfb (zh_CN), driven through the GUI a user has
(scripts/desktop_dock.py): the dock opened from the toolbar, the check run with its button on a copy of the sample,
a community selected on the map with QGIS's select tool, a surveyed answer chosen, the route button clicked."""

import json
import os
import subprocess

import pytest

from helpers import PLUGIN_ROOT


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    sample = PLUGIN_ROOT / "resources" / "sample" / "sample_district.gpkg"
    before = sample.read_bytes()
    screenshot = tmp_path_factory.mktemp("desktop_dock") / "dock.png"
    result = subprocess.run(
        ["bash", str(PLUGIN_ROOT / "scripts" / "desktop_check.sh"), "--script",
         str(PLUGIN_ROOT / "scripts" / "desktop_dock.py"), "--locale", "zh_CN", "--screenshot", str(screenshot)],
        capture_output=True, text=True, timeout=300, env=dict(os.environ, CC_DESKTOP_TIMEOUT="240"),
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert sample.read_bytes() == before  # the desktop used a copy
    report = json.loads(result.stdout)
    assert report["error"] is None, report["error"]
    report["screenshot"] = screenshot
    return report


@pytest.mark.slow
def test_the_dock_runs_the_check_and_follows_the_map(report):
    steps = report["steps"]
    assert steps["dock_visible"] and steps["running"] and steps["finished"], steps
    assert steps["prefilled"] == {"name": "社区名称", "type": "设施类型"}
    assert steps["results"] == 10 and steps["list_rows"] == 10 and steps["results_tab"]
    assert "10" in steps["message"] and "社区" in steps["message"]  # the run's summary, in Chinese
    # a click on the map with QGIS's select tool: the dock selects the community and shows its checklist
    assert steps["selected_on_map"] and steps["selected_in_dock"], steps
    assert steps["shown_name"] == "锦绣社区"
    assert steps["aspects"] == 6 and steps["items"] == 20


@pytest.mark.slow
def test_a_survey_answer_in_the_dock_changes_the_verdict_and_undo_restores_it(report):
    steps = report["steps"]
    assert steps["answer_before"] == "unknown" and steps["item_12_before"] == "未知"
    assert steps["field_written"] == "是"
    assert steps["item_12_result"] == "pass" and steps["item_12_after"] == "达标"
    assert steps["item_12_undone"] == "unknown"


@pytest.mark.slow
def test_the_route_button_draws_the_walking_route(report):
    steps = report["steps"]
    assert steps["route_button_enabled"] and steps["route_on_network"], steps
    assert steps["route_vertices"] >= 3 and steps["route_bands_on_canvas"] >= 1
    assert "步行" in steps["route_message"] and "米" in steps["route_message"]
    assert not [entry for entry in report["log"] if entry[0] == "Python error" or "Traceback" in entry[2]]
    assert report["screenshot"].stat().st_size > 10_000
