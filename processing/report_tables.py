"""The check's two result tables as people read them, for the spreadsheet and the printed report: the columns a
style names (its aliases as titles), the codes replaced by the labels of the style's value maps — one way of naming a
code, shared with the layers' styles."""

from dataclasses import dataclass
from typing import Dict, List

from complete_community.core.check.checklist import _value
from complete_community.processing.check_outputs import ITEM_FIELDS, RESULT_FIELDS
from complete_community.processing.fields import field_names
from complete_community.processing.styling import style_aliases, style_value_maps

COMMUNITY_STYLE, ITEM_STYLE = "community_results", "item_results"


@dataclass
class Table:
    columns: List[str]  # field names
    titles: Dict[str, str]  # field → column title
    labels: Dict[str, Dict[str, str]]  # field → {code: label}
    rows: List[dict]  # field → raw value (None for NULL)

    def kind(self, column):
        """'text' for a column shown through its value map or holding text, 'number' when every value is one."""
        if column in self.labels:
            return "text"
        values = [row.get(column) for row in self.rows if row.get(column) is not None]
        return "number" if values and all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                          for v in values) else "text"

    def cell(self, row, column):
        """A row's value as shown: the label of its code (an empty value's label for NULL), the value otherwise."""
        value = row.get(column)
        labels = self.labels.get(column)
        if labels is not None:
            key = None if value is None else str(value)
            return labels.get(key, labels.get(None, "") if value is None else str(value))
        return value


NUMERIC = {name for name, kind, *_rest in ITEM_FIELDS + RESULT_FIELDS if kind in ("int", "double")}


def field_keys(names, qml_name):
    """{name in the source: the check's field name}: a CSV output of the check has its columns titled (in Chinese or
    English, as QGIS's language was), the style's aliases name them back."""
    codes = _codes(qml_name)
    if any(name in codes for name in names):  # the check's own field names (a GeoPackage, a layer): as they are
        return {name: name for name in names}
    by_title = {}
    for chinese in (True, False):
        for field, title in style_aliases(qml_name, chinese).items():
            by_title.setdefault(title, field)
    return {name: by_title.get(name, name) for name in names}


def _codes(qml_name):
    return set(style_aliases(qml_name, True))


def source_rows(algorithm, source, feedback, qml_name):
    """The features of a source as dicts of the check's field names → value (NULL as None; numbers read from a CSV
    as numbers)."""
    keys = field_keys(source.fields().names(), qml_name)
    rows = []
    for feature in algorithm.features(source, feedback):
        row = {}
        for name, key in keys.items():
            value = _value(feature[name])
            if key in NUMERIC and isinstance(value, str):
                try:
                    value = float(value)
                except ValueError:
                    pass
            row[key] = value
        rows.append(row)
    return rows


def community_table(rows, names, chinese=None) -> Table:
    """The community summary: the fields the community style names (cc_*, item_XX), in the layer's order."""
    titles = style_aliases(COMMUNITY_STYLE, chinese)
    columns = [name for name in names if name in titles]
    return Table(columns, titles, _maps(COMMUNITY_STYLE, columns, chinese), rows)


def item_table(rows, names, chinese) -> Table:
    """The item table: the check's item fields the source has, in the check's order; in Chinese without the English
    reason."""
    titles = style_aliases(ITEM_STYLE, chinese)
    columns = [name for name in field_names(ITEM_FIELDS) if name in names and not (chinese and name == "reason_en")]
    return Table(columns, titles, _maps(ITEM_STYLE, columns, chinese), rows)


def _maps(qml_name, columns, chinese):
    maps = style_value_maps(qml_name, chinese)
    return {column: maps[column] for column in columns if column in maps}
