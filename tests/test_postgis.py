"""The institute's PostGIS: communities, facilities and streets served by a real PostgreSQL/PostGIS (the throwaway
cluster of tests/postgis_cluster.py, started for the session on 127.0.0.1); the check reads them and writes its two
results into a schema the user names, the same as from the GeoPackage; a second run replaces its own tables and
nothing else; a failed or cancelled run leaves no table behind."""

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsVectorLayerExporter

from complete_community.processing.base import canceled_message
from helpers import SAMPLE, output_layer, recording_feedback, run_algorithm

LAYERS = ("communities", "facilities", "streets")
PARAMETERS = {"communities": "COMMUNITIES", "facilities": "FACILITIES", "streets": "NETWORK"}


@pytest.fixture(scope="module")
def survey(postgis):
    """The sample district loaded into the schema survey with QGIS's own exporter; parameter → postgres:// source."""
    postgis.psql("CREATE SCHEMA survey")
    sources = {}
    for name in LAYERS:
        layer = QgsVectorLayer("{}|layername={}".format(SAMPLE, name), name, "ogr")
        error, message = QgsVectorLayerExporter.exportLayer(
            layer, postgis.uri("survey", name), "postgres", layer.crs(), False, {})
        assert not error, message
        assert int(postgis.psql("SELECT count(*) FROM survey.{}".format(name))) == layer.featureCount() > 0
        sources[PARAMETERS[name]] = "postgres://" + postgis.uri("survey", name)
    return sources


def destinations(postgis, schema):
    return {"OUTPUT": "postgres://" + postgis.uri(schema, "community_results"),
            "OUTPUT_ITEMS": "postgres://" + postgis.uri(schema, "item_results", geometry=None)}


def rows(layer, key_fields, like=None):
    """The layer's rows as {field: value} (the fields of the layer `like`: a database table adds its own key), sorted
    by key_fields, geometry as WKT."""
    names = (like or layer).fields().names()
    found = []
    for feature in layer.getFeatures():
        row = {name: feature[name] for name in names}
        row["wkt"] = feature.geometry().asWkt(3) if feature.hasGeometry() else None
        found.append(row)
    return sorted(found, key=lambda row: tuple(str(row[k]) for k in key_fields))


def table_layer(postgis, schema, table, geometry="geom"):
    layer = QgsVectorLayer(postgis.uri(schema, table, geometry), table, "postgres")
    assert layer.isValid(), (schema, table)
    return layer


def tables(postgis, *schemas):
    return postgis.psql("SELECT string_agg(table_schema || '.' || table_name, ',' ORDER BY table_schema, table_name) "
                        "FROM information_schema.tables WHERE table_schema IN ({})".format(
                            ",".join("'{}'".format(s) for s in schemas))).split(",")


def fingerprint(postgis, table):
    """Every row of a table, in one md5."""
    return postgis.psql("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                        "FROM {} t".format(table))


def test_the_check_reads_postgis_and_writes_into_the_named_schema_and_a_second_run_replaces_only_its_tables(
        postgis, survey, provider):
    gpkg = {PARAMETERS[name]: "{}|layername={}".format(SAMPLE, name) for name in LAYERS}
    reference, context, _feedback = run_algorithm(
        "checkcommunities", dict(gpkg, OUTPUT="TEMPORARY_OUTPUT", OUTPUT_ITEMS="TEMPORARY_OUTPUT"))
    reference_layers = {name: output_layer(reference[name], context) for name in ("OUTPUT", "OUTPUT_ITEMS")}
    expected_communities = rows(reference_layers["OUTPUT"], ["cc_id"])
    expected_items = rows(reference_layers["OUTPUT_ITEMS"], ["community_id", "item_id"])

    # the user's schema already holds a table of their own
    postgis.psql("CREATE SCHEMA results; CREATE TABLE results.field_notes (id integer PRIMARY KEY, note text); "
                 "INSERT INTO results.field_notes VALUES (1, '东区复核'), (2, 'checked on site')")
    inputs = {table: fingerprint(postgis, table) for table in ("survey.communities", "survey.facilities",
                                                               "survey.streets")}
    notes = fingerprint(postgis, "results.field_notes")

    parameters = dict(survey, **destinations(postgis, "results"))
    result, _context, feedback = run_algorithm("checkcommunities", parameters)
    assert result["COMMUNITY_COUNT"] == reference["COMMUNITY_COUNT"] == len(expected_communities) == 10
    assert result["COMPLETE_COUNT"] == reference["COMPLETE_COUNT"]
    assert not feedback.errors
    assert postgis.psql("SELECT Find_SRID('results', 'community_results', 'geom')") == "4547"
    communities = rows(table_layer(postgis, "results", "community_results"), ["cc_id"], reference_layers["OUTPUT"])
    items = rows(table_layer(postgis, "results", "item_results", geometry=None), ["community_id", "item_id"],
                 reference_layers["OUTPUT_ITEMS"])
    assert [(c["cc_id"], c["cc_status"], c["cc_band"], c["cc_complete"]) for c in communities] == [
        (c["cc_id"], c["cc_status"], c["cc_band"], c["cc_complete"]) for c in expected_communities]
    assert communities == expected_communities  # every field, every item status and the geometry
    assert len(items) == len(expected_items) == 200
    assert items == expected_items

    # the second run: its two tables replaced, not appended to; the inputs and the user's table untouched
    result, _context, _feedback = run_algorithm("checkcommunities", parameters)
    assert result["COMMUNITY_COUNT"] == 10
    assert rows(table_layer(postgis, "results", "community_results"), ["cc_id"],
                reference_layers["OUTPUT"]) == expected_communities
    assert int(postgis.psql("SELECT count(*) FROM results.item_results")) == 200
    assert tables(postgis, "results", "survey") == [
        "results.community_results", "results.field_notes", "results.item_results",
        "survey.communities", "survey.facilities", "survey.streets"]
    assert fingerprint(postgis, "results.field_notes") == notes
    assert {table: fingerprint(postgis, table) for table in inputs} == inputs


def test_a_schema_that_does_not_exist_is_named_without_the_password(postgis, survey, provider):
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("checkcommunities", dict(survey, **destinations(postgis, "no_such_schema")))
    message = str(raised.value)
    assert '"no_such_schema"."community_results"' in message  # the table, and PostgreSQL's reason
    assert 'schema "no_such_schema" does not exist' in message
    assert postgis.password not in message


def test_a_cancelled_run_leaves_no_table(postgis, survey, provider):
    postgis.psql("CREATE SCHEMA cancelled")
    parameters = dict(survey, **destinations(postgis, "cancelled"))
    steps = len(run_algorithm("checkcommunities", parameters)[2].progress)
    for cancel_at in (steps - 1, steps):  # while writing, and after the last feature was written
        with pytest.raises(QgsProcessingException, match=canceled_message()):
            run_algorithm("checkcommunities", parameters, feedback=recording_feedback(cancel_at_step=cancel_at))
        assert tables(postgis, "cancelled") == [""], cancel_at
