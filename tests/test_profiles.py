"""Checklist profiles: the bundled ones validate and say what the standard says; local profiles extend them; every
kind of invalid profile gets a precise message naming the file, the key and what was expected."""

import textwrap

import pytest

from complete_community.core.profiles.loader import ProfileError, bundled_profiles, load_profile
from complete_community.core.profiles.schema import CONFIDENCE_TAGS
from complete_community.core.profiles.table import GENERAL_ITEM_ID, checklist_rows, render_html, render_markdown

ITEM_IDS = ["{:02d}".format(n) for n in range(1, 21)]


def requirement(profile, item_id, requirement_id):
    return next(r for r in profile.items[item_id].requirements if r.id == requirement_id)


def test_bundled_profiles_are_listed_default_first():
    assert bundled_profiles() == ["mohurd-2020", "gb50180-2018-5min", "pilot-2022"]


@pytest.mark.parametrize("profile_id", ["mohurd-2020", "gb50180-2018-5min", "pilot-2022"])
def test_bundled_profile_renders_as_table_of_20_items(profile_id):
    profile = load_profile(profile_id)
    rows = checklist_rows(profile)
    item_rows = [r for r in rows if r["item_id"] != GENERAL_ITEM_ID]
    assert sorted({r["item_id"] for r in item_rows}) == ITEM_IDS
    assert [item.id for item in profile.ordered_items()] == ITEM_IDS
    # every threshold row carries a known confidence tag and a source; surveyed rows name their fields
    for row in rows:
        if row["kind"] == "surveyed" and row["value"] == "":
            assert row["check"].startswith("surveyed: ")
            continue
        assert row["confidence"] in CONFIDENCE_TAGS, row
        assert row["source"], row
        assert row["value"] != "", row
    markdown = render_markdown(profile)
    assert all("| {} |".format(item_id) in markdown for item_id in ITEM_IDS)
    assert "<table>" in render_html(profile)


def test_national_profile_thresholds():
    profile = load_profile("mohurd-2020")
    assert (profile.population_min.value, profile.population_max.value) == (5000, 12000)
    assert profile.population_min.confidence == "C"
    assert (profile.walk_speed.value, profile.walk_speed.unit) == (60, "m/min")
    kindergarten = requirement(profile, "02", "kindergarten")
    assert {k: (t.value, t.unit, t.confidence) for k, t in kindergarten.thresholds.items()
            if k != "reach"} == {"count_min": (1, "count", "D"), "classes_min": (6, "classes", "D"),
                                 "building_area_min": (2200, "m2", "D"), "land_area_min": (3500, "m2", "D")}
    assert profile.reach_metres(kindergarten) == 600
    health = requirement(profile, "05", "health_station")
    assert health.threshold("building_area_min").value == 120
    assert health.threshold("building_area_min").confidence == "R"
    assert "150" in health.threshold("building_area_min").note.zh_CN  # the provincial conflict is noted
    assert health.facility_types == ("health_station",)  # hospitals and clinics never count
    station = requirement(profile, "01", "station")
    assert station.threshold("building_area_min").advisory  # "以800平方米为宜": recommended, not a pass mark
    supermarket = requirement(profile, "06", "supermarket")
    (stores,) = supermarket.alternatives
    assert (stores.applies_to, stores.threshold("count_min").value, stores.access) == ("existing", 2, "inside")
    assert requirement(profile, "07", "station_new").threshold("usable_area_min").value == 15
    assert requirement(profile, "07", "station_new").applies("new")
    assert not requirement(profile, "07", "station_new").applies("existing")
    bus = requirement(profile, "11", "bus_stop")
    assert (bus.access, profile.reach_metres(bus)) == ("reach", 600)
    assert requirement(profile, "10", "spaces_new").denominator.community_value == "households"
    assert requirement(profile, "15", "garden_new").threshold("land_area_min").value == 4000
    for item_id in ("18", "19", "20"):
        (surveyed,) = profile.items[item_id].requirements
        assert surveyed.kind == "surveyed" and surveyed.fields and "是" in surveyed.yes_values


def test_gb50180_tier_uses_five_minutes():
    profile = load_profile("gb50180-2018-5min")
    assert profile.files[1].endswith("mohurd-2020.yaml")
    assert profile.reach_metres(requirement(profile, "02", "kindergarten")) == 300
    station = requirement(profile, "01", "station")
    assert station.threshold("building_area_min").value == 600
    assert not station.threshold("building_area_min").advisory
    assert requirement(profile, "14", "multi_sport_new").threshold("land_area_min").value == 770
    # untouched values are inherited
    assert requirement(profile, "02", "kindergarten").threshold("land_area_min").value == 3500


def test_pilot_2022_adds_area_per_households_and_canteen():
    profile = load_profile("pilot-2022")
    area = requirement(profile, "01", "service_area_per_households")
    assert (area.kind, area.threshold("min").value, area.threshold("min").unit) == (
        "area_per_households", 30, "m2/100 households")
    assert requirement(profile, "04", "canteen").facility_types == ("canteen",)
    assert len(profile.items) == 20


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_local_profile_overrides_two_thresholds(tmp_path):
    path = write(tmp_path, "shenzhen.yaml", """\
        id: shenzhen-2023
        extends: mohurd-2020
        name: {zh_CN: 深圳细化, en: Shenzhen refinement}
        walk_speed: 70
        items:
          "05":
            requirements:
              health_station:
                building_area_min: {value: 150, source: 深圳市完整社区建设指引}
        """)
    profile = load_profile(str(path))
    assert profile.id == "shenzhen-2023"
    assert profile.files[0] == str(path.resolve())
    assert (profile.walk_speed.value, profile.walk_speed.unit, profile.walk_speed.confidence) == (70, "m/min", "L")
    assert "shenzhen.yaml" in profile.walk_speed.source
    area = requirement(profile, "05", "health_station").threshold("building_area_min")
    assert (area.value, area.unit, area.confidence, area.source) == (150, "m2", "L", "深圳市完整社区建设指引")
    assert profile.reach_metres(requirement(profile, "02", "kindergarten")) == 700
    rows = [r for r in checklist_rows(profile) if r["confidence"] == "L"]
    assert len(rows) == 2


def test_local_profile_chain_and_removal(tmp_path):
    write(tmp_path, "city.yaml", """\
        extends: gb50180-2018-5min
        items:
          "04":
            requirements:
              day_care: null
        """)
    path = write(tmp_path, "district.yaml", """\
        extends: city.yaml
        coverage_min: {value: 0.9, unit: share, confidence: L, source: 区级要求}
        """)
    profile = load_profile(str(path))
    assert [r.id for r in profile.items["04"].requirements] == ["station"]
    assert profile.coverage_min.value == 0.9
    assert profile.id == "district"
    assert len(profile.files) == 4


INVALID_CASES = {
    "unknown ratio quantity": (
        """\
        extends: mohurd-2020
        items:
          "16":
            requirements:
              office_share_new:
                numerator: {fields: [物业用房面积], quantity: square_metres}
        """,
        ["bad.yaml", "items.16.requirements.office_share_new.numerator.quantity",
         "unknown quantity 'square_metres'; expected one of: count, area_m2"],
    ),
    "unknown key": (
        """\
        extends: mohurd-2020
        items:
          "02":
            requirements:
              kindergarten:
                building_area_minimum: 2500
        """,
        ["bad.yaml", "items.02.requirements.kindergarten.building_area_minimum",
         "unknown key 'building_area_minimum'", "did you mean 'building_area_min'"],
    ),
    "wrong unit": (
        """\
        extends: mohurd-2020
        items:
          "05":
            requirements:
              health_station:
                building_area_min: {value: 0.015, unit: ha, confidence: L, source: x}
        """,
        ["bad.yaml", "items.05.requirements.health_station.building_area_min.unit", "wrong unit 'ha'", "'m2'"],
    ),
    "negative area": (
        """\
        extends: mohurd-2020
        items:
          "02":
            requirements:
              kindergarten:
                land_area_min: -3500
        """,
        ["bad.yaml", "items.02.requirements.kindergarten.land_area_min.value", "negative value -3500"],
    ),
    "missing item": (
        """\
        extends: mohurd-2020
        aspects:
          "6": {zh_CN: 社区管理机制, en: Community management, items: ["18", "19", "20", "21"]}
        """,
        ["bad.yaml", "extending mohurd-2020.yaml", "aspects.6.items", "missing item '21'"],
    ),
    "bad extends": (
        """\
        extends: mohurd-2021
        """,
        ["bad.yaml", "extends", "no bundled profile or profile file named 'mohurd-2021'", "mohurd-2020"],
    ),
    "duplicate id": (
        """\
        extends: mohurd-2020
        items:
          "05":
            requirements: {}
          "05":
            requirements: {}
        """,
        ["bad.yaml", "line 5", "duplicate key '05'", "first at line 3"],
    ),
    "duplicate item in aspects": (
        """\
        extends: mohurd-2020
        aspects:
          "1": {zh_CN: 基本公共服务设施, en: Basic public services, items: ["01", "02", "03", "04", "05", "06"]}
        """,
        ["bad.yaml", "aspects.2.items", "duplicate item id '06'"],
    ),
    "unknown facility type": (
        """\
        extends: mohurd-2020
        items:
          "02":
            requirements:
              kindergarten:
                facility_types: [kindergarden]
        """,
        ["bad.yaml", "items.02.requirements.kindergarten.facility_types", "unknown facility type 'kindergarden'",
         "did you mean 'kindergarten'"],
    ),
    "bad confidence": (
        """\
        extends: mohurd-2020
        walk_speed: {value: 70, confidence: X}
        """,
        ["bad.yaml", "walk_speed.confidence", "unknown confidence tag 'X'", "C, D, S, R, P, L"],
    ),
    "share above one": (
        """\
        extends: mohurd-2020
        coverage_min: 80
        """,
        ["bad.yaml", "coverage_min.value", "share between 0 and 1"],
    ),
    "bare number in a base profile": (
        """\
        format: complete-community-profile/1
        id: x
        name: x
        walk_speed: 60
        population: {min: {value: 1, unit: persons, confidence: C, source: s}, max: {value: 2, unit: persons, confidence: C, source: s}}
        coverage_min: {value: 0.8, unit: share, confidence: P, source: s}
        community_status: {new: [a], existing: [b]}
        survey_values: {"yes": [y], "no": [n]}
        aspects: {"1": {zh_CN: a, en: a, items: ["01"]}}
        items: {"01": {zh_CN: a, en: a, requirements: {r: {kind: surveyed, applies_to: both, fields: [f]}}}}
        """,
        ["bad.yaml", "walk_speed", "a bare number is only allowed when overriding"],
    ),
    "reach missing for walking access": (
        """\
        extends: mohurd-2020
        items:
          "07":
            requirements:
              lockers: {access: inside_or_reach}
        """,
        ["bad.yaml", "items.07.requirements.lockers", "needs a 'reach' threshold"],
    ),
    "unknown kind": (
        """\
        extends: mohurd-2020
        items:
          "09":
            requirements:
              extra: {kind: survey, applies_to: both, fields: [x]}
        """,
        ["bad.yaml", "items.09.requirements.extra.kind", "unknown kind 'survey'", "surveyed"],
    ),
    "invalid yaml": (
        """\
        extends: mohurd-2020
        items: [
        """,
        ["bad.yaml", "invalid YAML"],
    ),
}


@pytest.mark.parametrize("case", sorted(INVALID_CASES))
def test_invalid_profile_message(tmp_path, case):
    text, expected_parts = INVALID_CASES[case]
    path = write(tmp_path, "bad.yaml", text)
    with pytest.raises(ProfileError) as raised:
        load_profile(str(path))
    message = str(raised.value)
    for part in expected_parts:
        assert part in message, "{!r} not in {!r}".format(part, message)


def test_circular_extends(tmp_path):
    write(tmp_path, "a.yaml", "extends: b.yaml\n")
    write(tmp_path, "b.yaml", "extends: a.yaml\n")
    with pytest.raises(ProfileError, match="circular chain a.yaml → b.yaml → a.yaml"):
        load_profile(str(tmp_path / "a.yaml"))


def test_missing_profile_file():
    with pytest.raises(ProfileError, match="no bundled profile or profile file named '/nonexistent/x.yaml'"):
        load_profile("/nonexistent/x.yaml")


def test_readme_example_is_the_example_file_and_loads(plugin_root):
    example = plugin_root / "docs" / "examples" / "local-profile.yaml"
    readme = (plugin_root / "README.md").read_text(encoding="utf-8")
    body = "\n".join(line for line in example.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    assert body.strip() in readme  # the README shows exactly the file that is tested here
    profile = load_profile(str(example))
    assert (profile.walk_speed.value, profile.walk_speed.confidence) == (55, "L")
    assert requirement(profile, "05", "health_station").threshold("building_area_min").value == 150
