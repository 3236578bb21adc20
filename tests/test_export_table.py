"""completecommunity:exporttable: the check's results of the sample district as an XLSX workbook (read back with GDAL
and with pandas) and as two CSV files, with Chinese titles and values when QGIS runs in Chinese."""

import csv
import shutil
import subprocess

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from complete_community.core.check.report import gaps_text, measure_text, overview, overview_text
from helpers import SAMPLE, run_algorithm

STATUS_LABELS = {"达标", "不达标", "待核实", "不适用"}


@pytest.fixture(scope="module")
def sample_results(provider, tmp_path_factory):
    """The check of a copy of the sample district, straight-line distances (quick): (community results, item results)
    as GeoPackage layers."""
    folder = tmp_path_factory.mktemp("sample_results")
    copy = folder / "sample.gpkg"
    shutil.copy(SAMPLE, copy)
    result, _context, _feedback = run_algorithm("checkcommunities", {
        "COMMUNITIES": f"{copy}|layername=communities", "FACILITIES": f"{copy}|layername=facilities",
        "OUTPUT": str(folder / "community_results.gpkg"), "OUTPUT_ITEMS": str(folder / "item_results.gpkg")})
    return str(folder / "community_results.gpkg"), str(folder / "item_results.gpkg")


@pytest.fixture()
def chinese_qgis(chinese_interface):
    """QGIS in Chinese as the plugin sets it up: the styles in Chinese and its catalogue installed."""
    from qgis.PyQt.QtCore import QCoreApplication

    from complete_community.core import i18n

    translator = i18n.load_translator("zh_CN")
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def export(sample_results, path):
    communities, items = sample_results
    result, _context, _feedback = run_algorithm("exporttable", {
        "COMMUNITIES": communities, "ITEMS": items, "OUTPUT": str(path)})
    return result


def test_xlsx_in_chinese_opens_with_gdal_and_pandas(sample_results, tmp_path, chinese_qgis):
    path = tmp_path / "体检结果.xlsx"
    result = export(sample_results, path)
    assert (result["COMMUNITY_COUNT"], result["ITEM_COUNT"]) == (10, 200)
    # GDAL: the sheets are layers, the titles are fields
    info = subprocess.run(["ogrinfo", "-ro", "-q", str(path)], capture_output=True, text=True, check=True).stdout
    assert "社区汇总" in info and "项目结果" in info
    summary = QgsVectorLayer(f"{path}|layername=社区汇总", "s", "ogr")
    assert summary.isValid() and summary.featureCount() == 10
    assert summary.fields().names()[:4] == ["社区编号", "社区名称", "新建/既有", "新建/既有依据"]
    assert "01 一个社区综合服务站" in summary.fields().names()
    items = QgsVectorLayer(f"{path}|layername=项目结果", "i", "ogr")
    assert items.isValid() and items.featureCount() == 200
    assert {"项目", "结论", "实测值", "标准值", "单位", "原因"} <= set(items.fields().names())
    assert "Reason" not in items.fields().names()  # the English reason is left out in Chinese
    # pandas (openpyxl): the same rows, Chinese values instead of codes, numbers as numbers
    import pandas as pd

    sheets = pd.read_excel(path, sheet_name=None)
    assert list(sheets) == ["社区汇总", "项目结果"]
    table, item_rows = sheets["社区汇总"], sheets["项目结果"]
    assert list(table["社区编号"]) == ["C{:02d}".format(n) for n in range(1, 11)]
    assert set(table["新建/既有"]) <= {"新建", "既有", "未知"}
    assert set(table["人口规模"]) <= {"规模不足", "适中", "超出", "未知"}
    assert set(table["是否完整社区"]) == {"是", "否"}
    assert set(table["01 一个社区综合服务站"]) <= STATUS_LABELS
    assert table["人口"].dtype.kind == "f"
    assert set(item_rows["结论"]) <= STATUS_LABELS and "不达标" in set(item_rows["结论"])
    assert {"处", "%", "是/否"} <= set(item_rows["单位"].dropna())
    first = item_rows[(item_rows["社区编号"] == "C03") & (item_rows["项目编号"] == 2)].iloc[0]
    assert first["项目"] == "一个幼儿园" and first["结论"] == "不达标"


def test_csv_two_files_with_bom(sample_results, tmp_path, chinese_qgis):
    path = tmp_path / "results.csv"
    result = export(sample_results, path)
    assert result["OUTPUT_ITEMS"] == str(tmp_path / "results_items.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 10 and rows[0]["社区编号"] == "C01" and rows[0]["是否完整社区"] == "是"
    with open(result["OUTPUT_ITEMS"], encoding="utf-8-sig") as handle:
        items = list(csv.DictReader(handle))
    assert len(items) == 200 and {r["结论"] for r in items} <= STATUS_LABELS


def test_english_interface_titles_in_english(sample_results, tmp_path, english_interface):
    path = tmp_path / "results.csv"
    export(sample_results, path)
    with open(path, encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["Community ID"] == "C01" and rows[0]["Complete community"] == "Yes"


def test_wrong_inputs_and_extension(sample_results, tmp_path, english_interface):
    communities, items = sample_results
    with pytest.raises(QgsProcessingException, match="xlsx or a .csv"):
        run_algorithm("exporttable", {"COMMUNITIES": communities, "ITEMS": items, "OUTPUT": str(tmp_path / "a.ods")})
    with pytest.raises(QgsProcessingException, match="no field cc_id"):
        run_algorithm("exporttable", {"COMMUNITIES": items, "ITEMS": items, "OUTPUT": str(tmp_path / "a.xlsx")})
    assert not (tmp_path / "a.xlsx").exists()


# the report's texts (core/check/report.py)
COMMUNITIES = [
    {"cc_id": "A", "cc_population": 8000.0, "cc_complete": 1, "cc_band": "ok", "cc_status": "existing"},
    {"cc_id": "B", "cc_population": 2000.0, "cc_complete": 0, "cc_band": "under", "cc_status": "new"},
    {"cc_id": "C", "cc_population": None, "cc_complete": 0, "cc_band": "unknown", "cc_status": "existing"},
]
ITEMS = [
    {"item_id": "02", "item_name": "一个幼儿园", "status": "fail"},
    {"item_id": "02", "item_name": "一个幼儿园", "status": "fail"},
    {"item_id": "07", "item_name": "多个邮件和快件寄递服务设施", "status": "fail"},
    {"item_id": "11", "item_name": "慢行系统", "status": "unknown"},
    {"item_id": "01", "item_name": "一个社区综合服务站", "status": "pass"},
]
LABELS = {"cc_band": {"ok": "适中", "under": "规模不足", "unknown": "未知"},
          "cc_status": {"new": "新建", "existing": "既有"}}


def test_overview_figures_and_text():
    figures = overview(COMMUNITIES, ITEMS)
    assert (figures.communities, figures.complete, figures.population) == (3, 1, 10000.0)
    assert figures.coverage_by_count() == pytest.approx(100 / 3)
    assert figures.coverage_by_population() == pytest.approx(80.0)
    assert figures.commonest_gaps() == [("02", "一个幼儿园", 2), ("07", "多个邮件和快件寄递服务设施", 1)]
    text = overview_text(figures, LABELS)
    assert "社区数量：3 个" in text and "（按人口）：80.0%" in text and "（按社区数）：33.3%" in text
    assert "规模不足 1 个，适中 1 个，未知 1 个" in text and "新建 1 个，既有 2 个" in text
    assert "1. 02 一个幼儿园（2 个社区）" in text and "1 个社区缺人口数据" in text
    assert "11 慢行系统（1 个社区）" in text
    assert overview_text(overview([], []), LABELS).count("—") == 2


def test_community_gaps_and_measures():
    assert gaps_text(ITEMS) == "02 一个幼儿园\n02 一个幼儿园\n07 多个邮件和快件寄递服务设施\n（另有 1 项待核实）"
    assert gaps_text(ITEMS[-1:]) == "无"
    units = {"count": "处", "percent": "%"}
    assert measure_text({"measured": 0.0, "threshold": 1.0, "unit": "count"}, units) == "0 / 1 处"
    assert measure_text({"measured": 72.5, "threshold": 80.0, "unit": "percent"}, units) == "72.5 / 80%"
    assert measure_text({"measured": 1.0, "threshold": 1.0, "unit": "yes/no"}, units) == "是"
    assert measure_text({"measured": None, "threshold": None, "unit": None}, units) == ""
