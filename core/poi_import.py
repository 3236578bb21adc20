"""Amap (高德) and Baidu POI exports as rows: which column holds what, where each row stands, and which coordinate
system a file is in — chosen, or read from the file's own evidence (or "unknown": a guess is not an answer).

Pure Python and numpy: the Processing algorithm (completecommunity:importpoi) reads the files, converts, classifies
with the bundled mapping and writes the layer.

How a file says what it is in, in the order the evidence is weighed:
1. a coordinate column's name (lng_wgs84, gcj_lat, bd09_lng, 百度经度 …);
2. numbers exactly as the web services hand them out: Amap and Baidu give at most 6 decimals; latitudes that all lie
   on that 1e-6° grid are raw output — GCJ-02 from Amap (its type strings or typecodes), BD-09 from Baidu (its
   uid/tag columns); raw output of an unknown service stays unknown;
3. numbers a converter made: when undoing the common GCJ-02 → WGS-84 conversions (the one-step formula most scripts
   use, or the exact inverse) puts the latitudes on the 6-decimal grid, the file is WGS-84 converted from raw GCJ-02
   (a random latitude lands within 1e-8° of the grid 2 % of the time: ≥ 90 % of a sample is no accident);
4. otherwise unknown.
"""

import csv
import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import numpy as np

from complete_community.core.chinese_coordinates import gcj02_offset, wgs84_to_gcj02
from complete_community.core.i18n import tr
from complete_community.core.values import find_field, is_missing

# column → candidate header names (compared case-insensitively; Chinese and English, Amap's and Baidu's)
COLUMNS = {
    "name": ("name", "名称", "poi名称", "名字", "title", "poi_name"),
    "category": ("type", "类型", "分类", "类别", "poi_type", "tag", "标签", "detail_info_tag", "detail_info.tag",
                 "行业分类"),
    "code": ("typecode", "类型编码", "type_code", "分类编码", "类型代码"),
    "location": ("location", "坐标", "经纬度", "lnglat", "lng_lat", "lonlat", "位置"),
    "lon": ("lon", "lng", "longitude", "经度", "x", "location_lng", "location.lng", "lng_gcj02", "gcj02_lng",
            "gcj_lng", "lng_wgs84", "wgs84_lng", "wgs_lng", "lng_bd09", "bd09_lng", "bd_lng", "百度经度", "高德经度",
            "lon_wgs84", "wgs84_lon", "lon_gcj02", "gcj02_lon"),
    "lat": ("lat", "latitude", "纬度", "y", "location_lat", "location.lat", "lat_gcj02", "gcj02_lat", "gcj_lat",
            "lat_wgs84", "wgs84_lat", "wgs_lat", "lat_bd09", "bd09_lat", "bd_lat", "百度纬度", "高德纬度"),
    "address": ("address", "地址", "addr", "详细地址"),
    "district": ("adname", "区县", "区", "district", "area", "行政区", "所属区县", "区域", "county"),
}
AMAP_COLUMNS = ("typecode", "adname", "adcode", "pname", "cityname", "biz_type")
BAIDU_COLUMNS = ("uid", "detail_info_tag", "detail_info.tag", "street_id", "detail")
COLUMN_HINTS = (("bd09", re.compile(r"bd09|bd_|_bd|百度|baidu", re.I)),
                ("gcj02", re.compile(r"gcj|高德|火星|amap|gaode", re.I)),
                ("wgs84", re.compile(r"wgs", re.I)))
AUTO = "auto"
UNKNOWN = "unknown"
GRID = 1e-6  # the web services' 6 decimals
ON_GRID = 1e-8  # degrees: "on the grid"
ON_GRID_SHARE = 0.9
MIN_ROWS_TO_JUDGE = 5
SAMPLE_ROWS = 500
NUMBER = re.compile(r"^\s*[-+]?\d+(\.\d+)?\s*$")


class PoiFileError(Exception):
    pass


@dataclass
class Columns:
    """The header of each column found (None when absent)."""

    name: Optional[str] = None
    category: Optional[str] = None
    code: Optional[str] = None
    location: Optional[str] = None
    lon: Optional[str] = None
    lat: Optional[str] = None
    address: Optional[str] = None
    district: Optional[str] = None

    def describe(self):
        return ", ".join("{}={}".format(key, value) for key, value in vars(self).items() if value)


@dataclass
class PoiTable:
    path: str
    headers: List[str]
    rows: List[Dict[str, object]]
    columns: Columns = field(default_factory=Columns)


@dataclass(frozen=True)
class Detection:
    system: str  # wgs84 | gcj02 | bd09 | unknown
    evidence: str  # what made it so, for the log


def read_csv(path) -> Tuple[List[str], List[Dict[str, object]]]:
    """(headers, rows) of a CSV file in UTF-8 (with or without a byte-order mark) or, failing that, GB18030 (what
    Excel and WPS write on Chinese Windows)."""
    raw = Path(path).read_bytes()
    if b"\x00" in raw[:65536]:  # no text encoding of a CSV holds NUL bytes
        raise PoiFileError(tr("it is not a text file (it holds binary data): give the CSV or Excel file the export "
                              "wrote"))
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover — gb18030 decodes every byte sequence that utf-8 refuses … nearly
        raise PoiFileError(tr("neither UTF-8 nor GB18030 text"))
    if not text.strip():
        raise PoiFileError(tr("the file is empty (no header row, no rows)"))
    # strict: a quotation mark never closed would otherwise swallow the rest of the file into one value
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows, line = [], 1
    try:
        headers = [h.strip() for h in next(reader)]
        while True:
            line = reader.line_num + 1  # where the next row starts
            values = next(reader, None)
            if values is None:
                break
            if not any(v.strip() for v in values):
                rows.append(None)  # an empty line keeps its row number
                continue
            rows.append(dict(zip(headers, values)))
    except csv.Error:
        raise PoiFileError(tr("line {}: a quotation mark is not closed, or stands inside a value. Correct that "
                              "line, or save the file again as CSV from Excel or WPS.").format(line)) from None
    return headers, rows


def detect_columns(headers) -> Columns:
    names = list(headers)
    found = {key: find_field(names, candidates) for key, candidates in COLUMNS.items()}
    if found["lon"] is None or found["lat"] is None:
        found["lon"] = found["lat"] = None
    return Columns(**found)


def _number(value):
    if is_missing(value):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip()
        if not NUMBER.match(text):
            return None
        number = float(text)
    return number if math.isfinite(number) else None


def row_coordinates(row, columns: Columns) -> Optional[Tuple[float, float]]:
    """(lon, lat) of a row, or None when they are missing, not numbers or not a longitude/latitude."""
    if row is None:
        return None
    if columns.lon and columns.lat:
        lon, lat = _number(row.get(columns.lon)), _number(row.get(columns.lat))
    elif columns.location:
        text = row.get(columns.location)
        if is_missing(text):
            return None
        parts = re.split(r"[,，;；\s]+", str(text).strip())
        if len(parts) != 2:
            return None
        lon, lat = _number(parts[0]), _number(parts[1])
    else:
        return None
    if lon is None or lat is None or not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
        return None
    return lon, lat


def _on_grid_share(lat):
    lat = np.asarray(lat, dtype=float)
    if len(lat) == 0:
        return 0.0
    return float(np.mean(np.abs(lat / GRID - np.round(lat / GRID)) * GRID <= ON_GRID))


def _undo_one_step_gcj_to_wgs(lon, lat, iterations=20):
    """The GCJ-02 point g that the one-step formula (w = g − offset(g)) turned into (lon, lat)."""
    gx, gy = np.array(lon, dtype=float), np.array(lat, dtype=float)
    for _ in range(iterations):
        dlon, dlat = gcj02_offset(gx, gy)
        gx, gy = lon + dlon, lat + dlat
    return gx, gy


def detect_system(table: PoiTable, coordinates) -> Detection:
    """What a file's own evidence says about its coordinate system (see the module's text)."""
    columns = table.columns
    for header in (columns.lon, columns.lat, columns.location):
        for system, pattern in COLUMN_HINTS:
            if header and pattern.search(header):
                return Detection(system, tr("the column name “{}”").format(header))
    points = np.array([c for c in coordinates if c is not None], dtype=float).reshape(-1, 2)
    if len(points) < MIN_ROWS_TO_JUDGE:
        return Detection(UNKNOWN, tr("too few rows with coordinates to judge ({})").format(len(points)))
    points = points[np.unique(np.linspace(0, len(points) - 1, min(SAMPLE_ROWS, len(points))).astype(int))]
    lon, lat = points[:, 0], points[:, 1]
    lowered = {h.strip().lower() for h in table.headers}
    amap = bool(lowered & set(AMAP_COLUMNS)) or _amap_type_strings(table)
    baidu = bool(lowered & set(BAIDU_COLUMNS))
    raw = _on_grid_share(lat)
    if raw >= ON_GRID_SHARE:
        if amap and not baidu:
            return Detection("gcj02", tr("raw Amap output: {:.0%} of the latitudes have at most 6 decimals, and the "
                                         "file has Amap's columns or type strings").format(raw))
        if baidu and not amap:
            return Detection("bd09", tr("raw Baidu output: {:.0%} of the latitudes have at most 6 decimals, and the "
                                        "file has Baidu's columns").format(raw))
        return Detection(UNKNOWN, tr("{:.0%} of the latitudes have at most 6 decimals (raw web-map output), but "
                                     "nothing says whether from Amap (GCJ-02) or Baidu (BD-09)").format(raw))
    one_step = _on_grid_share(_undo_one_step_gcj_to_wgs(lon, lat)[1])
    exact = _on_grid_share(wgs84_to_gcj02(lon, lat)[1])
    best, how = max((one_step, tr("the common one-step formula")), (exact, tr("the exact inverse")))
    if best >= ON_GRID_SHARE:
        return Detection("wgs84", tr("converted to WGS-84 from 6-decimal GCJ-02: undoing {} puts {:.0%} of the "
                                     "latitudes on the 6-decimal grid of Amap's output").format(how, best))
    return Detection(UNKNOWN, tr("no column name says it, the values are not raw 6-decimal output ({:.0%}), and "
                                 "undoing a GCJ-02 → WGS-84 conversion does not give raw output either ({:.0%})")
                     .format(raw, best))


def _amap_type_strings(table: PoiTable, sample=50):
    """Amap's type strings: 大类;中类;小类 with a main class of Amap's list (…服务, 交通设施服务 …)."""
    column = table.columns.category
    if not column:
        return False
    texts = [str(row.get(column) or "") for row in table.rows[:sample] if row]
    typed = [t for t in texts if t.count(";") >= 2 and t.split(";")[0].endswith(("服务", "设施", "场所", "名胜", "住宿",
                                                                                    "相关", "机构", "团体", "区"))]
    return bool(texts) and len(typed) >= 0.8 * len(texts)
