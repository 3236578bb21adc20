"""Inputs read with the wrong encoding — a GBK shapefile without its .cpg: noticed when an algorithm opens a source
(base.source()) and, when the source is a shapefile (the format whose encoding is not in the file), read again in the
right encoding, which the log says once (base.features()). Where it cannot be read again (a memory layer, a
database), the warning is said once instead and added to the message of a field choice that fails
(base.encoding_hint()). The encoding is detected from the field names, else from a few text values, or taken from the
algorithm's SOURCE_ENCODING parameter (processing/parameters/encoding.py). A layer whose data source encoding the
user set right (Layer Properties ▸ Source) reads clean, so it is left as it is. The detection itself is
core/encoding.py; this module only reads the layer."""

import os

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingFeatureSourceDefinition,
    QgsProperty,
    QgsVectorLayer,
)

from complete_community.core.encoding import LOST, detect_mojibake, mojibake_message
from complete_community.core.i18n import tr
from complete_community.core.qgis_compat import enum_value

_FOUND = "cc_mojibake"  # attributes kept on the source object: what was found, and the message not yet said
_WARNING = "cc_mojibake_warning"
_NOTE = "cc_encoding_note"
VALUES_SAMPLED = 50  # features whose text values are looked at when the field names are plain ASCII
SINGLE_BYTE = "ISO-8859-1"  # keeps every byte: what the values were, whatever their encoding


def source_in_right_encoding(algorithm, parameters, name, context, source, chosen=None):
    """The source, read again in its real encoding when its field names (or text values) look garbled and it is a
    file QGIS decodes itself, or in the chosen encoding (SOURCE_ENCODING) when its file has no .cpg; otherwise the
    source itself, remembering the warning when it looks garbled."""
    layer = algorithm.parameter_layer(parameters, name, context)
    label = algorithm.layer_label(parameters, name, context)
    if chosen and _is_file(layer) and not _has_codepage_file(layer) and _encoding_of(layer) != chosen.upper():
        again, _layer = _read_again(algorithm, parameters, name, context, layer, chosen)
        if again is not None:
            setattr(again, _NOTE, tr("{}: read as {}, the encoding chosen for files without a .cpg").format(
                label, chosen))
            return again
    if chosen:
        return source
    found = _garbled(source, layer)
    if found is None:
        return source
    if found.encoding and _is_file(layer):
        again, again_layer = _read_again(algorithm, parameters, name, context, layer, found.encoding)
        if again is not None and _garbled(again, again_layer) is None:
            shown = ", ".join("“{}”".format(reading) for reading in found.readings[:4] if reading)
            setattr(again, _NOTE, tr(
                "{0}: read as {1} — its texts ({2} …) are {1} read as another encoding. The file has no .cpg (or a "
                "wrong one): put a .cpg file containing {1} next to the .shp, or set Layer Properties ▸ Source ▸ Data "
                "source encoding, so that QGIS shows it right too").format(label, found.encoding, shown))
            return again
    setattr(source, _FOUND, found)
    setattr(source, _WARNING, "{}: {}".format(label, mojibake_message(found)))
    return source


def push_encoding_warning(source, feedback):
    """The source's warning (it looks garbled) or note (it was read again in another encoding), once."""
    warning = getattr(source, _WARNING, None)
    if warning:
        feedback.pushWarning(warning)
        setattr(source, _WARNING, None)
    note = getattr(source, _NOTE, None)
    if note:
        feedback.pushInfo(note)
        setattr(source, _NOTE, None)


def encoding_hint(source) -> str:
    """' The field names … look like GBK text …' for the end of an error message about the source's fields, or ''.
    The warning is then not said again."""
    found = getattr(source, _FOUND, None) if source is not None else None
    if found is None:
        return ""
    setattr(source, _WARNING, None)
    message = mojibake_message(found)
    return " " + message[:1].upper() + message[1:] + "."


def _garbled(source, layer):
    """What core.encoding found in the source's field names, else — for a file — in a few of its text values (None:
    they read clean). layer: the source's layer, to read again byte for byte when bytes were lost."""
    names = source.fields().names()
    if not all(field_name.isascii() for field_name in names):
        found = detect_mojibake(names)
        if found is not None and found.encoding is None and any(LOST in n for n in names):
            found = detect_mojibake(names, _single_byte_names(layer))
        return found
    if not _is_file(layer):
        return None  # texts are looked at only where they can be read again: the warning speaks of field names
    values = _text_values(source)
    if all(value.isascii() for value in values):
        return None
    found = detect_mojibake(values)
    if found is not None and found.encoding is None and any(LOST in v for v in values):
        found = detect_mojibake(values, _single_byte_values(layer))
    return found


def _text_values(source):
    request = QgsFeatureRequest().setFlags(
        enum_value("Qgis.FeatureRequestFlag.NoGeometry", "QgsFeatureRequest.Flag.NoGeometry")).setLimit(VALUES_SAMPLED)
    # read to the end (the request's limit): an iterator left open holds one of the data source's connections
    return [value for feature in list(source.getFeatures(request)) for value in feature.attributes()
            if isinstance(value, str)]


def _is_file(layer):
    """Whether the layer is a shapefile (or a lone .dbf) QGIS decodes itself: the one format whose encoding is not
    in the file (GeoPackages are UTF-8; reading them "in GBK" changes nothing)."""
    return layer is not None and layer.providerType() == "ogr" and \
        layer.source().split("|", 1)[0].lower().endswith((".shp", ".dbf"))


def _has_codepage_file(layer):
    stem = layer.source().split("|", 1)[0][:-4]
    return any(os.path.exists(stem + ext) for ext in (".cpg", ".CPG", ".cst"))


def _encoding_of(layer):
    provider = layer.dataProvider()
    return (provider.encoding() or "").upper() if provider is not None else ""


def _reopened(layer, encoding):
    again = QgsVectorLayer(layer.source(), layer.name(), "ogr", QgsVectorLayer.LayerOptions(False, False))
    if not again.isValid():
        return None
    again.setProviderEncoding(encoding)
    if layer.subsetString() and again.subsetString() != layer.subsetString():
        again.setSubsetString(layer.subsetString())
    return again


def _read_again(algorithm, parameters, name, context, layer, encoding):
    """(source, layer): the parameter's source read from the same file in encoding, with the same subset and
    selection, and its layer; (None, None) when it cannot be opened."""
    again = _reopened(layer, encoding)
    if again is None:
        return None, None
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly:
            again.selectByIds(layer.selectedFeatureIds())
        value = QgsProcessingFeatureSourceDefinition(value)
        value.source = QgsProperty.fromValue(again.id())
    else:
        value = again.id()
    context.temporaryLayerStore().addMapLayer(again)  # owned by the run's context, found there by its id
    return algorithm.parameterAsSource({name: value}, name, context), again


def _single_byte_names(layer):
    """The layer's field names read again as Latin-1, which keeps every byte (bytes that are not UTF-8 are lost when
    the names are read as UTF-8); None when the layer is not a file QGIS decodes itself."""
    again = _reopened(layer, SINGLE_BYTE) if _is_file(layer) else None
    return again.fields().names() if again is not None else None


def _single_byte_values(layer):
    again = _reopened(layer, SINGLE_BYTE) if _is_file(layer) else None
    return _text_values(again) if again is not None else None
