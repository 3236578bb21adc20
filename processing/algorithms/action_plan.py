"""completecommunity:actionplan — the project list (项目库) of a 补短板行动计划 from the check's results and, when
given, the sites suggestsites chose: per community and failed item the measure, the residents affected, a priority
score (the profile's item weights) and a year."""

import datetime

from qgis.core import (
    QgsFeature,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from complete_community.core.planning.action_plan import CheckedGap, SuggestedSite, action_plan, community_plans
from complete_community.core.qgis_compat import source_type, wkb_type
from complete_community.core.values import as_number, is_missing
from complete_community.processing.base import CompleteCommunityAlgorithm
from complete_community.processing.check_results import read_community_results
from complete_community.processing.fields import field_names, fields_from
from complete_community.processing.parameters.profile import add_profile_parameters, profile_from_parameters
from complete_community.processing.styling import style_aliases, style_output

PROJECT_FIELDS = (
    ("rank", "int", 0), ("year", "int", 0), ("priority", "double", 0), ("weight", "double", 0),
    ("community_id", "string", 80), ("community_name", "string", 120), ("item_id", "string", 8),
    ("item_name", "string", 60), ("measure", "string", 20), ("site_id", "string", 80), ("site_name", "string", 120),
    ("residents", "double", 0), ("residents_known", "int", 0),
)
# the map: one polygon per community with projects (its projects overlap otherwise)
MAP_FIELDS = (
    ("community_id", "string", 80), ("community_name", "string", 120), ("projects", "int", 0),
    ("first_year", "int", 0), ("last_year", "int", 0), ("top_priority", "double", 0), ("top_measure", "string", 20),
    ("items", "string", 120), ("residents", "double", 0), ("residents_known", "int", 0),
)
SITE_COLUMNS = ("item_id", "site_id", "rank", "communities_met", "communities_reached")


class ActionPlanAlgorithm(CompleteCommunityAlgorithm):
    GROUP = "planning"
    COMMUNITIES = "COMMUNITIES"
    SITES = "SITES"
    START_YEAR = "START_YEAR"
    PER_YEAR = "PER_YEAR"
    OUTPUT = "OUTPUT"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    PROJECT_COUNT = "PROJECT_COUNT"

    def name(self):
        return "actionplan"

    def displayName(self):  # noqa: N802
        return self.tr("Action plan (project list)")

    def summary(self):
        return self.tr(
            "The project list (项目库) of a 补短板行动计划: one project per community and failed item, with the "
            "recommended measure — build at a suggested site (from “Suggest sites for missing facilities”), a site "
            "that helps but does not suffice, no candidate site within reach, a site still to find, a surveyed item "
            "to fix, or another improvement —, the residents affected, a priority score and a year. The score is "
            "the item's weight in the profile (urgent items weigh more) × (1 + residents affected ÷ the profile's "
            "population maximum); projects are ranked by it and given years from the start year, so many per year. "
            "The table lists the projects; the map shows each community with projects once, coloured by its most "
            "urgent project.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COMMUNITIES, self.tr("Community results (of the check)"), [source_type("VectorPolygon")]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SITES, self.tr("Suggested sites"), [source_type("Vector")], optional=True))
        add_profile_parameters(self)
        self.addParameter(QgsProcessingParameterNumber(
            self.START_YEAR, self.tr("First year"), defaultValue=datetime.date.today().year, minValue=2000,
            maxValue=2100))
        per_year = QgsProcessingParameterNumber(self.PER_YEAR, self.tr("Projects per year"), defaultValue=10,
                                                minValue=1)
        per_year.setHelp(self.tr("The first so many projects by priority are planned for the first year, the next "
                                 "for the year after, and so on."))
        self.addParameter(per_year)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, self.tr("Action plan (table)"), type=source_type("Vector")))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Action plan (map)")))
        self.addOutput(QgsProcessingOutputNumber(self.PROJECT_COUNT, self.tr("Projects")))

    def process(self, parameters, context, feedback):
        profile = profile_from_parameters(self, parameters, context)
        source = self.source(parameters, self.COMMUNITIES, context)
        label = self.layer_label(parameters, self.COMMUNITIES, context)
        records, geometries = read_community_results(self, source, label, feedback)
        known = {item.id for item in profile.ordered_items()}
        foreign = sorted({item for record in records for item in record["statuses"] if item not in known})
        if foreign:
            feedback.pushWarning(self.tr("Items of the results that the profile {} does not have are left out: {}")
                                 .format(profile.id, ", ".join(foreign)))
        communities = [CheckedGap(r["id"], r["name"], r["population"], r["statuses"]) for r in records]
        sites = self._sites(parameters, context, feedback)
        projects = action_plan(profile, communities, sites,
                               self.parameterAsInt(parameters, self.START_YEAR, context),
                               self.parameterAsInt(parameters, self.PER_YEAR, context))
        names = {item.id: item.name.zh_CN for item in profile.ordered_items()}
        fields = fields_from(PROJECT_FIELDS)
        table, table_id = self.create_sink(parameters, self.OUTPUT_TABLE, context, fields,
                                           headers=style_aliases("action_plan_table"))
        for project in projects:
            self.stop_if_canceled(feedback)
            values = dict(vars(project), item_name=names[project.item_id],
                          residents_known=0 if project.residents is None else 1)
            row = QgsFeature(fields)
            row.setAttributes([values.get(name) for name in field_names(PROJECT_FIELDS)])
            self.add_feature(table, row, parameters, self.OUTPUT_TABLE)
        map_fields = fields_from(MAP_FIELDS)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, map_fields, wkb_type("MultiPolygon"),
                                         source.sourceCrs(), headers=style_aliases("action_plan"))
        for plan in community_plans(projects):
            self.stop_if_canceled(feedback)
            values = dict(vars(plan), residents_known=0 if plan.residents is None else 1)
            feature = QgsFeature(map_fields)
            geometry = geometries.get(plan.community_id)
            if geometry is not None and not geometry.isNull():
                geometry = type(geometry)(geometry)
                geometry.convertToMultiType()
                feature.setGeometry(geometry)
            feature.setAttributes([values.get(name) for name in field_names(MAP_FIELDS)])
            self.add_feature(sink, feature, parameters, self.OUTPUT)
        unknown = sum(1 for p in projects if p.residents is None)
        feedback.pushInfo(self.tr("{} projects in {} communities, years {}–{}").format(
            len(projects), len({p.community_id for p in projects}), projects[0].year if projects else "—",
            projects[-1].year if projects else "—"))
        if unknown:
            feedback.pushWarning(self.tr("{} projects are in communities without a population: their residents "
                                         "affected are unknown and count none in the score").format(unknown))
        style_output(context, dest_id, "action_plan", self.tr("Action plan (map)"))
        style_output(context, table_id, "action_plan_table", self.tr("Action plan (table)"))
        return {self.OUTPUT: dest_id, self.OUTPUT_TABLE: table_id, self.PROJECT_COUNT: len(projects)}

    def _sites(self, parameters, context, feedback):
        source = self.source(parameters, self.SITES, context, optional=True)
        if source is None:
            feedback.pushInfo(self.tr("No suggested sites given: facility gaps are planned as sites still to find."))
            return []
        missing = [name for name in SITE_COLUMNS if name not in source.fields().names()]
        if missing:
            raise QgsProcessingException(self.tr(
                "{} has no field {}: give the sites written by “Suggest sites for missing facilities”.").format(
                self.layer_label(parameters, self.SITES, context), ", ".join(missing)))
        has_name = "site_name" in source.fields().names()
        sites = []
        for feature in self.features(source, feedback):
            def ids(value):
                return tuple(part.strip() for part in str(value).split(",") if part.strip()) \
                    if not is_missing(value) else ()

            rank = as_number(feature["rank"])
            sites.append(SuggestedSite(
                str(feature["item_id"]), str(feature["site_id"]),
                None if not has_name or is_missing(feature["site_name"]) else str(feature["site_name"]),
                int(rank) if rank is not None else 0, ids(feature["communities_met"]),
                ids(feature["communities_reached"])))
        return sites
