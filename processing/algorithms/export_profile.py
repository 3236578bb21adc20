"""completecommunity:exportprofile — the resolved checklist of a profile as a table (and a printable page)."""

from qgis.core import (
    QgsFeature,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
)

from complete_community.core.profiles.table import COLUMNS, checklist_rows, column_titles, render_html
from complete_community.core.qgis_compat import source_type
from complete_community.processing.base import CompleteCommunityAlgorithm
from complete_community.processing.fields import fields_from
from complete_community.processing.parameters.profile import add_profile_parameters, profile_from_parameters
from complete_community.processing.styling import style_output

NUMERIC_COLUMNS = ("value", "reach_m")
CHECKLIST_FIELDS = tuple((column, "double" if column in NUMERIC_COLUMNS else "string") for column in COLUMNS)


class ExportProfileAlgorithm(CompleteCommunityAlgorithm):
    GROUP = "standard"
    OUTPUT = "OUTPUT"
    OUTPUT_HTML = "OUTPUT_HTML"
    ITEM_COUNT = "ITEM_COUNT"
    ROW_COUNT = "ROW_COUNT"

    def name(self):
        return "exportprofile"

    def displayName(self):  # noqa: N802
        return self.tr("Export checklist profile")

    def summary(self):
        return self.tr(
            "Writes the resolved checklist of a profile — after any local profile's overrides — as a table with one "
            "row per threshold: item, requirement, which communities it applies to, facility types, the check, "
            "value, unit, walking reach in metres, confidence tag (C confirmed, D provincial text, S secondary "
            "summary, R unconfirmed recollection, P plugin default, L local override) and source. Use it to review "
            "a profile before a check and to print it for meetings (optional HTML page)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add_profile_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Checklist table"), type=source_type("Vector")))
        html = QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Printable checklist (HTML)"), fileFilter=self.tr("HTML files (*.html)"),
            optional=True, createByDefault=False)
        self.addParameter(html)
        self.addOutput(QgsProcessingOutputNumber(self.ITEM_COUNT, self.tr("Number of items")))
        self.addOutput(QgsProcessingOutputNumber(self.ROW_COUNT, self.tr("Number of rows")))

    def process(self, parameters, context, feedback):
        profile = profile_from_parameters(self, parameters, context)
        feedback.pushInfo(self.tr("Profile {} from {}").format(profile.id, " → ".join(profile.files)))
        fields = fields_from(CHECKLIST_FIELDS)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, fields, headers=column_titles())
        rows = checklist_rows(profile)
        for index, row in enumerate(rows):
            self.stop_if_canceled(feedback)
            feature = QgsFeature(fields)
            feature.setAttributes([
                (float(row[c]) if row[c] != "" else None) if c in NUMERIC_COLUMNS else str(row[c]) for c in COLUMNS
            ])
            self.add_feature(sink, feature, parameters, self.OUTPUT)
            feedback.setProgress(100.0 * (index + 1) / len(rows))
        results = {self.OUTPUT: dest_id, self.ITEM_COUNT: len(profile.items), self.ROW_COUNT: len(rows)}
        style_output(context, dest_id)
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        if html_path:
            self.write_text_output(html_path, render_html(profile))
            results[self.OUTPUT_HTML] = html_path
        feedback.pushInfo(self.tr("{} items, {} rows").format(len(profile.items), len(rows)))
        return results
