"""Output layouts are declared as field tables — rows of (name, kind[, length[, precision]]) with kind 'string',
'int', 'longlong', 'double' or 'bool' — and built here, the one way every algorithm makes its QgsFields."""

from qgis.core import QgsFields

from complete_community.core.qgis_compat import make_field


def fields_from(table, before=None) -> QgsFields:
    """The QgsFields of a field table, after the fields of `before` (a QgsFields) when given."""
    fields = QgsFields()
    for field in before or ():
        fields.append(field)
    for row in table:
        fields.append(make_field(*row))
    return fields


def field_names(table):
    return [row[0] for row in table]
