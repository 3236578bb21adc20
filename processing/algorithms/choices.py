"""Parameters shared by several algorithms: which checklist profile and which category mapping to use.

Each is a choice of the bundled ones (static strings, so scripts and qgis_process pass the id, e.g.
PROFILE=mohurd-2020) plus an optional file that, when given, is used instead.
"""

from qgis.core import QgsProcessingException, QgsProcessingParameterEnum, QgsProcessingParameterFile

from complete_community.core.i18n import tr
from complete_community.core.mapping import MappingError, bundled_mappings, load_mapping
from complete_community.core.profiles.loader import DEFAULT_PROFILE, ProfileError, bundled_profiles, load_profile


def _choice(name, description, options, default, help_text):
    parameter = QgsProcessingParameterEnum(name, description, options=options, defaultValue=default)
    parameter.setUsesStaticStrings(True)
    parameter.setHelp(help_text)
    return parameter


def _file(name, description, help_text):
    parameter = QgsProcessingParameterFile(name, description, optional=True)
    parameter.setFileFilter(tr("YAML files (*.yaml *.yml)"))
    parameter.setHelp(help_text)
    return parameter


def add_profile_parameters(algorithm):
    algorithm.addParameter(_choice(
        "PROFILE", tr("Checklist profile"), bundled_profiles(), DEFAULT_PROFILE,
        tr("A bundled profile: mohurd-2020 is the national standard of 2020 (default).")))
    algorithm.addParameter(_file(
        "PROFILE_FILE", tr("Local profile file (optional, replaces the choice above)"),
        tr("A YAML profile of your own, usually one that extends a bundled profile and overrides thresholds.")))


def profile_from_parameters(algorithm, parameters, context):
    path = algorithm.parameterAsFile(parameters, "PROFILE_FILE", context)
    name = path or algorithm.parameterAsEnumString(parameters, "PROFILE", context) or DEFAULT_PROFILE
    try:
        return load_profile(name)
    except ProfileError as error:
        raise QgsProcessingException(tr("The checklist profile cannot be used:\n{}").format(
            "\n".join(error.problems))) from None


def add_mapping_parameters(algorithm, default="cn-keywords"):
    algorithm.addParameter(_choice(
        "MAPPING", tr("Category mapping"), bundled_mappings(), default,
        tr("How raw categories become facility types: amap (Amap type strings and names), cn-keywords (Chinese "
           "names), osm (OpenStreetMap tags), taxonomy (the type column already holds codes or standard names).")))
    algorithm.addParameter(_file(
        "MAPPING_FILE", tr("Own mapping file (optional, replaces the choice above)"),
        tr("A YAML mapping of your own; it may extend a bundled one, whose rules then apply after yours.")))


def mapping_from_parameters(algorithm, parameters, context):
    path = algorithm.parameterAsFile(parameters, "MAPPING_FILE", context)
    name = path or algorithm.parameterAsEnumString(parameters, "MAPPING", context)
    try:
        return load_mapping(name)
    except MappingError as error:
        raise QgsProcessingException(tr("The category mapping cannot be used:\n{}").format(
            "\n".join(error.problems))) from None
