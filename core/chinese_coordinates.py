"""WGS-84 ↔ GCJ-02 ↔ BD-09: the coordinate systems of Chinese web maps (Amap/高德 and Tencent use GCJ-02, Baidu BD-09),
vectorised over numpy arrays of longitudes and latitudes in degrees.

The formulas are the published ones, written here from their public descriptions:
- WGS-84 → GCJ-02: the Krasovsky-ellipsoid offset polynomial (semi-major axis 6378245 m, eccentricity² 0.0066934216…)
  evaluated at (lon − 105°, lat − 35°), as published in the open-source implementations googollee/eviltransform
  (README and the `transform` function of its Python port) and wandergis/coordtransform;
- GCJ-02 ↔ BD-09: Baidu's published rotation-and-shift (z = r + 2e-5·sin(y·π·3000/180),
  θ = atan2 + 3e-6·cos(x·π·3000/180), then + (0.0065, 0.006)), as in the same implementations;
- "outside China unchanged": points outside the box 72.004–137.8347°E, 0.8293–55.8271°N are returned unchanged, the
  test those implementations use (a coarse box: it includes neighbours' territory such as parts of Korea and Japan).

The inverses have no closed form: GCJ-02 → WGS-84 and BD-09 → GCJ-02 are solved by fixed-point iteration (x ← x −
(f(x) − target)) until every point moves by less than 1e-9° (≈ 0.1 mm), which converges because the offsets vary
slowly (their derivative is of the order of 1e-3). The inverses are therefore exact to well under a metre, where the
common one-step inverses are 1–2 m off.

`gcj02_offset(…, everywhere=True)` applies the offset formula outside China too: not a coordinate system anyone
publishes there, but the vector the offset guard (core/offset_guard.py) looks for, and the way tests build a "GCJ-02
copy" of data outside China.
"""

import numpy as np

SYSTEMS = ("wgs84", "gcj02", "bd09")
KRASOVSKY_A = 6378245.0
KRASOVSKY_EE = 0.00669342162296594323
BD_X_PI = np.pi * 3000.0 / 180.0
BD_SHIFT = (0.0065, 0.006)
CHINA_BOX = (72.004, 0.8293, 137.8347, 55.8271)  # lon min, lat min, lon max, lat max
TOLERANCE_DEGREES = 1e-9
MAX_ITERATIONS = 30


def _arrays(lon, lat):
    return np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)


def inside_china(lon, lat):
    """Boolean array: the point is inside the box the published implementations transform."""
    lon, lat = _arrays(lon, lat)
    west, south, east, north = CHINA_BOX
    return (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)


def _offset_polynomials(x, y):
    """The published polynomials of the offset, in the (lon − 105, lat − 35) plane: (for latitude, for longitude)."""
    waves = (20.0 * np.sin(6.0 * np.pi * x) + 20.0 * np.sin(2.0 * np.pi * x)) * 2.0 / 3.0
    root = np.sqrt(np.abs(x))
    for_lat = (-100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * root + waves
               + (20.0 * np.sin(np.pi * y) + 40.0 * np.sin(np.pi * y / 3.0)) * 2.0 / 3.0
               + (160.0 * np.sin(np.pi * y / 12.0) + 320.0 * np.sin(np.pi * y / 30.0)) * 2.0 / 3.0)
    for_lon = (300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * root + waves
               + (20.0 * np.sin(np.pi * x) + 40.0 * np.sin(np.pi * x / 3.0)) * 2.0 / 3.0
               + (150.0 * np.sin(np.pi * x / 12.0) + 300.0 * np.sin(np.pi * x / 30.0)) * 2.0 / 3.0)
    return for_lat, for_lon


def gcj02_offset(lon, lat, everywhere=False):
    """(dlon, dlat) in degrees that WGS-84 → GCJ-02 adds at (lon, lat); zero outside China unless everywhere."""
    lon, lat = _arrays(lon, lat)
    for_lat, for_lon = _offset_polynomials(lon - 105.0, lat - 35.0)
    rad_lat = np.radians(lat)
    magic = 1.0 - KRASOVSKY_EE * np.sin(rad_lat) ** 2
    sqrt_magic = np.sqrt(magic)
    dlat = for_lat * 180.0 / ((KRASOVSKY_A * (1.0 - KRASOVSKY_EE)) / (magic * sqrt_magic) * np.pi)
    dlon = for_lon * 180.0 / (KRASOVSKY_A / sqrt_magic * np.cos(rad_lat) * np.pi)
    if not everywhere:
        keep = inside_china(lon, lat)
        dlon = np.where(keep, dlon, 0.0)
        dlat = np.where(keep, dlat, 0.0)
    return dlon, dlat


def wgs84_to_gcj02(lon, lat, everywhere=False):
    lon, lat = _arrays(lon, lat)
    dlon, dlat = gcj02_offset(lon, lat, everywhere)
    return lon + dlon, lat + dlat


def _solve(forward, lon, lat, start):
    """The (x, y) with forward(x, y) == (lon, lat), by fixed-point iteration from start."""
    x, y = start
    for _ in range(MAX_ITERATIONS):
        fx, fy = forward(x, y)
        ex, ey = fx - lon, fy - lat
        x, y = x - ex, y - ey
        if not (np.any(np.abs(ex) > TOLERANCE_DEGREES) or np.any(np.abs(ey) > TOLERANCE_DEGREES)):
            break
    return x, y


def gcj02_to_wgs84(lon, lat, everywhere=False):
    """The WGS-84 point whose GCJ-02 is (lon, lat). Outside China (judged, as the published implementations do, on the
    given point) unchanged unless everywhere."""
    lon, lat = _arrays(lon, lat)
    keep = np.ones(lon.shape, dtype=bool) if everywhere else inside_china(lon, lat)

    def forward(x, y):
        dlon, dlat = gcj02_offset(x, y, everywhere=True)
        return x + dlon, y + dlat

    dlon, dlat = gcj02_offset(lon, lat, everywhere=True)
    x, y = _solve(forward, lon, lat, (lon - dlon, lat - dlat))
    return np.where(keep, x, lon), np.where(keep, y, lat)


def gcj02_to_bd09(lon, lat):
    lon, lat = _arrays(lon, lat)
    z = np.hypot(lon, lat) + 0.00002 * np.sin(lat * BD_X_PI)
    theta = np.arctan2(lat, lon) + 0.000003 * np.cos(lon * BD_X_PI)
    out_lon, out_lat = z * np.cos(theta) + BD_SHIFT[0], z * np.sin(theta) + BD_SHIFT[1]
    keep = inside_china(lon, lat)
    return np.where(keep, out_lon, lon), np.where(keep, out_lat, lat)


def _bd09_approximate_inverse(lon, lat):
    x, y = lon - BD_SHIFT[0], lat - BD_SHIFT[1]
    z = np.hypot(x, y) - 0.00002 * np.sin(y * BD_X_PI)
    theta = np.arctan2(y, x) - 0.000003 * np.cos(x * BD_X_PI)
    return z * np.cos(theta), z * np.sin(theta)


def bd09_to_gcj02(lon, lat):
    """The GCJ-02 point whose BD-09 is (lon, lat): Baidu's published inverse, refined by iteration."""
    lon, lat = _arrays(lon, lat)
    keep = inside_china(lon, lat)

    def forward(x, y):
        z = np.hypot(x, y) + 0.00002 * np.sin(y * BD_X_PI)
        theta = np.arctan2(y, x) + 0.000003 * np.cos(x * BD_X_PI)
        return z * np.cos(theta) + BD_SHIFT[0], z * np.sin(theta) + BD_SHIFT[1]

    x, y = _solve(forward, lon, lat, _bd09_approximate_inverse(lon, lat))
    return np.where(keep, x, lon), np.where(keep, y, lat)


def wgs84_to_bd09(lon, lat):
    return gcj02_to_bd09(*wgs84_to_gcj02(lon, lat))


def bd09_to_wgs84(lon, lat):
    return gcj02_to_wgs84(*bd09_to_gcj02(lon, lat))


_STEPS = {
    ("wgs84", "gcj02"): (wgs84_to_gcj02,),
    ("gcj02", "wgs84"): (gcj02_to_wgs84,),
    ("gcj02", "bd09"): (gcj02_to_bd09,),
    ("bd09", "gcj02"): (bd09_to_gcj02,),
    ("wgs84", "bd09"): (wgs84_to_gcj02, gcj02_to_bd09),
    ("bd09", "wgs84"): (bd09_to_gcj02, gcj02_to_wgs84),
}


def convert(lon, lat, source, target):
    """(lon, lat) arrays converted from one of SYSTEMS to another."""
    if source not in SYSTEMS or target not in SYSTEMS:
        raise ValueError("unknown coordinate system: {} → {}".format(source, target))
    lon, lat = _arrays(lon, lat)
    if source == target:
        return lon.copy(), lat.copy()
    for step in _STEPS[(source, target)]:
        lon, lat = step(lon, lat)
    return lon, lat


def metres_between(lon1, lat1, lon2, lat2):
    """Great-circle distances in metres (spherical, radius 6371008.8 m): enough to state offsets and accuracies."""
    lon1, lat1 = _arrays(lon1, lat1)
    lon2, lat2 = _arrays(lon2, lat2)
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(lon2 - lon1)
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * 6371008.8 * np.arcsin(np.sqrt(np.minimum(1.0, a)))
