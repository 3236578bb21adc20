"""completecommunity:exportreport: the sample district's report as a PDF — pages, maps that are not blank, Chinese
names found by pdftotext — the layout templates, and a template without its map."""

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from complete_community.core.check.report import wrap_text
from complete_community.processing.algorithms.export_report import REQUIRED_ITEMS, template_path
from helpers import SAMPLE, run_algorithm

COMMUNITY_NAMES = ("和谐社区", "幸福里社区", "翠湖社区", "学府社区", "春晖社区", "新城社区", "锦绣社区", "东园社区",
                   "南湖社区", "北岭社区")


@pytest.fixture(scope="module")
def sample_report(provider, tmp_path_factory):
    """The check of a copy of the sample district (straight line: quick) and its report; (pdf path, folder)."""
    folder = tmp_path_factory.mktemp("report")
    copy = folder / "sample.gpkg"
    shutil.copy(SAMPLE, copy)
    run_algorithm("checkcommunities", {
        "COMMUNITIES": f"{copy}|layername=communities", "FACILITIES": f"{copy}|layername=facilities",
        "OUTPUT": str(folder / "community_results.gpkg"), "OUTPUT_ITEMS": str(folder / "item_results.gpkg")})
    run_algorithm("walkingserviceareas", {
        "FACILITIES": f"{copy}|layername=facilities", "NETWORK": f"{copy}|layername=streets", "TYPES": "幼儿园",
        "OUTPUT_LINES": "TEMPORARY_OUTPUT", "OUTPUT_POLYGONS": str(folder / "service_areas.gpkg")})
    result, _context, feedback = run_algorithm("exportreport", {
        "COMMUNITIES": str(folder / "community_results.gpkg"), "ITEMS": str(folder / "item_results.gpkg"),
        "FACILITIES": f"{copy}|layername=facilities", "NETWORK": f"{copy}|layername=streets",
        "SERVICE_AREAS": str(folder / "service_areas.gpkg"), "OUTPUT": str(folder / "报告.pdf")})
    assert result["COMMUNITY_COUNT"] == 10
    assert not [w for w in feedback.warnings if "font" in w.lower()]
    return Path(result["OUTPUT"]), folder


RADICALS = {"⻅": "见", "⻚": "页", "⻓": "长", "⻋": "车", "⻔": "门", "⻛": "风", "⻜": "飞", "⻢": "马", "⻄": "西"}


def page_texts(pdf):
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # pdftotext reads some characters of the CJK font as their Kangxi radical twins (⼈ for 人): NFKC folds them
    text = "".join(RADICALS.get(c) or (unicodedata.normalize("NFKC", c) if "\u2f00" <= c <= "\u2fdf" else c)
                   for c in text)
    return text.split("\f")[:-1]


def test_pages_overview_then_each_community_with_its_continuation(sample_report):
    pdf, _folder = sample_report
    pages = page_texts(pdf)
    assert "完整居住社区覆盖率（按社区数）：10.0%" in pages[0] and "最常见的短板" in pages[0]
    firsts = [index for index, text in enumerate(pages) if "（续）" not in text and index > 0]
    assert len(firsts) == 10  # one first page per community, the rest are continuations
    assert len(pages) <= 1 + 2 * 10
    for index, name in zip(firsts, COMMUNITY_NAMES):  # sorted by cc_id: C01 … C10
        assert name in pages[index], (index, name)
    community = "".join(pages[firsts[2]:firsts[3]])  # 翠湖社区 and its continuation: all 20 items, in Chinese
    for number in range(1, 21):
        assert re.search(r"\b{:02d} ".format(number), community), number
    for text in ("一个幼儿园", "慢行系统", "社区文化", "不达标", "达标", "实测 / 标准", "原因", "短板项目"):
        assert text in community, text
    assert "fail" not in community and "pass" not in community  # no codes


def test_each_atlas_map_is_drawn(sample_report):
    pdf, folder = sample_report
    subprocess.run(["pdftoppm", "-r", "30", "-gray", str(pdf), str(folder / "page")], check=True)
    images = sorted(folder.glob("page-*.pgm"))
    pages = page_texts(pdf)
    for index, image in enumerate(images):
        if index > 0 and "（续）" in pages[index]:
            continue
        width, height, pixels = read_pgm(image)
        # the map: left of the page, below the header (the template's map item, in page fractions)
        x0, x1, y0, y1 = int(width * 0.05), int(width * 0.45), int(height * 0.16), int(height * 0.56)
        area = [pixels[y * width + x] for y in range(y0, y1) for x in range(x0, x1)]
        coloured = sum(1 for value in area if value < 250) / len(area)  # pale fills count
        assert coloured > 0.3, (image.name, coloured)


def test_overview_chart_and_map_legend(sample_report):
    pdf, folder = sample_report
    overview_page = page_texts(pdf)[0]
    # the legend names the facility types in Chinese, the network and the service areas
    for text in ("设施", "幼儿园", "公交站", "智能快件箱", "步行网络", "步行服务范围", "完整社区"):
        assert text in overview_page, text
    assert "bus_stop" not in overview_page and "kindergarten" not in overview_page
    assert "社区 community_results" in overview_page and "步行网络 streets" in overview_page  # the data sources
    subprocess.run(["pdftoppm", "-r", "40", "-gray", "-f", "1", "-l", "1", str(pdf), str(folder / "overview")],
                   check=True)
    width, height, pixels = read_pgm(next(folder.glob("overview*.pgm")))
    # the chart (right half, lower part of the overview page): bars of fails (dark) drawn
    x0, x1, y0, y1 = int(width * 0.72), int(width * 0.95), int(height * 0.58), int(height * 0.92)
    area = [pixels[y * width + x] for y in range(y0, y1) for x in range(x0, x1)]
    assert sum(1 for value in area if value < 200) / len(area) > 0.05


def test_facilities_of_failed_items_are_ringed_on_the_community_page(sample_report):
    pdf, _folder = sample_report
    pages = page_texts(pdf)
    (cuihu,) = [text for text in pages if "翠湖社区（C" in text and "（续）" not in text]  # 11 failed items
    assert "本社区不达标项目的同类设施" in cuihu
    assert "本社区不达标项目的同类设施" not in pages[0]  # the overview rings nothing


def test_failed_types_follow_the_profile():
    from complete_community.core.check.report import failed_types, item_facility_types
    from complete_community.core.profiles.loader import load_profile

    types = item_facility_types(load_profile("mohurd-2020"))
    rows = [{"item_id": "02", "status": "fail"}, {"item_id": "03", "status": "pass"}, {"item_id": "18", "status": "fail"}]
    assert "kindergarten" in failed_types(rows, types) and "nursery" not in failed_types(rows, types)
    assert failed_types([{"item_id": "02", "status": "unknown"}], types) == []


def test_filter_and_sort_choose_the_pages(sample_report, tmp_path):
    _pdf, folder = sample_report
    result, _context, _feedback = run_algorithm("exportreport", {
        "COMMUNITIES": str(folder / "community_results.gpkg"), "ITEMS": str(folder / "item_results.gpkg"),
        "FILTER": "\"cc_id\" IN ('C02', 'C03', 'C10')", "SORT_FIELD": "cc_name", "OUTPUT": str(tmp_path / "r.pdf")})
    assert result["COMMUNITY_COUNT"] == 3
    pages = page_texts(tmp_path / "r.pdf")
    assert "社区数量：3 个" in pages[0]
    firsts = [text for index, text in enumerate(pages) if index > 0 and "（续）" not in text]
    names = [re.search(r"(\S+社区)（C", text).group(1) for text in firsts]  # the page titles
    assert names == ["北岭社区", "幸福里社区", "翠湖社区"]  # by name, not by id (C02, C03, C10)


def test_selected_features_only(sample_report, tmp_path):
    from qgis.core import QgsProcessingContext, QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

    _pdf, folder = sample_report
    layer = QgsVectorLayer(str(folder / "community_results.gpkg"), "community_results", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByExpression("\"cc_id\" IN ('C04', 'C05')")
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        result, _context, _feedback = run_algorithm("exportreport", {
            "COMMUNITIES": QgsProcessingFeatureSourceDefinition(layer.id(), True),
            "ITEMS": str(folder / "item_results.gpkg"), "OUTPUT": str(tmp_path / "r.pdf")}, context=context)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert result["COMMUNITY_COUNT"] == 2 and result["LAYOUT"] == ""  # a script's run adds no layout
    assert not QgsProject.instance().layoutManager().printLayouts()
    assert "社区数量：2 个" in page_texts(tmp_path / "r.pdf")[0]


@pytest.mark.parametrize("expression, message", [
    ("\"cc_id\" = 'nowhere'", "No community of .* to report: the filter or the selection leaves none"),
    ("\"cc_id\" IN ('C01'", "The filter expression .* cannot be read"),
    ("\"cc_fails\" > 2", "names fields that .* does not have: cc_fails"),
])
def test_filter_that_leaves_nothing_is_refused(sample_report, tmp_path, english_interface, expression, message):
    _pdf, folder = sample_report
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm("exportreport", {
            "COMMUNITIES": str(folder / "community_results.gpkg"), "ITEMS": str(folder / "item_results.gpkg"),
            "FILTER": expression, "OUTPUT": str(tmp_path / "r.pdf")})
    assert not (tmp_path / "r.pdf").exists()


def test_item_chart_svg_has_a_bar_per_failing_item():
    from xml.etree import ElementTree

    from complete_community.core.check.report import CHART_COLOURS, item_chart_svg, overview

    items = [{"community_id": c, "item_id": i, "item_name": n, "status": s} for c, i, n, s in (
        ("A", "01", "一个社区综合服务站", "fail"), ("B", "01", "一个社区综合服务站", "unknown"),
        ("A", "02", "一个幼儿园", "pass"), ("B", "02", "一个幼儿园", "fail"), ("A", "10", "停车及充电设施", "fail"))]
    svg = item_chart_svg(overview([{"cc_id": "A"}, {"cc_id": "B"}], items), 120.0, 80.0, "Noto Sans CJK SC")
    root = ElementTree.fromstring(svg)
    rects = [r for r in root.iter("{http://www.w3.org/2000/svg}rect") if float(r.get("width")) not in (3.0, 120.0)]
    fails = [r for r in rects if r.get("fill") == CHART_COLOURS["fail"]]
    unknowns = [r for r in rects if r.get("fill") == CHART_COLOURS["unknown"]]
    assert len(fails) == 3 and len(unknowns) == 1
    assert len({round(float(r.get("width")), 3) for r in fails}) == 1  # one community each: equal bars
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "01 一个社区综合服务站" in texts and "10 停车及充电设施" in texts and "1 + 1" in texts
    # items in item order: 02 before 10
    assert texts.index("02 一个幼儿园") < texts.index("10 停车及充电设施")


def test_facility_type_label_names_types_in_chinese():
    from complete_community.core.check.report import facility_type_label

    assert facility_type_label("kindergarten") == "幼儿园"
    assert facility_type_label("幼稚园") == "幼儿园"
    assert facility_type_label("某种设施") == "某种设施"
    assert facility_type_label(None) == "未分类" and facility_type_label(" ") == "未分类"


def read_pgm(path):
    data = path.read_bytes()
    header = data.split(maxsplit=4)
    width, height = int(header[1]), int(header[2])
    return width, height, data[len(data) - width * height:]


def test_template_without_map_is_refused_by_name(sample_report, tmp_path, english_interface):
    _pdf, folder = sample_report
    template = tmp_path / "mine.qpt"
    template.write_text(Path(template_path("a4")).read_text(encoding="utf-8").replace(
        'id="map"', 'id="karte"'), encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="lacks the items the report fills: “map”"):
        run_algorithm("exportreport", {
            "COMMUNITIES": str(folder / "community_results.gpkg"), "ITEMS": str(folder / "item_results.gpkg"),
            "TEMPLATE": str(template), "OUTPUT": str(tmp_path / "r.pdf")})
    assert not (tmp_path / "r.pdf").exists()


def test_templates_hold_the_required_items():
    from qgis.core import QgsPrintLayout, QgsProject, QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    for paper in ("a4", "a3"):
        document = QDomDocument()
        assert document.setContent(Path(template_path(paper)).read_text(encoding="utf-8"))
        project = QgsProject()
        layout = QgsPrintLayout(project)
        _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
        assert ok
        for item_id in REQUIRED_ITEMS + ("checklist_2", "checklist_3", "title", "overview", "figures", "gaps", "chart"):
            assert layout.itemById(item_id) is not None, (paper, item_id)
        assert layout.pageCollection().pageCount() == 2


def test_wrap_text_breaks_chinese_between_characters():
    def measure(text):
        return float(len(text))

    assert wrap_text("社区内有1处符合要求的幼儿园", 6, measure) == "社区内有1处\n符合要求的幼\n儿园"
    assert wrap_text("达标，不达标", 3, measure) == "达标，\n不达标"  # a comma never starts a line
    assert wrap_text("walk 600m", 5, measure) == "walk\n600m"
    assert wrap_text("一\n二", 10, measure) == "一\n二"


def test_layout_added_to_the_desktop_project(sample_report, tmp_path, monkeypatch):
    """The desktop path without the desktop (tests/test_desktop_dialogs.py runs it in QGIS): a run whose context has
    a desktop project adds the layout, its atlas set up, under a name not yet used."""
    from qgis.core import QgsProject

    from complete_community.processing.algorithms import export_report

    _pdf, folder = sample_report
    project = QgsProject()
    monkeypatch.setattr(export_report, "_desktop_project", lambda context: project)
    names = []
    for run in (1, 2):
        result, _context, _feedback = run_algorithm("exportreport", {
            "COMMUNITIES": str(folder / "community_results.gpkg"), "ITEMS": str(folder / "item_results.gpkg"),
            "TITLE": "示例区", "OUTPUT": str(tmp_path / "r{}.pdf".format(run))})
        names.append(result["LAYOUT"])
        assert result["COMMUNITY_COUNT"] == 10  # the results of the run are kept
    assert names == ["完整社区体检报告 – 示例区", "完整社区体检报告 – 示例区 (2)"]
    layout = project.layoutManager().layoutByName(names[0])
    atlas = layout.atlas()
    assert atlas.enabled() and atlas.coverageLayer() is not None and atlas.coverageLayer().name() == "页面"
    assert atlas.updateFeatures() == 11  # the overview and the 10 communities
    assert layout.itemById("map").layers() and layout.itemById("checklist").multiFrame().vectorLayer() is not None
    assert project.layerTreeRoot().findGroup(names[0]) is not None
    project.clear()
