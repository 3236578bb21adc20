"""How far residents are from facilities: the one interface the check measures through, and its straight-line
back-end. The walking-network back-end (core/network/distances.py) offers the same interface; the check records
which one measured (`method`) and never asks which it is.

The query points are the residents' sample points followed by one anchor point per community (see samples.py).
"""

from typing import Protocol, Tuple

import numpy as np

from complete_community.core.check.model import STRAIGHT_LINE


class DistanceBackend(Protocol):
    method: str  # written into every result row: straight_line | network

    def prepare(self, facility_xy: np.ndarray) -> None:
        """The facilities (in the working CRS) that nearest() picks from, by index."""

    def nearest(self, facility_indices: np.ndarray, max_distance: float = np.inf,
                samples_max_distance: float = None) -> Tuple[np.ndarray, np.ndarray]:
        """For every query point: the distance in metres to the nearest of facility_indices (inf when none is within
        max_distance) and its position in facility_indices (-1 when none). samples_max_distance: the resident samples
        (the query points before the anchors) are needed only up to this distance; beyond it a back-end may give them
        inf (the walking network then walks from the facilities only that far)."""

    def kth_nearest(self, facility_indices: np.ndarray, k: int, max_distance: float = np.inf) -> np.ndarray:
        """For every query point: the distance to its k-th nearest of facility_indices (k distinct facilities within
        that distance; inf when fewer than k are within max_distance)."""

    def pairs_within(self, max_distance: float) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every (query point, facility, distance) with the distance at most max_distance (finite), as three arrays:
        the distances between places (units of a district) that delineation groups. Pairs at distance 0 may be
        left out."""

    @property
    def off_network_queries(self) -> int:
        """Resident sample points that cannot be measured from (0 for straight lines)."""

    @property
    def off_network_facilities(self) -> int:
        """Facilities that cannot be reached (0 for straight lines)."""


class StraightLineDistances:
    """Euclidean distances in the projected working CRS (metres)."""

    method = STRAIGHT_LINE
    off_network_queries = 0
    off_network_facilities = 0

    def __init__(self, query_xy):
        self.query_xy = np.asarray(query_xy, dtype=float).reshape(-1, 2)
        self.facility_xy = np.zeros((0, 2))

    def prepare(self, facility_xy):
        self.facility_xy = np.asarray(facility_xy, dtype=float).reshape(-1, 2)

    def nearest(self, facility_indices, max_distance=np.inf, samples_max_distance=None):
        count = len(self.query_xy)
        facility_xy = self.facility_xy[np.asarray(facility_indices, dtype=np.int64)].reshape(-1, 2)
        if len(facility_xy) == 0 or count == 0:
            return np.full(count, np.inf), np.full(count, -1, dtype=int)
        from scipy.spatial import cKDTree

        bound = max_distance * (1 + 1e-12) if np.isfinite(max_distance) else np.inf
        distance, index = cKDTree(facility_xy).query(self.query_xy, k=1, distance_upper_bound=bound)
        missing = ~np.isfinite(distance)
        return np.where(missing, np.inf, distance), np.where(missing, -1, index).astype(int)

    def pairs_within(self, max_distance):
        if len(self.query_xy) == 0 or len(self.facility_xy) == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
        from scipy.spatial import cKDTree

        matrix = cKDTree(self.query_xy).sparse_distance_matrix(cKDTree(self.facility_xy), max_distance,
                                                               output_type="coo_matrix")
        query, facility, distance = matrix.row.astype(np.int64), matrix.col.astype(np.int64), matrix.data
        return query, facility, distance

    def kth_nearest(self, facility_indices, k, max_distance=np.inf):
        count = len(self.query_xy)
        facility_xy = self.facility_xy[np.asarray(facility_indices, dtype=np.int64)].reshape(-1, 2)
        if len(facility_xy) < k or count == 0:
            return np.full(count, np.inf)
        from scipy.spatial import cKDTree

        bound = max_distance * (1 + 1e-12) if np.isfinite(max_distance) else np.inf
        distance, _index = cKDTree(facility_xy).query(self.query_xy, k=[k], distance_upper_bound=bound)
        return distance[:, 0]
