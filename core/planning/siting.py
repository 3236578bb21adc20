"""Where to build: candidate sites (vacant lots, idle buildings) chosen per facility requirement so that they newly
cover the most residents who have no qualifying facility within the requirement's walking reach — greedy maximal
coverage with lazy marginal gains — and, per pick, the residents and the communities it newly covers.

The residents are the check's own samples (core/check/samples.py), their distances to the sites come from the check's
DistanceBackend (`pairs_within`: walking network or straight line), and who is covered already comes from the check's
engine (`CommunityCheck.covered_samples`): the suggestion and the check cannot disagree about who is covered. A
community is claimed for a pick when, with the sites picked so far, the check's item verdict for it would turn to
pass: the requirement is met (a site inside the community, or the community's covered share reaching the profile's
coverage minimum, as the requirement's access says) and every other requirement of the item passes already.
"""

import heapq
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np

from complete_community.core.check.model import FAIL, NOT_APPLICABLE, PASS, UNKNOWN, tri_state
from complete_community.core.i18n import tr
from complete_community.core.profiles.schema import WALKING_ACCESS

# the sizes a candidate site shows (its land and floor area); classes and usable area are what is built there
SITE_SIZES = (("building_area_min", "building_area"), ("land_area_min", "land_area"))
EXACT_PACKAGE = "spopt"


class SitingError(ValueError):
    """A siting question that cannot be answered as asked (translated message)."""


class ExactUnavailableError(RuntimeError):
    """The exact model cannot run here (translated message saying how to get it)."""


@dataclass(frozen=True)
class SiteTarget:
    """One facility requirement that sites are sought for."""

    item_id: str
    item_name: object  # profiles.model.Text
    requirement: object  # profiles.model.Requirement
    facility_type: str  # what a chosen site becomes: the requirement's first facility type
    reach_m: float
    minimums: Dict[str, float]  # Facility attribute → the least value a site must show
    coverage_min: float


def siting_targets(profile, item_ids: Sequence[str], walk_speed: float) -> List[SiteTarget]:
    """The walking facility requirements (one facility within reach; not advisory) of the items asked for, in the
    profile's order. SitingError for an item the profile lacks or one with no such requirement."""
    wanted = [str(i).strip().zfill(2) for i in item_ids if str(i).strip()]
    unknown = [i for i in wanted if i not in profile.items]
    if unknown:
        raise SitingError(tr("The profile {} has no item {} (it has {}).").format(
            profile.id, ", ".join(unknown), ", ".join(item.id for item in profile.ordered_items())))
    targets = []
    for item in profile.ordered_items():
        if item.id not in wanted:
            continue
        found = []
        for requirement in item.requirements:
            if not is_siting_requirement(requirement):
                continue
            reach = requirement.threshold("reach")
            minimums = {attribute: float(requirement.threshold(key).value) for key, attribute in SITE_SIZES
                        if requirement.threshold(key) is not None and not requirement.threshold(key).advisory}
            found.append(SiteTarget(item.id, item.name, requirement, requirement.facility_types[0],
                                    float(reach.value) * float(walk_speed), minimums,
                                    float(profile.coverage_for(requirement).value)))
        if not found:
            raise SitingError(tr("Item {} ({}) asks for no single facility within walking reach: there is no site "
                                 "to suggest for it.").format(item.id, item.name.zh_CN))
        targets.extend(found)
    return targets


def is_siting_requirement(requirement) -> bool:
    """Whether sites can be suggested for a requirement: one facility of its types within a walking reach, not
    advisory."""
    count_min = requirement.threshold("count_min")
    return (requirement.kind == "facility" and requirement.access in WALKING_ACCESS and not requirement.advisory
            and requirement.threshold("reach") is not None and count_min is not None and int(count_min.value) == 1
            and requirement.threshold("distinct_types_min") is None and bool(requirement.facility_types))


def site_fits(site, target: SiteTarget) -> Optional[bool]:
    """Whether a candidate site (a check Facility: building_area, land_area) is large enough for the target: True,
    False, or None when a size the target needs is not known (such a site is never suggested)."""
    fits = True
    for attribute, least in target.minimums.items():
        value = getattr(site, attribute)
        if value is None:
            return None
        fits = fits and value >= least
    return fits


def cover_lists(rows, positions, distances, reach_m, candidate_count, sample_count):
    """(indptr, samples) in CSR form: the resident samples (rows below sample_count) within reach_m of each
    candidate, from DistanceBackend.pairs_within's arrays."""
    rows, positions, distances = (np.asarray(a) for a in (rows, positions, distances))
    keep = (rows < sample_count) & (distances <= reach_m)
    rows, positions = rows[keep], positions[keep]
    order = np.lexsort((rows, positions))
    counts = np.bincount(positions, minlength=candidate_count)
    return np.concatenate([[0], np.cumsum(counts)]).astype(np.int64), rows[order].astype(np.int64)


@dataclass
class Pick:
    candidate: int
    gain: float  # residents newly covered (the weights' unit)
    samples: np.ndarray  # the samples it newly covers
    cost: Optional[float] = None


def greedy_max_coverage(indptr, samples, weights, covered, max_picks, costs=None, budget=None,
                        allowed=None) -> List[Pick]:
    """Greedy maximal coverage with lazy evaluation: the candidate newly covering the most weight is picked, the
    gains of the others recomputed only when they come up again (a gain never grows as coverage grows, so a stale
    gain is an upper bound); with a budget, the gain per cost of the affordable candidates decides instead. Stops
    after max_picks, when nothing more fits the budget, or when no candidate covers anyone new. Ties: the first
    candidate. allowed: bool per candidate (default all); costs: per candidate (NaN: unknown, never picked with a
    budget)."""
    covered = np.array(covered, dtype=bool, copy=True)
    weights = np.asarray(weights, dtype=float)
    count = len(indptr) - 1
    allowed = np.ones(count, dtype=bool) if allowed is None else np.asarray(allowed, dtype=bool)
    costs = None if costs is None else np.asarray(costs, dtype=float)
    spent = 0.0

    def gain(candidate):
        reach = samples[indptr[candidate]:indptr[candidate + 1]]
        return float(weights[reach[~covered[reach]]].sum())

    def score(candidate, value):
        if budget is None:
            return value
        return value / costs[candidate] if costs[candidate] > 0 else (np.inf if value > 0 else 0.0)

    heap = []
    for candidate in np.nonzero(allowed)[0]:
        if budget is not None and not (np.isfinite(costs[candidate]) and costs[candidate] <= budget):
            continue
        value = gain(candidate)
        if value > 0:
            heap.append((-score(candidate, value), int(candidate)))
    heapq.heapify(heap)
    picks = []
    while heap and len(picks) < max_picks:
        _stale, candidate = heapq.heappop(heap)
        if budget is not None and spent + costs[candidate] > budget:
            continue  # no longer affordable
        value = gain(candidate)
        if value <= 0:
            continue
        fresh = score(candidate, value)
        if heap and fresh < -heap[0][0] or (heap and fresh == -heap[0][0] and heap[0][1] < candidate):
            heapq.heappush(heap, (-fresh, candidate))  # another may now be better: look again
            continue
        reach = samples[indptr[candidate]:indptr[candidate + 1]]
        new = reach[~covered[reach]]
        covered[new] = True
        cost = None if costs is None or not np.isfinite(costs[candidate]) else float(costs[candidate])
        spent += cost or 0.0
        picks.append(Pick(candidate, value, new, cost))
    return picks


def exact_max_coverage(indptr, samples, weights, covered, picks, allowed=None):
    """The exact maximal-covering choice of `picks` candidates (PySAL spopt's MCLP, solved by PuLP's CBC) over the
    residents not covered yet: (chosen candidates, weight they newly cover). ExactUnavailableError without spopt."""
    try:
        import pulp
        from spopt.locate import MCLP
    except ImportError:
        raise ExactUnavailableError(tr(
            "The exact model needs PySAL spopt, which is not installed: install it into the Python QGIS uses "
            "(OSGeo4W shell or a terminal: python -m pip install spopt), then run again. The greedy choice "
            "below stands without it.")) from None
    covered = np.asarray(covered, dtype=bool)
    count = len(indptr) - 1
    allowed = np.ones(count, dtype=bool) if allowed is None else np.asarray(allowed, dtype=bool)
    columns = np.nonzero(allowed)[0]
    demand = np.unique(np.concatenate([samples[indptr[c]:indptr[c + 1]] for c in columns]) if len(columns)
                       else np.zeros(0, dtype=np.int64))
    demand = demand[~covered[demand] & (np.asarray(weights)[demand] > 0)]
    if len(demand) == 0 or len(columns) == 0 or picks <= 0:
        return [], 0.0
    where = {int(s): i for i, s in enumerate(demand)}
    reach = np.full((len(demand), len(columns)), 2.0)
    for j, candidate in enumerate(columns):
        for sample in samples[indptr[candidate]:indptr[candidate + 1]]:
            i = where.get(int(sample))
            if i is not None:
                reach[i, j] = 0.0
    try:
        model = MCLP.from_cost_matrix(reach, np.asarray(weights, dtype=float)[demand], service_radius=1.0,
                                      p_facilities=int(min(picks, len(columns))))
        model.solve(pulp.PULP_CBC_CMD(msg=False))
        chosen = [int(columns[j]) for j, variable in enumerate(model.fac_vars) if (variable.value() or 0) > 0.5]
    except Exception as error:  # an spopt whose interface differs from the one this was written for
        raise ExactUnavailableError(tr("The exact model (spopt) could not be run: {}. The greedy choice stands.")
                                    .format(error)) from None
    reached = np.zeros(len(covered), dtype=bool)
    for candidate in chosen:
        reached[samples[indptr[candidate]:indptr[candidate + 1]]] = True
    reached &= ~covered
    return chosen, float(np.asarray(weights, dtype=float)[reached].sum())


def resident_weights(samples, communities):
    """Persons per resident sample: the residents layer's populations where it gave them, else each community's
    population spread evenly over its grid samples; NaN where the community has no population (never guessed)."""
    persons = np.asarray(samples.weights, dtype=float).copy()
    counts = np.bincount(samples.community, minlength=len(communities))
    for index, community in enumerate(communities):
        if samples.from_residents[index]:
            continue
        rows = samples.community == index
        if community.population is None:
            persons[rows] = np.nan
        else:
            persons[rows] = float(community.population) / max(counts[index], 1)
    return persons


def item_status_after(item_result, requirement_id, met):
    """The item verdict of a check ItemResult once the requirement `requirement_id` is met (met=True), each
    new/existing reading of a community of unknown status on its own and then combined as the check does."""
    readings = {}
    for result in item_result.requirements:
        if result.requirement_id == "new_or_existing":
            continue
        reading, _colon, own = result.requirement_id.rpartition(":")
        status = result.status
        if met and own.split("/")[0] == requirement_id and status != NOT_APPLICABLE:
            status = PASS
        readings.setdefault(reading, []).append((result.advisory, status))
    verdicts = []
    for results in readings.values():
        required = {status for advisory, status in results if not advisory and status != NOT_APPLICABLE}
        verdicts.append(NOT_APPLICABLE if not required else tri_state(required == {PASS}, FAIL not in required))
    if not verdicts:
        return item_result.status
    return verdicts[0] if len(set(verdicts)) == 1 else UNKNOWN


@dataclass
class Suggestion:
    """One suggested site for a target: its rank, the residents and communities it newly covers."""

    target: SiteTarget
    rank: int
    candidate: int
    residents: float  # persons newly covered (NaN parts left out)
    samples: int
    communities_reached: List[str] = field(default_factory=list)  # with residents newly covered
    communities_met: List[str] = field(default_factory=list)  # whose item turns to pass with this site
    cost: Optional[float] = None


def claims(target, picks, item_results, communities, samples, covered, site_community):
    """Per pick, in order, the ids of the communities whose item verdict turns to pass once the sites picked so far
    are built (each community claimed by the first pick that turns it). item_results: the check's ItemResult for
    the target's item per community; covered: the samples covered before; site_community: per candidate, the index
    of the community it lies in (-1: none)."""
    covered = np.array(covered, dtype=bool, copy=True)
    weights = np.asarray(samples.weights, dtype=float)
    total = np.bincount(samples.community, weights=weights, minlength=len(communities))
    access = target.requirement.access
    inside = np.zeros(len(communities), dtype=bool)
    claimed = set()
    answer = []
    for pick in picks:
        covered[pick.samples] = True
        if site_community[pick.candidate] >= 0:
            inside[site_community[pick.candidate]] = True
        share = np.bincount(samples.community, weights=weights * covered, minlength=len(communities))
        share = np.divide(share, total, out=np.zeros_like(share), where=total > 0)
        met = ((share >= target.coverage_min) & (access != "inside")) | (inside & (access != "reach"))
        turned = []
        for index, community in enumerate(communities):
            if community.id in claimed or not met[index]:
                continue
            before = item_results[index]
            if before.status != PASS and item_status_after(before, target.requirement.id, True) == PASS:
                turned.append(community.id)
                claimed.add(community.id)
        answer.append(turned)
    return answer
