"""The few QGIS API names that differ between QGIS 3.22 and QGIS 3.36+/4 (scoped Qgis.* enums, QMetaType field
types). Everything version-dependent goes through here, so the rest of the code reads the same on every version."""

from functools import cache

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


@cache  # asked for every feature a reader reads
def point_geometry_type():
    return _scoped(Qgis, "GeometryType", "Point", lambda: QgsWkbTypes.GeometryType.PointGeometry)


def line_geometry_type():
    return _scoped(Qgis, "GeometryType", "Line", lambda: QgsWkbTypes.GeometryType.LineGeometry)


def polygon_geometry_type():
    return _scoped(Qgis, "GeometryType", "Polygon", lambda: QgsWkbTypes.GeometryType.PolygonGeometry)


def enum_value(*paths):
    """The first of the dotted names that exists, e.g. enum_value("Qgis.WkbType.Point", "QgsWkbTypes.Type.Point"):
    QGIS 3.36+ moved many enums to the Qgis namespace and renamed some members; older versions have only the old."""
    import qgis.core as core

    for path in paths:
        value = core
        for part in path.split("."):
            value = getattr(value, part, None)
            if value is None:
                break
        if value is not None:
            return value
    raise AttributeError("none of {} exists in this QGIS".format(", ".join(paths)))


@cache  # asked for every feature written
def fast_insert():
    return enum_value("Qgis.FeatureSinkFlag.FastInsert", "QgsFeatureSink.Flag.FastInsert")


def double_number():
    return enum_value("Qgis.ProcessingNumberParameterType.Double", "QgsProcessingParameterNumber.Type.Double")


def wkb_type(name):
    """A geometry type by its QGIS name: 'NoGeometry', 'Point', 'LineString', 'MultiLineString', 'MultiPolygon'."""
    return enum_value("Qgis.WkbType." + name, "QgsWkbTypes.Type." + name)


def invalid_geometry_check(name):
    """'NoCheck', 'SkipInvalid' or 'AbortOnInvalid' (called GeometryNoCheck … before QGIS 3.36)."""
    return enum_value("Qgis.InvalidGeometryCheck." + name, "QgsFeatureRequest.InvalidGeometryCheck.Geometry" + name)
