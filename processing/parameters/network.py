"""The walking-network parameters shared by every algorithm that walks (check, service areas, network QA), and the
graph they build from them — from the session cache when the network file has not changed."""

import time

from qgis.core import QgsProcessingException, QgsProcessingParameterBoolean, QgsProcessingParameterFeatureSource

from complete_community.core.bulk_read import plain_lines
from complete_community.core.i18n import tr
from complete_community.core.network import cache as network_cache
from complete_community.core.network.filters import NOT_A_STREET, walkability_fields
from complete_community.core.network.graph import WalkingGraph, pack_lines
from complete_community.core.network.streets import read_streets
from complete_community.core.qgis_compat import source_type
from complete_community.processing.bulk_source import plain_file_layer
from complete_community.processing.parameters import advanced, distance_parameter
from complete_community.processing.source_encoding import push_encoding_warning

NETWORK = "NETWORK"
SNAP_TOLERANCE = "SNAP_TOLERANCE"
MAX_ACCESS = "MAX_ACCESS"
NODE_CROSSINGS = "NODE_CROSSINGS"


def add_network_parameters(algorithm, optional, options_advanced=True):
    """NETWORK and its build options; options_advanced=False shows the options in the main dialog (network QA,
    where they are the point)."""
    if optional:
        description = tr("Walking network (optional: street lines; without it, straight-line distances)")
    else:
        description = tr("Walking network (street lines)")
    network = QgsProcessingParameterFeatureSource(NETWORK, description, [source_type("VectorLine")],
                                                  optional=optional)
    network.setHelp(tr("Street centre lines or OpenStreetMap ways (a 'highway' or 'other_tags' field turns the "
                       "walkability filters on: motorways without sidewalks, foot=no and private ways are left out). "
                       "Built once per QGIS session and reused while the file is unchanged."))
    algorithm.addParameter(network)
    options = [
        distance_parameter(SNAP_TOLERANCE, tr("Network snapping tolerance (m)"), 0.5,
                           tr("Line ends closer than this are joined.")),
        distance_parameter(MAX_ACCESS, tr("Largest distance from a point to the street (m)"), 100.0,
                           tr("Residents and facilities farther from any street are off the network (reported, not "
                              "snapped).")),
        QgsProcessingParameterBoolean(NODE_CROSSINGS, tr("Join lines where they cross without a shared vertex"),
                                      defaultValue=False),
    ]
    options[2].setHelp(tr("For centre-line drawings that are not noded; leave off for OpenStreetMap, where bridges "
                          "cross streets without joining them."))
    for parameter in options:
        algorithm.addParameter(advanced(parameter) if options_advanced else parameter)


def walking_graph(algorithm, parameters, context, feedback, frame):
    """The WalkingGraph of the NETWORK parameter in the frame's CRS, or None when no network is given. The graph
    carries `filtered_ways`: the streets the walkability filters removed, as (feature id, rule, geometry)."""
    if not parameters.get(NETWORK):
        return None
    source = algorithm.source(parameters, NETWORK, context)
    label = algorithm.layer_label(parameters, NETWORK, context)
    transform = frame.transform_from(source, label)
    layer = algorithm.parameterAsVectorLayer(parameters, NETWORK, context)
    snap = algorithm.parameterAsDouble(parameters, SNAP_TOLERANCE, context)
    options = {"snap": snap, "crossings": algorithm.parameterAsBoolean(parameters, NODE_CROSSINGS, context)}
    key = None
    if layer is not None:
        key = network_cache.cache_key(layer.source(), layer.subsetString(), frame.crs.authid(), options,
                                      modified=layer.isModified())
    graph = network_cache.get(key)
    if graph is not None:
        feedback.pushInfo(tr("Walking network from the session cache: {} nodes, {} segments").format(
            graph.node_count, graph.edge_count))
        return graph
    started = time.perf_counter()
    feedback.setProgressText(tr("Building the walking network"))
    (vertices, counts), removed = _read_lines(algorithm, parameters, context, feedback, source, transform)
    if not len(counts):
        raise QgsProcessingException(tr("{} has no walkable line ({} lines removed by the walkability filters).")
                                     .format(label, len(removed)))
    graph = WalkingGraph.from_packed(vertices, counts, snap, options["crossings"])
    if graph.edge_count == 0:
        raise QgsProcessingException(tr("The lines of {} collapse to nothing at a snapping tolerance of {} m.")
                                     .format(label, snap))
    graph.filtered_ways = [way for way in removed if way[1] != NOT_A_STREET]
    graph.not_streets = len(removed) - len(graph.filtered_ways)
    feedback.pushInfo(tr("Walking network: {} lines, {} nodes, {} segments, built in {:.1f} s; {} streets left out "
                         "by the walkability filters, {} lines that are no street").format(
        len(counts), graph.node_count, graph.edge_count, time.perf_counter() - started, len(graph.filtered_ways),
        graph.not_streets))
    network_cache.put(key, graph)
    return graph


def _read_lines(algorithm, parameters, context, feedback, source, transform):
    """(packed lines — vertices and counts, see pack_lines —, ways removed by the walkability filters): a plain
    file of 2D lines without OSM fields, in the working CRS, in bulk; else feature by feature (the same lines)."""
    fields = walkability_fields(source.fields().names())
    where = None if fields else plain_file_layer(algorithm, parameters, NETWORK, context, source, transform=transform)
    packed = plain_lines(*where, feedback.isCanceled) if where is not None else None
    if packed is not None:
        push_encoding_warning(source, feedback)
        return packed, []
    lines, removed = read_streets(algorithm.features(source, feedback, fields), transform,
                                  is_canceled=feedback.isCanceled)
    return pack_lines(lines), removed
