"""completecommunity:exporttable — the check's community summary and item table as a spreadsheet people read:
XLSX (two sheets, through GDAL's XLSX driver) or CSV (one file per table, UTF-8 with a byte-order mark)."""

import csv
import io
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProject,
    QgsVectorFileWriter,
)

from complete_community.core.i18n import interface_is_chinese
from complete_community.core.qgis_compat import enum_value, fast_insert, source_type, wkb_type
from complete_community.processing.base import CompleteCommunityAlgorithm
from complete_community.processing.fields import fields_from
from complete_community.processing.report_tables import (
    COMMUNITY_STYLE,
    ITEM_STYLE,
    community_table,
    field_keys,
    item_table,
    source_rows,
)

ITEMS_SUFFIX = "_items"


def items_csv_path(path):
    """The item table's CSV beside the community summary's: <name>_items.csv."""
    stem, ext = os.path.splitext(path)
    return stem + ITEMS_SUFFIX + (ext or ".csv")


class ExportTableAlgorithm(CompleteCommunityAlgorithm):
    GROUP = "check"
    COMMUNITIES = "COMMUNITIES"
    ITEMS = "ITEMS"
    OUTPUT = "OUTPUT"
    OUTPUT_ITEMS = "OUTPUT_ITEMS"
    COMMUNITY_COUNT = "COMMUNITY_COUNT"
    ITEM_COUNT = "ITEM_COUNT"

    def name(self):
        return "exporttable"

    def displayName(self):  # noqa: N802
        return self.tr("Export results as a spreadsheet")

    def summary(self):
        return self.tr(
            "Writes the check's results as tables people read in Excel or WPS: the community summary (one row per "
            "community: population, band, items passed, gaps, each item's verdict) and the item table (one row per "
            "community and item: verdict, measured value, threshold, unit, reason, nearest facility). Column titles "
            "and values (pass/fail, new/existing, units …) are written in the interface language, as the result "
            "layers' styles name them. An .xlsx file holds both tables as two sheets; with .csv, the community "
            "summary goes to the file named and the item table to <name>_items.csv beside it, both UTF-8 with a "
            "byte-order mark.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COMMUNITIES, self.tr("Community results (of the check)"), [source_type("Vector")]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ITEMS, self.tr("Item results (of the check)"), [source_type("Vector")]))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Spreadsheet"), fileFilter=self.tr("Excel workbook (*.xlsx);;CSV files (*.csv)")))
        self.addOutput(QgsProcessingOutputFile(self.OUTPUT_ITEMS, self.tr("Item table (CSV)")))
        self.addOutput(QgsProcessingOutputNumber(self.COMMUNITY_COUNT, self.tr("Number of communities")))
        self.addOutput(QgsProcessingOutputNumber(self.ITEM_COUNT, self.tr("Number of item rows")))

    def process(self, parameters, context, feedback):
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        extension = os.path.splitext(path)[1].lower()
        if extension not in (".xlsx", ".csv"):
            raise QgsProcessingException(self.tr(
                "The spreadsheet must be an .xlsx or a .csv file, not “{}”.").format(os.path.basename(path)))
        chinese = interface_is_chinese()
        communities = self.source(parameters, self.COMMUNITIES, context)
        items = self.source(parameters, self.ITEMS, context)
        community_rows = source_rows(self, communities, feedback, COMMUNITY_STYLE)
        summary = community_table(community_rows, list(community_rows[0]) if community_rows else
                                  list(field_keys(communities.fields().names(), COMMUNITY_STYLE).values()), chinese)
        missing = [name for name in ("cc_id", "cc_complete") if name not in summary.columns]
        if missing:  # (a community layer itself has an id, but no verdict)
            raise QgsProcessingException(self.tr(
                "{} has no field {}: give the community results written by the check.").format(
                self.layer_label(parameters, self.COMMUNITIES, context), ", ".join(missing)))
        table = item_table(source_rows(self, items, feedback, ITEM_STYLE),
                           list(field_keys(items.fields().names(), ITEM_STYLE).values()), chinese)
        if "item_id" not in table.columns or "status" not in table.columns:
            raise QgsProcessingException(self.tr(
                "{} has no fields item_id and status: give the item results written by the check.").format(
                self.layer_label(parameters, self.ITEMS, context)))
        self.stop_if_canceled(feedback)
        results = {self.OUTPUT: path, self.COMMUNITY_COUNT: len(summary.rows), self.ITEM_COUNT: len(table.rows)}
        if extension == ".csv":
            items_path = items_csv_path(path)
            self.write_text_output(path, csv_text(summary))
            self.write_text_output(items_path, csv_text(table))
            results[self.OUTPUT_ITEMS] = items_path
            feedback.pushInfo(self.tr("Community summary: {}; item table: {}").format(path, items_path))
        else:
            self.write_workbook(path, [(self.tr("Community summary"), summary), (self.tr("Item results"), table)],
                                context)
            feedback.pushInfo(self.tr("Workbook {}: sheets “{}” and “{}”").format(
                path, self.tr("Community summary"), self.tr("Item results")))
        return results

    def write_workbook(self, path, sheets, context):
        """An .xlsx with one sheet per table, written beside the destination and moved into place when complete."""
        if not os.path.exists(path):
            self._new_files.append(path)  # removed again if the run fails or is cancelled
        partial = os.path.join(os.path.dirname(path), ".partial_" + os.path.basename(path))
        if os.path.exists(partial):
            os.remove(partial)
        try:
            for index, (sheet, table) in enumerate(sheets):
                options = QgsVectorFileWriter.SaveVectorOptions()
                options.driverName = "XLSX"
                options.layerName = sheet
                options.fileEncoding = "UTF-8"
                options.actionOnExistingFile = enum_value(
                    "QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile" if index == 0 else
                    "QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer")
                fields = fields_from([(table.titles.get(c) or c, "double" if table.kind(c) == "number" else "string")
                                      for c in table.columns])
                writer = QgsVectorFileWriter.create(
                    partial, fields, wkb_type("NoGeometry"), QgsCoordinateReferenceSystem(),
                    (context.transformContext() if context else QgsProject().transformContext()), options)
                if writer.hasError():
                    raise QgsProcessingException(self.tr("Could not write {}: {}").format(path, writer.errorMessage()))
                for row in table.rows:
                    feature = QgsFeature(fields)
                    feature.setAttributes([_sheet_value(table, row, c) for c in table.columns])
                    if not writer.addFeature(feature, fast_insert()):
                        raise QgsProcessingException(self.tr("Could not write {}: {}").format(
                            path, writer.errorMessage()))
                del writer  # closes the sheet
            os.replace(partial, path)
        finally:
            if os.path.exists(partial):
                os.remove(partial)


def _sheet_value(table, row, column):
    value = table.cell(row, column)
    if value is None:
        return None
    return float(value) if table.kind(column) == "number" else str(value)


def csv_text(table):
    """The table as CSV text with its column titles, a byte-order mark first (Excel and WPS then read UTF-8)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([table.titles.get(c) or c for c in table.columns])
    for row in table.rows:
        writer.writerow(["" if table.cell(row, c) is None else _csv_value(table.cell(row, c)) for c in table.columns])
    return "\ufeff" + buffer.getvalue()


def _csv_value(value):
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
