#!/usr/bin/env python3
"""Generate the QML styles of the network QA outputs (resources/styles/network_qa_points.qml and
network_qa_lines.qml) with PyQGIS: categories by the `problem` field, marker symbols for the point problems and line
symbols for the line problems, field aliases, and a value map showing the problem's name in the attribute table and
forms (the code stays in the data). Each style is written in Chinese (<name>.qml) and in English (<name>_en.qml).
Run with the system python: /usr/bin/python3 scripts/make_qa_style.py [OUTPUT_DIR] (default resources/styles)"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_HASH_SEED", "0")  # XML attributes in a stable order: regenerating changes only what changed

from plugin_package import register_package  # noqa: E402

register_package()

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsEditorWidgetSetup,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsVectorLayer,
)

from complete_community.core.network import qa  # noqa: E402

# the languages each style is written in: file name suffix, and which text of a (Chinese, English) pair it shows
LANGUAGES = (("", 0), ("_en", 1))
ALIASES = {"problem": ("问题类型", "Problem"), "detail": ("说明", "Detail"),
           "distance_m": ("距离（米）", "Distance (m)"), "component": ("连通分量编号", "Component no."),
           "length_m": ("长度（米）", "Length (m)"),
           "feature_id": ("设施或居民点编号", "Facility or residents ID"),
           "feature_name": ("设施或居民点名称", "Facility or residents name")}
# problem → (Chinese name, English name, symbol properties); the most urgent first
LINE_CLASSES = {
    qa.DISCONNECTED: ("孤立路网", "Disconnected part",
                      {"line_color": "#e31a1c", "line_width": "1.2", "capstyle": "round", "joinstyle": "round"}),
    qa.FILTERED_WAY: ("已排除的道路", "Removed by the filters",
                      {"line_color": "#7f7f7f", "line_width": "0.7", "line_style": "dash"}),
}
POINT_CLASSES = {
    qa.NEAR_MISS: ("疑似漏接路口", "Near miss",
                   {"name": "circle", "color": "#e31a1c", "outline_color": "#ffffff", "outline_width": "0.4",
                    "size": "4.2"}),
    qa.DANGLING_END: ("断头路端点", "Dangling end",
                      {"name": "circle", "color": "#fdae61", "outline_color": "#636363", "outline_width": "0.2",
                       "size": "2.2"}),
    qa.FACILITY_OFF_NETWORK: ("设施远离路网", "Facility off the network",
                              {"name": "square", "color": "#2b83ba", "outline_color": "#ffffff",
                               "outline_width": "0.4", "size": "3.6"}),
    qa.RESIDENT_OFF_NETWORK: ("居民点远离路网", "Residents off the network",
                              {"name": "triangle", "color": "#7b3294", "outline_color": "#ffffff",
                               "outline_width": "0.4", "size": "3.8"}),
}
# legend text: in Chinese the name and the English name, in English the English name
LEGEND = ("{zh} {en}", "{en}")


def problem_names(lang):
    """Both layers have the same fields: each maps every problem code to its name, in the order of qa.PROBLEMS."""
    return [{dict(LINE_CLASSES, **POINT_CLASSES)[problem][lang]: problem} for problem in qa.PROBLEMS]


def network_qa_style(path, geometry, classes, symbol_class, lang):
    """A categorized style for one output layer: only the problems of its geometry type."""
    layer = QgsVectorLayer(
        geometry + "?field=problem:string(32)&field=detail:string(254)&field=distance_m:double"
        "&field=component:integer&field=length_m:double&field=feature_id:string(80)&field=feature_name:string(120)",
        "style", "memory")
    categories = [QgsRendererCategory(problem, symbol_class.createSimple(properties),
                                      LEGEND[lang].format(zh=zh, en=en))
                  for problem, (zh, en, properties) in classes.items()]
    layer.setRenderer(QgsCategorizedSymbolRenderer("problem", categories))
    layer.setEditorWidgetSetup(layer.fields().indexOf("problem"), QgsEditorWidgetSetup("ValueMap",
                                                                                       {"map": problem_names(lang)}))
    for name, alias in ALIASES.items():
        layer.setFieldAlias(layer.fields().indexOf(name), alias[lang])
    message, ok = layer.saveNamedStyle(str(path))
    assert ok, message


def main(argv):
    app = QgsApplication([], False)
    app.initQgis()
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "resources" / "styles"
    out.mkdir(parents=True, exist_ok=True)
    assert set(POINT_CLASSES) | set(LINE_CLASSES) == set(qa.PROBLEMS)
    written = []
    for name, geometry, classes, symbol_class in (("network_qa_points", "Point", POINT_CLASSES, QgsMarkerSymbol),
                                                  ("network_qa_lines", "MultiLineString", LINE_CLASSES,
                                                   QgsLineSymbol)):
        for suffix, lang in LANGUAGES:
            path = out / "{}{}.qml".format(name, suffix)
            network_qa_style(path, geometry, classes, symbol_class, lang)
            written.append(path.name)
    print("wrote {}: {}".format(out, ", ".join(written)))


if __name__ == "__main__":
    main(sys.argv)
