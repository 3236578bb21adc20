"""Small base class every algorithm of the provider derives from."""

import os
import traceback

from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt import sip
from qgis.PyQt.QtGui import QIcon

from complete_community.core.i18n import tr
from complete_community.core.paths import icon_path
from complete_community.core.qgis_compat import wkb_type

_SIDECARS = (".shx", ".dbf", ".prj", ".cpg", ".qpj", ".sbn", ".sbx", ".qmd")


class CompleteCommunityAlgorithm(QgsProcessingAlgorithm):
    """Shared plumbing: instance creation, translation, icon, a help text that lists every parameter, and outputs
    that a failed or cancelled run never leaves half-written.

    Subclasses implement summary() and process(parameters, context, feedback), creating sinks with create_sink().
    """

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def tr(self, message):
        return tr(message)

    def icon(self):
        return QIcon(self.svgIconPath())

    def svgIconPath(self):  # noqa: N802 (QGIS API)
        return icon_path("complete_community")

    def summary(self) -> str:
        """One paragraph on what the algorithm does and when to use it (translated)."""
        raise NotImplementedError

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        lines = [self.summary()]
        documented = [p for p in self.parameterDefinitions() if p.help()]
        if documented:
            lines.append("")
            for parameter in documented:
                lines.append("<b>{}</b>: {}".format(parameter.description(), parameter.help()))
        return "<br>".join(lines)

    def process(self, parameters, context, feedback):
        raise NotImplementedError

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        self._sinks = []
        self._new_files = []
        try:
            return self.process(parameters, context, feedback)
        except QgsProcessingException:
            self._discard_outputs()
            raise
        except Exception as error:  # a bug: clean up, keep the details in the log, give a readable message
            self._discard_outputs()
            feedback.pushDebugInfo(traceback.format_exc())
            raise QgsProcessingException(
                self.tr("Unexpected error ({}): {}. Nothing was written. Please report it with the log.").format(
                    type(error).__name__, error)
            ) from None

    # outputs
    def create_sink(self, parameters, name, context, fields, geometry_type=None, crs=None):
        """parameterAsSink that remembers the sink, and the file when this run creates it, for clean-up."""
        path = _plain_file_path(self.parameterAsOutputLayer(parameters, name, context))
        if path is not None and not os.path.exists(path):
            self._new_files.append(path)  # only files this run creates are ours to delete
        sink, dest_id = self.parameterAsSink(
            parameters, name, context, fields,
            geometry_type if geometry_type is not None else wkb_type("NoGeometry"),
            crs if crs is not None else QgsCoordinateReferenceSystem(),
        )
        if sink is not None:
            self._sinks.append(sink)
        return sink, dest_id

    def write_text_output(self, path, text):
        """Write a text file output atomically: readers never see half a file."""
        partial = path + ".part"
        with open(partial, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(partial, path)

    def stop_if_canceled(self, feedback):
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled: no output was written."))

    def _discard_outputs(self):
        for sink in self._sinks:  # deleting the C++ sink closes its file
            if not sip.isdeleted(sink):
                sip.delete(sink)
        self._sinks = []
        for path in self._new_files:
            stem, _ext = os.path.splitext(path)
            for candidate in [path, path + "-wal", path + "-shm"] + [stem + ext for ext in _SIDECARS]:
                if os.path.exists(candidate):
                    os.remove(candidate)
        self._new_files = []


def _plain_file_path(destination):
    """The file of an output destination, or None for memory layers, temporary outputs and provider URIs."""
    if not destination or destination.startswith(("memory:", "TEMPORARY_OUTPUT", "ogr:", "postgres:", "postgis:")):
        return None
    path = destination.split("|", 1)[0]
    return path if os.path.isabs(path) else None
