"""Grouping units into communities: a constructive heuristic and a local improvement.

The objective, compared lexicographically (smaller is better), summed over the communities:
  1. communities out of the population band;
  2. persons outside the band (how far below the minimum or above the maximum);
  3. units whose walk to the community's centre exceeds the reach (units off the walking network are not counted:
     their distance is unknown);
  4. the longest walk from a unit to its community's centre (metres).
The centre of a community is the member unit nearest its population-weighted mean position.

Construction, per group of units that neighbour each other (barriers and upper boundaries separate groups): a unit
at or above the band's maximum is a community of its own; the rest of a group is split into k communities, k the
group's population divided by the middle of the band, rounded and kept within what the band allows (at least the
population over the maximum, at most over the minimum). Seeds: the largest unit, then each time the unit farthest
from the seeds chosen; the communities grow together, the smallest taking next its unassigned neighbour nearest its
seed, never above the band's maximum (units no community can take start communities of their own). Communities under
the band then merge into the smallest neighbour that keeps them within it.
Improvement: for each community out of the band or with units beyond the reach, the best move of one boundary unit to
or from a neighbouring community (or, above the band, of a unit into a new community of its own), else the best swap
of two, that lowers the objective and keeps both communities contiguous (a unit at or above the band's maximum stays
alone, a community above it takes no unit); until nothing improves.
"""

import heapq
from dataclasses import dataclass
from typing import List

import numpy as np

from complete_community.core.cancellation import raise_if_canceled
from complete_community.core.delineate.units import lookup
from complete_community.core.i18n import tr

# why a community is out of the band
SPLIT_UNIT = "split_unit"  # one unit above the maximum: the unit itself must be split
MERGE_ACROSS = "merge_across"  # a whole group between barriers/boundaries under the minimum: merge across needed
OVER = "over"  # several units above the maximum: no contiguous split within the band was found
UNDER = "under"  # under the minimum: every neighbour would go above the maximum
MAX_PASSES = 50
MAX_SWAP_CANDIDATES = 24  # boundary units per side tried in swaps
EPSILON = 1e-6


def reason_text(code):
    return {
        SPLIT_UNIT: tr("a single unit above the band: split the unit"),
        MERGE_ACROSS: tr("isolated under the band (barriers, boundaries or distance): merge across a barrier"),
        OVER: tr("above the band: no contiguous split within the band found"),
        UNDER: tr("under the band: every neighbour would go above it"),
    }.get(code, "")


@dataclass
class Community:
    members: np.ndarray  # unit indices
    population: float
    households: float  # nan when a member's is unknown
    centre: int  # unit index
    max_walk: float  # metres from the farthest measured member to the centre; inf beyond the distance table
    beyond_reach: int  # members whose walk to the centre exceeds the reach
    unmeasured: int  # members off the walking network
    status: int  # -1 under, 0 in, 1 above the band
    reason: str  # a code above, '' in the band


class Grouping:
    """The units and their neighbours; group() draws communities over any subset of the units."""

    def __init__(self, population, xy, first, second, walk, band, measured=None, households=None,
                 is_canceled=None):
        from scipy.sparse import coo_matrix

        self.population = np.asarray(population, dtype=float)
        self.count = len(self.population)
        self.xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        self.walk = walk
        self.band = band
        self.measured = np.ones(self.count, dtype=bool) if measured is None else np.asarray(measured, dtype=bool)
        self.households = None if households is None else np.asarray(households, dtype=float)
        self.is_canceled = is_canceled
        first, second = np.asarray(first, dtype=np.int64), np.asarray(second, dtype=np.int64)
        graph = coo_matrix((np.ones(2 * len(first)), (np.concatenate([first, second]),
                                                      np.concatenate([second, first]))),
                           shape=(self.count, self.count)).tocsr()
        graph.sum_duplicates()
        self.graph = graph
        self.adjacent = [graph.indices[graph.indptr[i]:graph.indptr[i + 1]] for i in range(self.count)]

    # ---------------------------------------------------------------------------------------------- construction
    def group(self, units=None, labels=None, first_label=0):
        """Labels (community numbers from first_label, -1 for units not asked about) of the units (all by default)
        grouped into communities; labels: an array to write into (a copy of it is returned)."""
        from scipy.sparse.csgraph import connected_components

        units = np.arange(self.count) if units is None else np.asarray(units, dtype=np.int64)
        labels = np.full(self.count, -1, dtype=np.int64) if labels is None else labels.copy()
        next_label = first_label
        big = units[self.population[units] >= self.band.maximum]
        for unit in big.tolist():
            labels[unit] = next_label
            next_label += 1
        rest = units[self.population[units] < self.band.maximum]
        if len(rest):
            _count, component = connected_components(self.graph[rest][:, rest], directed=False)
            for number in range(_count):
                self._stop()
                members = rest[component == number]
                next_label = self._grow(members, labels, next_label)
        mine = np.zeros(self.count, dtype=bool)
        mine[units] = True
        self._merge_under(labels, mine)
        self._improve(labels, mine)
        return labels

    def region_count(self, population):
        middle = (self.band.minimum + self.band.maximum) / 2.0
        fewest = max(1, int(np.ceil(population / self.band.maximum)))
        most = max(fewest, int(np.floor(population / self.band.minimum)))
        return int(min(max(int(round(population / middle)), fewest), most))

    def _grow(self, members, labels, next_label):
        k = min(self.region_count(float(self.population[members].sum())), len(members))
        seeds = [int(members[np.argmax(self.population[members])])]
        nearest = np.hypot(*(self.xy[members] - self.xy[seeds[0]]).T)
        while len(seeds) < k:
            seeds.append(int(members[np.argmax(nearest)]))
            nearest = np.minimum(nearest, np.hypot(*(self.xy[members] - self.xy[seeds[-1]]).T))
        inside = np.zeros(self.count, dtype=bool)
        inside[members] = True
        regions = []  # per region: (label, seed, candidate heap)
        queue = []
        for number, seed in enumerate(seeds):
            labels[seed] = next_label + number
            regions.append((seed, []))
            self._push_neighbours(regions[-1], seed, labels, inside)
            heapq.heappush(queue, (float(self.population[seed]), number))
        while queue:
            population, number = heapq.heappop(queue)
            seed, candidates = regions[number]
            skipped = []
            while candidates:
                distance, unit = heapq.heappop(candidates)
                if labels[unit] >= 0:
                    continue
                if population + self.population[unit] > self.band.maximum:
                    skipped.append((distance, unit))  # another community may take it
                    continue
                labels[unit] = next_label + number
                self._push_neighbours(regions[number], unit, labels, inside)
                heapq.heappush(queue, (population + float(self.population[unit]), number))
                break
            for item in skipped:
                heapq.heappush(candidates, item)
        next_label += k
        # units that no community could take without going above the band: new communities of their own
        left = members[labels[members] < 0]
        if len(left):
            from scipy.sparse.csgraph import connected_components

            count, component = connected_components(self.graph[left][:, left], directed=False)
            for number in range(count):
                next_label = self._grow(left[component == number], labels, next_label)
        return next_label

    def _push_neighbours(self, region, unit, labels, inside):
        seed, candidates = region
        for other in self.adjacent[unit].tolist():
            if inside[other] and labels[other] < 0:
                distance = float(np.hypot(*(self.xy[other] - self.xy[seed])))
                heapq.heappush(candidates, (distance, other))

    def _merge_under(self, labels, mine):
        totals = self._totals(labels, mine)
        members = {}
        for unit in np.nonzero(mine & (labels >= 0))[0].tolist():
            members.setdefault(int(labels[unit]), []).append(unit)
        changed = True
        while changed:
            changed = False
            self._stop()
            for label in sorted(totals, key=totals.get):
                if label not in totals:
                    continue  # merged into another in this pass
                if totals[label] >= self.band.minimum:
                    break
                options = [(totals[other] + totals[label], other) for other in self._neighbour_labels(
                    np.array(members[label]), labels, mine) if totals[other] + totals[label] <= self.band.maximum]
                if options:
                    target = min(options)[1]
                    labels[members[label]] = target
                    members[target].extend(members.pop(label))
                    totals[target] += totals.pop(label)
                    changed = True

    def _totals(self, labels, mine):
        chosen = mine & (labels >= 0)
        values = np.bincount(labels[chosen], weights=self.population[chosen])
        present = np.unique(labels[chosen])
        return {int(label): float(values[label]) for label in present}

    def _neighbour_labels(self, members, labels, mine):
        found = set()
        own = labels[members[0]]
        for unit in members.tolist():
            for other in self.adjacent[unit].tolist():
                if mine[other] and labels[other] >= 0 and labels[other] != own:
                    found.add(int(labels[other]))
        return sorted(found)

    # ---------------------------------------------------------------------------------------------- objective
    def centre(self, members):
        weights = self.population[members]
        if weights.sum() > 0:
            mean = (self.xy[members] * weights[:, None]).sum(axis=0) / weights.sum()
        else:
            mean = self.xy[members].mean(axis=0)
        return int(members[np.argmin(np.hypot(*(self.xy[members] - mean).T))])

    def walks(self, members, centre):
        """Walk from each member to the centre (inf beyond the table's limit, nan when off the network)."""
        distance = lookup(self.walk, centre, members) if self.walk is not None else np.zeros(len(members))
        if not self.measured[centre]:
            return np.full(len(members), np.nan)
        return np.where(self.measured[members], distance, np.nan)

    def cost(self, members):
        if len(members) == 0:
            return (0.0, 0.0, 0.0, 0.0)
        population = float(self.population[members].sum())
        deviation = max(self.band.minimum - population, 0.0) + max(population - self.band.maximum, 0.0)
        distance = self.walks(members, self.centre(members))
        known = distance[~np.isnan(distance)]
        beyond = float((known > self.band.reach).sum())
        longest = float(np.minimum(known, 4.0 * self.band.reach).max()) if len(known) else 0.0
        return (float(deviation > 0), deviation, beyond, longest)

    # ---------------------------------------------------------------------------------------------- improvement
    def _improve(self, labels, mine):
        members_of = {}
        for unit in np.nonzero(mine & (labels >= 0))[0].tolist():
            members_of.setdefault(int(labels[unit]), set()).add(unit)
        costs = {label: self.cost(np.array(sorted(units))) for label, units in members_of.items()}
        self._free_label = int(labels.max()) + 1 if len(labels) else 0
        for _pass in range(MAX_PASSES):
            improved = False
            for label in sorted(members_of):
                self._stop()
                if label not in members_of or (costs[label][0] == 0 and costs[label][2] == 0):
                    continue
                if self._improve_one(label, labels, mine, members_of, costs):
                    improved = True
            if not improved:
                break

    def _improve_one(self, label, labels, mine, members_of, costs):
        own = members_of[label]
        moves = []  # (unit, from label, to label)
        for unit in own:
            for other in self.adjacent[unit].tolist():
                if mine[other] and labels[other] != label and labels[other] >= 0:
                    moves.append((unit, label, int(labels[other])))
                    moves.append((other, int(labels[other]), label))
        if costs[label][0] > 0 and self._population(own) > self.band.maximum and len(own) > 1:
            moves += [(unit, label, self._free_label) for unit in own]  # a unit split off as a new community
        best = None
        for unit, source, target in set(moves):
            change = self._change([(unit, source, target)], members_of, costs)
            if change is not None and (best is None or _less(change[0], best[0])):
                best = (change[0], [(unit, source, target)], change[1])
        if best is None:
            pairs = {}
            for unit, source, target in moves:
                if source == label:
                    pairs.setdefault(target, ([], []))[0].append(unit)
                else:
                    pairs.setdefault(source, ([], []))[1].append(unit)
            for other, (mine_side, their_side) in pairs.items():
                for unit in sorted(set(mine_side))[:MAX_SWAP_CANDIDATES]:
                    for theirs in sorted(set(their_side))[:MAX_SWAP_CANDIDATES]:
                        swap = [(unit, label, other), (theirs, other, label)]
                        change = self._change(swap, members_of, costs)
                        if change is not None and (best is None or _less(change[0], best[0])):
                            best = (change[0], swap, change[1])
        if best is None:
            return False
        for unit, source, target in best[1]:
            members_of[source].discard(unit)
            members_of.setdefault(target, set()).add(unit)
            labels[unit] = target
            if target == self._free_label:
                self._free_label += 1
        for touched, value in best[2].items():
            if members_of[touched]:
                costs[touched] = value
            else:
                del members_of[touched]
                del costs[touched]
        return True

    def _change(self, steps, members_of, costs):
        """(objective change, new costs by label) of applying the moves, or None when it does not improve or breaks
        a community's contiguity."""
        new = {}
        for unit, source, target in steps:
            if self.population[unit] >= self.band.maximum or (
                    target in costs and costs[target][1] > 0 and
                    self._population(members_of[target]) > self.band.maximum):
                return None  # a unit at or above the band stays alone; a community above it takes no more units
            for label in (source, target):
                new.setdefault(label, set(members_of.get(label, ())))
            new[source].discard(unit)
            new[target].add(unit)
        for units in new.values():
            if units and not self._contiguous(units):
                return None
        values = {label: self.cost(np.array(sorted(units), dtype=np.int64)) for label, units in new.items()}
        zero = (0.0, 0.0, 0.0, 0.0)
        change = tuple(sum(values[label][i] - costs.get(label, zero)[i] for label in new) for i in range(4))
        return (change, values) if _less(change, (0.0, 0.0, 0.0, 0.0)) else None

    def _population(self, units):
        return float(self.population[list(units)].sum())

    def _contiguous(self, units):
        start = next(iter(units))
        seen = {start}
        stack = [start]
        while stack:
            unit = stack.pop()
            for other in self.adjacent[unit].tolist():
                if other in units and other not in seen:
                    seen.add(other)
                    stack.append(other)
        return len(seen) == len(units)

    def _stop(self):
        if self.is_canceled is not None:
            raise_if_canceled(self.is_canceled)

    # ---------------------------------------------------------------------------------------------- results
    def communities(self, labels) -> List[Community]:
        """The communities of labels, numbered in reading order (north to south, west to east): labels are
        rewritten in place to their index in the returned list."""
        present = np.unique(labels[labels >= 0])
        centres = {int(label): self.xy[labels == label].mean(axis=0) for label in present}
        order = sorted(centres, key=lambda label: (-round(centres[label][1], 3), round(centres[label][0], 3)))
        renumber = np.full(int(present.max()) + 1 if len(present) else 0, -1, dtype=np.int64)
        renumber[order] = np.arange(len(order))
        labels[labels >= 0] = renumber[labels[labels >= 0]]
        from scipy.sparse.csgraph import connected_components

        _count, component = connected_components(self.graph, directed=False)
        result = []
        for number in range(len(order)):
            members = np.nonzero(labels == number)[0]
            population = float(self.population[members].sum())
            households = np.nan
            if self.households is not None and not np.isnan(self.households[members]).any():
                households = float(self.households[members].sum())
            centre = self.centre(members)
            distance = self.walks(members, centre)
            known = distance[~np.isnan(distance)]
            status = self.band.status(population)
            reason = ""
            if status > 0:
                reason = SPLIT_UNIT if (self.population[members] > self.band.maximum).any() else OVER
            elif status < 0:
                whole = np.isin(component, np.unique(component[members]))
                reason = MERGE_ACROSS if whole.sum() == len(members) else UNDER
            result.append(Community(members, population, households, centre,
                                    float(known.max()) if len(known) else np.nan,
                                    int((known > self.band.reach).sum()), int(np.isnan(distance).sum()), status,
                                    reason))
        return result


def _less(change, than):
    for value, other in zip(change, than):
        if value < other - EPSILON:
            return True
        if value > other + EPSILON:
            return False
    return False
