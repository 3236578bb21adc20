"""core/check/checklist.py: one community's item rows as the inspector shows them, and the filter by item."""

from complete_community.core.check.checklist import checklist, combined_filter, item_filter
from complete_community.core.profiles.loader import load_profile


def row(item_id, status, aspect="甲", **values):
    return dict(dict(item_id=item_id, item_name="项目" + item_id, aspect=aspect, status=status,
                     reason_zh="原因" + item_id, reason_en="reason " + item_id), **values)


def test_rows_grouped_by_aspect_in_the_profiles_order_with_its_names():
    profile = load_profile("mohurd-2020")
    items = list(profile.ordered_items())
    rows = [row(item.id, "pass") for item in reversed(items)]
    groups = checklist(rows, profile, chinese=False)
    assert [title for title, _lines in groups] == [aspect.name.en for aspect in profile.aspects]
    assert [line.item_id for _title, lines in groups for line in lines] == [item.id for item in items]
    assert groups[0][1][0].name == items[0].name.en and groups[0][1][0].reason == "reason " + items[0].id
    chinese = checklist(rows, profile, chinese=True)
    assert chinese[0][0] == profile.aspects[0].name.zh_CN and chinese[0][1][0].reason == "原因" + items[0].id


def test_without_a_profile_the_rows_order_and_names_and_empty_values():
    rows = [row("02", "fail", measured=250.0, threshold=300.0, unit="m²", facility_name="幼儿园", distance_m=420.5,
                confidence="area_min:high"),
            row("01", "unknown", aspect="乙", measured=None, threshold=None, unit="", facility_name=""),
            row("03", "pass", measured=96.0, threshold=None, unit="percent"), {"item_id": None}]
    groups = checklist(rows)
    assert [title for title, _lines in groups] == ["甲", "乙"]
    first, third = groups[0][1]
    assert first.measure_text() == "250 / 300 m²" and first.facility_text() == "幼儿园 (420.5 m)"
    assert first.confidence == "area_min:high"
    assert third.measure_text() == "96 %"
    (second,) = groups[1][1]
    assert second.measure_text() == "" and second.facility_text() == "" and second.unit is None


def test_item_filter_keeps_failing_and_unknown():
    assert item_filter("05", ["cc_id", "item_05"]) == '"item_05" IN (\'fail\', \'unknown\')'
    assert item_filter("05", ["ITEM_05"]) == '"ITEM_05" IN (\'fail\', \'unknown\')'  # as a shapefile may spell it
    assert item_filter("05", ["item_06"]) is None
    assert combined_filter("", "b") == "b" and combined_filter("a", "b") == "(a) AND (b)"
