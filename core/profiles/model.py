"""The checklist as objects: a Profile of Aspects and Items, each Item with Requirements and their Thresholds."""

from dataclasses import dataclass, field, replace
from typing import Dict, Optional, Tuple

from complete_community.core.profiles.schema import WALKING_ACCESS


@dataclass(frozen=True)
class Text:
    zh_CN: str  # noqa: N815 (the locale code, as in the profile files)
    en: str

    def get(self, locale: Optional[str] = None) -> str:
        return self.zh_CN if (locale or "").startswith("zh") else self.en

    @classmethod
    def from_data(cls, data) -> Optional["Text"]:
        if data is None:
            return None
        if isinstance(data, str):
            return cls(data, data)
        return cls(data["zh_CN"], data["en"])


@dataclass(frozen=True)
class Threshold:
    key: str
    value: float
    unit: str
    confidence: str
    source: str
    advisory: bool = False
    note: Optional[Text] = None
    inherited: bool = False  # a requirement's reach taken from the profile's default `reach`

    @classmethod
    def from_data(cls, key, data, inherited=False) -> "Threshold":
        return cls(
            key=key,
            value=data["value"],
            unit=data["unit"],
            confidence=data["confidence"],
            source=data["source"],
            advisory=bool(data.get("advisory", False)),
            note=Text.from_data(data.get("note")),
            inherited=inherited,
        )


@dataclass(frozen=True)
class RatioTerm:
    """The numerator or denominator of a ratio requirement: community fields, or households / population."""

    fields: Tuple[str, ...] = ()
    community_value: Optional[str] = None  # "households" or "population"
    quantity: str = "count"  # what the fields hold: count (spaces, lockers …) or area_m2


@dataclass(frozen=True)
class Requirement:
    id: str
    kind: str  # facility | surveyed | ratio | area_per_households
    applies_to: str  # new | existing | both
    advisory: bool = False
    description: Optional[Text] = None
    facility_types: Tuple[str, ...] = ()
    access: Optional[str] = None  # inside | reach | inside_or_reach
    thresholds: Dict[str, Threshold] = field(default_factory=dict)
    fields: Tuple[str, ...] = ()
    yes_values: Tuple[str, ...] = ()
    no_values: Tuple[str, ...] = ()
    numerator: Optional[RatioTerm] = None
    denominator: Optional[RatioTerm] = None
    alternatives: Tuple["Requirement", ...] = ()

    def threshold(self, key) -> Optional[Threshold]:
        """The threshold in effect; for `reach` that is the requirement's own or the profile's default (the loader
        fills the default in, marked `inherited`)."""
        return self.thresholds.get(key)

    @property
    def walks(self) -> bool:
        """Whether the requirement measures a walking reach (a facility requirement with access reach or
        inside_or_reach)."""
        return self.kind == "facility" and self.access in WALKING_ACCESS

    def applies(self, community_status: str) -> bool:
        return self.applies_to == "both" or self.applies_to == community_status


@dataclass(frozen=True)
class Item:
    id: str
    aspect_id: str
    name: Text
    requirement_text: Optional[Text]
    item_class: str
    requirements: Tuple[Requirement, ...]
    priority: Optional[Threshold] = None  # the item's weight in the action plan's priority score


@dataclass(frozen=True)
class Aspect:
    id: str
    name: Text
    item_ids: Tuple[str, ...]


@dataclass(frozen=True)
class Profile:
    id: str
    name: Text
    description: Optional[Text]
    source: str
    files: Tuple[str, ...]  # the file and the files it extends, most specific first
    walk_speed: Threshold
    population_min: Threshold
    population_max: Threshold
    coverage_min: Threshold
    new_values: Tuple[str, ...]
    existing_values: Tuple[str, ...]
    yes_values: Tuple[str, ...]
    no_values: Tuple[str, ...]
    aspects: Tuple[Aspect, ...]
    items: Dict[str, Item]
    reach: Optional[Threshold] = None  # the default walking reach of facility requirements that state none

    def ordered_items(self):
        for aspect in self.aspects:
            for item_id in aspect.item_ids:
                yield self.items[item_id]

    def reach_for(self, requirement: Requirement) -> Optional[Threshold]:
        """The walking reach in effect for a requirement: its own, else (when it walks) the profile's default."""
        own = requirement.threshold("reach")
        if own is not None:
            return own
        if requirement.walks and self.reach is not None:
            return replace(self.reach, inherited=True)
        return None

    def reach_of_type(self, code) -> Optional[float]:
        """The walking time (minutes) the profile asks for a facility type: the shortest reach of the walking
        requirements (alternatives included) that accept it, else the profile's default reach."""
        minutes = [float(self.reach_for(r).value) for item in self.items.values() for main in item.requirements
                   for r in (main,) + main.alternatives
                   if code in r.facility_types and r.walks and self.reach_for(r) is not None]
        if minutes:
            return min(minutes)
        return float(self.reach.value) if self.reach is not None else None

    def reach_metres(self, requirement: Requirement) -> Optional[float]:
        """The walking reach of a requirement (its own or the inherited default) in metres at the profile's speed."""
        reach = self.reach_for(requirement)
        if reach is None:
            return None
        return float(reach.value) * float(self.walk_speed.value)

    def coverage_for(self, requirement: Requirement) -> Threshold:
        return requirement.threshold("coverage_min") or self.coverage_min
