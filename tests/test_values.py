"""Quantities as Chinese survey tables write them: numbers with separators, 万 / 千, unit words of the right kind and
hedges are read; anything else is unreadable, never read in part (core.values.parse_quantity), and the readers turn an
unreadable value into a missing one with a warning naming the feature."""

import math

import pytest

from complete_community.core.values import (
    AREA_M2,
    COUNT,
    HOUSEHOLDS,
    MISSING,
    OK,
    PERSONS,
    UNITS,
    UNREADABLE,
    as_number,
    parse_quantity,
)
from helpers import memory_layer, square

READABLE = [
    # persons
    (8000, PERSONS, 8000),
    (8000.5, PERSONS, 8000.5),
    (0, PERSONS, 0),
    ("8000", PERSONS, 8000),
    ("0.8万", PERSONS, 8000),
    ("1.2万人", PERSONS, 12000),
    ("1.2 万人", PERSONS, 12000),
    ("12,000", PERSONS, 12000),
    ("12，000", PERSONS, 12000),
    ("1 200", PERSONS, 1200),
    ("1 200 000", PERSONS, 1200000),
    ("１２００", PERSONS, 1200),
    ("１２００人", PERSONS, 1200),
    ("8000人", PERSONS, 8000),
    ("8000 人", PERSONS, 8000),
    ("8000口", PERSONS, 8000),
    ("8000人口", PERSONS, 8000),
    ("约8000人", PERSONS, 8000),
    ("大约8000人", PERSONS, 8000),
    ("近8000人", PERSONS, 8000),
    ("8000人左右", PERSONS, 8000),
    ("8000左右", PERSONS, 8000),
    ("8000余人", PERSONS, 8000),
    ("8000多人", PERSONS, 8000),
    ("1万多人", PERSONS, 10000),
    ("  9000  ", PERSONS, 9000),
    # households
    ("3千户", HOUSEHOLDS, 3000),
    ("2800户", HOUSEHOLDS, 2800),
    ("0.28万户", HOUSEHOLDS, 2800),
    ("2,800", HOUSEHOLDS, 2800),
    ("约2800户", HOUSEHOLDS, 2800),
    # areas, in m²
    ("2200", AREA_M2, 2200),
    ("2,200㎡", AREA_M2, 2200),
    ("2200m2", AREA_M2, 2200),
    ("2200 m²", AREA_M2, 2200),
    ("2200 M²", AREA_M2, 2200),
    ("2200平方米", AREA_M2, 2200),
    ("2200平米", AREA_M2, 2200),
    ("0.35公顷", AREA_M2, 3500),
    ("0.35ha", AREA_M2, 3500),
    ("0.35hm²", AREA_M2, 3500),
    ("5亩", AREA_M2, 50000 / 15),
    ("1.5平方公里", AREA_M2, 1500000),
    ("1.5km²", AREA_M2, 1500000),
    ("1.2万平方米", AREA_M2, 12000),
    ("3千平米", AREA_M2, 3000),
    ("约2200平方米", AREA_M2, 2200),
    (120.5, AREA_M2, 120.5),
    # counts
    ("6班", COUNT, 6),
    ("6个班", COUNT, 6),
    ("6", COUNT, 6),
    ("120个", COUNT, 120),
    ("3处", COUNT, 3),
    ("40辆", COUNT, 40),
    ("300个格口", COUNT, 300),
    ("300格", COUNT, 300),
    ("200个车位", COUNT, 200),
    ("200位", COUNT, 200),
    ("1.2万件", COUNT, 12000),
]

UNREADABLE_CASES = [
    ("5000-6000", PERSONS),
    ("5000～6000", PERSONS),
    ("5000至6000人", PERSONS),
    ("3栋200户", PERSONS),
    ("3栋200户", HOUSEHOLDS),
    ("1万2千", PERSONS),
    ("300户", AREA_M2),
    ("2公顷", PERSONS),
    ("8000人", HOUSEHOLDS),
    ("2800户", PERSONS),
    ("6班", AREA_M2),
    ("2200㎡", COUNT),
    ("很多", PERSONS),
    ("不详", AREA_M2),
    ("万人", PERSONS),
    ("约", PERSONS),
    ("-5", PERSONS),
    (-5, PERSONS),
    (-0.5, AREA_M2),
    ("8000?", PERSONS),
    ("8000人以上", PERSONS),
    ("80%", PERSONS),
    ("1,2", PERSONS),
    ("1,2000", PERSONS),
    ("12 00", PERSONS),
    ("1,200 000", PERSONS),
    ("八千", PERSONS),
    ("8000人8000人", PERSONS),
    (True, COUNT),
    (float("inf"), AREA_M2),
]

MISSING_VALUES = [None, "", "  ", "\u3000", float("nan")]


@pytest.mark.parametrize("value, kind, expected", READABLE)
def test_readable_quantities(value, kind, expected):
    quantity = parse_quantity(value, kind)
    assert quantity.status == OK, (value, kind)
    assert quantity.value == pytest.approx(expected, rel=1e-12), (value, kind)
    assert isinstance(quantity.value, float)


@pytest.mark.parametrize("value, kind", UNREADABLE_CASES)
def test_unreadable_quantities_are_never_read_in_part(value, kind):
    quantity = parse_quantity(value, kind)
    assert quantity.status == UNREADABLE, (value, kind, quantity)
    assert quantity.value is None and quantity.unreadable


@pytest.mark.parametrize("kind", [PERSONS, HOUSEHOLDS, AREA_M2, COUNT, None])
@pytest.mark.parametrize("value", MISSING_VALUES)
def test_missing_values(value, kind):
    assert parse_quantity(value, kind) == (None, MISSING)


def test_the_table_covers_every_kind_and_mu_is_exact():
    assert set(UNITS) == {PERSONS, HOUSEHOLDS, AREA_M2, COUNT}
    assert UNITS[AREA_M2]["亩"] == 10000 / 15
    assert len(READABLE) + len(UNREADABLE_CASES) >= 40
    with pytest.raises(ValueError):
        parse_quantity("1", "metres")


@pytest.mark.parametrize("value, expected", [
    (3, 3.0), (-3.5, -3.5), ("-3.5", -3.5), ("2,200", 2200.0), ("１２００", 1200.0), (" 7 ", 7.0),
    ("0.8万", None), ("2,200 m²", None), ("6班", None), ("1,2", None), ("abc", None), (None, None), (True, None),
])
def test_as_number_reads_plain_numbers_only(value, expected):
    assert as_number(value) == expected


def test_nan_is_missing_not_a_number():
    assert parse_quantity(math.nan, None).status == MISSING


def test_read_communities_turns_unreadable_populations_into_missing_with_a_warning(qgis_app):
    from complete_community.core.check.readers import read_communities
    from complete_community.core.profiles.loader import load_profile

    layer = memory_layer("Polygon", ["社区编号:string", "人口:string"], [
        (square(0, 0, 100), ["S1", "0.8万"]),
        (square(200, 0, 100), ["S2", "约9000人"]),
        (square(400, 0, 100), ["S3", "很多"]),
        (square(600, 0, 100), ["S4", None]),
    ])
    fields = {"id": "社区编号", "name": None, "population": "人口", "households": None, "status": None}
    communities, _originals, warnings = read_communities(
        layer.getFeatures(), None, fields, load_profile("mohurd-2020"), "existing", lambda: False)
    assert [c.id for c in communities] == ["S1", "S2", "S3", "S4"]
    assert [c.population for c in communities] == [8000, 9000, None, None]
    assert len(warnings) == 1
    assert "S3" in warnings[0] and "很多" in warnings[0] and "人口" in warnings[0]


def test_read_facilities_reads_areas_and_classes_by_kind_and_warns_per_feature_and_field(qgis_app):
    from complete_community.core.check.readers import read_facilities

    layer = memory_layer("Point", ["编号:string", "建筑面积:string", "班数:string"], [
        ((0, 0), ["K1", "2,200㎡", "6班"]),
        ((10, 0), ["K2", "0.22公顷", "6个班"]),
        ((20, 0), ["K3", "300户", "很多"]),
        ((30, 0), ["K4", None, None]),
    ])
    fields = {"id": "编号", "building_area": "建筑面积", "classes": "班数"}
    facilities, skipped, warnings = read_facilities(layer.getFeatures(), None, fields, lambda _a: None, lambda: False)
    assert skipped == 0
    assert [f.building_area for f in facilities] == [2200, 2200, None, None]
    assert [f.classes for f in facilities] == [6, 6, None, None]
    assert len(warnings) == 2
    assert all("K3" in w for w in warnings)
    assert "300户" in warnings[0] and "建筑面积" in warnings[0]
    assert "很多" in warnings[1] and "班数" in warnings[1]


@pytest.mark.parametrize("field, quantity, value, expected", [
    ("机动车停车位", "count", "200个车位", 200), ("机动车停车位", "count", "200", 200),
    ("机动车停车位", "count", "200-300", None), ("快件箱格口数", "count", "300个格口", 300),
    ("日均投递量", "count", "1.2万件", 12000), ("机动车停车位", "count", "200户", None),
    ("物业用房面积", "area_m2", "120平方米", 120), ("总建筑面积", "area_m2", "6万平方米", 60000),
    ("物业用房面积", "area_m2", "120个", None),
])
def test_ratio_terms_read_from_community_fields_as_the_profile_says(field, quantity, value, expected):
    from types import SimpleNamespace

    from complete_community.core.check.engine import CommunityCheck
    from complete_community.core.profiles.model import RatioTerm

    community = SimpleNamespace(attributes={field: value})
    got, _label = CommunityCheck._community_value(None, community, RatioTerm(fields=(field,), quantity=quantity))
    assert got == expected


def test_the_national_profile_reads_the_office_share_as_areas():
    from complete_community.core.profiles.loader import load_profile

    office_share = next(r for r in load_profile("mohurd-2020").items["16"].requirements if r.kind == "ratio")
    assert (office_share.numerator.quantity, office_share.denominator.quantity) == ("area_m2", "area_m2")
