"""Property-based tests (Hypothesis) of drawing communities (core/delineate): random small districts — a grid of
blocks, touching or across streets, with random populations (some over the band's maximum, some tiny) and random
barrier lines (straight through the whole grid, along a street or across blocks, or short diagonal pieces) — and the
invariants the grouping keeps whatever the data:

- every unit is in exactly one community, and the communities' populations add up to the units';
- no community crosses a barrier: a line through the whole grid leaves each community on one side of it;
- every community is connected under the adjacency, recomputed here from the shapes and the barriers (boxes at most
  the link distance apart, the segment between their standing points crossing no barrier), not read from the
  grouping;
- no more communities are out of the band than units are out of it (the trivial partition, one unit a community,
  is never beaten by doing worse).

Each property runs 200 examples, derandomized (the same examples on every run); Hypothesis draws the structure (grid
size, street width, how many barriers of which kind) and one seed for a numpy generator that draws the populations and
the barriers' places (house style of tests/test_properties.py): a falsifying example prints that seed.
"""

from dataclasses import dataclass

import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, box

from complete_community.core.check.distances import StraightLineDistances
from complete_community.core.delineate.grouping import Grouping
from complete_community.core.delineate.units import Band, neighbours, walk_matrix

pytestmark = pytest.mark.filterwarnings("ignore:invalid escape sequence:DeprecationWarning")
PROPERTY = settings(max_examples=200, deadline=None, derandomize=True, database=None, print_blob=False,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
BAND = Band(5000.0, 12000.0, 600.0)
SIZE = 150.0  # block side (m)
LINK = 50.0  # m: blocks across a street of up to this width neighbour each other


@dataclass
class District:
    shapes: list
    xy: np.ndarray
    population: np.ndarray
    barriers: list
    through: list  # barriers through the whole grid: ("x" | "y", position)
    seed: int


@st.composite
def districts(draw):
    columns, rows = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    street = draw(st.sampled_from([0.0, 20.0, 45.0]))
    through_count, pieces = draw(st.integers(0, 3)), draw(st.integers(0, 2))
    seed = draw(st.integers(0, 2 ** 32 - 1))
    rng = np.random.default_rng(seed)
    pitch = SIZE + street
    shapes = [box(c * pitch, r * pitch, c * pitch + SIZE, r * pitch + SIZE) for r in range(rows) for c in
              range(columns)]
    kind = rng.choice(["small", "mixed", "big"], p=[0.4, 0.45, 0.15])
    if kind == "small":
        population = rng.uniform(0, 4000, len(shapes))
    elif kind == "mixed":
        population = rng.uniform(0, 9000, len(shapes))
    else:
        population = rng.uniform(1000, 16000, len(shapes))
    population = np.round(population)
    width, height = columns * pitch, rows * pitch
    barriers, through = [], []
    for _number in range(through_count):
        axis = "x" if rng.random() < 0.5 else "y"
        span = width if axis == "x" else height
        # along a street between blocks, or across the blocks anywhere
        position = float(np.floor(rng.uniform(1, max(span / pitch, 1.0001))) * pitch - street / 2 if
                         rng.random() < 0.6 else rng.uniform(0, span))
        if axis == "x":
            barriers.append(LineString([(position, -10), (position, height + 10)]))
        else:
            barriers.append(LineString([(-10, position), (width + 10, position)]))
        through.append((axis, position))
    for _number in range(pieces):
        start = rng.uniform([0, 0], [width, height])
        barriers.append(LineString([tuple(start), tuple(start + rng.uniform(-2 * pitch, 2 * pitch, 2))]))
    xy = np.array([shape.representative_point().coords[0] for shape in shapes])
    return District(shapes, xy, population, barriers, through, seed)


def grouped(district):
    backend = StraightLineDistances(district.xy)
    backend.prepare(district.xy)
    pairs = neighbours(district.shapes, district.xy, LINK, district.barriers or None)
    grouping = Grouping(district.population, district.xy, pairs.first, pairs.second,
                        walk_matrix(backend, len(district.xy), 2 * BAND.reach), BAND)
    labels = grouping.group()
    return grouping.communities(labels), labels


def adjacency(district):
    """Who may be grouped with whom, from the shapes and the barriers alone."""
    found = {i: set() for i in range(len(district.shapes))}
    for i, first in enumerate(district.shapes):
        for j in range(i + 1, len(district.shapes)):
            if first.distance(district.shapes[j]) > LINK:
                continue
            segment = LineString([tuple(district.xy[i]), tuple(district.xy[j])])
            if any(segment.intersects(line) for line in district.barriers):
                continue
            found[i].add(j)
            found[j].add(i)
    return found


def connected(members, adjacent):
    members = set(members)
    start = next(iter(members))
    seen, stack = {start}, [start]
    while stack:
        for other in adjacent[stack.pop()]:
            if other in members and other not in seen:
                seen.add(other)
                stack.append(other)
    return seen == members


@PROPERTY
@given(districts())
def test_every_unit_in_one_community_population_kept_no_barrier_crossed_connected(district):
    communities, labels = grouped(district)
    count = len(district.shapes)
    members = np.concatenate([c.members for c in communities])
    assert sorted(members.tolist()) == list(range(count))  # each unit exactly once
    assert (labels >= 0).all() and all((labels[c.members] == number).all() for number, c in enumerate(communities))
    assert sum(c.population for c in communities) == pytest.approx(float(district.population.sum()))
    for community, expected in zip(communities, (district.population[c.members].sum() for c in communities)):
        assert community.population == pytest.approx(float(expected))
    for axis, position in district.through:
        coordinate = district.xy[:, 0 if axis == "x" else 1]
        for community in communities:
            sides = set(np.sign(coordinate[community.members] - position).tolist())
            assert len(sides) == 1, (axis, position, community.members)
    adjacent = adjacency(district)
    assert all(connected(c.members.tolist(), adjacent) for c in communities)
    event("one community" if len(communities) == 1 else "several communities")
    event("barriers through the grid" if district.through else "no barrier through the grid")


@PROPERTY
@given(districts())
def test_never_more_communities_out_of_band_than_units_out_of_band(district):
    communities, _labels = grouped(district)
    units_out = sum(BAND.status(float(p)) != 0 for p in district.population)
    out = sum(c.status != 0 for c in communities)
    assert out <= units_out, (out, units_out, district.seed)
    event("fewer out of band than units" if out < units_out else "as many out of band as units")
