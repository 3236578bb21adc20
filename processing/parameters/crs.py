"""The working CRS parameter shared by every algorithm that measures (check, network QA, walking service areas): empty,
the algorithm chooses (core/crs.py, logged by processing/frame.py); given, every distance and area is measured in
it."""

from qgis.core import QgsProcessingException, QgsProcessingParameterCrs

from complete_community.core.crs import is_metric_projected
from complete_community.core.i18n import tr
from complete_community.processing.parameters import advanced

WORKING_CRS = "WORKING_CRS"


def add_working_crs_parameter(algorithm):
    parameter = QgsProcessingParameterCrs(WORKING_CRS, tr("CRS to measure in (optional)"), optional=True)
    parameter.setHelp(tr(
        "Empty (default): the main layer's own CRS when it is projected in metres; for longitudes and latitudes in "
        "China the CGCS2000 3-degree Gauss–Krüger zone of the data (EPSG:4534–4554), elsewhere its UTM zone. "
        "Choose a projected CRS in metres to measure in it instead (e.g. your city's local CRS)."))
    algorithm.addParameter(advanced(parameter))


def working_crs_from_parameters(algorithm, parameters, context):
    """The CRS chosen for the run, or None to let the frame choose; a CRS that is not projected in metres is
    refused."""
    if not parameters.get(WORKING_CRS):
        return None
    crs = algorithm.parameterAsCrs(parameters, WORKING_CRS, context)
    if not crs.isValid():
        return None
    if not is_metric_projected(crs):
        raise QgsProcessingException(tr(
            "“{}”: {} ({}) is not a projected CRS in metres, so distances and areas cannot be measured in it. Choose "
            "a projected CRS in metres (e.g. a CGCS2000 3-degree Gauss–Krüger zone, EPSG:4534–4554, or a UTM zone), "
            "or leave it empty.").format(algorithm.parameterDefinition(WORKING_CRS).description(), crs.authid(),
                                         crs.description()))
    return crs
