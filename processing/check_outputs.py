"""The layouts of the check's two outputs: community results (the input's fields + cc_* + one status per item) and
item results (one row per community × item)."""

from qgis.core import QgsFields

from complete_community.core.check.fields import item_field_name
from complete_community.core.check.reasons import requirement_label
from complete_community.processing.fields import field_names, fields_from

RESULT_FIELDS = (
    ("cc_id", "string", 80), ("cc_name", "string", 120), ("cc_status", "string", 10), ("cc_status_from", "string", 10),
    ("cc_population", "double", 0), ("cc_households", "double", 0), ("cc_band", "string", 10),
    ("cc_pass", "int", 0), ("cc_fail", "int", 0), ("cc_unknown", "int", 0), ("cc_na", "int", 0),
    ("cc_complete", "int", 0), ("cc_gaps", "string", 120), ("cc_unverified", "int", 0),
    ("cc_unverified_items", "string", 120), ("cc_method", "string", 20),
)
SHARE, PERCENT = "share", "percent"  # the check's unit of a share (0–1); the item table's (0–100)
ITEM_FIELDS = (
    ("community_id", "string", 80), ("community_name", "string", 120), ("community_status", "string", 10),
    ("item_id", "string", 8), ("item_name", "string", 60), ("aspect", "string", 30), ("status", "string", 16),
    ("requirement", "string", 80), ("requirement_name", "string", 80), ("measured", "double", 0),
    ("threshold", "double", 0), ("unit", "string", 24),
    ("reason_zh", "string", 0), ("reason_en", "string", 0), ("facility_id", "string", 80),
    ("facility_name", "string", 120), ("distance_m", "double", 0), ("method", "string", 20),
    ("coverage", "double", 0), ("coverage_of", "string", 10), ("unverified", "int", 0), ("requirements", "string", 0),
    # provenance: which profile, walking speed and thresholds the verdict rests on
    ("profile", "string", 60), ("profile_name", "string", 120), ("walk_speed", "double", 0),
    ("coverage_min", "double", 0), ("confidence", "string", 0), ("sources", "string", 0),
)


def item_status_fields(profile):
    """One status field per item, in the profile's order."""
    return tuple((item_field_name(item.id), "string", 16) for item in profile.ordered_items())


def _ours(profile):
    """Names of the fields the check adds: an input field of the same name is replaced, not repeated."""
    return set(field_names(RESULT_FIELDS)) | set(field_names(item_status_fields(profile)))


def community_fields(profile, input_fields) -> QgsFields:
    kept = QgsFields()
    for field in input_fields:
        if field.name() not in _ours(profile):
            kept.append(field)
    return fields_from(RESULT_FIELDS + item_status_fields(profile), before=kept)


def community_values(result, profile, original_feature):
    ours = _ours(profile)
    values = [original_feature[field.name()] for field in original_feature.fields() if field.name() not in ours]
    counts = result.counts()
    community = result.community
    values += [
        community.id, community.name, community.status, community.status_from, community.population,
        community.households, result.band,
        counts["pass"], counts["fail"], counts["unknown"], counts["not_applicable"], 1 if result.complete else 0,
        ",".join(result.gaps()), len(result.unverified_items()), ",".join(result.unverified_items()), result.method,
    ]
    by_id = {item.item_id: item.status for item in result.items}
    values += [by_id.get(item.id) for item in profile.ordered_items()]
    return values


def percent(share):
    """A share (0–1) as a percentage, to one decimal; None stays None."""
    return None if share is None else round(100.0 * float(share), 1)


def requirement_names(item):
    """{requirement id: its Chinese name} of an item, an alternative also under 'main/alternative' (the id the
    check gives a requirement met by its alternative)."""
    names = {}
    for requirement in item.requirements:
        names[requirement.id] = requirement_label(requirement)[0]
        for alternative in requirement.alternatives:
            label = requirement_label(alternative)[0]
            names["{}/{}".format(requirement.id, alternative.id)] = "{}（替代）".format(label)
    return names


def item_fields() -> QgsFields:
    return fields_from(ITEM_FIELDS)


class _ProfileTexts:
    """What every row of a profile repeats — aspect names, requirement names, the table's field names — worked out
    once per profile, not once per row (the item table of a city has tens of thousands of rows)."""

    last = None

    def __init__(self, profile):
        self.profile = profile
        self.aspects = {aspect.id: aspect.name.zh_CN for aspect in profile.aspects}
        self.requirement_names = {item.id: requirement_names(item) for item in profile.items.values()}
        self.field_names = field_names(ITEM_FIELDS)

    @classmethod
    def of(cls, profile):
        if cls.last is None or cls.last.profile is not profile:
            cls.last = cls(profile)
        return cls.last


def item_rows(result, profile, walk_speed):
    """The item table's rows of one community, in ITEM_FIELDS order."""
    community = result.community
    texts = _ProfileTexts.of(profile)
    aspects = texts.aspects
    for item_result in result.items:
        item = profile.items[item_result.item_id]
        decisive = item_result.decisive
        row = dict(
            community_id=community.id, community_name=community.name, community_status=community.status,
            item_id=item.id, item_name=item.name.zh_CN, aspect=aspects[item.aspect_id], status=item_result.status,
            reason_zh=item_result.reason("zh"), reason_en=item_result.reason("en"),
            requirements=item_result.detail(), unverified=1 if item_result.unverified else 0, profile=profile.id,
            profile_name=profile.name.zh_CN,
            walk_speed=float(walk_speed), coverage_min=percent(profile.coverage_min.value),
        )
        if decisive is not None:
            thresholds = decisive.thresholds
            measured, threshold, unit = decisive.measured, decisive.threshold, decisive.unit or None
            if unit == SHARE:  # shares as people read them: 95 %, not 0.95
                measured, threshold, unit = percent(measured), percent(threshold), PERCENT
            row.update(
                requirement=decisive.requirement_id,
                requirement_name=texts.requirement_names[item.id].get(decisive.requirement_id,
                                                                      decisive.requirement_id),
                measured=measured, threshold=threshold, unit=unit, facility_id=decisive.facility_id or None,
                facility_name=decisive.facility_name or None,
                distance_m=None if decisive.distance_m is None else round(decisive.distance_m, 1),
                method=decisive.method or None, coverage=percent(decisive.coverage),
                coverage_of=decisive.coverage_basis or None,
                confidence=", ".join("{}:{}".format(t.key, t.confidence) for t in thresholds) or None,
                sources="; ".join("{}: {}".format(t.key, t.source) for t in thresholds) or None,
            )
            coverage_threshold = next((t for t in thresholds if t.key == "coverage_min"), None)
            if coverage_threshold is not None:
                row["coverage_min"] = percent(coverage_threshold.value)
        yield [row.get(name) for name in texts.field_names]
