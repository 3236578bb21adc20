"""Field names read with the wrong encoding: recognised (core/encoding.py) and said, with the encoding and the fix, by
the algorithms (processing/source_encoding.py): a GBK shapefile without its .cpg no longer just has "no type field"."""

import check_fixture
import pytest
from qgis.core import QgsProcessingException

from complete_community.core.encoding import GBK, UTF8, detect_mojibake, likely_encoding, mojibake_message, real_reading
from complete_community.core.taxonomy import facility_types
from helpers import grid_lines, line_layer, memory_layer, output_layer, run_algorithm

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
FIELD_NAMES = ["编号", "名称", "设施类型"]


def gbk_shapefile(folder, names=FIELD_NAMES, encoding="GBK"):
    """Facilities of the check's fixture in a shapefile written in GBK — Chinese field names, and Chinese values: names
    and the types' Chinese names —, its .cpg removed: its path."""
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
    for name in names:
        fields.append(make_field(name, "string", 80))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    options.fileEncoding = encoding
    path = str(folder / "设施.shp")
    writer = QgsVectorFileWriter.create(path, fields, wkb_type("Point"), QgsCoordinateReferenceSystem("EPSG:4547"),
                                        QgsCoordinateTransformContext(), options)
    for facility_id, name, kind, x, y, *_sizes in check_fixture.FACILITIES:
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([facility_id, name, facility_types()[kind].name_zh])
        assert writer.addFeature(feature)
    del writer
    cpg = folder / "设施.cpg"
    assert cpg.read_text().strip() == encoding
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
    assert names != FIELD_NAMES
    if encoding:
        assert names == [as_single_bytes(n, codepage="cp1252") for n in FIELD_NAMES]
    assert opened(gbk_shapefile(tmp_path), "GBK").fields().names() == FIELD_NAMES


def check(facilities, **parameters):
    return run_algorithm("checkcommunities", dict({
        "COMMUNITIES": check_fixture.communities_layer(), "FACILITIES": facilities, "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_ITEMS": "TEMPORARY_OUTPUT"}, **parameters))


def verdicts(result, context):
    """Every item's status, nearest facility and its name: what the check concluded from the facilities."""
    items = output_layer(result["OUTPUT_ITEMS"], context)
    return {(f["community_id"], f["item_id"]): (f["status"], f["facility_id"], f["facility_name"])
            for f in items.getFeatures()}


def gbk_messages(log):
    return [m for m in log if "GBK" in m]


@pytest.fixture(scope="module")
def reference_verdicts(provider):
    """The check of the same facilities from a UTF-8 memory layer with the same Chinese fields and values."""
    rows = [((x, y), [facility_id, name, facility_types()[kind].name_zh])
            for facility_id, name, kind, x, y, *_sizes in check_fixture.FACILITIES]
    layer = memory_layer("Point", [name + ":string" for name in FIELD_NAMES], rows, "设施")
    result, context, _feedback = check(layer)
    found = verdicts(result, context)
    assert {"A社区服务站", "A快递柜", "南侧公交站", "A游园"} <= {name for _status, _id, name in found.values()}
    return found


@pytest.mark.parametrize("given_as", ["path"] + ENCODINGS)
def test_the_check_reads_a_gbk_shapefile_right(provider, tmp_path, given_as, reference_verdicts):
    """Names and values of a GBK shapefile without .cpg are read right — given by path or as a layer opened in the
    machine's encoding or a single-byte one — and give the same verdicts as the same data in UTF-8; the log says
    once that it was read as GBK and how to make QGIS show it right."""
    path = gbk_shapefile(tmp_path)
    result, context, feedback = check(path if given_as == "path" else opened(path, given_as))
    assert verdicts(result, context) == reference_verdicts
    assert "Facility fields: id=编号, name=名称, type=设施类型, building_area=—, land_area=—, usable_area=—, " \
           "classes=—" in feedback.infos
    said = gbk_messages(feedback.log)
    assert len(said) == 1 and said[0] in feedback.infos, feedback.log
    assert said[0].startswith("“设施” (Facilities): read as GBK — its texts (“编号”, “名称”, “设施类型” …) are GBK")
    assert "put a .cpg file containing GBK next to the .shp" in said[0]


def test_the_check_reads_gbk_values_under_ascii_field_names(provider, tmp_path, reference_verdicts):
    """Only the values tell the encoding when the field names are plain ASCII."""
    result, context, feedback = check(gbk_shapefile(tmp_path, names=["id", "name", "type"]))
    renamed = {key: (status, facility, name) for key, (status, facility, name) in verdicts(result, context).items()}
    assert renamed == reference_verdicts
    assert len(gbk_messages(feedback.infos)) == 1


def test_classify_reads_names_and_values_and_writes_utf8(provider, tmp_path):
    from qgis.core import QgsProcessingContext

    path = gbk_shapefile(tmp_path)
    output = str(tmp_path / "classified.shp")
    context = QgsProcessingContext()
    context.setDefaultEncoding("GBK")  # as the "System" encoding of a Chinese Windows: outputs stay UTF-8
    result, context, feedback = run_algorithm("classifyfacilities", {
        "INPUT": path, "MAPPING": "taxonomy", "OUTPUT": output}, context=context)  # 设施类型: Chinese type names
    assert len(gbk_messages(feedback.log)) == 1, feedback.log
    assert result["UNMAPPED_COUNT"] == 0 and result["CLASSIFIED_COUNT"] == len(check_fixture.FACILITIES)
    assert (tmp_path / "classified.cpg").read_text().strip() == "UTF-8"
    classified = opened(output)
    # a shapefile field name holds 10 bytes: 设施类型 is 12 in UTF-8 (the log says so, QGIS shows the full name)
    assert classified.fields().names()[:3] == ["编号", "名称", "设施类"]
    rows = {f["编号"]: (f["名称"], f["设施类"], f["cc_type"]) for f in classified.getFeatures()}
    assert rows["A02"] == ("A幼儿园", "幼儿园", "kindergarten")
    assert rows["A05"] == ("北侧卫生服务站", "社区卫生服务站", "health_station")


def test_the_selection_is_kept_when_the_file_is_read_again(provider, tmp_path):
    """“Selected features only” on a project layer read in the wrong encoding: the same features, read right."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeatureSourceDefinition, QgsProject

    layer = opened(gbk_shapefile(tmp_path))
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    QgsProject.instance().addMapLayer(layer)
    try:
        chosen = [f.id() for f in layer.getFeatures()][:3]
        layer.selectByIds(chosen)
        result, context, feedback = run_algorithm("classifyfacilities", {
            "INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), True), "MAPPING": "taxonomy",
            "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)
        rows = sorted(f["编号"] for f in output_layer(result["OUTPUT"], context).getFeatures())
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    said = gbk_messages(feedback.infos)
    assert len(said) == 1 and said[0].startswith("“设施” (Facility layer): read as GBK"), said
    assert rows == sorted(row[0] for row in check_fixture.FACILITIES[:3])
    assert result["CLASSIFIED_COUNT"] == 3


def test_the_encoding_chosen_is_used_for_files_without_cpg(provider, tmp_path, reference_verdicts):
    path = gbk_shapefile(tmp_path)
    result, context, feedback = check(path, SOURCE_ENCODING="GB18030")
    assert verdicts(result, context) == reference_verdicts
    assert "“设施” (Facilities): read as GB18030, the encoding chosen for files without a .cpg" in feedback.infos
    # chosen wrong, it is not second-guessed: the fields are not found, and the message says why
    with pytest.raises(QgsProcessingException) as raised:
        check(path, SOURCE_ENCODING="UTF-8")
    assert str(raised.value).startswith("The facility layer has no type field")


def test_check_runs_once_the_encoding_is_set(provider, tmp_path, reference_verdicts):
    result, context, feedback = check(opened(gbk_shapefile(tmp_path), "GBK"))
    assert verdicts(result, context) == reference_verdicts
    assert not gbk_messages(feedback.log)


def test_a_file_with_a_cpg_gives_no_message(provider, tmp_path):
    path = gbk_shapefile(tmp_path)
    (tmp_path / "设施.cpg").write_text("GBK", encoding="ascii")
    _result, _context, feedback = run_algorithm("classifyfacilities", {
        "INPUT": path, "MAPPING": "cn-keywords", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert not gbk_messages(feedback.log)
    assert not feedback.errors


def test_a_garbled_layer_that_is_no_file_is_said_with_the_fix(provider):
    """A memory layer cannot be read again: the check says the type field is there in GBK, and how to fix it."""
    garbled = [as_single_bytes(name, codepage="cp1252") for name in FIELD_NAMES]
    layer = memory_layer("Point", [name + ":string" for name in garbled],
                         [((150, 400), ["A05", "卫生站", "health_station"])], "设施")
    with pytest.raises(QgsProcessingException) as raised:
        check(layer)
    message = str(raised.value)
    assert message.startswith("The facility layer has no type field (looked for: cc_type, 设施类型"), message
    assert "“设施类型”" in message and "look like GBK text read with another encoding" in message, message
    assert "Layer Properties ▸ Source ▸ Data source encoding to GBK" in message


def test_service_areas_read_the_gbk_shapefile(provider, tmp_path):
    result, context, feedback = run_algorithm("walkingserviceareas", {
        "NETWORK": line_layer(grid_lines(10)), "FACILITIES": gbk_shapefile(tmp_path), "MINUTES": "5",
        "OUTPUT_LINES": "TEMPORARY_OUTPUT", "OUTPUT_POLYGONS": "TEMPORARY_OUTPUT"})
    assert len(gbk_messages(feedback.infos)) == 1
    types = {f["type"] for f in output_layer(result["OUTPUT_POLYGONS"], context).getFeatures()}
    assert {"kindergarten", "health_station"} <= types


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
