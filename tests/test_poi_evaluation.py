"""How well the `amap` mapping classifies real Amap POIs: a hand-labelled sample of the Shanghai POIs in
../shared/data/shanghai_amap (tests/data/shanghai_amap_labels.csv, drawn and labelled as its README says), classified
as classifyfacilities does. Precision is gated for every facility type that decides an item of the national profile;
recall is reported. The code is scripts/poi_evaluation.py, which also prints the README's table."""

import csv
import importlib.util
import re

import pytest

from complete_community.core.taxonomy import facility_types
from helpers import PLUGIN_ROOT

spec = importlib.util.spec_from_file_location("poi_evaluation", PLUGIN_ROOT / "scripts" / "poi_evaluation.py")
evaluation = importlib.util.module_from_spec(spec)
spec.loader.exec_module(evaluation)

pytestmark = pytest.mark.shared_data
FILES = ("shanghai_bus.csv", "shanghai_hospital.csv", "shanghai_kindergarten.csv", "shanghai_metro.csv",
         "shanghai_primary_school.csv", "shanghai_school.csv")


@pytest.fixture(scope="module")
def amap_dir(shared_data):
    folder = shared_data / "shanghai_amap"
    if not folder.is_dir():
        pytest.skip("../shared/data/shanghai_amap is absent: the POI evaluation needs the Shanghai Amap POIs")
    return folder


@pytest.fixture(scope="module")
def results(amap_dir):
    return evaluation.classify_labelled(evaluation.read_labels(), amap_dir)


def test_labels_are_the_drawn_sample_and_hold_no_amap_text(amap_dir):
    labels = evaluation.read_labels()
    assert len(labels) >= 400
    assert sorted((label.file, label.row) for label in labels) == sorted(evaluation.draw_sample(amap_dir))
    assert {label.file for label in labels} == set(FILES)
    codes = set(facility_types()) | {evaluation.NONE}
    assert not [label for label in labels if label.expected not in codes]
    for filename in FILES:
        with open(amap_dir / filename, encoding="utf-8", newline="") as handle:
            count = sum(1 for _row in csv.DictReader(handle))
        assert all(1 <= label.row <= count for label in labels if label.file == filename)
    # Amap's licence: no names or addresses in the project, only row numbers and our own notes
    text = evaluation.LABELS.read_text(encoding="utf-8")
    assert not re.search(r"[\u3400-\u9fff]", text), "the labels file must not quote Amap text"


def test_precision_of_the_types_that_decide_an_item(results):
    gated = evaluation.gated_types()
    assert {"kindergarten", "health_station", "bus_stop", "community_park", "property_office",
            "repair_shop", "multi_sport_ground", "convenience_store"} <= set(gated)
    print("\nShanghai Amap POIs, labelled sample ({} rows), mapping amap:\n".format(len(results))
          + evaluation.markdown_table(results, gated))
    for expected, predicted, count in evaluation.confusions(results):
        print("  labelled {} → classified {}: {}".format(expected, predicted, count))
    scores = evaluation.scores(results)
    low = {code: round(score.precision, 3) for code, score in scores.items()
           if code in gated and score.precision is not None and score.precision < evaluation.MIN_PRECISION}
    assert not low, "precision below {} for types that decide an item: {}".format(evaluation.MIN_PRECISION, low)
    # the sample has enough of the gated types it can test to make the gate mean something
    assert scores["kindergarten"].predicted >= 50
    assert scores["health_station"].predicted + scores["health_centre"].predicted >= 20
    assert scores["bus_stop"].predicted >= 50


def test_readme_shows_the_current_table(results, plugin_root):
    readme = (plugin_root / "README.md").read_text(encoding="utf-8")
    assert evaluation.markdown_table(results, evaluation.gated_types()) in readme, (
        "README's POI mapping accuracy table is out of date: run /usr/bin/python3 scripts/poi_evaluation.py table")
