"""Parameter groups that several algorithms share, each declared once with its name constants and the function that
reads it back: the checklist profile, the category mapping and the walking network."""

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from complete_community.core.i18n import tr
from complete_community.core.qgis_compat import advanced_parameter_flag, double_number, field_data_type

WIDGETS = "complete_community.ui.parameter_widgets."


def with_widget(parameter, wrapper, **options):
    """The parameter, drawn in the Processing dialogs (standard, batch, modeler) by one of ui/parameter_widgets.py's
    wrappers; named by its path, so nothing here imports widgets and headless runs never load them."""
    metadata = parameter.metadata()
    metadata["widget_wrapper"] = dict(options, **{"class": WIDGETS + wrapper})
    parameter.setMetadata(metadata)
    return parameter


def static_choice(name, description, options, default, help_text, labels=None, optional=False):
    """An enum parameter whose value is the option text (so scripts pass ids, not positions); with labels
    ({option: text}), the dialogs show the text instead of the id. optional: for a parameter added after models
    were saved without it — they keep running, at the default."""
    parameter = QgsProcessingParameterEnum(name, description, options=options, defaultValue=default,
                                           optional=optional)
    parameter.setUsesStaticStrings(True)
    parameter.setHelp(help_text)
    if labels:
        with_widget(parameter, "LabelledChoiceWrapper", labels={option: labels.get(option, option)
                                                               for option in options})
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


def detected_field(name, description, parent, common_names):
    """An optional field of the parent layer that, left empty, is the first of common_names present in the layer; the
    dialogs preselect that field as soon as the layer is chosen, so the choice is seen (and corrected) before the
    run."""
    parameter = QgsProcessingParameterField(name, description, parentLayerParameterName=parent,
                                            type=field_data_type("Any"), optional=True)
    parameter.setHelp(tr("Empty: the first of {} found in the layer.").format(", ".join(common_names)))
    return with_widget(parameter, "DetectedFieldWrapper", candidates=list(common_names))
