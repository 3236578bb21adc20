#!/usr/bin/env python3
"""Generate the QML styles of the check's outputs (resources/styles/*.qml) with PyQGIS, so they are reproducible:
traffic-light community results graduated by the number of gaps, Chinese field aliases, status colours in the item
table. Run with the system python: /usr/bin/python3 scripts/make_styles.py"""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from plugin_package import register_package  # noqa: E402

register_package()

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsConditionalStyle,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsPalLayerSettings,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

from complete_community.core.profiles.loader import load_profile  # noqa: E402
from complete_community.processing.check_outputs import (  # noqa: E402
    ITEM_FIELDS,
    RESULT_FIELDS,
    item_field_name,
)

COMMUNITY_ALIASES = {
    "cc_id": "社区编号", "cc_name": "社区名称", "cc_status": "新建/既有", "cc_status_from": "新建/既有依据",
    "cc_population": "人口",
    "cc_households": "户数", "cc_band": "人口规模", "cc_pass": "达标项数", "cc_fail": "短板项数",
    "cc_unknown": "待核实项数", "cc_na": "不适用项数", "cc_complete": "是否完整社区", "cc_gaps": "短板项目",
    "cc_unverified": "规模未核实项数", "cc_unverified_items": "规模未核实项目",
    "cc_method": "距离算法",
}
ITEM_ALIASES = {
    "community_id": "社区编号", "community_name": "社区名称", "community_status": "新建/既有", "item_id": "项目编号",
    "item_name": "项目", "aspect": "方面", "status": "结论", "requirement": "判定要求", "measured": "实测值",
    "threshold": "标准值", "unit": "单位", "reason_zh": "原因", "reason_en": "Reason", "facility_id": "设施编号",
    "facility_name": "最近设施", "distance_m": "距离（米）", "method": "计算方法", "requirements": "各要求结论",
    "coverage": "可达比例", "coverage_of": "可达比例口径", "unverified": "规模未核实", "profile": "标准配置",
    "profile_name": "标准名称",
    "walk_speed": "步行速度（米/分钟）", "coverage_min": "可达比例要求", "confidence": "阈值可信度",
    "sources": "阈值来源",
}
# (label, expression, fill colour): complete first, then by the number of gaps
COMMUNITY_CLASSES = (
    ("完整社区 Complete", '"cc_complete" = 1', "#1a9850"),
    ("无短板、待核实 No gap, data to verify", '"cc_fail" = 0 AND "cc_complete" = 0', "#bdbdbd"),
    ("1–2 项短板 1–2 gaps", '"cc_fail" >= 1 AND "cc_fail" <= 2', "#fee08b"),
    ("3–5 项短板 3–5 gaps", '"cc_fail" >= 3 AND "cc_fail" <= 5', "#fc8d59"),
    ("6 项以上短板 6+ gaps", '"cc_fail" >= 6', "#d73027"),
)
STATUS_COLOURS = {"pass": "#d9f0d3", "fail": "#f4a6a6", "unknown": "#e0e0e0", "not_applicable": "#ffffff"}


def memory_layer(geometry, fields):
    kinds = {"string": "string", "double": "double", "int": "integer"}
    uri = geometry + "?" + "&".join("field={}:{}".format(name, kinds[kind]) for name, kind, _l in fields)
    return QgsVectorLayer(uri, "style", "memory")


def community_style(path):
    profile = load_profile("mohurd-2020")
    fields = list(RESULT_FIELDS) + [(item_field_name(i.id), "string", 16) for i in profile.ordered_items()]
    layer = memory_layer("Polygon", fields)
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, colour in COMMUNITY_CLASSES:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#4d4d4d", "outline_width": "0.4"})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    settings = QgsPalLayerSettings()
    # gaps and unknowns together: a grey "短板 0" over 19 unknowns would read as nearly complete
    settings.fieldName = "coalesce(nullif(\"cc_name\", ''), \"cc_id\") || '\\n' || " \
                         "CASE WHEN \"cc_complete\" = 1 THEN '完整' " \
                         "ELSE '短板 ' || \"cc_fail\" || ' · 待核实 ' || \"cc_unknown\" END || " \
                         "CASE WHEN \"cc_unverified\" > 0 THEN '\\n规模未核实 ' || \"cc_unverified\" ELSE '' END"
    settings.isExpression = True
    text = QgsTextFormat()
    text.setFont(QFont("Noto Sans CJK SC"))
    text.setSize(9)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    for name, alias in COMMUNITY_ALIASES.items():
        layer.setFieldAlias(layer.fields().indexOf(name), alias)
    for item in profile.ordered_items():
        layer.setFieldAlias(layer.fields().indexOf(item_field_name(item.id)), "{} {}".format(item.id, item.name.zh_CN))
    message, ok = layer.saveNamedStyle(str(path))
    assert ok, message


def item_style(path):
    layer = memory_layer("None", ITEM_FIELDS)
    for name, alias in ITEM_ALIASES.items():
        layer.setFieldAlias(layer.fields().indexOf(name), alias)
    styles = []
    for status, colour in STATUS_COLOURS.items():
        style = QgsConditionalStyle("\"status\" = '{}'".format(status))
        style.setBackgroundColor(QColor(colour))
        style.setName(status)
        styles.append(style)
    layer.conditionalStyles().setRowStyles(styles)
    message, ok = layer.saveNamedStyle(str(path))
    assert ok, message


SERVICE_AREA_CLASSES = (("≤ 5 分钟 5 min", 0, 5, "#1a9850"), ("≤ 10 分钟 10 min", 5, 10, "#91cf60"),
                        ("≤ 15 分钟 15 min", 10, 15, "#fee08b"), ("> 15 分钟 more", 15, 1000, "#fc8d59"))


def service_area_style(path):
    layer = memory_layer("Polygon", [("type", "string", 0), ("type_zh", "string", 0), ("minutes", "double", 0),
                                     ("metres", "double", 0), ("street_length_m", "double", 0),
                                     ("area_m2", "double", 0)])
    ranges = []
    for label, low, high, colour in SERVICE_AREA_CLASSES:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#4d4d4d", "outline_width": "0.2"})
        symbol.setOpacity(0.45)
        ranges.append(QgsRendererRange(low, high, symbol, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer("minutes", ranges))
    for name, alias in (("type", "设施类型代码"), ("type_zh", "设施类型"), ("minutes", "步行时间（分钟）"),
                        ("metres", "步行距离（米）"), ("street_length_m", "可达道路长度（米）"),
                        ("area_m2", "面积（平方米）")):
        layer.setFieldAlias(layer.fields().indexOf(name), alias)
    message, ok = layer.saveNamedStyle(str(path))
    assert ok, message


def main():
    app = QgsApplication([], False)
    app.initQgis()
    out = ROOT / "resources" / "styles"
    out.mkdir(parents=True, exist_ok=True)
    community_style(out / "community_results.qml")
    item_style(out / "item_results.qml")
    service_area_style(out / "service_areas.qml")
    print("wrote", ", ".join(str(p.relative_to(ROOT)) for p in sorted(out.glob("*.qml"))))


if __name__ == "__main__":
    main()
