"""One community's checklist as the inspector shows it: the item results' rows (the check's item table, one dict per
row) grouped by aspect in the profile's order, each line with its text in the interface language; and the filter that
keeps the communities failing an item (or unknown). Pure data: no widgets, no layers."""

from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Tuple

from complete_community.core.check.fields import item_field_name
from complete_community.core.i18n import tr

# the statuses a filter by item keeps: failing, or not decided for lack of data
NOT_PASSING = ("fail", "unknown")


@dataclass(frozen=True)
class ChecklistLine:
    item_id: str
    name: str
    status: str
    measured: Optional[float]
    threshold: Optional[float]
    unit: Optional[str]
    reason: str
    facility: Optional[str]
    distance_m: Optional[float]
    confidence: Optional[str]

    def measure_text(self):
        """'measured / threshold unit', the parts that are known ('' when neither is)."""
        if self.measured is None and self.threshold is None:
            return ""
        unit = " {}".format(_unit_text(self.unit)) if self.unit and _unit_text(self.unit) else ""
        measured = "—" if self.measured is None else _number(self.measured)
        if self.threshold is None:
            return measured + unit
        return "{} / {}{}".format(measured, _number(self.threshold), unit)

    def facility_text(self):
        if not self.facility:
            return ""
        if self.distance_m is None:
            return self.facility
        return "{} ({} m)".format(self.facility, _number(self.distance_m))


def _value(value):
    """None for QGIS's NULL (a QVariant that is null), empty strings and NaN."""
    if value is None or (isinstance(value, str) and not value):
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    if isinstance(value, float) and value != value:
        return None
    return value


def _number(value):
    value = float(value)
    return str(int(value)) if value.is_integer() else "{:.1f}".format(value)


def _unit_text(unit):
    """The unit as people read it in the interface language: %, 处 (places), 类 (kinds) … (the check's codes
    otherwise), none for a yes/no answer or a plain ratio."""
    texts = {"percent": "%", "count": tr("places"), "types": tr("kinds"), "m2/100 households": tr("m²/100 households"),
             "ratio": "", "yes/no": ""}
    return texts.get(unit, unit)


def checklist(rows: Iterable[dict], profile=None, chinese: bool = True) -> List[Tuple[str, List[ChecklistLine]]]:
    """[(aspect title, [lines])] of one community's item rows; in the profile's order and with its names in the
    interface language when the profile is given, else in the rows' order with their (Chinese) names."""
    language = "zh" if chinese else "en"
    by_item = {}
    for row in rows:
        row = {key: _value(value) for key, value in row.items()}
        item_id = row.get("item_id")
        if item_id is None:
            continue
        by_item[str(item_id)] = row
    groups: Dict[str, List[ChecklistLine]] = {}
    order: List[str] = []

    def add(aspect_title, row, name):
        if aspect_title not in groups:
            groups[aspect_title] = []
            order.append(aspect_title)
        reason = row.get("reason_zh" if chinese else "reason_en") or row.get("reason_zh") or ""
        groups[aspect_title].append(ChecklistLine(
            item_id=str(row["item_id"]), name=name, status=row.get("status") or "", measured=row.get("measured"),
            threshold=row.get("threshold"), unit=row.get("unit"), reason=str(reason),
            facility=row.get("facility_name") or row.get("facility_id"), distance_m=row.get("distance_m"),
            confidence=row.get("confidence")))

    if profile is not None:
        for aspect in profile.aspects:
            for item_id in aspect.item_ids:
                if item_id in by_item:
                    add(aspect.name.get(language), by_item.pop(item_id), profile.items[item_id].name.get(language))
    for row in by_item.values():  # rows of items the profile does not know (a local profile's, renamed …)
        add(row.get("aspect") or "", row, row.get("item_name") or row["item_id"])
    return [(title, groups[title]) for title in order]


def item_filter(item_id: str, field_names: Iterable[str]) -> Optional[str]:
    """The subset string that keeps the communities whose item is failing or unknown; None when the layer has no
    field for the item."""
    wanted = item_field_name(item_id).lower()
    field = next((name for name in field_names if name.lower() == wanted), None)
    if field is None:
        return None
    return '"{}" IN ({})'.format(field.replace('"', '""'), ", ".join("'{}'".format(s) for s in NOT_PASSING))


def combined_filter(original: str, extra: str) -> str:
    """The layer's own subset string and ours, both holding."""
    return "({}) AND ({})".format(original, extra) if original else extra
