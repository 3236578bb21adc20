"""The resolved checklist of a profile as rows: one per threshold (or surveyed field), for review and printing."""

from collections import OrderedDict

from complete_community.core.i18n import tr
from complete_community.core.profiles.model import Profile, Requirement
from complete_community.core.taxonomy import facility_types

COLUMNS = (
    "item_id", "aspect", "item_zh", "item_en", "requirement", "alternative_to", "kind", "applies_to", "advisory",
    "facility_types", "access", "check", "operator", "value", "unit", "reach_m", "confidence", "source", "note",
)
GENERAL_ITEM_ID = "general"


def threshold_labels():
    return {
        "walk_speed": tr("walking speed"),
        "population_min": tr("population at least"),
        "population_max": tr("population at most"),
        "coverage_min": tr("share of residents within reach"),
        "reach": tr("walking time"),
        "count_min": tr("number of facilities"),
        "distinct_types_min": tr("kinds of facility"),
        "building_area_min": tr("building area"),
        "building_area_max": tr("building area"),
        "land_area_min": tr("land area"),
        "usable_area_min": tr("usable area"),
        "classes_min": tr("classes"),
        "min": tr("ratio"),
    }


def _operator(key):
    if key in ("reach", "building_area_max", "population_max"):
        return "≤"
    return "≥"


def _row(**values):
    row = OrderedDict((column, "") for column in COLUMNS)
    row.update(values)
    return row


def _general_rows(profile: Profile):
    labels = dict(threshold_labels(), reach=tr("default walking time"))
    thresholds = (profile.walk_speed, profile.reach, profile.population_min, profile.population_max,
                  profile.coverage_min)
    for threshold in thresholds:
        if threshold is None:  # a profile without a default reach: every walking requirement states its own
            continue
        yield _row(
            item_id=GENERAL_ITEM_ID, aspect=tr("Whole community"), item_zh="社区规模与步行",
            item_en="Scale and walking",
            check=labels[threshold.key], operator="=" if threshold.key == "walk_speed" else _operator(threshold.key),
            value=threshold.value, unit=threshold.unit,
            reach_m=round(float(threshold.value) * float(profile.walk_speed.value)) if threshold.key == "reach" else "",
            confidence=threshold.confidence, source=threshold.source,
            note=tr("facility requirements with a walking access and no reach of their own use this walking time")
            if threshold.key == "reach" else "",
        )


def _note(threshold):
    notes = [threshold.note.get("zh_CN")] if threshold.note else []
    if threshold.inherited:
        notes.append(tr("inherited: the profile's default walking time"))
    return " ".join(notes)


def _ratio_text(requirement: Requirement):
    def term(t):
        if t is None:
            return ""
        return t.community_value or " | ".join(t.fields)

    return "{} / {}".format(term(requirement.numerator), term(requirement.denominator))


def _requirement_rows(profile, item, aspect_name, requirement, alternative_to=""):
    labels = threshold_labels()
    types = facility_types()
    base = dict(
        item_id=item.id, aspect=aspect_name, item_zh=item.name.zh_CN, item_en=item.name.en,
        requirement=requirement.id, alternative_to=alternative_to, kind=requirement.kind,
        applies_to=requirement.applies_to, advisory="yes" if requirement.advisory else "",
        facility_types=", ".join(
            "{} ({})".format(code, types[code].name_zh) if code in types else code
            for code in requirement.facility_types
        ),
        access=requirement.access or "",
    )
    if requirement.kind == "surveyed":
        yield _row(**base, check=tr("surveyed: {}").format(" | ".join(requirement.fields)), operator="=",
                   value="", unit=tr("yes/no"), confidence="", source=tr("community layer"))
    for key, threshold in requirement.thresholds.items():
        check = labels.get(key, key)
        if requirement.kind == "ratio":
            check = _ratio_text(requirement)
        elif requirement.kind == "area_per_households":
            check = tr("building area per 100 households")
        yield _row(
            **dict(base, advisory="yes" if (requirement.advisory or threshold.advisory) else ""),
            check=check, operator=_operator(key), value=threshold.value, unit=threshold.unit,
            reach_m=round(profile.reach_metres(requirement)) if key == "reach" else "",
            confidence=threshold.confidence, source=threshold.source, note=_note(threshold),
        )
    for alternative in requirement.alternatives:
        yield from _requirement_rows(profile, item, aspect_name, alternative, alternative_to=requirement.id)


def checklist_rows(profile: Profile):
    """Every check of the profile in reading order: general rows, then items by aspect."""
    rows = list(_general_rows(profile))
    for aspect in profile.aspects:
        for item_id in aspect.item_ids:
            item = profile.items[item_id]
            for requirement in item.requirements:
                rows.extend(_requirement_rows(profile, item, aspect.name.zh_CN, requirement))
    return rows


def render_markdown(profile: Profile) -> str:
    """The checklist as a Markdown table (for docs and review)."""
    shown = ("item_id", "item_zh", "requirement", "alternative_to", "applies_to", "advisory", "facility_types",
             "access", "check", "operator", "value", "unit", "reach_m", "confidence")
    lines = ["# {} — {}".format(profile.name.zh_CN, profile.name.en), "", "`{}`".format(profile.id), ""]
    lines.append("| " + " | ".join(shown) + " |")
    lines.append("|" + "---|" * len(shown))
    for row in checklist_rows(profile):
        lines.append("| " + " | ".join(str(row[c]).replace("|", "/") for c in shown) + " |")
    return "\n".join(lines) + "\n"


def column_titles():
    """Column headings for people (translated); the field names stay stable for scripts."""
    return {
        "item_id": tr("Item"), "aspect": tr("Aspect"), "item_zh": tr("Item (Chinese)"), "item_en": tr("Item (English)"),
        "requirement": tr("Requirement"), "alternative_to": tr("Alternative to"), "kind": tr("Kind"),
        "applies_to": tr("Applies to"), "advisory": tr("Advisory"), "facility_types": tr("Facility types"),
        "access": tr("Access"), "check": tr("Check"), "operator": tr("Operator"), "value": tr("Value"),
        "unit": tr("Unit"), "reach_m": tr("Reach (m)"), "confidence": tr("Confidence"), "source": tr("Source"),
        "note": tr("Note"),
    }


def render_html(profile: Profile) -> str:
    """The checklist as a self-contained, printable HTML page (A4 landscape)."""
    from html import escape

    titles = column_titles()
    # column: share of the page width (%); the rest of the columns stay in the table output
    shown = (("item_id", 4), ("item_zh", 9), ("requirement", 9), ("applies_to", 5), ("advisory", 4),
             ("facility_types", 14), ("access", 7), ("check", 10), ("operator", 3), ("value", 5), ("unit", 5),
             ("reach_m", 4), ("confidence", 4), ("source", 17))
    columns = "".join("<col style='width:{}%'>".format(width) for _c, width in shown)
    shown = [column for column, _width in shown]
    head = "".join("<th>{}</th>".format(escape(titles[c])) for c in shown)

    def cell(row, column):
        text = escape(str(row[column]))
        if column == "source" and row["note"]:  # notes (conflicts, an inherited reach) under the source
            text += "<br><i>{}</i>".format(escape(str(row["note"])))
        return "<td>{}</td>".format(text)

    body = []
    for row in checklist_rows(profile):
        cells = "".join(cell(row, c) for c in shown)
        body.append("<tr class='c-{}'>{}</tr>".format(escape(str(row["confidence"])), cells))
    tags = "".join("<li><b>{}</b> {}</li>".format(tag, escape(text)) for tag, text in _confidence_legend())
    return (
        "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{title}</title><style>"
        "@page {{ size: A4 landscape; margin: 12mm; }} body {{ font-family: 'Noto Sans CJK SC', sans-serif; "
        "font-size: 9pt; }} table {{ border-collapse: collapse; width: 100%; }} th, td {{ border: 1px solid #999; "
        "padding: 2px 4px; vertical-align: top; }} th {{ background: #e8f3ea; }} tr.c-R td, tr.c-P td {{ "
        "background: #fff6e0; }}</style></head><body><h1>{title}</h1><p>{id} · {source}</p><ul>{tags}</ul>"
        "<table><colgroup>{columns}</colgroup><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        "</body></html>"
    ).format(title=escape(profile.name.get("zh_CN")), id=escape(profile.id), source=escape(profile.source),
             tags=tags, columns=columns, head=head, body="".join(body))


def _confidence_legend():
    return (
        ("C", tr("confirmed: quoted from the national text")),
        ("D", tr("seen in a provincial rewrite of the national wording")),
        ("S", tr("seen only in a secondary summary")),
        ("R", tr("best recollection of the national text, unconfirmed")),
        ("P", tr("plugin default where the text gives no number")),
        ("L", tr("set by a local profile")),
    )
