"""Survey answers kept beside a read-only community layer (the table the inspector dock writes) count in a full check
too: SURVEY_ANSWERS on checkcommunities gives the verdicts the dock shows, names what it cannot use, and refuses a
table that is not one."""

import hashlib

import pytest
from qgis.core import QgsFeatureRequest, QgsProcessingException

from complete_community.core.check.answers import ANSWER_FIELDS, answers_by_community
from helpers import SAMPLE, memory_layer, output_layer, recording_feedback, run_algorithm

PARAMETERS = {"COMMUNITIES": f"{SAMPLE}|layername=communities", "FACILITIES": f"{SAMPLE}|layername=facilities",
              "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_ITEMS": "TEMPORARY_OUTPUT"}


def item_status(parameters, community_id, item_id, feedback=None):
    result, context, feedback = run_algorithm("checkcommunities", parameters, feedback or recording_feedback())
    items = output_layer(result["OUTPUT_ITEMS"], context)
    request = QgsFeatureRequest().setFilterExpression(
        "\"community_id\" = '{}' AND \"item_id\" = '{}'".format(community_id, item_id))
    (feature,) = list(items.getFeatures(request))
    return feature["status"], feedback


def answers_table(rows, fields=("community_id:string", "field:string", "value:string")):
    return memory_layer("None", list(fields), [(None, row) for row in rows], "survey_answers", crs=None)


def test_answers_stand_in_for_the_layers_values(provider):
    """锦绣社区 (C07) has no barrier-free value: item 12 is unknown; the answer 是 in the table makes it pass, 否 fail —
    while the community file itself is never touched."""
    before = hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    assert item_status(PARAMETERS, "C07", "12")[0] == "unknown"
    table = answers_table([("C07", "无障碍设施", "否"), ("C07", "无障碍设施", "是"),  # the later row wins
                           ("C99", "无障碍设施", "是"), ("C08", "没有这个字段", "是"), ("C03", "无障碍设施", None)])
    status, feedback = item_status(dict(PARAMETERS, SURVEY_ANSWERS=table), "C07", "12")
    assert status == "pass"
    assert item_status(dict(PARAMETERS, SURVEY_ANSWERS=table), "C03", "12")[0] == "unknown"  # an empty answer: unknown
    assert any("2 answers for 2 communities stand in for the layer's values" in line for line in feedback.infos)
    assert any("answers for 1 communities the community layer does not have (ids: C99)" in line
               for line in feedback.warnings)
    assert any("fields the community layer does not have (没有这个字段)" in line for line in feedback.warnings)
    no = answers_table([("C07", "无障碍设施", "否")])
    assert item_status(dict(PARAMETERS, SURVEY_ANSWERS=no), "C07", "12")[0] == "fail"
    assert hashlib.sha256(SAMPLE.read_bytes()).hexdigest() == before


def test_a_table_without_the_answer_columns_is_refused_by_name(provider):
    table = answers_table([("C07", "无障碍设施")], fields=("community_id:string", "field:string"))
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("checkcommunities", dict(PARAMETERS, SURVEY_ANSWERS=table))
    message = str(error.value)
    assert "survey_answers" in message and "has no column value" in message and "community_id, field and value" \
        in message


def test_answers_by_community_reads_rows_as_the_dock_writes_them():
    assert ANSWER_FIELDS == ("community_id", "field", "value")
    rows = [("C1", "a", "是"), ("C1", "a", "否"), ("C1", "b", None), (None, "a", "是"), ("C2", "", "是"), (7, "a", 1)]
    assert answers_by_community(rows) == {"C1": {"a": "否", "b": None}, "7": {"a": 1}}
