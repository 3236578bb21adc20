"""Helpers shared by the tests (imported as a plain module: tests/ is on sys.path under pytest)."""

import json
import subprocess
from pathlib import Path

PLUGIN_ROOT = Path(__file__).resolve().parent.parent
QGIS_PROCESS = PLUGIN_ROOT / "scripts" / "qgis_process.sh"


def run_qgis_process(config_dir, *args, plugin_dir=None, timeout=300):
    """Run qgis_process with the plugin deployed into the private profile config_dir."""
    command = ["bash", str(QGIS_PROCESS), "--config", str(config_dir)]
    if plugin_dir is not None:
        command += ["--plugin-dir", str(plugin_dir)]
    command += [str(a) for a in args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout)


def qgis_process_providers(config_dir, plugin_dir=None):
    result = run_qgis_process(config_dir, "--json", "list", plugin_dir=plugin_dir)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["providers"]


def output_layer(value, context):
    """processing.run hands back temporary outputs as layers and file outputs as paths or layer ids."""
    from qgis.core import QgsVectorLayer

    if isinstance(value, QgsVectorLayer):
        return value
    layer = context.getMapLayer(value) or QgsVectorLayer(value, "output", "ogr")
    assert layer.isValid(), value
    return layer
