"""The small base class every algorithm of the provider derives from.

It owns what every algorithm does the same way: translation, icon, a help text listing every parameter, reading a
source, creating a sink and adding features to it, and the rule that a failed or cancelled run leaves no output
behind. Cancellation is one exception (core.cancellation.CanceledError) raised anywhere — readers, engines,
stop_if_canceled() — and turned into the one translated message here.
"""

import math
import os
import re
import traceback
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCsException,
    QgsDataSourceUri,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProperty,
    QgsProviderConnectionException,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtGui import QIcon

from complete_community.core.cancellation import CanceledError
from complete_community.core.i18n import tr
from complete_community.core.paths import icon_path
from complete_community.core.qgis_compat import (
    fast_insert,
    line_geometry_type,
    optional_parameter_flag,
    point_geometry_type,
    polygon_geometry_type,
    source_type,
    wkb_type,
)
from complete_community.processing.parameters.encoding import chosen_encoding
from complete_community.processing.shapefile import RENAMED, fit_values, is_shapefile, shapefile_fields
from complete_community.processing.source_encoding import (
    encoding_hint,
    push_encoding_warning,
    source_in_right_encoding,
)

_SIDECARS = (".shx", ".dbf", ".prj", ".cpg", ".qpj", ".sbn", ".sbx", ".qmd")
PROGRESS_EVERY = 100  # features between two progress updates


def canceled_message():
    return tr("Cancelled: no output was written.")


def group_names():
    """The toolbox groups by id (translated when asked, after the plugin installed its translator)."""
    return {"check": tr("Community checks"), "network": tr("Walking network"), "preparation": tr("Data preparation"),
            "delineation": tr("Drawing communities"),
            "standard": tr("Standard"), "planning": tr("Planning")}


class ParameterChecks:
    """The checks of parameter values every algorithm of the provider makes before it runs — numbers that are not
    numbers, an output that would overwrite an input, an output folder that does not exist — shared with the shipped
    models (processing/models.py), whose own outputs are files too."""

    def tr(self, message):
        return tr(message)

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API: the dialog asks before a run)
        # ours first: QGIS's own answer to a bad number is "Incorrect parameter value for WALK_SPEED"
        problem = self._number_problem(parameters)
        if problem:
            return False, problem
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        problem = self._output_input_problem(parameters, context) or self._output_folder_problem(parameters, context)
        return (False, problem) if problem else (True, "")

    def _number_problem(self, parameters):
        for definition in self.parameterDefinitions():
            if definition.type() not in ("number", "distance"):
                continue
            value = parameters.get(definition.name())
            if value is None or value == "" or isinstance(value, QgsProperty) or _is_null(value):
                continue
            try:
                number = float(value)
            except (TypeError, ValueError):
                return self.tr("“{}”: “{}” is not a number.").format(definition.description(), value)
            if not math.isfinite(number):
                return self.tr("“{}”: “{}” is not a finite number.").format(definition.description(), value)
            low, high = definition.minimum(), definition.maximum()
            if number < low or number > high:
                return self.tr("“{}”: {} is outside the allowed range {} – {}.").format(
                    definition.description(), value, _number_text(low), _number_text(high))
        return None

    def _output_input_problem(self, parameters, context):
        inputs = {}
        for definition in self.parameterDefinitions():
            if definition.isDestination() or not parameters.get(definition.name()):
                continue
            for path in self._input_files(parameters, definition, context):
                inputs.setdefault(os.path.normcase(os.path.realpath(path)), definition)
        for definition in self.destinationParameterDefinitions():
            path = _plain_file_path(_destination(parameters.get(definition.name()), context))
            if path is None:
                continue
            source = inputs.get(os.path.normcase(os.path.realpath(path)))
            if source is not None:
                return self.tr("The output “{}” is the file of the input “{}” ({}): writing it would replace that "
                               "file and every layer in it. Choose another file for the output.").format(
                    definition.description(), source.description(), path)
        return None

    def _output_folder_problem(self, parameters, context):
        """An output file whose folder does not exist or cannot be written to, refused before the run does its work
        (outputs are created once the inputs are read and the work is done)."""
        for definition in self.destinationParameterDefinitions():
            path = _plain_file_path(_destination(parameters.get(definition.name()), context))
            if path is None:
                continue
            folder = os.path.dirname(path)
            if not os.path.isdir(folder):
                return self.tr("The output “{}” cannot be written to {}: the folder {} does not exist. Choose an "
                               "existing folder.").format(definition.description(), path, folder)
            if not os.access(folder, os.W_OK):
                return self.tr("The output “{}” cannot be written to {}: the folder {} is read-only. Choose another "
                               "folder.").format(definition.description(), path, folder)
        return None

    def _input_files(self, parameters, definition, context):
        """The files an input parameter reads (a layer's data source file, a profile or mapping file, the files or
        layers of a list)."""
        if definition.type() == "file":
            return [self.parameterAsFile(parameters, definition.name(), context)]
        if definition.type() == "multilayer":
            paths = [path.split("|", 1)[0] for path in self.parameterAsFileList(parameters, definition.name(), context)]
            return [path for path in paths if os.path.isfile(path)]
        if definition.type() not in ("source", "vector", "layer"):
            return []
        layer = self.parameterAsVectorLayer(parameters, definition.name(), context)
        if layer is None:
            return []
        path = layer.source().split("|", 1)[0]
        return [path] if os.path.isfile(path) else []


class CompleteCommunityAlgorithm(ParameterChecks, QgsProcessingAlgorithm):
    """Subclasses set GROUP (a key of group_names()) and implement name(), displayName(), summary(),
    initAlgorithm() and process(parameters, context, feedback)."""

    GROUP = None

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

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

    def parameter_problem(self, parameters, context):
        """What makes these parameters unusable, as one translated message, or None: a number that is not one (QGIS
        lets an optional number parameter take any text and then uses its default), an output that would overwrite
        an input, or an output whose folder does not exist. Checked again when the run starts, before anything is
        written."""
        return (self._number_problem(parameters) or self._output_input_problem(parameters, context)
                or self._output_folder_problem(parameters, context))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        self._sinks = []
        self._new_files = []
        self._new_tables = []
        self._iterators = []
        self._shapefiles = {}  # id(sink) → [output description, {short: full name}, texts cut]
        try:
            problem = self.parameter_problem(parameters, context)
            if problem:
                raise QgsProcessingException(problem)
            results = self.process(parameters, context, feedback)
            self.stop_if_canceled(feedback)  # cancelled after the last check: still no output
            self._close_sinks()
            self._report_shapefiles(feedback)
            return results
        except CanceledError:
            self._discard_outputs()
            raise QgsProcessingException(canceled_message()) from None
        except QgsProcessingException:
            self._discard_outputs()
            raise
        except QgsCsException as error:  # a coordinate outside what the CRS can hold, met while transforming
            self._discard_outputs()
            raise QgsProcessingException(self.tr(
                "Coordinates cannot be transformed into the CRS the check measures in ({}). A layer holds coordinates "
                "outside the range of its CRS: check each input's CRS (Layer Properties ▸ Source) and its extent."
            ).format(error)) from None
        except OSError as error:  # a file output that cannot be written (read-only folder, full disk …)
            self._discard_outputs()
            raise QgsProcessingException(self.tr("Could not write {}: {}. Choose another folder or file.").format(
                error.filename or self.tr("an output file"), error.strerror or error)) from None
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
        """parameterAsSource; QGIS's own message when a required source cannot be read, None for an empty optional.
        A file read with the wrong encoding (a GBK shapefile without .cpg) is read again in the right one here, or in
        the one chosen with SOURCE_ENCODING (processing/source_encoding.py): features() logs it; where it cannot be
        read again, features() warns and encoding_hint() adds it to a message about the fields."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None and not (optional and not parameters.get(name)):
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        if source is not None:
            self._check_geometry_type(source, parameters, name, context)
            source = source_in_right_encoding(self, parameters, name, context, source,
                                              chosen_encoding(self, parameters, context))
        return source

    def _check_geometry_type(self, source, parameters, name, context):
        """A layer of the wrong kind (points given as communities, polygons as the network) is refused by name: the
        dialog only offers layers of the right kind, scripts and models can pass any."""
        types = {int(t) for t in self.parameterDefinition(name).dataTypes()}
        wanted = {_GEOMETRY_OF_SOURCE_TYPE.get(t) for t in types}
        has = QgsWkbTypes.geometryType(source.wkbType())
        if types and int(source_type("Vector")) not in types and source.wkbType() == wkb_type("NoGeometry"):
            raise QgsProcessingException(self.tr(
                "{} has no geometry (a table); it must hold points, lines or polygons. Choose a layer with "
                "geometry.").format(self.layer_label(parameters, name, context)))
        if not wanted or None in wanted:
            return  # any geometry, or a table
        if int(has) in {int(t) for t in wanted}:
            return
        names = geometry_names()
        raise QgsProcessingException(self.tr("{} holds {}; it must hold {}. Choose a layer of {}.").format(
            self.layer_label(parameters, name, context), names.get(int(has), self.tr("no geometry")),
            self.tr(" or ").join(names[int(t)] for t in wanted), self.tr(" or ").join(names[int(t)] for t in wanted)))

    def encoding_hint(self, source):
        """' The field names … look like GBK text read with another encoding …' when source()'s names did, else ''."""
        return encoding_hint(source)

    def parameter_layer(self, parameters, name, context):
        """The vector layer behind a source parameter, also when it is given as “selected features only”; None for
        a value that is no layer."""
        layer = self.parameterAsVectorLayer(parameters, name, context)
        value = parameters.get(name)
        if layer is None and isinstance(value, QgsProcessingFeatureSourceDefinition):
            found = QgsProcessingUtils.mapLayerFromString(str(value.source.staticValue()), context)
            layer = found if isinstance(found, QgsVectorLayer) else None
        return layer

    def layer_label(self, parameters, name, context):
        """How messages name an input: the layer's name and the parameter it was given as."""
        layer = self.parameter_layer(parameters, name, context)
        description = self.parameterDefinition(name).description()
        if layer is None or not layer.name():
            return "“{}”".format(description)
        # a layer given by path is named after its file: the GeoPackage layer's own name says more
        inner = re.search(r"\|layername=([^|]+)", layer.source())
        name_shown = inner.group(1) if inner and layer.name() == Path(layer.source().split("|")[0]).stem \
            else layer.name()
        return "“{}” ({})".format(name_shown, description)

    def stop_if_canceled(self, feedback):
        if feedback.isCanceled():
            raise CanceledError()

    def features(self, source, feedback, attributes=None):
        """The source's features, moving feedback's progress bar from 0 to 100 when the source can count them, and
        stopping when the run is cancelled. Warns first when the source's field names looked garbled. attributes:
        the only field names read (the others stay empty: a layer of 30 fields is read several times faster)."""
        push_encoding_warning(source, feedback)
        request = QgsFeatureRequest()
        if attributes is not None:
            request.setSubsetOfAttributes([name for name in attributes if name], source.fields())
        features = _FeaturesWithProgress(source, feedback, request)
        self._iterators.append(features.iterator)
        return features

    # outputs
    def create_sink(self, parameters, name, context, fields, geometry_type=None, crs=None, headers=None):
        """(sink, destination id) of an output, remembered (with the file when this run creates it, or the PostgreSQL
        table, which it replaces) for clean-up; QGIS's own message when the output cannot be created (for a table,
        one naming it, without the connection's password), (None, None) for an optional output not asked for.
        headers ({field: column title}): the column titles of a CSV file, which people open in Excel or WPS."""
        destination = _destination(parameters.get(name), context)
        path = _plain_file_path(destination)
        if path is not None and not os.path.exists(path):
            self._new_files.append(path)  # only files this run creates are ours to delete
        layer_options = []
        if destination.split("|", 1)[0].lower().endswith(".csv"):
            # a byte-order mark tells Excel and WPS the text is UTF-8 (Chinese, not mojibake)
            layer_options = ["WRITE_BOM=YES"]
            fields = titled_fields(fields, headers or {})
        renamed = {}
        if is_shapefile(destination):
            fields, renamed = shapefile_fields(fields)
        table = _database_table(destination)
        try:
            sink, dest_id = self.parameterAsSink(
                parameters, name, context, fields,
                geometry_type if geometry_type is not None else wkb_type("NoGeometry"),
                crs if crs is not None else QgsCoordinateReferenceSystem(),
                createOptions={"fileEncoding": "UTF-8"},  # outputs are UTF-8, whatever the system's encoding
                layerOptions=layer_options,
            )
        except QgsProcessingException as error:
            if table is None:
                raise
            # QGIS's message repeats the destination, password included: name the table instead
            detail = str(error).split(destination, 1)[-1].lstrip(": ")
            if table.password():
                detail = detail.replace(table.password(), "…")
            raise QgsProcessingException(self.tr("Could not create the table {} for the output “{}”: {}").format(
                table.quotedTablename(), self.parameterDefinition(name).description(), detail)) from None
        if sink is not None and table is not None:
            self._new_tables.append(table)  # created (an earlier run's table replaced) by this run: ours to drop
        if sink is None:
            if self.parameterDefinition(name).flags() & optional_parameter_flag() and not parameters.get(name):
                return None, None
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        self._sinks.append(sink)
        if is_shapefile(destination):
            self._shapefiles[id(sink)] = [self.parameterDefinition(name).description(), renamed, 0]
            if path is not None:
                RENAMED[os.path.normcase(os.path.realpath(path))] = renamed
        return sink, dest_id

    def add_feature(self, sink, feature, parameters, name):
        self.add_features(sink, [feature], parameters, name)

    def add_features(self, sink, features, parameters, name):
        """Features written in one call into QGIS (for outputs of hundreds of thousands of features); in a shapefile,
        texts longer than its 254 bytes are shortened at a character boundary and counted for the warning."""
        shapefile = self._shapefiles.get(id(sink))
        if shapefile is not None:
            for feature in features:
                attributes, cut = fit_values(feature.attributes())
                if cut:
                    feature.setAttributes(attributes)
                    shapefile[2] += cut
        if not sink.addFeatures(features, fast_insert()):
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, name))

    def write_text_output(self, path, text):
        """Write a text file output atomically: readers never see half a file; a run cancelled or failed after this
        still removes it."""
        if not os.path.exists(path):
            self._new_files.append(path)
        partial = path + ".part"
        try:
            with open(partial, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(partial, path)
        except OSError as error:  # named as the user named it, not as the partial file
            raise OSError(error.errno, error.strerror, path) from None

    def _report_shapefiles(self, feedback):
        for description, renamed, cut in self._shapefiles.values():
            if renamed:
                feedback.pushWarning(self.tr(
                    "“{}” is a shapefile, whose field names hold at most 10 bytes: {}. QGIS shows the full names as "
                    "aliases when it loads the file; a GeoPackage keeps them.").format(
                    description, ", ".join("{} → {}".format(full, short) for short, full in renamed.items())))
            if cut:
                feedback.pushWarning(self.tr(
                    "“{}” is a shapefile, whose texts hold at most 254 bytes: {} values were shortened (ending in "
                    "…). A GeoPackage keeps them whole.").format(description, cut))
        self._shapefiles = {}

    def _close_sinks(self):
        """Close the outputs now, as QGIS's own algorithms do when their sinks go out of scope, not whenever Python
        collects them: QGIS opens the files next to load them."""
        for sink in self._sinks:
            if not sip.isdeleted(sink):
                sip.delete(sink)
        self._sinks = []

    def _discard_outputs(self):
        self._close_sinks()
        for table in self._new_tables:
            try:
                connection = QgsProviderRegistry.instance().providerMetadata("postgres").createConnection(
                    table.connectionInfo(False), {})
                connection.dropVectorTable(table.schema(), table.table())
            except QgsProviderConnectionException:
                pass  # best effort, as for files: the run's own error is the message
        self._new_tables = []
        remove_files(self._new_files)
        self._new_files = []


def remove_files(paths):
    """Remove output files a failed run created, with their sidecars (a shapefile's, a GeoPackage's journal)."""
    for path in paths:
        stem, _ext = os.path.splitext(path)
        for candidate in [path, path + "-wal", path + "-shm"] + [stem + ext for ext in _SIDECARS]:
            if os.path.exists(candidate):
                os.remove(candidate)


def new_output_files(algorithm, parameters, context):
    """The files of an algorithm's outputs that do not exist yet (what a failed run must not leave behind)."""
    paths = []
    for definition in algorithm.destinationParameterDefinitions():
        path = _plain_file_path(_destination(parameters.get(definition.name()), context))
        if path is not None and not os.path.exists(path):
            paths.append(path)
    return paths


def geometry_names():
    """What people call the kinds of geometry, by QgsWkbTypes.GeometryType value."""
    return {int(point_geometry_type()): tr("points"), int(line_geometry_type()): tr("lines"),
            int(polygon_geometry_type()): tr("polygons")}


# Processing source types (as int) → the geometry type they hold; None: any geometry or a table
_GEOMETRY_OF_SOURCE_TYPE = {
    int(source_type("VectorPoint")): point_geometry_type(),
    int(source_type("VectorLine")): line_geometry_type(),
    int(source_type("VectorPolygon")): polygon_geometry_type(),
}


def _is_null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def _number_text(value):
    return "{:g}".format(value) if abs(value) < 1e15 else ("∞" if value > 0 else "−∞")


class _FeaturesWithProgress:
    """An iterator, not a generator: QGIS aborts on an invalid geometry by throwing from inside the feature
    iterator, and that exception passing through a suspended generator frame ended in "SystemError: unknown opcode"
    (seen on QGIS 3.22 / Python 3.11)."""

    def __init__(self, source, feedback, request):
        self.iterator = source.getFeatures(request)
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


def _database_table(destination):
    """The PostgreSQL table (a QgsDataSourceUri) of an output destination — 'postgres://…' as the dialog writes
    it, or 'postgis:…' — or None for any other destination."""
    for prefix in ("postgres://", "postgis:", "postgres:"):
        if destination.startswith(prefix):
            uri = QgsDataSourceUri(destination[len(prefix):])
            return uri if uri.table() else None
    return None


def _plain_file_path(destination):
    """The file of an output destination, or None for memory layers, temporary outputs and provider URIs."""
    if not destination or destination.startswith(("memory:", "TEMPORARY_OUTPUT", "ogr:", "postgres:", "postgis:")):
        return None
    path = destination.split("|", 1)[0]
    return path if os.path.isabs(path) else None


def titled_fields(fields, headers):
    """A copy of fields named by their titles (features are written by position, so the values stay in place); a
    title that two fields share keeps the field's name on the second."""
    titled, used = QgsFields(), set()
    for field in fields:
        copy = QgsField(field)
        title = headers.get(field.name()) or field.name()
        copy.setName(title if title not in used else field.name())
        used.add(copy.name())
        titled.append(copy)
    return titled
