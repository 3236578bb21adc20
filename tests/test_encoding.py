"""Field names read with the wrong encoding: recognised (core/encoding.py) and said, with the encoding and the fix, by
the algorithms (processing/source_encoding.py): a GBK shapefile without its .cpg no longer just has "no type field"."""

import check_fixture
import pytest
from qgis.core import QgsProcessingException

from complete_community.core.encoding import GBK, UTF8, detect_mojibake, likely_encoding, mojibake_message, real_reading
from helpers import grid_lines, line_layer, run_algorithm

NAMES = ["名称", "设施类型", "人口"]


def as_single_bytes(text, encoding="gbk", codepage="latin-1"):
    """text written in encoding and read as the single-byte codepage: the mojibake a shapefile without .cpg gives."""
    return text.encode(encoding).decode(codepage)


# the detector
@pytest.mark.parametrize("names", [
    ["人口"], ["population"], ["设施类型"], ["Straße"], ["café"], ["人口", "population", "设施类型", "Straße", "café"],
    ["Hämeentie", "PÄÄTÖS", "SÄÄ", "Jääkiekkokenttä", "Müller", "Ångström", "Øresund"], ["cc_type", "名称", "类型"],
    [], ["id", "name", "type"],
])
def test_real_names_are_left_alone(names):
    assert likely_encoding(names) is None
    assert detect_mojibake(names) is None


@pytest.mark.parametrize("codepage", ["latin-1", "cp1252"])
def test_gbk_read_as_a_single_byte_code_page(codepage):
    garbled = [as_single_bytes(name, codepage=codepage) for name in NAMES]
    assert garbled[1] == "ÉèÊ©ÀàÐÍ"
    assert likely_encoding(garbled + ["id", "x"]) == GBK
    assert detect_mojibake(garbled).readings == tuple(NAMES)


def test_utf8_read_as_latin1_or_as_gbk():
    assert real_reading(as_single_bytes("设施类型", "utf-8")) == (UTF8, "设施类型")
    assert real_reading(as_single_bytes("Straße", "utf-8")) == (UTF8, "Straße")
    assert real_reading("设施类型".encode().decode("gbk")) == (UTF8, "设施类型")  # on a Chinese Windows
    assert likely_encoding(["璁炬柦绫诲瀷", "id"]) == UTF8


def test_values_count_as_evidence_too():
    assert likely_encoding(["name", "type"]) is None
    assert likely_encoding(["name", "type"], [as_single_bytes("枫林幼儿园"), 12, None, "ok"]) == GBK


def test_names_whose_bytes_were_lost_are_read_again_as_single_bytes():
    lost = ["\ufffd\ufffd\ufffd\ufffd", "\ufffd\ufffd\u02a9\ufffd\ufffd\ufffd\ufffd"]  # 名称, 设施类型 read as UTF-8
    assert likely_encoding(lost) is None  # the bytes are gone: the encoding cannot be told from the text
    found = detect_mojibake(lost)
    assert found.encoding is None and found.garbled == tuple(lost)
    assert "could not be decoded" in mojibake_message(found)
    found = detect_mojibake(lost, [as_single_bytes("名称"), as_single_bytes("设施类型")])
    assert found == (GBK, tuple(lost), ("名称", "设施类型"))


def test_a_single_garbled_name_among_real_ones_is_not_enough():
    assert likely_encoding([as_single_bytes("名称"), "人口", "设施类型"]) is None


def test_the_message_names_the_encoding_and_the_fix():
    message = mojibake_message(detect_mojibake([as_single_bytes(name) for name in NAMES]))
    assert message.startswith("the field names “Ãû³Æ” → “名称”, “ÉèÊ©ÀàÐÍ” → “设施类型”, “ÈË¿Ú” → “人口” look like GBK text")
    assert "Data source encoding to GBK" in message and ".cpg file containing GBK" in message


# a real GBK shapefile without its .cpg
def gbk_shapefile(folder):
    """Facilities of the check's fixture in a shapefile written in GBK, its .cpg removed: its path."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsFields,
        QgsGeometry,
        QgsPointXY,
        QgsVectorFileWriter,
    )

    from complete_community.core.qgis_compat import make_field, wkb_type

    fields = QgsFields()
    for name in ("编号", "名称", "设施类型"):
        fields.append(make_field(name, "string", 80))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    options.fileEncoding = "GBK"
    path = str(folder / "设施.shp")
    writer = QgsVectorFileWriter.create(path, fields, wkb_type("Point"), QgsCoordinateReferenceSystem("EPSG:4547"),
                                        QgsCoordinateTransformContext(), options)
    for row in check_fixture.FACILITIES:
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row[3], row[4])))
        feature.setAttributes(list(row[:3]))
        assert writer.addFeature(feature)
    del writer
    cpg = folder / "设施.cpg"
    assert cpg.read_text().strip() == "GBK"
    cpg.unlink()
    return path


def opened(path, encoding=None):
    """The shapefile as QGIS opens it (the machine's default encoding: on this test machine UTF-8, which loses the
    GBK bytes), or with the layer's data source encoding set."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "设施", "ogr")
    assert layer.isValid()
    if encoding:
        layer.setProviderEncoding(encoding)
    return layer


ENCODINGS = [None, "ISO-8859-1", "windows-1252"]  # as opened; as on a European Windows


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_the_shapefile_reproduces_the_garbled_names(provider, tmp_path, encoding):
    names = opened(gbk_shapefile(tmp_path), encoding).fields().names()
    assert names != ["编号", "名称", "设施类型"]
    if encoding:
        assert names == [as_single_bytes(n, codepage="cp1252") for n in ("编号", "名称", "设施类型")]
    assert opened(gbk_shapefile(tmp_path), "GBK").fields().names() == ["编号", "名称", "设施类型"]


def check(facilities, **parameters):
    return run_algorithm("checkcommunities", dict({
        "COMMUNITIES": check_fixture.communities_layer(), "FACILITIES": facilities, "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_ITEMS": "TEMPORARY_OUTPUT"}, **parameters))


def gbk_messages(log):
    return [m for m in log if "GBK" in m]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_check_says_the_type_field_is_there_in_gbk(provider, tmp_path, encoding):
    layer = opened(gbk_shapefile(tmp_path), encoding)
    with pytest.raises(QgsProcessingException) as raised:
        check(layer)
    message = str(raised.value)
    assert message.startswith("The facility layer has no type field (looked for: cc_type, 设施类型"), message
    assert "“设施类型”" in message and "look like GBK text read with another encoding" in message, message
    assert "Layer Properties ▸ Source ▸ Data source encoding to GBK" in message


def test_check_with_the_type_field_named_says_gbk(provider, tmp_path):
    with pytest.raises(QgsProcessingException) as raised:
        check(gbk_shapefile(tmp_path), FACILITY_TYPE_FIELD="设施类型")
    message = str(raised.value)
    assert "the layer has no field '设施类型' (it has: " in message, message
    assert "→ “设施类型”" in message and "a .cpg file containing GBK next to the .shp" in message, message


def test_check_runs_once_the_encoding_is_set(provider, tmp_path):
    result, _context, feedback = check(opened(gbk_shapefile(tmp_path), "GBK"))
    assert result["OUTPUT"]
    assert not gbk_messages(feedback.log)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_classify_warns_once_with_the_encoding(provider, tmp_path, encoding):
    path = gbk_shapefile(tmp_path)
    _result, _context, feedback = run_algorithm("classifyfacilities", {
        "INPUT": opened(path, encoding) if encoding else path, "MAPPING": "cn-keywords", "OUTPUT": "TEMPORARY_OUTPUT"})
    said = gbk_messages(feedback.log)
    assert len(said) == 1, feedback.log
    assert "“名称”" in said[0] and "“设施类型”" in said[0] and "look like GBK text" in said[0], said


def test_a_file_with_a_cpg_gives_no_warning(provider, tmp_path):
    path = gbk_shapefile(tmp_path)
    (tmp_path / "设施.cpg").write_text("GBK", encoding="ascii")
    _result, _context, feedback = run_algorithm("classifyfacilities", {
        "INPUT": path, "MAPPING": "cn-keywords", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert not gbk_messages(feedback.log)
    assert not feedback.errors


def test_service_areas_say_the_type_field_is_there_in_gbk(provider, tmp_path):
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("walkingserviceareas", {
            "NETWORK": line_layer(grid_lines(10)), "FACILITIES": gbk_shapefile(tmp_path), "MINUTES": "5",
            "OUTPUT_LINES": "TEMPORARY_OUTPUT", "OUTPUT_POLYGONS": "TEMPORARY_OUTPUT"})
    message = str(raised.value)
    assert message.startswith("The facility layer has no type field"), message
    assert "→ “设施类型” look like GBK text" in message, message


def test_the_message_in_chinese(qgis_app):
    from qgis.PyQt.QtCore import QCoreApplication

    from complete_community.core import i18n

    translator = i18n.load_translator("zh_CN")
    QCoreApplication.installTranslator(translator)
    try:
        message = mojibake_message(detect_mojibake([as_single_bytes(name) for name in NAMES]))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert message.startswith("字段名 “Ãû³Æ” → “名称”")
    assert "像是 GBK 编码的文字被按其他编码读取（乱码）" in message and "数据源编码 设为 GBK" in message
    assert "内容为 GBK 的 .cpg 文件" in message
