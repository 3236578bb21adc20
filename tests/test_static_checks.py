"""The Qt6-readiness gate finds what breaks on Qt6 and passes the plugin as it is; metadata is what QGIS needs."""
# qt6-check: skip-file  (the parametrized lines below are the Qt5-only code the check must flag)

import configparser
import importlib.util
import subprocess
import sys

import pytest

from helpers import PLUGIN_ROOT

spec = importlib.util.spec_from_file_location("qt6_check", PLUGIN_ROOT / "scripts" / "qt6_check.py")
qt6_check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(qt6_check)


@pytest.mark.parametrize(
    "line",
    [
        "from PyQt5.QtCore import Qt",
        "import PyQt5",
        "dialog.exec_()",
        "label.setAlignment(Qt.AlignLeft)",
        "item.setCheckState(0, Qt.Checked)",
        "if answer == QMessageBox.Yes:",
        "pattern = QRegExp('a')",
        "value = QVariant()",
        "import resources_rc",
        "combo.activated[str].connect(f)",
    ],
)
def test_qt6_check_flags(line):
    assert qt6_check.check_text(line), line


@pytest.mark.parametrize(
    "line",
    [
        "from qgis.PyQt.QtCore import Qt",
        "dialog.exec()",
        "label.setAlignment(Qt.AlignmentFlag.AlignLeft)",
        "if answer == QMessageBox.StandardButton.Yes:",
        "QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)",
        "Qt.DockWidgetArea.RightDockWidgetArea",
    ],
)
def test_qt6_check_accepts(line):
    assert qt6_check.check_text(line) == []


def test_plugin_passes_qt6_check():
    result = subprocess.run([sys.executable, str(PLUGIN_ROOT / "scripts" / "qt6_check.py")], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout


def test_metadata_fields():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(PLUGIN_ROOT / "metadata.txt", encoding="utf-8")
    general = parser["general"]
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["qgisMaximumVersion"] == "4.99"
    assert general["hasProcessingProvider"] == "yes"
    for key in ("name", "description", "about", "version", "author", "email", "tracker", "repository", "category",
                "tags", "icon"):
        assert general.get(key), key
    assert (PLUGIN_ROOT / general["icon"]).is_file()
    assert "完整" in general["about"] and "Complete" in general["about"]  # both languages
