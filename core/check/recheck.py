"""Surveyed answers and re-checking one community: what the inspector needs to let a user correct a surveyed answer
(utilities, barrier-free, property platform, governance …) and see the community's verdicts change at once,
without running the whole check again.

- `survey_questions(profile, field_names)`: the profile's surveyed requirements (alternatives included), each with
  the community field it reads in this layer (None when the layer has none of its names);
- `current_answer` / `value_for_answer`: a field value read as yes / no / unknown, and the value written for one;
- `items_reading(profile, field)`: the items whose verdict depends on a community field;
- `recheck_community(...)`: the one community through the same engine (CommunityCheck) with the facilities already
  read; the items not asked for keep the statuses the result row has.

Pure domain: no layers, no widgets."""

from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from complete_community.core.check.engine import CommunityCheck
from complete_community.core.check.model import STRICT, Community, CommunityResult, ItemResult
from complete_community.core.check.reasons import requirement_label
from complete_community.core.values import answer, find_field

YES, NO, UNKNOWN_ANSWER = "yes", "no", "unknown"
ANSWERS = (YES, NO, UNKNOWN_ANSWER)


@dataclass(frozen=True)
class SurveyQuestion:
    item_id: str
    requirement_id: str  # "main" or, for a surveyed alternative, "main/alternative" (the id results give it)
    label: Tuple[str, str]  # (zh, en): the requirement's short name
    field: Optional[str]  # the community field it reads in this layer; None when the layer has none of `fields`
    fields: Tuple[str, ...]  # the names the profile looks for, in order
    yes_values: Tuple[str, ...]
    no_values: Tuple[str, ...]


def survey_questions(profile, field_names: Iterable[str]) -> List[SurveyQuestion]:
    """Every surveyed requirement of the profile (and surveyed alternative), in the profile's order."""
    names = list(field_names)
    questions = []
    for item in profile.ordered_items():
        for requirement in item.requirements:
            for surveyed, requirement_id in [(requirement, requirement.id)] + [
                    (alternative, "{}/{}".format(requirement.id, alternative.id))
                    for alternative in requirement.alternatives]:
                if surveyed.kind != "surveyed":
                    continue
                questions.append(SurveyQuestion(
                    item_id=item.id, requirement_id=requirement_id, label=requirement_label(surveyed),
                    field=find_field(names, surveyed.fields), fields=tuple(surveyed.fields),
                    yes_values=tuple(surveyed.yes_values or profile.yes_values),
                    no_values=tuple(surveyed.no_values or profile.no_values)))
    return questions


def current_answer(question: SurveyQuestion, value) -> str:
    """yes / no / unknown (missing or not a recognised value) as the check reads the value."""
    verdict = answer(value, question.yes_values, question.no_values)
    return YES if verdict is True else (NO if verdict is False else UNKNOWN_ANSWER)


def value_for_answer(question: SurveyQuestion, chosen: str, numeric: bool = False):
    """The value to write for an answer: the profile's first yes / no word (1 / 0 in a numeric field), None (empty)
    for unknown."""
    if chosen == UNKNOWN_ANSWER:
        return None
    if numeric:
        return 1 if chosen == YES else 0
    values = question.yes_values if chosen == YES else question.no_values
    return values[0] if values else chosen


def _fields_read(requirement) -> Tuple[str, ...]:
    names = tuple(requirement.fields)
    for term in (requirement.numerator, requirement.denominator):
        if term is not None and getattr(term, "fields", None):
            names += tuple(term.fields)
    for alternative in requirement.alternatives:
        names += _fields_read(alternative)
    return names


def items_reading(profile, field: str) -> List[str]:
    """The ids of the items one of whose requirements (or alternatives) reads the community field."""
    wanted = field.lower()
    return [item.id for item in profile.ordered_items()
            if any(wanted in (name.lower() for name in _fields_read(r)) for r in item.requirements)]


class KeptItem(ItemResult):
    """An item not re-checked: its status (and whether it passed unverified) as the result row has them."""

    def __init__(self, community_id, item_id, status, unverified=False):
        super().__init__(community_id=community_id, item_id=item_id, status=status, decisive=None, requirements=[])
        self._unverified = unverified

    @property
    def unverified(self) -> bool:
        return self._unverified


def recheck_community(profile, community: Community, facilities: Sequence, samples, distances,
                      item_ids: Optional[Iterable[str]] = None, previous: Optional[Dict[str, str]] = None,
                      previous_unverified: Iterable[str] = (), walk_speed=None, absent_types_fail=False,
                      attribute_policy=STRICT, shared_cache: Optional[dict] = None) -> CommunityResult:
    """The community checked again by CommunityCheck — with its attributes as they are now (new survey answers) and
    the facilities the run read — for the items item_ids (all when None); the other items keep their status from
    previous ({item id: status}, the result row's item fields) and previous_unverified. samples: the community's
    SampleSet (one community), distances: a DistanceBackend on samples.query_points(). shared_cache: a dict kept
    between calls with the same profile and facilities (which facilities qualify for a requirement is worked out
    once)."""
    engine = CommunityCheck(profile, [community], facilities, samples, distances, walk_speed=walk_speed,
                            absent_types_fail=absent_types_fail, attribute_policy=attribute_policy)
    if shared_cache is not None:
        engine._qualification_cache = shared_cache
    wanted = None if item_ids is None else set(item_ids)
    previous = previous or {}
    unverified = set(previous_unverified)
    items = []
    for item in profile.ordered_items():
        if wanted is None or item.id in wanted or item.id not in previous:
            items.append(engine._item(0, community, item))
        else:
            items.append(KeptItem(community.id, item.id, previous[item.id], item.id in unverified))
    return CommunityResult(community=community, band=engine.band(community), items=items,
                           method=distances.method)


class LazyDistances:
    """A DistanceBackend built only when a distance is asked for: re-checking a surveyed item needs none, and
    preparing the facilities on a large network costs more than the whole re-check. factory() → the backend."""

    def __init__(self, factory, method):
        self.factory = factory
        self.method = method
        self._backend = None
        self._facility_xy = None

    def _real(self):
        if self._backend is None:
            self._backend = self.factory()
            self._backend.prepare(self._facility_xy)
        return self._backend

    def prepare(self, facility_xy):
        self._facility_xy = facility_xy
        self._backend = None

    def nearest(self, facility_indices, max_distance=float("inf"), samples_max_distance=None):
        return self._real().nearest(facility_indices, max_distance, samples_max_distance)

    def kth_nearest(self, facility_indices, k, max_distance=float("inf")):
        return self._real().kth_nearest(facility_indices, k, max_distance)

    @property
    def off_network_queries(self):
        return self._real().off_network_queries

    @property
    def off_network_facilities(self):
        return self._real().off_network_facilities
