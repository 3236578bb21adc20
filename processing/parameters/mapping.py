"""The category mapping parameters: a bundled mapping or an own mapping file that, when given, is used instead."""

from qgis.core import QgsProcessingException

from complete_community.core.i18n import interface_is_chinese, tr
from complete_community.core.mapping import MappingError, bundled_mapping_titles, bundled_mappings, load_mapping
from complete_community.processing.parameters import static_choice, yaml_file

MAPPING = "MAPPING"
MAPPING_FILE = "MAPPING_FILE"


def add_mapping_parameters(algorithm, default="cn-keywords"):
    algorithm.addParameter(static_choice(
        MAPPING, tr("Category mapping"), bundled_mappings(), default,
        tr("How raw categories become facility types: amap (Amap type strings and names), cn-keywords (Chinese "
           "names), osm (OpenStreetMap tags), landuse-gb50137 and landuse-2023 (the parcels of a land-use plan by "
           "their GB 50137-2011 or 2023 用地用海 code; residential parcels are never facilities), taxonomy (the type "
           "column already holds codes or standard names)."),
        labels=bundled_mapping_titles(interface_is_chinese())))
    algorithm.addParameter(yaml_file(
        MAPPING_FILE, tr("Own mapping file (optional, replaces the choice above)"),
        tr("A YAML mapping of your own; it may extend a bundled one, whose rules then apply after yours.")))


def mapping_from_parameters(algorithm, parameters, context):
    path = algorithm.parameterAsFile(parameters, MAPPING_FILE, context)
    name = path or algorithm.parameterAsEnumString(parameters, MAPPING, context)
    try:
        return load_mapping(name)
    except MappingError as error:
        raise QgsProcessingException(tr("The category mapping cannot be used:\n{}").format(
            "\n".join(error.problems))) from None


def log_classification(feedback, tally, types, unmapped_heading, listed=15, with_examples=False):
    """The classification's counts in the log: each type (and those excluded by a rule), then the commonest of the
    categories no rule matched under unmapped_heading (a text with {} for their count and {} for the categories)."""
    for code, number in tally.counts.most_common():
        label = types[code].name_zh if code in types else tr("excluded by a rule")
        feedback.pushInfo("  {:>7}  {} {}".format(number, code, label))
    if tally.unmapped:
        feedback.pushWarning(unmapped_heading.format(tally.unmapped_total, len(tally.unmapped)))
        for label, number in tally.unmapped.most_common(listed):
            example = "  ({})".format(tally.examples.get(label, "")) if with_examples else ""
            feedback.pushInfo("  {:>7}  {}{}".format(number, label, example))
