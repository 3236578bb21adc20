"""One rule for every algorithm of the provider: cancelled at any progress step, a run ends with the same translated
message and leaves no file behind — also when the cancel comes after the last feature was written."""

import os
import random
import shutil
import tempfile
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingModelAlgorithm

from complete_community.processing.base import canceled_message
from helpers import PROVIDER, SAMPLE, recording_feedback, run_algorithm

POI_FILE = Path(__file__).parent / "data" / "poi_synthetic_gcj02.csv"  # synthetic rows, not Amap data
LAYERS = {name: "{}|layername={}".format(SAMPLE, name)
          for name in ("communities", "facilities", "streets", "residents")}
# the check's results, the input of the two export algorithms: written once per session by check_results()
RESULTS = Path(tempfile.gettempdir()) / "cc_cancel_results_{}".format(os.getpid())
RESULT_FILES = {"COMMUNITIES": str(RESULTS / "community_results.gpkg"), "ITEMS": str(RESULTS / "item_results.gpkg")}
LATER_RESULTS = str(RESULTS / "community_results_later.gpkg")


@pytest.fixture(scope="module", autouse=True)
def _remove_check_results():
    yield
    shutil.rmtree(RESULTS, ignore_errors=True)


def check_results():
    if not Path(RESULT_FILES["ITEMS"]).exists():
        RESULTS.mkdir(exist_ok=True)
        run_algorithm("checkcommunities", {"COMMUNITIES": LAYERS["communities"], "FACILITIES": LAYERS["facilities"],
                                           "OUTPUT": RESULT_FILES["COMMUNITIES"], "OUTPUT_ITEMS": RESULT_FILES["ITEMS"]})
    if not Path(LATER_RESULTS).exists():  # the comparison refuses the same layer given twice
        shutil.copyfile(RESULT_FILES["COMMUNITIES"], LATER_RESULTS)


def parameters_writing_into(folder):
    """Parameters of every algorithm, every output a file in folder (the test asserts the provider has no other)."""
    return {
        "actionplan": {"COMMUNITIES": RESULT_FILES["COMMUNITIES"], "START_YEAR": 2026,
                       "OUTPUT": str(folder / "plan.gpkg"), "OUTPUT_TABLE": str(folder / "plan.csv")},
        "adjustcommunities": {
            "COMMUNITIES": LAYERS["communities"], "UNITS": LAYERS["residents"], "LINK_DISTANCE": 80.0,
            "OUTPUT": str(folder / "adjusted.gpkg"), "OUTPUT_CHANGES": str(folder / "changes.csv")},
        "delineatecommunities": {
            "UNITS": LAYERS["residents"], "NETWORK": LAYERS["streets"], "LINK_DISTANCE": 80.0,
            "OUTPUT": str(folder / "proposed.gpkg"), "OUTPUT_UNITS": str(folder / "units.gpkg")},
        "checkcommunities": {
            "COMMUNITIES": LAYERS["communities"], "FACILITIES": LAYERS["facilities"], "NETWORK": LAYERS["streets"],
            "OUTPUT": str(folder / "communities.gpkg"), "OUTPUT_ITEMS": str(folder / "items.csv")},
        "classifyfacilities": {
            "INPUT": LAYERS["facilities"], "MAPPING": "cn-keywords", "OUTPUT": str(folder / "classified.gpkg"),
            "UNMAPPED_OUTPUT": str(folder / "unmapped.csv")},
        "convertcoordinates": {"INPUT": LAYERS["facilities"], "FROM": "wgs84", "TO": "gcj02",
                               "OUTPUT": str(folder / "converted.gpkg")},
        "comparechecks": {"BEFORE": RESULT_FILES["COMMUNITIES"], "AFTER": LATER_RESULTS,
                          "OUTPUT": str(folder / "changes.gpkg"), "OUTPUT_SUMMARY": str(folder / "coverage.csv")},
        "exportprofile": {"OUTPUT": str(folder / "checklist.csv"), "OUTPUT_HTML": str(folder / "checklist.html")},
        "exportreport": dict(RESULT_FILES, FACILITIES=LAYERS["facilities"], OUTPUT=str(folder / "report.pdf")),
        "exporttable": dict(RESULT_FILES, OUTPUT=str(folder / "results.xlsx")),
        "importpoi": {"INPUT": [str(POI_FILE)], "OUTPUT": str(folder / "pois.gpkg")},
        "networkqa": {
            "NETWORK": LAYERS["streets"], "FACILITIES": LAYERS["facilities"],
            "OUTPUT_POINTS": str(folder / "points.gpkg"), "OUTPUT_LINES": str(folder / "lines.gpkg")},
        "suggestsites": {
            "COMMUNITIES": LAYERS["communities"], "FACILITIES": LAYERS["facilities"], "NETWORK": LAYERS["streets"],
            "CANDIDATES": LAYERS["communities"], "ITEMS": "02,03", "OUTPUT": str(folder / "sites.gpkg")},
        "walkingserviceareas": {
            "NETWORK": LAYERS["streets"], "FACILITIES": LAYERS["facilities"], "FACILITY_TYPE_FIELD": "设施类型",
            "MINUTES": "5,10", "CATCHMENTS": True, "OUTPUT_LINES": str(folder / "lines.gpkg"),
            "OUTPUT_POLYGONS": str(folder / "polygons.gpkg"), "OUTPUT_CATCHMENTS": str(folder / "catchments.gpkg")},
    }


ALGORITHMS = sorted(parameters_writing_into(Path(".")))


def test_every_algorithm_is_covered(provider):
    # the shipped models (completecommunity:wholecity) are QGIS's own model runner around these algorithms
    registered = {a.name() for a in QgsApplication.processingRegistry().providerById(PROVIDER).algorithms()
                  if not isinstance(a, QgsProcessingModelAlgorithm)}
    assert registered == set(ALGORITHMS)


def progress_steps(name, tmp_path):
    """How many progress reports a whole run makes (its outputs removed again)."""
    check_results()
    folder = tmp_path / "complete"
    folder.mkdir()
    _result, _context, feedback = run_algorithm(name, parameters_writing_into(folder)[name])
    assert any(folder.iterdir()), "the complete run wrote its outputs"
    return len(feedback.progress)


@pytest.mark.parametrize("name", ALGORITHMS)
def test_cancel_at_a_random_step_and_at_the_last_leaves_nothing(provider, tmp_path, name):
    steps = progress_steps(name, tmp_path)
    chosen = random.Random(name).randint(1, steps)  # a random step, the same on every run
    for cancel_at in sorted({1, chosen, steps}):
        folder = tmp_path / "cancelled_at_{}".format(cancel_at)
        folder.mkdir()
        feedback = recording_feedback(cancel_at_step=cancel_at)
        with pytest.raises(QgsProcessingException) as raised:
            run_algorithm(name, parameters_writing_into(folder)[name], feedback)
        assert str(raised.value) == canceled_message(), (name, cancel_at)
        assert list(folder.iterdir()) == [], (name, cancel_at, steps)
