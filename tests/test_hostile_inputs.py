"""The bad-input corpus (tests/hostile_corpus.py) through every public algorithm: each case ends in its exact outcome —
a clear message (which layer or parameter, what to do), a warning beside a correct result, or a correct result — and
never in a traceback, a hang, a changed input or a half-written output."""

import hashlib
import os
from pathlib import Path

import pytest
from hostile_corpus import (
    OUT,
    Case,
    affine,
    bow_tie,
    centroid,
    changed,
    check_results,
    curved,
    disc,
    first_only,
    out,
    results_layer,
    sample_copy,
    sample_layer,
    sliver,
    uri,
    write_bytes,
    write_text,
    written,
    zero_length,
)
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProcessingException, QgsVectorLayer

from helpers import recording_feedback, run_algorithm


def check_inputs(folder, **extra):
    parameters = {"COMMUNITIES": uri(folder, "communities"), "FACILITIES": uri(folder, "facilities"),
                  "NETWORK": uri(folder, "streets"), "OUTPUT": out(folder, "results.gpkg"),
                  "OUTPUT_ITEMS": out(folder, "items.gpkg")}
    parameters.update(extra)
    return parameters


def areas_inputs(folder, **extra):
    parameters = {"NETWORK": uri(folder, "streets"), "FACILITIES": uri(folder, "facilities"),
                  "TYPES": "幼儿园", "OUTPUT_LINES": out(folder, "lines.gpkg"),
                  "OUTPUT_POLYGONS": out(folder, "areas.gpkg")}
    parameters.update(extra)
    return parameters


def qa_inputs(folder, **extra):
    parameters = {"NETWORK": uri(folder, "streets"), "OUTPUT_POINTS": out(folder, "points.gpkg"),
                  "OUTPUT_LINES": out(folder, "lines.gpkg")}
    parameters.update(extra)
    return parameters


def classify_inputs(folder, **extra):
    parameters = {"INPUT": uri(folder, "facilities"), "MAPPING": "cn-keywords", "OUTPUT": out(folder, "classified.gpkg")}
    parameters.update(extra)
    return parameters


def export_inputs(folder, **extra):
    parameters = {"OUTPUT": out(folder, "checklist.csv")}
    parameters.update(extra)
    return parameters


def community_value(result, context, field, community="C01"):
    layer = QgsVectorLayer(result["OUTPUT"], "r", "ogr")
    return next(f[field] for f in layer.getFeatures() if f["cc_id"] == community)


def features_of(path):
    return QgsVectorLayer(str(path), "o", "ogr").featureCount()


PROFILE_BAD_VALUE = """format: complete-community-profile/1
id: city
name: {zh_CN: 某市, en: City}
extends: mohurd-2020
walk_speed: {value: -60, unit: m/min, confidence: L, source: city}
"""
PROFILE_GOOD = PROFILE_BAD_VALUE.replace("value: -60", "value: 70")
MAPPING_BAD_REGEX = """format: complete-community-mapping/1
id: mine
name: {zh_CN: 自定, en: Mine}
fields: {name: [名称]}
rules:
  - {id: kindergarten, when: {name: {regex: "幼儿园("}}, type: kindergarten}
"""

CHECK = "checkcommunities"
AREAS = "walkingserviceareas"
QA = "networkqa"
CLASSIFY = "classifyfacilities"
EXPORT = "exportprofile"
CHECK_OUTPUTS = ("OUTPUT", "OUTPUT_ITEMS")
AREA_OUTPUTS = ("OUTPUT_LINES", "OUTPUT_POLYGONS")
QA_OUTPUTS = ("OUTPUT_POINTS", "OUTPUT_LINES")

CASES = [
    # --- the check: geometry kinds, geometries, empty layers
    Case("check-communities-as-points", CHECK, lambda d: check_inputs(
        d, COMMUNITIES=changed(d, "communities", geometry=centroid, wkb="Point")), "error",
         ("holds points; it must hold polygons",), outputs=CHECK_OUTPUTS),
    Case("check-network-as-points", CHECK, lambda d: check_inputs(
        d, NETWORK=changed(d, "streets", geometry=centroid, wkb="Point")), "error",
         ("holds points; it must hold lines",), outputs=CHECK_OUTPUTS),
    Case("check-network-as-polygons", CHECK, lambda d: check_inputs(
        d, NETWORK=changed(d, "communities")), "error", ("holds polygons; it must hold lines",),
         outputs=CHECK_OUTPUTS),
    Case("check-facilities-as-lines", CHECK, lambda d: check_inputs(
        d, FACILITIES=changed(d, "streets")), "error", ("holds lines; it must hold points or polygons",),
         outputs=CHECK_OUTPUTS),
    Case("check-residents-as-lines", CHECK, lambda d: check_inputs(
        d, RESIDENTS=changed(d, "streets")), "error", ("holds lines; it must hold points or polygons",),
         outputs=CHECK_OUTPUTS),
    Case("check-curved-communities", CHECK, lambda d: check_inputs(
        d, COMMUNITIES=changed(d, "communities", geometry=curved, wkb="CurvePolygon")), "ok",
         check=lambda r, c, f, d: (r["COMMUNITY_COUNT"] == 10) or pytest.fail("curves lost")),
    Case("check-no-communities", CHECK, lambda d: check_inputs(
        d, COMMUNITIES=changed(d, "communities", keep=lambda f: False)), "error",
         ("The community layer has no features",), outputs=CHECK_OUTPUTS),
    Case("check-no-facilities", CHECK, lambda d: check_inputs(
        d, FACILITIES=changed(d, "facilities", keep=lambda f: False)), "warning",
         ("The facility layer has no features",), outputs=CHECK_OUTPUTS),
    Case("check-null-geometry", CHECK, lambda d: check_inputs(
        d, COMMUNITIES=changed(d, "communities", geometry=lambda f: QgsGeometry() if f.id() == 1 else f.geometry())),
         "warning", ("no geometry, skipped",), outputs=CHECK_OUTPUTS,
         check=lambda r, c, f, d: (r["COMMUNITY_COUNT"] == 9) or pytest.fail(str(r))),
    Case("check-bow-tie", CHECK, lambda d: check_inputs(
        d, COMMUNITIES=changed(d, "communities", geometry=lambda f: bow_tie(f) if f.id() == 1 else f.geometry())),
         "warning", ("invalid polygon repaired",), outputs=CHECK_OUTPUTS),
    Case("check-sliver", CHECK, lambda d: check_inputs(
        d, COMMUNITIES=changed(d, "communities", geometry=lambda f: sliver(f) if f.id() == 1 else f.geometry())),
         "warning", ("cannot be repaired, skipped",), outputs=CHECK_OUTPUTS),
    Case("check-duplicate-ids", CHECK, lambda d: check_inputs(
        d, COMMUNITIES=changed(d, "communities", attributes=lambda f: {"社区编号": "C01"})), "warning",
         ("appears more than once",), outputs=CHECK_OUTPUTS),
    # --- the check: values as surveys write them
    Case("check-population-in-wan", CHECK, lambda d: check_inputs(
        d, COMMUNITIES=changed(d, "communities", attributes=lambda f: {"人口": "约1.2万人"} if f.id() == 1 else {}, text_fields=("人口",))),
         "ok", outputs=CHECK_OUTPUTS,
         check=lambda r, c, f, d: community_value(r, c, "cc_population") == 12000 or pytest.fail("万 misread")),
    Case("check-population-unreadable", CHECK, lambda d: check_inputs(
        d, COMMUNITIES=changed(d, "communities", attributes=lambda f: {"人口": "不详"} if f.id() == 1 else {}, text_fields=("人口",))),
         "warning", ("不详",), outputs=CHECK_OUTPUTS,
         check=lambda r, c, f, d: community_value(r, c, "cc_band") == "unknown" or pytest.fail("guessed")),
    Case("check-status-unrecognised", CHECK, lambda d: check_inputs(
        d, COMMUNITIES=changed(d, "communities", attributes=lambda f: {"新建既有": "保留"})), "warning",
         ("neither new nor existing",), outputs=CHECK_OUTPUTS),
    Case("check-area-full-width-digits", CHECK, lambda d: check_inputs(
        d, FACILITIES=changed(d, "facilities", attributes=lambda f: {"建筑面积": "２２００平方米"}
                              if f["设施类型"] == "幼儿园" else {}, text_fields=("建筑面积",))), "ok", outputs=CHECK_OUTPUTS,
         check=lambda r, c, f, d: not [w for w in f.warnings if "２２００" in w] or pytest.fail(f.warnings)),
    Case("check-unknown-facility-types", CHECK, lambda d: check_inputs(
        d, FACILITIES=changed(d, "facilities", attributes=lambda f: {"设施类型": "图书馆"})), "ok",
         outputs=CHECK_OUTPUTS,
         check=lambda r, c, f, d: community_value(r, c, "cc_complete") == 0 or pytest.fail("complete without data")),
    Case("check-huge-population", CHECK, lambda d: check_inputs(
        d, COMMUNITIES=changed(d, "communities", attributes=lambda f: {"人口": "1000000000"}, text_fields=("人口",))), "ok", outputs=CHECK_OUTPUTS,
         check=lambda r, c, f, d: community_value(r, c, "cc_band") == "over" or pytest.fail("band")),
    Case("check-polygon-z", CHECK, lambda d: check_inputs(
        d, COMMUNITIES=changed(d, "communities", wkb="PolygonZ",
                               geometry=lambda f: QgsGeometry.fromWkt(f.geometry().asWkt().replace(
                                   "Polygon ((", "PolygonZ ((").replace(",", " 5,").replace("))", " 5))")))),
         "ok", outputs=CHECK_OUTPUTS, check=lambda r, c, f, d: r["COMMUNITY_COUNT"] == 10 or pytest.fail(str(r))),
    # --- the check: numbers
    Case("check-walk-speed-text", CHECK, lambda d: check_inputs(d, WALK_SPEED="abc"), "error",
         ("is not a number",), outputs=CHECK_OUTPUTS),
    Case("check-walk-speed-zero", CHECK, lambda d: check_inputs(d, WALK_SPEED=0), "error",
         ("outside the allowed range",), outputs=CHECK_OUTPUTS),
    Case("check-walk-speed-nan", CHECK, lambda d: check_inputs(d, WALK_SPEED="nan"), "error",
         ("not a finite number",), outputs=CHECK_OUTPUTS),
    Case("check-snap-negative", CHECK, lambda d: check_inputs(d, SNAP_TOLERANCE=-1), "error",
         ("outside the allowed range",), outputs=CHECK_OUTPUTS),
    Case("check-max-access-text", CHECK, lambda d: check_inputs(d, MAX_ACCESS="一百"), "error",
         ("is not a number",), outputs=CHECK_OUTPUTS),
    # --- the check: outputs
    Case("check-output-is-input", CHECK, lambda d: check_inputs(d, OUTPUT=str(sample_copy(d))), "error",
         ("is the file of the input",), outputs=("OUTPUT_ITEMS",)),
    Case("check-items-is-input", CHECK, lambda d: check_inputs(d, OUTPUT_ITEMS=str(sample_copy(d))), "error",
         ("is the file of the input",), outputs=("OUTPUT",)),
    Case("check-shapefile-output", CHECK, lambda d: check_inputs(
        d, OUTPUT=out(d, "results.shp"), OUTPUT_ITEMS=out(d, "items.shp")), "warning",
         ("field names hold at most 10 bytes", "community_id → "), outputs=CHECK_OUTPUTS,
         check=lambda r, c, f, d: shapefile_ok(Path(d) / OUT / "results.shp", Path(d) / OUT / "items.dbf")),
    Case("check-rerun-same-output", CHECK, lambda d: rerun(d), "ok", outputs=CHECK_OUTPUTS,
         check=lambda r, c, f, d: features_of(r["OUTPUT"]) == 10 or pytest.fail("doubled")),
    # --- the check: CRSs
    Case("check-no-crs", CHECK, lambda d: check_inputs(
        d, COMMUNITIES=changed(d, "communities", crs=None)), "error", ("has no coordinate reference system",),
         outputs=CHECK_OUTPUTS),
    Case("check-metres-in-degrees", CHECK, lambda d: check_inputs(
        d, COMMUNITIES=changed(d, "communities", crs="EPSG:4326")), "error", ("cannot be longitudes",),
         outputs=CHECK_OUTPUTS),
    Case("check-degrees-in-metres", CHECK, lambda d: check_inputs(
        d, FACILITIES=changed(d, "facilities", geometry=lambda f: affine(f.geometry(), 0.00001, 110, 20)),
        NETWORK=None), "error", ("look like longitudes",), outputs=CHECK_OUTPUTS),
    Case("check-facilities-far-away", CHECK, lambda d: check_inputs(
        d, FACILITIES=changed(d, "facilities", crs="EPSG:4326",
                              geometry=lambda f: QgsGeometry.fromWkt("POINT(24 0)"))), "error",
         ("cannot be transformed",), outputs=CHECK_OUTPUTS),
    # --- the check: the network
    Case("check-network-zero-length", CHECK, lambda d: check_inputs(
        d, NETWORK=changed(d, "streets", geometry=zero_length)), "error", ("collapse to nothing",),
         outputs=CHECK_OUTPUTS),
    Case("check-network-collapses", CHECK, lambda d: check_inputs(d, SNAP_TOLERANCE=100000), "error",
         ("The lines of “streets”", "collapse to nothing"), outputs=CHECK_OUTPUTS),
    Case("check-network-one-street", CHECK, lambda d: check_inputs(
        d, NETWORK=changed(d, "streets", keep=first_only)), "ok", outputs=CHECK_OUTPUTS,
         check=lambda r, c, f, d: r["COMPLETE_COUNT"] == 0 or pytest.fail(str(r))),
    # --- the check: profiles, mappings, fields
    Case("check-profile-missing", CHECK, lambda d: check_inputs(d, PROFILE_FILE=str(Path(d) / "none.yaml")), "error",
         ("none.yaml",), outputs=CHECK_OUTPUTS),
    Case("check-profile-not-yaml", CHECK, lambda d: check_inputs(
        d, PROFILE_FILE=write_text(d, "city.yaml", "walk_speed: [60\n")), "error", ("city.yaml",),
         outputs=CHECK_OUTPUTS),
    Case("check-profile-negative-speed", CHECK, lambda d: check_inputs(
        d, PROFILE_FILE=write_text(d, "city.yaml", PROFILE_BAD_VALUE)), "error", ("walk_speed",),
         outputs=CHECK_OUTPUTS),
    Case("check-mapping-bad-regex", CHECK, lambda d: check_inputs(
        d, MAPPING_FILE=write_text(d, "mine.yaml", MAPPING_BAD_REGEX)), "error",
         ("mine.yaml: rules[1].when.name.regex: invalid pattern",), outputs=CHECK_OUTPUTS),
    Case("check-mapping-catastrophic-regex", CHECK, lambda d: check_inputs(
        d, MAPPING_FILE=write_text(d, "mine.yaml", MAPPING_BAD_REGEX.replace("幼儿园(", "(\\\\w+\\\\s?)+幼儿园$"))),
         "error", ("mine.yaml", "can take practically forever"), outputs=CHECK_OUTPUTS),
    Case("check-gbk-shapefile-without-cpg", CHECK, lambda d: check_inputs(d, FACILITIES=gbk_shapefile(d)), "ok",
         ("read as GBK — its texts (", "put a .cpg file containing GBK next to the .shp"), outputs=CHECK_OUTPUTS,
         check=lambda r, c, f, d: (r["COMMUNITY_COUNT"] == 10) or pytest.fail("communities lost")),
    Case("check-type-field-missing", CHECK, lambda d: check_inputs(d, FACILITY_TYPE_FIELD="类别"), "error",
         ("类别",), outputs=CHECK_OUTPUTS),
    Case("check-population-field-missing", CHECK, lambda d: check_inputs(d, POPULATION_FIELD="常住人口"), "error",
         ("常住人口",), outputs=CHECK_OUTPUTS),
    # --- walking service areas
    Case("areas-unknown-type", AREAS, lambda d: areas_inputs(d, TYPES="图书馆"), "error",
         ("Unknown facility types: 图书馆", "幼儿园 kindergarten"), outputs=AREA_OUTPUTS),
    Case("areas-minutes-text", AREAS, lambda d: areas_inputs(d, MINUTES="5,abc"), "error",
         ("Walking times must be positive numbers",), outputs=AREA_OUTPUTS),
    Case("areas-minutes-negative", AREAS, lambda d: areas_inputs(d, MINUTES="-5"), "error",
         ("Walking times must be positive numbers",), outputs=AREA_OUTPUTS),
    Case("areas-facilities-as-lines", AREAS, lambda d: areas_inputs(d, FACILITIES=changed(d, "streets")), "error",
         ("holds lines; it must hold points or polygons",), outputs=AREA_OUTPUTS),
    Case("areas-network-as-points", AREAS, lambda d: areas_inputs(
        d, NETWORK=changed(d, "streets", geometry=centroid, wkb="Point")), "error",
         ("holds points; it must hold lines",), outputs=AREA_OUTPUTS),
    Case("areas-buffer-zero", AREAS, lambda d: areas_inputs(d, BUFFER=0), "error", ("outside the allowed range",),
         outputs=AREA_OUTPUTS),
    Case("areas-speed-text", AREAS, lambda d: areas_inputs(d, WALK_SPEED="fast"), "error", ("is not a number",),
         outputs=AREA_OUTPUTS),
    Case("areas-type-absent", AREAS, lambda d: areas_inputs(d, TYPES="地铁站"), "error",
         ("No facility of a known type",), outputs=AREA_OUTPUTS),
    Case("areas-output-is-input", AREAS, lambda d: areas_inputs(d, OUTPUT_POLYGONS=str(sample_copy(d))), "error",
         ("is the file of the input",), outputs=("OUTPUT_LINES",)),
    Case("areas-no-crs", AREAS, lambda d: areas_inputs(d, NETWORK=changed(d, "streets", crs=None)), "error",
         ("has no coordinate reference system",), outputs=AREA_OUTPUTS),
    Case("areas-curved-facilities", AREAS, lambda d: areas_inputs(
        d, FACILITIES=changed(d, "facilities", geometry=disc, wkb="CurvePolygon")), "ok", outputs=AREA_OUTPUTS,
         check=lambda r, c, f, d: features_of(r["OUTPUT_POLYGONS"]) == 1 or pytest.fail(str(r))),
    Case("check-curved-facilities", CHECK, lambda d: check_inputs(
        d, FACILITIES=changed(d, "facilities", geometry=disc, wkb="CurvePolygon")), "ok", outputs=CHECK_OUTPUTS,
         check=lambda r, c, f, d: r["COMPLETE_COUNT"] == 1 or pytest.fail(str(r))),
    # --- network QA
    Case("qa-network-as-polygons", QA, lambda d: qa_inputs(d, NETWORK=changed(d, "communities")), "error",
         ("holds polygons; it must hold lines",), outputs=QA_OUTPUTS),
    Case("qa-zero-length", QA, lambda d: qa_inputs(d, NETWORK=changed(d, "streets", geometry=zero_length)), "error",
         ("collapse to nothing",), outputs=QA_OUTPUTS),
    Case("qa-near-miss-text", QA, lambda d: qa_inputs(d, NEAR_MISS_TOLERANCE="x"), "error", ("is not a number",),
         outputs=QA_OUTPUTS),
    Case("qa-no-crs", QA, lambda d: qa_inputs(d, NETWORK=changed(d, "streets", crs=None)), "error",
         ("has no coordinate reference system",), outputs=QA_OUTPUTS),
    Case("qa-output-is-input", QA, lambda d: qa_inputs(d, OUTPUT_POINTS=str(sample_copy(d))), "error",
         ("is the file of the input",), outputs=("OUTPUT_LINES",)),
    Case("qa-facilities-off-network", QA, lambda d: qa_inputs(d, FACILITIES=changed(
        d, "facilities", geometry=lambda f: affine(f.geometry(), 1, 5000, 0))), "ok", outputs=QA_OUTPUTS,
         check=lambda r, c, f, d: r["FACILITIES_OFF_NETWORK"] > 0 or pytest.fail(str(r))),
    # --- classify facilities
    Case("classify-output-is-input", CLASSIFY, lambda d: classify_inputs(d, OUTPUT=str(sample_copy(d))), "error",
         ("is the file of the input",), outputs=()),
    Case("classify-mapping-missing", CLASSIFY, lambda d: classify_inputs(
        d, MAPPING_FILE=str(Path(d) / "none.yaml")), "error", ("none.yaml",)),
    Case("classify-mapping-bad-regex", CLASSIFY, lambda d: classify_inputs(
        d, MAPPING_FILE=write_text(d, "mine.yaml", MAPPING_BAD_REGEX)), "error",
         ("mine.yaml: rules[1].when.name.regex: invalid pattern",)),
    Case("classify-empty", CLASSIFY, lambda d: classify_inputs(
        d, INPUT=changed(d, "facilities", keep=lambda f: False)), "ok",
         check=lambda r, c, f, d: features_of(r["OUTPUT"]) == 0 or pytest.fail(str(r))),
    Case("classify-unmapped-unwritable", CLASSIFY, lambda d: classify_inputs(
        d, UNMAPPED_OUTPUT=str(Path(d) / "missing-folder" / "deeper" / "unmapped.csv")), "error",
         ("unmapped.csv",), outputs=("OUTPUT",)),
    # --- export profile
    Case("export-html-unwritable", EXPORT, lambda d: export_inputs(
        d, OUTPUT_HTML=str(Path(d) / "missing-folder" / "deeper" / "checklist.html")), "error",
         ("checklist.html", "does not exist", "Choose an existing folder")),
    Case("export-profile-missing", EXPORT, lambda d: export_inputs(
        d, PROFILE_FILE=str(Path(d) / "none.yaml")), "error", ("none.yaml",)),
    Case("export-profile-circular", EXPORT, lambda d: export_inputs(
        d, PROFILE_FILE=circular_profiles(d)), "error", ("circular",)),
    Case("export-html-is-profile", EXPORT, lambda d: export_inputs(
        d, PROFILE_FILE=write_text(d, "city.yaml", PROFILE_GOOD), OUTPUT_HTML=str(Path(d) / "city.yaml")), "error",
         ("is the file of the input",)),
]


# --- the algorithms added since: POIs, coordinates, the report, the spreadsheet, the comparison, sites, the plan
POI_HEADER = "名称,类型,typecode,location,adname\n"
POI_ROWS = ("广州市第一幼儿园,科教文化服务;学校;幼儿园,141204,\"113.264385,23.129112\",越秀区\n"
            "东山小学,科教文化服务;学校;小学,141203,\"113.295432,23.122761\",越秀区\n")


def poi_inputs(folder, files=None, **extra):
    files = files if files is not None else [write_text(folder, "高德.csv", POI_HEADER + POI_ROWS)]
    parameters = {"INPUT": files, "COORDINATES": "gcj02", "OUTPUT": out(folder, "pois.gpkg")}
    parameters.update(extra)
    return parameters


def convert_inputs(folder, **extra):
    parameters = {"INPUT": uri(folder, "facilities"), "FROM": "gcj02", "TO": "wgs84",
                  "OUTPUT": out(folder, "converted.gpkg")}
    parameters.update(extra)
    return parameters


def results_inputs(folder, **extra):
    communities, items = check_results(folder)
    parameters = {"COMMUNITIES": communities, "ITEMS": items}
    parameters.update(extra)
    return parameters


def report_inputs(folder, **extra):
    return results_inputs(folder, **dict({"OUTPUT": out(folder, "report.pdf")}, **extra))


def table_inputs(folder, **extra):
    return results_inputs(folder, **dict({"OUTPUT": out(folder, "table.xlsx")}, **extra))


def compare_inputs(folder, **extra):
    communities, _items = check_results(folder)
    parameters = {"BEFORE": communities, "AFTER": results_layer(folder, keep=lambda f: f["cc_id"] != "C10"),
                  "OUTPUT": out(folder, "changes.gpkg"), "OUTPUT_SUMMARY": out(folder, "summary.gpkg")}
    parameters.update(extra)
    return parameters


def candidates(folder, rows=None, kind="Polygon", crs="EPSG:4547"):
    """Candidate sites for suggestsites: (x, y, id, land area, building area, cost) rows, 40 m squares."""
    from helpers import memory_layer, square

    rows = rows or [(500750, 2490750, "S3", 5000, 3000, 500), (500350, 2490550, "S1", 4000, 2500, 300)]
    fields = ["编号:string", "名称:string", "用地面积:string", "建筑面积:string", "费用:string"]
    shapes = [(square(x, y, 40) if kind == "Polygon" else [(x, y), (x + 40, y)], [i, "空地" + i, a, b, c])
              for x, y, i, a, b, c in rows]
    layer = memory_layer(kind, fields, shapes, name="candidates", crs=crs)
    if crs is None:
        layer.setCrs(QgsCoordinateReferenceSystem())
    return layer


def sites_inputs(folder, **extra):
    parameters = {"COMMUNITIES": uri(folder, "communities"), "FACILITIES": uri(folder, "facilities"),
                  "RESIDENTS": uri(folder, "residents"), "NETWORK": uri(folder, "streets"),
                  "CANDIDATES": candidates(folder), "ITEMS": "02", "OUTPUT": out(folder, "sites.gpkg")}
    parameters.update(extra)
    return parameters


def plan_inputs(folder, **extra):
    communities, _items = check_results(folder)
    parameters = {"COMMUNITIES": communities, "OUTPUT": out(folder, "plan.gpkg"),
                  "OUTPUT_TABLE": out(folder, "plan_table.gpkg")}
    parameters.update(extra)
    return parameters


def city_inputs(folder, **extra):
    parameters = {"COMMUNITIES": uri(folder, "communities"), "FACILITIES": uri(folder, "facilities"),
                  "NETWORK": uri(folder, "streets"), "MAPPING": "cn-keywords",
                  "check:COMMUNITY_RESULTS": out(folder, "communities.gpkg"),
                  "check:ITEM_RESULTS": out(folder, "items.gpkg"), "report:REPORT": out(folder, "report.pdf"),
                  "table:TABLE": out(folder, "table.xlsx")}
    parameters.update(extra)
    return parameters


def plan_has_areas(result):
    areas = list(QgsVectorLayer(result["OUTPUT"], "plan", "ogr").getFeatures())
    assert areas and all(not f.geometry().isEmpty() for f in areas), len(areas)


def site_ids(result):
    return {f["site_id"] for f in QgsVectorLayer(result["OUTPUT"], "sites", "ogr").getFeatures()}


def missing_folder(folder, name):
    return str(Path(folder) / OUT / "missing-folder" / name)


CC_FIELDS = ("cc_id", "cc_complete")
POI = "importpoi"
CONVERT = "convertcoordinates"
REPORT = "exportreport"
TABLE = "exporttable"
COMPARE = "comparechecks"
SITES = "suggestsites"
PLAN = "actionplan"
CITY = "wholecity"
COMPARE_OUTPUTS = ("OUTPUT", "OUTPUT_SUMMARY")
PLAN_OUTPUTS = ("OUTPUT", "OUTPUT_TABLE")
CITY_OUTPUTS = ("check:COMMUNITY_RESULTS", "check:ITEM_RESULTS", "report:REPORT", "table:TABLE")

CASES += [
    # --- import POIs: files that are not what they say
    Case("poi-broken-quoting", POI, lambda d: poi_inputs(d, files=[write_text(
        d, "高德.csv", POI_HEADER + POI_ROWS + "坏行,科教文化服务;学校;幼儿园,141204,\"113.27,23.12,越秀区\n")]),
         "error", ("高德.csv cannot be read: line 4: a quotation mark is not closed",)),
    Case("poi-gbk-file", POI, lambda d: poi_inputs(d, files=[write_bytes(
        d, "高德.csv", (POI_HEADER + POI_ROWS).encode("gb18030"))]), "ok",
         check=lambda r, c, f, d: r["CLASSIFIED_COUNT"] == 2 or pytest.fail(str(r))),
    Case("poi-not-text", POI, lambda d: poi_inputs(d, files=[write_bytes(d, "高德.csv", bytes(range(256)) * 4)]),
         "error", ("高德.csv cannot be read: it is not a text file",)),
    Case("poi-empty-file", POI, lambda d: poi_inputs(d, files=[write_bytes(d, "高德.csv", b"")]), "error",
         ("高德.csv cannot be read: the file is empty",)),
    Case("poi-xlsx-not-workbook", POI, lambda d: poi_inputs(d, files=[write_text(
        d, "高德.xlsx", POI_HEADER + POI_ROWS)]), "error", ("高德.xlsx cannot be read: it is not an Excel workbook",)),
    Case("poi-no-coordinates", POI, lambda d: poi_inputs(d, files=[write_text(
        d, "高德.csv", "名称,类型\n幼儿园,科教文化服务;学校;幼儿园\n")]), "error", ("no coordinate columns found",)),
    Case("poi-coordinates-as-text", POI, lambda d: poi_inputs(d, files=[write_text(
        d, "高德.csv", POI_HEADER + POI_ROWS + "某点,科教文化服务;学校;幼儿园,141204,约500,越秀区\n")]), "warning",
         ("1 rows without usable coordinates",), check=lambda r, c, f, d: r["IMPORTED_COUNT"] == 2 or pytest.fail(str(r))),
    Case("poi-system-unknown", POI, lambda d: poi_inputs(d, files=[write_text(
        d, "poi.csv", "name,lon,lat\nA,113.2,23.1\nB,113.3,23.2\n")], COORDINATES="auto"), "error", ("cannot be told",)),
    Case("poi-output-is-input", POI, lambda d: poi_inputs(d, OUTPUT=write_text(
        d, "高德.csv", POI_HEADER + POI_ROWS)), "error", ("is the file of the input",)),
    Case("poi-output-folder-missing", POI, lambda d: poi_inputs(d, OUTPUT=missing_folder(d, "pois.gpkg")), "error",
         ("pois.gpkg",)),
    Case("poi-missing-file", POI, lambda d: poi_inputs(d, files=[str(Path(d) / "none.csv")]), "error",
         ("none.csv",)),
    # --- convert coordinates
    Case("convert-no-crs", CONVERT, lambda d: convert_inputs(d, INPUT=changed(d, "facilities", crs=None)), "error",
         ("has no coordinate reference system",)),
    Case("convert-same-systems", CONVERT, lambda d: convert_inputs(d, TO="gcj02"), "error",
         ("“From” and “To” are both gcj02",)),
    Case("convert-out-of-range", CONVERT, lambda d: convert_inputs(d, INPUT=changed(d, "facilities", crs="EPSG:4326")),
         "error", ("cannot be longitudes and latitudes", "Assign the CRS")),
    Case("convert-table-without-geometry", CONVERT, lambda d: convert_inputs(
        d, INPUT=changed(d, "facilities", wkb="None")), "error", ("has no geometry (a table)",)),
    Case("convert-curves", CONVERT, lambda d: convert_inputs(d, INPUT=changed(
        d, "facilities", geometry=disc, wkb="CurvePolygon")), "ok",
         check=lambda r, c, f, d: r["VERTEX_COUNT"] > 0 or pytest.fail(str(r))),
    Case("convert-empty", CONVERT, lambda d: convert_inputs(d, INPUT=changed(d, "facilities", keep=lambda f: False)),
         "ok", check=lambda r, c, f, d: features_of(r["OUTPUT"]) == 0 or pytest.fail(str(r))),
    Case("convert-output-is-input", CONVERT, lambda d: convert_inputs(d, OUTPUT=str(sample_copy(d))), "error",
         ("is the file of the input",), outputs=()),
    Case("convert-output-folder-missing", CONVERT, lambda d: convert_inputs(
        d, OUTPUT=missing_folder(d, "converted.gpkg")), "error", ("converted.gpkg",)),
    # --- the report
    Case("report-communities-without-cc-fields", REPORT, lambda d: report_inputs(
        d, COMMUNITIES=uri(d, "communities")), "error", ("has no field cc_id",)),
    Case("report-communities-as-points", REPORT, lambda d: report_inputs(
        d, COMMUNITIES=results_layer(d, wkb="Point", geometry=centroid)), "error",
         ("holds points; it must hold polygons",)),
    Case("report-items-not-items", REPORT, lambda d: report_inputs(d, ITEMS=uri(d, "facilities")), "error",
         ("has no fields item_id and community_id",)),
    Case("report-template-not-xml", REPORT, lambda d: report_inputs(
        d, TEMPLATE=write_text(d, "mine.qpt", "这不是模板")), "error", ("mine.qpt is not a layout template",)),
    Case("report-template-without-items", REPORT, lambda d: report_inputs(d, TEMPLATE=write_text(
        d, "mine.qpt", "<Layout name=\"x\" units=\"mm\"></Layout>")), "error", ("lacks the items the report fills",)),
    Case("report-filter-invalid", REPORT, lambda d: report_inputs(d, FILTER="\"cc_fail\" >= "), "error",
         ("The filter expression", "cannot be read", "Write it as in the expression builder")),
    Case("report-filter-unknown-field", REPORT, lambda d: report_inputs(d, FILTER="\"失败项\" >= 3"), "error",
         ("names fields that", "失败项")),
    Case("report-filter-matches-none", REPORT, lambda d: report_inputs(d, FILTER="\"cc_id\" = 'X99'"), "error",
         ("No community of",)),
    Case("report-sort-field-missing", REPORT, lambda d: report_inputs(d, SORT_FIELD="排序"), "error", ("排序",)),
    Case("report-output-is-input", REPORT, lambda d: report_inputs(d, TEMPLATE=write_text(
        d, "mine.qpt", "<Layout/>"), OUTPUT=str(Path(d) / "mine.qpt")), "error", ("is the file of the input",),
         outputs=()),
    Case("report-output-folder-missing", REPORT, lambda d: report_inputs(d, OUTPUT=missing_folder(d, "report.pdf")),
         "error", ("report.pdf",)),
    # --- the spreadsheet
    Case("table-communities-without-cc-fields", TABLE, lambda d: table_inputs(d, COMMUNITIES=uri(d, "communities")),
         "error", ("has no field cc_complete",)),
    Case("table-items-not-items", TABLE, lambda d: table_inputs(d, ITEMS=uri(d, "facilities")), "error",
         ("has no fields item_id and status",)),
    Case("table-wrong-extension", TABLE, lambda d: table_inputs(d, OUTPUT=out(d, "table.ods")), "error",
         ("must be an .xlsx or a .csv file",)),
    Case("table-output-is-input", TABLE, lambda d: table_inputs(d, COMMUNITIES=written(
        results_layer(d, wkb="None"), Path(d) / "results.csv", "CSV"), OUTPUT=str(Path(d) / "results.csv")),
         "error", ("is the file of the input",), outputs=()),
    Case("table-output-folder-missing", TABLE, lambda d: table_inputs(d, OUTPUT=missing_folder(d, "table.xlsx")),
         "error", ("table.xlsx",)),
    Case("table-no-communities", TABLE, lambda d: table_inputs(d, COMMUNITIES=results_layer(
        d, keep=lambda f: False)), "ok", check=lambda r, c, f, d: r["COMMUNITY_COUNT"] == 0 or pytest.fail(str(r))),
    # --- two checks compared
    Case("compare-before-is-after", COMPARE, lambda d: compare_inputs(d, AFTER=check_results(d)[0]), "error",
         ("are the same layer", "Give the results of the later check"), outputs=COMPARE_OUTPUTS),
    Case("compare-without-cc-fields", COMPARE, lambda d: compare_inputs(d, BEFORE=uri(d, "communities")), "error",
         ("has no field cc_id, cc_complete",), outputs=COMPARE_OUTPUTS),
    Case("compare-cc-complete-renamed", COMPARE, lambda d: compare_inputs(d, AFTER=results_layer(
        d, drop=("cc_complete",))), "error", ("has no field cc_complete",), outputs=COMPARE_OUTPUTS),
    Case("compare-points", COMPARE, lambda d: compare_inputs(d, AFTER=results_layer(
        d, wkb="Point", geometry=centroid)), "error", ("holds points; it must hold polygons",),
         outputs=COMPARE_OUTPUTS),
    Case("compare-other-profile", COMPARE, lambda d: compare_inputs(d, AFTER=results_layer(
        d, drop=("item_19", "item_20"))), "warning", ("wrote different items",), outputs=COMPARE_OUTPUTS),
    Case("compare-no-common-items", COMPARE, lambda d: compare_inputs(d, AFTER=results_layer(
        d, drop=tuple("item_{:02d}".format(i) for i in range(2, 21)), rename={"item_01": "item_21"})), "error",
         ("no item in common",), outputs=COMPARE_OUTPUTS),
    Case("compare-repeated-ids", COMPARE, lambda d: compare_inputs(d, AFTER=results_layer(
        d, attributes=lambda f: {"cc_id": "C01"})), "error", ("Community ids repeat",), outputs=COMPARE_OUTPUTS),
    Case("compare-no-crs", COMPARE, lambda d: compare_inputs(d, BEFORE=results_layer(d, crs=None)), "error",
         ("has no coordinate reference system",), outputs=COMPARE_OUTPUTS),
    Case("compare-empty-after", COMPARE, lambda d: compare_inputs(d, AFTER=results_layer(d, keep=lambda f: False)),
         "error", ("has no communities",), outputs=COMPARE_OUTPUTS),
    Case("compare-curved", COMPARE, lambda d: compare_inputs(d, AFTER=results_layer(
        d, wkb="CurvePolygon", geometry=curved)), "ok", outputs=COMPARE_OUTPUTS,
         check=lambda r, c, f, d: features_of(r["OUTPUT"]) == 10 or pytest.fail(str(r))),
    Case("compare-output-is-input", COMPARE, lambda d: compare_inputs(d, OUTPUT=check_results(d)[0]), "error",
         ("is the file of the input",), outputs=("OUTPUT_SUMMARY",)),
    # --- suggested sites
    Case("sites-zero-area", SITES, lambda d: sites_inputs(d, CANDIDATES=candidates(d, [
        (500750, 2490750, "S3", 0, 0, 500), (500350, 2490550, "S1", 4000, 2500, 300)])), "ok",
         check=lambda r, c, f, d: "S3" not in site_ids(r) or pytest.fail("a site of 0 m² suggested")),
    Case("sites-negative-area", SITES, lambda d: sites_inputs(d, CANDIDATES=candidates(d, [
        (500750, 2490750, "S3", -5000, -3000, 500), (500350, 2490550, "S1", 4000, 2500, 300)])), "warning",
         ("S3", "-5000"), check=lambda r, c, f, d: "S3" not in site_ids(r) or pytest.fail("a negative size read")),
    Case("sites-area-as-text", SITES, lambda d: sites_inputs(d, CANDIDATES=candidates(d, [
        (500750, 2490750, "S3", "约5000", "约3000", 500), (500350, 2490550, "S1", 4000, 2500, 300)])), "ok",
         check=lambda r, c, f, d: "S3" in site_ids(r) or pytest.fail("约5000 m² misread")),
    Case("sites-cost-as-text", SITES, lambda d: sites_inputs(d, BUDGET=1000, CANDIDATES=candidates(d, [
        (500750, 2490750, "S3", 5000, 3000, "十万"), (500350, 2490550, "S1", 4000, 2500, 300)])), "warning",
         ("S3", "十万"), check=lambda r, c, f, d: "S3" not in site_ids(r) or pytest.fail("a cost guessed")),
    Case("sites-budget-as-text", SITES, lambda d: sites_inputs(d, BUDGET="十万"), "error", ("is not a number",)),
    Case("sites-candidates-as-lines", SITES, lambda d: sites_inputs(d, CANDIDATES=candidates(d, kind="LineString")),
         "error", ("holds lines",)),
    Case("sites-no-candidates", SITES, lambda d: sites_inputs(d, CANDIDATES=candidates(d).materialize(
        __import__("qgis.core", fromlist=["QgsFeatureRequest"]).QgsFeatureRequest().setFilterFid(-5))), "error",
         ("has no site with a geometry",)),
    Case("sites-unknown-item", SITES, lambda d: sites_inputs(d, ITEMS="42"), "error", ("no item 42",)),
    Case("sites-candidates-no-crs", SITES, lambda d: sites_inputs(d, CANDIDATES=candidates(d, crs=None)), "error",
         ("has no coordinate reference system",)),
    Case("sites-output-is-input", SITES, lambda d: sites_inputs(d, OUTPUT=str(sample_copy(d))), "error",
         ("is the file of the input",), outputs=()),
    # --- the action plan
    Case("plan-without-cc-fields", PLAN, lambda d: plan_inputs(d, COMMUNITIES=uri(d, "communities")), "error",
         ("has no field cc_id, cc_complete",), outputs=PLAN_OUTPUTS),
    Case("plan-without-item-fields", PLAN, lambda d: plan_inputs(d, COMMUNITIES=results_layer(
        d, drop=tuple("item_{:02d}".format(i) for i in range(1, 21)))), "error", ("has no item fields",),
         outputs=PLAN_OUTPUTS),
    Case("plan-community-without-id", PLAN, lambda d: plan_inputs(d, COMMUNITIES=results_layer(
        d, attributes=lambda f: {"cc_id": None} if f["cc_id"] == "C03" else {})), "error",
         ("1 communities have no cc_id",), outputs=PLAN_OUTPUTS),
    Case("plan-communities-as-points", PLAN, lambda d: plan_inputs(d, COMMUNITIES=results_layer(
        d, wkb="Point", geometry=centroid)), "error", ("holds points; it must hold polygons",), outputs=PLAN_OUTPUTS),
    Case("plan-sites-not-suggestions", PLAN, lambda d: plan_inputs(d, SITES=uri(d, "facilities")), "error",
         ("has no field", "site_id"), outputs=PLAN_OUTPUTS),
    Case("plan-per-year-zero", PLAN, lambda d: plan_inputs(d, PER_YEAR=0), "error", ("outside the allowed range",),
         outputs=PLAN_OUTPUTS),
    Case("plan-start-year-text", PLAN, lambda d: plan_inputs(d, START_YEAR="明年"), "error", ("is not a number",),
         outputs=PLAN_OUTPUTS),
    Case("plan-no-communities", PLAN, lambda d: plan_inputs(d, COMMUNITIES=results_layer(d, keep=lambda f: False)),
         "error", ("has no communities",), outputs=PLAN_OUTPUTS),
    Case("plan-curved-communities", PLAN, lambda d: plan_inputs(d, COMMUNITIES=results_layer(
        d, wkb="CurvePolygon", geometry=curved)), "ok", outputs=PLAN_OUTPUTS,
         check=lambda r, c, f, d: plan_has_areas(r)),
    Case("plan-output-is-input", PLAN, lambda d: plan_inputs(d, OUTPUT=check_results(d)[0]), "error",
         ("is the file of the input",), outputs=("OUTPUT_TABLE",)),
    # --- the model: classify → check → service areas → report and spreadsheet
    Case("city-communities-as-points", CITY, lambda d: city_inputs(
        d, COMMUNITIES=changed(d, "communities", geometry=centroid, wkb="Point")), "error",
         ("holds points; it must hold polygons",), outputs=CITY_OUTPUTS),
    Case("city-no-crs", CITY, lambda d: city_inputs(d, COMMUNITIES=changed(d, "communities", crs=None)), "error",
         ("has no coordinate reference system",), outputs=CITY_OUTPUTS),
    Case("city-results-are-input", CITY, lambda d: city_inputs(d, **{"check:COMMUNITY_RESULTS": str(sample_copy(d))}),
         "error", ("is the file of the input",), outputs=CITY_OUTPUTS),
    Case("city-table-wrong-extension", CITY, lambda d: city_inputs(d, **{"table:TABLE": out(d, "table.ods")}),
         "error", ("must be an .xlsx or a .csv file",), outputs=CITY_OUTPUTS),
]


def circular_profiles(folder):
    write_text(folder, "b.yaml", PROFILE_GOOD.replace("extends: mohurd-2020", "extends: a.yaml"))
    return write_text(folder, "a.yaml", PROFILE_GOOD.replace("extends: mohurd-2020", "extends: b.yaml"))


def gbk_shapefile(folder):
    """The facilities as a GBK shapefile without its .cpg, opened as latin-1 (as Windows tools often leave them)."""
    path = written(changed(folder, "facilities"), Path(folder) / "facilities.shp", "ESRI Shapefile", "GBK")
    Path(folder, "facilities.cpg").unlink()
    layer = QgsVectorLayer(path, "facilities", "ogr")
    layer.setProviderEncoding("ISO-8859-1")
    return layer


def rerun(folder):
    parameters = check_inputs(folder)
    run_algorithm(CHECK, dict(parameters))
    return parameters


def shapefile_ok(results, items):
    """Short names that are whole characters and unique; texts cut on characters (no U+FFFD), as the log said."""
    for path in (results, items):
        layer = QgsVectorLayer(str(path), "shp", "ogr")
        names = layer.fields().names()
        assert len(set(n.lower() for n in names)) == len(names), names
        assert all(len(n.encode("utf-8")) <= 10 and "\ufffd" not in n for n in names), names
        for feature in layer.getFeatures():
            assert not [v for v in feature.attributes() if isinstance(v, str) and "\ufffd" in v], feature.attributes()


def file_hashes(folder):
    """Every file outside the outputs folder: the inputs, which no case may change."""
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in Path(folder).rglob("*")
            if p.is_file() and OUT not in p.relative_to(folder).parts and not p.name.endswith(("-wal", "-shm"))}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_input(provider, tmp_path, case):
    sample_copy(tmp_path)
    sample_layer(tmp_path, "communities")  # opened once before hashing, as any reader would
    parameters = {k: v for k, v in case.build(tmp_path).items() if v is not None}
    before = file_hashes(tmp_path)
    if case.outcome == "error":
        feedback = recording_feedback()
        with pytest.raises(QgsProcessingException) as raised:
            run_algorithm(case.algorithm, parameters, feedback)
        message = str(raised.value)
        if case.algorithm == CITY:  # a model raises “Error encountered while running <child>”, its log says why
            message = "\n".join([message] + feedback.errors)
        assert "Unexpected error" not in message and "Traceback" not in message, message
        for text in case.says:
            assert text in message, message
        left = [p.name for p in (tmp_path / OUT).glob("*")] if (tmp_path / OUT).exists() else []
        assert not left, left  # nothing half-written
        record(case, message)
    else:
        result, context, feedback = run_algorithm(case.algorithm, parameters)
        log = "\n".join(feedback.log)
        for text in case.says:
            assert text in log, log[-3000:]
        if case.check:
            case.check(result, context, feedback, tmp_path)
        record(case, "\n".join(w for w in feedback.warnings if any(t in w for t in case.says)) or "(correct result)")
    assert file_hashes(tmp_path) == before  # the inputs untouched


def record(case, message):
    """With CC_CORPUS_REPORT=<file>, each case's outcome and message is appended there (for review notes)."""
    path = os.environ.get("CC_CORPUS_REPORT")
    if path:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write("| {} | {} | {} | {} |\n".format(case.id, case.algorithm, case.outcome,
                                                      " ".join(message.split()).replace("|", "/")[:400]))


def test_the_corpus_covers_every_algorithm():
    assert len(CASES) >= 60
    assert {case.algorithm for case in CASES} == {CHECK, AREAS, QA, CLASSIFY, EXPORT, POI, CONVERT, REPORT, TABLE,
                                                  COMPARE, SITES, PLAN, CITY}
    for algorithm in (POI, CONVERT, REPORT, TABLE, COMPARE, SITES, PLAN, CITY):
        assert sum(case.algorithm == algorithm for case in CASES) >= 4, algorithm


def test_the_readme_counts_the_corpus():
    import re

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    found = re.search(r"`tests/hostile_corpus\.py`\s+holds\s+(\d+)\s+such\s+cases\s+across\s+the\s+(\d+)\s+algorithms", readme)
    assert found, "the README's sentence on the corpus"
    algorithms = {case.algorithm for case in CASES} - {CITY}
    assert (int(found.group(1)), int(found.group(2))) == (len(CASES), len(algorithms))
