"""The walking-network engine against an independent reference (networkx + brute-force attachment) on a generated
grid and on the real Helsinki OpenStreetMap network: ≥ 1,000 origin/destination pairs each, points mid-segment."""


import numpy as np
import pytest
from network_reference import reference_distance, reference_for
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsVectorLayer

from complete_community.core.network.distances import NetworkDistances, SplitNetwork
from complete_community.core.network.graph import WalkingGraph
from complete_community.core.network.streets import read_streets
from helpers import grid_lines


def broken_grid_lines(size=25, spacing=100.0):
    lines = [np.array(line) for line in grid_lines(size, spacing)]
    # broken rows (so paths detour) and a few diagonals with intermediate vertices
    lines = [line for k, line in enumerate(lines) if k % 7 != 3]
    for k in range(0, size, 5):
        diagonal = np.array([(k * spacing + d, d) for d in np.linspace(0, 5 * spacing, 6)])
        lines.append(diagonal)
    return lines


def compare(lines, origins, destinations, tolerance=0.5):
    graph = WalkingGraph.from_lines(lines, snap_tolerance=0.01)
    origin_attachment = graph.attach(origins, max_access=500.0)
    destination_attachment = graph.attach(destinations, max_access=500.0)
    split = SplitNetwork(graph, [origin_attachment, destination_attachment])
    origin_nodes = split.group_nodes(0)
    destination_nodes = split.group_nodes(1)

    reference, lengths_from, ref_origins, ref_destinations = reference_for(lines, origins, destinations)
    # the attachment itself (access legs) agrees with the brute force
    assert np.allclose(origin_attachment.access, [r[3] for r in ref_origins], atol=1e-6)
    # the check's path: residents are not inserted in the graph, their distance is read off the nodes around them
    access = NetworkDistances(graph, origins, max_access=500.0)
    access.prepare(destinations)
    worst = 0.0
    pairs = 0
    for j, destination_node in enumerate(destination_nodes):
        distance, _nearest = split.nearest(np.array([destination_node]), origin_nodes, np.inf)
        read_off, position = access.nearest([j], np.inf)
        for i in range(len(origins)):
            expected = reference_distance(reference, ref_origins[i], ref_destinations[j], lengths_from)
            if np.isinf(expected):
                assert np.isinf(distance[i]) and np.isinf(read_off[i])
            else:
                worst = max(worst, abs(distance[i] - expected), abs(read_off[i] - expected))
                assert position[i] == 0
                pairs += 1
    assert worst <= tolerance, worst
    return pairs, worst


def test_grid_distances_match_networkx():
    rng = np.random.default_rng(7)
    origins = rng.uniform(0, 2500, size=(50, 2))
    destinations = rng.uniform(0, 2500, size=(25, 2))
    pairs, worst = compare(broken_grid_lines(), origins, destinations)
    assert pairs >= 1000
    print("\ngrid: {} pairs, worst difference {:.2e} m".format(pairs, worst))


@pytest.mark.shared_data
def test_helsinki_distances_match_networkx(shared_data):
    layer = QgsVectorLayer("{}|layername=lines".format(shared_data / "helsinki" / "Helsinki.osm.pbf"), "l", "ogr")
    assert layer.isValid()
    utm = QgsCoordinateReferenceSystem("EPSG:32635")
    transform = QgsCoordinateTransform(layer.crs(), utm, QgsProject.instance().transformContext())
    lines, removed = read_streets(layer.getFeatures(), transform)
    assert len(lines) > 2000 and removed  # non-walkable ways (railways, waterways …) were filtered out
    xy = np.vstack(lines)
    low, high = xy.min(axis=0), xy.max(axis=0)
    rng = np.random.default_rng(2020)
    origins = rng.uniform(low + 100, high - 100, size=(50, 2))
    destinations = rng.uniform(low + 100, high - 100, size=(25, 2))
    pairs, worst = compare(lines, origins, destinations)
    assert pairs >= 1000
    print("\nHelsinki: {} pairs, worst difference {:.2e} m".format(pairs, worst))


def test_facility_on_the_residents_segment():
    """A facility between a resident and both ends of their segment: read-off distances stay exact."""
    graph = WalkingGraph.from_lines([np.array([(0.0, 0.0), (1000.0, 0.0)]), np.array([(1000.0, 0.0), (1000, 500)])])
    access = NetworkDistances(graph, np.array([(350.0, 10.0), (200.0, 0.0), (1000.0, 400.0)]), max_access=100)
    access.prepare(np.array([(300.0, 5.0), (700.0, -5.0)]))
    distance, position = access.nearest([0, 1], np.inf)
    assert distance == pytest.approx([10 + 50 + 5, 100 + 5, 400 + 300 + 5])
    assert list(position) == [0, 0, 1]
    limited, none = access.nearest([0], 100.0)
    assert np.isinf(limited[2]) and none[2] == -1 and limited[0] == pytest.approx(65)


def test_a_street_drawn_twice_is_walked_as_one():
    """A street in two lines (or twice in one, either way round) is one edge: a resident attached to one copy used to
    walk to the street's end and back to reach a facility attached to the other (910 m instead of 110 m; found by
    tests/test_properties.py)."""
    street = np.array([(0.0, 0.0), (1000.0, 0.0)])
    for lines in ([street, street.copy()], [street, street[::-1].copy()], [np.vstack([street, street[::-1]])]):
        graph = WalkingGraph.from_lines(lines)
        assert graph.edge_count == 1
        access = NetworkDistances(graph, np.array([(400.0, 5.0), (600.0, -5.0)]))
        access.prepare(np.array([(500.0, 5.0)]))
        assert access.nearest([0])[0] == pytest.approx([110.0, 110.0])
    # of two segments joining the same nodes (snapped together), the shorter one is kept
    graph = WalkingGraph.from_lines([np.array([(0.0, 0.0), (100.0, 0.0)]), np.array([(0.0, 0.3), (100.0, 0.2)])])
    assert graph.edge_count == 1 and graph.edge_length[0] == pytest.approx(100.0)


def test_partial_edges_are_exact():
    # one straight street 0–1000 m; a facility at x=300, residents at x=350 (same segment) and x=900
    graph = WalkingGraph.from_lines([np.array([(0.0, 0.0), (1000.0, 0.0)])])
    queries = graph.attach(np.array([(350.0, 10.0), (900.0, -20.0)]), max_access=100)
    facilities = graph.attach(np.array([(300.0, 5.0)]), max_access=100)
    split = SplitNetwork(graph, [queries, facilities])
    distance, nearest = split.nearest(split.group_nodes(1), split.group_nodes(0), np.inf)
    assert distance == pytest.approx([5 + 50 + 10, 5 + 600 + 20])
    assert list(nearest) == [0, 0]


def test_off_network_points_are_reported_not_snapped():
    graph = WalkingGraph.from_lines([np.array([(0.0, 0.0), (100.0, 0.0)])])
    attachment = graph.attach(np.array([(50.0, 30.0), (50.0, 300.0)]), max_access=100)
    assert list(attachment.off_network) == [False, True]
    assert attachment.access[0] == pytest.approx(30.0) and np.isinf(attachment.access[1])


def test_repeated_queries_reuse_the_memo():
    graph = WalkingGraph.from_lines(broken_grid_lines())
    rng = np.random.default_rng(5)
    residents, facilities = rng.uniform(0, 2500, size=(300, 2)), rng.uniform(0, 2500, size=(40, 2))
    first = NetworkDistances(graph, residents, max_access=500.0)
    first.prepare(facilities)
    expected = first.nearest(np.arange(0, 40, 2), 600.0)
    entries = len(graph.memo.entries)
    again = NetworkDistances(graph, residents, max_access=500.0)
    again.prepare(facilities)
    assert again.query_attachment is first.query_attachment and again.split is first.split
    result = again.nearest(np.arange(0, 40, 2), 600.0)
    assert len(graph.memo.entries) == entries  # nothing recomputed
    assert np.array_equal(result[0], expected[0]) and np.array_equal(result[1], expected[1])
    moved = NetworkDistances(graph, residents + 1.0, max_access=500.0)  # other points: computed afresh
    assert moved.query_attachment is not first.query_attachment


@pytest.mark.parametrize("k", [2, 3])
def test_kth_nearest_matches_networkx(k):
    """The distance to the k-th nearest of a set of facilities (item 6: 2–3 convenience stores within reach), against
    the reference: every origin × destination distance by networkx, sorted, the k-th taken."""
    rng = np.random.default_rng(11)
    lines = broken_grid_lines(size=12)
    origins = rng.uniform(0, 1200, size=(40, 2))
    destinations = rng.uniform(0, 1200, size=(12, 2))
    graph = WalkingGraph.from_lines(lines, snap_tolerance=0.01)
    access = NetworkDistances(graph, origins, max_access=500.0)
    access.prepare(destinations)
    reference, lengths_from, ref_origins, ref_destinations = reference_for(lines, origins, destinations)
    for limit in (np.inf, 700.0):
        found = access.kth_nearest(np.arange(len(destinations)), k, limit)
        for i in range(len(origins)):
            distances = sorted(reference_distance(reference, ref_origins[i], d, lengths_from) for d in ref_destinations)
            expected = distances[k - 1] if distances[k - 1] <= limit else np.inf
            assert found[i] == pytest.approx(expected, abs=1e-6), (i, limit)
    # the straight-line back-end answers the same question in straight lines
    from complete_community.core.check.distances import StraightLineDistances

    straight = StraightLineDistances(origins)
    straight.prepare(destinations)
    expected = np.sort(np.hypot(*(origins[:, None, :] - destinations[None, :, :]).transpose(2, 0, 1)), axis=1)
    assert np.allclose(straight.kth_nearest(np.arange(len(destinations)), k), expected[:, k - 1])


def test_anchors_beyond_the_reach_get_their_nearest_from_their_own_walks():
    """Resident samples are walked to only as far as the reach; the anchors (one per community) get the nearest
    facility up to the evidence range from walks out of themselves (reach_from_points), each from a node of its own
    joined to the two ends around its projection. Against the reference, with anchors on the same segment as a
    facility, at a crossing, and beyond every facility's range."""
    rng = np.random.default_rng(13)
    lines = broken_grid_lines(size=12)
    samples = rng.uniform(0, 1200, size=(30, 2))
    anchors = np.vstack([rng.uniform(0, 1200, size=(25, 2)), [(300.0, 0.0), (450.0, 3.0)]])
    destinations = np.vstack([rng.uniform(0, 1200, size=(8, 2)), [(460.0, -2.0)]])
    graph = WalkingGraph.from_lines(lines, snap_tolerance=0.01)
    access = NetworkDistances(graph, np.vstack([samples, anchors]), max_access=500.0, anchors_from=len(samples))
    access.prepare(destinations)
    reference, lengths_from, ref_points, ref_destinations = reference_for(lines, np.vstack([samples, anchors]),
                                                                          destinations)
    chosen = np.array([0, 2, 3, 5, 8])
    for evidence in (300.0, 450.0, 900.0, 2000.0):
        distance, position = access.nearest(chosen, evidence, samples_max_distance=150.0)
        for i in range(len(samples), len(samples) + len(anchors)):
            walks = [reference_distance(reference, ref_points[i], ref_destinations[j], lengths_from) for j in chosen]
            expected = min(walks)
            if expected > evidence:
                assert np.isinf(distance[i]) and position[i] == -1
            else:
                assert distance[i] == pytest.approx(expected, abs=1e-6), (i, evidence)
                assert walks[position[i]] == pytest.approx(expected, abs=1e-6)
        # one anchor at a time (its walk on the smallest subgraph): every facility within the range, exactly
        rows = np.arange(len(samples), len(samples) + len(anchors))
        row, found, value = access.split.reach_from_points(access.query_attachment, rows,
                                                           access.split.group_nodes(0), evidence, batch=1)
        got = {(int(r), int(f)): float(v) for r, f, v in zip(row, found, value)}
        expected_pairs = {(i, j): reference_distance(reference, ref_points[i], ref_destinations[j], lengths_from)
                          for i in rows for j in range(len(destinations))}
        expected_pairs = {pair: d for pair, d in expected_pairs.items() if d <= evidence}
        assert set(got) == set(expected_pairs) and len(got) >= 3
        assert all(got[pair] == pytest.approx(d, abs=1e-6) for pair, d in expected_pairs.items())
        beyond = distance[len(samples):]
        assert (np.isfinite(beyond) & (beyond > 150.0)).sum() >= (5 if evidence > 300 else 2)  # by their own walks
        samples_found = distance[:len(samples)]
        assert np.all(np.isinf(samples_found) | (samples_found <= 150.0))  # the samples: only within the reach


def test_unique_rows_is_numpy_unique_by_rows_without_holding_the_gil():
    """The snapping's unique vertices: the same rows, order and inverse as np.unique(axis=0), whose row sort holds
    Python's GIL for seconds on a large network (QGIS froze while the check ran as a task); lexsort does not."""
    import threading
    import time

    from complete_community.core.network.graph import _unique_rows

    rng = np.random.default_rng(7)
    xy = np.round(rng.random((3000, 2)) * 50, 1)  # many repeated rows
    xy[:5] = [[0.0, 1.0], [-0.0, 1.0], [0.0, -0.0], [0.0, 0.0], [2.5, 2.5]]
    for rows in (xy, xy[:1], xy[:0]):
        expected, expected_inverse = np.unique(rows.reshape(-1, 2), axis=0, return_inverse=True)
        unique, inverse = _unique_rows(rows)
        assert np.array_equal(unique, expected) and np.array_equal(inverse, expected_inverse.reshape(-1))

    big = np.round(rng.random((1_500_000, 2)) * 1e5, 6)
    gaps = []
    worker = threading.Thread(target=_unique_rows, args=(big,))
    last = time.perf_counter()
    worker.start()
    while worker.is_alive():
        time.sleep(0.002)
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
    assert max(gaps) < 0.5  # np.unique(axis=0) on these rows: over a second without a beat


def test_repeat_index_is_numpy_repeat_of_the_indices():
    from complete_community.core.network.graph import _midpoints, repeat_index

    rng = np.random.default_rng(3)
    for counts in ([], [0], [3], [0, 0, 2, 0, 1, 0], list(rng.integers(0, 5, 500))):
        counts = np.asarray(counts, dtype=np.int64)
        assert np.array_equal(repeat_index(counts), np.repeat(np.arange(len(counts)), counts))
    pieces = rng.integers(1, 6, 200)
    expected = np.concatenate([(np.arange(p) + 0.5) / p for p in pieces])
    assert np.allclose(_midpoints(pieces), expected)
