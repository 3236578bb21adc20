"""The project list (项目库) of a 补短板行动计划: one project per community and failed item, with the measure
recommended, the residents affected, a priority score and a year.

Measures:
- build_at_site: a suggested site (completecommunity:suggestsites) turns the community's item to pass;
- site_partial: a suggested site newly covers some of the community's residents, but not enough to turn the item;
- no_candidate: sites were sought for the item, and none is within walking reach of the community's residents who
  lack the facility: new candidates (补建、购置、置换、租赁) are needed;
- site_to_find: a facility item no sites were sought for (run suggestsites for it);
- fix_survey: a surveyed item (水电路气热信, property services, governance …) to fix on the spot (改造、完善);
- improve: any other gap (facilities inside the community, ratios: parcel lockers, parking …).

Priority score = the item's weight (the profile's `priority`) × (1 + residents affected ÷ the profile's population
maximum). Residents affected are the community's population; a community without one counts none (the project says
so: residents unknown), never a guess. Projects are ranked by score (then community and item), and the year is the
start year plus the rank divided by the projects per year.
"""

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

from complete_community.core.check.model import FAIL
from complete_community.core.planning.siting import is_siting_requirement

BUILD_AT_SITE = "build_at_site"
SITE_PARTIAL = "site_partial"
NO_CANDIDATE = "no_candidate"
SITE_TO_FIND = "site_to_find"
FIX_SURVEY = "fix_survey"
IMPROVE = "improve"
MEASURES = (BUILD_AT_SITE, SITE_PARTIAL, NO_CANDIDATE, SITE_TO_FIND, FIX_SURVEY, IMPROVE)
DEFAULT_WEIGHT = 1.0  # an item the profile gives no priority


@dataclass(frozen=True)
class CheckedGap:
    """A community of the check's results, as the plan reads it."""

    id: str
    name: Optional[str]
    population: Optional[float]
    statuses: Dict[str, Optional[str]]  # item id → the check's verdict


@dataclass(frozen=True)
class SuggestedSite:
    """A row of suggestsites' output."""

    item_id: str
    site_id: str
    site_name: Optional[str]
    rank: int
    communities_met: tuple
    communities_reached: tuple


@dataclass
class Project:
    community_id: str
    community_name: Optional[str]
    item_id: str
    measure: str
    weight: float
    residents: Optional[float]
    priority: float
    site_id: Optional[str] = None
    site_name: Optional[str] = None
    rank: int = 0
    year: int = 0


def item_kind(item) -> str:
    """siting (a facility sites can be sought for), surveyed (surveyed requirements only) or other."""
    if any(is_siting_requirement(r) for r in item.requirements):
        return "siting"
    kinds = {r.kind for main in item.requirements for r in (main,) + tuple(main.alternatives)}
    return "surveyed" if kinds == {"surveyed"} else "other"


def priority_score(weight, residents, population_max) -> float:
    return round(float(weight) * (1.0 + (residents or 0.0) / float(population_max)), 4)


def _measure(community_id, item, sites):
    """(measure, site) of a failed facility item, from the sites suggested for it (in rank order)."""
    own = sorted((s for s in sites if s.item_id == item.id), key=lambda s: s.rank)
    if not own:
        return SITE_TO_FIND, None
    turning = next((s for s in own if community_id in s.communities_met), None)
    if turning is not None:
        return BUILD_AT_SITE, turning
    helping = next((s for s in own if community_id in s.communities_reached), None)
    if helping is not None:
        return SITE_PARTIAL, helping
    return NO_CANDIDATE, None


def action_plan(profile, communities: Sequence[CheckedGap], sites: Sequence[SuggestedSite], start_year: int,
                per_year: int) -> List[Project]:
    """The projects of every failed item of every community, ranked by priority, each with its year."""
    population_max = float(profile.population_max.value)
    projects = []
    for community in communities:
        for item in profile.ordered_items():
            if community.statuses.get(item.id) != FAIL:
                continue
            kind = item_kind(item)
            site = None
            if kind == "siting":
                measure, site = _measure(community.id, item, sites)
            else:
                measure = FIX_SURVEY if kind == "surveyed" else IMPROVE
            weight = float(item.priority.value) if item.priority is not None else DEFAULT_WEIGHT
            projects.append(Project(
                community.id, community.name, item.id, measure, weight, community.population,
                priority_score(weight, community.population, population_max),
                site.site_id if site else None, site.site_name if site else None))
    order = {item.id: index for index, item in enumerate(profile.ordered_items())}
    projects.sort(key=lambda p: (-p.priority, p.community_id, order[p.item_id]))
    for rank, project in enumerate(projects, 1):
        project.rank = rank
        project.year = int(start_year) + (rank - 1) // max(int(per_year), 1)
    return projects


@dataclass
class CommunityPlan:
    """A community's projects at a glance (the plan's map): how many, when, the most urgent."""

    community_id: str
    community_name: Optional[str]
    projects: int
    first_year: int
    last_year: int
    top_priority: float
    top_measure: str
    items: str  # the items of its projects, most urgent first
    residents: Optional[float]


def community_plans(projects: Sequence[Project]) -> List[CommunityPlan]:
    """One summary per community with projects, in the order of its most urgent project."""
    grouped = {}
    for project in sorted(projects, key=lambda p: p.rank):
        grouped.setdefault(project.community_id, []).append(project)
    return [CommunityPlan(first.community_id, first.community_name, len(own), min(p.year for p in own),
                          max(p.year for p in own), first.priority, first.measure,
                          ",".join(p.item_id for p in own), first.residents)
            for own in grouped.values() for first in own[:1]]
