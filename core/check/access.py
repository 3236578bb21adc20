"""Distances from the places residents live (query points) to facilities: the access step of the check.

The straight-line engine lives here; the walking-network engine offers the same `nearest()` so the check does not
care which one measured a distance, it only records the method.
"""

import numpy as np

from complete_community.core.check.model import STRAIGHT_LINE


class StraightLineAccess:
    """Euclidean distances in the projected working CRS (metres)."""

    method = STRAIGHT_LINE

    def __init__(self, query_xy):
        self.query_xy = np.asarray(query_xy, dtype=float).reshape(-1, 2)
        self.facility_xy = np.zeros((0, 2))

    def prepare(self, facility_xy):
        """The facilities that nearest() picks from (by index)."""
        self.facility_xy = np.asarray(facility_xy, dtype=float).reshape(-1, 2)

    def nearest(self, facility_indices, max_distance=np.inf):
        """For every query point: distance to the nearest of the facilities (indices into the prepared facilities;
        inf when none within max_distance) and its position in facility_indices (-1 when none)."""
        count = len(self.query_xy)
        facility_xy = self.facility_xy[np.asarray(facility_indices, dtype=np.int64)].reshape(-1, 2)
        if len(facility_xy) == 0 or count == 0:
            return np.full(count, np.inf), np.full(count, -1, dtype=int)
        try:
            from scipy.spatial import cKDTree
        except ImportError:  # numpy only: slower, same answers
            return _brute_force(self.query_xy, facility_xy, max_distance)
        tree = cKDTree(facility_xy)
        bound = max_distance if np.isfinite(max_distance) else np.inf
        distance, index = tree.query(self.query_xy, k=1, distance_upper_bound=bound * (1 + 1e-12) if
                                     np.isfinite(bound) else np.inf)
        missing = ~np.isfinite(distance)
        index = np.where(missing, -1, index).astype(int)
        distance = np.where(missing, np.inf, distance)
        return distance, index


def _brute_force(query_xy, facility_xy, max_distance, chunk=2048):
    distances = np.full(len(query_xy), np.inf)
    indices = np.full(len(query_xy), -1, dtype=int)
    for start in range(0, len(query_xy), chunk):
        block = query_xy[start:start + chunk]
        d = np.hypot(block[:, None, 0] - facility_xy[None, :, 0], block[:, None, 1] - facility_xy[None, :, 1])
        best = d.argmin(axis=1)
        best_d = d[np.arange(len(block)), best]
        within = best_d <= max_distance
        distances[start:start + chunk] = np.where(within, best_d, np.inf)
        indices[start:start + chunk] = np.where(within, best, -1)
    return distances, indices
