"""Which street lines people can walk on. Applied when the layer has OpenStreetMap tags (a `highway` column, or
`other_tags` from GDAL's OSM driver); lines of a planning institute's centre-line layer are all kept."""

from complete_community.core.mapping import parse_osm_tags

NOT_WALKABLE_HIGHWAYS = {"motorway", "motorway_link", "trunk", "trunk_link", "construction", "proposed",
                         "raceway", "bus_guideway", "escape", "abandoned"}
SIDEWALK_VALUES = {"both", "left", "right", "separate", "yes"}
NO_ACCESS = {"no", "private"}
FOOT_ALLOWED = {"yes", "designated", "permissive"}

WALKABILITY_FIELDS = ("highway", "other_tags", "foot", "access", "sidewalk")  # all walkable() reads of a way
KEPT = "kept"


def walkability_fields(names):
    """Of a street layer's field names, those the walkability filters read (the only ones worth reading)."""
    return [name for name in WALKABILITY_FIELDS if name in names]

NOT_A_STREET = "not a highway"  # railways, waterways, barriers …: no street was removed


def walkable(attributes):
    """(keep, reason): the reason names the rule that removed a way, for the network QA layer."""
    tags = {k: str(v) for k, v in attributes.items() if v is not None and k != "other_tags"}
    tags.update(parse_osm_tags(attributes.get("other_tags")))
    highway = tags.get("highway")
    if "highway" not in attributes and not attributes.get("other_tags"):
        return True, KEPT  # not an OSM layer: every line is a street
    if not highway:
        return False, NOT_A_STREET
    foot = tags.get("foot", "").lower()
    if foot == "no":
        return False, "foot=no"
    if tags.get("access", "").lower() in NO_ACCESS and foot not in FOOT_ALLOWED:
        return False, "access={}".format(tags["access"])
    if highway in NOT_WALKABLE_HIGHWAYS:
        sidewalk = tags.get("sidewalk", "").lower()
        if foot in FOOT_ALLOWED or sidewalk in SIDEWALK_VALUES:
            return True, KEPT
        return False, "highway={}".format(highway)
    return True, KEPT
