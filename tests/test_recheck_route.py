"""Re-checking one community after a survey answer changes (core/check/recheck.py) and the walking route to a facility
(core/network/route.py), without layers."""

import numpy as np
import pytest
from shapely.geometry import box

from complete_community.core.check.distances import StraightLineDistances
from complete_community.core.check.engine import CommunityCheck
from complete_community.core.check.model import EXISTING, FAIL, PASS, UNKNOWN, Community, Facility
from complete_community.core.check.recheck import (
    NO,
    UNKNOWN_ANSWER,
    YES,
    current_answer,
    items_reading,
    recheck_community,
    survey_questions,
    value_for_answer,
)
from complete_community.core.check.samples import build_samples
from complete_community.core.network.distances import NetworkDistances
from complete_community.core.network.graph import WalkingGraph
from complete_community.core.network.route import walking_route
from complete_community.core.profiles.loader import load_profile
from helpers import grid_lines

PROFILE = load_profile("mohurd-2020")


def community(**attributes):
    return Community(id="A", name="甲社区", status=EXISTING, population=8000.0, households=2800.0,
                     geometry=box(0, 0, 300, 300), attributes=attributes)


def facilities():
    return [Facility(id="S", name="甲站", type="bus_stop", x=150, y=400),
            Facility(id="E", name="车棚", type="ebike_parking", x=900, y=900)]


def check(target, item_ids=None, previous=None, cache=None):
    samples = build_samples([target])
    return recheck_community(PROFILE, target, facilities(), samples, StraightLineDistances(samples.query_points()),
                             item_ids=item_ids, previous=previous, shared_cache=cache)


def test_survey_questions_name_the_fields_of_the_layer():
    questions = survey_questions(PROFILE, ["名称", "水电路气热信", "Barrier_Free"])
    by_id = {(q.item_id, q.requirement_id): q for q in questions}
    assert by_id[("09", "municipal")].field == "水电路气热信"
    assert by_id[("12", "barrier_free")].field == "Barrier_Free"  # names compared case-insensitively
    assert by_id[("17", "platform")].field is None
    assert ("10", "ebike/ebike_surveyed") in by_id  # a surveyed alternative, under the id results give it
    assert all(q.label[0] and "_" not in q.label[0] for q in questions)  # a name, never a code
    question = by_id[("09", "municipal")]
    assert [current_answer(question, v) for v in ("是", "否", None, "待查")] == [YES, NO, UNKNOWN_ANSWER,
                                                                                 UNKNOWN_ANSWER]
    assert current_answer(question, value_for_answer(question, YES)) == YES
    assert current_answer(question, value_for_answer(question, NO)) == NO
    assert value_for_answer(question, UNKNOWN_ANSWER) is None
    assert value_for_answer(question, YES, numeric=True) == 1


def test_items_reading_a_field():
    assert items_reading(PROFILE, "水电路气热信") == ["09"]
    assert items_reading(PROFILE, "慢行系统") == ["11"]
    assert "10" in items_reading(PROFILE, "ebike_parking")  # an alternative's field
    assert items_reading(PROFILE, "不相关") == []


def test_a_survey_answer_flips_the_item_and_only_the_items_asked_for_are_checked_again():
    before = check(community(水电路气热信=None, 慢行系统="是"))
    statuses = {item.item_id: item.status for item in before.items}
    assert statuses["09"] == UNKNOWN and statuses["11"] == PASS
    cache = {}
    after = check(community(水电路气热信="是", 慢行系统="是"), item_ids=["09"], previous=statuses, cache=cache)
    now = {item.item_id: item.status for item in after.items}
    assert now["09"] == PASS
    assert {k: v for k, v in now.items() if k != "09"} == {k: v for k, v in statuses.items() if k != "09"}
    assert after.counts()["unknown"] == before.counts()["unknown"] - 1
    assert "09" in [i.item_id for i in after.items if i.requirements]  # the re-checked item has its evidence
    # the same verdicts as a full check of the community as it is now
    target = community(水电路气热信="是", 慢行系统="是")
    samples = build_samples([target])
    full = CommunityCheck(PROFILE, [target], facilities(), samples, StraightLineDistances(samples.query_points()))
    assert {i.item_id: i.status for i in full.run()[0].items} == now
    # a surveyed alternative: the ebike parking is outside, the survey says there is one
    no = check(community(电动自行车停放充电="否"), item_ids=["10"], previous=statuses, cache=cache)
    yes = check(community(电动自行车停放充电="是"), item_ids=["10"], previous=statuses, cache=cache)
    item = {i.item_id: i for i in yes.items}["10"]
    assert {i.item_id: i.status for i in no.items}["10"] in (FAIL, UNKNOWN)
    assert "ebike/ebike_surveyed=pass" in item.detail()


def test_walking_route_follows_the_streets():
    graph = WalkingGraph.from_lines([np.array(line) for line in grid_lines(4)])  # 0–400 m, streets every 100 m
    route = walking_route(graph, (50.0, 10.0), (350.0, 290.0))
    assert route.on_network
    assert tuple(route.xy[0]) == (50.0, 10.0) and tuple(route.xy[-1]) == (350.0, 290.0)
    assert tuple(route.xy[1]) == pytest.approx((50.0, 0.0))  # the access leg onto the nearest street
    assert tuple(route.xy[-2]) == pytest.approx((350.0, 300.0))
    assert route.length == pytest.approx(10 + 300 + 300 + 10)
    steps = np.diff(route.xy[1:-1], axis=0)
    assert np.all((np.abs(steps[:, 0]) < 1e-9) | (np.abs(steps[:, 1]) < 1e-9))  # along the grid's streets
    # the route's length is the check's walking distance
    access = NetworkDistances(graph, np.array([(50.0, 10.0)]), max_access=100)
    access.prepare(np.array([(350.0, 290.0)]))
    assert access.nearest([0])[0][0] == pytest.approx(route.length)
    # both on one segment
    same = walking_route(graph, (120.0, 5.0), (180.0, -5.0))
    assert same.on_network and same.length == pytest.approx(5 + 60 + 5) and len(same.xy) == 4


def test_walking_route_off_the_network_or_without_one_is_a_straight_line():
    graph = WalkingGraph.from_lines([np.array([(0.0, 0.0), (100.0, 0.0)]), np.array([(500.0, 0.0), (600.0, 0.0)])])
    apart = walking_route(graph, (50.0, 5.0), (550.0, 5.0))  # two streets that do not meet
    far = walking_route(graph, (50.0, 5.0), (50.0, 900.0))  # the end is 900 m from any street
    none = walking_route(None, (0.0, 0.0), (30.0, 40.0))
    for route in (apart, far, none):
        assert not route.on_network and len(route.xy) == 2
    assert none.length == pytest.approx(50.0)


def test_lazy_distances_are_built_only_when_asked():
    from complete_community.core.check.recheck import LazyDistances

    built = []
    target = community(无障碍设施="是")
    samples = build_samples([target])

    def factory():
        built.append(1)
        return StraightLineDistances(samples.query_points())

    lazy = LazyDistances(factory, "straight_line")
    previous = {item.id: PASS for item in PROFILE.ordered_items()}
    result = recheck_community(PROFILE, target, facilities(), samples, lazy, item_ids=["12"], previous=previous)
    assert {i.item_id: i.status for i in result.items}["12"] == PASS and not built  # surveyed only: no distance
    result = recheck_community(PROFILE, target, facilities(), samples, lazy, item_ids=["11"], previous=previous)
    assert len(built) == 1 and result.method == "straight_line"
