"""A hand-built district for the check, with every expected status worked out by hand below (not by the engine).

EPSG:4547 (metres). Three 300 × 300 m communities, far enough apart (≥ 700 m) that no facility of one is within the
600 m (10 min × 60 m/min) reach of another's residents:
  A  existing, (0,0)–(300,300),       population 8000, households 2800
  B  new,      (1000,0)–(1300,300),   population 13000 (over the band), households 3000
  C  existing, (2000,0)–(2300,300),   population empty (band unknown), nothing in or near it, surveys empty
The layer has no field 综合管理服务, so item 19 is unknown everywhere.
"""

from helpers import memory_layer, square

COMMUNITY_FIELDS = ["社区编号:string", "人口:integer", "户数:integer", "新建既有:string", "水电路气热信:string",
                    "停车资源统筹:string", "电动自行车停放充电:string", "无障碍设施:string", "物业服务:string",
                    "物业管理服务平台:string", "管理机制:string", "社区文化:string", "快件箱格口数:integer",
                    "日均投递量:integer", "机动车停车位:integer", "充电车位:integer", "物业用房面积:double",
                    "总建筑面积:double", "慢行系统:string"]
COMMUNITIES = [
    # id, x0, population, households, status, surveys (水电路气热信, 停车资源统筹, 电动自行车停放充电, 无障碍设施,
    # 物业服务, 物业管理服务平台, 管理机制, 社区文化), counts (格口数, 日均投递量, 停车位, 充电车位, 物业用房, 总建筑面积)
    # and the surveyed walking/cycling network (慢行系统)
    ("A", 0, 8000, 2800, "既有", ["是", "否", "是", None, "是", "有", "不清楚", "否"],
     [900, 800, None, None, None, None, "是"]),
    ("B", 1000, 13000, 3000, "新建", ["是", None, None, "是", "是", "是", "是", "是"],
     [1000, 900, 3100, 3100, 60, 20000, "是"]),
    ("C", 2000, None, None, "既有", [None] * 8, [None] * 7),
]
FACILITY_FIELDS = ["编号:string", "名称:string", "cc_type:string", "建筑面积:double", "用地面积:double",
                   "使用面积:double", "班数:integer"]
FACILITIES = [
    # id, name, type, x, y, building, land, usable, classes
    ("A01", "A社区服务站", "community_service_station", 100, 100, 600, None, None, None),  # 800 is advisory only
    ("A02", "A幼儿园", "kindergarten", 200, 200, 2000, 4000, None, 6),  # building 2000 < 2200: does not qualify
    ("A03", "A托育", "nursery", 120, 200, None, None, None, None),  # no building area: unknown
    ("A04", "A长者服务站", "elderly_service_station", 150, 150, 200, None, None, None),
    ("A05", "北侧卫生服务站", "health_station", 150, 400, 150, None, None, None),  # outside A, ≤ 427 m from all of A
    ("A06", "A便利店1", "convenience_store", 50, 250, 70, None, None, None),
    ("A07", "A便利店2", "convenience_store", 250, 50, 80, None, None, None),
    ("A08", "A快递柜", "parcel_locker", 60, 60, None, None, None, None),
    ("A16", "A快递柜2", "parcel_locker", 240, 240, None, None, None, None),  # a second set: 多组
    ("A09", "A理发", "barber", 210, 90, 40, None, None, None),
    ("A10", "A药房", "pharmacy", 220, 100, 90, None, None, None),
    ("A11", "A面馆", "restaurant", 230, 110, 80, None, None, None),
    ("A12", "南侧公交站", "bus_stop", 150, -50, None, None, None, None),  # ≤ 381 m from all of A
    ("A13", "A分类投放点", "waste_sorting_point", 30, 150, None, 10, None, None),
    ("A14", "A健身场地", "activity_site", 170, 60, None, 200, None, None),
    ("A15", "A游园", "community_park", 80, 220, None, 500, None, None),
    ("B01", "B快递柜", "parcel_locker", 1100, 100, None, None, None, None),
    ("B02", "B驿站", "postal_express_station", 1150, 120, 25, None, 20, None),
    ("B03", "B电动车棚", "ebike_parking", 1200, 80, None, 60, None, None),
    ("B04", "B收集站", "waste_collection_station", 1250, 250, None, 100, None, None),  # 100 < 120 m² land
    ("B05", "B分类投放点", "waste_sorting_point", 1050, 250, None, 10, None, None),
    ("B06", "B公厕", "public_toilet", 1060, 200, 35, None, None, None),
    ("B07", "B健身场地", "activity_site", 1150, 50, None, 300, None, None),
    ("B08", "B游园", "community_park", 1150, 200, None, 5000, None, None),
    ("B09", "B物业中心", "property_office", 1280, 30, 60, None, None, None),
    ("B10", "B便利店1", "convenience_store", 1020, 20, 70, None, None, None),
    ("B11", "B便利店2", "convenience_store", 1040, 20, 70, None, None, None),
    # far away (> 4 km): these types exist in the layer, so a community without them fails rather than being
    # 'unknown' (a type missing from the whole layer is a data gap)
    ("Z01", "远处超市", "supermarket", 5000, 5000, 400, None, None, None),
    ("Z02", "远处运动场", "multi_sport_ground", 5000, 5100, None, 900, None, None),
    ("Z03", "远处洗衣店", "laundry", 5100, 5000, 40, None, None, None),
    ("Z04", "远处维修点", "repair_shop", 5100, 5100, 20, None, None, None),
    ("Z05", "远处家政", "housekeeping", 5200, 5000, 30, None, None, None),
]

P, F, U = "pass", "fail", "unknown"
EXPECTED = {
    "A": {
        "01": P,  # station inside; 600 < 800 m² is advisory
        "02": F,  # the only kindergarten has 2000 m² < 2200 m²; none other within reach
        "03": U,  # the only nursery has no building area
        "04": P,  # elderly station inside (day care is advisory)
        "05": P,  # none inside, but every resident is within 427 m of the health station
        "06": P,  # no supermarket; existing community with 2 convenience stores of ≥ 50 m² (the alternative)
        "07": P,  # two lockers inside (多组: at least 2), 900/800 ≥ 1; the station is advisory for existing ones
        "08": P,  # barber, pharmacy, restaurant: 3 kinds
        "09": P,  # surveyed 是
        "10": F,  # existing: 停车资源统筹 否 (e-bike passes by the surveyed alternative)
        "11": P,  # bus stop within 381 m of everyone, 慢行系统 surveyed 是
        "12": U,  # surveyed, empty
        "13": P,  # sorting point inside; collection station and toilet rules are for new communities
        "14": P,  # activity site of 200 m² ≥ 150
        "15": P,  # a green space inside; the 4000 m² garden is for new communities
        "16": P,  # 物业服务 是; office rules are for new communities
        "17": P,  # 有 counts as yes
        "18": U,  # 不清楚 is not a recognised answer
        "19": U,  # no survey field in the layer
        "20": F,  # 否
    },
    "B": {
        "01": F, "02": F, "03": F, "04": F, "05": F,  # nothing of these within 600 m
        "06": F,  # new: the convenience-store alternative is for existing communities only
        "07": F,  # one locker only (多组 asks for at least 2 sets); 1000/900 and the 20 m² station would pass
        "08": F,  # no shops
        "09": P,
        "10": P,  # new: 3100 spaces / 3000 households ≥ 1, 3100/3100 charging-ready, e-bike shed inside
        "11": F,  # no bus stop within reach
        "12": P,
        "13": P,  # sorting point and 35 m² toilet; the collection station (宜, 100 m² < 120) is advisory
        "14": F,  # new: no multi-sport ground
        "15": P,  # new: a 5000 m² garden ≥ 4000
        "16": P,  # new: office 60 m² ≥ 50 and 60/20000 = 0.003 ≥ 0.002
        "17": P, "18": P,
        "19": U,
        "20": P,
    },
    "C": {
        "01": F, "02": F, "03": F, "04": F, "05": F, "06": F,
        "07": F,  # no locker (the capacity ratio is unknown too, but one failure decides)
        "08": F,
        "09": U,
        "10": U,  # parking survey empty; no e-bike shed and its surveyed alternative empty
        "11": F,
        "12": U,
        "13": U,  # no sorting point, surveyed alternative empty
        "14": F, "15": F,
        "16": U, "17": U, "18": U, "19": U, "20": U,
    },
}
EXPECTED_BANDS = {"A": "ok", "B": "over", "C": "unknown"}


def communities_layer():
    return memory_layer("Polygon", COMMUNITY_FIELDS, [
        (square(x0, 0, 300), [community_id, population, households, status] + surveys + counts)
        for community_id, x0, population, households, status, surveys, counts in COMMUNITIES
    ], "communities")


def facilities_layer(rows=FACILITIES):
    return memory_layer("Point", FACILITY_FIELDS, [
        ((x, y), [facility_id, name, kind, building, land, usable, classes])
        for facility_id, name, kind, x, y, building, land, usable, classes in rows
    ], "facilities")
