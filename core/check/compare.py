"""Two checks of the same communities compared (e.g. 2024 and 2025, for the yearly progress report): the
complete-community coverage rate by count and by population then and now, the items each community newly passed or
failed, the communities that became complete or stopped being so, and the communities new or removed — matched by
their id."""

from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from complete_community.core.check.model import FAIL, PASS
from complete_community.core.i18n import tr

# what happened to a community between the two checks (the comparison layer's `change`), most telling first
NEW_COMMUNITY = "new"
REMOVED = "removed"
BECAME_COMPLETE = "became_complete"
NO_LONGER_COMPLETE = "no_longer_complete"
IMPROVED = "improved"  # items newly passed, none newly failed
WORSENED = "worsened"  # items newly failed, none newly passed
MIXED = "mixed"
UNCHANGED = "unchanged"
CHANGES = (BECAME_COMPLETE, IMPROVED, MIXED, UNCHANGED, WORSENED, NO_LONGER_COMPLETE, NEW_COMMUNITY, REMOVED)

# the rows of the summary table (its `measure`), in order
MEASURES = ("communities", "complete", "coverage_count", "population", "population_complete", "coverage_population",
            "population_unknown", "became_complete", "no_longer_complete", "new", "removed", "items_newly_passed",
            "items_newly_failed")


class CompareError(ValueError):
    """Two check results that cannot be compared (translated message)."""


@dataclass(frozen=True)
class CheckedCommunity:
    """One community of a check's results, as the comparison reads it."""

    id: str
    name: Optional[str]
    population: Optional[float]
    complete: bool
    statuses: Dict[str, Optional[str]]  # item id → pass | fail | unknown | not_applicable (None: not written)

    def count(self, status) -> int:
        return sum(1 for value in self.statuses.values() if value == status)


@dataclass(frozen=True)
class Coverage:
    """The complete-community coverage of one check: by count, and by population over the communities whose
    population is known (the others are counted in `population_unknown`, never guessed)."""

    communities: int
    complete: int
    population: float
    population_complete: float
    population_unknown: int

    @property
    def by_count(self) -> Optional[float]:
        return self.complete / self.communities if self.communities else None

    @property
    def by_population(self) -> Optional[float]:
        return self.population_complete / self.population if self.population > 0 else None


@dataclass
class CommunityChange:
    id: str
    name: Optional[str]
    change: str
    before: Optional[CheckedCommunity]
    after: Optional[CheckedCommunity]
    newly_passed: Tuple[str, ...] = ()
    newly_failed: Tuple[str, ...] = ()


@dataclass
class Comparison:
    changes: List[CommunityChange]
    before: Coverage
    after: Coverage
    items: Tuple[str, ...]  # the items compared: those both checks wrote
    items_only_before: Tuple[str, ...] = ()
    items_only_after: Tuple[str, ...] = ()
    counts: Dict[str, int] = field(default_factory=dict)

    def summary_rows(self):
        """(measure, before, after, change) per MEASURES; coverage rates in percent to one decimal, None when they
        cannot be computed; the events (became complete, new …) have only a change."""
        def percent(share):
            return None if share is None else round(100.0 * share, 1)

        def difference(a, b):
            return None if a is None or b is None else round(b - a, 1)

        b, a = self.before, self.after
        pairs = {
            "communities": (b.communities, a.communities), "complete": (b.complete, a.complete),
            "coverage_count": (percent(b.by_count), percent(a.by_count)),
            "population": (b.population, a.population),
            "population_complete": (b.population_complete, a.population_complete),
            "coverage_population": (percent(b.by_population), percent(a.by_population)),
            "population_unknown": (b.population_unknown, a.population_unknown),
        }
        for measure in MEASURES:
            if measure in pairs:
                before, after = pairs[measure]
                yield measure, before, after, difference(before, after)
            else:
                yield measure, None, None, self.counts.get(measure, 0)


def duplicate_ids(communities: Iterable[CheckedCommunity]) -> List[str]:
    counts = Counter(c.id for c in communities)
    return sorted(community_id for community_id, n in counts.items() if n > 1)


def coverage(communities: Sequence[CheckedCommunity]) -> Coverage:
    known = [c for c in communities if c.population is not None]
    return Coverage(
        communities=len(communities), complete=sum(1 for c in communities if c.complete),
        population=float(sum(c.population for c in known)),
        population_complete=float(sum(c.population for c in known if c.complete)),
        population_unknown=len(communities) - len(known))


def _listed(values, at_most=10):
    return ", ".join(values[:at_most]) + (" …" if len(values) > at_most else "")


def _item_order(communities):
    order = []
    for community in communities:
        for item_id in community.statuses:
            if item_id not in order:
                order.append(item_id)
    return order


def compare_checks(before: Sequence[CheckedCommunity], after: Sequence[CheckedCommunity]) -> Comparison:
    """The comparison of two checks. Communities are matched by id (each id once per check: CompareError
    otherwise); items by id, only those both checks wrote being compared."""
    for label, communities in ((tr("the earlier check"), before), (tr("the later check"), after)):
        repeated = duplicate_ids(communities)
        if repeated:
            raise CompareError(tr("Community ids repeat in {}: {}. Communities are matched by id: give each "
                                  "community its own id and check again.").format(label, ", ".join(repeated[:10])))
    items_before, items_after = _item_order(before), _item_order(after)
    items = tuple(i for i in items_after if i in items_before)
    if items_before and items_after and not items:
        raise CompareError(tr("The two checks have no item in common (earlier: {}; later: {}): they checked against "
                              "different standards. Check both years with the same profile.").format(
            _listed(items_before), _listed(items_after)))
    earlier = {c.id: c for c in before}
    later_ids = {c.id for c in after}
    changes = []
    for community in after:
        previous = earlier.get(community.id)
        if previous is None:
            changes.append(CommunityChange(community.id, community.name, NEW_COMMUNITY, None, community))
            continue
        passed = tuple(i for i in items if community.statuses.get(i) == PASS and previous.statuses.get(i) != PASS)
        failed = tuple(i for i in items if community.statuses.get(i) == FAIL and previous.statuses.get(i) != FAIL)
        if community.complete and not previous.complete:
            change = BECAME_COMPLETE
        elif previous.complete and not community.complete:
            change = NO_LONGER_COMPLETE
        elif passed and failed:
            change = MIXED
        elif passed:
            change = IMPROVED
        elif failed:
            change = WORSENED
        else:
            change = UNCHANGED
        changes.append(CommunityChange(community.id, community.name or previous.name, change, previous, community,
                                       passed, failed))
    for community in before:
        if community.id not in later_ids:
            changes.append(CommunityChange(community.id, community.name, REMOVED, community, None))
    kinds = Counter(c.change for c in changes)
    counts = {"became_complete": kinds[BECAME_COMPLETE], "no_longer_complete": kinds[NO_LONGER_COMPLETE],
              "new": kinds[NEW_COMMUNITY], "removed": kinds[REMOVED],
              "items_newly_passed": sum(len(c.newly_passed) for c in changes),
              "items_newly_failed": sum(len(c.newly_failed) for c in changes)}
    return Comparison(changes, coverage(before), coverage(after), items,
                      tuple(i for i in items_before if i not in items_after),
                      tuple(i for i in items_after if i not in items_before), counts)
