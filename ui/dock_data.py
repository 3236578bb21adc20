"""What the inspector reads from the set-up's layers to check one community again and to draw a walking route, read
the way the check reads it (core/check/readers.py, the same working CRS, the same field choices, the walking graph
from the session cache) and kept while the layers do not change: the facilities are read once, not per edit."""

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)

from complete_community.core.cancellation import CanceledError
from complete_community.core.check.answers import apply_answers
from complete_community.core.check.distances import StraightLineDistances
from complete_community.core.check.fields import (
    COMMUNITY_FIELDS,
    FACILITY_FIELDS,
    RESIDENT_FIELDS,
    choose_fields,
    is_result_field,
)
from complete_community.core.check.model import NETWORK, STATUS_UNKNOWN, STRAIGHT_LINE
from complete_community.core.check.readers import read_communities, read_facilities, read_residents
from complete_community.core.check.recheck import LazyDistances
from complete_community.core.check.samples import build_samples
from complete_community.core.crs import working_crs
from complete_community.core.geometry import standing_point, to_shapely
from complete_community.core.mapping import load_mapping, type_classifier
from complete_community.core.network import cache as network_cache
from complete_community.core.network.distances import NetworkDistances
from complete_community.core.network.filters import walkability_fields
from complete_community.core.network.graph import WalkingGraph
from complete_community.core.network.streets import read_streets
from complete_community.core.qgis_compat import enum_value
from complete_community.processing.parameters.network import MAX_ACCESS, NODE_CROSSINGS, SNAP_TOLERANCE

ALGORITHM_ID = "completecommunity:checkcommunities"


def _default(name, fallback):
    """A parameter's default as the check's algorithm declares it (the dock runs it with the defaults)."""
    algorithm = QgsApplication.processingRegistry().algorithmById(ALGORITHM_ID)
    definition = algorithm.parameterDefinition(name) if algorithm is not None else None
    value = definition.defaultValue() if definition is not None else None
    return fallback if value is None else value


def network_options():
    """(snap tolerance, node crossings, largest access distance): the check's defaults."""
    return (float(_default(SNAP_TOLERANCE, 0.5)), bool(_default(NODE_CROSSINGS, False)),
            float(_default(MAX_ACCESS, 100.0)))


class CheckData:
    """The inputs of one set-up: {"communities", "facilities", "network", "residents"} layers (None when not
    chosen), the field choices the user made ({combo name: field}), the mapping (id or file) and the attribute
    policy. Everything read is cached on the instance; build a new one when the set-up changes."""

    def __init__(self, layers, fields, mapping, footprint_land_area=True):
        self.layers = layers
        self.fields = fields
        self.mapping = mapping
        self.footprint_land_area = footprint_land_area
        communities = layers["communities"]
        self.crs, _reason = working_crs(communities.crs(), communities.extent(),
                                        QgsProject.instance().transformContext())
        self._facilities = None
        self._facility_fields = None
        self._input_fids = None
        self._facility_fids = None
        self._graph_key = self._graph = None  # the walking graph found or built for the set-up
        self._graph_adopted = False
        self.shared_cache = {}  # which facilities qualify for a requirement, kept between re-checks

    def transform(self, layer, to_layer=False):
        if layer.crs() == self.crs:
            return None
        context = QgsProject.instance().transformContext()
        return QgsCoordinateTransform(self.crs, layer.crs(), context) if to_layer else \
            QgsCoordinateTransform(layer.crs(), self.crs, context)

    # communities
    def community_fields(self):
        layer = self.layers["communities"]
        names = [name for name in layer.fields().names() if not is_result_field(name)]
        given = {key: self.fields.get(combo) for key, combo in (
            ("id", "id_field"), ("name", "name_field"), ("population", "population_field"),
            ("households", "households_field"), ("status", "status_field"))}
        return choose_fields(names, COMMUNITY_FIELDS, given)

    def input_fid(self, community_id):
        """The feature id in the community layer of the community the results call community_id (its id field's
        value, its feature id without one, 'id#fid' for repeated ids)."""
        community_id = str(community_id)
        if "#" in community_id and community_id.rsplit("#", 1)[1].isdigit():
            return int(community_id.rsplit("#", 1)[1])
        if self._input_fids is None:
            layer = self.layers["communities"]
            id_field = self.community_fields()["id"]
            request = QgsFeatureRequest().setFlags(enum_value("Qgis.FeatureRequestFlag.NoGeometry",
                                                                "QgsFeatureRequest.Flag.NoGeometry"))
            self._input_fids = {}
            if id_field:
                request.setSubsetOfAttributes([id_field], layer.fields())
            for feature in layer.getFeatures(request):
                value = feature[id_field] if id_field else None
                label = str(feature.id()) if value is None or value == "" or (
                    hasattr(value, "isNull") and value.isNull()) else str(value)
                self._input_fids.setdefault(label, feature.id())
        return self._input_fids.get(community_id)

    def community(self, input_fid, community_id, profile, answers=None):
        """The community as the check reads it (working CRS, attributes as they are now, edits included) and its
        feature; (None, None) when it has no usable geometry. answers: {field: value} standing in for the layer's
        values (the answers table of a read-only layer)."""
        layer = self.layers["communities"]
        feature = layer.getFeature(input_fid)
        if not feature.isValid():
            return None, None
        apply_answers(feature, answers)
        communities, _originals, _warnings = read_communities(
            [feature], self.transform(layer), self.community_fields(), profile, STATUS_UNKNOWN, lambda: False)
        if not communities:
            return None, feature
        communities[0].id = str(community_id)
        return communities[0], feature

    # facilities
    def facility_fields(self):
        if self._facility_fields is None:
            layer = self.layers["facilities"]
            self._facility_fields = choose_fields(layer.fields().names(), FACILITY_FIELDS, {
                "type": self.fields.get("type_field"), "name": self.fields.get("facility_name_field")})
        return self._facility_fields

    def facility_source(self):
        """What reading the facilities needs, taken from the layer on the GUI thread (a worker thread reads the
        source, never the layer): (feature source with the layer's edits, transform, field choices, the layer's
        QgsFields)."""
        layer = self.layers["facilities"]
        return QgsVectorLayerFeatureSource(layer), self.transform(layer), self.facility_fields(), layer.fields()

    def read_facilities(self, source, transform, fields, layer_fields, is_canceled=lambda: False):
        """Every facility as the check reads it, from facility_source()'s source (on any thread)."""
        classify = type_classifier(load_mapping(self.mapping), layer_fields.names(), fields["type"], fields["name"])
        facilities, _skipped, _warnings = read_facilities(source.getFeatures(), transform, fields, classify,
                                                          is_canceled, footprint_land_area=self.footprint_land_area)
        return facilities

    @staticmethod
    def read_facility_fids(source, fields, id_field, is_canceled=lambda: False):
        """{facility id: feature id} from facility_source()'s source; None without an id field (the results then
        call a facility by its feature id)."""
        if not id_field:
            return None
        request = QgsFeatureRequest().setFlags(enum_value("Qgis.FeatureRequestFlag.NoGeometry",
                                                          "QgsFeatureRequest.Flag.NoGeometry"))
        request.setSubsetOfAttributes([id_field], fields)
        fids = {}
        for feature in source.getFeatures(request):
            if is_canceled():
                raise CanceledError()
            fids.setdefault(str(feature[id_field]), feature.id())
        return fids

    def prepared(self):
        """Whether what survey answers and routes read is read already (PreparationTask reads it in the
        background)."""
        network = isinstance(self.layers.get("network"), QgsVectorLayer)
        id_field = self.facility_fields().get("id")
        return self._facilities is not None and (self._facility_fids is not None or not id_field) and (
            not network or self._graph_adopted)

    def adopt(self, facilities, facility_fids):
        """Keep what the preparation read (on the GUI thread, when it ends)."""
        self._facilities = facilities
        self._facility_fids = facility_fids

    def facilities(self):
        """Every facility as the check reads it, once (the dock's preparation task reads them off the GUI thread)."""
        if self._facilities is None:
            self._facilities = self.read_facilities(*self.facility_source())
        return self._facilities

    def facility_feature(self, facility_id):
        """The facility layer's feature the results call facility_id (its id field's value, else its feature id)."""
        layer = self.layers["facilities"]
        id_field = self.facility_fields().get("id")
        if id_field and self._facility_fids is None:  # one pass over the ids, then a look-up per route
            self._facility_fids = self.read_facility_fids(layer, layer.fields(), id_field)
        fid = (self._facility_fids or {}).get(str(facility_id))
        if fid is None and str(facility_id).isdigit():
            fid = int(facility_id)
        if fid is None:
            return None
        feature = layer.getFeature(fid)
        return feature if feature.isValid() else None

    def facility_point(self, feature):
        """(x, y) in the working CRS where the check measures the facility from."""
        shape = to_shapely(feature.geometry(), self.transform(self.layers["facilities"]))
        if shape is None:
            return None
        point = standing_point(shape)
        return point.x, point.y

    # residents, samples, distances
    def samples(self, community, feature):
        residents = self.layers.get("residents")
        points = polygons = None
        if isinstance(residents, QgsVectorLayer):
            field = self.fields.get("residents_population_field") or choose_fields(
                residents.fields().names(), RESIDENT_FIELDS, {})["population"]
            if field:
                to_residents = QgsCoordinateTransform(self.layers["communities"].crs(), residents.crs(),
                                                      QgsProject.instance().transformContext())
                rectangle = to_residents.transformBoundingBox(feature.geometry().boundingBox())
                points, polygons, _warnings = read_residents(
                    residents.getFeatures(QgsFeatureRequest().setFilterRect(rectangle)), self.transform(residents),
                    field, lambda: False)
        return build_samples([community], points, polygons)

    def graph_source(self):
        """(cache key, the cached graph or None, the network's feature source when the graph must be built, transform,
        (snap tolerance, node crossings)); None without a network. Taken on the GUI thread; build_graph() may run on
        another."""
        layer = self.layers.get("network")
        if not isinstance(layer, QgsVectorLayer):
            return None
        snap, crossings, _access = network_options()
        key = network_cache.cache_key(layer.source(), layer.subsetString(), self.crs.authid(),
                                      {"snap": snap, "crossings": crossings}, modified=layer.isModified())
        graph = self._graph if self._graph is not None and key == self._graph_key else network_cache.get(key)
        source = QgsVectorLayerFeatureSource(layer) if graph is None else None
        return key, graph, source, self.transform(layer), (snap, crossings)

    @staticmethod
    def build_graph(source, transform, options, is_canceled=lambda: False):
        """The walking graph of graph_source()'s source, as the check builds it (None: no usable street)."""
        snap, crossings = options
        request = QgsFeatureRequest().setSubsetOfAttributes(walkability_fields(source.fields().names()),
                                                            source.fields())
        lines, _removed = read_streets(source.getFeatures(request), transform, is_canceled=is_canceled)
        return WalkingGraph.from_lines(lines, snap, crossings) if lines else None

    def adopt_graph(self, key, graph):
        """Keep the graph (built or found by the preparation) for the set-up and in the session cache."""
        self._graph_key, self._graph, self._graph_adopted = key, graph, True
        if graph is not None:
            network_cache.put(key, graph)

    def graph(self):
        """The walking graph the check used (the session cache's, else built now and cached), None without a
        network."""
        found = self.graph_source()
        if found is None:
            return None
        key, graph, source, transform, options = found
        if graph is None:
            graph = self.build_graph(source, transform, options)
        if graph is not None:
            self.adopt_graph(key, graph)
        return graph

    def distances(self, samples):
        """The DistanceBackend of the run for the community's samples, built when a distance is first asked for."""
        if not isinstance(self.layers.get("network"), QgsVectorLayer):
            return LazyDistances(lambda: StraightLineDistances(samples.query_points()), STRAIGHT_LINE)
        return LazyDistances(lambda: NetworkDistances(self.graph(), samples.query_points(), network_options()[2],
                                                      anchors_from=len(samples.xy)), NETWORK)
