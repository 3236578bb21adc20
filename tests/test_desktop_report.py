"""completecommunity:exportreport run from the Processing algorithm dialog in real QGIS desktop (Xvfb): the PDF is
written and the layout is added to the project's layout manager with its atlas set up (a unique name per run), so
staff can adjust it before printing."""

import json
import os
import subprocess

import pytest

from helpers import PLUGIN_ROOT


@pytest.mark.slow
def test_report_layout_lands_in_the_layout_manager():
    result = subprocess.run(
        ["bash", str(PLUGIN_ROOT / "scripts" / "desktop_check.sh"), "--script",
         str(PLUGIN_ROOT / "scripts" / "desktop_report.py"), "--locale", "zh_CN"],
        capture_output=True, text=True, timeout=400, env=dict(os.environ, CC_DESKTOP_TIMEOUT="300"))
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    assert report["error"] is None, report["error"]
    assert report["loaded"] and report["finished"] == [True, True]
    assert all(size > 10000 for size in report["pdf_sizes"]), report["pdf_sizes"]
    layouts = {layout["name"]: layout for layout in report["layouts"]}
    assert sorted(layouts) == ["完整社区体检报告 – 示例区", "完整社区体检报告 – 示例区 (2)"]
    for layout in layouts.values():
        assert layout["atlas_enabled"] and layout["coverage"] == "页面", layout
        assert layout["pages"] == 11, layout  # the overview and the sample's 10 communities
        assert layout["layout_pages"] == 2 and layout["table_layer"], layout  # the page and its continuation
        assert {"社区", "设施"} <= set(layout["map_layers"]), layout
    assert "完整社区体检报告 – 示例区" in report["groups"]
