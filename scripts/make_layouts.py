#!/usr/bin/env python3
"""Generate the print layout templates of the report (resources/layouts/community_report_<paper>.qpt) with PyQGIS, so
they are reproducible. One atlas layout serves the whole report: completecommunity:exportreport makes its coverage
layer, one feature per page — the overview first, then one per community — carrying the page's texts (page_title,
page_subtitle, overview_text, figures_text, gaps_text, page_footer), and fills the map's layers, the legend and the
checklist table. A page's items show what its feature holds: on the overview the community texts are empty and the
table has no rows (hidden); on a community page the overview text is empty. The checklist table continues on a second
page (two frames side by side), which is left out of the PDF when the table fits on the first.

Items the report needs, by id: map, checklist (the table's first frame), legend. It also fills the picture chart (the
overview's chart of fails and unknowns per item) when there is one. A user's copy may move, restyle or remove the
others.
Run with the system python: /usr/bin/python3 scripts/make_layouts.py [OUTPUT_DIR] (default resources/layouts)"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_HASH_SEED", "0")

from plugin_package import register_package  # noqa: E402

register_package()

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLayoutTableStyle,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsReadWriteContext,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

from complete_community.core.qgis_compat import enum_value, metres_unit  # noqa: E402
from complete_community.processing.algorithms.export_report import CHECKLIST_COLUMNS  # noqa: E402

FONT = "Noto Sans CJK SC"  # the family the templates name; the report falls back to another CJK family if absent
PAPERS = {"a4": (297.0, 210.0), "a3": (420.0, 297.0)}
DARK, GREY, ACCENT = "#222222", "#666666", "#1f4e79"
MM = enum_value("Qgis.LayoutUnit.Millimeters", "QgsUnitTypes.LayoutUnit.LayoutMillimeters")
POINTS = enum_value("Qgis.RenderUnit.Points", "QgsUnitTypes.RenderUnit.RenderPoints")


def font(size, bold=False):
    result = QFont(FONT)
    result.setPointSizeF(size)
    result.setBold(bold)
    return result


def text_format(size, bold=False, colour=DARK):
    fmt = QgsTextFormat()
    fmt.setFont(font(size, bold))
    fmt.setSize(size)
    fmt.setSizeUnit(POINTS)
    fmt.setColor(QColor(colour))
    return fmt


def place(item, x, y, w, h, page=0, item_id=None):
    item.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    item.attemptResize(QgsLayoutSize(w, h, MM))
    if item_id:
        item.setId(item_id)


def label(layout, text, x, y, w, h, size, item_id, bold=False, colour=DARK, align=None, page=0):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    if hasattr(item, "setTextFormat"):  # QGIS 3.24+
        item.setTextFormat(text_format(size, bold, colour))
    else:  # QGIS < 3.24
        item.setFont(font(size, bold))
        item.setFontColor(QColor(colour))
    item.setVAlign(Qt.AlignmentFlag.AlignTop)
    if align is not None:
        item.setHAlign(align)
    layout.addLayoutItem(item)
    place(item, x, y, w, h, page, item_id)
    return item


def rule(layout, x, y, w, page, item_id):
    line = QgsLayoutItemShape(layout)
    line.setShapeType(enum_value("QgsLayoutItemShape.Shape.Rectangle"))
    symbol = line.symbol()
    symbol.setColor(QColor(ACCENT))
    symbol.symbolLayer(0).setStrokeStyle(Qt.PenStyle.NoPen)
    layout.addLayoutItem(line)
    place(line, x, y, w, 0.6, page, item_id)


def build(paper):
    width, height = PAPERS[paper]
    k = width / 297.0  # positions and sizes scale with the paper, type a little less
    f = 1.0 + (k - 1.0) * 0.5
    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("完整社区体检报告")
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(width, height, MM))
    second = QgsLayoutItemPage(layout)
    second.setPageSize(QgsLayoutSize(width, height, MM))
    layout.pageCollection().addPage(second)

    margin, top = 10 * k, 30 * k
    column = (width - 3 * margin) / 2.0  # the table's column width; the map takes the rest of the left half
    right = width - margin - column
    # header and footer (both pages)
    for index in (0, 1):
        suffix = "" if index == 0 else "_continued"
        label(layout, '[% "page_title" %]' + ("" if index == 0 else "（续）"), margin, 8 * k, width * 0.62, 11 * k,
              16 * f, "title" + suffix, bold=True, colour=ACCENT, page=index)
        label(layout, '[% "page_subtitle" %]', margin, 19 * k, width * 0.62, 6 * k, 8 * f, "subtitle" + suffix,
              colour=GREY, page=index)
        label(layout, "[% format_date(now(), 'yyyy年M月d日') %]", width * 0.7, 8 * k, width * 0.3 - margin, 6 * k,
              9 * f, "date" + suffix, colour=GREY, align=Qt.AlignmentFlag.AlignRight, page=index)
        label(layout, "第 [% @layout_page %] 页（[% \"page_label\" %]）", width * 0.7, 19 * k, width * 0.3 - margin,
              6 * k, 8 * f, "page_number" + suffix, colour=GREY, align=Qt.AlignmentFlag.AlignRight, page=index)
        rule(layout, margin, 26 * k, width - 2 * margin, index, "rule" + suffix)
        label(layout, '[% "page_footer" %]', margin, height - 8 * k, width - 2 * margin, 6 * k, 7 * f,
              "footer" + suffix, colour=GREY, page=index)

    # page 1, left: the map, its scale bar and north arrow, the legend, key figures and gaps
    map_width, map_height = right - 2 * margin, 92 * k
    map_item = QgsLayoutItemMap(layout)
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeColor(QColor(GREY))
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, MM))
    layout.addLayoutItem(map_item)
    place(map_item, margin, top, map_width, map_height, 0, "map")
    map_item.setAtlasDriven(True)
    map_item.setAtlasScalingMode(enum_value("QgsLayoutItemMap.AtlasScalingMode.Auto"))
    map_item.setAtlasMargin(0.12)

    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath("arrows/NorthArrow_02.svg")
    layout.addLayoutItem(arrow)
    # the scale bar and the north arrow sit in a strip below the map: inside it they would hide labels
    place(arrow, margin + map_width - 6 * k, top + map_height + 0.5 * k, 6 * k, 8.5 * k, 0, "north_arrow")
    arrow.setLinkedMap(map_item)

    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.applyDefaultSize()
    bar.setUnits(metres_unit())
    bar.setUnitLabel("米")
    bar.setNumberOfSegments(3)
    bar.setNumberOfSegmentsLeft(0)
    bar.setSegmentSizeMode(enum_value("Qgis.ScaleBarSegmentSizeMode.FitWidth",
                                      "QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth"))
    bar.setMinimumBarWidth(25 * k)
    bar.setMaximumBarWidth(45 * k)
    bar_format = QgsTextFormat()
    bar_format.setFont(font(7 * f))
    bar_format.setSize(7 * f)
    bar.setTextFormat(bar_format)
    bar.setHeight(1.5 * k)
    layout.addLayoutItem(bar)
    place(bar, margin, top + map_height + 0.5 * k, 50 * k, 8 * k, 0, "scalebar")

    below = top + map_height + 10 * k
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("")  # the legend is plain to see; its rows are needed for the facility types
    legend.setLinkedMap(map_item)
    for style, size, bold in (("Title", 8, True), ("Group", 6.5, True), ("Subgroup", 6.5, True),
                              ("SymbolLabel", 6, False)):
        legend.setStyleFont(enum_value("Qgis.LegendComponent." + style, "QgsLegendStyle.Style." + style),
                            font(size * f, bold))
    top_side = enum_value("QgsLegendStyle.Side.Top")
    for style, space in (("Symbol", 1.2), ("SymbolLabel", 1.2), ("Group", 2.0)):  # rows closer than by default
        legend.rstyle(enum_value("Qgis.LegendComponent." + style, "QgsLegendStyle.Style." + style)).setMargin(
            top_side, space * k)
    legend.setSymbolHeight(2.2 * k)
    legend.setSymbolWidth(3.5 * k)
    legend.setWrapString("\\n")
    legend.setResizeToContents(False)
    legend.setColumnCount(2)  # facilities by type make a long list
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(False)
    layout.addLayoutItem(legend)
    place(legend, margin, below, map_width * 0.5, height - below - 12 * k, 0, "legend")

    text_x = margin + map_width * 0.52
    text_w = map_width * 0.48
    label(layout, '[% "figures_text" %]', text_x, below, text_w, 24 * k, 8 * f, "figures")
    label(layout, '[% "gaps_text" %]', text_x, below + 25 * k, text_w, height - below - 37 * k, 8 * f, "gaps",
          colour="#b2182b")

    # page 1, right: the overview's text (overview page), or the checklist table (community pages)
    overview_height = 84 * k
    label(layout, '[% "overview_text" %]', right, top, column, overview_height, 9 * f, "overview")
    chart = QgsLayoutItemPicture(layout)  # the report fills it with the chart of fails and unknowns per item
    chart.setMode(enum_value("Qgis.PictureFormat.SVG", "QgsLayoutItemPicture.Format.FormatSVG"))
    chart.setResizeMode(enum_value("QgsLayoutItemPicture.ResizeMode.Zoom"))
    layout.addLayoutItem(chart)
    place(chart, right, top + overview_height + 2 * k, column, height - top - overview_height - 16 * k, 0, "chart")
    chart.dataDefinedProperties().setProperty(  # the overview page only
        enum_value("QgsLayoutObject.DataDefinedProperty.ExcludeFromExports"),
        QgsProperty.fromExpression('"page_order" <> 0'))
    table = QgsLayoutItemAttributeTable.create(layout)
    layout.addMultiFrame(table)
    table.setHeaderTextFormat(text_format(7.5 * f, True, "#ffffff"))
    table.setContentTextFormat(text_format(7 * f))
    table.setHeaderHAlignment(enum_value("QgsLayoutTable.HeaderHAlignment.HeaderLeft"))
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#bbbbbb"))
    table.setBackgroundColor(QColor("#ffffff"))
    table.setEmptyTableBehavior(enum_value("QgsLayoutTable.EmptyTableMode.HideTable"))
    table.setWrapBehavior(enum_value("QgsLayoutTable.WrapBehavior.WrapText"))
    table.setResizeMode(enum_value("QgsLayoutMultiFrame.ResizeMode.UseExistingFrames"))
    table.setMaximumNumberOfFeatures(100)
    table.setHeaderMode(enum_value("QgsLayoutTable.HeaderMode.AllFrames"))  # a continued table keeps its titles
    margin_cell = 1.0 * k
    table.setCellMargin(margin_cell)
    columns = []
    for attribute, heading, share in CHECKLIST_COLUMNS:  # the frame is as wide as its columns
        column_item = QgsLayoutTableColumn(heading)
        column_item.setAttribute(attribute)
        column_item.setWidth(share * (column - 1.0) - 2 * margin_cell)
        columns.append(column_item)
    table.setColumns(columns)
    frames = ((0, right, top, "checklist"), (1, margin, top, "checklist_2"), (1, right, top, "checklist_3"))
    for index, (page_index, x, y, frame_id) in enumerate(frames):
        frame = QgsLayoutFrame(layout, table)
        frame.setHidePageIfEmpty(index == 1)  # page 2 only when the table continues
        frame.setHideBackgroundIfEmpty(True)
        layout.addLayoutItem(frame)
        place(frame, x, y, column, height - top - 12 * k, page_index, frame_id)
        table.addFrame(frame)
    for row, colour in (("HeaderRow", ACCENT), ("EvenRows", "#f3f6f9")):
        style = QgsLayoutTableStyle()
        style.enabled = True
        style.cellBackgroundColor = QColor(colour)
        table.setCellStyle(enum_value("QgsLayoutTable.CellStyleGroup." + row), style)
    return layout


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "layouts"
    out.mkdir(parents=True, exist_ok=True)
    app = QgsApplication([], False)
    app.initQgis()
    for paper in PAPERS:
        layout = build(paper)
        path = out / "community_report_{}.qpt".format(paper)
        if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
            raise SystemExit("could not write {}".format(path))
        print("wrote", path)
    app.exitQgis()


if __name__ == "__main__":
    main()
