"""The encoding parameter of the algorithms that read attributes from files: how a shapefile without a .cpg file is
decoded. auto (default): as QGIS reads it, read again in GBK or UTF-8 when its field names or texts look garbled
(processing/source_encoding.py); an encoding: every shapefile input without a .cpg file is read in it."""

from complete_community.core.i18n import tr
from complete_community.processing.parameters import advanced, static_choice

SOURCE_ENCODING = "SOURCE_ENCODING"
AUTO = "auto"
ENCODINGS = (AUTO, "GBK", "GB18030", "UTF-8", "Big5")


def add_encoding_parameter(algorithm):
    algorithm.addParameter(advanced(static_choice(
        SOURCE_ENCODING, tr("Encoding of shapefiles without a .cpg file"), list(ENCODINGS), AUTO,
        tr("auto (default): a shapefile whose field names or texts look garbled (GBK read as another encoding) is "
           "read again in the encoding they are in, as the log says. Choose an encoding to read every shapefile "
           "input without a .cpg file in it. A layer of the project whose Data source encoding you set (Layer "
           "Properties ▸ Source) reads right and is left as it is. Outputs are always UTF-8."),
        labels={AUTO: tr("Detect (GBK or UTF-8)")}, optional=True)))


def chosen_encoding(algorithm, parameters, context):
    """The encoding chosen for shapefiles without .cpg, or None for auto (or an algorithm without the parameter)."""
    if algorithm.parameterDefinition(SOURCE_ENCODING) is None:
        return None
    chosen = algorithm.parameterAsEnumString(parameters, SOURCE_ENCODING, context)
    return None if not chosen or chosen == AUTO else chosen
