"""What the check reads and what it writes."""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

PASS = "pass"
FAIL = "fail"
UNKNOWN = "unknown"
NOT_APPLICABLE = "not_applicable"
STATUSES = (PASS, FAIL, UNKNOWN, NOT_APPLICABLE)

NEW = "new"
EXISTING = "existing"
STATUS_UNKNOWN = "unknown"  # neither: status-dependent requirements are judged both ways
# how a community's status was decided
FROM_FIELD, FROM_DEFAULT, NOT_DECIDED = "field", "default", "unknown"

BAND_UNDER, BAND_OK, BAND_OVER, BAND_UNKNOWN = "under", "ok", "over", "unknown"

# What a facility lacking a size attribute the profile asks for means: unknown (strict), or present with its size
# not verified (presence: POI data such as Amap/Baidu has no floor areas or classes)
STRICT, PRESENCE = "strict", "presence"
ATTRIBUTE_POLICIES = (STRICT, PRESENCE)

STRAIGHT_LINE = "straight_line"
NETWORK = "network"


def tri_state(passes: bool, might_pass: bool) -> str:
    """pass when the evidence is enough, unknown when it would be enough if the unknowns turned out well, else fail."""
    return PASS if passes else (UNKNOWN if might_pass else FAIL)


@dataclass(frozen=True)
class SizeThreshold:
    """A facility size threshold of a profile and the Facility attribute it is compared with."""

    key: str  # the profile's threshold key
    attribute: str  # the Facility attribute (and key of core.check.fields.FACILITY_FIELDS)
    upper: bool = False  # a limit the facility must stay under, rather than a minimum


SIZE_THRESHOLDS = (
    SizeThreshold("building_area_min", "building_area"),
    SizeThreshold("building_area_max", "building_area", upper=True),
    SizeThreshold("land_area_min", "land_area"),
    SizeThreshold("usable_area_min", "usable_area"),
    SizeThreshold("classes_min", "classes"),
)


@dataclass
class Community:
    id: str
    name: str
    status: str  # new | existing | unknown
    population: Optional[float]
    households: Optional[float]
    geometry: object  # shapely polygon in the working CRS
    attributes: Dict[str, object] = field(default_factory=dict)  # for surveyed items and ratios
    status_from: str = FROM_FIELD  # field | default (the user's default for an empty value) | unknown


@dataclass
class Facility:
    id: str
    name: str
    type: Optional[str]
    x: float
    y: float
    building_area: Optional[float] = None
    land_area: Optional[float] = None
    usable_area: Optional[float] = None
    classes: Optional[float] = None
    land_area_from_geometry: bool = False


@dataclass
class RequirementResult:
    requirement_id: str
    status: str
    advisory: bool
    measured: Optional[float] = None
    threshold: Optional[float] = None
    unit: str = ""
    reason_zh: str = ""
    reason_en: str = ""
    facility_id: str = ""
    facility_name: str = ""
    distance_m: Optional[float] = None
    method: str = ""
    coverage: Optional[float] = None  # share of residents (or of the area) within reach of a qualifying facility
    coverage_basis: str = ""  # residents | area
    unverified: bool = False  # passed only by counting facilities whose size is not known (attribute policy presence)
    thresholds: Tuple = ()  # the profile's Thresholds the result rests on, for the provenance columns


@dataclass
class ItemResult:
    community_id: str
    item_id: str
    status: str
    decisive: Optional[RequirementResult]
    requirements: List[RequirementResult]
    note: Tuple[str, str] = ("", "")  # (zh, en) said once, before the requirements' reasons

    @property
    def unverified(self) -> bool:
        """Passed only because facilities without a size attribute were counted (attribute policy presence)."""
        return self.status == PASS and any(r.unverified for r in self.requirements
                                           if not r.advisory and r.status == PASS)

    def reason(self, language):
        """The note, then the reasons of the requirements that apply (the detail column lists the others)."""
        note = self.note[0] if language == "zh" else self.note[1]
        parts = [note] if note else []
        for result in self.requirements:
            if result.status == NOT_APPLICABLE:
                continue
            text = result.reason_zh if language == "zh" else result.reason_en
            if text:
                parts.append(text)
        if not parts and self.requirements:
            first = self.requirements[0]
            parts.append(first.reason_zh if language == "zh" else first.reason_en)
        return ("；" if language == "zh" else "; ").join(parts)

    def detail(self):
        """Every requirement with its status, e.g. 'spaces_new=not_applicable, ebike=pass, day_care(advisory)=fail'."""
        return ", ".join("{}{}={}".format(r.requirement_id, "(advisory)" if r.advisory else "", r.status)
                         for r in self.requirements)


@dataclass
class CommunityResult:
    community: Community
    band: str
    items: List[ItemResult]
    method: str

    def counts(self) -> Dict[str, int]:
        counts = {status: 0 for status in (PASS, FAIL, UNKNOWN, NOT_APPLICABLE)}
        for item in self.items:
            counts[item.status] += 1
        return counts

    @property
    def complete(self) -> bool:
        counts = self.counts()
        return counts[FAIL] == 0 and counts[UNKNOWN] == 0

    def gaps(self) -> Tuple[str, ...]:
        return tuple(item.item_id for item in self.items if item.status == FAIL)

    def unverified_items(self) -> Tuple[str, ...]:
        return tuple(item.item_id for item in self.items if item.unverified)
