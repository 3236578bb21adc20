"""What a checklist profile may contain: keys, units and allowed values. Used by validation and merging."""

FORMAT = "complete-community-profile/1"

CONFIDENCE_TAGS = {
    "C": "confirmed: quoted from the national text",
    "D": "seen in a provincial rewrite of the national wording",
    "S": "seen only in a secondary summary",
    "R": "best recollection of the national text, unconfirmed",
    "P": "plugin default where the text gives no number",
    "L": "set by a local profile",
}
LOCAL_CONFIDENCE = "L"

TOP_KEYS = (
    "format",
    "id",
    "name",
    "description",
    "source",
    "extends",
    "walk_speed",
    "reach",
    "population",
    "coverage_min",
    "community_status",
    "survey_values",
    "aspects",
    "items",
)
TOP_REQUIRED = ("format", "id", "name", "walk_speed", "population", "coverage_min", "community_status",
                "survey_values", "aspects", "items")

THRESHOLD_KEYS = ("value", "unit", "confidence", "source", "advisory", "note")
THRESHOLD_REQUIRED = ("value", "unit", "confidence", "source")

# The profile's default walking reach (top-level `reach`): facility requirements with access reach / inside_or_reach
# that state no reach of their own inherit it, so a city changes the walking time in one place.
DEFAULT_REACH_KEY = "reach"
WALKING_ACCESS = ("reach", "inside_or_reach")

# Every threshold key and the one unit it is written in.
UNITS = {
    "walk_speed": "m/min",
    "population.min": "persons",
    "population.max": "persons",
    "coverage_min": "share",
    "reach": "min",
    "count_min": "count",
    "distinct_types_min": "types",
    "building_area_min": "m2",
    "building_area_max": "m2",
    "land_area_min": "m2",
    "usable_area_min": "m2",
    "classes_min": "classes",
    "priority": "weight",
    "min": None,  # depends on the requirement kind, see KIND_MIN_UNITS
}
KIND_MIN_UNITS = {"ratio": "ratio", "area_per_households": "m2/100 households"}
SHARE_KEYS = ("coverage_min",)
INTEGER_KEYS = ("count_min", "distinct_types_min", "classes_min")

TEXT_KEYS = ("zh_CN", "en")

ASPECT_KEYS = ("zh_CN", "en", "items")
ITEM_KEYS = ("zh_CN", "en", "class", "requirement", "requirements", "priority")
# an item's weight in the action plan's priority score (core/planning/action_plan.py): urgent items weigh more
PRIORITY_KEY = "priority"
ITEM_REQUIRED = ("zh_CN", "en", "requirements")
ITEM_CLASSES = ("a", "b", "c", "d")

APPLIES_TO = ("new", "existing", "both")
ACCESS_MODES = ("inside", "reach", "inside_or_reach")

REQUIREMENT_COMMON_KEYS = ("kind", "applies_to", "advisory", "description", "alternatives")
KIND_KEYS = {
    "facility": ("facility_types", "access", "reach", "coverage_min", "count_min", "distinct_types_min",
                 "building_area_min", "building_area_max", "land_area_min", "usable_area_min", "classes_min"),
    "surveyed": ("fields", "values"),
    "ratio": ("numerator", "denominator", "min"),
    "area_per_households": ("facility_types", "min"),
}
KIND_REQUIRED = {
    "facility": ("facility_types", "access", "count_min"),
    "surveyed": ("fields",),
    "ratio": ("numerator", "denominator", "min"),
    "area_per_households": ("facility_types", "min"),
}
REQUIREMENT_THRESHOLD_KEYS = ("reach", "coverage_min", "count_min", "distinct_types_min", "building_area_min",
                              "building_area_max", "land_area_min", "usable_area_min", "classes_min", "min")
RATIO_DENOMINATORS = ("households", "population")
# what a ratio term read from community fields counts (core.values kinds): spaces, lockers … or floor areas in m²
RATIO_QUANTITIES = ("count", "area_m2")
