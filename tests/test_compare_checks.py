"""completecommunity:comparechecks — two checks of the same communities compared: the rules of core/check/compare.py
on hand-made results, and end to end on the sample district checked twice (the second time with facilities added,
two surveyed answers fixed and one community removed)."""

import shutil

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from complete_community.core.check.compare import (
    BECAME_COMPLETE,
    IMPROVED,
    MIXED,
    NEW_COMMUNITY,
    NO_LONGER_COMPLETE,
    REMOVED,
    UNCHANGED,
    WORSENED,
    CheckedCommunity,
    CompareError,
    compare_checks,
)
from complete_community.core.values import is_missing
from helpers import SAMPLE, memory_layer, output_layer, run_algorithm, square


def community(community_id, complete=False, population=1000.0, **statuses):
    return CheckedCommunity(community_id, None, population, complete,
                            {item.lstrip("_"): status for item, status in statuses.items()})


def test_changes_are_classified_and_matched_by_id():
    before = [community("A", _01="fail", _02="pass"), community("B", True, _01="pass", _02="pass"),
              community("C", _01="fail", _02="pass"), community("D", _01="unknown", _02="pass"),
              community("E", _01="fail", _02="unknown"), community("F", _01="fail", _02="fail"),
              community("G", _01="fail", _02="pass")]
    after = [community("A", True, _01="pass", _02="pass"), community("B", _01="fail", _02="pass"),
             community("C", _01="pass", _02="fail"), community("D", _01="fail", _02="pass"),
             community("E", _01="fail", _02="pass"), community("F", _01="fail", _02="fail"),
             community("H", _01="pass", _02="pass")]
    comparison = compare_checks(before, after)
    by_id = {c.id: c for c in comparison.changes}
    assert {key: c.change for key, c in by_id.items()} == {
        "A": BECAME_COMPLETE, "B": NO_LONGER_COMPLETE, "C": MIXED, "D": WORSENED, "E": IMPROVED, "F": UNCHANGED,
        "G": REMOVED, "H": NEW_COMMUNITY}
    assert by_id["C"].newly_passed == ("01",) and by_id["C"].newly_failed == ("02",)
    assert by_id["D"].newly_failed == ("01",)  # unknown → fail is a new failure
    assert by_id["H"].before is None and by_id["G"].after is None
    assert comparison.counts == {"became_complete": 1, "no_longer_complete": 1, "new": 1, "removed": 1,
                                 "items_newly_passed": 3, "items_newly_failed": 3}


def test_coverage_by_count_and_by_population_leaves_unknown_population_out():
    before = [community("A", True, 3000.0, _01="pass"), community("B", False, 1000.0, _01="fail"),
              community("C", True, None, _01="pass")]
    after = before[:2] + [community("C", False, None, _01="fail")]
    comparison = compare_checks(before, after)
    assert comparison.before.by_count == pytest.approx(2 / 3)
    assert comparison.before.by_population == pytest.approx(0.75)  # C has no population: not guessed
    assert comparison.before.population_unknown == 1
    rows = {row[0]: row[1:] for row in comparison.summary_rows()}
    assert rows["coverage_count"] == (66.7, 33.3, -33.4)
    assert rows["coverage_population"] == (75.0, 75.0, 0.0)
    assert rows["no_longer_complete"] == (None, None, 1)


def test_only_the_items_of_both_checks_are_compared():
    comparison = compare_checks([community("A", _01="fail", _21="fail")], [community("A", _01="fail", _02="pass")])
    assert comparison.items == ("01",)
    assert comparison.items_only_before == ("21",) and comparison.items_only_after == ("02",)
    assert comparison.changes[0].change == UNCHANGED


def test_repeated_ids_are_refused():
    with pytest.raises(CompareError, match="C1"):
        compare_checks([community("C1"), community("C1")], [community("C1")])


# end to end on the sample district

def check(communities, facilities, streets):
    result, context, _feedback = run_algorithm("checkcommunities", {
        "COMMUNITIES": communities, "FACILITIES": facilities, "NETWORK": streets,
        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_ITEMS": "TEMPORARY_OUTPUT"})
    return output_layer(result["OUTPUT"], context), output_layer(result["OUTPUT_ITEMS"], context)


def compare(before, after):
    result, context, feedback = run_algorithm("comparechecks", {
        "BEFORE": before, "AFTER": after, "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"})
    return result, output_layer(result["OUTPUT"], context), output_layer(result["OUTPUT_SUMMARY"], context), feedback


def _add_facility(layer, name, kind, xy, building_area=None, land_area=None):
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*xy)))
    feature["编号"], feature["名称"], feature["设施类型"] = name, name, kind
    feature["建筑面积"], feature["用地面积"] = building_area, land_area
    assert layer.dataProvider().addFeatures([feature])[0]


@pytest.fixture(scope="module")
def two_years(provider, tmp_path_factory):
    """The sample checked as it is, and a copy checked after a year of work: a nursery built in C02 (幸福里社区),
    its parcel lockers doubled and its property platform in place (its three gaps 03, 07, 17 closed); a community
    park of 5,000 m² built in C06 (新城社区, its gap 15 closed; its 07 stays unknown); C03 (翠湖社区) removed."""
    copy = tmp_path_factory.mktemp("later") / "later.gpkg"
    shutil.copy(SAMPLE, copy)
    communities = QgsVectorLayer(f"{copy}|layername=communities", "communities", "ogr")
    facilities = QgsVectorLayer(f"{copy}|layername=facilities", "facilities", "ogr")
    by_id = {f["社区编号"]: f for f in communities.getFeatures()}
    provider_ = communities.dataProvider()
    c02 = by_id["C02"]
    fields = communities.fields()
    assert provider_.changeAttributeValues({c02.id(): {
        fields.indexOf("物业管理服务平台"): "是", fields.indexOf("快件箱格口数"): 2 * c02["日均投递量"]}})
    assert provider_.deleteFeatures([by_id["C03"].id()])
    _add_facility(facilities, "幸福里新建托育中心", "托儿所", (501240, 2490270), building_area=260)
    _add_facility(facilities, "新城新建游园", "社区游园", (500400, 2491000), land_area=5000)
    population = {f["社区编号"]: f["人口"] for f in by_id.values()}
    del communities, facilities  # closes the copy before the check reads it
    before = check(f"{SAMPLE}|layername=communities", f"{SAMPLE}|layername=facilities",
                   f"{SAMPLE}|layername=streets")
    after = check(f"{copy}|layername=communities", f"{copy}|layername=facilities", f"{copy}|layername=streets")
    return before, after, population


def test_the_sample_two_years_running_reports_the_expected_changes(two_years):
    (before, _items_before), (after, _items_after), population = two_years
    result, changes, summary, _feedback = compare(before, after)
    rows = {f["cc_id"]: f for f in changes.getFeatures()}
    assert sorted(rows) == sorted(population)  # every community of either check, once
    changed = {key: (f["change"], f["newly_passed"], f["newly_failed"]) for key, f in rows.items()
               if f["change"] != UNCHANGED}
    assert changed == {"C02": (BECAME_COMPLETE, "03,07,17", None), "C06": (IMPROVED, "15", None),
                       "C03": (REMOVED, None, None)}
    assert rows["C02"]["complete_before"] == 0 and rows["C02"]["complete_after"] == 1
    assert rows["C02"]["fail_before"] == 3 and rows["C02"]["fail_after"] == 0
    assert rows["C06"]["complete_after"] == 0 and rows["C06"]["unknown_after"] == 1  # 07 still to verify
    assert rows["C03"]["complete_before"] == 0 and is_missing(rows["C03"]["complete_after"])
    assert not rows["C03"].geometry().isNull()  # a removed community is shown where it was

    complete_before = {f["cc_id"] for f in before.getFeatures() if f["cc_complete"] == 1}
    complete_after = complete_before | {"C02"}
    known = {key: value for key, value in population.items() if not is_missing(value)}  # C08 has none
    measures = {f["measure"]: (f["before"], f["after"], f["change"]) for f in summary.getFeatures()}
    assert measures["communities"][:2] == (10, 9)
    assert measures["complete"][:2] == (len(complete_before), len(complete_after))
    assert measures["coverage_count"][:2] == (round(100 * len(complete_before) / 10, 1),
                                              round(100 * len(complete_after) / 9, 1))
    share_before = sum(known[c] for c in complete_before) / sum(known.values())
    share_after = sum(known[c] for c in complete_after) / sum(v for k, v in known.items() if k != "C03")
    assert measures["coverage_population"][:2] == (round(100 * share_before, 1), round(100 * share_after, 1))
    assert measures["population_unknown"][:2] == (1, 1)
    assert measures["became_complete"][2] == 1 and measures["removed"][2] == 1 and measures["new"][2] == 0
    assert measures["items_newly_passed"][2] == 4 and measures["items_newly_failed"][2] == 0
    assert result["BECAME_COMPLETE"] == 1
    assert result["COVERAGE_AFTER"] == measures["coverage_count"][1]


def test_compared_the_other_way_round(two_years):
    """Later as the earlier: C02 is no longer complete, C03 is new, C06 worsened — the mirror image."""
    (before, _), (after, _), _population = two_years
    _result, changes, _summary, _feedback = compare(after, before)
    changed = {f["cc_id"]: (f["change"], f["newly_failed"]) for f in changes.getFeatures()
               if f["change"] != UNCHANGED}
    assert changed == {"C02": (NO_LONGER_COMPLETE, "03,07,17"), "C06": (WORSENED, "15"),
                       "C03": (NEW_COMMUNITY, None)}


def test_a_layer_that_is_not_a_check_result_is_refused(provider, two_years):
    (before, _), _after, _population = two_years
    plain = memory_layer("Polygon", ["id:string"], [(square(0, 0, 10), ["A"])], name="plain")
    with pytest.raises(QgsProcessingException, match="plain.*cc_id"):
        compare(before, plain)
