"""completecommunity:importpoi: Amap/Baidu exports (CSV, Excel; one or many) → one classified point layer in WGS-84,
with each row's file and row; the coordinate system chosen or read from the file's own evidence (unknown refused);
rows without coordinates reported by file and row; the six real Shanghai Amap files in one run, inside Shanghai."""

import csv

import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsProcessingException, QgsVectorLayer

from complete_community.core.chinese_coordinates import convert, gcj02_offset, metres_between
from complete_community.core.poi_import import PoiTable, detect_columns, detect_system, read_csv, row_coordinates
from helpers import output_layer, run_algorithm

SHANGHAI_FILES = ("shanghai_bus.csv", "shanghai_hospital.csv", "shanghai_kindergarten.csv", "shanghai_metro.csv",
                  "shanghai_primary_school.csv", "shanghai_school.csv")
# GCJ-02 points as Amap hands them out (6 decimals) in Guangzhou
GCJ_ROWS = [("广州市第一幼儿园", "科教文化服务;学校;幼儿园", "141204", "113.264385,23.129112", "越秀区"),
            ("东山小学", "科教文化服务;学校;小学", "141203", "113.295432,23.122761", "越秀区"),
            ("农林下路公交站", "交通设施服务;公交车站;公交车站相关", "150700", "113.291234,23.125561", "越秀区"),
            ("某某社区卫生服务中心", "医疗保健服务;综合医院;卫生院", "090102", "113.281111,23.131313", "越秀区"),
            ("某某酒店", "住宿服务;宾馆酒店;宾馆酒店", "100100", "113.270001,23.120002", "越秀区"),
            ("没有坐标的点", "科教文化服务;学校;幼儿园", "141204", "", "越秀区"),
            ("坐标写错的点", "科教文化服务;学校;幼儿园", "141204", "113.27;abc", "越秀区")]


def write_csv(path, header, rows, encoding="utf-8"):
    with open(path, "w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return str(path)


def table_of(path):
    headers, rows = read_csv(path)
    table = PoiTable(str(path), headers, rows, detect_columns(headers))
    return table, [row_coordinates(row, table.columns) for row in rows]


def run(files, **parameters):
    result, context, feedback = run_algorithm("importpoi", dict({"INPUT": files, "OUTPUT": "TEMPORARY_OUTPUT"},
                                                                **parameters))
    return result, output_layer(result["OUTPUT"], context), feedback


def test_amap_location_column_detected_as_gcj02_converted_and_classified(provider, tmp_path):
    path = write_csv(tmp_path / "高德_越秀.csv", ["名称", "类型", "typecode", "location", "adname"], GCJ_ROWS)
    table, coordinates = table_of(path)
    assert table.columns.location == "location" and table.columns.category == "类型"
    assert detect_system(table, coordinates).system == "gcj02"
    result, layer, feedback = run([path])
    assert result["IMPORTED_COUNT"] == 5 == layer.featureCount()
    assert result["BAD_COORDINATES_COUNT"] == 2
    assert any("2 rows without usable coordinates" in w and "rows: 7, 8" in w for w in feedback.warnings)
    assert layer.crs().authid() == "EPSG:4326"
    by_name = {f["name"]: f for f in layer.getFeatures()}
    first = by_name["广州市第一幼儿园"]
    assert (first["cc_type"], first["cc_type_zh"], first["source_row"], first["source_crs"]) == (
        "kindergarten", "幼儿园", 2, "gcj02")
    assert first["source_file"] == "高德_越秀.csv" and first["district"] == "越秀区"
    point = first.geometry().asPoint()
    lon, lat = convert(113.264385, 23.129112, "gcj02", "wgs84")
    assert metres_between(point.x(), point.y(), lon, lat) < 0.01
    assert metres_between(point.x(), point.y(), 113.264385, 23.129112) > 300
    assert by_name["东山小学"]["cc_type"] == "school" and by_name["农林下路公交站"]["cc_type"] == "bus_stop"
    assert result["UNMAPPED_COUNT"] == 1  # the hotel: reported with its type string
    assert any("住宿服务;宾馆酒店;宾馆酒店" in text for text in feedback.infos)


def test_baidu_gbk_columns_xlsx_and_target_crs(provider, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    bd_lon, bd_lat = convert(np.array([116.404, 116.41, 116.39, 116.42, 116.40]),
                             np.array([39.915, 39.92, 39.91, 39.93, 39.90]), "wgs84", "bd09")
    rows = [["点{}".format(i), "教育培训;幼儿园", "uid{}".format(i), "{:.6f}".format(x), "{:.6f}".format(y)]
            for i, (x, y) in enumerate(zip(bd_lon, bd_lat))]
    gbk = write_csv(tmp_path / "baidu.csv", ["名称", "标签", "uid", "经度", "纬度"], rows, encoding="gb18030")
    result, layer, feedback = run([gbk])
    assert any("raw Baidu output" in text for text in feedback.infos)
    names = sorted(f["name"] for f in layer.getFeatures())
    assert names == ["点0", "点1", "点2", "点3", "点4"]  # GB18030 read as Chinese
    moved = next(f for f in layer.getFeatures() if f["name"] == "点0").geometry().asPoint()
    assert metres_between(moved.x(), moved.y(), 116.404, 39.915) < 1.0  # 6 decimals of BD-09: ≤ 0.2 m rounding
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["name", "type", "lng", "lat"])
    sheet.append(["a", "科教文化服务;学校;幼儿园", 121.47, 31.23])
    sheet.append(["b", "科教文化服务;学校;幼儿园", "x", 31.23])
    xlsx = str(tmp_path / "pois.xlsx")
    book.save(xlsx)
    result, layer, feedback = run([xlsx, gbk], COORDINATES="gcj02", TARGET_CRS="EPSG:4547")
    assert layer.crs().authid() == "EPSG:4547" and layer.featureCount() == 6
    assert any("pois.xlsx: 1 rows without usable coordinates" in w and "rows: 3" in w for w in feedback.warnings)
    assert any("read as gcj02 as chosen, but the file looks like bd09" in w for w in feedback.warnings)


def test_unknown_system_is_refused_naming_the_file(provider, tmp_path):
    rng = np.random.default_rng(1)
    rows = [["p{}".format(i), "{!r}".format(x), "{!r}".format(y)]
            for i, (x, y) in enumerate(zip(rng.uniform(121, 122, 20), rng.uniform(31, 32, 20)))]
    path = write_csv(tmp_path / "mystery.csv", ["name", "lon", "lat"], rows)
    with pytest.raises(QgsProcessingException, match="mystery.csv: its coordinate system cannot be told"):
        run([path])
    result, _layer, _feedback = run([path], COORDINATES="wgs84")
    assert result["IMPORTED_COUNT"] == 20
    no_coordinates = write_csv(tmp_path / "names.csv", ["name"], [["a"]])
    with pytest.raises(QgsProcessingException, match="names.csv: no coordinate columns"):
        run([no_coordinates], COORDINATES="wgs84")


def districts(shared_data):
    layer = QgsVectorLayer(str(shared_data / "shanghai_amap" / "shanghai_districts_2017.shp"), "d", "ogr")
    assert layer.isValid() and layer.featureCount() == 17
    return QgsGeometry.unaryUnion([f.geometry() for f in layer.getFeatures()])


def outside(shanghai, lon, lat):
    """Which points lie outside the polygon (a boolean array)."""
    from qgis.core import QgsGeometry, QgsPointXY

    engine = QgsGeometry.createGeometryEngine(shanghai.constGet())
    engine.prepareGeometry()
    found = []
    for x, y in zip(lon, lat):
        point = QgsGeometry.fromPointXY(QgsPointXY(x, y))  # kept alive while the engine reads it
        found.append(not engine.intersects(point.constGet()))
    return np.array(found)


@pytest.mark.shared_data
def test_six_shanghai_amap_files_in_one_run(provider, shared_data):
    folder = shared_data / "shanghai_amap"
    files = [str(folder / name) for name in SHANGHAI_FILES]
    rows = 0
    for path in files:
        with open(path, encoding="utf-8", newline="") as handle:
            rows += len(list(csv.reader(handle))) - 1  # counted without our reader (PROVENANCE counts lines)
        table, coordinates = table_of(path)
        detection = detect_system(table, coordinates)
        # the files' own evidence: WGS-84 made from Amap's 6-decimal GCJ-02 by the one-step formula
        assert detection.system == "wgs84" and "one-step formula" in detection.evidence and "100%" in detection.evidence
    result, layer, feedback = run(files)
    assert result["IMPORTED_COUNT"] == rows == layer.featureCount() == 27514
    assert result["BAD_COORDINATES_COUNT"] == 0
    assert {f["source_file"] for f in layer.getFeatures()} == set(SHANGHAI_FILES)
    types = {}
    for feature in layer.getFeatures():
        types.setdefault(feature["source_file"], set()).add(feature["cc_type"])
    assert "kindergarten" in types["shanghai_kindergarten.csv"] and "metro_station" in types["shanghai_metro.csv"]
    assert "bus_stop" in types["shanghai_bus.csv"]

    shanghai = districts(shared_data)
    imported = np.array([(f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in layer.getFeatures()])
    source = np.array([(f["source_lon"], f["source_lat"]) for f in layer.getFeatures()])
    outside_before = int(outside(shanghai, source[:, 0], source[:, 1]).sum())
    off = outside(shanghai, imported[:, 0], imported[:, 1])
    outside_after = int(off.sum())
    # what a user who took the files for GCJ-02 would have got: every point moved again by ~500 m
    wrong = convert(source[:, 0], source[:, 1], "gcj02", "wgs84")
    outside_wrong = int(outside(shanghai, *wrong).sum())
    moved = metres_between(source[:, 0], source[:, 1], *wrong)
    print("\nShanghai Amap: {} rows; outside the 17 district polygons: {} as in the files, {} after the import, "
          "{} if taken for GCJ-02 (moved {:.0f}–{:.0f} m)".format(rows, outside_before, outside_after, outside_wrong,
                                                                moved.min(), moved.max()))
    # three bus stops of lines across the border (to 花桥/Kunshan, 海门 …) stand 16–238 m outside Shanghai, as in
    # the files; taken for GCJ-02, fifteen times as many points would leave Shanghai
    assert outside_after == outside_before == 3
    assert outside_wrong > 10 * outside_after
    far = [f for f, is_off in zip(layer.getFeatures(), off) if is_off]
    assert {f["source_file"] for f in far} == {"shanghai_bus.csv"}
    assert all(shanghai.distance(f.geometry()) < 0.003 for f in far)  # < 300 m
    dlon, _dlat = gcj02_offset(121.47, 31.23)
    assert float(dlon) > 0.004  # sanity: the GCJ offset Shanghai would have had


def test_empty_and_broken_files_are_refused_naming_them(provider, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(QgsProcessingException, match="empty.csv cannot be read: the file is empty"):
        run([str(empty)], COORDINATES="gcj02")
    header_only = write_csv(tmp_path / "header.csv", ["name", "lng", "lat"], [])
    with pytest.raises(QgsProcessingException, match="header.csv: its coordinate system cannot be told"):
        run([header_only])
    result, layer, _feedback = run([header_only], COORDINATES="gcj02")
    assert result["IMPORTED_COUNT"] == 0 == layer.featureCount()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    with pytest.raises(QgsProcessingException, match="broken.xlsx cannot be read"):
        run([str(broken)], COORDINATES="gcj02")
    with pytest.raises(QgsProcessingException, match="missing.csv: no such file"):
        run([str(tmp_path / "missing.csv")])
