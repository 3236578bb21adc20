#!/usr/bin/env python3
"""Generate the QML styles of the check's outputs (resources/styles/*.qml) with PyQGIS, so they are reproducible:
semi-transparent traffic-light community results graduated by the number of gaps, field aliases, labels for every
code the check writes (value maps: the codes stay in the data), status colours, and the community form grouped into
the profile's six aspects. Every text a person reads is a (Chinese, English) pair: each style is written twice,
<name>.qml in Chinese and <name>_en.qml in English (processing/styling.py loads the one of the interface's language).
Run with the system python: /usr/bin/python3 scripts/make_styles.py [OUTPUT_DIR] (default resources/styles)"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_HASH_SEED", "0")  # XML attributes in a stable order: regenerating changes only what changed

from plugin_package import register_package  # noqa: E402

register_package()

from qgis.core import (  # noqa: E402
    Qgis,
    QgsApplication,
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsCategorizedSymbolRenderer,
    QgsConditionalStyle,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsTextFormat,
    QgsValueMapFieldFormatter,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

from complete_community.core.check.compare import (  # noqa: E402
    BECAME_COMPLETE,
    IMPROVED,
    MIXED,
    NEW_COMMUNITY,
    NO_LONGER_COMPLETE,
    REMOVED,
    UNCHANGED,
    WORSENED,
)
from complete_community.core.check.model import (  # noqa: E402
    BAND_OK,
    BAND_OVER,
    BAND_UNDER,
    BAND_UNKNOWN,
    EXISTING,
    FAIL,
    FROM_DEFAULT,
    FROM_FIELD,
    NETWORK,
    NEW,
    NOT_APPLICABLE,
    NOT_DECIDED,
    PASS,
    STATUS_UNKNOWN,
    STRAIGHT_LINE,
    UNKNOWN,
)
from complete_community.core.delineate.adjust import KEEP, MERGE, SPLIT  # noqa: E402
from complete_community.core.planning.action_plan import (  # noqa: E402
    BUILD_AT_SITE,
    FIX_SURVEY,
    IMPROVE,
    NO_CANDIDATE,
    SITE_PARTIAL,
    SITE_TO_FIND,
)
from complete_community.core.profiles.loader import load_profile  # noqa: E402
from complete_community.core.taxonomy import facility_types  # noqa: E402
from complete_community.processing.algorithms.action_plan import MAP_FIELDS as PLAN_MAP_FIELDS  # noqa: E402
from complete_community.processing.algorithms.action_plan import PROJECT_FIELDS  # noqa: E402
from complete_community.processing.algorithms.adjust_communities import CHANGE_FIELDS  # noqa: E402
from complete_community.processing.algorithms.compare_checks import COMPARISON_FIELDS, SUMMARY_FIELDS  # noqa: E402
from complete_community.processing.algorithms.suggest_sites import SITE_FIELDS  # noqa: E402
from complete_community.processing.check_outputs import (  # noqa: E402
    ITEM_FIELDS,
    RESULT_FIELDS,
    item_field_name,
    item_status_fields,
)

PROFILE = "mohurd-2020"  # the profile whose 20 items the community style lays out
# the languages each style is written in: file name suffix, and which text of a (Chinese, English) pair it shows
LANGUAGES = (("", 0), ("_en", 1))

COMMUNITY_ALIASES = {
    "cc_id": ("社区编号", "Community ID"), "cc_name": ("社区名称", "Community name"),
    "cc_status": ("新建/既有", "New/existing"), "cc_status_from": ("新建/既有依据", "New/existing decided by"),
    "cc_population": ("人口", "Population"), "cc_households": ("户数", "Households"),
    "cc_band": ("人口规模", "Population size"), "cc_pass": ("达标项数", "Items passed"),
    "cc_fail": ("短板项数", "Gaps (items failed)"), "cc_unknown": ("待核实项数", "Items unknown"),
    "cc_na": ("不适用项数", "Items not applicable"), "cc_complete": ("是否完整社区", "Complete community"),
    "cc_gaps": ("短板项目", "Gap items"), "cc_unverified": ("规模未核实项数", "Items with size unverified"),
    "cc_unverified_items": ("规模未核实项目", "Size-unverified items"), "cc_method": ("距离算法", "Distance method"),
}
ITEM_ALIASES = {
    "community_id": ("社区编号", "Community ID"), "community_name": ("社区名称", "Community name"),
    "community_status": ("新建/既有", "New/existing"), "item_id": ("项目编号", "Item no."),
    "item_name": ("项目", "Item"), "aspect": ("方面", "Aspect"), "status": ("结论", "Verdict"),
    "requirement": ("要求编号", "Requirement ID"), "requirement_name": ("判定要求", "Requirement"),
    "measured": ("实测值", "Measured"),
    "threshold": ("标准值", "Required"), "unit": ("单位", "Unit"), "reason_zh": ("原因", "Reason (Chinese)"),
    "reason_en": ("Reason", "Reason"), "facility_id": ("设施编号", "Facility ID"),
    "facility_name": ("最近设施", "Nearest facility"), "distance_m": ("距离（米）", "Distance (m)"),
    "method": ("计算方法", "Method"), "requirements": ("各要求结论", "Verdict per requirement"),
    "coverage": ("可达比例（%）", "Coverage (%)"), "coverage_of": ("可达比例口径", "Coverage basis"),
    "unverified": ("规模未核实", "Size unverified"), "profile": ("标准配置", "Profile"),
    "profile_name": ("标准名称", "Profile name"), "walk_speed": ("步行速度（米/分钟）", "Walking speed (m/min)"),
    "coverage_min": ("可达比例要求（%）", "Coverage required (%)"),
    "confidence": ("阈值可信度", "Threshold confidence"), "sources": ("阈值来源", "Threshold sources"),
}
# (label, expression, fill colour): complete first, then by the number of gaps
COMMUNITY_CLASSES = (
    (("完整社区", "Complete"), '"cc_complete" = 1', "#1a9850"),
    (("无短板，有待核实项", "No gap, data to verify"), '"cc_fail" = 0 AND "cc_complete" = 0',
     "#bdbdbd"),
    (("1–2 项短板", "1–2 gaps"), '"cc_fail" >= 1 AND "cc_fail" <= 2', "#fee08b"),
    (("3–5 项短板", "3–5 gaps"), '"cc_fail" >= 3 AND "cc_fail" <= 5', "#fc8d59"),
    (("6 项及以上短板", "6+ gaps"), '"cc_fail" >= 6', "#d73027"),
)
# the community's map label: its name, then the gaps and unknowns together (a grey "短板 0" over 19 unknowns would
# read as nearly complete), then the items passed only with facilities of unknown size
COMMUNITY_LABEL = (("完整", "Complete"), ("短板 ", "Gaps "), (" · 待核实 ", " · Unknown "),
                   ("\\n规模未核实 ", "\\nSize unverified "))
FILL_OPACITY = 0.6  # facilities and streets beneath a community stay readable; outlines stay opaque
STATUS_COLOURS = {PASS: "#d9f0d3", FAIL: "#f4a6a6", UNKNOWN: "#e0e0e0", NOT_APPLICABLE: "#ffffff"}

# What a reviewer reads instead of the codes the check writes (machines and the Processing API keep reading the
# codes): one table of code → (Chinese, English) label per kind of field, and which fields hold which kind.
CODE_LABELS = {
    "status": {PASS: ("达标", "Pass"), FAIL: ("不达标", "Fail"), UNKNOWN: ("待核实", "Unknown"),
               NOT_APPLICABLE: ("不适用", "Not applicable")},
    "community_status": {NEW: ("新建", "New"), EXISTING: ("既有", "Existing"), STATUS_UNKNOWN: ("未知", "Unknown")},
    "status_from": {FROM_FIELD: ("字段", "Field"), FROM_DEFAULT: ("默认值", "Default"),
                    NOT_DECIDED: ("未知", "Unknown")},
    "band": {BAND_UNDER: ("规模不足", "Too small"), BAND_OK: ("适中", "Within range"), BAND_OVER: ("超出", "Too large"),
             BAND_UNKNOWN: ("未知", "Unknown")},
    # how a distance was measured (cc_method: the first two only), or how an item was judged without one
    "method": {NETWORK: ("步行路网", "Walking network"), STRAIGHT_LINE: ("直线距离", "Straight line"),
               "inside": ("社区内", "Inside the community"), "surveyed": ("调查", "Survey"),
               "attributes": ("属性", "Attributes")},
    "unit": {"count": ("处", "facilities"), "types": ("类", "types"), "share": ("比例", "share"), "percent": ("%", "%"),
             "yes/no": ("是/否", "yes/no"), "ratio": ("比值", "ratio"),
             "m2/100 households": ("平方米/百户", "m²/100 households")},
    "coverage_of": {"residents": ("按居民", "By residents"), "area": ("按面积", "By area")},
    "yes_no": {"1": ("是", "Yes"), "0": ("否", "No")},
}
NULL_LABEL = "—"  # an empty value (e.g. the unit of an item without a measurement) instead of "(NULL)"
COMMUNITY_CODE_FIELDS = {"cc_status": "community_status", "cc_status_from": "status_from", "cc_band": "band",
                         "cc_complete": "yes_no", "cc_method": "method"}  # and every item_XX: "status"
ITEM_CODE_FIELDS = {"community_status": "community_status", "status": "status", "method": "method", "unit": "unit",
                    "coverage_of": "coverage_of", "unverified": "yes_no"}
# the community form: these two groups, then one group per aspect of the profile with its items
FORM_GROUPS = (
    (("社区", "Community"),
     ("cc_id", "cc_name", "cc_status", "cc_status_from", "cc_population", "cc_households", "cc_band")),
    (("结论", "Result"),
     ("cc_pass", "cc_fail", "cc_unknown", "cc_na", "cc_complete", "cc_gaps", "cc_unverified", "cc_unverified_items",
      "cc_method")),
)
# QGIS 3.22 … 3.30 call the drag-and-drop form a tab layout; later versions name it in Qgis.AttributeFormLayout
DRAG_AND_DROP = Qgis.AttributeFormLayout.DragAndDrop if hasattr(Qgis, "AttributeFormLayout") \
    else QgsEditFormConfig.TabLayout


def set_expression_labels(layer, settings, size):
    """Labels from settings' expression in Noto Sans CJK SC of size points, with a white halo: they stay readable over
    facility symbols and streets."""
    settings.isExpression = True
    text = QgsTextFormat()
    text.setFont(QFont("Noto Sans CJK SC"))
    text.setSize(size)
    halo = text.buffer()
    halo.setEnabled(True)
    halo.setSize(0.8)
    halo.setColor(QColor("#ffffff"))
    text.setBuffer(halo)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def memory_layer(geometry, fields):
    kinds = {"string": "string", "double": "double", "int": "integer"}
    uri = geometry + "?" + "&".join("field={}:{}".format(name, kinds[kind]) for name, kind, _l in fields)
    return QgsVectorLayer(uri, "style", "memory")


def value_maps(layer, code_fields, lang):
    """A value map (QGIS's ValueMap widget and field formatter) on each code field: the form, the attribute table and
    the identify results show the label; the code stays in the data. The list keeps the table's order."""
    for name, kind in code_fields.items():
        labels = [{label[lang]: code} for code, label in CODE_LABELS[kind].items()]
        labels.append({NULL_LABEL: QgsValueMapFieldFormatter.NULL_VALUE})
        layer.setEditorWidgetSetup(layer.fields().indexOf(name), QgsEditorWidgetSetup("ValueMap", {"map": labels}))


def status_colours(layer, names, lang):
    """The attribute table colours each status cell of these fields (达标 green, 不达标 red, 待核实 grey)."""
    for name in names:
        styles = []
        for status, colour in STATUS_COLOURS.items():
            style = QgsConditionalStyle("@value = '{}'".format(status))
            style.setBackgroundColor(QColor(colour))
            style.setName(CODE_LABELS["status"][status][lang])
            styles.append(style)
        layer.conditionalStyles().setFieldStyles(name, styles)


FORM_TABS = (("概况", "Overview"), ("检查项目", "Items"))


def community_form(layer, profile, lang):
    """A drag-and-drop form of two tabs, each fitting a laptop screen: the overview (the community and the conclusion
    side by side), then the 20 verdicts in one group box per aspect, two columns of them, so all are seen together.
    The input layer's own fields are not known here, so the form leaves them out: the attribute table and the
    identify results still show them. (An AutoGenerated form would show them, but every field ungrouped again; a
    drag-and-drop form cannot add fields it does not name.)"""
    config = layer.editFormConfig()
    config.setLayout(DRAG_AND_DROP)
    config.clearTabs()
    overview = tuple((name[lang], fields) for name, fields in FORM_GROUPS)
    verdicts = tuple(((aspect.name.zh_CN, aspect.name.en)[lang], tuple(item_field_name(i) for i in aspect.item_ids))
                     for aspect in profile.aspects)
    root = config.invisibleRootContainer()
    for tab_name, groups in zip(FORM_TABS, (overview, verdicts)):
        tab = QgsAttributeEditorContainer(tab_name[lang], root)
        tab.setIsGroupBox(False)  # a tab (a container left to its default is a group box on reload)
        tab.setColumnCount(2)
        for name, fields in groups:
            group = QgsAttributeEditorContainer(name, tab)
            group.setIsGroupBox(True)
            group.setColumnCount(1)
            for field in fields:
                index = layer.fields().indexOf(field)
                assert index >= 0, field
                group.addChildElement(QgsAttributeEditorField(field, index, group))
            tab.addChildElement(group)
        config.addTab(tab)
    layer.setEditFormConfig(config)


def community_style(path, lang):
    profile = load_profile(PROFILE)
    items = item_status_fields(profile)
    layer = memory_layer("Polygon", RESULT_FIELDS + items)
    root = QgsRuleBasedRenderer.Rule(None)
    root.setRuleKey("classes")
    for number, (label, expression, colour) in enumerate(COMMUNITY_CLASSES, 1):
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#4d4d4d", "outline_width": "0.4"})
        fill = QColor(colour)
        fill.setAlphaF(FILL_OPACITY)
        symbol.symbolLayer(0).setFillColor(fill)
        rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label[lang])
        rule.setRuleKey("class_{}".format(number))  # not a random UUID: regenerating changes nothing
        root.appendChild(rule)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    settings = QgsPalLayerSettings()
    complete, gaps, unknown, unverified = (text[lang] for text in COMMUNITY_LABEL)
    settings.fieldName = "coalesce(nullif(\"cc_name\", ''), \"cc_id\") || '\\n' || " \
                         "CASE WHEN \"cc_complete\" = 1 THEN '{}' " \
                         "ELSE '{}' || \"cc_fail\" || '{}' || \"cc_unknown\" END || " \
                         "CASE WHEN \"cc_unverified\" > 0 THEN '{}' || \"cc_unverified\" ELSE '' END".format(
                             complete, gaps, unknown, unverified)
    set_expression_labels(layer, settings, 9)
    for name, alias in COMMUNITY_ALIASES.items():
        layer.setFieldAlias(layer.fields().indexOf(name), alias[lang])
    for item in profile.ordered_items():
        layer.setFieldAlias(layer.fields().indexOf(item_field_name(item.id)),
                            "{} {}".format(item.id, (item.name.zh_CN, item.name.en)[lang]))
    item_names = [name for name, _kind, _length in items]
    value_maps(layer, dict(COMMUNITY_CODE_FIELDS, **{name: "status" for name in item_names}), lang)
    status_colours(layer, item_names, lang)
    community_form(layer, profile, lang)
    message, ok = layer.saveNamedStyle(str(path))
    assert ok, message


# the item table as a reviewer reads it: codes and the other language's reason hidden (the form still shows them),
# names and reasons wide enough to read without opening each cell
ITEM_TABLE_HIDDEN = (("requirement", "reason_en", "requirements"), ("requirement", "reason_zh", "requirements"))
ITEM_TABLE_WIDTHS = {"community_id": 80, "community_name": 100, "community_status": 80, "item_id": 70,
                     "item_name": 250, "aspect": 170, "status": 80, "requirement_name": 200, "unit": 70,
                     "reason_zh": 620, "reason_en": 620}
# the verdict and its reason first, then what it was measured against
ITEM_TABLE_ORDER = ("community_id", "community_name", "item_id", "item_name", "status", "reason_zh", "reason_en",
                    "requirement_name", "measured", "threshold", "unit", "facility_name", "distance_m")


def table_columns(layer, hidden, widths, order=()):
    """The attribute table's columns: these first, these hidden, those this wide (pixels)."""
    config = layer.attributeTableConfig()
    config.update(layer.fields())
    columns = config.columns()
    for column in columns:
        column.hidden = column.name in hidden
        column.width = widths.get(column.name, column.width)
    rank = {name: index for index, name in enumerate(order)}
    columns.sort(key=lambda column: rank.get(column.name, len(rank)))  # stable: the others keep their order
    config.setColumns(columns)
    layer.setAttributeTableConfig(config)


def item_style(path, lang):
    layer = memory_layer("None", ITEM_FIELDS)
    for name, alias in ITEM_ALIASES.items():
        layer.setFieldAlias(layer.fields().indexOf(name), alias[lang])
    styles = []
    for status, colour in STATUS_COLOURS.items():  # the whole row in its status colour …
        style = QgsConditionalStyle("\"status\" = '{}'".format(status))
        style.setBackgroundColor(QColor(colour))
        style.setName(CODE_LABELS["status"][status][lang])
        styles.append(style)
    layer.conditionalStyles().setRowStyles(styles)
    status_colours(layer, ["status"], lang)  # … and the status cell too, like the community results' item fields
    value_maps(layer, ITEM_CODE_FIELDS, lang)
    table_columns(layer, ITEM_TABLE_HIDDEN[lang], ITEM_TABLE_WIDTHS, ITEM_TABLE_ORDER)
    message, ok = layer.saveNamedStyle(str(path))
    assert ok, message


# a qualitative palette cycled over the taxonomy's types: one colour per facility type in the service-area legend
TYPE_PALETTE = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1f78b4",
                "#b2df8a", "#fb9a99", "#cab2d6", "#ff7f00")
# reachable streets by walking distance (metres)
STREET_CLASSES = ((("≤ 300 米", "≤ 300 m"), 0, 300, "#1a9850"),
                  (("300–500 米", "300–500 m"), 300, 500, "#91cf60"),
                  (("500–800 米", "500–800 m"), 500, 800, "#fee08b"),
                  (("> 800 米", "> 800 m"), 800, 100000, "#fc8d59"))
AREA_ALIASES = (("type", ("设施类型代码", "Facility type code")), ("type_zh", ("设施类型", "Facility type (Chinese)")),
                ("minutes", ("步行时间（分钟）", "Walking time (min)")),
                ("metres", ("步行距离（米）", "Walking distance (m)")),
                ("street_length_m", ("可达道路长度（米）", "Reachable street length (m)")),
                ("area_m2", ("面积（平方米）", "Area (m²)")),
                ("distance_start", ("起点步行距离（米）", "Walking distance at the start (m)")),
                ("distance_end", ("终点步行距离（米）", "Walking distance at the end (m)")))


def service_area_style(path, lang):
    """One colour per facility type, labelled with its name: by default an area per
    type."""
    layer = memory_layer("Polygon", [(name, "string" if name.startswith("type") else "double", 0)
                                     for name, _alias in AREA_ALIASES[:6]])
    categories = []
    for index, (code, entry) in enumerate(facility_types().items()):
        colour = TYPE_PALETTE[index % len(TYPE_PALETTE)]
        # a light fill and a firm outline: the areas of several types stay apart where they overlap
        light = QColor(colour)
        light.setAlpha(60)
        symbol = QgsFillSymbol.createSimple({"color": ",".join(str(v) for v in light.getRgb()), "outline_color": colour,
                                             "outline_width": "0.6"})
        label = (entry.name_zh, entry.name_en)[lang]
        categories.append(QgsRendererCategory(code, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("type", categories))
    set_aliases(layer, lang)
    message, ok = layer.saveNamedStyle(str(path))
    assert ok, message


def reachable_streets_style(path, lang):
    """The reachable streets coloured by the walking distance at their far end."""
    layer = memory_layer("LineString", [(name, "string" if name.startswith("type") else "double", 0)
                                        for name, _alias in AREA_ALIASES[:4] + AREA_ALIASES[6:]])
    ranges = []
    for label, low, high, colour in STREET_CLASSES:
        ranges.append(QgsRendererRange(low, high, QgsLineSymbol.createSimple(
            {"line_color": colour, "line_width": "0.8", "capstyle": "round"}), label[lang]))
    layer.setRenderer(QgsGraduatedSymbolRenderer("distance_end", ranges))
    set_aliases(layer, lang)
    message, ok = layer.saveNamedStyle(str(path))
    assert ok, message


def set_aliases(layer, lang):
    for name, alias in AREA_ALIASES:
        if layer.fields().indexOf(name) >= 0:
            layer.setFieldAlias(layer.fields().indexOf(name), alias[lang])


# completecommunity:importpoi: one marker colour per facility type, named in the interface language
POI_ALIASES = {"name": ("名称", "Name"), "category": ("高德/百度类型", "Amap/Baidu type"),
               "typecode": ("类型编码", "Type code"), "address": ("地址", "Address"), "district": ("区县", "District"),
               "cc_type": ("设施类型代码", "Facility type code"),
               "cc_type_zh": ("设施类型", "Facility type (Chinese)"), "cc_rule": ("分类规则", "Deciding rule"),
               "source_file": ("来源文件", "Source file"), "source_row": ("来源行号", "Source row"),
               "source_crs": ("原坐标系", "Source coordinate system"), "source_lon": ("原经度", "Source longitude"),
               "source_lat": ("原纬度", "Source latitude")}
UNCLASSIFIED = ("未分类", "Unclassified")


def imported_pois_style(path, lang):
    from qgis.core import QgsMarkerSymbol

    from complete_community.processing.algorithms.import_poi import POI_FIELDS

    layer = memory_layer("Point", [(row[0], row[1], 0) for row in POI_FIELDS])
    categories = []
    for index, (code, entry) in enumerate(facility_types().items()):
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": TYPE_PALETTE[index % len(TYPE_PALETTE)],
                                               "outline_color": "#ffffff", "size": "2.4"})
        categories.append(QgsRendererCategory(code, symbol, (entry.name_zh, entry.name_en)[lang]))
    unclassified = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#9e9e9e", "outline_color": "#ffffff",
                                                 "size": "1.6"})
    categories.append(QgsRendererCategory(None, unclassified, UNCLASSIFIED[lang]))
    layer.setRenderer(QgsCategorizedSymbolRenderer("cc_type", categories))
    for name, alias in POI_ALIASES.items():
        layer.setFieldAlias(layer.fields().indexOf(name), alias[lang])
    message, ok = layer.saveNamedStyle(str(path))
    assert ok, message


# completecommunity:delineatecommunities / adjustcommunities: the proposed communities by band, the units by community
PROPOSED_ALIASES = {"id": ("社区编号", "Community id"), "name": ("社区名称", "Community name"),
                    "population": ("人口", "Population"), "households": ("户数", "Households"),
                    "units": ("单元数", "Units"), "band": ("人口规模", "Population band"),
                    "max_walk_m": ("最远单元至中心步行距离（米）", "Farthest unit's walk to the centre (m)"),
                    "beyond_reach": ("超出步行范围的单元", "Units beyond the walking reach"),
                    "unmeasured": ("不在步行网络上的单元", "Units off the walking network"),
                    "reason": ("超出规模原因代码", "Out-of-band reason code"),
                    "reason_text": ("超出规模原因", "Why out of band")}
BAND_CLASSES = (("within", ("规模适宜（0.5–1.2万人）", "Within the band"), "#a6d96a"),
                ("under", ("规模偏小（需合并）", "Under the band (merge)"), "#fee08b"),
                ("above", ("规模偏大（需拆分）", "Above the band (split)"), "#f46d43"))
# a pastel colour per community from the number its id ends with (golden-angle hues: neighbours differ)
COMMUNITY_COLOUR = "color_hsva((coalesce(to_int(regexp_substr(\"id\", '(\\\\d+)$')), 0) * 137) % 360, 35, 95, 170)"
UNIT_ALIASES = {"cc_community": ("所属社区", "Community"), "cc_population": ("采用人口", "Population used"),
                "cc_population_from": ("人口来源", "Population from")}


def proposed_communities_style(path, lang):
    from qgis.core import QgsProperty, QgsSymbolLayer

    from complete_community.processing.delineate_inputs import COMMUNITY_OUTPUT_FIELDS

    layer = memory_layer("Polygon", [(row[0], row[1], 0) for row in COMMUNITY_OUTPUT_FIELDS])
    categories = []
    for code, label, colour in BAND_CLASSES:
        fill = QColor(colour)
        fill.setAlpha(int(255 * FILL_OPACITY))
        within = code == "within"
        symbol = QgsFillSymbol.createSimple({
            "color": ",".join(str(v) for v in fill.getRgb()), "outline_color": "#4d4d4d" if within else colour,
            "outline_width": "0.6" if within else "1.4", "outline_style": "solid" if within else "dash"})
        # on the map each community its own pastel colour (neighbours told apart), the band in the outline; the
        # legend shows the band's colour
        symbol.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.PropertyFillColor, QgsProperty.fromExpression(
            COMMUNITY_COLOUR))
        categories.append(QgsRendererCategory(code, symbol, label[lang]))
    layer.setRenderer(QgsCategorizedSymbolRenderer("band", categories))
    labels = [{label[lang]: code} for code, label, _colour in BAND_CLASSES]
    layer.setEditorWidgetSetup(layer.fields().indexOf("band"), QgsEditorWidgetSetup("ValueMap", {"map": labels}))
    settings = QgsPalLayerSettings()
    settings.fieldName = "\"id\" || '\\n' || format_number(\"population\", 0) || '{}'".format(("人", "")[lang])
    settings.labelPerPart = True  # a community of parcels apart from each other: each part named
    set_expression_labels(layer, settings, 9)
    for name, alias in PROPOSED_ALIASES.items():
        layer.setFieldAlias(layer.fields().indexOf(name), alias[lang])
    message, ok = layer.saveNamedStyle(str(path))
    assert ok, message


def delineation_units_style(path, lang):
    """Only the aliases: the units are polygons or points, their own symbols stay."""
    from qgis.core import QgsMapLayer

    from complete_community.processing.delineate_inputs import UNIT_OUTPUT_FIELDS

    layer = memory_layer("Polygon", [(row[0], row[1], 0) for row in UNIT_OUTPUT_FIELDS])
    for name, alias in UNIT_ALIASES.items():
        layer.setFieldAlias(layer.fields().indexOf(name), alias[lang])
    message, ok = layer.saveNamedStyle(str(path), QgsMapLayer.StyleCategories(QgsMapLayer.Fields))
    assert ok, message

STYLES = (("community_results", community_style), ("item_results", item_style),
          ("service_areas", service_area_style), ("reachable_streets", reachable_streets_style),
          ("imported_pois", imported_pois_style), ("proposed_communities", proposed_communities_style),
          ("delineation_units", delineation_units_style))


# --- the planning algorithms' outputs (comparechecks) ---
# what happened to a community between two checks (core/check/compare.py), with its map colour
CHANGE_CLASSES = (
    (BECAME_COMPLETE, ("新达标完整社区", "Became complete"), "#1a9850"),
    (IMPROVED, ("有改善", "Improved"), "#91cf60"),
    (MIXED, ("有增有减", "Mixed"), "#fee08b"),
    (UNCHANGED, ("无变化", "Unchanged"), "#d9d9d9"),
    (WORSENED, ("有退步", "Worsened"), "#fc8d59"),
    (NO_LONGER_COMPLETE, ("不再是完整社区", "No longer complete"), "#d73027"),
    (NEW_COMMUNITY, ("新增社区", "New community"), "#4575b4"),
    (REMOVED, ("已移除社区", "Removed community"), "#ffffff"),
)
MEASURE_LABELS = {
    "communities": ("社区数", "Communities"), "complete": ("完整社区数", "Complete communities"),
    "coverage_count": ("完整社区覆盖率（按个数，%）", "Coverage by count (%)"),
    "population": ("人口（有人口数据的社区）", "Population (communities with one)"),
    "population_complete": ("完整社区人口", "Population of complete communities"),
    "coverage_population": ("完整社区覆盖率（按人口，%）", "Coverage by population (%)"),
    "population_unknown": ("缺人口数据的社区数", "Communities without a population"),
    "became_complete": ("新达标完整社区数", "Became complete"),
    "no_longer_complete": ("不再是完整社区数", "No longer complete"),
    "new": ("新增社区数", "New communities"), "removed": ("移除社区数", "Removed communities"),
    "items_newly_passed": ("新达标项次", "Items newly passed"),
    "items_newly_failed": ("新不达标项次", "Items newly failed"),
}
CODE_LABELS.update({"change": {code: label for code, label, _colour in CHANGE_CLASSES}, "measure": MEASURE_LABELS})
COMPARISON_ALIASES = {
    "cc_id": ("社区编号", "Community ID"), "cc_name": ("社区名称", "Community name"), "change": ("变化", "Change"),
    "complete_before": ("前次是否完整社区", "Complete before"),
    "complete_after": ("本次是否完整社区", "Complete after"),
    "population_before": ("前次人口", "Population before"), "population_after": ("本次人口", "Population after"),
    "fail_before": ("前次短板项数", "Gaps before"),
    "fail_after": ("本次短板项数", "Gaps after"),
    "unknown_before": ("前次待核实项数", "Unknown before"), "unknown_after": ("本次待核实项数", "Unknown after"),
    "newly_passed": ("新达标项目", "Items newly passed"), "newly_failed": ("新不达标项目", "Items newly failed"),
    "newly_passed_count": ("新达标项数", "Number newly passed"),
    "newly_failed_count": ("新不达标项数", "Number newly failed"),
}
SUMMARY_ALIASES = {"measure": ("指标", "Measure"), "before": ("前次", "Before"), "after": ("本次", "After"),
                   "change": ("变化", "Change")}


def set_alias_table(layer, aliases, lang):
    for name, alias in aliases.items():
        layer.setFieldAlias(layer.fields().indexOf(name), alias[lang])


def comparison_style(path, lang):
    """Communities coloured by what changed between two checks, labelled with it."""
    layer = memory_layer("Polygon", COMPARISON_FIELDS)
    categories = []
    for code, label, colour in CHANGE_CLASSES:
        fill = QColor(colour)
        fill.setAlphaF(FILL_OPACITY)
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#4d4d4d", "outline_width": "0.4",
                                             "outline_style": "dash" if code == REMOVED else "solid"})
        symbol.symbolLayer(0).setFillColor(fill)
        categories.append(QgsRendererCategory(code, symbol, label[lang]))
    layer.setRenderer(QgsCategorizedSymbolRenderer("change", categories))
    set_alias_table(layer, COMPARISON_ALIASES, lang)
    value_maps(layer, {"change": "change", "complete_before": "yes_no", "complete_after": "yes_no"}, lang)
    settings = QgsPalLayerSettings()  # the name, what changed (as the legend says it) and the items gained or lost
    settings.fieldName = "coalesce(nullif(\"cc_name\", ''), \"cc_id\") || '\\n' || represent_value(\"change\") || " \
                         "CASE WHEN \"newly_passed\" IS NOT NULL THEN '\\n+ ' || \"newly_passed\" ELSE '' END || " \
                         "CASE WHEN \"newly_failed\" IS NOT NULL THEN '\\n− ' || \"newly_failed\" ELSE '' END"
    set_expression_labels(layer, settings, 9)
    message, ok = layer.saveNamedStyle(str(path))
    assert ok, message


def comparison_summary_style(path, lang):
    layer = memory_layer("None", SUMMARY_FIELDS)
    set_alias_table(layer, SUMMARY_ALIASES, lang)
    value_maps(layer, {"measure": "measure"}, lang)
    table_columns(layer, (), {"measure": 260})
    message, ok = layer.saveNamedStyle(str(path))
    assert ok, message


STYLES += (("check_comparison", comparison_style), ("check_comparison_summary", comparison_summary_style))


# --- suggestsites: the suggested sites, sized by the residents they newly cover, labelled with item and rank ---
SITE_ALIASES = {
    "item_id": ("项目编号", "Item no."), "item_name": ("项目", "Item"), "requirement": ("要求编号", "Requirement ID"),
    "facility_type": ("设施类型代码", "Facility type code"), "type_name": ("设施类型", "Facility type"),
    "rank": ("推荐顺序", "Rank"), "site_id": ("地块编号", "Site ID"), "site_name": ("地块名称", "Site name"),
    "land_area": ("用地面积（平方米）", "Land area (m²)"), "building_area": ("建筑面积（平方米）", "Floor area (m²)"),
    "cost": ("费用", "Cost"), "residents_new": ("新覆盖居民", "Residents newly covered"),
    "residents_cumulative": ("累计新覆盖居民", "Residents newly covered (cumulative)"),
    "samples_new": ("新覆盖居民样点数", "Resident samples newly covered"),
    "communities_reached": ("惠及社区", "Communities reached"),
    "communities_met": ("可达标社区", "Communities that would pass"),
    "communities_met_count": ("可达标社区数", "Number of communities that would pass"),
    "reach_m": ("步行范围（米）", "Walking reach (m)"), "method": ("计算方法", "Method"),
}
SITE_CLASSES = ((("新覆盖 < 500 人", "< 500 residents"), 0, 500, 3.0),
                (("500–2000 人", "500–2,000 residents"), 500, 2000, 4.5),
                (("2000–5000 人", "2,000–5,000 residents"), 2000, 5000, 6.0),
                (("≥ 5000 人", "≥ 5,000 residents"), 5000, 10 ** 9, 8.0))
SITE_LABEL = (("第", "No. "), ("位", ""))


def suggested_sites_style(path, lang):
    layer = memory_layer("Point", SITE_FIELDS)
    ranges = []
    for label, low, high, size in SITE_CLASSES:
        symbol = QgsMarkerSymbol.createSimple({"name": "star", "color": "#7b3294", "outline_color": "#ffffff",
                                               "size": str(size)})
        ranges.append(QgsRendererRange(low, high, symbol, label[lang]))
    layer.setRenderer(QgsGraduatedSymbolRenderer("residents_new", ranges))
    settings = QgsPalLayerSettings()
    first, last = (text[lang] for text in SITE_LABEL)
    settings.fieldName = "\"item_id\" || ' ' || \"type_name\" || ' {}' || \"rank\" || '{}'".format(first, last) \
        if lang == 0 else "\"item_id\" || ' ' || \"facility_type\" || ' {}' || \"rank\"".format(first)
    set_expression_labels(layer, settings, 8)
    set_alias_table(layer, SITE_ALIASES, lang)
    value_maps(layer, {"method": "method"}, lang)
    message, ok = layer.saveNamedStyle(str(path))
    assert ok, message


STYLES += (("suggested_sites", suggested_sites_style),)


# --- actionplan: the projects on the map, coloured by measure, and the same rows as a table ---
MEASURE_CLASSES = (
    (BUILD_AT_SITE, ("在推荐地块建设", "Build at a suggested site"), "#1a9850"),
    (SITE_PARTIAL, ("推荐地块可部分覆盖", "A suggested site helps"), "#91cf60"),
    (NO_CANDIDATE, ("步行范围内无候选用地", "No candidate site within reach"), "#d73027"),
    (SITE_TO_FIND, ("待选址", "Site still to find"), "#fc8d59"),
    (FIX_SURVEY, ("整改调查项", "Fix a surveyed item"), "#4575b4"),
    (IMPROVE, ("其他改善", "Other improvement"), "#abd9e9"),
)
CODE_LABELS.update({"plan_measure": {code: label for code, label, _colour in MEASURE_CLASSES}})
PROJECT_ALIASES = {
    "rank": ("优先序", "Rank"), "year": ("计划年份", "Year"), "priority": ("优先级得分", "Priority score"),
    "weight": ("项目权重", "Item weight"), "community_id": ("社区编号", "Community ID"),
    "community_name": ("社区名称", "Community name"), "item_id": ("项目编号", "Item no."),
    "item_name": ("项目", "Item"), "measure": ("建议措施", "Measure"), "site_id": ("地块编号", "Site ID"),
    "site_name": ("地块名称", "Site name"), "residents": ("受益居民", "Residents affected"),
    "residents_known": ("人口已知", "Population known"),
}


PLAN_MAP_ALIASES = {
    "community_id": ("社区编号", "Community ID"), "community_name": ("社区名称", "Community name"),
    "projects": ("项目数", "Projects"), "first_year": ("首个项目年份", "First year"),
    "last_year": ("末个项目年份", "Last year"), "top_priority": ("最高优先级得分", "Highest priority score"),
    "top_measure": ("最优先项目措施", "Measure of the most urgent project"),
    "items": ("项目（按优先序）", "Items (most urgent first)"), "residents": ("受益居民", "Residents affected"),
    "residents_known": ("人口已知", "Population known"),
}
# the communities by their most urgent project's score (item weight 3 in a community of 12,000 scores 6)
PRIORITY_CLASSES = ((("优先级 < 2", "Priority < 2"), 0, 2, "#fee8c8"),
                    (("优先级 2–4", "Priority 2–4"), 2, 4, "#fdbb84"),
                    (("优先级 4–5", "Priority 4–5"), 4, 5, "#fc8d59"),
                    (("优先级 ≥ 5", "Priority ≥ 5"), 5, 1000, "#d7301f"))
PLAN_LABEL = ((" 项 · ", " projects · "), (" 年起", " on"))


def action_plan_style(path, lang):
    """The communities with projects, coloured by the score of their most urgent one, labelled with the number of
    projects, the first year and the items in order of priority."""
    layer = memory_layer("MultiPolygon", PLAN_MAP_FIELDS)
    ranges = []
    for label, low, high, colour in PRIORITY_CLASSES:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#4d4d4d", "outline_width": "0.4"})
        fill = QColor(colour)
        fill.setAlphaF(FILL_OPACITY)
        symbol.symbolLayer(0).setFillColor(fill)
        ranges.append(QgsRendererRange(low, high, symbol, label[lang]))
    layer.setRenderer(QgsGraduatedSymbolRenderer("top_priority", ranges))
    settings = QgsPalLayerSettings()
    projects, since = (text[lang] for text in PLAN_LABEL)
    if lang == 0:
        year = "\"first_year\" || '{}'".format(since)
    else:
        year = "'{}' || \"first_year\"".format(since.strip() + " ")
    settings.fieldName = "coalesce(nullif(\"community_name\", ''), \"community_id\") || '\\n' || \"projects\" || " \
                         "'{}' || {} || '\\n' || \"items\"".format(projects, year)
    set_expression_labels(layer, settings, 9)
    set_alias_table(layer, PLAN_MAP_ALIASES, lang)
    value_maps(layer, {"top_measure": "plan_measure", "residents_known": "yes_no"}, lang)
    message, ok = layer.saveNamedStyle(str(path))
    assert ok, message


def action_plan_table_style(path, lang):
    layer = memory_layer("None", PROJECT_FIELDS)
    set_alias_table(layer, PROJECT_ALIASES, lang)
    value_maps(layer, {"measure": "plan_measure", "residents_known": "yes_no"}, lang)
    table_columns(layer, (), {"community_name": 100, "item_name": 250, "measure": 200, "site_name": 150})
    message, ok = layer.saveNamedStyle(str(path))
    assert ok, message


STYLES += (("action_plan", action_plan_style), ("action_plan_table", action_plan_table_style))


# --- adjustcommunities: the table of changes for the review meeting ---
CODE_LABELS.update({"adjust_action": {MERGE: ("合并", "Merge"), SPLIT: ("拆分", "Split"),
                                      KEEP: ("未找到调整", "No change found")}})
ADJUSTMENT_ALIASES = {
    "action": ("调整方式", "Change"), "before": ("调整前社区", "Communities before"),
    "population_before": ("调整前人口", "Population before"), "after": ("调整后社区", "Communities after"),
    "population_after": ("调整后人口", "Population after"), "reason": ("未调整原因代码", "Reason code"),
    "reason_text": ("未调整原因", "Why no change was found"),
}


def adjustment_changes_style(path, lang):
    layer = memory_layer("None", CHANGE_FIELDS)
    set_alias_table(layer, ADJUSTMENT_ALIASES, lang)
    value_maps(layer, {"action": "adjust_action"}, lang)
    table_columns(layer, ("reason",), {"before": 150, "after": 150, "reason_text": 300})
    message, ok = layer.saveNamedStyle(str(path))
    assert ok, message


STYLES += (("adjustment_changes", adjustment_changes_style),)


def main(argv):
    app = QgsApplication([], False)
    app.initQgis()
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "resources" / "styles"
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, write in STYLES:
        for suffix, lang in LANGUAGES:
            path = out / "{}{}.qml".format(name, suffix)
            write(path, lang)
            written.append(path.name)
    print("wrote {}: {}".format(out, ", ".join(written)))


if __name__ == "__main__":
    main(sys.argv)
