"""Which layer fields the check reads, by one set of keys that the readers and the algorithm share, and the common
names of Chinese survey tables and international data that fill a key the user left empty."""

import re
from typing import Dict, Iterable, Optional

from complete_community.core.i18n import tr
from complete_community.core.values import find_field

COMMUNITY_FIELDS = {
    "id": ("社区编号", "社区代码", "编号", "代码", "code", "id", "objectid"),
    "name": ("社区名称", "社区名", "居委会", "名称", "name", "社区"),
    "population": ("常住人口", "人口", "人口数", "居住人口", "人数", "population", "pop"),
    "households": ("户数", "常住户数", "住户数", "总户数", "households", "hh"),
    "status": ("新建既有", "新建/既有", "建设类型", "社区类型", "新旧", "status", "类型", "type"),
}
FACILITY_FIELDS = {
    "id": ("编号", "设施编号", "地块编号", "id", "osm_id", "fid", "dkbh"),  # 地块编号: the parcels of a plan
    "name": ("名称", "设施名称", "name"),
    "type": ("cc_type", "设施类型", "类型", "分类", "type", "category"),
    "building_area": ("建筑面积", "building_area", "jzmj"),
    "land_area": ("用地面积", "占地面积", "land_area", "ydmj"),
    "usable_area": ("使用面积", "usable_area", "symj"),
    "classes": ("班数", "班级数", "classes"),
}
RESIDENT_FIELDS = {
    "population": ("population", "人口", "常住人口", "人数", "pop"),
}


# The fields the check adds to the communities (processing/check_outputs.py): never read back as inputs, so that
# checking a result layer again gives the verdicts of checking the original layer.
RESULT_FIELD_PREFIX = "cc_"
ITEM_FIELD = re.compile(r"^item_\d+$", re.IGNORECASE)


def item_field_name(item_id):
    return "item_{}".format(item_id)


def is_result_field(name):
    return name.lower().startswith(RESULT_FIELD_PREFIX) or bool(ITEM_FIELD.match(name))


class FieldChoiceError(ValueError):
    """A field the user named is not in the layer (translated message)."""


def choose_fields(layer_field_names: Iterable[str], candidates: Dict[str, tuple],
                  given: Dict[str, Optional[str]]) -> Dict[str, Optional[str]]:
    """For every key of candidates: the field the user gave (it must exist), else the first common name present,
    else None."""
    names = list(layer_field_names)
    chosen = {}
    for key, common_names in candidates.items():
        value = (given or {}).get(key)
        if value:
            if value not in names:
                raise FieldChoiceError(tr("the layer has no field '{}' (it has: {})").format(value, ", ".join(names)))
            chosen[key] = value
        else:
            chosen[key] = find_field(names, common_names)
    return chosen
