"""completecommunity:adjustcommunities — existing communities under the population band merged with a neighbour,
those above it split, the rest unchanged; a table of the changes (core/delineate/adjust.py)."""

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from complete_community.core.check.fields import COMMUNITY_FIELDS, FieldChoiceError, choose_fields, is_result_field
from complete_community.core.check.readers import feature_label
from complete_community.core.delineate.adjust import KEEP, MERGE, SPLIT, adjust
from complete_community.core.delineate.grouping import reason_text
from complete_community.core.delineate.units import upper_of
from complete_community.core.geometry import repaired, to_shapely
from complete_community.core.qgis_compat import source_type, wkb_type
from complete_community.processing.base import CompleteCommunityAlgorithm
from complete_community.processing.delineate_inputs import (
    BAND_CODES,
    BARRIERS,
    COMMUNITY_OUTPUT_FIELDS,
    UNITS,
    add_unit_parameters,
    band_of,
    build_grouping,
    read_lines,
    read_units,
    to_qgis,
)
from complete_community.processing.fields import fields_from
from complete_community.processing.frame import WorkingFrame
from complete_community.processing.parameters import detected_field
from complete_community.processing.parameters.crs import add_working_crs_parameter, working_crs_from_parameters
from complete_community.processing.parameters.profile import add_profile_parameters, profile_from_parameters
from complete_community.processing.styling import style_aliases, style_output

ADJUSTED_FIELDS = COMMUNITY_OUTPUT_FIELDS + (("change", "string", 10), ("from_ids", "string", 120))
CHANGE_FIELDS = (("action", "string", 10), ("before", "string", 120), ("population_before", "string", 120),
                 ("after", "string", 120), ("population_after", "string", 120), ("reason", "string", 20),
                 ("reason_text", "string", 120))
UNCHANGED = "unchanged"


class AdjustCommunitiesAlgorithm(CompleteCommunityAlgorithm):
    GROUP = "delineation"
    COMMUNITIES = "COMMUNITIES"
    ID_FIELD = "ID_FIELD"
    UNITS = UNITS
    OUTPUT = "OUTPUT"
    OUTPUT_CHANGES = "OUTPUT_CHANGES"
    MERGE_COUNT = "MERGE_COUNT"
    SPLIT_COUNT = "SPLIT_COUNT"
    STAGES = ("units", "distances", "adjust", "write")

    def name(self):
        return "adjustcommunities"

    def displayName(self):  # noqa: N802
        return self.tr("Adjust communities (merge and split)")

    def summary(self):
        return self.tr(
            "From existing community boundaries and the residential units inside them (with a population), suggests "
            "splitting each community above the profile's population band (its units grouped as “Delineate "
            "communities” groups them, inside the community) and then merging each community under the band with the "
            "neighbour sharing the longest boundary among those that keep the merged population within it (a part of "
            "a split community included); the other communities are unchanged. A community's population is its "
            "units'. A split community's polygon is cut among its parts by the nearest unit. Gives the adjusted "
            "communities and a table of the changes for the review meeting; a community that stays out of the band "
            "says why."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COMMUNITIES, self.tr("Existing communities"), [source_type("VectorPolygon")]))
        self.addParameter(detected_field(self.ID_FIELD, self.tr("Community id field"), self.COMMUNITIES,
                                         COMMUNITY_FIELDS["id"]))
        add_unit_parameters(self)
        add_working_crs_parameter(self)
        add_profile_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Adjusted communities"), type=source_type("VectorPolygon")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_CHANGES, self.tr("Changes (merges and splits)"), type=source_type("Vector")))
        self.addOutput(QgsProcessingOutputNumber(self.MERGE_COUNT, self.tr("Merges")))
        self.addOutput(QgsProcessingOutputNumber(self.SPLIT_COUNT, self.tr("Splits")))

    def process(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(len(self.STAGES), feedback)
        profile = profile_from_parameters(self, parameters, context)
        band = band_of(self, parameters, context, profile)
        source = self.source(parameters, self.COMMUNITIES, context)
        label = self.layer_label(parameters, self.COMMUNITIES, context)
        frame = WorkingFrame.of(source, label, context, steps,
                                override=working_crs_from_parameters(self, parameters, context))
        ids, shapes, originals = self._communities(parameters, context, source, label, frame, steps)
        units = read_units(self, parameters, context, frame, steps)
        existing = upper_of(units.xy, shapes)
        outside = int((existing < 0).sum())
        if outside:
            steps.pushWarning(self.tr("{} units stand outside every community: they are left out").format(outside))
        steps.setCurrentStep(1)
        grouping, link = build_grouping(self, parameters, context, frame, steps, units, band, None)
        steps.setCurrentStep(2)
        barriers = read_lines(self, parameters, BARRIERS, context, frame, steps)
        labels, names, origin, outlines, changes = adjust(grouping, existing, ids, shapes, link, barriers)
        steps.setCurrentStep(3)
        return self._write(parameters, context, steps, source, frame, ids, originals, grouping, labels, names,
                           origin, outlines, changes)

    def _communities(self, parameters, context, source, label, frame, feedback):
        names = [n for n in source.fields().names() if not is_result_field(n)]
        try:
            id_field = choose_fields(names, {"id": COMMUNITY_FIELDS["id"]},
                                     {"id": self.parameterAsString(parameters, self.ID_FIELD, context)})["id"]
        except FieldChoiceError as error:
            raise QgsProcessingException("{}: {}{}".format(label, error, self.encoding_hint(source))) from None
        transform = frame.transform_from(source, label)
        ids, shapes, originals = [], [], []
        for feature in self.features(source, feedback):
            shape = to_shapely(feature.geometry(), transform)
            shape = repaired(shape) if shape is not None and not shape.is_valid else shape
            if shape is None:
                feedback.pushWarning(self.tr("Community {}: no usable polygon, skipped").format(
                    feature_label(feature, id_field)))
                continue
            identifier = feature_label(feature, id_field)
            ids.append(identifier if identifier not in ids else "{}#{}".format(identifier, feature.id()))
            shapes.append(shape)
            originals.append(feature)
        if not shapes:
            raise QgsProcessingException(self.tr("{}: no community has a usable polygon.").format(label))
        return ids, shapes, originals

    def _write(self, parameters, context, feedback, source, frame, ids, originals, grouping, labels, names, origin,
               outlines, changes):
        crs = source.sourceCrs()
        back = frame.transform_to(crs)
        fields = fields_from(ADJUSTED_FIELDS)
        sink, dest = self.create_sink(parameters, self.OUTPUT, context, fields, wkb_type("MultiPolygon"), crs)
        action_of = {}
        for change in changes:
            for name in change.after:
                action_of[name] = change.action
        numbered = labels.copy()
        stats = {int(labels[c.members[0]]): c for c in grouping.communities(numbered)}
        rows = []
        covered = set()
        for number, name in enumerate(names):
            stat = stats.get(number)
            action = action_of.get(name, UNCHANGED)
            shape = outlines[number]
            covered.update(origin[number])
            feature = QgsFeature(fields)
            if shape is not None:
                feature.setGeometry(to_qgis(shape, back))
            feature.setAttributes(self._values(name, stat) + [action, ",".join(ids[i] for i in origin[number])])
            rows.append(feature)
        for index in range(len(ids)):  # communities without any unit: unchanged, population unknown
            if index not in covered:
                feature = QgsFeature(fields)
                feature.setGeometry(originals[index].geometry())
                feature.setAttributes([ids[index], ids[index]] + [None] * (len(COMMUNITY_OUTPUT_FIELDS) - 2)
                                      + [UNCHANGED, ids[index]])
                rows.append(feature)
                feedback.pushWarning(self.tr("Community {}: no unit inside, kept unchanged (population unknown)")
                                     .format(ids[index]))
        self.add_features(sink, rows, parameters, self.OUTPUT)
        change_fields = fields_from(CHANGE_FIELDS)
        table, table_dest = self.create_sink(parameters, self.OUTPUT_CHANGES, context, change_fields,
                                             wkb_type("NoGeometry"), None, headers=style_aliases("adjustment_changes"))
        for change in changes:
            feature = QgsFeature(change_fields)
            feature.setAttributes([change.action, ", ".join(change.before), ", ".join(
                "{:.0f}".format(v) for v in change.population_before), ", ".join(change.after), ", ".join(
                "{:.0f}".format(v) for v in change.population_after), change.reason, reason_text(change.reason)])
            self.add_feature(table, feature, parameters, self.OUTPUT_CHANGES)
        merges = sum(c.action == MERGE for c in changes)
        splits = sum(c.action == SPLIT for c in changes)
        feedback.pushInfo(self.tr("{} merges, {} splits, {} communities left out of the band; {} communities "
                                  "after the adjustment").format(merges, splits,
                                                                 sum(c.action == KEEP for c in changes), len(rows)))
        style_output(context, dest, "proposed_communities", self.tr("Adjusted communities"))
        style_output(context, table_dest, "adjustment_changes", self.tr("Changes (merges and splits)"))
        return {self.OUTPUT: dest, self.OUTPUT_CHANGES: table_dest, self.MERGE_COUNT: merges,
                self.SPLIT_COUNT: splits}

    @staticmethod
    def _values(name, stat):
        if stat is None:
            return [name, name] + [None] * (len(COMMUNITY_OUTPUT_FIELDS) - 2)
        return [name, name, stat.population, None if np.isnan(stat.households) else stat.households,
                len(stat.members), BAND_CODES[stat.status],
                None if not np.isfinite(stat.max_walk) else round(stat.max_walk, 1), stat.beyond_reach,
                stat.unmeasured, stat.reason, reason_text(stat.reason)]
