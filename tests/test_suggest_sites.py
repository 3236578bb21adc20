"""completecommunity:suggestsites — greedy maximal coverage on a fixture whose optimum is known (checked by trying
every choice), the lazy evaluation against a plain greedy, the site↔resident pairs of both distance back-ends, and
end to end on the sample district: building the top kindergarten site and checking again turns exactly the
communities the suggestion claimed."""

import itertools
import shutil

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsProcessingException, QgsVectorLayer

from complete_community.core.check.distances import StraightLineDistances
from complete_community.core.planning.siting import (
    ExactUnavailableError,
    cover_lists,
    exact_max_coverage,
    greedy_max_coverage,
)
from helpers import SAMPLE, memory_layer, output_layer, run_algorithm, square

# residents on a line (x, persons): clusters A at 0, B at 300, C at 600, D at 900; candidate sites at 0, 300, 450,
# 750 and 900 with a reach of 160 m: the site at 450 reaches B and C, the one at 750 C and D
RESIDENTS = [(0, 200), (10, 300), (300, 500), (310, 300), (600, 300), (900, 450)]
SITES = [0.0, 300.0, 450.0, 750.0, 900.0]
REACH = 160.0


def fixture_lists():
    xy = np.array([(x, 0.0) for x, _persons in RESIDENTS])
    backend = StraightLineDistances(xy)
    backend.prepare(np.array([(x, 0.0) for x in SITES]))
    rows, positions, metres = backend.pairs_within(np.arange(len(SITES)), REACH)
    indptr, samples = cover_lists(rows, positions, metres, REACH, len(SITES), len(xy))
    return indptr, samples, np.array([p for _x, p in RESIDENTS], dtype=float)


def best_by_trying_all(indptr, samples, weights, covered, k):
    best = (-1.0, None)
    for choice in itertools.combinations(range(len(indptr) - 1), k):
        reached = np.zeros(len(weights), dtype=bool)
        for c in choice:
            reached[samples[indptr[c]:indptr[c + 1]]] = True
        value = float(weights[reached & ~covered].sum())
        best = max(best, (value, choice), key=lambda pair: pair[0])
    return best


@pytest.mark.parametrize("k, expected_sites, expected_gains", [
    (1, [2], [1100.0]), (2, [2, 0], [1100.0, 500.0]), (3, [2, 0, 3], [1100.0, 500.0, 450.0])])
def test_greedy_finds_the_known_optimum_with_exact_numbers(k, expected_sites, expected_gains):
    indptr, samples, weights = fixture_lists()
    covered = np.zeros(len(weights), dtype=bool)
    picks = greedy_max_coverage(indptr, samples, weights, covered, k)
    assert [p.candidate for p in picks] == expected_sites
    assert [p.gain for p in picks] == expected_gains
    optimum, _choice = best_by_trying_all(indptr, samples, weights, covered, k)
    assert sum(p.gain for p in picks) == optimum
    assert sorted(int(s) for p in picks for s in p.samples) == sorted(
        {int(s) for p in picks for s in samples[indptr[p.candidate]:indptr[p.candidate + 1]]})


def test_residents_covered_already_do_not_count_and_a_useless_site_is_not_suggested():
    indptr, samples, weights = fixture_lists()
    covered = np.zeros(len(weights), dtype=bool)
    covered[[2, 3]] = True  # cluster B has a facility within reach already
    picks = greedy_max_coverage(indptr, samples, weights, covered, 5)
    assert [(p.candidate, p.gain) for p in picks] == [(3, 750.0), (0, 500.0)]  # then nobody is left: 2 sites, not 5


def test_budget_picks_by_gain_per_cost_among_the_affordable():
    indptr, samples, weights = fixture_lists()
    costs = np.array([100.0, 400.0, 1000.0, 300.0, np.nan])
    picks = greedy_max_coverage(indptr, samples, weights, np.zeros(len(weights), dtype=bool), 5, costs=costs,
                                budget=500.0)
    # 500/100 = 5 per unit for site 0, then 750/300 = 2.5 for site 3; site 2 (1,000) never fits, 4 has no cost
    assert [(p.candidate, p.gain, p.cost) for p in picks] == [(0, 500.0, 100.0), (3, 750.0, 300.0)]


def test_lazy_greedy_picks_as_the_plain_greedy_does():
    rng = np.random.default_rng(7)
    for _case in range(200):
        sites, residents = rng.integers(2, 12), rng.integers(5, 40)
        matrix = rng.random((sites, residents)) < 0.3
        weights = rng.integers(0, 5, residents).astype(float)
        indptr = np.concatenate([[0], np.cumsum(matrix.sum(axis=1))])
        samples = np.nonzero(matrix)[1]
        covered = rng.random(residents) < 0.2
        k = int(rng.integers(1, sites + 1))
        lazy = [(p.candidate, p.gain) for p in greedy_max_coverage(indptr, samples, weights, covered, k)]
        plain, now = [], covered.copy()
        for _step in range(k):
            gains = [float(weights[samples[indptr[c]:indptr[c + 1]]][~now[samples[indptr[c]:indptr[c + 1]]]].sum())
                     for c in range(sites)]
            best = int(np.argmax(gains))
            if gains[best] <= 0:
                break
            plain.append((best, gains[best]))
            now[samples[indptr[best]:indptr[best + 1]]] = True
        assert lazy == plain


def test_without_spopt_the_exact_model_says_how_to_get_it():
    try:
        import spopt  # noqa: F401
    except ImportError:
        indptr, samples, weights = fixture_lists()
        with pytest.raises(ExactUnavailableError, match="pip install spopt"):
            exact_max_coverage(indptr, samples, weights, np.zeros(len(weights), dtype=bool), 2)
        return
    indptr, samples, weights = fixture_lists()  # with spopt: exact ≥ greedy (here equal: the optimum is known)
    chosen, value = exact_max_coverage(indptr, samples, weights, np.zeros(len(weights), dtype=bool), 2)
    assert value == 1600.0 and sorted(chosen) == [0, 2]


def test_network_pairs_agree_with_the_nearest_distance_of_each_site(provider):
    """pairs_within on the walking network gives, for every site and resident sample, the distance the walk from
    that site alone gives (nearest() with only that site)."""
    from complete_community.core.network.distances import NetworkDistances
    from complete_community.core.network.graph import WalkingGraph
    from complete_community.core.network.streets import read_streets

    streets = QgsVectorLayer(f"{SAMPLE}|layername=streets", "streets", "ogr")
    lines, _removed = read_streets(streets.getFeatures(), None)
    graph = WalkingGraph.from_lines(lines, 0.5, False)
    rng = np.random.default_rng(3)
    queries = np.column_stack([rng.uniform(500000, 502000, 300), rng.uniform(2490000, 2491600, 300)])
    sites = np.column_stack([rng.uniform(500000, 502000, 25), rng.uniform(2490000, 2491600, 25)])
    backend = NetworkDistances(graph, queries, 100.0)
    backend.prepare(sites)
    rows, positions, metres = backend.pairs_within(np.arange(len(sites)), 600.0)
    assert len(rows) > 100
    found = {(int(r), int(p)): d for r, p, d in zip(rows, positions, metres)}
    for site in range(len(sites)):
        distance, _nearest = backend.nearest(np.array([site]), 600.0)
        expected = {(int(r), site): distance[r] for r in np.nonzero(np.isfinite(distance))[0]}
        mine = {key: value for key, value in found.items() if key[1] == site}
        assert mine.keys() == expected.keys(), site
        assert all(abs(mine[key] - expected[key]) < 1e-6 for key in mine)


# end to end on the sample district

CANDIDATE_FIELDS = ["编号:string", "名称:string", "用地面积:double", "建筑面积:double", "费用:double"]


def candidates():
    return memory_layer("Polygon", CANDIDATE_FIELDS, [
        (square(500350, 2490550, 40), ["S1", "学府空地", 4000, 2500, 300]),
        (square(501150, 2490150, 40), ["S2", "幸福里闲置楼", 3800, 2300, 200]),
        (square(500750, 2490750, 40), ["S3", "中心空地", 5000, 3000, 500]),
        (square(501750, 2491350, 40), ["S4", "东园空地", 1000, 800, 100]),  # too small for a kindergarten
        (square(500800, 2491200, 40), ["S5", "面积未知", None, None, 100]),
    ], name="candidates")


def sample_inputs(folder=SAMPLE):
    return {"COMMUNITIES": f"{folder}|layername=communities", "FACILITIES": f"{folder}|layername=facilities",
            "RESIDENTS": f"{folder}|layername=residents", "NETWORK": f"{folder}|layername=streets"}


def suggest(**parameters):
    result, context, feedback = run_algorithm("suggestsites", dict(
        sample_inputs(), CANDIDATES=candidates(), OUTPUT="TEMPORARY_OUTPUT", **parameters))
    return result, output_layer(result["OUTPUT"], context), feedback


def item_statuses(folder, item_id):
    result, context, _feedback = run_algorithm("checkcommunities", dict(
        sample_inputs(folder), OUTPUT="TEMPORARY_OUTPUT", OUTPUT_ITEMS="TEMPORARY_OUTPUT"))
    items = output_layer(result["OUTPUT_ITEMS"], context)
    return {f["community_id"]: f["status"] for f in items.getFeatures() if f["item_id"] == item_id}


def test_building_the_top_kindergarten_site_turns_exactly_the_claimed_communities(provider, tmp_path):
    _result, sites, feedback = suggest(ITEMS="02", MAX_SITES=3)
    rows = sorted(sites.getFeatures(), key=lambda f: f["rank"])
    assert [f["site_id"] for f in rows][:1] and all(f["item_id"] == "02" for f in rows)
    assert "S4" not in [f["site_id"] for f in rows] and "S5" not in [f["site_id"] for f in rows]
    assert any("S5" in w or "lack the size" in w for w in feedback.warnings)
    top = rows[0]
    claimed = set(top["communities_met"].split(",")) if top["communities_met"] else set()
    assert claimed, "the fixture's top site must turn at least one community, or the test proves nothing"
    assert top["residents_new"] > 0 and top["residents_cumulative"] == top["residents_new"]

    copy = tmp_path / "built.gpkg"
    shutil.copy(SAMPLE, copy)
    facilities = QgsVectorLayer(f"{copy}|layername=facilities", "facilities", "ogr")
    built = QgsFeature(facilities.fields())
    built.setGeometry(top.geometry())
    built["编号"], built["名称"], built["设施类型"] = "NEW1", "新建幼儿园", "幼儿园"
    built["建筑面积"], built["用地面积"], built["班数"] = top["building_area"], top["land_area"], 9
    assert facilities.dataProvider().addFeatures([built])[0]
    del facilities
    before, after = item_statuses(SAMPLE, "02"), item_statuses(copy, "02")
    turned = {c for c in after if after[c] == "pass" and before[c] != "pass"}
    assert turned == claimed
    assert all(after[c] == before[c] or c in turned for c in after)  # nothing else changed


def test_bad_requests_are_refused_with_the_fix(provider):
    with pytest.raises(QgsProcessingException, match="no item 42"):
        suggest(ITEMS="42")
    with pytest.raises(QgsProcessingException, match="09"):
        suggest(ITEMS="09")  # surveyed: nothing to build
    result, _sites, feedback = suggest(ITEMS="02", EXACT=True)
    try:
        import spopt  # noqa: F401
    except ImportError:
        assert any("pip install spopt" in w for w in feedback.warnings)
    assert result["SITE_COUNT"] >= 1


def test_the_same_communities_checked_again_with_residents_on_the_cached_network(provider):
    """Regression: the anchors' walks were kept per graph by the anchors alone, but hold rows of the query points;
    a second check of the same communities with a residents layer (other rows) failed with an IndexError."""
    plain = {key: value for key, value in sample_inputs().items() if key != "RESIDENTS"}
    first, _context, _feedback = run_algorithm("checkcommunities", dict(
        plain, OUTPUT="TEMPORARY_OUTPUT", OUTPUT_ITEMS="TEMPORARY_OUTPUT"))
    second, context, _feedback = run_algorithm("checkcommunities", dict(
        sample_inputs(), OUTPUT="TEMPORARY_OUTPUT", OUTPUT_ITEMS="TEMPORARY_OUTPUT"))
    assert first["COMMUNITY_COUNT"] == second["COMMUNITY_COUNT"] == 10
    items = output_layer(second["OUTPUT_ITEMS"], context)
    assert {f["coverage_of"] for f in items.getFeatures() if f["community_id"] == "C01"} >= {"residents"}


@pytest.fixture
def spopt_stand_in(monkeypatch):
    """A stand-in for PySAL spopt and PuLP with the interface the exact model uses (MCLP.from_cost_matrix(cost_matrix
    clients × sites, weights, service_radius, p_facilities), solve(solver), fac_vars[j].value()), solved by trying
    every choice: it checks how the suggestion builds the problem and reads the answer, not spopt itself."""
    import sys
    import types

    class Variable:
        def __init__(self, value):
            self._value = value

        def value(self):
            return self._value

    class MCLP:
        @classmethod
        def from_cost_matrix(cls, cost_matrix, weights, service_radius, p_facilities):
            model = cls()
            model.covers = np.asarray(cost_matrix) <= service_radius
            model.weights, model.p = np.asarray(weights, dtype=float), p_facilities
            return model

        def solve(self, solver):
            assert solver == "cbc"
            best = max(itertools.combinations(range(self.covers.shape[1]), self.p),
                       key=lambda choice: float(self.weights[self.covers[:, list(choice)].any(axis=1)].sum()))
            self.fac_vars = [Variable(1.0 if j in best else 0.0) for j in range(self.covers.shape[1])]
            return self

    locate = types.ModuleType("spopt.locate")
    locate.MCLP = MCLP
    spopt = types.ModuleType("spopt")
    spopt.locate = locate
    pulp = types.ModuleType("pulp")
    pulp.PULP_CBC_CMD = lambda msg=False: "cbc"
    for name, module in (("spopt", spopt), ("spopt.locate", locate), ("pulp", pulp)):
        monkeypatch.setitem(sys.modules, name, module)


def test_the_exact_model_is_built_and_read_as_spopt_documents_it(spopt_stand_in):
    indptr, samples, weights = fixture_lists()
    covered = np.zeros(len(weights), dtype=bool)
    covered[[2, 3]] = True  # B covered already: only the others count
    chosen, value = exact_max_coverage(indptr, samples, weights, covered, 2)
    greedy = greedy_max_coverage(indptr, samples, weights, covered, 2)
    assert (sorted(chosen), value) == ([0, 3], 1250.0)
    assert value >= sum(p.gain for p in greedy) == 1250.0


def test_with_spopt_exact_and_greedy_are_both_reported(provider, spopt_stand_in):
    _result, _sites, feedback = suggest(ITEMS="02", MAX_SITES=2, EXACT=True)
    (line,) = [text for text in feedback.infos if "exact model" in text]
    assert "greedy" in line and "gap 0.0%" in line


def test_an_item_turns_only_when_its_other_requirements_pass_in_every_reading():
    """item_status_after: the requirement met, the item's verdict as the check gives it — one reading, or the new and
    the existing reading of a community of unknown status, combined (different answers: unknown)."""
    from complete_community.core.check.model import ItemResult, RequirementResult
    from complete_community.core.planning.siting import item_status_after

    def item(*requirements, status="fail"):
        return ItemResult("C1", "13", status, None, [RequirementResult(rid, s, advisory) for rid, s, advisory in
                                                      requirements])

    single = item(("collection_station", "fail", False), ("public_toilet", "pass", False))
    assert item_status_after(single, "collection_station", True) == "pass"
    assert item_status_after(single, "public_toilet", True) == "fail"  # the station still fails
    other_unknown = item(("collection_station", "fail", False), ("public_toilet", "unknown", False))
    assert item_status_after(other_unknown, "collection_station", True) == "unknown"
    advisory = item(("collection_station", "fail", False), ("extra", "fail", True))
    assert item_status_after(advisory, "collection_station", True) == "pass"  # advisory never decides
    via_alternative = item(("collection_station/alt", "fail", False))
    assert item_status_after(via_alternative, "collection_station", True) == "pass"
    both_ways = item(("new_or_existing", "unknown", False), ("new:collection_station", "fail", False),
                     ("new:public_toilet", "fail", False), ("existing:collection_station", "fail", False),
                     ("existing:public_toilet", "not_applicable", False), status="unknown")
    assert item_status_after(both_ways, "collection_station", True) == "unknown"  # new: toilet fails; existing: pass
    both_pass = item(("new_or_existing", "unknown", False), ("new:collection_station", "fail", False),
                     ("existing:collection_station", "unknown", False), status="unknown")
    assert item_status_after(both_pass, "collection_station", True) == "pass"
