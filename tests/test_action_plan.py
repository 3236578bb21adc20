"""completecommunity:actionplan — the project list: the item weights as profile data (loaded, overridden locally,
validated), the measures, the priority score, ranks and years on hand-made results, and end to end on the sample
district after suggestsites."""

import textwrap

import pytest
from qgis.core import QgsProcessingException

from complete_community.core.planning.action_plan import (
    BUILD_AT_SITE,
    FIX_SURVEY,
    IMPROVE,
    NO_CANDIDATE,
    SITE_PARTIAL,
    SITE_TO_FIND,
    CheckedGap,
    SuggestedSite,
    action_plan,
    priority_score,
)
from complete_community.core.profiles.loader import ProfileError, load_profile
from helpers import SAMPLE, memory_layer, output_layer, run_algorithm, square

PROFILE = load_profile("mohurd-2020")


def test_item_weights_are_profile_data_with_a_source():
    weights = {item.id: item.priority for item in PROFILE.ordered_items()}
    assert all(w is not None and w.unit == "weight" and w.confidence == "P" and w.source for w in weights.values())
    assert weights["02"].value > weights["07"].value > weights["17"].value  # basic services first
    assert load_profile("pilot-2022").items["02"].priority.value == weights["02"].value  # inherited


def test_a_local_profile_sets_its_own_weights_and_a_wrong_unit_is_refused(tmp_path):
    local = tmp_path / "city.yaml"
    local.write_text(textwrap.dedent("""\
        id: city-2025
        extends: mohurd-2020
        name: {zh_CN: 本市, en: The city}
        items:
          "15": {priority: 5}
        """), encoding="utf-8")
    priority = load_profile(str(local)).items["15"].priority
    assert (priority.value, priority.unit, priority.confidence) == (5, "weight", "L")
    bad = tmp_path / "bad.yaml"
    bad.write_text(textwrap.dedent("""\
        extends: mohurd-2020
        items:
          "15": {priority: {value: 5, unit: points, confidence: L, source: x}}
        """), encoding="utf-8")
    with pytest.raises(ProfileError, match="items.15.priority.unit"):
        load_profile(str(bad))


def test_measures_priority_ranks_and_years():
    communities = [
        CheckedGap("A", "甲", 12000.0, {"02": "fail", "17": "fail", "07": "fail", "01": "pass"}),
        CheckedGap("B", "乙", 6000.0, {"02": "fail", "03": "fail", "05": "unknown"}),
        CheckedGap("C", "丙", None, {"02": "fail"}),
    ]
    sites = [SuggestedSite("02", "S9", "空地", 1, ("A",), ("A", "B")),
             SuggestedSite("02", "S7", "闲置楼", 2, (), ("A",))]
    projects = action_plan(PROFILE, communities, sites, 2026, 2)
    by_key = {(p.community_id, p.item_id): p for p in projects}
    assert set(by_key) == {("A", "02"), ("A", "17"), ("A", "07"), ("B", "02"), ("B", "03"), ("C", "02")}  # fail only
    assert (by_key["A", "02"].measure, by_key["A", "02"].site_id) == (BUILD_AT_SITE, "S9")
    assert (by_key["B", "02"].measure, by_key["B", "02"].site_id) == (SITE_PARTIAL, "S9")
    assert (by_key["C", "02"].measure, by_key["C", "02"].site_id) == (NO_CANDIDATE, None)
    assert by_key["B", "03"].measure == SITE_TO_FIND  # no site was sought for the nursery
    assert by_key["A", "17"].measure == FIX_SURVEY and by_key["A", "07"].measure == IMPROVE
    population_max = float(PROFILE.population_max.value)
    weight = {item.id: float(item.priority.value) for item in PROFILE.ordered_items()}
    assert by_key["A", "02"].priority == round(weight["02"] * (1 + 12000 / population_max), 4)
    assert by_key["C", "02"].priority == weight["02"] and by_key["C", "02"].residents is None  # unknown: no guess
    assert [p.rank for p in projects] == list(range(1, 7))
    assert [p.priority for p in projects] == sorted((p.priority for p in projects), reverse=True)
    assert [p.year for p in projects] == [2026, 2026, 2027, 2027, 2028, 2028]
    assert priority_score(2, 6000, 12000) == 3.0


# end to end on the sample district

def test_the_sample_districts_plan_after_suggested_sites(provider):
    inputs = {"COMMUNITIES": f"{SAMPLE}|layername=communities", "FACILITIES": f"{SAMPLE}|layername=facilities",
              "RESIDENTS": f"{SAMPLE}|layername=residents", "NETWORK": f"{SAMPLE}|layername=streets"}
    result, context, _feedback = run_algorithm("checkcommunities", dict(
        inputs, OUTPUT="TEMPORARY_OUTPUT", OUTPUT_ITEMS="TEMPORARY_OUTPUT"))
    communities = output_layer(result["OUTPUT"], context)
    candidates = memory_layer("Polygon", ["编号:string", "名称:string", "用地面积:double", "建筑面积:double"], [
        (square(500750, 2490750, 40), ["S3", "中心空地", 5000, 3000])], name="candidates")
    result, context, _feedback = run_algorithm("suggestsites", dict(
        inputs, CANDIDATES=candidates, ITEMS="02", OUTPUT="TEMPORARY_OUTPUT"))
    sites = output_layer(result["OUTPUT"], context)
    (site,) = list(sites.getFeatures())
    turned = set(site["communities_met"].split(","))
    result, context, feedback = run_algorithm("actionplan", {
        "COMMUNITIES": communities, "SITES": sites, "START_YEAR": 2026, "PER_YEAR": 5,
        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_TABLE": "TEMPORARY_OUTPUT"})
    plan, table = output_layer(result["OUTPUT"], context), output_layer(result["OUTPUT_TABLE"], context)
    rows = list(table.getFeatures())
    failed = {(f["cc_id"], name[len("item_"):]) for f in communities.getFeatures()
              for name in communities.fields().names() if name.startswith("item_") and f[name] == "fail"}
    assert {(f["community_id"], f["item_id"]) for f in rows} == failed
    assert result["PROJECT_COUNT"] == len(failed)
    measures = {(f["community_id"], f["item_id"]): (f["measure"], f["site_id"]) for f in rows}
    for community in turned:
        assert measures[community, "02"] == (BUILD_AT_SITE, "S3")
    assert measures["C02", "17"] == (FIX_SURVEY, None)  # 物业管理服务平台 = 否
    assert [f["rank"] for f in sorted(rows, key=lambda f: f["rank"])] == list(range(1, len(rows) + 1))
    assert {f["year"] for f in rows} == set(range(2026, 2026 + (len(rows) + 4) // 5))
    # the map: one polygon per community with projects, summing them up
    areas = {f["community_id"]: f for f in plan.getFeatures()}
    assert set(areas) == {community for community, _item in failed}
    for community, area in areas.items():
        own = sorted((f for f in rows if f["community_id"] == community), key=lambda f: f["rank"])
        assert area["projects"] == len(own) and area["items"] == ",".join(f["item_id"] for f in own)
        assert (area["first_year"], area["top_priority"], area["top_measure"]) == (
            own[0]["year"], own[0]["priority"], own[0]["measure"])
        assert not area.geometry().isNull()
    assert any("without a population" in w for w in feedback.warnings) == ("C08" in areas)


def test_sites_that_are_not_suggestsites_output_are_refused(provider):
    result, context, _feedback = run_algorithm("checkcommunities", {
        "COMMUNITIES": f"{SAMPLE}|layername=communities", "FACILITIES": f"{SAMPLE}|layername=facilities",
        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_ITEMS": "TEMPORARY_OUTPUT"})
    communities = output_layer(result["OUTPUT"], context)
    with pytest.raises(QgsProcessingException, match="site_id"):
        run_algorithm("actionplan", {"COMMUNITIES": communities, "SITES": f"{SAMPLE}|layername=facilities",
                                     "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_TABLE": "TEMPORARY_OUTPUT"})
