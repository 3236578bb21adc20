"""PySAL spopt's max-p regionalisation as a comparison for the grouping (optional: spopt is imported lazily).

Max-p draws the largest number of contiguous regions whose population reaches a threshold (here the band's minimum);
it knows no maximum and no walking reach. It runs on our units and our adjacency — barriers, upper boundaries and
walks included, handed over as a libpysal W built from our neighbour lists (spopt never computes contiguity itself,
and its policy "keep" never joins separate groups) — with the units' standing points as the attributes whose
within-region differences it minimises (compact regions).

What is decided here rather than by spopt, per group of units linked to each other (regions never span groups):
- a group under the threshold cannot hold a region: its units are not placed (spopt refuses or, for an isolated
  unit, fails on them);
- a group under twice the threshold, or of one unit, holds exactly one region, the whole group: max-p's answer is
  known, and spopt 0.6's improvement phase loops without end on a region that can give up a unit but has no
  neighbouring region to give it to (`_perform_sa`: `potential_areas` refilled with the same units forever) —
  the 4-unit case that hung for more than ten minutes;
- the other groups go to spopt one at a time, with its construction and improvement iterations set from the group's
  size, its random generator seeded (the same answer on every run, the caller's generator state restored) and every
  neighbour look-up it makes checking cancellation and the time limit. A try still looping (a group of 2× the
  threshold or more can reach the same state) is stopped at `attempt_limit` (2 s + 20 ms a unit) and the group tried
  again with the next seed, up to ATTEMPTS tries; the whole comparison stops at TIME_LIMIT (counted once spopt is
  imported). Stopped, it says so and the grouping stands: never a hang.
"""

import time
from dataclasses import dataclass

import numpy as np

from complete_community.core.cancellation import CanceledError, raise_if_canceled
from complete_community.core.i18n import tr

TIME_LIMIT = 60.0  # seconds for the whole comparison
ATTEMPTS = 3  # seeds tried on a group before the comparison gives up
MAX_GROUP_UNITS = 2500  # spopt keeps an n × n distance matrix per group (2,500 units: 50 MB)
SEED = 20201  # spopt draws from numpy's global generator


class MaxPUnavailableError(RuntimeError):
    """The comparison cannot run here or did not finish (translated message; the grouping stands)."""


@dataclass
class MaxPResult:
    labels: np.ndarray  # per unit its region (0…), -1 not placed
    regions: int
    unplaced_units: int  # units in groups under the threshold
    unplaced_population: float
    spopt_groups: int  # groups solved by spopt (the others hold one region or none)
    seconds: float


class _AttemptTimeoutError(Exception):
    """An attempt ran past its time limit."""


class _Watch:
    """Cancellation and the time limit of one attempt, checked at every look-up spopt makes (a clock read and the
    feedback's flag: far cheaper than the step around it)."""

    def __init__(self, deadline, is_canceled):
        self.deadline, self.is_canceled = deadline, is_canceled

    def tick(self):
        if self.is_canceled is not None:
            raise_if_canceled(self.is_canceled)
        if time.monotonic() > self.deadline:
            raise _AttemptTimeoutError()


class _WatchedNeighbours(dict):
    """w.neighbors for spopt: every look-up (each step of its construction, enclave assignment and improvement
    loops reads one) lets the watch stop it."""

    def __init__(self, neighbours, watch):
        super().__init__(neighbours)
        self.watch = watch

    def __getitem__(self, key):
        self.watch.tick()
        return super().__getitem__(key)


def iterations(count):
    """(construction, improvement) iterations for a group of count units. spopt improves every construction that
    reached the most regions, improvement-iterations times each, so the two multiply: its defaults (99 and 10) took
    about 6 s on a group of 16 units. Here from 50 × 2 on small groups down to 5 × 1 on large ones."""
    construction = int(min(50, max(5, 400 // max(count, 1))))
    improvement = 2 if count <= 100 else 1
    return construction, improvement


def maxp_regions(population, xy, first, second, threshold, time_limit=TIME_LIMIT, is_canceled=None):
    """Max-p regions of the units (population: per unit; xy: standing points; first/second: the neighbour pairs)
    with the threshold on population. MaxPUnavailableError when spopt is missing, fails, or takes longer than
    time_limit seconds; CanceledError when is_canceled says so."""
    try:
        from libpysal.weights import W
        from spopt.region import MaxPHeuristic
    except ImportError:
        raise MaxPUnavailableError(tr(
            "The max-p comparison needs PySAL spopt, which is not installed: install it into the Python QGIS uses "
            "(OSGeo4W shell or a terminal: python -m pip install spopt), then run again. The grouping below "
            "stands without it.")) from None
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    start = time.monotonic()
    population = np.asarray(population, dtype=float)
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    count = len(population)
    first, second = np.asarray(first, dtype=np.int64), np.asarray(second, dtype=np.int64)
    graph = coo_matrix((np.ones(2 * len(first)), (np.concatenate([first, second]), np.concatenate([second, first]))),
                       shape=(count, count)).tocsr()
    groups, component = connected_components(graph, directed=False)
    totals = np.bincount(component, weights=population, minlength=groups)
    sizes = np.bincount(component, minlength=groups)
    if (sizes[totals >= 2 * threshold] > MAX_GROUP_UNITS).any():
        raise MaxPUnavailableError(tr(
            "The max-p comparison was skipped: a group of {} linked units is more than the {} that spopt's max-p "
            "can take here (it keeps a distance matrix of every pair). The grouping stands.").format(
                int(sizes[totals >= 2 * threshold].max()), MAX_GROUP_UNITS))
    labels = np.full(count, -1, dtype=np.int64)
    regions = solved = 0
    state = np.random.get_state()
    try:
        for group in range(groups):
            if is_canceled is not None:
                raise_if_canceled(is_canceled)
            members = np.nonzero(component == group)[0]
            if totals[group] < threshold:
                continue
            if totals[group] < 2 * threshold or len(members) == 1:
                labels[members] = regions
                regions += 1
                continue
            found = _attempts(MaxPHeuristic, W, population[members], xy[members], graph[members][:, members],
                              threshold, start + time_limit, time_limit, is_canceled)
            labels[members] = found + regions
            regions += int(found.max()) + 1
            solved += 1
    except (MaxPUnavailableError, CanceledError):
        raise
    except Exception as error:  # noqa: BLE001 — an spopt whose interface or behaviour differs from 0.6's
        raise MaxPUnavailableError(tr("The max-p comparison (spopt) could not be run: {}. The grouping stands.")
                                   .format(error)) from None
    finally:
        np.random.set_state(state)
    unplaced = labels < 0
    return MaxPResult(labels, regions, int(unplaced.sum()), float(population[unplaced].sum()), solved,
                      time.monotonic() - start)


def attempt_limit(count):
    """Seconds one attempt on a group of count units may take: 2 s and 20 ms a unit (groups of a few dozen units
    take well under a second; one that loops would otherwise run forever)."""
    return 2.0 + 0.02 * count


def _attempts(heuristic, weights, population, xy, graph, threshold, deadline, time_limit, is_canceled):
    """spopt's max-p on one group, tried with up to ATTEMPTS seeds, each within attempt_limit and the deadline of
    the whole comparison."""
    count = len(population)
    for attempt in range(ATTEMPTS):
        limit = min(time.monotonic() + attempt_limit(count), deadline)
        np.random.seed(SEED + attempt)
        try:
            return _solve(heuristic, weights, population, xy, graph, threshold, _Watch(limit, is_canceled))
        except _AttemptTimeoutError:
            if limit >= deadline:
                raise MaxPUnavailableError(tr(
                    "The max-p comparison (spopt) did not finish within {:g} s and was stopped. The grouping "
                    "stands.").format(time_limit)) from None
    raise MaxPUnavailableError(tr(
        "The max-p comparison (spopt) was stopped: on a group of {} linked units it did not finish within the "
        "time allowed ({:g} s a try, {} tries; spopt's improvement phase can loop without end). The grouping "
        "stands.").format(count, round(attempt_limit(count), 1), ATTEMPTS))


def _solve(heuristic, weights, population, xy, graph, threshold, watch):
    """spopt's max-p on one group (a connected graph): per unit its region 0…"""
    import pandas as pd

    count = len(population)
    neighbours = {i: graph.indices[graph.indptr[i]:graph.indptr[i + 1]].tolist() for i in range(count)}
    w = weights(neighbours, silence_warnings=True)
    w.neighbors = _WatchedNeighbours(w.neighbors, watch)
    centre = xy.mean(axis=0)
    frame = pd.DataFrame({"x": xy[:, 0] - centre[0], "y": xy[:, 1] - centre[1], "population": population})
    construction, improvement = iterations(count)
    model = heuristic(frame, w, ["x", "y"], "population", float(threshold), top_n=2,
                      max_iterations_construction=construction, max_iterations_sa=improvement, policy="keep")
    model.solve()
    found = np.asarray(model.labels_, dtype=np.int64).reshape(-1)
    if len(found) != count:
        raise ValueError("{} labels for {} units".format(len(found), count))
    _unique, dense = np.unique(found, return_inverse=True)
    return dense.astype(np.int64)


@dataclass
class Summary:
    """What the log compares: communities (regions), how many in the band, under and above it, the units beyond
    the walking reach of their centre, the longest walk to a centre (nan when none is known), the units not placed
    and the run time."""

    communities: int
    within: int
    under: int
    above: int
    beyond_reach: int
    longest_walk: float
    unplaced: int
    seconds: float


def summary(communities, seconds, unplaced=0):
    """The Summary of grouping.py's communities."""
    walks = [c.max_walk for c in communities if np.isfinite(c.max_walk)]
    return Summary(len(communities), sum(c.status == 0 for c in communities),
                   sum(c.status < 0 for c in communities), sum(c.status > 0 for c in communities),
                   sum(c.beyond_reach for c in communities), max(walks) if walks else float("nan"), unplaced,
                   seconds)


def compare(grouping, time_limit=TIME_LIMIT, is_canceled=None):
    """Max-p on the grouping's units and adjacency with the band's minimum as the threshold: (its labels, its
    regions as grouping.py's communities — measured as ours are, centre and walks included — and their Summary).
    Raises as maxp_regions does."""
    from scipy.sparse import triu

    pairs = triu(grouping.graph, k=1).tocoo()
    result = maxp_regions(grouping.population, grouping.xy, pairs.row, pairs.col, grouping.band.minimum,
                          time_limit, is_canceled)
    labels = result.labels.copy()
    regions = grouping.communities(labels)
    return labels, regions, summary(regions, result.seconds, result.unplaced_units)
