"""The small base class every algorithm of the provider derives from.

It owns what every algorithm does the same way: translation, icon, a help text listing every parameter, reading a
source, creating a sink and adding features to it, and the rule that a failed or cancelled run leaves no output
behind. Cancellation is one exception (core.cancellation.CanceledError) raised anywhere — readers, engines,
stop_if_canceled() — and turned into the one translated message here.
"""

import os
import traceback

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
)
from qgis.PyQt import sip
from qgis.PyQt.QtGui import QIcon

from complete_community.core.cancellation import CanceledError
from complete_community.core.i18n import tr
from complete_community.core.paths import icon_path
from complete_community.core.qgis_compat import fast_insert, optional_parameter_flag, wkb_type

_SIDECARS = (".shx", ".dbf", ".prj", ".cpg", ".qpj", ".sbn", ".sbx", ".qmd")
PROGRESS_EVERY = 100  # features between two progress updates


def canceled_message():
    return tr("Cancelled: no output was written.")


def group_names():
    """The toolbox groups by id (translated when asked, after the plugin installed its translator)."""
    return {"check": tr("Community checks"), "network": tr("Walking network"), "preparation": tr("Data preparation"),
            "standard": tr("Standard")}


class CompleteCommunityAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set GROUP (a key of group_names()) and implement name(), displayName(), summary(),
    initAlgorithm() and process(parameters, context, feedback)."""

    GROUP = None

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def tr(self, message):
        return tr(message)

    def group(self):
        return group_names()[self.GROUP]

    def groupId(self):  # noqa: N802 (QGIS API)
        return self.GROUP

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
        self._iterators = []
        try:
            results = self.process(parameters, context, feedback)
            self.stop_if_canceled(feedback)  # cancelled after the last check: still no output
            self._close_sinks()
            return results
        except CanceledError:
            self._discard_outputs()
            raise QgsProcessingException(canceled_message()) from None
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
        finally:
            # an iterator left open by a cancelled read holds one of the data source's pooled connections, and
            # the next reader of the same file waits for it
            for iterator in self._iterators:
                iterator.close()
            self._iterators = []

    # inputs
    def source(self, parameters, name, context, optional=False):
        """parameterAsSource; QGIS's own message when a required source cannot be read, None for an empty optional."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None and not (optional and not parameters.get(name)):
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def layer_label(self, parameters, name, context):
        """How messages name an input: the layer's name and the parameter it was given as."""
        layer = self.parameterAsVectorLayer(parameters, name, context)
        description = self.parameterDefinition(name).description()
        if layer is None or not layer.name():
            return "“{}”".format(description)
        return "“{}” ({})".format(layer.name(), description)

    def stop_if_canceled(self, feedback):
        if feedback.isCanceled():
            raise CanceledError()

    def features(self, source, feedback):
        """The source's features, moving feedback's progress bar from 0 to 100 when the source can count them, and
        stopping when the run is cancelled."""
        features = _FeaturesWithProgress(source, feedback)
        self._iterators.append(features.iterator)
        return features

    # outputs
    def create_sink(self, parameters, name, context, fields, geometry_type=None, crs=None):
        """(sink, destination id) of an output, remembered (with the file when this run creates it) for clean-up;
        QGIS's own message when the output cannot be created, (None, None) for an optional output not asked for."""
        destination = _destination(parameters.get(name), context)
        path = _plain_file_path(destination)
        if path is not None and not os.path.exists(path):
            self._new_files.append(path)  # only files this run creates are ours to delete
        # CSV tables are opened in Excel and WPS: a byte-order mark tells them the text is UTF-8 (Chinese, not mojibake)
        layer_options = ["WRITE_BOM=YES"] if destination.split("|", 1)[0].lower().endswith(".csv") else []
        sink, dest_id = self.parameterAsSink(
            parameters, name, context, fields,
            geometry_type if geometry_type is not None else wkb_type("NoGeometry"),
            crs if crs is not None else QgsCoordinateReferenceSystem(), layerOptions=layer_options,
        )
        if sink is None:
            if self.parameterDefinition(name).flags() & optional_parameter_flag() and not parameters.get(name):
                return None, None
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        self._sinks.append(sink)
        return sink, dest_id

    def add_feature(self, sink, feature, parameters, name):
        if not sink.addFeature(feature, fast_insert()):
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, name))

    def add_features(self, sink, features, parameters, name):
        """Several features at once (one call into QGIS): for outputs of hundreds of thousands of features."""
        if not sink.addFeatures(features, fast_insert()):
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, name))

    def write_text_output(self, path, text):
        """Write a text file output atomically: readers never see half a file; a run cancelled or failed after this
        still removes it."""
        if not os.path.exists(path):
            self._new_files.append(path)
        partial = path + ".part"
        with open(partial, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(partial, path)

    def _close_sinks(self):
        """Close the outputs now, as QGIS's own algorithms do when their sinks go out of scope, not whenever Python
        collects them: QGIS opens the files next to load them."""
        for sink in self._sinks:
            if not sip.isdeleted(sink):
                sip.delete(sink)
        self._sinks = []

    def _discard_outputs(self):
        self._close_sinks()
        for path in self._new_files:
            stem, _ext = os.path.splitext(path)
            for candidate in [path, path + "-wal", path + "-shm"] + [stem + ext for ext in _SIDECARS]:
                if os.path.exists(candidate):
                    os.remove(candidate)
        self._new_files = []


class _FeaturesWithProgress:
    """An iterator, not a generator: QGIS aborts on an invalid geometry by throwing from inside the feature
    iterator, and that exception passing through a suspended generator frame ended in "SystemError: unknown opcode"
    (seen on QGIS 3.22 / Python 3.11)."""

    def __init__(self, source, feedback):
        self.iterator = source.getFeatures()
        self.feedback = feedback
        expected = source.featureCount()  # -1 for sources that cannot count cheaply (OSM files)
        self.step = 100.0 / expected if expected and expected > 0 else 0.0
        self.index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.index % PROGRESS_EVERY == 0:
            if self.feedback.isCanceled():
                raise CanceledError()
            if self.step:
                self.feedback.setProgress(self.index * self.step)
        try:
            feature = next(self.iterator)
        except StopIteration:
            self.feedback.setProgress(100)
            raise
        self.index += 1
        return feature


def _destination(value, context):
    """The destination text of an output parameter's value, read without parameterAsOutputLayer(): called with the
    dialog's QgsProcessingOutputLayerDefinition, that registers one more layer to load — a 'memory:' layer that is
    never filled, which the dialog then reports as not correctly generated."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        return value.sink.valueAsString(context.expressionContext())[0]
    return str(value) if value is not None else ""


def _plain_file_path(destination):
    """The file of an output destination, or None for memory layers, temporary outputs and provider URIs."""
    if not destination or destination.startswith(("memory:", "TEMPORARY_OUTPUT", "ogr:", "postgres:", "postgis:")):
        return None
    path = destination.split("|", 1)[0]
    return path if os.path.isabs(path) else None
