"""The few QGIS API names that differ between QGIS 3.22 and QGIS 3.36+/4 (scoped Qgis.* enums, QMetaType field
types). Everything version-dependent goes through here, so the rest of the code reads the same on every version."""

from qgis.core import (
    Qgis,
    QgsField,
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant


def _scoped(owner, enum_name, member, fallback):
    enum = getattr(owner, enum_name, None)
    return getattr(enum, member) if enum is not None and hasattr(enum, member) else fallback()


def optional_parameter_flag():
    return _scoped(Qgis, "ProcessingParameterFlag", "Optional",
                   lambda: QgsProcessingParameterDefinition.Flag.FlagOptional)


def advanced_parameter_flag():
    return _scoped(Qgis, "ProcessingParameterFlag", "Advanced",
                   lambda: QgsProcessingParameterDefinition.Flag.FlagAdvanced)


def source_type(name):
    """A Processing source type: 'VectorAnyGeometry', 'VectorPoint', 'VectorLine', 'VectorPolygon', 'Vector'."""
    return _scoped(Qgis, "ProcessingSourceType", name, lambda: getattr(QgsProcessing.SourceType, "Type" + name))


def field_data_type(name):
    """A field parameter's data type: 'Any', 'Numeric', 'String'."""
    return _scoped(Qgis, "ProcessingFieldParameterDataType", name,
                   lambda: getattr(QgsProcessingParameterField.DataType, name))


_FIELD_TYPES = {"string": "String", "int": "Int", "double": "Double", "bool": "Bool", "longlong": "LongLong"}


def make_field(name, kind, length=0, precision=0):
    """A QgsField of kind 'string', 'int', 'longlong', 'double' or 'bool' (QMetaType from 3.38, QVariant before)."""
    qt_name = _FIELD_TYPES[kind]
    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        return QgsField(name, getattr(QMetaType.Type, qt_name), len=length, prec=precision)
    return QgsField(name, getattr(QVariant.Type, qt_name), len=length, prec=precision)


def metres_unit():
    return _scoped(Qgis, "DistanceUnit", "Meters", lambda: QgsUnitTypes.DistanceUnit.DistanceMeters)


def point_geometry_type():
    return _scoped(Qgis, "GeometryType", "Point", lambda: QgsWkbTypes.GeometryType.PointGeometry)
