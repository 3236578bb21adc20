"""CommunityCheck on its own, without Processing or QGIS layers: communities, facilities and samples built by hand,
straight-line distances, the national profile. Expectations worked out from the profile's numbers."""

import numpy as np
import pytest
from shapely.geometry import box

from complete_community.core.cancellation import CanceledError
from complete_community.core.check.distances import StraightLineDistances
from complete_community.core.check.engine import CommunityCheck, summarise
from complete_community.core.check.model import (
    EXISTING,
    FAIL,
    NEW,
    NOT_APPLICABLE,
    PASS,
    STATUS_UNKNOWN,
    UNKNOWN,
    Community,
    Facility,
    tri_state,
)
from complete_community.core.check.samples import build_samples
from complete_community.core.profiles.loader import load_profile

PROFILE = load_profile("mohurd-2020")  # reach 10 min × 60 m/min = 600 m; kindergarten ≥ 6 classes, 2200/3500 m²


def community(status=EXISTING, x0=0.0, **attributes):
    return Community(id="A", name="甲社区", status=status, population=8000.0, households=2800.0,
                     geometry=box(x0, 0, x0 + 300, 300), attributes=attributes)


def kindergarten(x, y, classes=6.0, building=2200.0, land=3500.0):
    return Facility(id="K", name="甲幼儿园", type="kindergarten", x=x, y=y, classes=classes, building_area=building,
                    land_area=land)


def bus_stop(x, y):
    return Facility(id="S", name="甲站", type="bus_stop", x=x, y=y)


def run(facilities, communities=None, **options):
    communities = communities or [community(慢行系统="是")]
    samples = build_samples(communities)
    engine = CommunityCheck(PROFILE, communities, facilities, samples, StraightLineDistances(samples.query_points()),
                            **options)
    return engine, {item.item_id: item for item in engine.run()[0].items}


def test_tri_state():
    assert (tri_state(True, True), tri_state(False, True), tri_state(False, False)) == (PASS, UNKNOWN, FAIL)


def test_qualifying_kindergarten_inside_passes_with_its_evidence():
    _engine, items = run([kindergarten(150, 150)])
    item = items["02"]
    assert item.status == PASS
    assert (item.decisive.method, item.decisive.measured, item.decisive.unit) == ("inside", 1.0, "count")
    assert item.decisive.facility_name == "甲幼儿园"
    assert "社区内有1处符合要求的幼儿园、托幼一体园（甲幼儿园）" in item.reason("zh")


def test_small_kindergarten_fails_and_says_why():
    _engine, items = run([kindergarten(150, 150, classes=4.0)])
    assert items["02"].status == FAIL
    assert "甲幼儿园的班数4班，低于要求的6班" in items["02"].reason("zh")


def test_missing_attribute_is_unknown_not_a_pass():
    _engine, items = run([kindergarten(150, 150, classes=None)])
    assert items["02"].status == UNKNOWN
    assert "甲幼儿园缺少班数数据" in items["02"].reason("zh")


def test_walking_reach_measured_from_the_residents():
    # every resident sample of the 300 m square is within 600 m of a stop 100 m north of it, none of one 700 m north
    _engine, near = run([bus_stop(150, 400)])
    assert near["11"].status == PASS and near["11"].decisive.measured == 1.0
    _engine, far = run([bus_stop(150, 1000)])
    assert far["11"].status == FAIL and far["11"].decisive.measured == 0.0
    assert far["11"].decisive.distance_m == pytest.approx(850.0)  # from the community's anchor point (150, 150)
    assert far["11"].decisive.method == "straight_line"


def test_a_type_missing_from_the_whole_layer_is_a_data_gap_unless_declared_complete():
    engine, items = run([kindergarten(150, 150)])
    assert items["05"].status == UNKNOWN and "未找到社区卫生服务站" in items["05"].reason("zh")
    assert "health_station" in engine.absent_types() and "kindergarten" not in engine.absent_types()
    # item 5 accepts a station or a centre: with a station in the layer, the centre is no gap
    station = Facility(id="H", name="卫生站", type="health_station", x=150, y=150, building_area=150.0)
    engine, _items = run([station])
    assert not {"health_station", "health_centre"} & set(engine.absent_types())
    _engine, items = run([kindergarten(150, 150)], absent_types_fail=True)
    assert items["05"].status == FAIL


def test_new_only_requirements_do_not_apply_to_existing_communities():
    _engine, existing = run([], communities=[community(EXISTING)])
    _engine, new = run([], communities=[community(NEW)])
    existing_statuses = {r.requirement_id: r.status for r in existing["10"].requirements}
    new_statuses = {r.requirement_id: r.status for r in new["10"].requirements}
    assert NOT_APPLICABLE in existing_statuses.values()
    assert existing_statuses != new_statuses


def test_surveyed_answers():
    _engine, items = run([], communities=[community(无障碍设施="是")])
    assert items["12"].status == PASS
    _engine, items = run([], communities=[community(无障碍设施="否")])
    assert items["12"].status == FAIL
    _engine, items = run([], communities=[community(无障碍设施="也许")])
    assert items["12"].status == UNKNOWN and "无法识别" in items["12"].reason("zh")


def test_cancel_raises_the_one_cancellation_error():
    communities = [community(x0=x) for x in np.arange(0, 3000, 400)]
    samples = build_samples(communities)
    engine = CommunityCheck(PROFILE, communities, [], samples, StraightLineDistances(samples.query_points()))
    calls = []
    with pytest.raises(CanceledError):
        engine.run(is_canceled=lambda: len(calls) >= 2, progress=calls.append)
    assert len(calls) == 2


def test_summary_counts_gaps():
    engine, _items = run([kindergarten(150, 150, classes=4.0)])
    summary = summarise(engine.run())
    assert summary["communities"] == 1 and summary["complete"] == 0
    assert ("02", 1) in summary["gaps"]


def ebike_shed(x, y):
    return Facility(id="E", name="车棚", type="ebike_parking", x=x, y=y)


def test_unknown_status_answer_that_depends_on_it_is_unknown():
    # item 10: a new community needs ≥ 1 space per household (100 / 2800 fails), an existing one a surveyed
    # parking plan (是 passes); the e-bike shed counts for both
    unknown = community(STATUS_UNKNOWN, 停车资源统筹="是", 机动车停车位=100)
    _engine, items = run([ebike_shed(150, 150)], communities=[unknown])
    item = items["10"]
    assert item.status == UNKNOWN
    assert item.reason("zh").startswith("新建/既有未知，结论取决于社区类型，待核实：按新建社区为“不达标”")
    assert "按既有社区为“达标”" in item.reason("zh")
    detail = item.detail()
    assert "new:spaces_new=fail" in detail and "existing:parking_existing=pass" in detail
    for status, expected in ((NEW, FAIL), (EXISTING, PASS)):
        _engine, known = run([ebike_shed(150, 150)],
                             communities=[community(status, 停车资源统筹="是", 机动车停车位=100)])
        assert known["10"].status == expected


def test_unknown_status_answer_the_same_both_ways_stands_and_says_so():
    # no supermarket and no convenience stores (the layer is complete): item 6 fails for new and existing alike
    _engine, items = run([], communities=[community(STATUS_UNKNOWN)], absent_types_fail=True)
    assert items["06"].status == FAIL
    assert items["06"].reason("zh").startswith("新建/既有未知，按新建、既有判定结论相同；")
    assert items["02"].note == ("", "")  # an item that does not depend on the status has no note


def test_coverage_is_measured_even_when_a_facility_inside_decides():
    """A 1 km² community with its health station in a corner passes item 5 (one inside), and the reason still says
    how much of it is within reach: area shares, straight-line wording, never 居民 or 步行 alone."""
    big = Community(id="B", name="大社区", status=EXISTING, population=9000.0, households=3000.0,
                    geometry=box(0, 0, 1000, 1000))
    station = Facility(id="H", name="卫生站", type="health_station", x=20, y=20, building_area=150.0)
    _engine, items = run([station], communities=[big])
    decisive = items["05"].decisive
    assert items["05"].status == PASS and decisive.method == "inside"
    assert 0.2 < decisive.coverage < 0.5 and decisive.coverage_basis == "area"  # 600 m around a corner
    reason = items["05"].reason("zh")
    assert "直线距离600米（按步行10分钟折算）内可达社区卫生服务站、社区卫生服务中心的面积占" in reason
    assert "居民占" not in reason and "步行10分钟（600米）内" not in reason


def test_reason_resting_on_an_unconfirmed_threshold_says_so():
    # item 5's building area (120 m²) is tagged R in the national profile; item 2's thresholds are D
    station = Facility(id="H", name="卫生站", type="health_station", x=150, y=150, building_area=150.0)
    _engine, items = run([station, kindergarten(100, 100)])
    assert "阈值待核实：建筑面积的数值为未经核实的回忆（R级）" in items["05"].reason("zh")
    assert "阈值待核实" not in items["02"].reason("zh")
    keys = {t.key: t.confidence for t in items["05"].decisive.thresholds}
    assert keys["building_area_min"] == "R" and keys["walk_speed"] == PROFILE.walk_speed.confidence


def test_presence_policy_counts_facilities_without_sizes_and_says_so():
    from complete_community.core.check.model import CommunityResult

    unsized = kindergarten(150, 150, classes=None, building=None, land=None)
    _engine, strict = run([unsized])
    assert strict["02"].status == UNKNOWN and not strict["02"].unverified
    engine, presence = run([unsized], attribute_policy="presence")
    assert presence["02"].status == PASS and presence["02"].unverified
    reason = presence["02"].reason("zh")
    assert "甲幼儿园缺少班数数据，按存在计（规模未核实）" in reason and reason.endswith("达标依据的设施规模未核实")
    result = CommunityResult(community(), "ok", list(presence.values()), "straight_line")
    assert "02" in result.unverified_items()
    # a facility whose size is known passes without the flag, under either policy
    _engine, sized = run([kindergarten(150, 150)], attribute_policy="presence")
    assert sized["02"].status == PASS and not sized["02"].unverified
    # a known size that falls short still fails: presence only fills in what is missing
    _engine, small = run([kindergarten(150, 150, classes=4.0, building=None)], attribute_policy="presence")
    assert small["02"].status == FAIL


def test_presence_policy_within_walking_reach():
    # item 5 by reach only: the station is outside the community but within 600 m of every resident sample
    station = Facility(id="H", name="卫生站", type="health_station", x=150, y=400)
    _engine, strict = run([station])
    assert strict["05"].status == UNKNOWN
    _engine, presence = run([station], attribute_policy="presence")
    assert presence["05"].status == PASS and presence["05"].unverified


def test_two_convenience_stores_within_walking_reach_are_the_existing_communitys_alternative():
    """Item 6 for an existing community: no supermarket, but two convenience stores across the street — outside the
    polygon, within 600 m of every resident — pass by the alternative; one store does not."""
    def store(name, x, y):
        return Facility(id=name, name=name, type="convenience_store", x=x, y=y, building_area=80.0)

    far_supermarket = Facility(id="Z", name="远处超市", type="supermarket", x=5000, y=5000, building_area=400.0)
    _engine, items = run([store("便利店1", 150, 350), store("便利店2", 350, 150), far_supermarket])
    assert items["06"].status == PASS
    decisive = items["06"].decisive
    assert decisive.requirement_id == "supermarket/convenience_stores" and decisive.coverage == 1.0
    assert "可达至少2处便利店、综合超市的面积占100%" in items["06"].reason("zh")
    _engine, items = run([store("便利店1", 150, 350), far_supermarket])
    assert items["06"].status == FAIL
