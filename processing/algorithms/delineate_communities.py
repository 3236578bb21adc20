"""completecommunity:delineatecommunities — residential units grouped into proposed communities within the population
band and the walking reach, never across a barrier (core/delineate)."""

import math
import time

from qgis.core import (
    QgsFeature,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from complete_community.core.delineate.grouping import OVER, SPLIT_UNIT
from complete_community.core.delineate.maxp import TIME_LIMIT, MaxPUnavailableError, compare, summary
from complete_community.core.qgis_compat import source_type, wkb_type
from complete_community.processing.base import CompleteCommunityAlgorithm
from complete_community.processing.delineate_inputs import (
    BARRIERS,
    COMMUNITY_OUTPUT_FIELDS,
    LINK_DISTANCE,
    UNIT_OUTPUT_FIELDS,
    UNITS,
    add_unit_parameters,
    band_of,
    build_grouping,
    community_features,
    read_units,
)
from complete_community.processing.fields import fields_from
from complete_community.processing.frame import WorkingFrame
from complete_community.processing.parameters import advanced
from complete_community.processing.parameters.crs import (
    WORKING_CRS,
    add_working_crs_parameter,
    working_crs_from_parameters,
)
from complete_community.processing.parameters.network import NETWORK
from complete_community.processing.parameters.profile import add_profile_parameters, profile_from_parameters
from complete_community.processing.styling import style_output


class DelineateCommunitiesAlgorithm(CompleteCommunityAlgorithm):
    GROUP = "delineation"
    UNITS = UNITS
    BARRIERS = BARRIERS
    NETWORK = NETWORK
    LINK_DISTANCE = LINK_DISTANCE
    WORKING_CRS = WORKING_CRS
    BOUNDARIES = "BOUNDARIES"
    OUTPUT = "OUTPUT"
    OUTPUT_UNITS = "OUTPUT_UNITS"
    COMMUNITY_COUNT = "COMMUNITY_COUNT"
    OUT_OF_BAND_COUNT = "OUT_OF_BAND_COUNT"
    COMPARE_MAXP = "COMPARE_MAXP"
    OUTPUT_MAXP = "OUTPUT_MAXP"
    MAXP_COUNT = "MAXP_COUNT"
    STAGES = ("units", "distances", "grouping", "write")

    def name(self):
        return "delineatecommunities"

    def displayName(self):  # noqa: N802
        return self.tr("Delineate communities")

    def summary(self):
        return self.tr(
            "Groups residential units (estates, blocks or parcels, or building points, with a population) into "
            "proposed communities: contiguous (units that touch, or lie across a short gap that a walk links), "
            "within the profile's population band (0.5–1.2万 by default), with every unit within the walking reach "
            "of the community's centre where the data allows, never across a barrier line and inside the upper "
            "boundaries when given. A heuristic: seeded growth, merging of the undersized, then moves and swaps of "
            "boundary units that lower, in this order, the communities out of band, the persons outside the band, "
            "the units beyond the reach and the longest walk. A community still out of band says why (a single unit "
            "over the band must be split; an isolated group under it must be merged across a barrier). The "
            "communities feed straight into “Check communities”."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add_unit_parameters(self)
        boundaries = QgsProcessingParameterFeatureSource(
            self.BOUNDARIES, self.tr("Upper boundaries to nest within (optional: 街道 or existing 社区 polygons)"),
            [source_type("VectorPolygon")], optional=True)
        boundaries.setHelp(self.tr("A community never spans two of these polygons (a unit belongs to the polygon "
                                   "holding its standing point)."))
        self.addParameter(boundaries)
        add_working_crs_parameter(self)
        add_profile_parameters(self)
        maxp = QgsProcessingParameterBoolean(
            self.COMPARE_MAXP, self.tr("Also draw PySAL spopt's max-p regions as a comparison (needs spopt)"),
            defaultValue=False)
        maxp.setHelp(self.tr(
            "Runs max-p regionalisation (spopt) on the same units and neighbours with the band's minimum as its "
            "threshold — as many regions as reach it, no maximum, no walking reach — and logs both results: "
            "communities, in / under / above the band, units beyond the reach, the longest walk to a centre, run "
            "time. Limited to {:g} s; without spopt the log says how to install it and the run goes on.").format(
                TIME_LIMIT))
        self.addParameter(advanced(maxp))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Proposed communities"), type=source_type("VectorPolygon")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_UNITS, self.tr("Units with their community")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_MAXP, self.tr("Max-p regions (comparison, optional)"), type=source_type("VectorPolygon"),
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.COMMUNITY_COUNT, self.tr("Proposed communities")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_OF_BAND_COUNT, self.tr("Communities out of band")))
        self.addOutput(QgsProcessingOutputNumber(self.MAXP_COUNT, self.tr("Max-p regions (comparison)")))

    def process(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(len(self.STAGES), feedback)
        profile = profile_from_parameters(self, parameters, context)
        band = band_of(self, parameters, context, profile)
        source = self.source(parameters, self.UNITS, context)
        frame = WorkingFrame.of(source, self.layer_label(parameters, self.UNITS, context), context, steps,
                                override=working_crs_from_parameters(self, parameters, context))
        steps.pushInfo(self.tr("Profile {}: population band {:g}–{:g}, walking reach {:g} m").format(
            profile.id, band.minimum, band.maximum, band.reach))
        units = read_units(self, parameters, context, frame, steps)
        boundaries = None
        upper = self.source(parameters, self.BOUNDARIES, context, optional=True)
        if upper is not None:
            from complete_community.core.geometry import to_shapely

            transform = frame.transform_from(upper, self.layer_label(parameters, self.BOUNDARIES, context))
            boundaries = [s for s in (to_shapely(f.geometry(), transform) for f in self.features(upper, steps))
                          if s is not None]
        steps.setCurrentStep(1)
        grouping, link = build_grouping(self, parameters, context, frame, steps, units, band, boundaries)
        steps.setCurrentStep(2)
        steps.setProgressText(self.tr("Grouping units"))
        started = time.monotonic()
        labels = grouping.group()
        communities = grouping.communities(labels)
        seconds = time.monotonic() - started
        maxp = None
        if self.parameterAsBoolean(parameters, self.COMPARE_MAXP, context):
            maxp = self._compare(grouping, summary(communities, seconds), steps)
        steps.setCurrentStep(3)
        results = self._write(parameters, context, steps, source, frame, units, communities, labels, link)
        results[self.MAXP_COUNT] = None
        if maxp is not None:
            results[self.MAXP_COUNT] = len(maxp[1])
            dest = self._write_maxp(parameters, context, frame, source, units, maxp, link)
            if dest is not None:
                results[self.OUTPUT_MAXP] = dest
        return results

    def _compare(self, grouping, ours, feedback):
        """spopt's max-p on the same units and neighbours, both results logged; None (a warning saying why) when it
        cannot run."""
        feedback.setProgressText(self.tr("Comparing with max-p regions (spopt)"))
        try:
            labels, regions, theirs = compare(grouping, is_canceled=feedback.isCanceled)
        except MaxPUnavailableError as error:
            feedback.pushWarning(str(error))
            return None
        feedback.pushInfo(self.tr("Comparison with PySAL spopt's max-p regions (threshold {:g}: as many regions as "
                                  "reach it, no maximum, no walking reach):").format(grouping.band.minimum))
        for name, result in ((self.tr("this grouping"), ours), (self.tr("max-p"), theirs)):
            feedback.pushInfo(self.tr("  {}: {} communities, {} in the band, {} under it, {} above it; {} units "
                                      "beyond the walking reach, longest walk to a centre {}; {} units not placed; "
                                      "{:.1f} s").format(
                name, result.communities, result.within, result.under, result.above, result.beyond_reach,
                "—" if math.isnan(result.longest_walk) else "{:.0f} m".format(result.longest_walk),
                result.unplaced, result.seconds))
        return labels, regions

    def _write_maxp(self, parameters, context, frame, source, units, maxp, link):
        labels, regions = maxp
        fields = fields_from(COMMUNITY_OUTPUT_FIELDS)
        sink, dest = self.create_sink(parameters, self.OUTPUT_MAXP, context, fields, wkb_type("MultiPolygon"),
                                      source.sourceCrs())
        if sink is None:
            return None
        features, _ids = community_features(units, regions, labels, link, fields,
                                            frame.transform_to(source.sourceCrs()), prefix="M")
        self.add_features(sink, features, parameters, self.OUTPUT_MAXP)
        style_output(context, dest, "proposed_communities", self.tr("Max-p regions (comparison)"))
        return dest

    def _write(self, parameters, context, feedback, source, frame, units, communities, labels, link):
        crs = source.sourceCrs()
        back = frame.transform_to(crs)
        fields = fields_from(COMMUNITY_OUTPUT_FIELDS)
        sink, dest = self.create_sink(parameters, self.OUTPUT, context, fields, wkb_type("MultiPolygon"), crs)
        features, unit_ids = community_features(units, communities, labels, link, fields, back)
        self.add_features(sink, features, parameters, self.OUTPUT)
        unit_fields = fields_from(UNIT_OUTPUT_FIELDS, before=source.fields())
        unit_sink, unit_dest = self.create_sink(parameters, self.OUTPUT_UNITS, context, unit_fields,
                                                source.wkbType(), crs)
        rows = []
        for feature, community, population, origin in zip(units.features, unit_ids, units.population.tolist(),
                                                          units.source.tolist()):
            row = QgsFeature(unit_fields)
            row.setGeometry(feature.geometry())
            row.setAttributes(list(feature.attributes()) + [community, population, origin])
            rows.append(row)
        self.add_features(unit_sink, rows, parameters, self.OUTPUT_UNITS)
        out = [c for c in communities if c.status != 0]
        feedback.pushInfo(self.tr("{} proposed communities, {} in the band, {} out of it ({} need a unit split, "
                                  "{} could not be balanced); {} units beyond the walking reach of their centre")
                          .format(len(communities), len(communities) - len(out), len(out),
                                  sum(c.reason == SPLIT_UNIT for c in out), sum(c.reason == OVER for c in out),
                                  sum(c.beyond_reach for c in communities)))
        feedback.pushInfo(self.tr("Check them with “Check communities”: it recognises their id, population and "
                                  "households fields."))
        style_output(context, dest, "proposed_communities", self.tr("Proposed communities"))
        style_output(context, unit_dest, "delineation_units", self.tr("Units with their community"))
        return {self.OUTPUT: dest, self.OUTPUT_UNITS: unit_dest, self.COMMUNITY_COUNT: len(communities),
                self.OUT_OF_BAND_COUNT: len(out)}
