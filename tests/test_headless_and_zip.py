"""The plugin as users get it: deployed into a QGIS profile and run by qgis_process, and as a zip."""

import subprocess
import sys
import zipfile

from complete_community.core.metadata import plugin_metadata
from helpers import PLUGIN_ROOT, qgis_process_providers


def test_qgis_process_lists_the_provider(tmp_path):
    providers = qgis_process_providers(tmp_path / "profile")
    assert "completecommunity" in providers
    provider = providers["completecommunity"]
    assert provider["name"] == "Complete Community Check"
    assert provider["is_active"]


def test_zip_installs_and_loads(tmp_path):
    build = subprocess.run(
        [sys.executable, str(PLUGIN_ROOT / "scripts" / "make_zip.py"), str(tmp_path / "dist")],
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    (archive_path,) = (tmp_path / "dist").glob("complete_community-*.zip")

    with zipfile.ZipFile(archive_path) as archive:
        names = archive.namelist()
        tops = {name.split("/", 1)[0] for name in names}
        assert tops == {"complete_community"}
        for required in ("metadata.txt", "__init__.py", "plugin.py", "LICENSE", "i18n/complete_community_zh_CN.qm",
                         "resources/icons/complete_community.svg", "ui/community_dock.ui"):
            assert "complete_community/" + required in names
        assert not [n for n in names if "/tests/" in n or "/scripts/" in n or n.endswith((".ts", ".pyc"))]
        assert not [n for n in names if n.endswith(("Makefile", "pyproject.toml"))]
        archive.extractall(tmp_path / "unzipped")

    providers = qgis_process_providers(tmp_path / "profile", plugin_dir=tmp_path / "unzipped" / "complete_community")
    assert providers["completecommunity"]["version"] == plugin_metadata("version")
