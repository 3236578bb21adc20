"""Adjusting existing communities: merges of those under the population band and splits of those above it, the rest
unchanged.

Each unit belongs to the existing community holding its standing point; a community's population is its units'.
Splits first: the units of a community above the band grouped as delineation groups them (grouping.py), within the
community only. Then merges: the communities under the band, smallest first, each with the neighbouring community
(outlines at most the link distance apart, no barrier between them; a part of a split community included) that
shares the longest boundary with it among those keeping the merged population within the band (then the smallest
merged population); a community takes part in one merge at most. A community left out of the band
says why (grouping.py's reasons)."""

from dataclasses import dataclass, field
from typing import Dict, List

import numpy as np
from shapely.ops import unary_union

from complete_community.core.delineate.grouping import MERGE_ACROSS, OVER, SPLIT_UNIT, UNDER
from complete_community.core.delineate.units import neighbours, split_outline

MERGE = "merge"
SPLIT = "split"
KEEP = "keep"  # out of the band, no change found


@dataclass
class Change:
    action: str  # merge | split | keep
    before: List[str]  # existing community ids
    population_before: List[float]
    after: List[str] = field(default_factory=list)  # the new communities' ids
    population_after: List[float] = field(default_factory=list)
    reason: str = ""  # why a community stays out of the band (keep)


def adjust(grouping, existing, ids, shapes, link, barriers=None):
    """existing: per unit the index into ids (and shapes: the communities' polygons) of its community (-1: none);
    link and barriers: as units.neighbours takes them, for the communities' polygons. Returns (labels: per unit the
    index of its adjusted community, -1 none; names, origin (the existing community indices it comes from) and
    outline of each adjusted community; changes). Splits come first, so that a community under the band may merge
    with a part of a split neighbour."""
    existing = np.asarray(existing, dtype=np.int64)
    band = grouping.band
    labels = existing.copy()
    names: Dict[int, str] = {i: ids[i] for i in range(len(ids))}
    origin: Dict[int, List[int]] = {i: [i] for i in range(len(ids))}
    outline = {i: shapes[i] for i in range(len(ids))}
    changes = []
    done = set()  # labels that took part in a change (or could not)
    totals = _totals(grouping, labels)
    next_label = len(ids)
    for community in sorted(label for label, total in totals.items() if total > band.maximum):
        members = np.nonzero(labels == community)[0]
        if len(members) == 1:
            changes.append(Change(KEEP, [ids[community]], [totals[community]], reason=SPLIT_UNIT))
            done.add(community)
            continue
        cleared = labels.copy()
        cleared[members] = -1
        split = grouping.group(members, cleared, first_label=next_label)
        parts = sorted(np.unique(split[members]).tolist())
        if len(parts) == 1:
            changes.append(Change(KEEP, [ids[community]], [totals[community]], reason=OVER))
            done.add(community)
            continue
        labels = split
        pieces = split_outline(shapes[community], grouping.xy[members], split[members])
        del names[community], origin[community], outline[community]
        for number, part in enumerate(parts, start=1):
            names[part] = "{}-{}".format(ids[community], number)
            origin[part] = [community]
            outline[part] = pieces.get(part)
        after = _totals(grouping, labels)
        changes.append(Change(SPLIT, [ids[community]], [totals[community]], [names[p] for p in parts],
                              [after[p] for p in parts]))
        next_label = max(parts) + 1
    totals = _totals(grouping, labels)
    neighbours, facing = _neighbours(outline, link, barriers)
    for community in sorted((label for label, total in totals.items() if total < band.minimum),
                            key=lambda label: totals[label]):
        if community in done:
            continue
        options = [(-facing[community, other], totals[community] + totals[other], other)
                   for other in neighbours.get(community, ()) if other in totals and other not in done
                   and band.minimum <= totals[community] + totals[other] <= band.maximum]
        if not options:
            reason = UNDER if neighbours.get(community) else MERGE_ACROSS
            changes.append(Change(KEEP, [names[community]], [totals[community]], reason=reason))
            done.add(community)
            continue
        _facing, merged, other = min(options)
        labels[labels == community] = other
        done.update((community, other))
        before = [names[community], names[other]]
        names[other] = "+".join(before)
        origin[other] = sorted(set(origin[community] + origin[other]))
        outline[other] = unary_union([outline[community], outline[other]])
        del names[community], origin[community], outline[community]
        changes.append(Change(MERGE, before, [totals[community], totals[other]], [names[other]], [float(merged)]))
    present = set(np.unique(labels[labels >= 0]).tolist())
    order = sorted(label for label in names if label in present)
    renumber = np.full(max(names) + 1 if names else 0, -1, dtype=np.int64)
    renumber[order] = np.arange(len(order))
    result = np.where(labels >= 0, renumber[np.maximum(labels, 0)], -1)
    return result, [names[label] for label in order], [origin[label] for label in order], \
        [outline[label] for label in order], changes


def _totals(grouping, labels):
    inside = labels >= 0
    values = np.bincount(labels[inside], weights=grouping.population[inside])
    return {int(label): float(values[label]) for label in np.unique(labels[inside])}


def _neighbours(outline, link, barriers):
    """Which communities neighbour which (their outlines at most link apart, no barrier between them), and the
    length of each one's boundary that faces the other (within link of it)."""
    labels = [label for label, shape in outline.items() if shape is not None and not shape.is_empty]
    shapes = [outline[label] for label in labels]
    xy = np.array([shape.representative_point().coords[0] for shape in shapes]).reshape(-1, 2)
    pairs = neighbours(shapes, xy, link, barriers)
    found, facing = {}, {}
    for first, second in zip(pairs.first.tolist(), pairs.second.tolist()):
        a, b = labels[first], labels[second]
        found.setdefault(a, set()).add(b)
        found.setdefault(b, set()).add(a)
        facing[a, b] = shapes[first].boundary.intersection(shapes[second].buffer(max(link, 1e-3))).length
        facing[b, a] = shapes[second].boundary.intersection(shapes[first].buffer(max(link, 1e-3))).length
    return found, facing
