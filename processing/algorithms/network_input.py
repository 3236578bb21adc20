"""The walking-network parameters shared by the algorithms that walk (check, service areas), and the graph they
build from them — from the session cache when the network file has not changed."""

import time

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from complete_community.core.i18n import tr
from complete_community.core.network import cache as network_cache
from complete_community.core.network.graph import WalkingGraph
from complete_community.core.network.layers import read_lines
from complete_community.core.qgis_compat import advanced_parameter_flag, double_number, source_type


def add_network_parameters(algorithm, optional):
    if optional:
        description = tr("Walking network (optional: street lines; without it, straight-line distances)")
    else:
        description = tr("Walking network (street lines)")
    network = QgsProcessingParameterFeatureSource("NETWORK", description, [source_type("VectorLine")],
                                                  optional=optional)
    network.setHelp(tr("Street centre lines or OpenStreetMap ways (motorways without sidewalks, foot=no and "
                       "private ways are left out). Built once per QGIS session and reused while the file is "
                       "unchanged."))
    algorithm.addParameter(network)
    for name, description, default, help_text in (
        ("SNAP_TOLERANCE", tr("Network snapping tolerance (m)"), 0.5, tr("Line ends closer than this are joined.")),
        ("MAX_ACCESS", tr("Largest distance from a point to the street (m)"), 100.0,
         tr("Residents and facilities farther from any street are off the network (reported, not snapped).")),
    ):
        parameter = QgsProcessingParameterNumber(name, description, type=double_number(),
                                                 defaultValue=default, minValue=0.0)
        parameter.setFlags(parameter.flags() | advanced_parameter_flag())
        parameter.setHelp(help_text)
        algorithm.addParameter(parameter)
    crossings = QgsProcessingParameterBoolean(
        "NODE_CROSSINGS", tr("Join lines where they cross without a shared vertex"), defaultValue=False)
    crossings.setFlags(crossings.flags() | advanced_parameter_flag())
    crossings.setHelp(tr("For centre-line drawings that are not noded; leave off for OpenStreetMap, where bridges "
                         "cross streets without joining them."))
    algorithm.addParameter(crossings)


def walking_graph(algorithm, parameters, context, feedback, crs, transform_from):
    """The WalkingGraph of the NETWORK parameter in crs, or None when no network is given."""
    if not parameters.get("NETWORK"):
        return None
    source = algorithm.parameterAsSource(parameters, "NETWORK", context)
    if source is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, "NETWORK"))
    layer = algorithm.parameterAsVectorLayer(parameters, "NETWORK", context)
    options = {"snap": algorithm.parameterAsDouble(parameters, "SNAP_TOLERANCE", context),
               "crossings": algorithm.parameterAsBoolean(parameters, "NODE_CROSSINGS", context)}
    key = None
    if layer is not None:
        key = network_cache.cache_key(layer.source(), layer.subsetString(), crs.authid(), options,
                                      modified=layer.isModified())
    graph = network_cache.get(key)
    if graph is not None:
        feedback.pushInfo(tr("Walking network from the session cache: {} nodes, {} segments").format(
            graph.node_count, graph.edge_count))
        return graph
    started = time.perf_counter()
    feedback.setProgressText(tr("Building the walking network"))
    lines, removed = read_lines(source.getFeatures(), transform_from(source), is_canceled=feedback.isCanceled)
    algorithm.stop_if_canceled(feedback)
    if not lines:
        raise QgsProcessingException(tr("The network layer has no walkable lines."))
    graph = WalkingGraph.from_lines(lines, options["snap"], options["crossings"])
    feedback.pushInfo(tr("Walking network: {} nodes, {} segments, built in {:.1f} s; {} ways left out by the "
                         "walking filters").format(graph.node_count, graph.edge_count,
                                                   time.perf_counter() - started, len(removed)))
    network_cache.put(key, graph)
    return graph
