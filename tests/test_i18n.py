"""Locale resolution and the zh_CN catalogue."""

import subprocess
import sys

import pytest
from qgis.PyQt.QtCore import QCoreApplication

from complete_community.core import i18n


@pytest.mark.parametrize(
    "setting, expected",
    [
        ("zh_CN", "zh_CN"),
        ("zh-CN", "zh_CN"),
        ("zh", "zh_CN"),
        ("zh-Hans", "zh_CN"),
        ("zh_Hans_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_CN.UTF-8", "zh_CN"),
        ("zh_TW", None),  # traditional Chinese: no catalogue, English rather than the wrong script
        ("zh-Hant", None),
        ("en_US", None),
        ("fi", None),
        ("", None),
        (None, None),
    ],
)
def test_resolve_locale(setting, expected):
    assert i18n.resolve_locale(setting) == expected


def test_zh_cn_catalogue_translates_known_strings(qgis_app):
    translator = i18n.load_translator("zh-Hans")
    assert translator is not None, "i18n/complete_community_zh_CN.qm missing: run `make transcompile`"
    QCoreApplication.installTranslator(translator)
    try:
        assert i18n.tr("Complete Community Check") == "完整社区体检"
        assert i18n.tr("Complete Community Check {}").format("0.1.0") == "完整社区体检 0.1.0"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert i18n.tr("Complete Community Check") == "Complete Community Check"


def test_no_translator_for_english():
    assert i18n.load_translator("en_US") is None


def test_plugin_installs_and_removes_its_translator(provider_unregistered, monkeypatch):
    from complete_community import classFactory
    from complete_community.core.i18n import tr

    monkeypatch.setattr("complete_community.plugin.user_locale", lambda: "zh")
    plugin = classFactory(None)
    try:
        assert tr("Complete Community Check") == "完整社区体检"
    finally:
        plugin.unload()
    assert tr("Complete Community Check") == "Complete Community Check"


def test_every_tr_text_is_literal_and_translated(plugin_root):
    result = subprocess.run(
        [sys.executable, str(plugin_root / "scripts" / "i18n.py"), "check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_extractor_rejects_untranslatable_calls():
    import ast
    import importlib.util

    from complete_community.core.paths import PLUGIN_DIR

    spec = importlib.util.spec_from_file_location("i18n_script", PLUGIN_DIR / "scripts" / "i18n.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    collector = script.TrCollector("sample.py")
    collector.visit(ast.parse('tr(f"{x} rows")\ntr("a {}".format(1))\ntr("ok {}").format(2)\n'))
    assert [m for m, _line in collector.messages] == ["ok {}"]
    assert len(collector.errors) == 2
