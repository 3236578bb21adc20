"""Survey answers kept beside a community layer that cannot be edited (a shared PostGIS layer, a read-only file): a
table of community_id, field, value rows — the one the inspector dock writes — whose values stand in for the
community layer's own, in the dock's re-checks and in a full check alike."""

ANSWERS_TABLE = "survey_answers"  # the table's name in the GeoPackage the dock writes
ANSWER_FIELDS = ("community_id", "field", "value")


def _missing(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def answers_by_community(rows):
    """{community id: {field: value}} of (community_id, field, value) rows; a later row for the same community and
    field wins (as in the dock, which keeps one row each); rows without a community or a field are left out; an empty
    value stands for an empty answer (None)."""
    answers = {}
    for community_id, field, value in rows:
        if _missing(community_id) or _missing(field) or not str(community_id).strip() or not str(field).strip():
            continue
        answers.setdefault(str(community_id), {})[str(field)] = None if _missing(value) else value
    return answers


def apply_answers(feature, answers):
    """Put the answers ({field: value}) into the feature's attributes (the feature only, never its layer); fields the
    feature does not have are left out. Returns the fields applied."""
    applied = []
    for field, value in (answers or {}).items():
        if feature.fields().lookupField(field) >= 0:
            feature.setAttribute(field, value)
            applied.append(field)
    return applied
