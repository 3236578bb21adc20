"""Common field names of Chinese survey tables and international data, used when a field parameter is left empty."""

CANDIDATES = {
    "community_id": ("社区编号", "社区代码", "编号", "代码", "code", "id", "objectid"),
    "community_name": ("社区名称", "社区名", "居委会", "名称", "name", "社区"),
    "population": ("常住人口", "人口", "人口数", "居住人口", "人数", "population", "pop"),
    "households": ("户数", "常住户数", "住户数", "总户数", "households", "hh"),
    "status": ("新建既有", "新建/既有", "建设类型", "社区类型", "新旧", "status", "类型", "type"),
    "facility_type": ("cc_type", "设施类型", "类型", "分类", "type", "category"),
    "facility_name": ("名称", "设施名称", "name"),
    "facility_id": ("编号", "设施编号", "id", "osm_id", "fid"),
    "building_area": ("建筑面积", "building_area", "jzmj"),
    "land_area": ("用地面积", "占地面积", "land_area", "ydmj"),
    "usable_area": ("使用面积", "usable_area", "symj"),
    "classes": ("班数", "班级数", "classes"),
    "residents_population": ("population", "人口", "常住人口", "人数", "pop"),
}
