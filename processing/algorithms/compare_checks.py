"""completecommunity:comparechecks — two checks of the same communities (e.g. 2024 and 2025) compared for the yearly
progress report: coverage rates then and now, items newly passed or failed, communities become complete, new and
removed communities."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsWkbTypes,
)

from complete_community.core.check.compare import CheckedCommunity, CompareError, compare_checks
from complete_community.core.check.model import FAIL, UNKNOWN
from complete_community.core.qgis_compat import source_type
from complete_community.processing.base import CompleteCommunityAlgorithm
from complete_community.processing.check_results import read_community_results
from complete_community.processing.fields import fields_from
from complete_community.processing.styling import style_aliases, style_output

# the comparison layer: one row per community of either check
COMPARISON_FIELDS = (
    ("cc_id", "string", 80), ("cc_name", "string", 120), ("change", "string", 20),
    ("complete_before", "int", 0), ("complete_after", "int", 0),
    ("population_before", "double", 0), ("population_after", "double", 0),
    ("fail_before", "int", 0), ("fail_after", "int", 0), ("unknown_before", "int", 0), ("unknown_after", "int", 0),
    ("newly_passed", "string", 120), ("newly_failed", "string", 120),
    ("newly_passed_count", "int", 0), ("newly_failed_count", "int", 0),
)
# the summary table: one row per measure (core/check/compare.MEASURES)
SUMMARY_FIELDS = (("measure", "string", 40), ("before", "double", 0), ("after", "double", 0), ("change", "double", 0))


class CompareChecksAlgorithm(CompleteCommunityAlgorithm):
    GROUP = "planning"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    OUTPUT = "OUTPUT"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"
    COVERAGE_BEFORE = "COVERAGE_BEFORE"
    COVERAGE_AFTER = "COVERAGE_AFTER"
    BECAME_COMPLETE = "BECAME_COMPLETE"

    def name(self):
        return "comparechecks"

    def displayName(self):  # noqa: N802
        return self.tr("Compare two checks (yearly progress)")

    def summary(self):
        return self.tr(
            "Compares two results of “Check communities” for the same communities, e.g. last year's and this "
            "year's, for the yearly progress report: the complete-community coverage rate by number of communities "
            "and by population then and now, the items each community newly passed or newly failed, the communities "
            "that became complete or are no longer complete, and the communities new in the later check or removed "
            "from it. Communities are matched by their id (cc_id); only the items both checks wrote are compared. "
            "The coverage by population counts only communities with a population; how many lack one is reported.")

    def initAlgorithm(self, config=None):  # noqa: N802
        for name, description in ((self.BEFORE, self.tr("Earlier community results (of the check)")),
                                  (self.AFTER, self.tr("Later community results (of the check)"))):
            self.addParameter(QgsProcessingParameterFeatureSource(name, description, [source_type("VectorPolygon")]))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Changes per community")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SUMMARY, self.tr("Coverage then and now"), type=source_type("Vector")))
        self.addOutput(QgsProcessingOutputNumber(self.COVERAGE_BEFORE, self.tr("Coverage by count before (%)")))
        self.addOutput(QgsProcessingOutputNumber(self.COVERAGE_AFTER, self.tr("Coverage by count after (%)")))
        self.addOutput(QgsProcessingOutputNumber(self.BECAME_COMPLETE, self.tr("Communities that became complete")))

    def process(self, parameters, context, feedback):
        sources = {name: self.source(parameters, name, context) for name in (self.BEFORE, self.AFTER)}
        labels = {name: self.layer_label(parameters, name, context) for name in sources}
        self._require_two_checks(parameters, context, labels)
        for name, source in sources.items():
            if not source.sourceCrs().isValid():
                raise QgsProcessingException(self.tr(
                    "{} has no coordinate reference system, so its communities cannot be placed beside the other "
                    "check's. Assign the CRS its coordinates are in (Layer Properties ▸ Source, or “Assign "
                    "projection”) and run again.").format(labels[name]))
        read = {}
        geometries = {}
        for name in (self.BEFORE, self.AFTER):
            read[name], geometries[name] = self._read(sources[name], labels[name], feedback)
        try:
            comparison = compare_checks(read[self.BEFORE], read[self.AFTER])
        except CompareError as error:
            raise QgsProcessingException(str(error)) from None
        if comparison.items_only_before or comparison.items_only_after:
            feedback.pushWarning(self.tr(
                "The two checks wrote different items (another profile?): only the {} items of both are compared; "
                "only in the earlier: {}; only in the later: {}").format(
                len(comparison.items), ", ".join(comparison.items_only_before) or "—",
                ", ".join(comparison.items_only_after) or "—"))
        after = sources[self.AFTER]
        to_after = QgsCoordinateTransform(sources[self.BEFORE].sourceCrs(), after.sourceCrs(),
                                          context.transformContext())
        multi = QgsWkbTypes.isMultiType(after.wkbType())
        out_fields = fields_from(COMPARISON_FIELDS)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, out_fields, after.wkbType(),
                                         after.sourceCrs(), headers=style_aliases("check_comparison"))
        for change in comparison.changes:
            self.stop_if_canceled(feedback)
            feature = QgsFeature(out_fields)
            if change.after is not None:
                geometry = geometries[self.AFTER].get(change.id)
            else:
                geometry = geometries[self.BEFORE].get(change.id)
                if geometry is not None and not geometry.isNull():
                    geometry.transform(to_after)
            if geometry is not None and not geometry.isNull():
                if multi:
                    geometry.convertToMultiType()
                feature.setGeometry(geometry)
            feature.setAttributes(_change_row(change))
            self.add_feature(sink, feature, parameters, self.OUTPUT)
        summary_fields = fields_from(SUMMARY_FIELDS)
        summary_sink, summary_id = self.create_sink(parameters, self.OUTPUT_SUMMARY, context, summary_fields,
                                                    headers=style_aliases("check_comparison_summary"))
        for row in comparison.summary_rows():
            feature = QgsFeature(summary_fields)
            feature.setAttributes([None if value is None else value for value in row])
            self.add_feature(summary_sink, feature, parameters, self.OUTPUT_SUMMARY)
        self._log(comparison, feedback)
        style_output(context, dest_id, "check_comparison", self.tr("Changes per community"))
        style_output(context, summary_id, "check_comparison_summary", self.tr("Coverage then and now"))

        def percent(share):
            return None if share is None else round(100.0 * share, 1)

        return {self.OUTPUT: dest_id, self.OUTPUT_SUMMARY: summary_id,
                self.COVERAGE_BEFORE: percent(comparison.before.by_count),
                self.COVERAGE_AFTER: percent(comparison.after.by_count),
                self.BECAME_COMPLETE: comparison.counts["became_complete"]}

    def _require_two_checks(self, parameters, context, labels):
        """The same layer given twice compares a check with itself: every community “unchanged”, a report that says
        nothing happened. Refused, as a choice made by mistake."""
        layers = [self.parameter_layer(parameters, name, context) for name in (self.BEFORE, self.AFTER)]
        if None in layers:
            return
        before, after = layers
        if before is after or before.source() == after.source():
            raise QgsProcessingException(self.tr(
                "The earlier and the later results are the same layer ({}): the comparison would show no change. "
                "Give the results of the later check as “{}”.").format(
                labels[self.BEFORE], self.parameterDefinition(self.AFTER).description()))

    def _read(self, source, label, feedback):
        """The communities of one check's results and their geometries by id."""
        records, geometries = read_community_results(self, source, label, feedback)
        return [CheckedCommunity(**record) for record in records], geometries

    def _log(self, comparison, feedback):
        before, after = comparison.before, comparison.after

        def rate(share):
            return "—" if share is None else "{:.1f}%".format(100.0 * share)

        feedback.pushInfo(self.tr("Complete communities: {} of {} ({}) before, {} of {} ({}) after").format(
            before.complete, before.communities, rate(before.by_count), after.complete, after.communities,
            rate(after.by_count)))
        feedback.pushInfo(self.tr("Coverage by population: {} before, {} after").format(
            rate(before.by_population), rate(after.by_population)))
        if before.population_unknown or after.population_unknown:
            feedback.pushWarning(self.tr(
                "Communities without a population are left out of the coverage by population: {} before, {} after"
            ).format(before.population_unknown, after.population_unknown))
        counts = comparison.counts
        feedback.pushInfo(self.tr("Became complete: {}; no longer complete: {}; new: {}; removed: {}").format(
            counts["became_complete"], counts["no_longer_complete"], counts["new"], counts["removed"]))


def _change_row(change):
    before, after = change.before, change.after

    def pick(community, value):
        return None if community is None else value(community)

    return [
        change.id, change.name, change.change,
        pick(before, lambda c: int(c.complete)), pick(after, lambda c: int(c.complete)),
        pick(before, lambda c: c.population), pick(after, lambda c: c.population),
        pick(before, lambda c: c.count(FAIL)), pick(after, lambda c: c.count(FAIL)),
        pick(before, lambda c: c.count(UNKNOWN)), pick(after, lambda c: c.count(UNKNOWN)),
        ",".join(change.newly_passed) or None, ",".join(change.newly_failed) or None,
        len(change.newly_passed), len(change.newly_failed),
    ]
