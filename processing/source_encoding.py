"""Inputs read with the wrong encoding: noticed when an algorithm opens a source (base.source()), said once as a
warning when its features are read (base.features()), and added to the message of a field choice that fails
(base.encoding_hint()). The detection itself is core/encoding.py; this module only reads the layer."""

from qgis.core import QgsVectorLayer

from complete_community.core.encoding import LOST, detect_mojibake, mojibake_message

_FOUND = "cc_mojibake"  # attributes kept on the source object: what was found, and the warning not yet said
_WARNING = "cc_mojibake_warning"


def note_encoding(algorithm, parameters, name, context, source):
    """Look at a source's field names; when they look garbled, remember the warning on the source."""
    names = source.fields().names()
    if all(field_name.isascii() for field_name in names):
        return
    found = detect_mojibake(names)
    if found is not None and found.encoding is None and any(LOST in n for n in names):
        found = detect_mojibake(names, _single_byte_names(algorithm.parameterAsVectorLayer(parameters, name, context)))
    if found is None:
        return
    setattr(source, _FOUND, found)
    setattr(source, _WARNING, "{}: {}".format(algorithm.layer_label(parameters, name, context),
                                              mojibake_message(found)))


def push_encoding_warning(source, feedback):
    """The source's warning, once."""
    warning = getattr(source, _WARNING, None)
    if warning:
        feedback.pushWarning(warning)
        setattr(source, _WARNING, None)


def encoding_hint(source) -> str:
    """' The field names … look like GBK text …' for the end of an error message about the source's fields, or ''.
    The warning is then not said again."""
    found = getattr(source, _FOUND, None) if source is not None else None
    if found is None:
        return ""
    setattr(source, _WARNING, None)
    message = mojibake_message(found)
    return " " + message[:1].upper() + message[1:] + "."


def _single_byte_names(layer):
    """The layer's field names read again as Latin-1, which keeps every byte (bytes that are not UTF-8 are lost when
    the names are read as UTF-8); None when the layer is not a file QGIS decodes itself."""
    if layer is None or layer.providerType() != "ogr":
        return None
    again = QgsVectorLayer(layer.source(), "", "ogr", QgsVectorLayer.LayerOptions(False, False))
    if not again.isValid():
        return None
    again.setProviderEncoding("ISO-8859-1")
    return again.fields().names()
