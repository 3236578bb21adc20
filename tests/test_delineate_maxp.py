"""PySAL spopt's max-p regions as a comparison for delineatecommunities (core/delineate/maxp.py).

Without spopt the log says how to install it and the run goes on; with a stand-in spopt the comparison is built from
our adjacency and reported; with the real spopt (skipped when it is not importable — this QGIS's Python has none; it
runs under a Python with spopt 0.6, see the report of the branch) its regions on the generated district of
acceptance 1 all reach the threshold and are at least as many as ours, and the cases on which spopt 0.6 looped
without end come back within seconds."""

import sys
import time
import types

import numpy as np
import pytest
from test_delineate import SIZE, district, district_layers

from complete_community.core.cancellation import CanceledError
from complete_community.core.delineate import maxp as maxp_module
from complete_community.core.delineate.maxp import MaxPUnavailableError, attempt_limit, maxp_regions
from helpers import output_layer, run_algorithm

# a 5 × 5 grid with some links missing on which spopt 0.6.1's improvement phase loops without end with the first seed
# (a region that can give up a unit has no neighbouring region to give it to) and ends with the second
LOOPING_POPULATION = [435, 553, 3860, 3062, 1483, 702, 1669, 1488, 3522, 1791, 511, 3721, 2564, 643, 630, 1970, 549,
                      2600, 2542, 321, 3268, 3189, 3678, 2747, 2832]
LOOPING_FIRST = [0, 1, 2, 2, 3, 3, 5, 5, 6, 6, 7, 7, 8, 8, 9, 10, 11, 11, 12, 12, 13, 13, 14, 15, 16, 17, 17, 18, 20]
LOOPING_SECOND = [1, 6, 3, 7, 4, 8, 6, 10, 7, 11, 8, 12, 9, 13, 14, 11, 12, 16, 13, 17, 14, 18, 19, 16, 21, 18, 22,
                  23, 21]
LOOPING_XY = [(150.0 * (i % 5), 150.0 * (i // 5)) for i in range(25)]


def spopt_importable():
    try:
        import libpysal  # noqa: F401
        import spopt  # noqa: F401
    except ImportError:
        return False
    return True


needs_spopt = pytest.mark.skipif(not spopt_importable(), reason="PySAL spopt is not installed in this Python")


def district_grouping():
    from shapely.geometry import LineString, box

    from complete_community.core.check.distances import StraightLineDistances
    from complete_community.core.delineate.grouping import Grouping
    from complete_community.core.delineate.units import Band, neighbours, walk_matrix

    blocks, barrier_lines, expected = district()
    shapes = [box(x, y, x + SIZE, y + SIZE) for x, y, _p, _c in blocks]
    xy = np.array([s.representative_point().coords[0] for s in shapes])
    backend = StraightLineDistances(xy)
    backend.prepare(xy)
    pairs = neighbours(shapes, xy, 50.0, [LineString(line) for line in barrier_lines])
    grouping = Grouping([b[2] for b in blocks], xy, pairs.first, pairs.second, walk_matrix(backend, len(xy), 1200),
                        Band(5000, 12000, 600))
    return grouping, np.array([b[3] for b in blocks]), expected


@pytest.fixture
def no_spopt(monkeypatch):
    for name in ("spopt", "spopt.region", "libpysal", "libpysal.weights"):
        monkeypatch.setitem(sys.modules, name, None)  # import raises ImportError


@pytest.fixture
def stand_in(monkeypatch):
    """A stand-in for libpysal's W and spopt's MaxPHeuristic with the interface the comparison uses: it records what
    it was given and puts every unit of the group into one region (the real max-p is tested below)."""
    calls = []

    class W:
        def __init__(self, neighbors, silence_warnings=False):
            self.neighbors = neighbors

    class MaxPHeuristic:
        def __init__(self, gdf, w, attrs_name, threshold_name, threshold, top_n=2, max_iterations_construction=99,
                     max_iterations_sa=10, verbose=False, policy="single"):
            calls.append(dict(units=len(gdf), neighbours={i: list(w.neighbors[i]) for i in range(len(gdf))},
                              attrs=attrs_name, threshold_name=threshold_name, threshold=threshold, policy=policy,
                              population=float(gdf[threshold_name].sum()),
                              iterations=(max_iterations_construction, max_iterations_sa)))

        def solve(self):
            self.labels_ = [1] * calls[-1]["units"]
            self.p = 1

    class DataFrame:  # the little of pandas the comparison and the stand-in use (QGIS's Python may lack pandas)
        def __init__(self, columns):
            self.columns = {name: np.asarray(values) for name, values in columns.items()}

        def __getitem__(self, key):
            return np.column_stack([self.columns[k] for k in key]) if isinstance(key, list) else self.columns[key]

        def __len__(self):
            return len(next(iter(self.columns.values())))

    pandas = types.ModuleType("pandas")
    pandas.DataFrame = DataFrame
    weights = types.ModuleType("libpysal.weights")
    weights.W = W
    region = types.ModuleType("spopt.region")
    region.MaxPHeuristic = MaxPHeuristic
    for name, module in (("libpysal", types.ModuleType("libpysal")), ("libpysal.weights", weights),
                         ("spopt", types.ModuleType("spopt")), ("spopt.region", region), ("pandas", pandas)):
        monkeypatch.setitem(sys.modules, name, module)
    return calls


def test_without_spopt_the_log_says_how_to_install_it_and_the_run_goes_on(provider, no_spopt):
    units, barriers, expected, _blocks = district_layers()
    result, context, feedback = run_algorithm("delineatecommunities", {
        "UNITS": units, "BARRIERS": barriers, "COMPARE_MAXP": True, "OUTPUT": "memory:", "OUTPUT_UNITS": "memory:",
        "OUTPUT_MAXP": "memory:"})
    assert any("python -m pip install spopt" in w and "grouping below stands" in w for w in feedback.warnings)
    assert result["COMMUNITY_COUNT"] == expected and result["OUT_OF_BAND_COUNT"] == 0
    assert output_layer(result["OUTPUT"], context).featureCount() == expected
    assert result["MAXP_COUNT"] is None and "OUTPUT_MAXP" not in result
    with pytest.raises(MaxPUnavailableError, match="pip install spopt"):
        maxp_regions([6000.0], [(0.0, 0.0)], [], [], 5000)


def test_the_comparison_is_built_from_our_adjacency_and_reported(provider, stand_in):
    """The cells of 8,000 persons hold one region whatever max-p does (under twice the threshold): only the three
    cells of 18,000 go to spopt, each alone with its 16 blocks and the links inside the cell (the barriers cut the
    others); the stand-in makes each of them one region of 18,000 — above the band."""
    units, barriers, expected, blocks = district_layers()
    result, context, feedback = run_algorithm("delineatecommunities", {
        "UNITS": units, "BARRIERS": barriers, "COMPARE_MAXP": True, "OUTPUT": "memory:", "OUTPUT_UNITS": "memory:",
        "OUTPUT_MAXP": "memory:"})
    assert len(stand_in) == 3
    for call in stand_in:
        assert call["units"] == 16 and call["population"] == 18000 and call["threshold"] == 5000
        assert call["policy"] == "keep" and call["attrs"] == ["x", "y"]
        links = sum(len(n) for n in call["neighbours"].values()) // 2
        assert links == 24 + 18  # a 4 × 4 grid of blocks: 24 sharing a side, 18 touching at a corner
        assert call["iterations"] == maxp_module.iterations(16)
    log = "\n".join(feedback.infos)
    assert "threshold 5000" in log
    assert "this grouping: {} communities, {} in the band, 0 under it, 0 above it".format(expected, expected) in log
    assert "max-p: 9 communities, 6 in the band, 0 under it, 3 above it; 0 units beyond the walking reach" in log
    assert result["MAXP_COUNT"] == 9 and result["COMMUNITY_COUNT"] == expected
    regions = list(output_layer(result["OUTPUT_MAXP"], context).getFeatures())
    assert len(regions) == 9 and sorted(f["population"] for f in regions) == [8000] * 6 + [18000] * 3
    assert {f["band"] for f in regions if f["population"] == 18000} == {"above"}
    assert all(f["id"].startswith("M") for f in regions)


def test_groups_that_cannot_hold_two_regions_are_decided_without_spopt(stand_in):
    """Under the threshold: not placed; under twice the threshold or a single unit: one region (max-p's answer is
    known, and spopt 0.6 looped without end on such a group: the 4-unit case)."""
    result = maxp_regions([3000, 1000, 1000, 3000, 2000, 2000, 30000], [(i * 100.0, 0.0) for i in range(7)],
                          [0, 1, 2, 4], [1, 2, 3, 5], 4500)
    assert stand_in == []
    assert result.labels.tolist() == [0, 0, 0, 0, -1, -1, 1]
    assert (result.regions, result.unplaced_units, result.unplaced_population) == (2, 2, 4000.0)


def test_a_max_p_that_loops_is_stopped_at_the_time_limit_and_by_cancel(monkeypatch, stand_in):
    """A stand-in that loops as spopt 0.6's improvement phase did, reading the neighbours over and over: every try
    stops at its time limit, the comparison at its own, with a message; cancelling stops it at once."""
    region = sys.modules["spopt.region"]

    def loop(self):
        while True:
            self._w.neighbors[0]

    original = region.MaxPHeuristic.__init__

    def init(self, gdf, w, *args, **kwargs):
        original(self, gdf, w, *args, **kwargs)
        self._w = w

    monkeypatch.setattr(region.MaxPHeuristic, "__init__", init)
    monkeypatch.setattr(region.MaxPHeuristic, "solve", loop)
    population, xy = [3000.0] * 4, [(i * 100.0, 0.0) for i in range(4)]
    started = time.monotonic()
    with pytest.raises(MaxPUnavailableError, match="did not finish within 1.5 s"):
        maxp_regions(population, xy, [0, 1, 2], [1, 2, 3], 5000, time_limit=1.5)
    assert time.monotonic() - started < 3.0
    started = time.monotonic()
    monkeypatch.setattr(maxp_module, "attempt_limit", lambda count: 0.4)
    with pytest.raises(MaxPUnavailableError, match="0.4 s a try, 3 tries"):
        maxp_regions(population, xy, [0, 1, 2], [1, 2, 3], 5000, time_limit=60)
    assert time.monotonic() - started == pytest.approx(3 * 0.4, abs=0.5)
    calls = []
    with pytest.raises(CanceledError):
        maxp_regions(population, xy, [0, 1, 2], [1, 2, 3], 5000, is_canceled=lambda: calls.append(1) or
                     len(calls) > 50)


def test_the_random_generator_is_left_as_it_was(stand_in):
    np.random.seed(7)
    expected = np.random.random()
    np.random.seed(7)
    maxp_regions([6000.0] * 4, [(i * 100.0, 0.0) for i in range(4)], [0, 1, 2], [1, 2, 3], 5000)
    assert np.random.random() == expected


@needs_spopt
def test_real_max_p_on_the_generated_district():
    from complete_community.core.delineate.maxp import compare

    grouping, cells, expected = district_grouping()
    ours = grouping.communities(grouping.group())
    assert len(ours) == expected
    labels, regions, result = compare(grouping, time_limit=30)
    assert result.unplaced == 0 and (labels >= 0).all()
    assert all(region.population >= 5000 for region in regions)
    assert all(len(set(cells[region.members].tolist())) == 1 for region in regions)  # no barrier crossed
    assert all(grouping._contiguous(set(region.members.tolist())) for region in regions)
    # max-p maximises the count with no maximum: at least ours (12); 18,000 persons make three regions of ≥ 5,000
    assert result.communities >= len(ours)
    assert result.communities == 6 + 3 * 3
    assert result.seconds < 10


@needs_spopt
def test_real_max_p_cases_that_hung_come_back_within_seconds():
    started = time.monotonic()
    tiny = maxp_regions([3000, 1000, 1000, 3000], [(i * 100.0, 0.0) for i in range(4)], [0, 1, 2], [1, 2, 3], 4500)
    assert tiny.regions == 1 and tiny.spopt_groups == 0
    infeasible = maxp_regions([3000, 1000], [(0.0, 0.0), (100.0, 0.0)], [0], [1], 5000)
    assert infeasible.regions == 0 and infeasible.unplaced_units == 2
    looping = maxp_regions(LOOPING_POPULATION, LOOPING_XY, LOOPING_FIRST, LOOPING_SECOND, 5000)
    assert looping.spopt_groups >= 1 and looping.regions >= 1
    totals = np.bincount(looping.labels[looping.labels >= 0],
                         weights=np.array(LOOPING_POPULATION, dtype=float)[looping.labels >= 0])
    assert (totals >= 5000).all()
    assert time.monotonic() - started < 2 * attempt_limit(25) + 3.0


@needs_spopt
def test_real_max_p_on_the_loop_case_with_one_try_stops_with_a_message(monkeypatch):
    monkeypatch.setattr(maxp_module, "ATTEMPTS", 1)
    started = time.monotonic()
    with pytest.raises(MaxPUnavailableError, match="did not finish"):
        maxp_regions(LOOPING_POPULATION, LOOPING_XY, LOOPING_FIRST, LOOPING_SECOND, 5000)
    assert time.monotonic() - started < attempt_limit(25) + 1.0


@needs_spopt
def test_real_max_p_through_the_algorithm(provider):
    units, barriers, expected, _blocks = district_layers()
    result, context, feedback = run_algorithm("delineatecommunities", {
        "UNITS": units, "BARRIERS": barriers, "COMPARE_MAXP": True, "OUTPUT": "memory:", "OUTPUT_UNITS": "memory:",
        "OUTPUT_MAXP": "memory:"})
    assert result["COMMUNITY_COUNT"] == expected and result["MAXP_COUNT"] == 15
    assert "max-p: 15 communities, 15 in the band, 0 under it, 0 above it" in "\n".join(feedback.infos)
    regions = list(output_layer(result["OUTPUT_MAXP"], context).getFeatures())
    assert len(regions) == 15 and all(f["population"] >= 5000 for f in regions)
