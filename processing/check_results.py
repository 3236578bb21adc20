"""Reading the check's community results back (the comparison of two checks, the action plan): per community its
id, name, population, complete verdict and item verdicts, and its geometry — with a message naming the layer when it
is not a result of the check."""

from qgis.core import QgsProcessingException

from complete_community.core.check.fields import ITEM_FIELD, item_field_name
from complete_community.core.i18n import tr
from complete_community.core.values import as_number, is_missing

REQUIRED = ("cc_id", "cc_complete")


def read_community_results(algorithm, source, label, feedback):
    """([{id, name, population, complete, statuses}], {id: geometry}) of a community results layer; refused naming
    the layer when it lacks the check's fields, or when a community has no id (communities are matched by id)."""
    names = source.fields().names()
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise QgsProcessingException(tr(
            "{} has no field {}: give the community results written by “Check communities”.").format(
            label, ", ".join(missing)) + algorithm.encoding_hint(source))
    items = [name for name in names if ITEM_FIELD.match(name)]
    if not items:
        raise QgsProcessingException(tr(
            "{} has no item fields (item_01 …): give the community results written by “Check communities”."
        ).format(label))
    records, geometries, without_id = [], {}, 0
    prefix = len(item_field_name(""))
    for feature in algorithm.features(source, feedback):
        community_id = feature["cc_id"]
        if is_missing(community_id):
            without_id += 1
            continue
        community_id = str(community_id).strip()
        records.append(dict(
            id=community_id,
            name=feature["cc_name"] if "cc_name" in names and not is_missing(feature["cc_name"]) else None,
            population=as_number(feature["cc_population"]) if "cc_population" in names else None,
            complete=bool(as_number(feature["cc_complete"])),
            statuses={field[prefix:]: (None if is_missing(feature[field]) else str(feature[field]))
                      for field in items}))
        geometries[community_id] = feature.geometry()
    if without_id:
        raise QgsProcessingException(tr(
            "{}: {} communities have no cc_id. Communities are matched by id: check the layer again with an id "
            "field chosen.").format(label, without_id))
    if not records:
        raise QgsProcessingException(tr(
            "{} has no communities: give the community results written by “Check communities” (a filter or an "
            "empty selection leaves none).").format(label))
    return records, geometries
