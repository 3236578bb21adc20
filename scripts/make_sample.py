#!/usr/bin/env python3
"""Write the bundled sample district (SYNTHETIC: invented streets, communities and facilities, no real place) to
resources/sample/sample_district.gpkg. Deterministic: the same code writes the same features.

Layers (EPSG:4547, CGCS2000 / 3-degree Gauss-Kruger CM 114E):
  communities  10 residential communities: population inside and outside 5,000–12,000, new and existing, survey
               fields (是/否/empty) and the counts some items need (户数, 快件箱格口数 …)
  facilities   points with Chinese names, 设施类型 (the standard's names), 建筑面积, 用地面积, 班数
  streets      the superblock grid (400 m arterials, 200 m local streets) for walking-network checks
  residents    residential building points with 人口, for population-weighted coverage

Usage: /usr/bin/python3 scripts/make_sample.py [OUTPUT.gpkg]
"""

import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

X0, Y0 = 500000.0, 2490000.0
BLOCK = 400.0
INSET = 12.0
SYNTHETIC_NOTE = "合成示例数据（SYNTHETIC sample data, no real place）— 完整社区体检 Complete Community Check"

# id, name, (col, row, width in blocks, height in blocks), population, households, status
COMMUNITIES = [
    ("C01", "和谐社区", (0, 0, 2, 1), 9200, 3300, "既有"),
    ("C02", "幸福里社区", (2, 0, 2, 1), 11000, 3900, "既有"),
    ("C03", "翠湖社区", (4, 0, 1, 2), 4200, 1500, "既有"),
    ("C04", "学府社区", (0, 1, 2, 1), 9800, 3500, "既有"),
    ("C05", "春晖社区", (2, 1, 2, 1), 13500, 4800, "既有"),
    ("C06", "新城社区", (0, 2, 2, 1), 7600, 2600, "新建"),
    ("C07", "锦绣社区", (2, 2, 2, 1), 6000, 2100, ""),
    ("C08", "东园社区", (4, 2, 1, 2), None, None, "既有"),
    ("C09", "南湖社区", (0, 3, 2, 1), 10200, 3600, "新建"),
    ("C10", "北岭社区", (2, 3, 2, 1), 5400, 1900, "待定"),
]
SURVEY_FIELDS = ["水电路气热信", "无障碍设施", "物业服务", "物业管理服务平台", "管理机制", "综合管理服务", "社区文化",
                 "停车资源统筹", "电动自行车停放充电", "垃圾分类投放点", "慢行系统"]
# survey answers per community: 1 是, 0 否, None empty (to be verified)
SURVEY = {
    "C01": [1] * 11,
    "C02": [1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1],
    "C03": [1, 0, 0, 0, 1, 1, 0, 1, 0, 1, 0],
    "C04": [1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1],
    "C05": [1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1],
    "C06": [1, 1, 1, 1, 1, 1, 1, None, 1, 1, 1],
    "C07": [1, None, 1, 1, None, 1, 1, 1, 1, 1, 1],
    "C08": [None] * 11,
    "C09": [1, 1, 1, 1, 1, 1, 1, None, 1, 1, 1],
    "C10": [0, 0, 1, 0, 1, 1, 1, 0, 0, 0, 0],
}
# 快件箱格口数, 日均投递量, 机动车停车位, 充电车位, 物业用房面积, 总建筑面积
COUNTS = {
    "C01": (900, 800, 2100, None, None, None),
    "C02": (700, 900, 2500, None, None, None),
    "C03": (300, 260, 600, None, None, None),
    "C04": (1000, 850, 1900, None, None, None),
    "C05": (1500, 1300, 2600, None, None, None),
    "C06": (900, 700, 2700, 2700, 700, 300000),
    "C07": (None, 500, 1500, None, None, None),
    "C08": (None, None, None, None, None, None),
    "C09": (1200, 1000, 3400, 2000, 600, 330000),
    "C10": (200, 400, 800, None, None, None),
}
# the full set of facilities of a community: (type, name suffix, offset x, offset y, building, land, classes)
FULL_SET = [
    ("社区综合服务站", "社区服务站", -60, 40, 900, None, None),
    ("幼儿园", "幼儿园", 80, -60, 2600, 4000, 9),
    ("托儿所", "托育中心", 40, 70, 260, None, None),
    ("老年服务站", "长者服务站", -80, -40, 300, None, None),
    ("老年人日间照料中心", "日间照料中心", -100, 60, 420, None, None),
    ("社区卫生服务站", "社区卫生服务站", 100, 20, 180, None, None),
    ("综合超市", "生活超市", 150, -20, 450, None, None),
    ("智能快件箱", "丰巢快递柜", 30, -100, None, None, None),
    ("智能快件箱", "智能信包箱", -90, -100, None, None, None),  # a second set: the standard asks for 多组
    ("邮政快递末端综合服务站", "菜鸟驿站", -20, -110, 20, None, None),
    ("理发店", "理发店", 170, 40, 60, None, None),
    ("药店", "大药房", 160, 80, 120, None, None),
    ("餐饮店", "面馆", 120, 110, 90, None, None),
    ("洗衣店", "洗衣店", 190, -70, 50, None, None),
    ("垃圾分类投放点", "垃圾分类投放点", -150, -90, None, 20, None),
    ("生活垃圾收集站", "垃圾收集站", -170, 100, None, 150, None),
    ("公共厕所", "公共厕所", -130, 120, 40, None, None),
    ("公共活动场地", "健身广场", 10, 10, None, 600, None),
    ("社区游园", "社区游园", -30, -10, None, 5000, None),
    ("电动自行车停放充电场所", "电动车棚", 60, 130, None, 80, None),
    ("物业管理用房", "物业服务中心", -40, 140, 120, None, None),
]
# what each community lacks or has differently from the full set: type → None (absent) or dict of changes
CHANGES = {
    "C01": {},
    "C02": {"托儿所": None, "老年人日间照料中心": None, "社区游园": {"land": None}},
    "C03": {"幼儿园": None, "托儿所": None, "社区卫生服务站": None, "综合超市": None, "老年服务站": None,
            "老年人日间照料中心": None, "理发店": None, "药店": None, "洗衣店": None, "公共厕所": None,
            "社区综合服务站": {"building": 500}, "公共活动场地": {"land": 100}},
    "C04": {"幼儿园": {"building": 1800, "classes": 6}, "智能快件箱": None},
    "C05": {"幼儿园": {"classes": None}, "综合超市": None, "convenience": 2, "one_locker_set": True},
    "C06": {"邮政快递末端综合服务站": {"building": 12}, "社区游园": {"land": 3000},
            "多功能运动场地": {"land": 900}},
    "C07": {"幼儿园": {"building": None, "land": None}, "综合超市": None, "convenience": 1},
    "C08": {},
    "C09": {"公共厕所": {"building": 25}},
    "C10": {"幼儿园": None, "托儿所": None, "社区卫生服务站": None, "老年服务站": None, "综合超市": None,
            "智能快件箱": None, "餐饮店": None, "药店": None},
}
BUS_STOPS = [(0, 0), (2, 0), (4, 0), (0, 1), (2, 1), (4, 1), (5, 1), (1, 2), (3, 2), (5, 2.5)]


def community_polygon(col, row, width, height):
    x1, y1 = X0 + col * BLOCK + INSET, Y0 + row * BLOCK + INSET
    x2, y2 = X0 + (col + width) * BLOCK - INSET, Y0 + (row + height) * BLOCK - INSET
    return [(x1, y1), (x2, y1), (x2, y2), (x1, y2), (x1, y1)]


def centre(col, row, width, height):
    return X0 + (col + width / 2) * BLOCK, Y0 + (row + height / 2) * BLOCK


def facilities_of(community_id, name, box):
    cx, cy = centre(*box)
    changes = CHANGES[community_id]
    rows = []
    for kind, suffix, dx, dy, building, land, classes in FULL_SET:
        if kind in changes and changes[kind] is None:
            continue
        if changes.get("one_locker_set") and suffix == "智能信包箱":
            continue
        change = changes.get(kind) or {}
        rows.append((kind, name[:-2] + suffix, cx + dx, cy + dy, change.get("building", building),
                     change.get("land", land), change.get("classes", classes)))
    for kind in ("多功能运动场地",):
        if kind in changes:
            rows.append((kind, name[:-2] + "运动场", cx + 200, cy + 120, None, changes[kind]["land"], None))
    for number in range(changes.get("convenience", 0)):
        rows.append(("便利店", "{}便利店{}号".format(name[:-2], number + 1), cx - 200 + 60 * number, cy - 130,
                     70, None, None))
    return rows


def build(path):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )

    from complete_community.core.qgis_compat import enum_value

    crs = QgsCoordinateReferenceSystem("EPSG:4547")
    rng = random.Random(2020)
    layers = []

    fields = ["社区编号:string", "社区名称:string", "人口:integer", "户数:integer", "新建既有:string"]
    fields += ["{}:string".format(f) for f in SURVEY_FIELDS]
    fields += ["快件箱格口数:integer", "日均投递量:integer", "机动车停车位:integer", "充电车位:integer",
               "物业用房面积:double", "总建筑面积:double"]
    communities = QgsVectorLayer("Polygon?crs=EPSG:4547&" + "&".join("field=" + f for f in fields), "communities",
                                 "memory")
    features = []
    for community_id, name, box, population, households, status in COMMUNITIES:
        feature = QgsFeature(communities.fields())
        feature.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in community_polygon(*box)]]))
        answers = ["是" if a == 1 else ("否" if a == 0 else None) for a in SURVEY[community_id]]
        feature.setAttributes([community_id, name, population, households, status or None] + answers +
                              list(COUNTS[community_id]))
        features.append(feature)
    communities.dataProvider().addFeatures(features)
    layers.append(communities)

    facilities = QgsVectorLayer("Point?crs=EPSG:4547&field=编号:string&field=名称:string&field=设施类型:string"
                                "&field=建筑面积:double&field=用地面积:double&field=班数:integer",
                                "facilities", "memory")
    features = []
    number = 0
    for community_id, name, box, _population, _households, _status in COMMUNITIES:
        for kind, facility_name, x, y, building, land, classes in facilities_of(community_id, name, box):
            number += 1
            feature = QgsFeature(facilities.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(round(x, 1), round(y, 1))))
            feature.setAttributes(["F{:03d}".format(number), facility_name, kind, building, land, classes])
            features.append(feature)
    for col, row in BUS_STOPS:
        number += 1
        feature = QgsFeature(facilities.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 + col * BLOCK + 8, Y0 + row * BLOCK + 30)))
        stop_name = "{}路{}号公交站".format(col + 1, int(row * 2) + 1)
        feature.setAttributes(["F{:03d}".format(number), stop_name, "公交站", None, None, None])
        features.append(feature)
    facilities.dataProvider().addFeatures(features)
    layers.append(facilities)

    streets = QgsVectorLayer("LineString?crs=EPSG:4547&field=道路名称:string&field=道路等级:string", "streets",
                             "memory")
    features = []
    width, height = 5, 4
    # one line per street, with a vertex at every crossing (as in surveyed centre lines)
    xs = [X0 + i * BLOCK / 2 for i in range(width * 2 + 1)]
    ys = [Y0 + j * BLOCK / 2 for j in range(height * 2 + 1)]
    for i, x in enumerate(xs):
        feature = QgsFeature(streets.fields())
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for y in ys]))
        feature.setAttributes(["经{}路".format(i + 1), "主干路" if i % 2 == 0 else "支路"])
        features.append(feature)
    for j, y in enumerate(ys):
        feature = QgsFeature(streets.fields())
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x in xs]))
        feature.setAttributes(["纬{}路".format(j + 1), "主干路" if j % 2 == 0 else "支路"])
        features.append(feature)
    streets.dataProvider().addFeatures(features)
    layers.append(streets)

    residents = QgsVectorLayer("Point?crs=EPSG:4547&field=楼栋:string&field=人口:integer", "residents", "memory")
    features = []
    for community_id, _name, box, population, _households, _status in COMMUNITIES:
        if not population:
            continue
        ring = community_polygon(*box)
        x1, y1 = ring[0]
        x2, y2 = ring[2]
        buildings = [(x, y) for x in range(int(x1) + 40, int(x2) - 20, 70)
                     for y in range(int(y1) + 40, int(y2) - 20, 60)]
        weights = [rng.uniform(0.6, 1.4) for _ in buildings]
        total = sum(weights)
        for index, ((x, y), weight) in enumerate(zip(buildings, weights)):
            feature = QgsFeature(residents.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            feature.setAttributes(["{}-{:02d}".format(community_id, index + 1), round(population * weight / total)])
            features.append(feature)
    residents.dataProvider().addFeatures(features)
    layers.append(residents)

    path = Path(path)
    partial = path.with_suffix(".part.gpkg")
    if partial.exists():
        partial.unlink()
    for index, layer in enumerate(layers):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = layer.name()
        options.fileEncoding = "UTF-8"
        options.layerOptions = ["DESCRIPTION={}".format(SYNTHETIC_NOTE)]
        options.actionOnExistingFile = enum_value(
            "QgsVectorFileWriter.ActionOnExistingFile." + ("CreateOrOverwriteFile" if index == 0
                                                           else "CreateOrOverwriteLayer"))
        error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(partial), QgsCoordinateTransformContext(),
                                                          options)
        if error[0] != enum_value("Qgis.VectorFileWriterError.NoError", "QgsVectorFileWriter.WriterError.NoError"):
            raise RuntimeError("writing {}: {}".format(layer.name(), error))
    os.replace(partial, path)
    return crs


def main(argv):
    from plugin_package import register_package
    from qgis.core import QgsApplication

    register_package()
    app = QgsApplication([], False)
    app.initQgis()
    target = Path(argv[0]) if argv else ROOT / "resources" / "sample" / "sample_district.gpkg"
    target.parent.mkdir(parents=True, exist_ok=True)
    build(target)
    print("wrote", target)


if __name__ == "__main__":
    main(sys.argv[1:])
