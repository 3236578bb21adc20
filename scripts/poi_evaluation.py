#!/usr/bin/env python3
"""How well the `amap` category mapping classifies real Amap POIs: a labelled sample of the Shanghai POIs in
../shared/data/shanghai_amap (see its PROVENANCE.md) and the precision and recall per facility type.

  poi_evaluation.py sample   print the sample's rows (file,row) as drawn with the fixed seed: the skeleton that was
                             labelled by hand into tests/data/shanghai_amap_labels.csv
  poi_evaluation.py table    print the Markdown table of precision and recall per type (the README's table)

The labels file holds only file, row (1-based data row, header excluded), expected_type and a note in our own
words: Amap's licence does not allow copying their names or addresses into the project. tests/test_poi_evaluation.py
runs the same code and fails when a type that decides an item of the national profile falls below MIN_PRECISION.
Run with the system python: /usr/bin/python3 scripts/poi_evaluation.py table
"""

import argparse
import csv
import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT.parent / "shared" / "data" / "shanghai_amap"
LABELS = ROOT / "tests" / "data" / "shanghai_amap_labels.csv"
MAPPING = "amap"
PROFILE = "mohurd-2020"
MIN_PRECISION = 0.98
NONE = "none"  # the label of a POI that is no facility of the taxonomy the checklist counts

SEED = 20200818  # the day the policy 建科规〔2020〕7号 was issued
# file → rows drawn at random from the whole file (the other strata come on top)
RANDOM_ROWS = {
    "shanghai_kindergarten.csv": 45,
    "shanghai_hospital.csv": 110,
    "shanghai_bus.csv": 30,
    "shanghai_school.csv": 55,
    "shanghai_primary_school.csv": 20,
    "shanghai_metro.csv": 15,
}
PER_TYPE_STRING = 1  # every distinct Amap type string of a file: at least this many rows
PER_HARD_WORD = 2  # every hard word of a file: up to this many rows whose name contains it
# words that make name rules fire on things that may not be facilities, or that a planner reads one way and a
# keyword another way
HARD_WORDS = ("绿地", "公园", "花园", "广场", "医院", "社区医院", "门诊", "卫生", "红十字", "居委", "超市", "便利",
              "物业", "维修", "运动场", "体育", "公司", "早教", "看护", "托", "驿站", "老年", "养老", "停车", "菜场",
              "市场", "汽车", "文化", "药", "摄影", "健身", "食堂", "康复")


def read_rows(path: Path) -> List[Dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def draw_sample(data_dir: Path = DATA_DIR) -> List[Tuple[str, int]]:
    """(file, 1-based data row) of the evaluation sample, in file and row order. Per file: every distinct type string
    (rare ones included), up to PER_HARD_WORD rows per hard word found in the names, and RANDOM_ROWS at random."""
    rng = random.Random(SEED)
    chosen = []
    for filename in sorted(RANDOM_ROWS):
        rows = read_rows(data_dir / filename)
        numbers = set()
        by_type = defaultdict(list)
        for number, row in enumerate(rows, 1):
            by_type[row["type"]].append(number)
        for type_string in sorted(by_type):
            candidates = by_type[type_string]
            numbers.update(rng.sample(candidates, min(PER_TYPE_STRING, len(candidates))))
        for word in HARD_WORDS:
            candidates = [n for n, row in enumerate(rows, 1) if word in row["name"] and n not in numbers]
            numbers.update(rng.sample(candidates, min(PER_HARD_WORD, len(candidates))))
        rest = [n for n in range(1, len(rows) + 1) if n not in numbers]
        numbers.update(rng.sample(rest, min(RANDOM_ROWS[filename], len(rest))))
        chosen.extend((filename, n) for n in sorted(numbers))
    return chosen


@dataclass(frozen=True)
class Label:
    file: str
    row: int
    expected: str  # a taxonomy code or NONE
    note: str = ""


def read_labels(path: Path = LABELS) -> List[Label]:
    with open(path, encoding="utf-8", newline="") as handle:
        return [Label(r["file"], int(r["row"]), r["expected_type"].strip(), (r.get("note") or "").strip())
                for r in csv.DictReader(handle)]


def classify_labelled(labels: List[Label], data_dir: Path = DATA_DIR, mapping_id: str = MAPPING
                      ) -> List[Tuple[Label, str, Optional[str]]]:
    """(label, predicted type or NONE, deciding rule) for each labelled row, classified as classifyfacilities does:
    the mapping's fields bound to the CSV's columns, each row read into a record, the first matching rule."""
    from complete_community.core.mapping import load_mapping, record_from_attributes

    mapping = load_mapping(mapping_id)
    results = []
    by_file = defaultdict(list)
    for label in labels:
        by_file[label.file].append(label)
    for filename in sorted(by_file):
        rows = read_rows(data_dir / filename)
        bound = mapping.bind_fields(rows[0].keys())
        for label in by_file[filename]:
            code, rule = mapping.classify(record_from_attributes(rows[label.row - 1], bound))
            results.append((label, code or NONE, rule))
    return results


@dataclass(frozen=True)
class Score:
    type: str
    expected: int  # labelled as this type
    predicted: int  # classified as this type
    correct: int

    @property
    def precision(self) -> Optional[float]:
        return self.correct / self.predicted if self.predicted else None

    @property
    def recall(self) -> Optional[float]:
        return self.correct / self.expected if self.expected else None


def scores(results) -> Dict[str, Score]:
    """Precision and recall per type (NONE excluded: it is what is left)."""
    expected, predicted, correct = Counter(), Counter(), Counter()
    for label, code, _rule in results:
        expected[label.expected] += 1
        predicted[code] += 1
        if code == label.expected:
            correct[code] += 1
    types = sorted((set(expected) | set(predicted)) - {NONE})
    return {t: Score(t, expected[t], predicted[t], correct[t]) for t in types}


def gated_types(profile_id: str = PROFILE) -> Tuple[str, ...]:
    """The facility types that decide an item of the profile: every requirement's types and its alternatives'."""
    from complete_community.core.profiles.loader import load_profile

    found = []

    def collect(requirement):
        found.extend(requirement.facility_types)
        for alternative in requirement.alternatives:
            collect(alternative)

    for item in load_profile(profile_id).ordered_items():
        for requirement in item.requirements:
            collect(requirement)
    return tuple(sorted(set(found)))


def confusions(results) -> List[Tuple[str, str, int]]:
    """(expected, predicted, count) of the misclassified rows, most frequent first."""
    counts = Counter((label.expected, code) for label, code, _rule in results if code != label.expected)
    return sorted(((e, p, n) for (e, p), n in counts.items()), key=lambda c: (-c[2], c[0], c[1]))


def markdown_table(results, gated=()) -> str:
    def share(value):
        return "—" if value is None else "{:.2f}".format(value)

    lines = ["| type | labelled | classified | correct | precision | recall |",
             "|---|---:|---:|---:|---:|---:|"]
    for code, score in scores(results).items():
        name = "**{}**".format(code) if code in gated else code
        lines.append("| {} | {} | {} | {} | {} | {} |".format(name, score.expected, score.predicted, score.correct,
                                                             share(score.precision), share(score.recall)))
    nones = sum(1 for label, _c, _r in results if label.expected == NONE)
    kept = sum(1 for label, code, _r in results if label.expected == NONE and code == NONE)
    lines.append("| *{}* (no facility) | {} | {} | {} | | |".format(
        NONE, nones, sum(1 for _l, code, _r in results if code == NONE), kept))
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("sample", "table"))
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="the shanghai_amap folder")
    parser.add_argument("--labels", type=Path, default=LABELS)
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        sys.exit("{} is absent: the evaluation needs the shared Shanghai Amap data".format(args.data))
    if args.command == "sample":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(("file", "row", "expected_type", "note"))
        for filename, number in draw_sample(args.data):
            writer.writerow((filename, number, "", ""))
        return
    sys.path.insert(0, str(ROOT / "scripts"))
    from plugin_package import register_package

    register_package()
    results = classify_labelled(read_labels(args.labels), args.data)
    print(markdown_table(results, gated_types()))
    mistakes = confusions(results)
    if mistakes:
        print("\nMisclassified (labelled → classified: rows):", file=sys.stderr)
        for expected, predicted, count in mistakes:
            print("  {} → {}: {}".format(expected, predicted, count), file=sys.stderr)


if __name__ == "__main__":
    main()
