"""The check itself: every community against every item of a profile, each result with its evidence.

Status rules (README, "Result semantics"):
- a requirement is `not_applicable` when it does not apply to the community's status (new/existing);
- a facility requirement passes when enough qualifying facilities are inside the community and/or enough residents
  reach one within the walking reach, as the profile's `access` says; it is `unknown` when the answer depends on
  facilities whose attributes are missing (or on a facility type the layer does not contain at all);
- an item fails when any of its applicable required (non-advisory) requirements fails, is unknown when none fails
  but one is unknown, passes when all pass, and is not applicable when none applies.
"""

from dataclasses import replace
from typing import Dict, List, Sequence

import numpy as np

from complete_community.core.cancellation import raise_if_canceled
from complete_community.core.check import reasons
from complete_community.core.check.distances import DistanceBackend
from complete_community.core.check.model import (
    BAND_OK,
    BAND_OVER,
    BAND_UNDER,
    BAND_UNKNOWN,
    EXISTING,
    FAIL,
    NEW,
    NOT_APPLICABLE,
    PASS,
    PRESENCE,
    SIZE_THRESHOLDS,
    STRICT,
    UNKNOWN,
    CommunityResult,
    ItemResult,
    RequirementResult,
    tri_state,
)
from complete_community.core.geometry import points_intersecting
from complete_community.core.profiles.model import Profile, Requirement
from complete_community.core.taxonomy import facility_types
from complete_community.core.values import answer, find_field, is_missing, parse_quantity

# what is said of a facility that counts: shortfalls of advisory values, sizes taken as present, areas from polygons
SAID_OF_PASSING = ("advisory_short", "attribute_unverified", "land_area_from_footprint")
EVIDENCE_RANGE_FACTOR = 3.0
MIN_EVIDENCE_RANGE = 2000.0  # metres: how far to look for "the nearest one" when none is within reach


class CommunityCheck:
    """communities (Community), facilities (Facility) and samples (SampleSet) in the working CRS; distances: the
    DistanceBackend whose query points are samples.query_points(). run() gives one CommunityResult per community."""

    def __init__(self, profile: Profile, communities, facilities, samples, distances: DistanceBackend,
                 walk_speed=None, absent_types_fail=False, attribute_policy=STRICT):
        self.profile = profile
        self.communities = communities
        self.facilities = facilities
        self.samples = samples
        self.distances = distances
        self.walk_speed = float(walk_speed or profile.walk_speed.value)
        self.absent_types_fail = absent_types_fail
        self.attribute_policy = attribute_policy
        self.types = facility_types()
        self.facility_xy = np.array([(f.x, f.y) for f in facilities], dtype=float).reshape(-1, 2)
        self.facility_type = np.array([f.type or "" for f in facilities], dtype=object)
        self.present_types = set(self.facility_type.tolist())
        self.distances.prepare(self.facility_xy)
        self._inside = self._facilities_inside()
        self._sample_slices = self._slices()
        self._distance_cache = {}
        self._qualification_cache = {}
        self._set_keys = {}  # id of a facility-index array → (the array, its bytes)
        self._terms_cache = {}  # (id of a requirement, types) → _requirement_terms
        self._flags_cache = {}  # (id of a requirement, types) → _qualified_flags

    # preparation
    def _facilities_inside(self) -> List[np.ndarray]:
        inside = []
        x, y = (self.facility_xy[:, 0], self.facility_xy[:, 1]) if len(self.facility_xy) else (np.array([]),) * 2
        for community in self.communities:
            minx, miny, maxx, maxy = community.geometry.bounds
            candidates = np.nonzero((x >= minx) & (x <= maxx) & (y >= miny) & (y <= maxy))[0]
            inside.append(candidates[points_intersecting(community.geometry, x[candidates], y[candidates])]
                          .astype(int))
        return inside

    def _slices(self):
        order = np.argsort(self.samples.community, kind="stable")
        self._order = order
        counts = np.bincount(self.samples.community, minlength=len(self.communities))
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        return [(start, start + count) for start, count in zip(starts, counts)]

    # the run
    def run(self, is_canceled=lambda: False, progress=lambda percent: None) -> List[CommunityResult]:
        """Every community against every item; raises CanceledError when is_canceled() says so."""
        results = []
        total = max(len(self.communities), 1)
        for index, community in enumerate(self.communities):
            raise_if_canceled(is_canceled)
            items = [self._item(index, community, item) for item in self.profile.ordered_items()]
            results.append(CommunityResult(community=community, band=self.band(community), items=items,
                                           method=self.distances.method))
            progress(int(100 * (index + 1) / total))
        return results

    def absent_types(self):
        """The facility types of requirements none of whose types the facility layer has at all (a data gap): a
        requirement that accepts a station or a centre and finds stations does not list the centre."""
        absent = set()
        for item in self.profile.items.values():
            for requirement in item.requirements:
                for accepted in (requirement,) + tuple(requirement.alternatives):
                    types = set(accepted.facility_types)
                    if types and not types & self.present_types:
                        absent |= types
        return sorted(absent)

    def covered_samples(self, requirement: Requirement, reach_m: float) -> np.ndarray:
        """For every resident sample: whether a facility that qualifies for the requirement (of its types, with the
        sizes it asks for) is within reach_m — the residents this check counts as covered (core/planning/siting.py
        looks for sites for the others)."""
        passing = self._qualification(requirement, requirement.facility_types)[3]
        count = len(self.samples.xy)
        if not len(passing):
            return np.zeros(count, dtype=bool)
        distance = self._distances(passing, reach_m, samples_max=reach_m)[0]
        return distance[:count] <= reach_m

    def band(self, community) -> str:
        if community.population is None:
            return BAND_UNKNOWN
        if community.population < float(self.profile.population_min.value):
            return BAND_UNDER
        if community.population > float(self.profile.population_max.value):
            return BAND_OVER
        return BAND_OK

    def _item(self, index, community, item) -> ItemResult:
        if community.status in (NEW, EXISTING) or not _depends_on_status(item):
            return self._item_as(index, community, item, community.status)
        # new/existing unknown: the verdict stands only when both readings agree
        as_new = self._item_as(index, community, item, NEW)
        as_existing = self._item_as(index, community, item, EXISTING)
        reason = reasons.Reason()
        if as_new.status == as_existing.status:
            reason.add("status_same_both_ways")
            as_existing.note = reason.texts()
            return as_existing
        reason.add("status_decides", as_new=reasons.STATUS_WORDS[as_new.status],
                   as_existing=reasons.STATUS_WORDS[as_existing.status],
                   new_reason=(as_new.reason("zh"), as_new.reason("en")),
                   existing_reason=(as_existing.reason("zh"), as_existing.reason("en")))
        decisive = RequirementResult("new_or_existing", UNKNOWN, False, method=(as_existing.decisive.method
                                                                              if as_existing.decisive else ""))
        # every requirement of both readings stays in the detail column, its reason once in the note
        readings = [replace(r, requirement_id="{}:{}".format(prefix, r.requirement_id), reason_zh="", reason_en="")
                    for prefix, result in (("new", as_new), ("existing", as_existing)) for r in result.requirements]
        return ItemResult(community_id=community.id, item_id=item.id, status=UNKNOWN, decisive=decisive,
                          requirements=[decisive] + readings, note=reason.texts())

    def _item_as(self, index, community, item, status) -> ItemResult:
        """The item for a community read as status (new, existing, or unknown when no requirement depends on it)."""
        results = [self._requirement_with_alternatives(index, community, r, status) for r in item.requirements]
        required = [r for r in results if not r.advisory and r.status != NOT_APPLICABLE]
        statuses = {r.status for r in required}
        verdict = NOT_APPLICABLE if not required else tri_state(statuses == {PASS}, FAIL not in statuses)
        decisive = next((r for r in required if r.status == FAIL), None) or \
            next((r for r in required if r.status == UNKNOWN), None) or (required[0] if required else
                                                                           (results[0] if results else None))
        return ItemResult(community_id=community.id, item_id=item.id, status=verdict, decisive=decisive,
                          requirements=results)

    def _requirement_with_alternatives(self, index, community, requirement: Requirement, status) -> RequirementResult:
        if not requirement.applies(status):
            reason = reasons.Reason()
            reason.add("not_applicable", status=reasons.STATUS_NAMES[status])
            zh, en = reason.texts()
            return RequirementResult(requirement.id, NOT_APPLICABLE, requirement.advisory, reason_zh=zh,
                                     reason_en=en, method="")
        main = self._requirement(index, community, requirement)
        if main.status == PASS or not requirement.alternatives:
            return main
        applicable = [a for a in requirement.alternatives if a.applies(status)]
        alternatives = [self._requirement(index, community, a) for a in applicable]
        labels = {a.id: reasons.requirement_label(a) for a in applicable}
        passing = next((a for a in alternatives if a.status == PASS), None)
        if passing is not None:
            reason = reasons.Reason()
            reason.add("alternative_used", alternative=labels[passing.requirement_id])
            zh, en = reason.texts()
            passing.reason_zh, passing.reason_en = reasons.alternative_used((zh, en),
                                                                            (passing.reason_zh, passing.reason_en))
            passing.requirement_id = "{}/{}".format(requirement.id, passing.requirement_id)
            passing.advisory = main.advisory
            return passing
        if any(a.status == UNKNOWN for a in alternatives) and main.status == FAIL:
            main.status = UNKNOWN
        for alternative in alternatives:
            zh, en = reasons.alternative_failed(labels[alternative.requirement_id],
                                                (alternative.reason_zh, alternative.reason_en))
            main.reason_zh += zh
            main.reason_en += en
        return main

    def _requirement(self, index, community, requirement: Requirement) -> RequirementResult:
        if requirement.kind == "facility":
            result = self._facility(index, requirement)
        elif requirement.kind == "surveyed":
            result = self._surveyed(community, requirement)
        elif requirement.kind == "ratio":
            result = self._ratio(community, requirement)
        else:
            result = self._area_per_households(index, community, requirement)
        result.advisory = requirement.advisory
        result.thresholds = _thresholds_used(self.profile, requirement)
        unconfirmed = [t.key for t in result.thresholds if t.confidence == "R" and not t.advisory]
        if unconfirmed and result.status != NOT_APPLICABLE:
            note = reasons.Reason()
            note.add("threshold_unconfirmed", thresholds=reasons.names_of(unconfirmed))
            result.reason_zh, result.reason_en = reasons.joined((result.reason_zh, result.reason_en), note.texts())
        if requirement.advisory:
            result.reason_zh, result.reason_en = reasons.advisory((result.reason_zh, result.reason_en))
        return result

    # facility requirements
    def _type_names(self, codes):
        return ("、".join(self.types[c].name_zh for c in codes), ", ".join(self.types[c].name_en for c in codes))

    def _qualification(self, requirement: Requirement, codes):
        """For every facility of the codes: pass/fail/unknown against the requirement's attribute thresholds, the
        reasons (failures, missing values, advisory shortfalls, land areas taken from polygons), the passing and the
        possibly passing facilities, and of the passing ones those whose size is known (verified)."""
        key = (id(requirement), tuple(codes))
        if key in self._qualification_cache:
            return self._qualification_cache[key]
        indices = np.nonzero(np.isin(self.facility_type, list(codes)))[0] if len(self.facility_type) else \
            np.array([], dtype=int)
        status, notes, unverified = {}, {}, set()
        for i in indices:
            facility = self.facilities[i]
            verdict = PASS
            found = []
            for size in SIZE_THRESHOLDS:
                threshold = requirement.threshold(size.key)
                if threshold is None:
                    continue
                value = getattr(facility, size.attribute)
                is_max = size.upper
                short = value is not None and (value > threshold.value if is_max else value < threshold.value)
                values = dict(name=facility.name or facility.id, attribute=reasons.VALUE_NAMES[size.attribute],
                              value=reasons.number(value), required=reasons.number(threshold.value),
                              unit=reasons.UNIT_NAMES.get(threshold.unit, (threshold.unit, threshold.unit)))
                if threshold.advisory:  # reported, never decisive
                    if short:
                        found.append(("advisory_short", values))
                elif value is None and self.attribute_policy == PRESENCE:
                    unverified.add(i)
                    found.append(("attribute_unverified", values))
                elif value is None:
                    verdict = UNKNOWN if verdict == PASS else verdict
                    found.append(("attribute_missing", values))
                elif short:
                    verdict = FAIL
                    found.append(("attribute_over" if is_max else "attribute_short", values))
                if size.attribute == "land_area" and facility.land_area_from_geometry:
                    found.append(("land_area_from_footprint", dict(name=values["name"], value=values["value"])))
            status[i] = verdict
            notes[i] = found
        passing = np.array([i for i in indices if status[i] == PASS], dtype=np.int64)
        maybe = np.array([i for i in indices if status[i] in (PASS, UNKNOWN)], dtype=np.int64)
        verified = np.array([i for i in passing if i not in unverified], dtype=np.int64)
        # unverified (facilities counted without a known size) is kept as a set: every community asks about it
        self._qualification_cache[key] = (indices, status, notes, passing, maybe, verified, unverified)
        return self._qualification_cache[key]

    def _qualified_flags(self, requirement, codes):
        """(of the types, passes, passes or may pass, passes with its size known) for every facility, as boolean
        arrays: asked of the facilities inside each community."""
        key = (id(requirement), tuple(codes))
        flags = self._flags_cache.get(key)
        if flags is None:
            indices, _status, _notes, passing, maybe, verified, _unverified = self._qualification(requirement, codes)
            flags = tuple(np.zeros(len(self.facilities), dtype=bool) for _ in range(4))
            for flag, members in zip(flags, (indices, passing, maybe, verified)):
                flag[members] = True
            self._flags_cache[key] = flags
        return flags

    def _distances(self, facility_indices, max_distance, count=1, samples_max=None):
        """(distance, position of the nearest) of every query point to the nearest of facility_indices — or, for a
        count above one, to the count-th nearest (no position) — cached per set, range and count: requirements with
        the same types and thresholds share one shortest-path pass. samples_max: the resident samples are only
        compared with this distance (the reach), so they are measured only that far, the anchors to max_distance;
        the count-th nearest is only ever asked of the samples."""
        samples_max = None if samples_max is None else round(min(samples_max, max_distance), 3)
        key = (self._set_key(facility_indices), round(max_distance, 3), count, samples_max)
        if key not in self._distance_cache:
            if count == 1:
                self._distance_cache[key] = self.distances.nearest(facility_indices, max_distance,
                                                                   samples_max_distance=samples_max)
            else:
                distance = self.distances.kth_nearest(
                    facility_indices, count, max_distance if samples_max is None else samples_max)
                self._distance_cache[key] = (distance, np.full(len(distance), -1, dtype=np.int64))
        return self._distance_cache[key]

    def _set_key(self, facility_indices):
        """A facility set's cache key, its bytes: worked out once per array (the qualification's arrays are asked
        about for every community)."""
        known = self._set_keys.get(id(facility_indices))
        if known is None or known[0] is not facility_indices:
            known = (facility_indices, facility_indices.tobytes())
            self._set_keys[id(facility_indices)] = known
        return known[1]

    def _coverage(self, index, distances, reach_m):
        start, end = self._sample_slices[index]
        rows = self._order[start:end]
        weights = self.samples.weights[rows]
        total = weights.sum()
        if total <= 0:
            return 0.0
        return float(weights[distances[rows] <= reach_m].sum() / total)

    def _from_anchor(self, index, result):
        """(distance, position of the nearest facility) measured from the community's anchor point."""
        distances, nearest = result
        row = len(self.samples.xy) + index
        return float(distances[row]), int(nearest[row])

    def _facility(self, index, requirement: Requirement) -> RequirementResult:
        codes = requirement.facility_types
        distinct = requirement.threshold("distinct_types_min")
        if distinct is not None:
            return self._distinct_types(index, requirement, codes, distinct)
        return self._facility_codes(index, requirement, codes)

    def _requirement_terms(self, requirement, codes):
        """What a facility requirement's verdict needs besides the community — the same for every community, so
        worked out once: (type names, count, reach threshold, reach in metres, evidence range, coverage share,
        'within …' wording)."""
        key = (id(requirement), tuple(codes))
        terms = self._terms_cache.get(key)
        if terms is None:
            reach = requirement.threshold("reach")
            reach_m = float(reach.value) * self.walk_speed if reach is not None else None
            coverage_min = float(self.profile.coverage_for(requirement).value) if reach is not None else None
            within = reasons.within(self.distances.method, reasons.number(reach.value), reasons.number(reach_m)) \
                if reach is not None else None
            terms = (self._type_names(codes), int(requirement.threshold("count_min").value), reach, reach_m,
                     max(MIN_EVIDENCE_RANGE, EVIDENCE_RANGE_FACTOR * (reach_m or 0)), coverage_min, within)
            self._terms_cache[key] = terms
        return terms

    def _facility_codes(self, index, requirement, codes) -> RequirementResult:
        type_names, count_min, reach, reach_m, evidence_range, coverage_min, within = \
            self._requirement_terms(requirement, codes)
        indices, status, notes, passing, maybe, verified, unverified = self._qualification(requirement, codes)
        reason = reasons.Reason()
        method = self.distances.method if requirement.access != "inside" else "inside"

        inside_here = self._inside[index]
        is_member, is_pass, is_maybe, is_verified = self._qualified_flags(requirement, codes)
        inside_pass = inside_here[is_pass[inside_here]]
        inside_maybe_count = int(is_maybe[inside_here].sum())
        inside_status = tri_state(len(inside_pass) >= count_min, inside_maybe_count >= count_min)
        inside_verified = int(is_verified[inside_pass].sum()) >= count_min

        # the coverage is always measured when the requirement has a reach, also when a facility inside decides
        reach_status, coverage, maybe_coverage, reach_verified = None, None, None, False
        if requirement.access in ("reach", "inside_or_reach") and reach_m is not None:
            # with a count above one, a resident is covered when that many qualifying facilities are within reach
            coverage = self._coverage(index, self._distances(passing, evidence_range, count_min, reach_m)[0],
                                      reach_m)
            maybe_coverage = self._coverage(
                index, self._distances(maybe, evidence_range, count_min, reach_m)[0], reach_m) \
                if len(maybe) != len(passing) else coverage
            reach_status = tri_state(coverage >= coverage_min, maybe_coverage >= coverage_min)
            reach_verified = reach_status == PASS and (
                len(verified) == len(passing) or
                self._coverage(index, self._distances(verified, evidence_range, count_min, reach_m)[0], reach_m)
                >= coverage_min)

        if requirement.access == "inside":
            status_value = inside_status
        elif requirement.access == "reach":
            status_value = reach_status
        else:
            either = (inside_status, reach_status)
            status_value = tri_state(PASS in either, UNKNOWN in either)

        result = RequirementResult(requirement.id, status_value, requirement.advisory, method=method)
        if status_value == PASS:  # did it pass only by counting facilities of unknown size?
            result.unverified = not ((inside_status == PASS and inside_verified and requirement.access != "reach")
                                     or (reach_status == PASS and reach_verified))
        if coverage is not None:
            result.coverage = coverage
            result.coverage_basis = "residents" if self.samples.from_residents[index] else "area"
            wording = dict(within=within,
                           basis=reasons.COVERAGE_BASIS[result.coverage_basis],
                           from_anchor=reasons.FROM_ANCHOR[self.distances.method],
                           types=type_names, share=reasons.share(coverage), count=count_min)
        # evidence: what was counted, the nearest qualifying facility, why others do not qualify
        if requirement.access != "reach" and status_value == PASS and inside_status == PASS:
            example = inside_pass[0]
            reason.add("inside_ok", count=len(inside_pass), types=type_names,
                       example=self.facilities[example].name or self.facilities[example].id)
            if coverage is not None:
                reason.add("coverage_note" if count_min == 1 else "coverage_count_note", **wording)
            result.measured, result.threshold, result.unit = float(len(inside_pass)), float(count_min), "count"
            self._set_facility(result, example, None)
            result.method = "inside"
        elif reach_status is not None:
            distance, nearest = self._from_anchor(index, self._distances(passing, evidence_range, samples_max=reach_m))
            nearest_name = self.facilities[passing[nearest]].name if nearest >= 0 else None
            if requirement.access == "inside_or_reach" and inside_status != PASS:
                reason.add("inside_short", count=len(inside_pass), types=type_names, required=count_min)
            key = ("reach_ok" if reach_status == PASS else "reach_short") if count_min == 1 else \
                ("reach_count_ok" if reach_status == PASS else "reach_count_short")
            reason.add(key, required=reasons.share(coverage_min), nearest=nearest_name or "—",
                       distance=reasons.number(distance) if nearest >= 0 else "—", **wording)
            if reach_status != PASS and nearest >= 0:
                reason.add("nearest", nearest=nearest_name or self.facilities[passing[nearest]].id,
                           distance=reasons.number(distance), from_anchor=wording["from_anchor"])
            result.measured, result.threshold, result.unit = coverage, coverage_min, "share"
            if nearest >= 0:
                self._set_facility(result, passing[nearest], distance)
        else:
            reason.add("inside_short", count=len(inside_pass), types=type_names, required=count_min)
            result.measured, result.threshold, result.unit = float(len(inside_pass)), float(count_min), "count"

        if not len(indices):
            if not (set(codes) & self.present_types):
                reason.add("none_found", types=type_names)
                if not self.absent_types_fail and status_value == FAIL:
                    result.status = UNKNOWN  # a type missing from the whole layer is a data gap until confirmed
        else:
            self._explain_unqualified(reason, index, indices, status, notes, inside_here, is_member, evidence_range)
        if result.unverified:
            reason.add("passed_unverified")
        result.reason_zh, result.reason_en = reason.texts()
        return result

    def _explain_unqualified(self, reason, index, indices, status, notes, inside_here, is_member, evidence_range):
        """Why the facilities inside (or, with none inside, the nearest one) do not count, and advisory shortfalls."""
        relevant = inside_here[is_member[inside_here]].tolist()
        if not relevant:
            distance, nearest = self._from_anchor(index, self._distances(indices, evidence_range, samples_max=0.0))
            relevant = [indices[nearest]] if nearest >= 0 else []
        shown = 0
        for i in relevant:
            for key, values in notes.get(i, []):
                if status[i] == PASS and key not in SAID_OF_PASSING:
                    continue
                reason.add(key, **values)
                shown += 1
            if shown >= 3:
                break

    def _distinct_types(self, index, requirement, codes, distinct) -> RequirementResult:
        per_type = {code: self._facility_codes(index, requirement, (code,)) for code in codes}
        passing = [c for c, r in per_type.items() if r.status == PASS]
        maybe = [c for c, r in per_type.items() if r.status in (PASS, UNKNOWN)]
        required = int(distinct.value)
        status = tri_state(len(passing) >= required, len(maybe) >= required)
        reason = reasons.Reason()
        found = self._type_names(passing) if passing else ("—", "—")
        reason.add("distinct_ok" if status == PASS else "distinct_short", count=len(passing), required=required,
                   found=found)
        zh, en = reason.texts()
        method = next((r.method for r in per_type.values() if r.method), "")
        return RequirementResult(requirement.id, status, requirement.advisory, measured=float(len(passing)),
                                 threshold=float(required), unit="types", reason_zh=zh, reason_en=en,
                                 method=method)

    def _set_facility(self, result, facility_index, distance):
        facility = self.facilities[facility_index]
        result.facility_id = facility.id
        result.facility_name = facility.name
        result.distance_m = None if distance is None else float(distance)

    # surveyed, ratio, area per households
    def _surveyed(self, community, requirement) -> RequirementResult:
        reason = reasons.Reason()
        field = find_field(community.attributes.keys(), requirement.fields)
        result = RequirementResult(requirement.id, UNKNOWN, requirement.advisory, unit="yes/no", method="surveyed")
        if field is None:
            reason.add("survey_no_field", fields="、".join(requirement.fields))
        else:
            value = community.attributes.get(field)
            verdict = answer(value, requirement.yes_values or self.profile.yes_values,
                             requirement.no_values or self.profile.no_values)
            if verdict is True:
                result.status, result.measured = PASS, 1.0
                reason.add("survey_yes", field=field, value=value)
            elif verdict is False:
                result.status, result.measured = FAIL, 0.0
                reason.add("survey_no", field=field, value=value)
            elif is_missing(value):
                reason.add("survey_empty", field=field)
            else:
                reason.add("survey_unrecognised", field=field, value=value)
        result.reason_zh, result.reason_en = reason.texts()
        return result

    def _community_value(self, community, term):
        """(value, label) of a ratio term: households / population, or the first of its fields present."""
        if term.community_value in ("households", "population"):
            return getattr(community, term.community_value), reasons.VALUE_NAMES[term.community_value]
        field = find_field(community.attributes.keys(), term.fields)
        label = field or "/".join(term.fields)
        if not field:
            return None, (label, label)
        return parse_quantity(community.attributes.get(field), term.quantity).value, (label, label)

    def _ratio(self, community, requirement) -> RequirementResult:
        reason = reasons.Reason()
        threshold = requirement.threshold("min")
        numerator, numerator_label = self._community_value(community, requirement.numerator)
        denominator, denominator_label = self._community_value(community, requirement.denominator)
        result = RequirementResult(requirement.id, UNKNOWN, requirement.advisory, threshold=float(threshold.value),
                                   unit="ratio", method="attributes")
        if numerator is None:
            reason.add("ratio_missing", what=numerator_label)
        elif not denominator:
            reason.add("ratio_missing", what=denominator_label)
        else:
            value = numerator / denominator
            result.measured = value
            result.status = PASS if value >= float(threshold.value) else FAIL
            reason.add("ratio_ok" if result.status == PASS else "ratio_short", numerator=numerator_label,
                       denominator=denominator_label, value="{:.3g}".format(value),
                       required="{:g}".format(float(threshold.value)))
        result.reason_zh, result.reason_en = reason.texts()
        return result

    def _area_per_households(self, index, community, requirement) -> RequirementResult:
        reason = reasons.Reason()
        threshold = float(requirement.threshold("min").value)
        codes = requirement.facility_types
        type_names = self._type_names(codes)
        result = RequirementResult(requirement.id, UNKNOWN, requirement.advisory, threshold=threshold,
                                   unit="m2/100 households", method="inside")
        if not community.households:
            reason.add("ratio_missing", what=reasons.VALUE_NAMES["households"])
            result.reason_zh, result.reason_en = reason.texts()
            return result
        inside = [i for i in self._inside[index] if self.facility_type[i] in codes]
        areas = [self.facilities[i].building_area for i in inside]
        known = sum(a for a in areas if a is not None)
        missing = sum(1 for a in areas if a is None)
        value = known / (community.households / 100.0)
        result.measured = value
        result.status = tri_state(value >= threshold, missing > 0)
        reason.add("area_per_households_ok" if result.status == PASS else "area_per_households_short",
                   types=type_names, area=reasons.number(known), value=reasons.number(value),
                   required=reasons.number(threshold))
        if missing:
            reason.add("unknown_facilities", count=missing, types=type_names)
        result.reason_zh, result.reason_en = reason.texts()
        return result


def _thresholds_used(profile, requirement):
    """The thresholds a requirement's result rests on: its own, and the profile's coverage share and walking speed
    when it measures a walking reach."""
    used = list(requirement.thresholds.values())
    if requirement.threshold("reach") is not None:
        if requirement.threshold("coverage_min") is None:
            used.append(profile.coverage_min)
        used.append(profile.walk_speed)
    return tuple(used)


def _depends_on_status(item) -> bool:
    """Whether any requirement of the item (or an alternative) applies to new or existing communities only."""
    return any(r.applies_to != "both" or any(a.applies_to != "both" for a in r.alternatives)
               for r in item.requirements)


def summarise(results: Sequence[CommunityResult]) -> Dict[str, object]:
    """Counts for logs and the demo: communities complete, and the commonest gaps."""
    gaps: Dict[str, int] = {}
    for result in results:
        for item_id in result.gaps():
            gaps[item_id] = gaps.get(item_id, 0) + 1
    return {
        "communities": len(results),
        "complete": sum(1 for r in results if r.complete),
        "gaps": sorted(gaps.items(), key=lambda kv: (-kv[1], kv[0])),
    }


def item_status_counts(results: Sequence[CommunityResult]) -> Dict[str, Dict[str, int]]:
    counts: Dict[str, Dict[str, int]] = {}
    for result in results:
        for item in result.items:
            counts.setdefault(item.item_id, {s: 0 for s in (PASS, FAIL, UNKNOWN, NOT_APPLICABLE)})
            counts[item.item_id][item.status] += 1
    return counts

