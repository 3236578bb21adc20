"""The checklist profile parameters: a bundled profile (static strings, so scripts and qgis_process pass the id, e.g.
PROFILE=mohurd-2020) or a local profile file that, when given, is used instead."""

import functools

from qgis.core import QgsProcessingException

from complete_community.core.i18n import interface_is_chinese, tr
from complete_community.core.profiles.loader import DEFAULT_PROFILE, ProfileError, bundled_profiles, load_profile
from complete_community.processing.parameters import static_choice, yaml_file

PROFILE = "PROFILE"
PROFILE_FILE = "PROFILE_FILE"


def add_profile_parameters(algorithm):
    algorithm.addParameter(static_choice(
        PROFILE, tr("Checklist profile"), bundled_profiles(), DEFAULT_PROFILE,
        tr("A bundled profile: mohurd-2020 is the national standard of 2020 (default)."),
        labels=profile_titles(interface_is_chinese())))
    algorithm.addParameter(yaml_file(
        PROFILE_FILE, tr("Local profile file (optional, replaces the choice above)"),
        tr("A YAML profile of your own, usually one that extends a bundled profile and overrides thresholds.")))


@functools.lru_cache(maxsize=2)
def profile_titles(chinese):
    """{profile id: the standard's title} in the interface language (profiles are read once per session)."""
    return {profile_id: load_profile(profile_id).name.get("zh" if chinese else "en")
            for profile_id in bundled_profiles()}


def profile_from_parameters(algorithm, parameters, context):
    path = algorithm.parameterAsFile(parameters, PROFILE_FILE, context)
    name = path or algorithm.parameterAsEnumString(parameters, PROFILE, context) or DEFAULT_PROFILE
    try:
        return load_profile(name)
    except ProfileError as error:
        raise QgsProcessingException(tr("The checklist profile cannot be used:\n{}").format(
            "\n".join(error.problems))) from None
