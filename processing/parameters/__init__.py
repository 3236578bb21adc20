"""Parameter groups that several algorithms share, each declared once with its name constants and the function that
reads it back: the checklist profile, the category mapping and the walking network."""

from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterFile, QgsProcessingParameterNumber

from complete_community.core.i18n import tr
from complete_community.core.qgis_compat import advanced_parameter_flag, double_number


def static_choice(name, description, options, default, help_text):
    """An enum parameter whose value is the option text (so scripts pass ids, not positions)."""
    parameter = QgsProcessingParameterEnum(name, description, options=options, defaultValue=default)
    parameter.setUsesStaticStrings(True)
    parameter.setHelp(help_text)
    return parameter


def yaml_file(name, description, help_text):
    parameter = QgsProcessingParameterFile(name, description, optional=True)
    parameter.setFileFilter(tr("YAML files (*.yaml *.yml)"))
    parameter.setHelp(help_text)
    return parameter


def advanced(parameter):
    """The parameter, shown under the dialog's Advanced Parameters."""
    parameter.setFlags(parameter.flags() | advanced_parameter_flag())
    return parameter


def distance_parameter(name, description, default, help_text, minimum=0.0):
    """A number of metres (or another double) with a default and a help text."""
    parameter = QgsProcessingParameterNumber(name, description, type=double_number(), defaultValue=default,
                                             minValue=minimum)
    parameter.setHelp(help_text)
    return parameter
