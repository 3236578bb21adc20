"""Do points and streets look shifted against each other by the GCJ-02 offset? (The offset guard.)

A layer in GCJ-02 (Amap, Tencent) drawn over WGS-84 streets (OpenStreetMap, GPS surveys) is 300–700 m off in China:
every distance of the check is then wrong, and nothing looks broken. The guard compares how near the points are to the
reference lines (streets, or community boundaries) as they are, moved back by the local GCJ-02 vector (the points are
GCJ-02, the lines WGS-84) and moved forward by it (the other way round). Facilities, bus stops and community corners
hug streets: at the right alignment the typical distance is small, and a shift of hundreds of metres makes it larger.
The guard only speaks when one of the two shifts is clearly better than both the data as they are and the typical
(median) control shift of the same length in six other directions: a shift of that length in an arbitrary direction
must not do as well, otherwise the improvement says nothing about GCJ-02.

What it detects is the offset vector the published formula gives at the data's place (core/chinese_coordinates.py,
`gcj02_offset(everywhere=True)`), not "China": outside China the published conversions leave points unchanged and
real data are never shifted, but a layer shifted by the formula anywhere (as the tests do in Helsinki) is recognised.
Pure numpy; the distance to the reference is a callable, so the caller chooses the lines.
"""

from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np

SAMPLE_SIZE = 2000
MIN_POINTS = 20
DISTANCE_CAP = 300.0  # metres: a point farther from every line counts as this far
CLEARLY_BETTER = 0.6  # the shifted typical distance must be at most this share of the others
MIN_GAIN = 3.0  # metres: and smaller by at least this much
MIN_OFFSET = 20.0  # metres: a smaller offset vector (far from China's 300–700 m) is not looked for

# the control moves: the offset turned by these angles (0° and 180° are the two moves looked for). Their median, not
# their best: on a regular street grid some turn of a block-sized move lands on streets again.
CONTROL_ANGLES = (45, 90, 135, 225, 270, 315)
POINTS_IN_GCJ02 = "points_gcj02"  # the points need moving back: they are GCJ-02 over WGS-84 lines
LINES_IN_GCJ02 = "lines_gcj02"  # the points need moving forward: the lines are GCJ-02


@dataclass(frozen=True)
class OffsetEstimate:
    fires: bool
    which: Optional[str]  # POINTS_IN_GCJ02 or LINES_IN_GCJ02 when fires
    metres: float  # the median length of the offset at the sampled points
    bearing: float  # degrees clockwise from north of the move that aligns the points
    typical_as_is: float  # median distance (capped) of the points to the lines as they are
    typical_shifted: float  # the same after the better of the two shifts
    typical_control: float  # the median of the control shifts
    sample: int


def sample_indices(count, size=SAMPLE_SIZE):
    """At most size evenly spread indices of count items (deterministic)."""
    if count <= size:
        return np.arange(count)
    return np.unique(np.linspace(0, count - 1, size).astype(np.int64))


def estimate_gcj02_offset(points_xy, offset_xy, distances: Callable[[np.ndarray], np.ndarray],
                          cap=DISTANCE_CAP) -> OffsetEstimate:
    """points_xy: (n, 2) points in a metric CRS; offset_xy: (n, 2) the GCJ-02 offset vector at each point in the same
    CRS (what WGS-84 → GCJ-02 adds there); distances(xy) → distance of each point to the reference lines (inf or
    anything above cap when far)."""
    points = np.asarray(points_xy, dtype=float).reshape(-1, 2)
    offset = np.asarray(offset_xy, dtype=float).reshape(-1, 2)
    keep = np.isfinite(points).all(axis=1) & np.isfinite(offset).all(axis=1)
    points, offset = points[keep], offset[keep]
    length = float(np.median(np.hypot(offset[:, 0], offset[:, 1]))) if len(points) else 0.0
    if len(points) < MIN_POINTS or length < MIN_OFFSET:
        return OffsetEstimate(False, None, length, 0.0, np.nan, np.nan, np.nan, len(points))

    def typical(xy):
        return float(np.median(np.minimum(np.nan_to_num(distances(xy), nan=cap, posinf=cap), cap)))

    as_is = typical(points)
    back = typical(points - offset)
    forward = typical(points + offset)
    control = float(np.median([typical(points + _rotated(offset, angle)) for angle in CONTROL_ANGLES]))
    shifted, which, move = (back, POINTS_IN_GCJ02, -offset) if back <= forward else (forward, LINES_IN_GCJ02, offset)
    others = min(as_is, control)
    fires = shifted <= CLEARLY_BETTER * others and others - shifted >= MIN_GAIN
    mean_move = move.mean(axis=0)
    bearing = float(np.degrees(np.arctan2(mean_move[0], mean_move[1])) % 360.0)
    return OffsetEstimate(bool(fires), which if fires else None, length, bearing, as_is, shifted, control,
                          len(points))


def _rotated(vectors, degrees):
    angle = np.radians(degrees)
    cos, sin = np.cos(angle), np.sin(angle)
    return np.column_stack([vectors[:, 0] * cos - vectors[:, 1] * sin, vectors[:, 0] * sin + vectors[:, 1] * cos])


COMPASS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")


def compass_point(bearing):
    """The 8-point compass direction (N, NE …) of a bearing in degrees."""
    return COMPASS[int(((bearing % 360.0) + 22.5) // 45.0) % 8]
