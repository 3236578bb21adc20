"""Real QGIS desktop under Xvfb, real iface: load, show the dock, unload — twice; nothing of ours remains."""

import json
import subprocess

import pytest

from helpers import PLUGIN_ROOT


@pytest.mark.slow
def test_real_qgis_desktop_load_unload_twice(tmp_path):
    result = subprocess.run(
        ["bash", str(PLUGIN_ROOT / "scripts" / "desktop_check.sh"), "--locale", "zh_CN",
         "--screenshot", str(tmp_path / "desktop.png")],
        capture_output=True, text=True, timeout=240,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["error"] is None, report["error"]
    nothing = {"toolbars": 0, "docks": 0, "actions": 0, "plugin_menu_entries": [], "provider": False}
    assert report["before"] == nothing
    assert len(report["rounds"]) == 2
    for entry in report["rounds"]:
        assert entry["loaded"] and entry["unloaded"]
        assert entry["after_load"] == {"toolbars": 1, "docks": 1, "actions": 1,
                                       "plugin_menu_entries": ["完整社区体检(&C)"], "provider": True}
        assert entry["dock_visible"] is True
        assert entry["dock_title"] == "完整社区体检"  # the zh_CN catalogue is used by the real QGIS
        assert entry["after_unload"] == nothing
    assert (tmp_path / "desktop.png").stat().st_size > 10_000
