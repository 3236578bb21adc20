"""Every version-dependent QGIS name the plugin uses resolves on the QGIS the tests run on."""

import pytest

from complete_community.core import qgis_compat


def test_enum_helpers_resolve(qgis_app):
    assert qgis_compat.fast_insert() is not None
    assert qgis_compat.double_number() is not None
    for name in ("NoGeometry", "Point", "LineString", "MultiLineString", "MultiPolygon"):
        assert qgis_compat.wkb_type(name) is not None
    for name in ("NoCheck", "SkipInvalid", "AbortOnInvalid"):
        assert qgis_compat.invalid_geometry_check(name) is not None
    for name in ("VectorAnyGeometry", "VectorPoint", "VectorLine", "VectorPolygon", "Vector"):
        assert qgis_compat.source_type(name) is not None
    assert qgis_compat.metres_unit() is not None
    assert qgis_compat.point_geometry_type() is not None
    assert qgis_compat.make_field("a", "double").name() == "a"


def test_enum_value_reports_what_is_missing():
    with pytest.raises(AttributeError, match="Qgis.NoSuchEnum.X"):
        qgis_compat.enum_value("Qgis.NoSuchEnum.X")
