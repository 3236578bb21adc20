"""completecommunity:suggestsites — where to build: candidate sites (vacant lots, idle buildings) that newly cover the
most residents without a qualifying facility within walking reach, per facility requirement of the items asked
for; for each pick the residents and the communities it newly covers. The check's inputs, readers, samples,
distances and engine are the check's own (CheckCommunitiesAlgorithm), so the suggestion and the check agree."""

from dataclasses import replace

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from shapely.geometry import Point
from shapely.prepared import prep

from complete_community.core.check.engine import CommunityCheck
from complete_community.core.check.fields import FieldChoiceError, choose_fields
from complete_community.core.check.readers import feature_label, read_facilities
from complete_community.core.planning.siting import (
    ExactUnavailableError,
    SitingError,
    Suggestion,
    claims,
    cover_lists,
    exact_max_coverage,
    greedy_max_coverage,
    resident_weights,
    site_fits,
    siting_targets,
)
from complete_community.core.profiles.model import Aspect, Text
from complete_community.core.qgis_compat import double_number, source_type, wkb_type
from complete_community.core.taxonomy import facility_types
from complete_community.core.values import as_number, is_missing
from complete_community.processing.algorithms.check_communities import CheckCommunitiesAlgorithm
from complete_community.processing.fields import fields_from
from complete_community.processing.parameters import advanced, detected_field
from complete_community.processing.parameters.network import walking_graph
from complete_community.processing.styling import style_aliases, style_output

SITE_FIELDS = (
    ("item_id", "string", 8), ("item_name", "string", 60), ("requirement", "string", 40),
    ("facility_type", "string", 40), ("type_name", "string", 60), ("rank", "int", 0),
    ("site_id", "string", 80), ("site_name", "string", 120), ("land_area", "double", 0),
    ("building_area", "double", 0), ("cost", "double", 0), ("residents_new", "double", 0),
    ("residents_cumulative", "double", 0), ("samples_new", "int", 0), ("communities_reached", "string", 0),
    ("communities_met", "string", 0), ("communities_met_count", "int", 0), ("reach_m", "double", 0),
    ("method", "string", 20),
)
CANDIDATE_FIELDS = {
    "id": ("编号", "地块编号", "id", "fid"),
    "name": ("名称", "地块名称", "name"),
    "land_area": ("用地面积", "占地面积", "land_area", "ydmj"),
    "building_area": ("建筑面积", "building_area", "jzmj"),
    "cost": ("费用", "投资", "造价", "cost"),
}


class SuggestSitesAlgorithm(CheckCommunitiesAlgorithm):
    GROUP = "planning"
    CANDIDATES = "CANDIDATES"
    ITEMS = "ITEMS"
    MAX_SITES = "MAX_SITES"
    BUDGET = "BUDGET"
    EXACT = "EXACT"
    OUTPUT = "OUTPUT"
    SITE_COUNT = "SITE_COUNT"
    RESIDENTS_COVERED = "RESIDENTS_COVERED"
    CANDIDATE_FIELD_PARAMETERS = {"CANDIDATE_ID_FIELD": "id", "CANDIDATE_NAME_FIELD": "name",
                                  "CANDIDATE_LAND_AREA_FIELD": "land_area",
                                  "CANDIDATE_BUILDING_AREA_FIELD": "building_area", "CANDIDATE_COST_FIELD": "cost"}
    STAGES = ("choose", "communities", "facilities", "residents", "network", "covered", "sites", "write")

    def name(self):
        return "suggestsites"

    def displayName(self):  # noqa: N802
        return self.tr("Suggest sites for missing facilities")

    def summary(self):
        return self.tr(
            "Recommends, among candidate sites (vacant lots, idle buildings, space to rent), where to build the "
            "facilities of the items asked for (e.g. 02 kindergarten): per facility requirement, the sites that newly "
            "cover the most residents who have no qualifying facility within the requirement's walking reach, large "
            "enough for the item's size minimum (land and floor area). Greedy maximal coverage with the gains "
            "recomputed after each pick, limited by a number of sites or a budget. Each site lists the residents it "
            "newly covers and the communities whose item would pass once the sites up to it are built. Takes the "
            "check's inputs and options (residents, network, profile …) and measures as the check does: on the "
            "walking network when given, else in straight lines.")

    def initAlgorithm(self, config=None):  # noqa: N802
        # what this algorithm asks first (the items, the candidate sites, the limits), then the check's inputs
        items = QgsProcessingParameterString(self.ITEMS, self.tr("Items to find sites for"), defaultValue="02")
        items.setHelp(self.tr("Item numbers of the profile, comma separated (e.g. 02,03,04,05). Each walking "
                              "facility requirement of an item gets its own sites."))
        self.addParameter(items)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CANDIDATES, self.tr("Candidate sites (vacant lots, idle buildings)"),
            [source_type("VectorPoint"), source_type("VectorPolygon")]))
        descriptions = {
            "CANDIDATE_ID_FIELD": self.tr("Site id field"), "CANDIDATE_NAME_FIELD": self.tr("Site name field"),
            "CANDIDATE_LAND_AREA_FIELD": self.tr("Site land area field (m²)"),
            "CANDIDATE_BUILDING_AREA_FIELD": self.tr("Site floor area field (m²)"),
            "CANDIDATE_COST_FIELD": self.tr("Site cost field"),
        }
        for name, key in self.CANDIDATE_FIELD_PARAMETERS.items():
            self.addParameter(detected_field(name, descriptions[name], self.CANDIDATES, CANDIDATE_FIELDS[key]))
        count = QgsProcessingParameterNumber(self.MAX_SITES, self.tr("Sites per requirement (at most)"),
                                             defaultValue=5, minValue=1)
        self.addParameter(count)
        budget = QgsProcessingParameterNumber(self.BUDGET, self.tr("Budget per requirement"),
                                              type=double_number(), optional=True, minValue=0.0)
        budget.setHelp(self.tr("With a budget, sites are picked by residents newly covered per cost among those "
                               "still affordable; sites without a cost are left out."))
        self.addParameter(budget)
        exact = QgsProcessingParameterBoolean(self.EXACT, self.tr("Also solve the exact model (needs PySAL spopt)"),
                                              defaultValue=False)
        exact.setHelp(self.tr("Solves the maximal covering location problem exactly for the same number of sites "
                              "and reports the gap to the greedy choice. Needs the Python package spopt."))
        self.addParameter(advanced(exact))
        self.add_check_inputs()
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Suggested sites")))
        self.addOutput(QgsProcessingOutputNumber(self.SITE_COUNT, self.tr("Sites suggested")))
        self.addOutput(QgsProcessingOutputNumber(self.RESIDENTS_COVERED, self.tr("Residents newly covered")))

    def process(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(len(self.STAGES), feedback)
        setup = self._choose(parameters, context, steps)
        try:
            targets = siting_targets(setup.profile, self.parameterAsString(parameters, self.ITEMS, context)
                                     .replace("，", ",").split(","), setup.walk_speed)
        except SitingError as error:
            raise QgsProcessingException(str(error)) from None
        if not targets:
            raise QgsProcessingException(self.tr("Name at least one item to find sites for (e.g. 02)."))
        candidates_source = self.source(parameters, self.CANDIDATES, context)
        candidates_label = self.layer_label(parameters, self.CANDIDATES, context)
        steps.setCurrentStep(1)
        inputs = self._read(setup, steps)
        steps.setCurrentStep(4)
        graph = walking_graph(self, parameters, context, steps, setup.frame)
        steps.setCurrentStep(5)
        steps.setProgressText(self.tr("Who is covered already"))
        samples = inputs.samples
        distances = self.distance_backend(samples, graph, parameters, context, steps)
        item_ids = tuple(dict.fromkeys(t.item_id for t in targets))
        planned = replace(setup.profile, aspects=(Aspect("planning", Text("", ""), item_ids),),
                          items={i: setup.profile.items[i] for i in item_ids})
        engine = CommunityCheck(planned, inputs.communities, inputs.facilities, samples, distances,
                                walk_speed=setup.walk_speed,
                                absent_types_fail=self.parameterAsBoolean(parameters, self.ABSENT_TYPES_FAIL, context),
                                attribute_policy=setup.attribute_policy)
        results = engine.run(steps.isCanceled, steps.setProgress)
        covered = {id(t): engine.covered_samples(t.requirement, t.reach_m) for t in targets}
        steps.setCurrentStep(6)
        steps.setProgressText(self.tr("Choosing sites"))
        sites, costs, _features = self._read_candidates(candidates_source, candidates_label, setup, parameters,
                                                        context, steps)
        site_xy = np.array([(s.x, s.y) for s in sites], dtype=float).reshape(-1, 2)
        distances.prepare(site_xy)
        rows, positions, metres = distances.pairs_within(np.arange(len(sites)), max(t.reach_m for t in targets),
                                                         steps.isCanceled)
        site_community = _site_communities(site_xy, inputs.communities)
        persons = resident_weights(samples, inputs.communities)
        unknown_population = [c.id for index, c in enumerate(inputs.communities)
                              if not samples.from_residents[index] and c.population is None]
        if unknown_population:
            steps.pushWarning(self.tr("Communities without a population count no residents for the choice (their "
                                      "coverage still counts for the communities a site turns): {}").format(
                ", ".join(unknown_population[:10])))
        budget = self.parameterAsDouble(parameters, self.BUDGET, context) \
            if parameters.get(self.BUDGET) not in (None, "") else None
        max_sites = self.parameterAsInt(parameters, self.MAX_SITES, context)
        used = np.zeros(len(sites), dtype=bool)
        suggestions = []
        for target in targets:
            self.stop_if_canceled(steps)
            fits = np.array([site_fits(site, target) for site in sites], dtype=object)
            allowed = (fits == True) & ~used  # noqa: E712 (an array of True/False/None)
            unknown_size = int(sum(1 for value in fits if value is None))
            if unknown_size:
                steps.pushWarning(self.tr("{} {}: {} candidate sites lack the size the item needs ({}) and are left "
                                          "out").format(target.item_id, target.requirement.id, unknown_size,
                                                        ", ".join(target.minimums)))
            indptr, reached = cover_lists(rows, positions, metres, target.reach_m, len(sites), len(samples.xy))
            weights = np.nan_to_num(persons, nan=0.0)
            if budget is not None and not np.isfinite(costs[allowed]).all():
                steps.pushWarning(self.tr("{} {}: {} candidate sites have no cost and are left out under a budget")
                                  .format(target.item_id, target.requirement.id,
                                          int((~np.isfinite(costs[allowed])).sum())))
            picks = greedy_max_coverage(indptr, reached, weights, covered[id(target)], max_sites, costs=costs,
                                        budget=budget, allowed=allowed)
            turned = claims(target, picks, results_for(results, target.item_id), inputs.communities, samples,
                            covered[id(target)], site_community)
            for rank, (pick, communities_met) in enumerate(zip(picks, turned), 1):
                used[pick.candidate] = True
                reached_ids = sorted({inputs.communities[i].id for i in np.unique(samples.community[pick.samples])})
                suggestions.append(Suggestion(target, rank, pick.candidate, float(weights[pick.samples].sum()),
                                              len(pick.samples), reached_ids, communities_met, pick.cost))
            self._log_target(target, picks, turned, sites, steps)
            if self.parameterAsBoolean(parameters, self.EXACT, context) and picks:
                self._exact(target, picks, indptr, reached, weights, covered[id(target)], allowed, budget, sites,
                            steps)
        steps.setCurrentStep(7)
        return self._write(suggestions, sites, candidates_source, setup.frame, distances.method, parameters,
                           context, steps)

    def _read_candidates(self, source, label, setup, parameters, context, steps):
        """The candidate sites as check Facilities (no type; land area from a polygon when empty, as the check
        does), their costs (NaN unknown) and their features."""
        given = {key: self.parameterAsString(parameters, name, context)
                 for name, key in self.CANDIDATE_FIELD_PARAMETERS.items()}
        try:
            chosen = choose_fields(source.fields().names(), CANDIDATE_FIELDS, given)
        except FieldChoiceError as error:
            raise QgsProcessingException("{}: {}{}".format(label, error, self.encoding_hint(source))) from None
        steps.pushInfo(self.tr("{} fields: {}").format(self.tr("Site"), ", ".join(
            "{}={}".format(key, field or "—") for key, field in chosen.items())))
        originals, costs, unreadable = [], [], []

        def with_geometry():
            for feature in self.features(source, steps):
                if feature.geometry() is None or feature.geometry().isNull() or feature.geometry().isEmpty():
                    continue
                originals.append(feature)
                raw = feature[chosen["cost"]] if chosen["cost"] else None
                value = as_number(raw) if not is_missing(raw) else None
                if value is None and not is_missing(raw):
                    unreadable.append("{} (“{}”)".format(feature_label(feature, chosen["id"]), raw))
                costs.append(np.nan if value is None else value)
                yield feature

        sites, _skipped, warnings = read_facilities(
            with_geometry(), setup.frame.transform_from(source, label), chosen, lambda _attributes: None,
            steps.isCanceled, footprint_land_area=setup.footprint_land_area)
        self._push_warnings(warnings, steps)
        if unreadable:
            steps.pushWarning(self.tr("{}: costs in “{}” that are not a number, taken as unknown: {}. Write the cost "
                                      "as a number (e.g. 100000, not 十万).").format(
                label, chosen["cost"], ", ".join(unreadable[:10]) + (" …" if len(unreadable) > 10 else "")))
        if not sites:
            raise QgsProcessingException(self.tr("{} has no site with a geometry: nothing to choose from.").format(
                label))
        steps.pushInfo(self.tr("{} candidate sites").format(len(sites)))
        return sites, np.array(costs, dtype=float), originals

    def _log_target(self, target, picks, turned, sites, steps):
        type_name = facility_types()[target.facility_type].name_zh
        steps.pushInfo(self.tr("{} {} ({}, {} m): {} sites, {:.0f} residents newly covered").format(
            target.item_id, target.requirement.id, type_name, round(target.reach_m), len(picks),
            sum(p.gain for p in picks)))
        for rank, (pick, met) in enumerate(zip(picks, turned), 1):
            site = sites[pick.candidate]
            steps.pushInfo("  {}. {} {}: +{:.0f} → {}".format(rank, site.id, site.name or "", pick.gain,
                                                            ", ".join(met) or "—"))

    def _exact(self, target, picks, indptr, reached, weights, covered, allowed, budget, sites, steps):
        if budget is not None:
            steps.pushWarning(self.tr("The exact model is solved for a number of sites, not for a budget: skipped."))
            return
        try:
            chosen, value = exact_max_coverage(indptr, reached, weights, covered, len(picks), allowed)
        except ExactUnavailableError as error:
            steps.pushWarning(str(error))
            return
        greedy = sum(p.gain for p in picks)
        steps.pushInfo(self.tr("{} {}: exact model {:.0f} residents with {}; greedy {:.0f} (gap {:.1f}%)").format(
            target.item_id, target.requirement.id, value, ", ".join(sites[c].id for c in chosen), greedy,
            100.0 * (value - greedy) / value if value > 0 else 0.0))

    def _write(self, suggestions, sites, source, frame, method, parameters, context, steps):
        fields = fields_from(SITE_FIELDS)
        # a point per site (where it stands; the candidate layer keeps the lot's outline)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, fields, wkb_type("Point"),
                                         source.sourceCrs(), headers=style_aliases("suggested_sites"))
        types = facility_types()
        back = frame.transform_to(source.sourceCrs())
        cumulative = {}
        for suggestion in suggestions:
            self.stop_if_canceled(steps)
            target, site = suggestion.target, sites[suggestion.candidate]
            key = (target.item_id, target.requirement.id)
            cumulative[key] = cumulative.get(key, 0.0) + suggestion.residents
            feature = QgsFeature(fields)
            # where the check measured the site from (a polygon's point on its surface), in the output's CRS: a
            # facility placed there is measured exactly as the suggestion was
            geometry = QgsGeometry.fromPointXY(QgsPointXY(site.x, site.y))
            if back is not None:
                geometry.transform(back)
            feature.setGeometry(geometry)
            feature.setAttributes([
                target.item_id, target.item_name.zh_CN, target.requirement.id, target.facility_type,
                types[target.facility_type].name_zh, suggestion.rank, site.id, site.name or None, site.land_area,
                site.building_area, suggestion.cost, round(suggestion.residents, 1), round(cumulative[key], 1),
                suggestion.samples, ",".join(suggestion.communities_reached) or None,
                ",".join(suggestion.communities_met) or None, len(suggestion.communities_met),
                round(target.reach_m, 1), method])
            self.add_feature(sink, feature, parameters, self.OUTPUT)
        style_output(context, dest_id, "suggested_sites", self.tr("Suggested sites"))
        return {self.OUTPUT: dest_id, self.SITE_COUNT: len(suggestions),
                self.RESIDENTS_COVERED: round(sum(s.residents for s in suggestions), 1)}


def results_for(results, item_id):
    """The check's ItemResult of one item for every community, in the communities' order."""
    return [next(item for item in result.items if item.item_id == item_id) for result in results]


def _site_communities(site_xy, communities):
    """For every site: the index of the first community it lies in, -1 when none."""
    where = np.full(len(site_xy), -1, dtype=np.int64)
    for index, community in enumerate(communities):
        minx, miny, maxx, maxy = community.geometry.bounds
        inside = np.nonzero((where < 0) & (site_xy[:, 0] >= minx) & (site_xy[:, 0] <= maxx) &
                            (site_xy[:, 1] >= miny) & (site_xy[:, 1] <= maxy))[0]
        if not len(inside):
            continue
        prepared = prep(community.geometry)
        for i in inside:
            if prepared.intersects(Point(site_xy[i, 0], site_xy[i, 1])):
                where[i] = index
    return where
