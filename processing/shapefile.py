"""Shapefile outputs without silent damage. A dBASE field name holds at most 10 bytes and a text value 254: GDAL cuts
longer ones, in the middle of a UTF-8 character (社区编� for 社区编号) and into clashing names (community_,
communit_1 …), and nothing warns. Here names are shortened on character boundaries into unique names, values are cut
on character boundaries, the run's log lists both, and when QGIS loads the file the plugin's style is applied to the
short names with the full names as aliases."""

import re
import tempfile

from qgis.core import QgsField, QgsFields

from complete_community.core.qgis_compat import make_field

NAME_BYTES = 10
TEXT_BYTES = 254

# shapefile path → {short name: full name}, for the layer post-processor (styling.LoadedOutput)
RENAMED = {}


def is_shapefile(destination):
    return destination.split("|", 1)[0].lower().endswith(".shp")


def _cut(text, limit):
    """The longest start of text that fits in limit bytes of UTF-8 (never half a character)."""
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


def shapefile_fields(fields):
    """(fields with names of at most 10 bytes, unique, {short: full} of the renamed ones)."""
    used, renamed, result = set(), {}, QgsFields()
    for field in fields:
        name = _cut(field.name(), NAME_BYTES)
        number = 1
        while name.lower() in used:
            suffix = "_{}".format(number)
            name = _cut(field.name(), NAME_BYTES - len(suffix)) + suffix
            number += 1
        used.add(name.lower())
        copy = QgsField(field)
        if name != field.name():
            copy.setName(name)
            renamed[name] = field.name()
        if copy.type() == make_field("text", "string").type():  # every text as wide as dBASE allows (cut at 254)
            copy.setLength(TEXT_BYTES)
        result.append(copy)
    return result, renamed


def fit_values(attributes):
    """The attributes with every text cut to 254 bytes on a character boundary, and how many were cut."""
    cut = 0
    fitted = []
    for value in attributes:
        if isinstance(value, str) and len(value.encode("utf-8")) > TEXT_BYTES:
            value = _cut(value, TEXT_BYTES - 3) + "…"
            cut += 1
        fitted.append(value)
    return fitted, cut


def renamed_style(qml_path, renamed):
    """A copy of a QML style whose field references (attributes, expressions) use the short names."""
    with open(qml_path, encoding="utf-8") as handle:
        text = handle.read()
    for short, full in renamed.items():
        text = re.sub(r'(?<=["\'])' + re.escape(full) + r'(?=["\'])', short, text)
        text = text.replace("&quot;{}&quot;".format(full), "&quot;{}&quot;".format(short))
    handle = tempfile.NamedTemporaryFile("w", suffix=".qml", delete=False, encoding="utf-8")
    with handle:
        handle.write(text)
    return handle.name
