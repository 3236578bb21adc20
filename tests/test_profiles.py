"""Checklist profiles: the bundled ones validate and say what the standard says; local profiles extend them; every
kind of invalid profile gets a precise message naming the file, the key and what was expected."""

import textwrap

import pytest
from shapely.geometry import box

from complete_community.core.check.distances import StraightLineDistances
from complete_community.core.check.engine import CommunityCheck
from complete_community.core.check.model import EXISTING, FAIL, NEW, PASS, UNKNOWN, Community, Facility
from complete_community.core.check.samples import build_samples
from complete_community.core.mapping import load_mapping, record_from_attributes
from complete_community.core.profiles.loader import ProfileError, bundled_profiles, load_profile
from complete_community.core.profiles.schema import CONFIDENCE_TAGS
from complete_community.core.profiles.table import GENERAL_ITEM_ID, checklist_rows, render_html, render_markdown
from complete_community.core.taxonomy import facility_types

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
    assert health.facility_types == ("health_station", "health_centre")  # hospitals and clinics never count
    station = requirement(profile, "01", "station")
    assert station.threshold("building_area_min").advisory  # "以800平方米为宜": recommended, not a pass mark
    supermarket = requirement(profile, "06", "supermarket")
    (stores,) = supermarket.alternatives
    assert (stores.applies_to, stores.threshold("count_min").value, stores.access) == ("existing", 2, "inside_or_reach")
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
    assert "community_service_station_elderly" in area.facility_types
    # the canteen is among the convenience services (item 08), not the elderly station (item 04)
    canteen = requirement(profile, "08", "canteen")
    assert (canteen.facility_types, canteen.access, canteen.advisory) == (("canteen",), "inside_or_reach", False)
    assert (canteen.threshold("count_min").confidence, canteen.threshold("count_min").source) == (
        "C", "2022 试点通知: 便民商业服务设施, 建设社区食堂")
    reach = canteen.threshold("reach")
    assert (reach.value, reach.confidence, reach.inherited) == (10, "P", True)
    assert "canteen" not in [r.id for r in profile.items["04"].requirements]
    assert [r.id for r in profile.items["08"].requirements] == ["shops", "canteen"]
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
    "walking access without any reach": (
        """\
        extends: mohurd-2020
        reach: null
        """,
        ["bad.yaml", "items.08.requirements.shops: access 'inside_or_reach' needs a 'reach' threshold in minutes: "
         "give the requirement its own 'reach', or the profile a default 'reach' at the top level",
         "items.15.requirements.green_space: access 'inside_or_reach' needs a 'reach' threshold"],
    ),
    "default reach in metres": (
        """\
        extends: mohurd-2020
        reach: {value: 800, unit: m}
        """,
        ["bad.yaml: reach.unit: wrong unit 'm': this threshold is written in 'min'"],
    ),
    "default reach of zero": (
        """\
        extends: mohurd-2020
        reach: 0
        """,
        ["bad.yaml: reach.value: a walking reach must be above zero minutes"],
    ),
    "default reach negative": (
        """\
        extends: mohurd-2020
        reach: -10
        """,
        ["bad.yaml: reach.value: negative value -10: thresholds are zero or more"],
    ),
    "default reach as text": (
        """\
        extends: mohurd-2020
        reach: 15分钟
        """,
        ["bad.yaml: reach: expected a mapping, got text '15分钟'"],
    ),
    "default reach with a bad tag": (
        """\
        extends: mohurd-2020
        reach: {value: 15, confidence: X}
        """,
        ["bad.yaml: reach.confidence: unknown confidence tag 'X'; expected one of: C, D, S, R, P, L"],
    ),
    "advisory default reach": (
        """\
        extends: mohurd-2020
        reach: {value: 15, advisory: true}
        """,
        ["bad.yaml: reach.advisory: a walking reach cannot be advisory; make the requirement advisory instead"],
    ),
    "default reach missing its unit in a base profile": (
        """\
        format: complete-community-profile/1
        id: x
        name: x
        walk_speed: {value: 60, unit: m/min, confidence: S, source: s}
        reach: {value: 10, confidence: P, source: s}
        population: {min: {value: 1, unit: persons, confidence: C, source: s}, max: {value: 2, unit: persons, confidence: C, source: s}}
        coverage_min: {value: 0.8, unit: share, confidence: P, source: s}
        community_status: {new: [a], existing: [b]}
        survey_values: {"yes": [y], "no": [n]}
        aspects: {"1": {zh_CN: a, en: a, items: ["01"]}}
        items: {"01": {zh_CN: a, en: a, requirements: {r: {kind: surveyed, applies_to: both, fields: [f]}}}}
        """,
        ["bad.yaml: reach: missing key 'unit'"],
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
    assert (profile.reach.value, profile.reach.unit, profile.reach.confidence) == (15, "min", "L")
    assert profile.reach_metres(requirement(profile, "08", "shops")) == 15 * 55  # the default, at the city's speed
    assert profile.reach_metres(requirement(profile, "02", "kindergarten")) == 10 * 55  # the policy's own
    assert requirement(profile, "05", "health_station").threshold("building_area_min").value == 150


# --- the default walking reach -------------------------------------------------------------------------------------

POLICY_REACH_SOURCE = "意见 二（一）: 以居民步行5—10分钟到达幼儿园、老年服务站等社区基本公共服务设施为原则"
BASIC_SERVICES = [("01", "station"), ("02", "kindergarten"), ("03", "nursery"), ("04", "station"),
                  ("04", "day_care"), ("05", "health_station")]
INHERITING = [("06", "supermarket"), ("07", "station_existing"), ("08", "shops"), ("13", "collection_station"),
              ("13", "public_toilet"), ("13", "toilet_existing"), ("14", "activity_site"), ("14", "multi_sport_new"),
              ("15", "green_space"), ("15", "garden_new")]
INHERITING_ALTERNATIVES = 1  # item 06's convenience stores, within reach too


def walking_requirements(profile):
    for item in profile.ordered_items():
        for requirement_ in item.requirements:
            for walking in (requirement_,) + requirement_.alternatives:
                if walking.walks:
                    yield item.id, walking


def test_one_default_reach_tagged_p_and_the_policy_reach_tagged_c_only_where_it_says_so():
    profile = load_profile("mohurd-2020")
    default = profile.reach
    assert (default.value, default.unit, default.confidence) == (10, "min", "P")
    assert default.source.startswith("plugin default: 意见 二（一）")
    # the policy names kindergartens, elderly stations and other basic public services: items 01–05, tagged C
    for item_id, requirement_id in BASIC_SERVICES:
        reach = requirement(profile, item_id, requirement_id).threshold("reach")
        assert (reach.value, reach.confidence, reach.inherited) == (10, "C", False), (item_id, requirement_id)
        assert reach.source.startswith(POLICY_REACH_SOURCE)
    # everything else that walks inherits the one default (P), with its source
    for item_id, requirement_id in INHERITING:
        walking = requirement(profile, item_id, requirement_id)
        reach = walking.threshold("reach")
        assert (reach.value, reach.unit, reach.confidence, reach.source, reach.inherited) == (
            10, "min", "P", default.source, True), (item_id, requirement_id)
        assert profile.reach_metres(walking) == 600
    # the bus stop has its own 10 minutes, from item 11's own text (unconfirmed)
    bus = requirement(profile, "11", "bus_stop").threshold("reach")
    assert (bus.value, bus.confidence, bus.source, bus.inherited) == (10, "R", "标准 三、11: 居民步行10分钟可达公交站",
                                                                      False)
    # no reach claims the standard's general part any more, and every walking requirement has one
    sources = [walking.threshold("reach").source for _item, walking in walking_requirements(profile)]
    assert len(sources) == len(BASIC_SERVICES) + len(INHERITING) + INHERITING_ALTERNATIVES + 1
    assert not any("标准 总则" in source for source in sources)
    # access inside needs no reach and gets none
    assert requirement(profile, "07", "lockers").threshold("reach") is None
    assert profile.reach_metres(requirement(profile, "07", "lockers")) is None


def test_checklist_table_shows_the_default_and_each_effective_reach_with_its_tag():
    profile = load_profile("mohurd-2020")
    rows = checklist_rows(profile)
    general = next(r for r in rows if r["item_id"] == GENERAL_ITEM_ID and r["check"] == "default walking time")
    assert (general["value"], general["unit"], general["reach_m"], general["confidence"]) == (10, "min", 600, "P")
    reach_rows = {(r["item_id"], r["requirement"]): r for r in rows if r["check"] == "walking time"}
    shops = reach_rows[("08", "shops")]
    assert (shops["value"], shops["reach_m"], shops["confidence"], shops["source"]) == (
        10, 600, "P", profile.reach.source)
    assert "inherited" in shops["note"]
    kindergarten = reach_rows[("02", "kindergarten")]
    assert kindergarten["confidence"] == "C" and kindergarten["source"].startswith(POLICY_REACH_SOURCE)
    assert "inherited" not in kindergarten["note"]
    html = render_html(profile)
    assert "标准 总则" not in html
    assert "inherited: the profile&#x27;s default walking time" in html


def test_local_profile_changes_the_default_reach_once(tmp_path):
    path = write(tmp_path, "changsha.yaml", """\
        extends: mohurd-2020
        reach: 15
        """)
    profile = load_profile(str(path))
    assert (profile.reach.value, profile.reach.unit, profile.reach.confidence) == (15, "min", "L")
    assert "changsha.yaml" in profile.reach.source
    for item_id, requirement_id in INHERITING:
        walking = requirement(profile, item_id, requirement_id)
        reach = walking.threshold("reach")
        assert (reach.value, reach.unit, reach.confidence, reach.inherited) == (15, "min", "L", True)
        assert profile.reach_metres(walking) == 900
    # the basic public services keep the policy's own 10 minutes (C) …
    kindergarten = requirement(profile, "02", "kindergarten")
    assert (kindergarten.threshold("reach").value, kindergarten.threshold("reach").confidence) == (10, "C")
    rows = [r for r in checklist_rows(profile) if r["confidence"] == "L"]
    assert len(rows) == 1 + len(INHERITING) + INHERITING_ALTERNATIVES  # the general row and every inheriting one
    # … unless the city removes their own reach too: then they inherit its default
    path = write(tmp_path, "city.yaml", """\
        extends: mohurd-2020
        reach: {value: 15, source: 某市完整社区建设指引}
        items:
          "02":
            requirements:
              kindergarten:
                reach: null
        """)
    profile = load_profile(str(path))
    reach = requirement(profile, "02", "kindergarten").threshold("reach")
    assert (reach.value, reach.unit, reach.confidence, reach.source, reach.inherited) == (
        15, "min", "L", "某市完整社区建设指引", True)
    assert requirement(profile, "03", "nursery").threshold("reach").confidence == "C"
    # a requirement that inherits can get a reach of its own: a bare number takes the one unit (min) and the tag L
    path = write(tmp_path, "shops.yaml", """\
        extends: mohurd-2020
        items:
          "08":
            requirements:
              shops: {reach: 12}
        """)
    profile = load_profile(str(path))
    reach = requirement(profile, "08", "shops").threshold("reach")
    assert (reach.value, reach.unit, reach.confidence, reach.inherited) == (12, "min", "L", False)
    assert "shops.yaml" in reach.source
    assert requirement(profile, "06", "supermarket").threshold("reach").value == 10  # the others keep the default


def test_a_profile_without_a_default_reach_still_loads_when_every_walk_has_its_own(tmp_path):
    path = write(tmp_path, "own.yaml", """\
        format: complete-community-profile/1
        id: own
        name: own
        walk_speed: {value: 60, unit: m/min, confidence: S, source: s}
        population: {min: {value: 1, unit: persons, confidence: C, source: s}, max: {value: 2, unit: persons, confidence: C, source: s}}
        coverage_min: {value: 0.8, unit: share, confidence: P, source: s}
        community_status: {new: [a], existing: [b]}
        survey_values: {"yes": [y], "no": [n]}
        aspects: {"1": {zh_CN: a, en: a, items: ["01"]}}
        items:
          "01":
            zh_CN: a
            en: a
            requirements:
              r:
                kind: facility
                applies_to: both
                facility_types: [kindergarten]
                access: reach
                reach: {value: 8, unit: min, confidence: L, source: s}
                count_min: {value: 1, unit: count, confidence: L, source: s}
        """)
    profile = load_profile(str(path))
    assert profile.reach is None
    assert profile.reach_metres(requirement(profile, "01", "r")) == 480
    assert not any(r["check"] == "default walking time" for r in checklist_rows(profile))
    # a local profile that adds a default to such a profile gives it the one unit and the tag L
    child = write(tmp_path, "child.yaml", "extends: own.yaml\nreach: 12\n")
    profile = load_profile(str(child))
    assert (profile.reach.value, profile.reach.unit, profile.reach.confidence) == (12, "min", "L")


# --- items encoded so that real communities can pass -------------------------------------------------------------

def test_kindergarten_with_nursery_classes_counts_for_items_02_and_03():
    profile = load_profile("mohurd-2020")
    assert "kindergarten_nursery" in facility_types()
    kindergarten = requirement(profile, "02", "kindergarten")
    nursery = requirement(profile, "03", "nursery")
    assert kindergarten.facility_types == ("kindergarten", "kindergarten_nursery")
    assert nursery.facility_types == ("nursery", "kindergarten_nursery")
    count = nursery.threshold("count_min")
    assert (count.value, count.confidence, count.source) == (1, "D", "标准 一、3: 一个托儿所（可与幼儿园合建）")
    assert nursery.threshold("building_area_min").value == 200
    assert "托幼一体园" in nursery.description.zh_CN


def test_elderly_station_housed_in_the_service_station_counts_for_items_01_and_04():
    profile = load_profile("mohurd-2020")
    assert "community_service_station_elderly" in facility_types()
    assert "community_service_station_elderly" in requirement(profile, "01", "station").facility_types
    station = requirement(profile, "04", "station")
    assert station.facility_types == ("elderly_service_station", "elderly_day_care",
                                      "community_service_station_elderly")
    count = station.threshold("count_min")
    assert (count.confidence, count.source) == ("D", "标准 一、4: 一个老年服务站，与社区综合服务站统筹建设")


def test_several_sets_of_lockers_are_at_least_two_tagged_p():
    lockers = requirement(load_profile("mohurd-2020"), "07", "lockers")
    count = lockers.threshold("count_min")
    assert (lockers.access, count.value, count.unit, count.confidence) == ("inside", 2, "count", "P")
    assert "多组" in count.source and "at least 2" in count.source


def test_item_11_checks_the_walking_and_cycling_network_as_well_as_the_bus_stop():
    profile = load_profile("mohurd-2020")
    bus, network = profile.items["11"].requirements  # the measured stop first: it is the evidence of a pass
    assert (network.id, network.kind, network.applies_to, network.advisory) == (
        "walking_cycling", "surveyed", "both", False)
    assert network.fields[0] == "慢行系统" and "是" in network.yes_values
    assert "慢行系统" in network.description.zh_CN and "walking and cycling" in network.description.en
    assert bus.id == "bus_stop" and "只判定公交站" in bus.description.zh_CN


def test_item_13_preferably_parts_are_advisory():
    profile = load_profile("mohurd-2020")
    collection = requirement(profile, "13", "collection_station")
    assert collection.advisory and collection.applies_to == "new"
    assert "宜" in collection.threshold("count_min").source
    assert collection.threshold("land_area_min").value == 120
    toilet = requirement(profile, "13", "public_toilet")
    assert not toilet.advisory and toilet.threshold("building_area_min").value == 30
    assert not requirement(profile, "13", "sorting_points").advisory


def test_item_06_small_supermarkets_count_as_convenience_stores_inside_or_within_reach():
    supermarket = requirement(load_profile("mohurd-2020"), "06", "supermarket")
    assert supermarket.threshold("building_area_min").value == 300
    (stores,) = supermarket.alternatives
    assert (stores.applies_to, stores.access, stores.facility_types) == (
        "existing", "inside_or_reach", ("convenience_store", "supermarket"))
    count, area = stores.threshold("count_min"), stores.threshold("building_area_min")
    assert (count.value, count.confidence, area.value, area.confidence) == (2, "D", 50, "D")
    assert "步行可达范围内有2处" in stores.description.zh_CN and "within the residents' walking reach" in \
        stores.description.en
    assert stores.threshold("reach").confidence == "P"  # the profile's default reach, inherited


def test_item_16_other_forms_of_property_service_are_yes():
    coverage = requirement(load_profile("mohurd-2020"), "16", "coverage")
    for word in ("社区托管", "社会组织代管", "居民自管", "专业化物业服务", "是", "有"):
        assert word in coverage.yes_values
    assert "否" in coverage.no_values and "无物业" in coverage.no_values
    assert "社区托管" not in load_profile("mohurd-2020").yes_values  # only for this requirement


def test_item_15_sports_share_of_the_garden_is_reported():
    profile = load_profile("mohurd-2020")
    share = requirement(profile, "15", "sports_share_new")
    assert (share.kind, share.applies_to, share.advisory) == ("ratio", "new", True)
    minimum = share.threshold("min")
    assert (minimum.value, minimum.unit, minimum.confidence) == (0.1, "ratio", "R")
    assert minimum.source == "标准 四、15: 社区游园设置10%–15%的体育活动场地"
    assert (share.numerator.quantity, share.denominator.quantity) == ("area_m2", "area_m2")


def test_item_08_shop_count_is_a_plugin_default():
    count = requirement(load_profile("mohurd-2020"), "08", "shops").threshold("count_min")
    assert count.confidence == "P" and "without a number" in count.source


# --- GB 50180 tiers -------------------------------------------------------------------------------------------------

def test_gb50180_tiers_are_not_interchangeable():
    profile = load_profile("gb50180-2018-5min")
    assert (profile.reach.value, profile.reach.confidence) == (5, "R")
    assert "五分钟生活圈" in profile.reach.source
    # the 15-minute tier's health service centre does not count for the 5-minute tier's station (it does nationally)
    assert requirement(profile, "05", "health_station").facility_types == ("health_station",)
    assert "health_centre" in requirement(load_profile("mohurd-2020"), "05", "health_station").facility_types
    assert facility_types()["health_centre"].name_zh == "社区卫生服务中心"
    assert "社区卫生服务中心" not in facility_types()["health_station"].aliases
    # 10-minute tier facilities keep that tier's ≈ 500 m, not the 5-minute 300 m
    for item_id, requirement_id, source in (("06", "supermarket", "十分钟生活圈居住区的菜市场或生鲜超市"),
                                            ("11", "bus_stop", "公交车站服务半径不宜大于500米")):
        walking = requirement(profile, item_id, requirement_id)
        reach = walking.threshold("reach")
        assert (reach.value, reach.confidence, reach.inherited) == (8.33, "R", False)
        assert source in reach.source and "500米" in reach.source
        assert round(profile.reach_metres(walking)) == 500
    # 5-minute tier facilities without a reach of their own inherit the tier's default
    for item_id, requirement_id in (("08", "shops"), ("13", "public_toilet"), ("15", "green_space")):
        reach = requirement(profile, item_id, requirement_id).threshold("reach")
        assert (reach.value, reach.confidence, reach.source, reach.inherited) == (5, "R", profile.reach.source, True)
    assert profile.reach_metres(requirement(profile, "08", "shops")) == 300


def classify(mapping, **attributes):
    return mapping.classify(record_from_attributes(attributes, mapping.bind_fields(attributes.keys())))


def test_taxonomy_mapping_tells_a_health_centre_from_a_station():
    mapping = load_mapping("taxonomy")
    assert classify(mapping, 设施类型="社区卫生服务中心")[0] == "health_centre"
    assert classify(mapping, 设施类型="社区卫生服务站")[0] == "health_station"
    assert classify(mapping, 设施类型="托幼一体园")[0] == "kindergarten_nursery"
    assert classify(mapping, 设施类型="社区综合服务站（含老年服务站）")[0] == "community_service_station_elderly"


# --- what the encodings do in a check ------------------------------------------------------------------------------

def facility(code, x=150.0, y=150.0, **attributes):
    return Facility(id=code, name=code, type=code, x=x, y=y, **attributes)


def check(profile_id, facilities, status=EXISTING, **attributes):
    communities = [Community(id="A", name="甲社区", status=status, population=8000.0, households=2800.0,
                             geometry=box(0, 0, 300, 300), attributes=attributes)]
    samples = build_samples(communities)
    engine = CommunityCheck(load_profile(profile_id), communities, facilities, samples,
                            StraightLineDistances(samples.query_points()))
    return {item.item_id: item for item in engine.run()[0].items}


def test_in_a_check_combined_facilities_count_for_both_items():
    items = check("mohurd-2020", [facility("kindergarten_nursery", classes=6.0, building_area=2400.0,
                                           land_area=3600.0),
                                  facility("community_service_station_elderly", building_area=900.0)])
    for item_id in ("01", "02", "03", "04"):
        assert items[item_id].status == PASS, (item_id, items[item_id].reason("en"))


def test_in_a_check_the_encoded_items_behave_as_the_text_says():
    # 11: a bus stop alone does not pass the item while the walking network is not surveyed
    items = check("mohurd-2020", [facility("bus_stop", y=350.0)])
    assert items["11"].status == UNKNOWN and items["11"].decisive.requirement_id == "walking_cycling"
    items = check("mohurd-2020", [facility("bus_stop", y=350.0)], 慢行系统="是")
    assert items["11"].status == PASS
    # 16: community custody is a property service
    assert check("mohurd-2020", [], 物业服务="社区托管")["16"].status == PASS
    assert check("mohurd-2020", [], 物业服务="无物业")["16"].status == FAIL
    # 07: one locker is not several
    items = check("mohurd-2020", [facility("parcel_locker"), facility("postal_express_station", usable_area=20.0)],
                  快件箱格口数=900, 日均投递量=800)
    assert items["07"].status == FAIL
    items = check("mohurd-2020", [facility("parcel_locker"), facility("parcel_locker", x=100.0),
                                  facility("postal_express_station", usable_area=20.0)], 快件箱格口数=900, 日均投递量=800)
    assert items["07"].status == PASS
    # 06: an existing community with a 200 m² supermarket and a convenience store inside
    items = check("mohurd-2020", [facility("supermarket", building_area=200.0),
                                  facility("convenience_store", x=100.0, building_area=60.0)])
    assert items["06"].status == PASS and items["06"].decisive.requirement_id == "supermarket/convenience_stores"
    # 13: a new community without the preferable collection station still passes on the sorting point and toilet
    items = check("mohurd-2020", [facility("waste_sorting_point"), facility("public_toilet", building_area=35.0),
                                  facility("waste_collection_station", x=5000.0, land_area=150.0)], status=NEW)
    assert items["13"].status == PASS
    collection = next(r for r in items["13"].requirements if r.requirement_id == "collection_station")
    assert collection.advisory and collection.status == FAIL


def test_in_a_check_a_health_centre_counts_nationally_but_not_in_the_5_minute_tier():
    centre = facility("health_centre", building_area=2000.0)
    assert check("mohurd-2020", [centre, facility("health_station", x=5000.0)])["05"].status == PASS
    assert check("gb50180-2018-5min", [centre, facility("health_station", x=5000.0)])["05"].status == FAIL
