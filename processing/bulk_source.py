"""Which inputs may be read in bulk (core/bulk_read.py) instead of feature by feature: a layer that is a plain OGR
file read whole, as the file holds it. Anything Processing or the layer puts between the file and the features — a
selection, a feature limit or filter, a subset string, unsaved edits, joined or virtual fields, a re-read in
another encoding, a CRS transform — keeps the feature iterator."""

import os

from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProviderRegistry

from complete_community.core.qgis_compat import enum_value


def plain_file_layer(algorithm, parameters, name, context, source, fields=(), transform=None):
    """(path, layer name or index) of the file behind the source parameter name when it may be read in bulk with
    the given fields, else None."""
    if transform is not None:
        return None
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or value.featureLimit not in (-1, None) \
                or getattr(value, "filterExpression", ""):
            return None
    layer = algorithm.parameter_layer(parameters, name, context)
    if layer is None or layer.providerType() != "ogr" or layer.subsetString() or layer.isModified():
        return None
    if source is None or source.featureCount() != layer.featureCount() or source.fields() != layer.fields():
        return None  # read again in another encoding (processing/source_encoding.py), or not this layer's features
    layer_fields = layer.fields()
    for field in fields:
        index = layer_fields.indexOf(field)
        if index < 0 or layer_fields.fieldOrigin(index) != _provider_origin():
            return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path or not os.path.isfile(path) or parts.get("openOptions") or parts.get("subset"):
        return None
    layer_name = parts.get("layerName") or None
    if layer_name is None and parts.get("layerId") not in (None, ""):
        layer_name = int(parts["layerId"])
    return path, layer_name


def _provider_origin():
    return enum_value("Qgis.FieldOrigin.Provider", "QgsFields.FieldOrigin.OriginProvider")
