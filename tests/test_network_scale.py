"""The walking-network shortcuts that make the 1M check fast give the same answers as the plain computation: the k
nearest sources per node from batched subgraphs, the anchors' nearest facility from walks out of the anchors, the
adjacency matrix built by one sort, the candidate segments compared at once."""

import numpy as np
import pytest
from scipy.sparse.csgraph import dijkstra

from complete_community.core.network.distances import NetworkDistances, SplitNetwork
from complete_community.core.network.graph import WalkingGraph, undirected_matrix
from helpers import grid_lines


def broken_grid(size, seed):
    rng = np.random.default_rng(seed)
    lines = [np.array(line, dtype=float) for k, line in enumerate(grid_lines(size)) if k % 7 != 3]
    return WalkingGraph.from_lines(lines, snap_tolerance=0.01), rng


@pytest.mark.parametrize("limit", [250.0, 700.0, np.inf])
def test_k_nearest_sources_per_node_as_from_every_source(limit):
    graph, rng = broken_grid(12, 4)
    facilities = graph.attach(rng.uniform(0, 1200, size=(30, 2)), 80.0)
    split = SplitNetwork(graph, [facilities])
    sources = split.group_nodes(0)
    distance, nearest = split.k_nearest_node_distances(sources, 3, limit)
    # the reference: every source's own walk, then per node the 3 nearest (of equals the first source)
    valid = np.nonzero(sources >= 0)[0]
    table = np.full((len(sources), split.matrix.shape[0]), np.inf)
    table[valid] = dijkstra(split.matrix, directed=False, indices=sources[valid], limit=limit)
    order = np.argsort(table, axis=0, kind="stable")[:3].T
    expected = np.take_along_axis(table.T, order, axis=1)
    assert np.allclose(distance, expected, rtol=0, atol=1e-9) and np.array_equal(np.isinf(distance),
                                                                                   np.isinf(expected))
    assert np.array_equal(np.where(np.isfinite(expected), order, -1), nearest)


def test_anchors_nearest_from_their_own_walks():
    """Samples measured only to the reach, anchors to the evidence range: the anchors' distances and nearest
    facilities are those of one walk from the facilities to the full range, the samples' within the reach too."""
    graph, rng = broken_grid(15, 9)
    samples, anchors = rng.uniform(-50, 1550, size=(300, 2)), rng.uniform(-300, 1800, size=(40, 2))
    access = NetworkDistances(graph, np.vstack([samples, anchors]), max_access=80.0, anchors_from=len(samples))
    access.prepare(rng.uniform(0, 1500, size=(25, 2)))
    for subset in (np.arange(25), np.arange(0, 25, 3)):
        for reach in (0.0, 300.0):
            full = access.nearest(subset, 2000.0)
            short = access.nearest(subset, 2000.0, samples_max_distance=reach)
            assert np.allclose(short[0][300:], full[0][300:], rtol=0, atol=1e-9)
            assert np.array_equal(np.isinf(short[0][300:]), np.isinf(full[0][300:]))
            assert np.array_equal(short[1][300:], full[1][300:])
            within = full[0][:300] <= reach
            assert np.array_equal(short[0][:300], np.where(within, full[0][:300], np.inf))
            assert np.array_equal(short[1][:300], np.where(within, full[1][:300], -1))


def test_matrix_keeps_the_shortest_of_parallel_edges():
    u, v = np.array([0, 1, 0, 2, 1]), np.array([1, 0, 2, 2, 2])
    matrix = undirected_matrix(u, v, np.array([5.0, 3.0, 4.0, 1.0, 2.0]), 4)
    assert matrix.has_canonical_format
    assert matrix.toarray().tolist() == [[0, 3, 4, 0], [3, 0, 2, 0], [4, 2, 1, 0], [0, 0, 0, 0]]


def test_attach_picks_the_nearest_segment_and_the_first_of_equals():
    graph = WalkingGraph.from_lines([np.array(line, dtype=float) for line in grid_lines(3)])
    points = np.array([(150.0, 30.0), (-3.0, -4.0), (500.0, 500.0), (299.0, 150.0)])
    attachment = graph.attach(points, 100.0)
    assert attachment.access.tolist()[:2] == [30.0, 5.0] and attachment.off_network.tolist() == [False, False,
                                                                                                True, False]
    assert attachment.access[3] == pytest.approx(1.0)
    a, b = graph.node_xy[graph.edge_u[attachment.edge]], graph.node_xy[graph.edge_v[attachment.edge]]
    projected = a + (b - a) * attachment.t[:, None]
    assert np.allclose(projected[[0, 1, 3]], [(150.0, 0.0), (0.0, 0.0), (300.0, 150.0)])


def nearest_segment_distances(graph, points):
    """The plain computation: every point against every segment."""
    a = graph.node_xy[graph.edge_u]
    ab = graph.node_xy[graph.edge_v] - a
    length2 = np.maximum((ab ** 2).sum(axis=1), 1e-12)
    best = np.full(len(points), np.inf)
    for begin in range(0, len(points), 200):
        chunk = points[begin:begin + 200, None, :]
        t = np.clip(((chunk - a) * ab).sum(axis=2) / length2, 0.0, 1.0)
        best[begin:begin + 200] = np.hypot(*(chunk - (a + ab * t[..., None])).transpose(2, 0, 1)).min(axis=1)
    return best


@pytest.mark.parametrize("layout", ["short segments", "long among short", "many segments meet"])
def test_attach_finds_the_exact_nearest_segment(layout):
    """Not a guess from a few nearby samples: the nearest segment of every point within reach, as measuring every
    segment finds it — where many short segments crowd the samples of the nearest one out, and at a crossing of 300."""
    rng = np.random.default_rng(7)
    lines = []
    if layout == "short segments":
        starts = rng.uniform(0, 2000, size=(3000, 2))
        lines = [np.array([s, s + rng.normal(0, 15, 2)]) for s in starts]
    elif layout == "long among short":
        lines = [np.array([s, s + rng.normal(0, 600, 2)]) for s in rng.uniform(0, 2000, size=(200, 2))]
        lines += [np.array([s, s + rng.normal(0, 5, 2)]) for s in rng.uniform(0, 2000, size=(2000, 2))]
    else:
        centre = np.array([1000.0, 1000.0])
        angles = rng.uniform(0, 2 * np.pi, 300)
        lines = [np.array([centre, centre + np.array([np.cos(a), np.sin(a)]) * rng.uniform(5, 300)]) for a in angles]
        points_near_centre = centre + rng.normal(0, 20, size=(500, 2))
    graph = WalkingGraph.from_lines(lines, snap_tolerance=0.0)
    points = rng.uniform(0, 2000, size=(3000, 2))
    if layout == "many segments meet":
        points = np.vstack([points, points_near_centre, centre[None, :]])
    attachment = graph.attach(points, 100.0)
    expected = nearest_segment_distances(graph, points)
    within = expected <= 100.0
    assert within.sum() > 500
    assert np.allclose(attachment.access[within], expected[within], rtol=0, atol=1e-9)
    assert attachment.off_network.tolist() == (~within).tolist()
