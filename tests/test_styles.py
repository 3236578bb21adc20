"""The QML styles as a reviewer meets them in QGIS desktop: every code the check writes shows as a label (a value
map; the codes stay in the data) — in Chinese when QGIS runs in Chinese, in English otherwise —, status fields are
coloured, the community form is grouped into the profile's aspects, and community polygons let what lies beneath show
through. Each style is loaded the way the algorithms load it (LoadedOutput) onto a memory layer with the output's
fields, with the interface language set."""

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import check_fixture
import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsEditFormConfig,
    QgsExpression,
    QgsExpressionContext,
    QgsFeature,
    QgsProcessingContext,
    QgsVectorLayer,
)

from complete_community.core.check import engine, model, reasons
from complete_community.core.check.fields import item_field_name
from complete_community.core.network import qa
from complete_community.core.profiles.loader import load_profile
from complete_community.processing import check_outputs, styling
from complete_community.processing.algorithms import action_plan, compare_checks, suggest_sites
from complete_community.processing.algorithms.import_poi import POI_FIELDS
from complete_community.processing.algorithms.network_qa import FINDING_FIELDS
from complete_community.processing.fields import fields_from
from complete_community.processing.styling import LoadedOutput, style_path
from helpers import PLUGIN_ROOT, interface_language, output_layer, recording_feedback, run_algorithm

CHINESE = re.compile("[\u4e00-\u9fff]")
CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")  # Han, kana, hangul, full-width forms
STYLES = ("community_results", "item_results", "service_areas", "reachable_streets", "network_qa_points",
          "network_qa_lines", "imported_pois", "check_comparison", "check_comparison_summary", "suggested_sites",
          "action_plan", "action_plan_table", "proposed_communities", "delineation_units",
          "adjustment_changes")
GENERATORS = ("make_styles.py", "make_qa_style.py")
PROFILE = load_profile("mohurd-2020")
ITEM_STATUS_FIELDS = [name for name, _kind, _length in check_outputs.item_status_fields(PROFILE)]


def _constants(prefix):
    return {value for name, value in vars(model).items() if name.startswith(prefix)}


def engine_codes(attribute):
    """Every non-empty string constant core/check/engine.py gives a RequirementResult's `attribute` (a keyword of the
    constructor, `result.unit = …`, or one element of `result.measured, …, result.unit = …, …, "count"`): a unit or
    method added there later without a label in the styles fails the tests below."""
    tree = ast.parse(Path(engine.__file__).read_text(encoding="utf-8"))
    values = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "RequirementResult":
            values += [keyword.value for keyword in node.keywords if keyword.arg == attribute]
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Attribute) and target.attr == attribute:
                    values.append(node.value)
                elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    values += [value for element, value in zip(target.elts, node.value.elts)
                               if isinstance(element, ast.Attribute) and element.attr == attribute]
    return {constant.value for value in values for constant in ast.walk(value)
            if isinstance(constant, ast.Constant) and isinstance(constant.value, str) and constant.value}


# the codes each field can hold, from the constants the check writes them with
STATUSES = set(model.STATUSES)
COMMUNITY_STATUSES = {model.NEW, model.EXISTING, model.STATUS_UNKNOWN}
STATUS_FROM = _constants("FROM_") | {model.NOT_DECIDED}
BANDS = _constants("BAND_")
DISTANCE_METHODS = {model.NETWORK, model.STRAIGHT_LINE}  # the two DistanceBackends
METHODS = DISTANCE_METHODS | engine_codes("method")
UNITS = engine_codes("unit")
COVERAGE_BASES = engine_codes("coverage_basis")
YES_NO = {"0", "1"}

COMMUNITY_CODES = dict({"cc_status": COMMUNITY_STATUSES, "cc_status_from": STATUS_FROM, "cc_band": BANDS,
                        "cc_method": DISTANCE_METHODS, "cc_complete": YES_NO},
                       **{name: STATUSES for name in ITEM_STATUS_FIELDS})
ITEM_CODES = {"community_status": COMMUNITY_STATUSES, "status": STATUSES, "method": METHODS, "unit": UNITS,
              "coverage_of": COVERAGE_BASES, "unverified": YES_NO}


def styled(qml, fields, geometry="Polygon", locale="zh_CN"):
    """A memory layer with these fields, styled by LoadedOutput while QGIS runs in `locale`."""
    layer = QgsVectorLayer("{}?crs=EPSG:4547".format(geometry), qml, "memory")
    assert layer.isValid()
    assert layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    feedback = recording_feedback()
    with interface_language(locale):
        LoadedOutput(qml, None).postProcessLayer(layer, QgsProcessingContext(), feedback)
    assert not feedback.warnings, feedback.warnings
    return layer


def community_layer(locale="zh_CN"):
    # the input's own fields come first in the output, so the style must find its fields by name, not by position
    input_fields = fields_from((("街道", "string", 40), ("面积", "double", 0)))
    return styled("community_results", check_outputs.community_fields(PROFILE, input_fields), locale=locale)


def style_layer(qml, locale):
    """Any of the styles on a layer with its output's fields."""
    if qml == "community_results":
        return community_layer(locale)
    if qml == "item_results":
        return styled(qml, check_outputs.item_fields(), "None", locale)
    if qml == "imported_pois":
        return styled(qml, fields_from(POI_FIELDS), "Point", locale)
    if qml == "check_comparison":
        return styled(qml, fields_from(compare_checks.COMPARISON_FIELDS), "Polygon", locale)
    if qml == "action_plan":
        return styled(qml, fields_from(action_plan.MAP_FIELDS), "MultiPolygon", locale)
    if qml == "action_plan_table":
        return styled(qml, fields_from(action_plan.PROJECT_FIELDS), "None", locale)
    if qml == "suggested_sites":
        return styled(qml, fields_from(suggest_sites.SITE_FIELDS), "Point", locale)
    if qml == "check_comparison_summary":
        return styled(qml, fields_from(compare_checks.SUMMARY_FIELDS), "None", locale)
    if qml == "proposed_communities":
        from complete_community.processing.delineate_inputs import COMMUNITY_OUTPUT_FIELDS

        return styled(qml, fields_from(COMMUNITY_OUTPUT_FIELDS), "MultiPolygon", locale)
    if qml == "adjustment_changes":
        from complete_community.processing.algorithms.adjust_communities import CHANGE_FIELDS

        return styled(qml, fields_from(CHANGE_FIELDS), "None", locale)
    if qml == "delineation_units":
        from complete_community.processing.delineate_inputs import UNIT_OUTPUT_FIELDS

        return styled(qml, fields_from(UNIT_OUTPUT_FIELDS), "Point", locale)
    if qml.startswith("network_qa"):
        return styled(qml, fields_from(FINDING_FIELDS), "Point" if qml.endswith("points") else "MultiLineString",
                      locale)
    kinds = {"type": "string", "type_zh": "string"}
    names = ("type", "type_zh", "minutes", "metres") + (
        ("street_length_m", "area_m2") if qml == "service_areas" else ("distance_start", "distance_end"))
    return styled(qml, fields_from(tuple((name, kinds.get(name, "double"), 0) for name in names)),
                  "Polygon" if qml == "service_areas" else "LineString", locale)


@pytest.fixture(scope="module")
def communities(qgis_app):
    return community_layer()


@pytest.fixture(scope="module")
def items(qgis_app):
    return styled("item_results", check_outputs.item_fields(), "None")


@pytest.fixture(scope="module")
def communities_en(qgis_app):
    return community_layer("en_US")


@pytest.fixture(scope="module")
def items_en(qgis_app):
    return styled("item_results", check_outputs.item_fields(), "None", "en_US")


def value_map(layer, name):
    """code → label of a field's ValueMap widget (the field formatter the table, forms and identify results use)."""
    setup = layer.editorWidgetSetup(layer.fields().indexOf(name))
    assert setup.type() == "ValueMap", (name, setup.type())
    entries = setup.config()["map"]
    return {code: label for entry in entries for label, code in entry.items()}


def represent(layer, name, value):
    index = layer.fields().indexOf(name)
    setup = layer.editorWidgetSetup(index)
    formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
    return formatter.representValue(layer, index, setup.config(), None, value)


def test_the_engine_scan_finds_the_codes_it_knows():
    """The source scan that feeds METHODS, UNITS and COVERAGE_BASES still works (a refactor must not empty it)."""
    assert {"inside", "surveyed", "attributes"} <= METHODS
    assert {"count", "share", "types", "yes/no", "ratio"} <= UNITS
    assert COVERAGE_BASES == {"residents", "area"}


@pytest.mark.parametrize("layer_name, codes", [("communities", COMMUNITY_CODES), ("items", ITEM_CODES)])
def test_every_code_has_a_chinese_label(request, layer_name, codes):
    layer = request.getfixturevalue(layer_name)
    for name, field_codes in codes.items():
        labels = value_map(layer, name)
        missing = sorted(code for code in field_codes if not CHINESE.search(labels.get(code, "")))
        assert not missing, "{}: no Chinese label for {}".format(name, missing)


def test_labels_agree_with_the_reasons(items):
    """The columns and the reason sentences use the same words for a verdict and for new/existing."""
    for name, words in (("status", reasons.STATUS_WORDS), ("community_status", reasons.STATUS_NAMES)):
        labels = value_map(items, name)
        for code, (zh, _en) in words.items():
            assert labels[code] == zh, (name, code)


def test_the_formatter_shows_the_labels(communities, items):
    values = [("item_01", model.PASS, "达标"), ("item_12", model.FAIL, "不达标"), ("item_19", model.UNKNOWN, "待核实"),
              ("item_10", model.NOT_APPLICABLE, "不适用"), ("cc_status", model.NEW, "新建"),
              ("cc_status_from", model.FROM_DEFAULT, "默认值"), ("cc_band", model.BAND_UNDER, "规模不足"),
              ("cc_method", model.NETWORK, "步行路网"), ("cc_complete", 1, "是"), ("cc_complete", 0, "否")]
    for name, value, label in values:
        assert represent(communities, name, value) == label, name
    for name, value, label in (("method", model.STRAIGHT_LINE, "直线距离"), ("unit", "share", "比例"),
                               ("unit", "yes/no", "是/否"), ("coverage_of", "area", "按面积"), ("unit", None, "—")):
        assert represent(items, name, value) == label, name
    assert represent(items, "reason_zh", "原因") == "原因"  # fields without a code are left as they are


def test_a_feature_shows_the_label_and_keeps_the_code(qgis_app):
    layer = community_layer()
    feature = QgsFeature(layer.fields())
    feature["item_01"], feature["cc_status"] = model.PASS, model.EXISTING
    assert layer.dataProvider().addFeatures([feature])[0]
    stored = next(layer.getFeatures())
    assert (stored["item_01"], stored["cc_status"]) == ("pass", "existing")
    assert (represent(layer, "item_01", stored["item_01"]), represent(layer, "cc_status", stored["cc_status"])) == (
        "达标", "既有")


@pytest.mark.parametrize("layer_name, names", [("communities", ITEM_STATUS_FIELDS), ("items", ["status"])])
def test_status_fields_are_coloured(request, layer_name, names):
    layer = request.getfixturevalue(layer_name)
    context = layer.createExpressionContext()  # matches() sets @value in its last scope: an empty context crashes
    for name in names:
        styles = layer.conditionalStyles().fieldStyles(name)
        colours = {}
        for status in STATUSES:
            matching = [style for style in styles if style.matches(status, context)]
            assert len(matching) == 1, (name, status)
            assert matching[0].name() == value_map(layer, name)[status]
            colours[status] = matching[0].backgroundColor()
        assert len({colour.name() for colour in colours.values()}) == len(STATUSES)
        assert colours[model.PASS].green() > colours[model.PASS].red()  # 达标 green
        assert colours[model.FAIL].red() > colours[model.FAIL].green()  # 不达标 red
        assert colours[model.NOT_APPLICABLE].name() == "#ffffff"  # 不适用 white
        assert not [style for style in styles if style.matches("zzz", context)]


def test_the_item_table_keeps_its_row_colours(items):
    assert len(items.conditionalStyles().rowStyles()) == len(STATUSES)


def test_the_community_form_is_grouped_by_aspect(communities):
    config = communities.editFormConfig()
    drag_and_drop = Qgis.AttributeFormLayout.DragAndDrop if hasattr(Qgis, "AttributeFormLayout") \
        else QgsEditFormConfig.TabLayout  # QGIS 3.22 … 3.30
    assert config.layout() == drag_and_drop
    tabs = config.tabs()  # two tabs that fit a laptop screen: the overview, then every verdict
    assert [tab.name() for tab in tabs] == ["概况", "检查项目"]
    groups = [group for tab in tabs for group in tab.children()]
    assert [group.name() for group in groups] == ["社区", "结论"] + [a.name.zh_CN for a in PROFILE.aspects]
    assert all(group.isGroupBox() for group in groups)
    fields = {group.name(): [child.name() for child in group.children()] for group in groups}
    assert fields["社区"] == ["cc_id", "cc_name", "cc_status", "cc_status_from", "cc_population", "cc_households",
                            "cc_band"]
    assert fields["结论"] == ["cc_pass", "cc_fail", "cc_unknown", "cc_na", "cc_complete", "cc_gaps", "cc_unverified",
                            "cc_unverified_items", "cc_method"]
    for aspect in PROFILE.aspects:
        assert fields[aspect.name.zh_CN] == [item_field_name(item_id) for item_id in aspect.item_ids]
    # every field the check adds is in the form once, found by name behind the input's own fields
    placed = [child for group in groups for child in group.children()]
    names = [child.name() for child in placed]
    assert sorted(names) == sorted(name for name, *_rest in check_outputs.RESULT_FIELDS + tuple(
        check_outputs.item_status_fields(PROFILE)))
    assert all(child.idx() == communities.fields().indexOf(child.name()) for child in placed)
    assert "街道" not in names  # the input's fields: in the attribute table and identify results, not in the form


def test_community_polygons_are_semi_transparent(communities):
    rules = communities.renderer().rootRule().children()
    assert len(rules) == 5 and rules[0].label().startswith("完整社区")
    for rule in rules:
        fill = rule.symbol().symbolLayer(0)
        assert 0.3 <= fill.fillColor().alphaF() < 1, rule.label()
        assert fill.strokeColor().alphaF() == 1, rule.label()
        assert rule.symbol().opacity() == 1  # the outline is not faded with the fill


@pytest.mark.parametrize("qml, geometry", [("network_qa_points", "Point"), ("network_qa_lines", "MultiLineString")])
def test_network_problems_have_chinese_names(qgis_app, qml, geometry):
    layer = styled(qml, fields_from(FINDING_FIELDS), geometry)
    labels = value_map(layer, "problem")
    assert all(CHINESE.search(labels.get(problem, "")) for problem in qa.PROBLEMS), labels
    assert represent(layer, "problem", qa.NEAR_MISS) == "疑似漏接路口"
    categories = {category.value(): category.label() for category in layer.renderer().categories()}
    assert all(label.startswith(labels[problem]) for problem, label in categories.items())


@pytest.mark.parametrize("locale, expected", [
    ("zh_CN", {"达标", "不达标", "待核实", "直线距离", "处", "%", "是/否"}),
    ("en_US", {"Pass", "Fail", "Unknown", "Straight line", "facilities", "%", "yes/no"})])
def test_a_real_run_shows_no_code(provider, locale, expected):
    """Every value the check wrote for the hand-built district shows as a label, never as the formatter's '(code)'."""
    parameters = {"COMMUNITIES": check_fixture.communities_layer(), "FACILITIES": check_fixture.facilities_layer(),
                  "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_ITEMS": "TEMPORARY_OUTPUT"}
    result, context, feedback = run_algorithm("checkcommunities", parameters)
    shown = set()
    for output, qml, codes in (("OUTPUT", "community_results", COMMUNITY_CODES),
                               ("OUTPUT_ITEMS", "item_results", ITEM_CODES)):
        layer = output_layer(result[output], context)
        with interface_language(locale):
            LoadedOutput(qml, None).postProcessLayer(layer, context, feedback)
        texts = {represent(layer, name, feature[name]) for feature in layer.getFeatures() for name in codes}
        assert not [text for text in texts if text.startswith("(")], (output, texts)
        shown |= texts
    assert expected <= shown


# English: the same styles with English words, for the same codes


def shown_texts(layer):
    """Every text a person reads in a styled layer: aliases, value-map labels, legend labels, conditional style names,
    form group names and the map label's expression."""
    texts = [field.alias() for field in layer.fields()]
    for index in range(layer.fields().count()):
        setup = layer.editorWidgetSetup(index)
        if setup.type() == "ValueMap":
            texts += [label for entry in setup.config()["map"] for label in entry]
    texts += [item.label() for item in legend(layer)]
    styles = layer.conditionalStyles()
    texts += [style.name() for style in styles.rowStyles()]
    texts += [style.name() for field in layer.fields() for style in styles.fieldStyles(field.name())]
    texts += [group.name() for group in layer.editFormConfig().tabs()]
    if layer.labelsEnabled():
        texts.append(layer.labeling().settings().fieldName)
    return [text for text in texts if text]


def legend(layer):
    return layer.renderer().legendSymbolItems() if layer.renderer() else []  # the item table has no geometry


def value_maps_of(layer):
    return {field.name(): value_map(layer, field.name()) for index, field in enumerate(layer.fields())
            if layer.editorWidgetSetup(index).type() == "ValueMap"}


@pytest.mark.parametrize("qml", STYLES)
def test_the_english_style_labels_the_same_codes_in_english(qgis_app, qml):
    chinese, english = style_layer(qml, "zh_CN"), style_layer(qml, "en_US")
    assert Path(style_path(qml, chinese=False)).name == qml + "_en.qml"
    assert not CJK.search(Path(style_path(qml, chinese=False)).read_text(encoding="utf-8"))  # nothing left in Chinese
    zh_maps, en_maps = value_maps_of(chinese), value_maps_of(english)
    assert {name: list(labels) for name, labels in en_maps.items()} == {
        name: list(labels) for name, labels in zh_maps.items()}  # the same fields, codes and order
    for name, labels in en_maps.items():
        assert all(label and not CJK.search(label) for label in labels.values()), (name, labels)
    aliased = {field.name() for field in chinese.fields() if field.alias()}
    assert aliased and aliased == {field.name() for field in english.fields() if field.alias()}
    assert not [text for text in shown_texts(english) if CJK.search(text)]
    assert [CHINESE.search(text) is not None for text in shown_texts(chinese)].count(True) >= len(aliased)
    # the same symbology: only the words differ
    assert [item.ruleKey() for item in legend(english)] == [item.ruleKey() for item in legend(chinese)]
    en_legend = [item.label() for item in legend(english)]
    assert len(set(en_legend)) == len(en_legend)


@pytest.mark.parametrize("layer_name, codes", [("communities_en", COMMUNITY_CODES), ("items_en", ITEM_CODES)])
def test_every_code_has_an_english_label(request, layer_name, codes):
    layer = request.getfixturevalue(layer_name)
    for name, field_codes in codes.items():
        labels = value_map(layer, name)
        missing = sorted(code for code in field_codes if not labels.get(code) or CJK.search(labels[code]))
        assert not missing, "{}: no English label for {}".format(name, missing)


def test_english_labels_agree_with_the_reasons(items_en):
    """The English columns use the reason sentences' words for a verdict and for new/existing (capitalised)."""
    for name, words in (("status", reasons.STATUS_WORDS), ("community_status", reasons.STATUS_NAMES)):
        labels = value_map(items_en, name)
        for code, (_zh, en) in words.items():
            assert labels[code] == en[0].upper() + en[1:], (name, code)


def test_the_formatter_shows_english_labels(communities_en, items_en):
    values = [("item_01", model.PASS, "Pass"), ("item_12", model.FAIL, "Fail"), ("item_19", model.UNKNOWN, "Unknown"),
              ("item_10", model.NOT_APPLICABLE, "Not applicable"), ("cc_status", model.NEW, "New"),
              ("cc_status", model.EXISTING, "Existing"), ("cc_complete", 1, "Yes"), ("cc_complete", 0, "No"),
              ("cc_method", model.NETWORK, "Walking network")]
    for name, value, label in values:
        assert represent(communities_en, name, value) == label, name
    for name, value, label in (("unit", "count", "facilities"), ("unit", "types", "types"),
                               ("unit", "m2/100 households", "m²/100 households"), ("unit", None, "—")):
        assert represent(items_en, name, value) == label, name
    assert communities_en.attributeDisplayName(communities_en.fields().indexOf("cc_name")) == "Community name"
    assert communities_en.attributeDisplayName(communities_en.fields().indexOf("cc_population")) == "Population"
    assert communities_en.attributeDisplayName(communities_en.fields().indexOf("item_02")) == "02 A kindergarten"


def test_the_english_community_form_and_legend(communities, communities_en):
    def groups(layer):
        return [group for tab in layer.editFormConfig().tabs() for group in tab.children()]

    assert [tab.name() for tab in communities_en.editFormConfig().tabs()] == ["Overview", "Items"]
    assert [group.name() for group in groups(communities_en)] == ["Community", "Result"] + [
        aspect.name.en for aspect in PROFILE.aspects]
    assert [[child.name() for child in group.children()] for group in groups(communities_en)] == [
        [child.name() for child in group.children()] for group in groups(communities)]
    rules = communities_en.renderer().rootRule().children()
    assert [rule.label() for rule in rules] == ["Complete", "No gap, data to verify", "1–2 gaps", "3–5 gaps",
                                                "6+ gaps"]
    assert [rule.filterExpression() for rule in rules] == [
        rule.filterExpression() for rule in communities.renderer().rootRule().children()]


def test_the_english_map_label(communities_en):
    layer = communities_en
    label = QgsExpression(layer.labeling().settings().fieldName)
    assert not label.hasParserError(), label.parserErrorString()
    feature = QgsFeature(layer.fields())
    feature["cc_id"], feature["cc_complete"], feature["cc_fail"], feature["cc_unknown"] = "C1", 0, 2, 3
    feature["cc_unverified"] = 1
    context = QgsExpressionContext()
    context.setFeature(feature)
    assert label.evaluate(context) == "C1\nGaps 2 · Unknown 3\nSize unverified 1"
    feature["cc_name"], feature["cc_complete"], feature["cc_unverified"] = "东园社区", 1, 0
    context.setFeature(feature)
    assert label.evaluate(context) == "东园社区\nComplete"


# which file the post-processor loads


@pytest.mark.parametrize("locale, chinese", [("zh_CN", True), ("zh-Hans", True), ("zh", True), ("zh_SG", True),
                                             ("en_US", False), ("en", False), ("fr_FR", False), ("zh_TW", False)])
def test_the_post_processor_picks_the_file_by_locale(qgis_app, locale, chinese):
    from qgis.PyQt.QtCore import QSettings

    from complete_community.core.i18n import interface_is_chinese

    before = {key: QSettings().value(key) for key in ("locale/overrideFlag", "locale/userLocale")}
    with interface_language(locale):
        assert interface_is_chinese() is chinese
        assert Path(style_path("item_results")).name == ("item_results.qml" if chinese else "item_results_en.qml")
    assert {key: QSettings().value(key) for key in before} == before  # the test leaves QGIS's settings as they were
    layer = styled("item_results", check_outputs.item_fields(), "None", locale)
    assert layer.attributeDisplayName(layer.fields().indexOf("status")) == ("结论" if chinese else "Verdict")
    assert represent(layer, "status", model.FAIL) == ("不达标" if chinese else "Fail")


def test_the_chinese_style_serves_when_the_english_one_is_missing(qgis_app, tmp_path, monkeypatch):
    shutil.copy(styling.STYLES_DIR / "item_results.qml", tmp_path / "item_results.qml")
    monkeypatch.setattr(styling, "STYLES_DIR", tmp_path)
    assert style_path("item_results", chinese=False) == str(tmp_path / "item_results.qml")
    layer = styled("item_results", check_outputs.item_fields(), "None", "en_US")  # no warning (styled checks)
    assert represent(layer, "status", model.PASS) == "达标"


def test_every_style_exists_in_both_languages():
    names = {path.name for path in styling.STYLES_DIR.glob("*.qml")}
    assert names == {name + suffix + ".qml" for name in STYLES for suffix in ("", "_en")}


# generation


def generate(out):
    for script in GENERATORS:
        run = subprocess.run([sys.executable, str(PLUGIN_ROOT / "scripts" / script), str(out)], capture_output=True,
                             text=True, timeout=300)
        assert run.returncode == 0, run.stderr
    return {path.name: path.read_bytes() for path in sorted(out.glob("*.qml"))}


@pytest.mark.slow
def test_generation_is_byte_stable(qgis_app, tmp_path):
    """`make styles` twice writes the same bytes; and with the QGIS version that wrote the committed files, the same
    bytes as those (the committed styles are what the generators make)."""
    first, second = generate(tmp_path / "first"), generate(tmp_path / "second")
    assert set(first) == {name + suffix + ".qml" for name in STYLES for suffix in ("", "_en")}
    assert first == second
    committed = {name: (styling.STYLES_DIR / name).read_bytes() for name in first}
    version = re.search(rb'<qgis [^>]*version="([^"]+)"', committed["item_results.qml"]).group(1)
    if version.decode() != Qgis.QGIS_VERSION:
        pytest.skip("the committed styles were written by QGIS {}, this is {}: only the stability was compared".format(
            version.decode(), Qgis.QGIS_VERSION))
    assert [name for name in first if first[name] != committed[name]] == []
