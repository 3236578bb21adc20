"""WGS-84 ↔ GCJ-02 ↔ BD-09 (core/chinese_coordinates.py): the published formulas reproduce published pairs, the
iterative inverses are exact to well under a metre over all of China, points outside China are left alone, and the
offset guard (core/offset_guard.py) tells a GCJ-02 shift from aligned data."""

import numpy as np
import pytest

from complete_community.core import chinese_coordinates as cc
from complete_community.core.offset_guard import LINES_IN_GCJ02, POINTS_IN_GCJ02, estimate_gcj02_offset

# Reference pairs published with open-source implementations of the same formulas:
# - googollee/eviltransform, python/test.py (TESTS: wgsLat, wgsLng, gcjLat, gcjLng — Shanghai, Shenzhen, Beijing);
# - wandergis/coordtransform, test/app.js (the results printed for 116.404, 39.915).
EVILTRANSFORM_WGS_GCJ = [
    (31.1774276, 121.5272106, 31.17530398364597, 121.531541859215),
    (22.543847, 113.912316, 22.540796131694766, 113.9171764808363),
    (39.911954, 116.377817, 39.91334545536069, 116.38404722455657),
]
COORDTRANSFORM = {  # (lon, lat) in → out, for 116.404, 39.915
    "wgs84_to_gcj02": (116.41024449916938, 39.91640428150164),
    "gcj02_to_bd09": (116.41036949371029, 39.92133699351021),
    "bd09_to_gcj02": (116.39762729119315, 39.90865673957631),  # their one-step inverse
    "gcj02_to_wgs84": (116.39775550083061, 39.91359571849836),  # their one-step inverse (1–2 m off)
}


def china_grid():
    lon, lat = np.meshgrid(np.arange(73.5, 135.1, 0.37), np.arange(18.0, 53.6, 0.29))
    return lon.ravel(), lat.ravel()


@pytest.mark.parametrize("wgs_lat, wgs_lon, gcj_lat, gcj_lon", EVILTRANSFORM_WGS_GCJ)
def test_published_wgs_gcj_pairs(wgs_lat, wgs_lon, gcj_lat, gcj_lon):
    lon, lat = cc.wgs84_to_gcj02(wgs_lon, wgs_lat)
    assert lon == pytest.approx(gcj_lon, abs=1e-10) and lat == pytest.approx(gcj_lat, abs=1e-10)
    back_lon, back_lat = cc.gcj02_to_wgs84(gcj_lon, gcj_lat)
    assert cc.metres_between(back_lon, back_lat, wgs_lon, wgs_lat) < 0.01


def test_published_coordtransform_results():
    assert np.allclose(cc.wgs84_to_gcj02(116.404, 39.915), COORDTRANSFORM["wgs84_to_gcj02"], atol=1e-10)
    assert np.allclose(cc.gcj02_to_bd09(116.404, 39.915), COORDTRANSFORM["gcj02_to_bd09"], atol=1e-10)
    # their inverses are one-step approximations: ours, solved exactly, lie within a few metres of them
    for name, ours in (("bd09_to_gcj02", cc.bd09_to_gcj02), ("gcj02_to_wgs84", cc.gcj02_to_wgs84)):
        lon, lat = ours(116.404, 39.915)
        assert 0.0 < cc.metres_between(lon, lat, *COORDTRANSFORM[name]) < 3.0, name


def test_round_trips_over_china_within_half_a_metre():
    lon, lat = china_grid()
    assert len(lon) > 10000
    for there, back in ((cc.wgs84_to_gcj02, cc.gcj02_to_wgs84), (cc.wgs84_to_bd09, cc.bd09_to_wgs84)):
        moved = there(lon, lat)
        inside = cc.inside_china(lon, lat)
        assert np.all(cc.metres_between(lon, lat, *moved)[inside] > 1.0)  # the conversion does move them
        error = cc.metres_between(lon, lat, *back(*moved))
        assert error.max() < 0.5, there.__name__


def test_convert_by_names_and_bd09_through_gcj02():
    lon, lat = np.array([121.47, 113.26]), np.array([31.23, 23.13])
    assert np.allclose(cc.convert(lon, lat, "wgs84", "bd09"), cc.gcj02_to_bd09(*cc.wgs84_to_gcj02(lon, lat)))
    assert np.allclose(cc.convert(*cc.convert(lon, lat, "gcj02", "bd09"), "bd09", "gcj02"), (lon, lat), atol=1e-8)
    assert np.array_equal(cc.convert(lon, lat, "gcj02", "gcj02"), (lon, lat))
    with pytest.raises(ValueError):
        cc.convert(lon, lat, "wgs84", "cgcs2000")


def test_points_outside_china_are_unchanged():
    lon = np.array([24.94, -74.0, 139.7, 151.2, 100.5])  # Helsinki, New York, Tokyo, Sydney, Bangkok-ish south
    lat = np.array([60.17, 40.7, 35.7, -33.9, 0.5])
    for source in cc.SYSTEMS:
        for target in cc.SYSTEMS:
            out_lon, out_lat = cc.convert(lon, lat, source, target)
            assert np.array_equal(out_lon, lon) and np.array_equal(out_lat, lat), (source, target)
    # the raw offset formula, used by the offset guard and to build shifted test data, applies everywhere
    dlon, dlat = cc.gcj02_offset(lon[:1], lat[:1], everywhere=True)
    assert abs(dlon[0]) + abs(dlat[0]) > 1e-4


def _streets_and_points(count=400, seed=3):
    """A 100 m street grid and points 3–8 m beside its streets (as facilities stand)."""
    rng = np.random.default_rng(seed)
    along = rng.uniform(0, 2000, count)
    street = rng.integers(0, 21, count) * 100.0
    side = rng.choice([-1.0, 1.0], count) * rng.uniform(3, 8, count)
    vertical = rng.random(count) < 0.5
    x = np.where(vertical, street + side, along)
    y = np.where(vertical, along, street + side)
    return np.column_stack([x, y])


def _grid_distance(xy):
    """Distance to the nearest line of the 100 m grid x = k·100, y = k·100 (0 … 2000)."""
    dx = np.abs(xy[:, 0] - np.clip(np.round(xy[:, 0] / 100.0), 0, 20) * 100.0)
    dy = np.abs(xy[:, 1] - np.clip(np.round(xy[:, 1] / 100.0), 0, 20) * 100.0)
    return np.minimum(dx, dy)


def test_offset_guard_fires_on_a_shift_and_is_quiet_when_aligned():
    points = _streets_and_points()
    offset = np.tile([430.0 + 37.0, -210.0 + 13.0], (len(points), 1))  # a GCJ-like vector, off the grid's period
    aligned = estimate_gcj02_offset(points, offset, _grid_distance)
    assert not aligned.fires and aligned.typical_as_is < 9.0
    shifted = estimate_gcj02_offset(points + offset, offset, _grid_distance)
    assert shifted.fires and shifted.which == POINTS_IN_GCJ02
    assert shifted.metres == pytest.approx(np.hypot(467.0, -197.0))
    assert 270 < shifted.bearing < 360  # moving back goes west-north-west
    lines_shifted = estimate_gcj02_offset(points - offset, offset, _grid_distance)
    assert lines_shifted.fires and lines_shifted.which == LINES_IN_GCJ02
    assert not estimate_gcj02_offset(points[:10] + offset[:10], offset[:10], _grid_distance).fires  # too few
