"""The QML styles as a reviewer meets them in QGIS desktop: every code the check writes shows as a Chinese label (a
value map; the codes stay in the data), status fields are coloured, the community form is grouped into the profile's
aspects, and community polygons let what lies beneath show through. Each style is loaded the way the algorithms load
it (LoadedOutput) onto a memory layer with the output's fields."""

import ast
import re
from pathlib import Path

import check_fixture
import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsEditFormConfig,
    QgsFeature,
    QgsProcessingContext,
    QgsVectorLayer,
)

from complete_community.core.check import engine, model, reasons
from complete_community.core.check.fields import item_field_name
from complete_community.core.network import qa
from complete_community.core.profiles.loader import load_profile
from complete_community.processing import check_outputs
from complete_community.processing.algorithms.network_qa import FINDING_FIELDS
from complete_community.processing.fields import fields_from
from complete_community.processing.styling import LoadedOutput
from helpers import output_layer, recording_feedback, run_algorithm

CHINESE = re.compile("[\u4e00-\u9fff]")
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


def styled(qml, fields, geometry="Polygon"):
    layer = QgsVectorLayer("{}?crs=EPSG:4547".format(geometry), qml, "memory")
    assert layer.isValid()
    assert layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    feedback = recording_feedback()
    LoadedOutput(qml, None).postProcessLayer(layer, QgsProcessingContext(), feedback)
    assert not feedback.warnings, feedback.warnings
    return layer


def community_layer():
    # the input's own fields come first in the output, so the style must find its fields by name, not by position
    input_fields = fields_from((("街道", "string", 40), ("面积", "double", 0)))
    return styled("community_results", check_outputs.community_fields(PROFILE, input_fields))


@pytest.fixture(scope="module")
def communities(qgis_app):
    return community_layer()


@pytest.fixture(scope="module")
def items(qgis_app):
    return styled("item_results", check_outputs.item_fields(), "None")


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
    groups = config.tabs()
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


def test_a_real_run_shows_no_code(provider):
    """Every value the check wrote for the hand-built district shows as a label, never as the formatter's '(code)'."""
    parameters = {"COMMUNITIES": check_fixture.communities_layer(), "FACILITIES": check_fixture.facilities_layer(),
                  "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_ITEMS": "TEMPORARY_OUTPUT"}
    result, context, feedback = run_algorithm("checkcommunities", parameters)
    shown = set()
    for output, qml, codes in (("OUTPUT", "community_results", COMMUNITY_CODES),
                               ("OUTPUT_ITEMS", "item_results", ITEM_CODES)):
        layer = output_layer(result[output], context)
        LoadedOutput(qml, None).postProcessLayer(layer, context, feedback)
        texts = {represent(layer, name, feature[name]) for feature in layer.getFeatures() for name in codes}
        assert not [text for text in texts if text.startswith("(")], (output, texts)
        shown |= texts
    assert {"达标", "不达标", "待核实", "直线距离", "处", "比例", "是/否"} <= shown
