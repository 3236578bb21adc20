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
    curved,
    disc,
    first_only,
    out,
    sample_copy,
    sample_layer,
    sliver,
    uri,
    write_text,
    written,
    zero_length,
)
from qgis.core import QgsGeometry, QgsProcessingException, QgsVectorLayer

from helpers import run_algorithm


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
         check=lambda r, c, f, d: (r["COMMUNITY_COUNT"] == 9) or pytest.fail(r)),
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
         "ok", outputs=CHECK_OUTPUTS, check=lambda r, c, f, d: r["COMMUNITY_COUNT"] == 10 or pytest.fail(r)),
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
         check=lambda r, c, f, d: r["COMPLETE_COUNT"] == 0 or pytest.fail(r)),
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
         check=lambda r, c, f, d: features_of(r["OUTPUT_POLYGONS"]) == 1 or pytest.fail(r)),
    Case("check-curved-facilities", CHECK, lambda d: check_inputs(
        d, FACILITIES=changed(d, "facilities", geometry=disc, wkb="CurvePolygon")), "ok", outputs=CHECK_OUTPUTS,
         check=lambda r, c, f, d: r["COMPLETE_COUNT"] == 1 or pytest.fail(r)),
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
         check=lambda r, c, f, d: r["FACILITIES_OFF_NETWORK"] > 0 or pytest.fail(r)),
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
         check=lambda r, c, f, d: features_of(r["OUTPUT"]) == 0 or pytest.fail(r)),
    Case("classify-unmapped-unwritable", CLASSIFY, lambda d: classify_inputs(
        d, UNMAPPED_OUTPUT=str(Path(d) / "missing-folder" / "deeper" / "unmapped.csv")), "error",
         ("unmapped.csv",), outputs=("OUTPUT",)),
    # --- export profile
    Case("export-html-unwritable", EXPORT, lambda d: export_inputs(
        d, OUTPUT_HTML=str(Path(d) / "missing-folder" / "deeper" / "checklist.html")), "error",
         ("checklist.html: No such file", "Choose another folder")),
    Case("export-profile-missing", EXPORT, lambda d: export_inputs(
        d, PROFILE_FILE=str(Path(d) / "none.yaml")), "error", ("none.yaml",)),
    Case("export-profile-circular", EXPORT, lambda d: export_inputs(
        d, PROFILE_FILE=circular_profiles(d)), "error", ("circular",)),
    Case("export-html-is-profile", EXPORT, lambda d: export_inputs(
        d, PROFILE_FILE=write_text(d, "city.yaml", PROFILE_GOOD), OUTPUT_HTML=str(Path(d) / "city.yaml")), "error",
         ("is the file of the input",)),
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
        with pytest.raises(QgsProcessingException) as raised:
            run_algorithm(case.algorithm, parameters)
        message = str(raised.value)
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
    assert {case.algorithm for case in CASES} == {CHECK, AREAS, QA, CLASSIFY, EXPORT}
