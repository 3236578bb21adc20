"""The README's main command: `make demo`'s script runs on the bundled sample and prints what the README shows."""

import re
import subprocess

import pytest

from helpers import PLUGIN_ROOT


@pytest.mark.slow
def test_demo_prints_what_the_readme_shows(tmp_path):
    out = tmp_path / "demo-output"
    result = subprocess.run(["bash", str(PLUGIN_ROOT / "scripts" / "demo.sh"), str(out)], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    printed = result.stdout
    readme = (PLUGIN_ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"It prints:\n\n```\n(.*?)```", readme, re.S).group(1).strip()
    assert shown in printed, "README's demo output is out of date:\n" + printed
    assert (out / "community_results.gpkg").exists()
    assert (out / "item_results.csv").exists()
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF")
    assert (out / "results.xlsx").stat().st_size > 0
