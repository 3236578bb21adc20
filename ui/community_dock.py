"""The checklist inspector dock: set up the check (profile, layers, fields, options), run it as a background task
through the Processing algorithm completecommunity:checkcommunities (no second code path: its outputs are loaded and
styled by the algorithm's own post-processors), and review the results — a sortable, filterable community list, the
selected community's checklist by aspect, selection kept in step with the map, a filter by item, the walking route to
an item's nearest qualifying facility, surveyed answers edited in the community layer (the community's verdicts
checked again at once), and everything remembered in the project so that reopening it restores set-up and
results."""

from qgis.core import (
    NULL,
    QgsApplication,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget, QgsFileWidget, QgsHighlight, QgsRubberBand
from qgis.PyQt.QtCore import QItemSelection, QItemSelectionModel, QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap, QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import QComboBox, QHeaderView, QTreeWidgetItem, QWidget

from complete_community.core.check.checklist import checklist, combined_filter, item_filter
from complete_community.core.check.fields import (
    COMMUNITY_FIELDS,
    FACILITY_FIELDS,
    RESIDENT_FIELDS,
    is_result_field,
    item_field_name,
)
from complete_community.core.check.model import PRESENCE, STRICT
from complete_community.core.check.recheck import (
    NO,
    UNKNOWN_ANSWER,
    YES,
    current_answer,
    items_reading,
    recheck_community,
    survey_questions,
    value_for_answer,
)
from complete_community.core.i18n import interface_is_chinese, tr
from complete_community.core.mapping import MappingError, bundled_mapping_titles, load_mapping
from complete_community.core.network.distances import NetworkDistances
from complete_community.core.network.route import walking_route
from complete_community.core.profiles.loader import DEFAULT_PROFILE, ProfileError, bundled_profiles, load_profile
from complete_community.core.qgis_compat import enum_value, line_geometry_type, polygon_geometry_type
from complete_community.core.values import find_field
from complete_community.processing.algorithms.check_communities import CheckCommunitiesAlgorithm as Check
from complete_community.processing.check_outputs import community_fields, community_values, item_fields, item_rows
from complete_community.processing.parameters.mapping import MAPPING, MAPPING_FILE
from complete_community.processing.parameters.network import NETWORK
from complete_community.processing.parameters.profile import PROFILE, PROFILE_FILE, profile_titles
from complete_community.ui.dock_data import CheckData, network_options
from complete_community.ui.gui_utils import load_ui_class

DOCK_OBJECT_NAME = "CompleteCommunityInspectorDock"
ALGORITHM_ID = "completecommunity:checkcommunities"
SCOPE = "complete_community"  # the project's entries: setup/…, results/…
FID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_COLOURS = {"pass": "#2e9d4a", "fail": "#d7301f", "unknown": "#f29e1f", "not_applicable": "#9e9e9e"}
DETAIL_COLUMNS = (3, 4, 5)  # reason, nearest facility, confidence: shown below the tree for the chosen item
ROUTE_COLOUR = "#1f5fd6"
RESULT_TABLES = {Check.OUTPUT: "community_results", Check.OUTPUT_ITEMS: "item_results"}

# field combo → (its layer combo, the common names the check recognises, the algorithm's parameter)
FIELD_COMBOS = {
    "id_field": ("community_layer", COMMUNITY_FIELDS["id"], "ID_FIELD"),
    "name_field": ("community_layer", COMMUNITY_FIELDS["name"], "NAME_FIELD"),
    "population_field": ("community_layer", COMMUNITY_FIELDS["population"], "POPULATION_FIELD"),
    "households_field": ("community_layer", COMMUNITY_FIELDS["households"], "HOUSEHOLDS_FIELD"),
    "status_field": ("community_layer", COMMUNITY_FIELDS["status"], "STATUS_FIELD"),
    "type_field": ("facility_layer", FACILITY_FIELDS["type"], "FACILITY_TYPE_FIELD"),
    "facility_name_field": ("facility_layer", FACILITY_FIELDS["name"], "FACILITY_NAME_FIELD"),
    "residents_population_field": ("residents_layer", RESIDENT_FIELDS["population"], "RESIDENTS_POPULATION_FIELD"),
}
LAYER_COMBOS = {  # layer combo → (the layer filter, optional)
    "community_layer": (("PolygonLayer",), False),
    "facility_layer": (("PointLayer", "PolygonLayer"), False),
    "network_layer": (("LineLayer",), True),
    "residents_layer": (("PointLayer", "PolygonLayer"), True),
}

FORM_CLASS = load_ui_class("community_dock")
_ORPHANED_RUNS = []  # runs cancelled by an unload: QGIS's task still refers to their context and feedback


def _layer_filter(names):
    value = None
    for name in names:
        member = enum_value("Qgis.LayerFilter." + name, "QgsMapLayerProxyModel.Filter." + name)
        value = member if value is None else value | member
    return value


def status_text(status):
    return {"pass": tr("pass"), "fail": tr("fail"), "unknown": tr("unknown"),
            "not_applicable": tr("not applicable")}.get(status, status)


def answer_text(answer):
    return {YES: tr("yes"), NO: tr("no"), UNKNOWN_ANSWER: tr("unknown")}.get(answer, answer)


def status_icon(status, _cache={}):  # noqa: B006 (a cache of painted icons)
    if status not in _cache:
        pixmap = QPixmap(12, 12)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QBrush(QColor(STATUS_COLOURS.get(status, "#607d8b"))))
        painter.setPen(QColor(0, 0, 0, 0))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _cache[status] = QIcon(pixmap)
    return _cache[status]


def attributes_only():
    return QgsFeatureRequest().setFlags(
        enum_value("Qgis.FeatureRequestFlag.NoGeometry", "QgsFeatureRequest.Flag.NoGeometry"))


def _value(feature, name):
    index = feature.fields().lookupField(name)
    if index < 0:
        return None
    value = feature.attributes()[index]
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


class RunFeedback(QgsProcessingFeedback):
    """The run's feedback: keeps the errors the algorithm reports, to show the last one in the dock."""

    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.errors.append(error)
        super().reportError(error, fatalError)


def load_results(context, feedback, results, project):
    """What the Processing dialog does after a run: the outputs QGIS should load are added to the project and their
    post-processors (our styles, names, the plugin's group) applied. {output name: layer}."""
    names = {str(results.get(name)): name for name in RESULT_TABLES if results.get(name)}
    loaded = {}
    for layer_id, details in context.layersToLoadOnCompletion().items():
        layer = QgsProcessingUtils.mapLayerFromString(layer_id, context)
        if layer is None:
            continue
        taken = context.temporaryLayerStore().takeMapLayer(layer)
        if details.name:
            layer.setName(details.name)
        (details.project or project).addMapLayer(taken or layer)
        processor = details.postProcessor()
        if processor is not None:
            processor.postProcessLayer(layer, context, feedback)
        loaded[names.get(layer_id)] = layer
    context.setLayersToLoadOnCompletion({})
    return loaded


def result_files(path):
    """{output: GeoPackage file} of the results GeoPackage the user named ({output: None}: temporary layers). The
    item table goes to a file of its own beside it: a GeoPackage whose layers QGIS has open more than once cannot
    be filtered (QGIS 3.22 with GDAL 3.6 reports "unable to open database file" for the subset query)."""
    path = (path or "").strip()
    if not path:
        return {name: None for name in RESULT_TABLES}
    if not path.lower().endswith(".gpkg"):
        path += ".gpkg"
    return {Check.OUTPUT: path, Check.OUTPUT_ITEMS: path[:-len(".gpkg")] + "_items.gpkg"}


class CommunityFilterProxy(QSortFilterProxyModel):
    """The community list filtered by the search text (name) and, with a filter by item, by the communities kept."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.allowed = None
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_allowed(self, fids):
        self.allowed = None if fids is None else set(fids)
        self.invalidateFilter()

    def filterAcceptsRow(self, row, parent):  # noqa: N802 (Qt API)
        if self.allowed is not None:
            fid = self.sourceModel().index(row, 0, parent).data(FID_ROLE)
            if fid not in self.allowed:
                return False
        return super().filterAcceptsRow(row, parent)


class CommunityDockContent(QWidget, FORM_CLASS):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)


class CommunityDock(QgsDockWidget):
    def __init__(self, iface=None, parent=None):
        super().__init__(tr("Complete Community Check"), parent)
        self.setObjectName(DOCK_OBJECT_NAME)
        self.iface = iface
        self.form = CommunityDockContent(self)
        self.setWidget(self.form)
        self.task = None
        self._run = None  # (algorithm, context, feedback, parameters) kept alive while the task runs
        self._restoring = False
        self._syncing = False
        self._missing_fields = {}  # field combo → the remembered field its layer no longer has
        self.community_layer = None
        self.items_layer = None
        self.profile = None
        self._rows = {}  # community id → its item rows (dicts)
        self._fid_of_row = {}
        self._row_of_fid = {}
        self._community_of_fid = {}
        self._original_subset = None
        self._item_fids = {}  # (community id, item id) → the item table's feature id
        self._current_fid = None  # the community whose checklist is shown
        self._data = None  # CheckData of the set-up: the inputs a re-check and a route read
        self._watched_input = None  # the community layer whose survey edits are followed
        self._rechecking = False
        self._route_marks = []  # the route's rubber band and the facility's highlight on the canvas
        self.route = None  # (Route, its QgsGeometry, the CRS it is in, the facility's feature) of the drawn route
        self._setup_form()
        self._setup_results()
        self.form.run_button.clicked.connect(self.run)
        self.form.cancel_button.clicked.connect(self.cancel)

    # set-up
    def _setup_form(self):
        form = self.form
        chinese = interface_is_chinese()
        for profile_id, title in profile_titles(chinese).items():
            form.profile_combo.addItem(title, profile_id)
            form.profile_combo.setItemData(form.profile_combo.count() - 1, profile_id, Qt.ItemDataRole.ToolTipRole)
        form.profile_combo.setCurrentIndex(max(0, form.profile_combo.findData(DEFAULT_PROFILE)))
        for mapping_id, title in bundled_mapping_titles(chinese).items():
            form.mapping_combo.addItem(title, mapping_id)
            form.mapping_combo.setItemData(form.mapping_combo.count() - 1, mapping_id, Qt.ItemDataRole.ToolTipRole)
        form.mapping_combo.setCurrentIndex(max(0, form.mapping_combo.findData("taxonomy")))
        yaml_filter = tr("YAML files (*.yaml *.yml)")
        for widget in (form.profile_file, form.mapping_file):
            widget.setFilter(yaml_filter)
        form.profile_file.setToolTip(tr("A YAML profile of your own; when given, it is used instead of the choice "
                                        "above."))
        form.output_file.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        form.output_file.setFilter(tr("GeoPackage (*.gpkg)"))
        form.output_file.setToolTip(tr("Empty: temporary layers, which a saved project does not keep."))
        form.walk_speed.setRange(0.0, 500.0)
        form.walk_speed.setDecimals(0)
        form.walk_speed.setSuffix(tr(" m/min"))
        form.walk_speed.setSpecialValueText(tr("The profile's"))
        form.walk_speed.setClearValue(0.0)
        form.walk_speed.setValue(0.0)
        form.policy_combo.addItem(tr("Strict: the item is unknown"), STRICT)
        form.policy_combo.addItem(tr("Presence: counted, marked size not verified (POI data)"), PRESENCE)
        for name, (filters, optional) in LAYER_COMBOS.items():
            combo = getattr(form, name)
            combo.setFilters(_layer_filter(filters))
            combo.setAllowEmptyLayer(optional)
            if optional:
                combo.setLayer(None)
            combo.layerChanged.connect(lambda layer, name=name: self._layer_changed(name, layer))
            combo.activated.connect(self.store_setup)
        for name, (_layer_name, common_names, _parameter) in FIELD_COMBOS.items():
            combo = getattr(form, name)
            combo.setAllowEmptyFieldName(True)
            combo.setToolTip(tr("Empty: the first of {} found in the layer.").format(", ".join(common_names)))
            combo.fieldChanged.connect(lambda _field, name=name: self._field_changed(name))
            combo.activated.connect(self.store_setup)
        for name in LAYER_COMBOS:
            self._layer_changed(name, getattr(form, name).currentLayer())
        # what the user changes is stored at once (layers coming and going while a project loads are not changes)
        for combo in (form.profile_combo, form.mapping_combo, form.policy_combo):
            combo.activated.connect(self.store_setup)
        for widget in (form.profile_file, form.mapping_file, form.output_file):
            widget.fileChanged.connect(self.store_setup)
        form.walk_speed.valueChanged.connect(self.store_setup)

    def _layer_changed(self, layer_name, layer):
        """A layer chosen: its field combos show its fields, preselecting those the check would pick itself."""
        names = []
        if isinstance(layer, QgsVectorLayer):
            names = [name for name in layer.fields().names()
                     if layer_name != "community_layer" or not is_result_field(name)]
        for name, (owner, common_names, _parameter) in FIELD_COMBOS.items():
            if owner != layer_name:
                continue
            combo = getattr(self.form, name)
            combo.setLayer(layer if isinstance(layer, QgsVectorLayer) else None)
            self._missing_fields.pop(name, None)
            if not self._restoring:
                combo.setField(find_field(names, common_names) or "")

    def _field_changed(self, name):
        if not self._restoring:
            self._missing_fields.pop(name, None)

    def setup_problem(self):
        """What keeps the set-up from running, as a translated message; None when it can run."""
        form = self.form
        communities = form.community_layer.currentLayer()
        if communities is None:
            return tr("Choose the community layer.")
        if not isinstance(communities, QgsVectorLayer) or not communities.isValid() \
                or communities.geometryType() != polygon_geometry_type():
            return tr("The community layer “{}” has no polygons: choose a polygon layer.").format(communities.name())
        if form.facility_layer.currentLayer() is None:
            return tr("Choose the facility layer.")
        for name, field in self._missing_fields.items():
            layer = getattr(form, FIELD_COMBOS[name][0]).currentLayer()
            return tr("The layer “{}” has no field “{}”: choose the field again.").format(
                layer.name() if layer else "", field)
        for name, (owner, _names, _parameter) in FIELD_COMBOS.items():
            field = getattr(form, name).currentField()
            layer = getattr(form, owner).currentLayer()
            if field and layer is not None and layer.fields().lookupField(field) < 0:
                return tr("The layer “{}” has no field “{}”: choose the field again.").format(layer.name(), field)
        profile_file = form.profile_file.filePath().strip()
        if profile_file:
            try:
                load_profile(profile_file)
            except ProfileError as error:
                return tr("The checklist profile cannot be used:\n{}").format("\n".join(error.problems))
            except (OSError, ValueError) as error:
                return tr("The checklist profile cannot be used:\n{}").format(error)
        mapping_file = form.mapping_file.filePath().strip()
        if mapping_file:
            try:
                load_mapping(mapping_file)
            except MappingError as error:
                return tr("The category mapping cannot be used:\n{}").format("\n".join(error.problems))
            except (OSError, ValueError) as error:
                return tr("The category mapping cannot be used:\n{}").format(error)
        return None

    def parameters(self, project):
        """The algorithm's parameters for the set-up; the outputs are loaded into the project when the run ends."""
        form = self.form
        parameters = {
            Check.COMMUNITIES: form.community_layer.currentLayer().id(),
            Check.FACILITIES: form.facility_layer.currentLayer().id(),
            PROFILE: form.profile_combo.currentData() or DEFAULT_PROFILE,
            MAPPING: form.mapping_combo.currentData() or "taxonomy",
            Check.ATTRIBUTE_POLICY: form.policy_combo.currentData() or STRICT,
        }
        for name, key in ((PROFILE_FILE, form.profile_file), (MAPPING_FILE, form.mapping_file)):
            if key.filePath().strip():
                parameters[name] = key.filePath().strip()
        for name, key in ((NETWORK, form.network_layer), (Check.RESIDENTS, form.residents_layer)):
            if key.currentLayer() is not None:
                parameters[name] = key.currentLayer().id()
        for name, (_owner, _names, parameter) in FIELD_COMBOS.items():
            if getattr(form, name).currentField():
                parameters[parameter] = getattr(form, name).currentField()
        if form.walk_speed.value() > 0:
            parameters[Check.WALK_SPEED] = form.walk_speed.value()
        titles = {Check.OUTPUT: tr("Community results"), Check.OUTPUT_ITEMS: tr("Item results")}
        for name, path in result_files(form.output_file.filePath()).items():
            definition = QgsProcessingOutputLayerDefinition(path or QgsProcessing.TEMPORARY_OUTPUT, project)
            definition.destinationName = titles[name]
            parameters[name] = definition
        return parameters

    # run
    def is_running(self):
        return self.task is not None

    def run(self):
        if self.task is not None:
            return
        problem = self.setup_problem()
        if problem:
            self.show_message(problem, error=True)
            return
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM_ID)
        if algorithm is None:
            self.show_message(tr("The plugin's Processing provider is not loaded."), error=True)
            return
        project = QgsProject.instance()
        self.store_setup()
        if self.form.output_file.filePath().strip():  # the file's tables are rewritten: release them first
            self.remove_results()
        context = QgsProcessingContext()
        context.setProject(project)
        feedback = RunFeedback()
        parameters = self.parameters(project)
        ok, message = algorithm.checkParameterValues(parameters, context)
        if not ok:
            self.show_message(message, error=True)
            return
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        self._run = (algorithm, context, feedback, parameters)
        feedback.progressChanged.connect(self._show_progress)
        task.executed.connect(self._run_finished)
        self.task = task
        self.form.run_button.setEnabled(False)
        self.form.cancel_button.setEnabled(True)
        self.form.progress_bar.setValue(0)
        self.form.progress_bar.setVisible(True)
        self.show_message(tr("Checking…"))
        QgsApplication.taskManager().addTask(task)

    def cancel(self):
        if self.task is not None:
            self.show_message(tr("Cancelling…"))
            self.task.cancel()

    def _show_progress(self, value):
        self.form.progress_bar.setValue(int(value))

    def _run_finished(self, successful, results):
        _algorithm, context, feedback, _parameters = self._run
        self._run = None
        self.task = None
        self.form.run_button.setEnabled(True)
        self.form.cancel_button.setEnabled(False)
        feedback.progressChanged.disconnect(self._show_progress)
        self.form.progress_bar.setVisible(False)
        if not successful:
            self.form.progress_bar.setValue(0)
            if feedback.isCanceled():
                self.show_message(tr("Cancelled: no results were added."), error=True)
            else:
                self.show_message(tr("The check failed: {}").format(
                    feedback.errors[-1] if feedback.errors else tr("see the log")), error=True)
            return
        project = context.project() or QgsProject.instance()
        if not self.form.output_file.filePath().strip():
            self.remove_results()
        loaded = load_results(context, feedback, results, project)
        communities, items = loaded.get(Check.OUTPUT), loaded.get(Check.OUTPUT_ITEMS)
        if communities is None or items is None:
            self.show_message(tr("The check ran but its results could not be loaded."), error=True)
            return
        self.form.progress_bar.setValue(100)
        self.set_results(communities, items)
        self.store_results()
        self.form.tabs.setCurrentWidget(self.form.results_tab)
        self.show_message(tr("{} of {} communities are complete.").format(
            int(results.get(Check.COMPLETE_COUNT) or 0), int(results.get(Check.COMMUNITY_COUNT) or 0)))

    def show_message(self, text, error=False):
        self.form.message_label.setText(text)
        self.form.message_label.setStyleSheet("color: #c0392b;" if error else "")

    # results
    def _setup_results(self):
        form = self.form
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels([tr("Name"), tr("Population"), tr("Band"), tr("Gaps"), tr("Unknowns"),
                                              tr("Complete")])
        self.proxy = CommunityFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        form.community_table.setModel(self.proxy)
        form.community_table.verticalHeader().setVisible(False)
        form.community_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        form.community_table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        form.search_edit.valueChanged.connect(self.proxy.setFilterFixedString)
        form.zoom_button.clicked.connect(self.zoom_to_selected)
        form.item_filter_combo.currentIndexChanged.connect(self._item_filter_chosen)
        form.clear_filter_button.clicked.connect(self.clear_item_filter)
        tree = form.checklist_tree
        tree.setHeaderLabels([tr("Item"), tr("Status"), tr("Measured / threshold"), tr("Reason"),
                              tr("Nearest facility"), tr("Confidence")])
        for column in DETAIL_COLUMNS:  # the narrow dock shows them for the chosen item, below the tree
            tree.setColumnHidden(column, True)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.currentItemChanged.connect(self._checklist_item_changed)
        tree.itemDoubleClicked.connect(lambda item, _column: self.show_route(item.data(0, Qt.ItemDataRole.UserRole)))
        form.route_button.clicked.connect(lambda: self.show_route(self._current_item_id()))
        form.clear_route_button.clicked.connect(self.clear_route)
        form.survey_tree.setHeaderLabels([tr("Surveyed item"), tr("Answer")])
        form.survey_tree.header().setStretchLastSection(False)
        form.survey_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        form.survey_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # the list a third, the checklist the rest; in the checklist, the tree above the chosen item's details
        form.results_splitter.setStretchFactor(0, 1)
        form.results_splitter.setStretchFactor(1, 2)
        form.results_splitter.setSizes([150, 450])
        form.checklist_splitter.setStretchFactor(0, 3)
        form.checklist_splitter.setStretchFactor(1, 1)
        form.checklist_splitter.setSizes([320, 110])
        form.detail_label.setOpenLinks(False)
        form.progress_bar.setVisible(False)  # shown while a check runs
        self._fill_item_filter()

    def set_results(self, communities, items):
        """Show the results of a run (or of a project read back): the community layer and the item table."""
        self._release_layers()
        self.community_layer, self.items_layer = communities, items
        self._original_subset = None
        self._rows, self._item_fids, self._data = {}, {}, None
        for feature in items.getFeatures():
            row = dict(zip(items.fields().names(), feature.attributes()))
            self._rows.setdefault(str(row.get("community_id")), []).append(row)
            self._item_fids[(str(row.get("community_id")), str(row.get("item_id")))] = feature.id()
        first = next(iter(self._rows.values()), [{}])[0]
        profile_id = first.get("profile")
        self.profile = None
        if profile_id in bundled_profiles():
            try:
                self.profile = load_profile(profile_id)
            except ProfileError:
                self.profile = None
        self._fill_model()
        self._fill_item_filter()
        communities.selectionChanged.connect(self._layer_selection_changed)
        communities.willBeDeleted.connect(self.clear_results)
        items.willBeDeleted.connect(self.clear_results)
        self._watch_input(self.form.community_layer.currentLayer())
        self.form.checklist_tree.clear()
        if communities.selectedFeatureIds():
            self._layer_selection_changed()

    def _fill_model(self):
        self.model.removeRows(0, self.model.rowCount())
        self._fid_of_row, self._row_of_fid, self._community_of_fid = {}, {}, {}
        request = attributes_only()
        for feature in self.community_layer.getFeatures(request):
            fid = feature.id()
            row = [QStandardItem() for _column in range(self.model.columnCount())]
            self._show_row(row, feature)
            row[0].setData(fid, FID_ROLE)
            self._row_of_fid[fid] = self.model.rowCount()
            self._fid_of_row[self.model.rowCount()] = fid
            self._community_of_fid[fid] = str(_value(feature, "cc_id"))
            self.model.appendRow(row)
        self.proxy.set_allowed(None)

    def _show_row(self, row, feature):
        """The list's cells of a community (the row's QStandardItems) from its result feature."""
        complete = _value(feature, "cc_complete")
        gaps = _value(feature, "cc_gaps") or ""
        cells = [
            (_value(feature, "cc_name") or _value(feature, "cc_id") or str(feature.id()), None),
            (_value(feature, "cc_population"), None),
            (shown_value(self.community_layer, feature, "cc_band"), None),
            (_value(feature, "cc_fail"), gaps),
            (_value(feature, "cc_unknown"), None),
            (None if complete is None else (tr("yes") if complete else tr("no")), None),
        ]
        for item, (value, tooltip) in zip(row, cells):
            item.setText("" if value is None else ("{:g}".format(value) if isinstance(value, float) else str(value)))
            item.setData(value, SORT_ROLE)  # no value sorts first
            item.setToolTip(tooltip or "")

    def _fill_item_filter(self):
        combo = self.form.item_filter_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("(no filter)"), None)
        chinese = interface_is_chinese()
        if self.profile is not None:
            for item in self.profile.ordered_items():
                combo.addItem("{} {}".format(item.id, item.name.get("zh" if chinese else "en")), item.id)
        else:
            seen = {}
            for rows in self._rows.values():
                for row in rows:
                    seen.setdefault(str(row.get("item_id")), row.get("item_name"))
            for item_id, name in seen.items():
                combo.addItem("{} {}".format(item_id, name or ""), item_id)
        combo.setEnabled(self.community_layer is not None)
        combo.blockSignals(False)

    def _release_layers(self):
        for layer in (self.community_layer, self.items_layer):
            if layer is None:
                continue
            for signal, slot in ((layer.willBeDeleted, self.clear_results),
                                 (getattr(layer, "selectionChanged", None), self._layer_selection_changed)):
                try:
                    signal.disconnect(slot)
                except (TypeError, RuntimeError, AttributeError):
                    pass
        self.community_layer = self.items_layer = None

    def clear_results(self):
        self._release_layers()
        self._watch_input(None)
        self.clear_route()
        self._rows, self._original_subset, self.profile, self._data = {}, None, None, None
        self._item_fids, self._current_fid = {}, None
        self.model.removeRows(0, self.model.rowCount())
        self.form.checklist_tree.clear()
        self.form.survey_tree.clear()
        self.form.detail_label.clear()
        self.form.survey_note.clear()
        self._fill_item_filter()

    def remove_results(self):
        """Take the previous results out of the project (a new run replaces them)."""
        layers = [layer.id() for layer in (self.community_layer, self.items_layer) if layer is not None]
        self.clear_results()
        if layers:
            QgsProject.instance().removeMapLayers(layers)

    def selected_fids(self):
        rows = self.form.community_table.selectionModel().selectedRows(0)
        return [self.proxy.mapToSource(index).data(FID_ROLE) for index in rows]

    def _table_selection_changed(self, *_args):
        if self._syncing:  # the list following the map: _layer_selection_changed shows the checklist once
            return
        fids = self.selected_fids()
        if self.community_layer is not None:
            self._syncing = True
            try:
                self.community_layer.selectByIds(fids)
            finally:
                self._syncing = False
        current = self.form.community_table.currentIndex()
        fid = self.proxy.mapToSource(current).data(FID_ROLE) if current.isValid() else None
        self.show_checklist(fid if fid in fids else (fids[0] if fids else None))

    def _layer_selection_changed(self, *_args):
        if self._syncing or self.community_layer is None:
            return
        fids = sorted(self.community_layer.selectedFeatureIds())
        selection = QItemSelection()
        for fid in fids:
            row = self._row_of_fid.get(fid)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, index.siblingAtColumn(self.model.columnCount() - 1))
        self._syncing = True
        try:
            model = self.form.community_table.selectionModel()
            model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if not selection.isEmpty():
                self.form.community_table.scrollTo(selection.indexes()[0])
        finally:
            self._syncing = False
        self.show_checklist(fids[0] if fids else None)

    def show_checklist(self, fid):
        """The community's items by aspect: status icon, measured vs threshold, reason, nearest facility,
        confidence."""
        tree = self.form.checklist_tree
        current_item = self._current_item_id() if fid == self._current_fid else None
        if fid != self._current_fid:
            self.clear_route()
        self._current_fid = fid
        tree.clear()
        self.form.detail_label.clear()
        self.form.route_button.setEnabled(False)
        self._fill_survey(fid)
        if fid is None:
            return
        rows = self._rows.get(self._community_of_fid.get(fid), [])
        for aspect, lines in checklist(rows, self.profile, interface_is_chinese()):
            failing = sum(1 for line in lines if line.status == "fail")
            unknown = sum(1 for line in lines if line.status == "unknown")
            if failing and unknown:
                title = tr("{} — {} failing, {} unknown").format(aspect, failing, unknown)
            elif failing:
                title = tr("{} — {} failing").format(aspect, failing)
            elif unknown:
                title = tr("{} — {} unknown").format(aspect, unknown)
            else:
                title = aspect
            parent = QTreeWidgetItem([title])
            parent.setIcon(0, status_icon("fail" if failing else ("unknown" if unknown else "pass")))
            tree.addTopLevelItem(parent)
            parent.setFirstColumnSpanned(True)
            for line in lines:
                child = QTreeWidgetItem(["{} {}".format(line.item_id, line.name), status_text(line.status),
                                         line.measure_text(), line.reason, line.facility_text(),
                                         line.confidence or ""])
                child.setIcon(0, status_icon(line.status))
                child.setForeground(1, QBrush(QColor(STATUS_COLOURS.get(line.status, "#607d8b"))))
                child.setData(0, Qt.ItemDataRole.UserRole, line.item_id)
                for column in range(6):
                    child.setToolTip(column, line.reason)
                parent.addChild(child)
                if line.item_id == current_item:
                    tree.setCurrentItem(child)
            # what needs attention open, aspects whose every item passes closed (the dock is short)
            parent.setExpanded(bool(failing or unknown) or any(
                self._child_is(parent.child(k), current_item) for k in range(parent.childCount())))
        for column in (1, 2):
            tree.resizeColumnToContents(column)

    # the chosen item: its details and the route to its nearest facility
    @staticmethod
    def _child_is(child, item_id):
        return item_id is not None and child.data(0, Qt.ItemDataRole.UserRole) == item_id

    def _current_item_id(self):
        item = self.form.checklist_tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _checklist_item_changed(self, current, _previous=None):
        form = self.form
        item_id = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        if not item_id:
            form.detail_label.clear()
            form.route_button.setEnabled(False)
            return
        lines = ["<b>{}</b> — {}".format(_html(current.text(0)), _html(current.text(1)))]
        for column, label in ((2, tr("Measured / threshold")), (3, tr("Reason")), (4, tr("Nearest facility")),
                              (5, tr("Confidence"))):
            if current.text(column):
                lines.append(tr("{}: {}").format(label, _html(current.text(column))))
        form.detail_label.setText("<br>".join(lines))
        form.route_button.setEnabled(bool(self._item_row(item_id).get("facility_id")))

    def _item_row(self, item_id, fid=None):
        community_id = self._community_of_fid.get(self._current_fid if fid is None else fid)
        for row in self._rows.get(community_id, []):
            if str(row.get("item_id")) == str(item_id):
                return row
        return {}

    def check_data(self):
        """The set-up's inputs as a re-check and a route read them (built once per set of results)."""
        form = self.form
        layers = {"communities": form.community_layer.currentLayer(), "facilities": form.facility_layer.currentLayer(),
                  "network": form.network_layer.currentLayer(), "residents": form.residents_layer.currentLayer()}
        if not isinstance(layers["communities"], QgsVectorLayer) or not isinstance(layers["facilities"],
                                                                                     QgsVectorLayer):
            return None
        if self._data is None or self._data.layers != layers:
            fields = {name: getattr(form, name).currentField() for name in FIELD_COMBOS}
            self._data = CheckData(layers, fields, form.mapping_file.filePath().strip() or
                                   form.mapping_combo.currentData() or "taxonomy")
        return self._data

    def check_profile(self):
        if self.profile is not None:
            return self.profile
        profile_file = self.form.profile_file.filePath().strip()
        try:
            return load_profile(profile_file or self.form.profile_combo.currentData() or DEFAULT_PROFILE)
        except (ProfileError, OSError, ValueError):
            return None

    def show_route(self, item_id):
        """Highlight the nearest qualifying facility of the selected community's item and draw the walking route to
        it from the community's anchor point (where the check measures "the nearest" from): along the streets of the
        walking network the check used, or a straight line without one."""
        self.clear_route()
        row = self._item_row(item_id) if item_id else {}
        facility_id = _plain(row.get("facility_id"))
        data = self.check_data()
        if not facility_id or data is None or self._current_fid is None:
            self.show_message(tr("This item has no nearest qualifying facility to show."), error=True)
            return
        community_id = self._community_of_fid.get(self._current_fid)
        input_fid = data.input_fid(community_id)
        community, _feature = data.community(input_fid, community_id, self.check_profile()) \
            if input_fid is not None else (None, None)
        facility = data.facility_feature(facility_id)
        end = data.facility_point(facility) if facility is not None else None
        if community is None or end is None:
            self.show_message(tr("The community or the facility {} is no longer in its layer.").format(facility_id),
                              error=True)
            return
        anchor = community.geometry.representative_point()
        graph = data.graph()
        route = walking_route(graph, (anchor.x, anchor.y), end, network_options()[2],
                              start_max_access=NetworkDistances.ANCHOR_MAX_ACCESS)
        geometry = QgsGeometry.fromPolylineXY([QgsPointXY(float(x), float(y)) for x, y in route.xy])
        self.route = (route, geometry, data.crs, facility)
        name = _plain(row.get("facility_name")) or facility_id
        if route.on_network:
            self.show_message(tr("Walking route to {}: {} m along the streets.").format(name, round(route.length)))
        elif graph is None:
            self.show_message(tr("Straight line to {}: {} m (no walking network in the set-up).").format(
                name, round(route.length)))
        else:
            self.show_message(tr("Straight line to {}: {} m (no path on the walking network joins them).").format(
                name, round(route.length)))
        if self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        band = QgsRubberBand(canvas, line_geometry_type())
        band.setColor(QColor(ROUTE_COLOUR))
        band.setWidth(4)
        if not route.on_network:
            band.setLineStyle(Qt.PenStyle.DashLine)
        band.setToGeometry(geometry, data.crs)
        highlight = QgsHighlight(canvas, facility.geometry(), data.layers["facilities"])
        highlight.setColor(QColor(ROUTE_COLOUR))
        highlight.setFillColor(QColor(ROUTE_COLOUR))
        highlight.setWidth(4)
        highlight.setBuffer(1.5)
        highlight.show()
        self._route_marks = [band, highlight]
        canvas.refresh()

    def clear_route(self):
        self.route = None
        if self._route_marks and self.iface is not None:
            canvas = self.iface.mapCanvas()
            for mark in self._route_marks:
                try:
                    mark.hide()
                    canvas.scene().removeItem(mark)
                except RuntimeError:  # the canvas went first
                    pass
            canvas.refresh()
        self._route_marks = []

    # surveyed items
    def _watch_input(self, layer):
        """Follow the community layer's attribute edits (from the dock, the attribute table, undo/redo): a surveyed
        answer that changes checks its community again."""
        if self._watched_input is not None:
            try:
                self._watched_input.attributeValueChanged.disconnect(self._input_attribute_changed)
            except (TypeError, RuntimeError):
                pass
        self._watched_input = layer if isinstance(layer, QgsVectorLayer) else None
        if self._watched_input is not None:
            self._watched_input.attributeValueChanged.connect(self._input_attribute_changed)

    def _fill_survey(self, fid):
        form = self.form
        tree = form.survey_tree
        tree.clear()
        form.survey_note.clear()
        data, profile = self.check_data(), self.check_profile()
        if fid is None or data is None or profile is None:
            return
        layer = data.layers["communities"]
        input_fid = data.input_fid(self._community_of_fid.get(fid))
        feature = layer.getFeature(input_fid) if input_fid is not None else None
        if feature is None or not feature.isValid():
            form.survey_note.setText(tr("The community is no longer in the layer “{}”.").format(layer.name()))
            return
        chinese = interface_is_chinese()
        names = [name for name in layer.fields().names() if not is_result_field(name)]
        statuses = {str(row.get("item_id")): row.get("status") for row in self._rows.get(
            self._community_of_fid.get(fid), [])}
        for question in survey_questions(profile, names):
            item = profile.items[question.item_id]
            label = question.label[0 if chinese else 1]
            line = QTreeWidgetItem(["{} {}".format(item.name.get("zh" if chinese else "en"), label)])
            line.setIcon(0, status_icon(statuses.get(question.item_id)))
            line.setToolTip(0, tr("Field: {}").format(question.field) if question.field else
                            tr("The layer has none of the fields {}").format("、".join(question.fields)))
            tree.addTopLevelItem(line)
            if question.field is None:
                line.setText(1, tr("no field"))
                line.setForeground(1, QBrush(QColor("#9e9e9e")))
                continue
            combo = QComboBox()
            for code in (YES, NO, UNKNOWN_ANSWER):
                combo.addItem(answer_text(code), code)
            combo.setCurrentIndex(combo.findData(current_answer(question, feature[question.field])))
            combo.setProperty("question", question.requirement_id)
            combo.activated.connect(lambda _index, q=question, c=combo: self.set_survey_answer(q, c.currentData()))
            tree.setItemWidget(line, 1, combo)
        if not self._writable(layer):
            form.survey_note.setText(tr("The layer “{}” is read-only: answers cannot be written to it. (Writing them "
                                        "to a table of your choice is planned.)").format(layer.name()))
        else:
            form.survey_note.setText(tr("Answers are written to the layer “{}” (Ctrl+Z undoes them; save the "
                                        "layer's edits to keep them).").format(layer.name()))

    @staticmethod
    def _writable(layer):
        capability = enum_value("Qgis.VectorProviderCapability.ChangeAttributeValues",
                                "QgsVectorDataProvider.Capability.ChangeAttributeValues")
        return not layer.readOnly() and bool(layer.dataProvider().capabilities() & capability)

    def survey_combo(self, requirement_id):
        """The answer box of a surveyed requirement ('municipal', 'ebike/ebike_surveyed') of the shown community."""
        tree = self.form.survey_tree
        for index in range(tree.topLevelItemCount()):
            widget = tree.itemWidget(tree.topLevelItem(index), 1)
            if widget is not None and widget.property("question") == requirement_id:
                return widget
        return None

    def set_survey_answer(self, question, chosen):
        """Write the answer (yes / no / unknown) of a surveyed requirement for the selected community into the
        community layer through its edit buffer, as one undoable command; the community is then checked again
        (_input_attribute_changed). A read-only layer is left as it is, with a message."""
        data = self.check_data()
        if data is None or self._current_fid is None or not question.field:
            return False
        layer = data.layers["communities"]
        input_fid = data.input_fid(self._community_of_fid.get(self._current_fid))
        if input_fid is None:
            return False
        if not self._writable(layer):
            self.show_message(tr("The layer “{}” is read-only: the answer was not written. (Writing answers to a "
                                 "table of your choice is planned.)").format(layer.name()), error=True)
            self._fill_survey(self._current_fid)
            return False
        index = layer.fields().lookupField(question.field)
        value = value_for_answer(question, chosen, numeric=layer.fields().at(index).isNumeric())
        if not layer.isEditable() and not layer.startEditing():
            self.show_message(tr("The layer “{}” cannot be edited.").format(layer.name()), error=True)
            return False
        layer.beginEditCommand(tr("Survey answer: {}").format(question.field))
        if layer.changeAttributeValue(input_fid, index, NULL if value is None else value):
            layer.endEditCommand()
        else:
            layer.destroyEditCommand()
            self.show_message(tr("The answer could not be written to the layer “{}”.").format(layer.name()),
                              error=True)
            return False
        self.show_message(tr("Answer written to “{}” (not saved yet: save the layer's edits to keep it; Ctrl+Z "
                             "undoes it).").format(layer.name()))
        return True

    def _input_attribute_changed(self, input_fid, index, _value):
        if self._rechecking or self.community_layer is None or index < 0:
            return
        data, profile = self.check_data(), self.check_profile()
        if data is None or profile is None or data.layers["communities"] is not self._watched_input:
            return
        item_ids = items_reading(profile, self._watched_input.fields().at(index).name())
        if not item_ids:
            return
        community_id = next((cid for cid in self._community_of_fid.values() if data.input_fid(cid) == input_fid),
                            None)
        if community_id is not None:
            self.recheck(community_id, item_ids)

    def recheck(self, community_id, item_ids=None):
        """Check one community again (the items item_ids; all when None) with its attributes as they are now, and
        write its verdicts into both result layers, the list and the checklist: no full run."""
        data, profile = self.check_data(), self.check_profile()
        fid = next((f for f, cid in self._community_of_fid.items() if cid == community_id), None)
        if data is None or profile is None or fid is None:
            return None
        community, feature = data.community(data.input_fid(community_id), community_id, profile)
        if community is None:
            return None
        result_feature = self.community_layer.getFeature(fid)
        previous = {item.id: _plain(result_feature[item_field_name(item.id)])
                    for item in profile.ordered_items()
                    if result_feature.fields().lookupField(item_field_name(item.id)) >= 0}
        previous = {key: value for key, value in previous.items() if value}
        unverified = (_plain(result_feature["cc_unverified_items"]) or "").split(",") \
            if result_feature.fields().lookupField("cc_unverified_items") >= 0 else []
        rows = self._rows.get(community_id, [])
        walk_speed = next((row.get("walk_speed") for row in rows if _plain(row.get("walk_speed"))), None)
        samples = data.samples(community, feature)
        self._rechecking = True
        try:
            result = recheck_community(
                profile, community, data.facilities(), samples, data.distances(samples), item_ids=item_ids,
                previous=previous, previous_unverified=unverified, walk_speed=walk_speed,
                attribute_policy=self.form.policy_combo.currentData() or STRICT, shared_cache=data.shared_cache)
            self._write_recheck(fid, community_id, result, profile, feature, walk_speed or profile.walk_speed.value,
                                item_ids)
        finally:
            self._rechecking = False
        return result

    def _write_recheck(self, fid, community_id, result, profile, input_feature, walk_speed, item_ids):
        layer, items = self.community_layer, self.items_layer
        names = community_fields(profile, input_feature.fields()).names()
        values = dict(zip(names, community_values(result, profile, input_feature)))
        feature = layer.getFeature(fid)
        changes = {}
        for name, value in values.items():
            index = layer.fields().lookupField(name)
            if index >= 0 and feature[name] != value:
                changes[index] = NULL if value is None else value
        if changes:
            layer.dataProvider().changeAttributeValues({fid: changes})
        item_names = item_fields().names()
        wanted = None if item_ids is None else set(item_ids)
        rows = {str(row.get("item_id")): row for row in self._rows.get(community_id, [])}
        item_changes = {}
        for values_row in item_rows(result, profile, walk_speed):
            row = dict(zip(item_names, values_row))
            item_id = str(row["item_id"])
            if wanted is not None and item_id not in wanted:
                continue
            rows[item_id] = row
            item_fid = self._item_fids.get((community_id, item_id))
            if item_fid is not None:
                item_changes[item_fid] = {items.fields().lookupField(name): NULL if value is None else value
                                          for name, value in row.items() if items.fields().lookupField(name) >= 0}
        if item_changes:
            items.dataProvider().changeAttributeValues(item_changes)
        self._rows[community_id] = list(rows.values())
        row_index = self._row_of_fid.get(fid)
        if row_index is not None:
            self._show_row([self.model.item(row_index, column) for column in range(self.model.columnCount())],
                           layer.getFeature(fid))
        layer.triggerRepaint()
        if fid == self._current_fid:
            self.show_checklist(fid)

    def zoom_to_selected(self):
        fids = self.selected_fids()
        if self.community_layer is None or not fids:
            self.show_message(tr("Select a community first."), error=True)
            return
        if self.iface is not None:
            canvas = self.iface.mapCanvas()
            canvas.zoomToFeatureIds(self.community_layer, fids)
            canvas.refresh()

    # filter by item
    def _item_filter_chosen(self, _index):
        self.apply_item_filter(self.form.item_filter_combo.currentData())

    def clear_item_filter(self):
        self.form.item_filter_combo.setCurrentIndex(0)  # applies "no filter"
        self.apply_item_filter(None)

    def apply_item_filter(self, item_id):
        """Show on the map (and in the list) only the communities failing the item or unknown; None: all again, with
        the layer's own subset string as it was."""
        layer = self.community_layer
        if layer is None:
            return
        if item_id is None:
            if self._original_subset is not None:
                layer.setSubsetString(self._original_subset)
                self._original_subset = None
            self.proxy.set_allowed(None)
        else:
            expression = item_filter(item_id, layer.fields().names())
            if expression is None:
                self.show_message(tr("The result layer has no field for item {}.").format(item_id), error=True)
                return
            if self._original_subset is None:
                self._original_subset = layer.subsetString()
            if not layer.setSubsetString(combined_filter(self._original_subset, expression)):
                self.show_message(tr("The result layer cannot be filtered."), error=True)
                return
            request = attributes_only().setNoAttributes()
            self.proxy.set_allowed(feature.id() for feature in layer.getFeatures(request))
            self.show_message(tr("{} communities fail item {} or are unknown.").format(layer.featureCount(), item_id))
        layer.triggerRepaint()
        self.store_results()

    # the project
    def store_setup(self, *_args):
        """The set-up in the project's entries (the project is saved with it)."""
        if self._restoring:
            return
        project, form = QgsProject.instance(), self.form
        for name in LAYER_COMBOS:
            layer = getattr(form, name).currentLayer()
            project.writeEntry(SCOPE, "setup/" + name, layer.id() if layer is not None else "")
        for name in FIELD_COMBOS:
            project.writeEntry(SCOPE, "setup/" + name, getattr(form, name).currentField() or "")
        project.writeEntry(SCOPE, "setup/profile", form.profile_combo.currentData() or "")
        project.writeEntry(SCOPE, "setup/mapping", form.mapping_combo.currentData() or "")
        project.writeEntry(SCOPE, "setup/policy", form.policy_combo.currentData() or "")
        project.writeEntry(SCOPE, "setup/profile_file", form.profile_file.filePath())
        project.writeEntry(SCOPE, "setup/mapping_file", form.mapping_file.filePath())
        project.writeEntry(SCOPE, "setup/output_file", form.output_file.filePath())
        project.writeEntryDouble(SCOPE, "setup/walk_speed", form.walk_speed.value())

    def store_results(self):
        project = QgsProject.instance()
        project.writeEntry(SCOPE, "results/communities", self.community_layer.id() if self.community_layer else "")
        project.writeEntry(SCOPE, "results/items", self.items_layer.id() if self.items_layer else "")
        active = self._original_subset is not None
        project.writeEntry(SCOPE, "results/filter_item",
                           (self.form.item_filter_combo.currentData() or "") if active else "")
        project.writeEntry(SCOPE, "results/original_subset", self._original_subset or "")

    def restore_from_project(self, *_args):
        """Set-up and results as the project remembers them (connected to QgsProject.readProject)."""
        project, form = QgsProject.instance(), self.form

        def entry(key):
            return project.readEntry(SCOPE, key, "")[0]

        if not entry("setup/community_layer") and not entry("results/communities"):
            return
        self._restoring = True
        try:
            self._missing_fields = {}
            for combo, key in ((form.profile_combo, "setup/profile"), (form.mapping_combo, "setup/mapping"),
                               (form.policy_combo, "setup/policy")):
                index = combo.findData(entry(key))
                if index >= 0:
                    combo.setCurrentIndex(index)
            form.profile_file.setFilePath(entry("setup/profile_file"))
            form.mapping_file.setFilePath(entry("setup/mapping_file"))
            form.output_file.setFilePath(entry("setup/output_file"))
            form.walk_speed.setValue(project.readDoubleEntry(SCOPE, "setup/walk_speed", 0.0)[0])
            for name, (_filters, optional) in LAYER_COMBOS.items():
                layer = project.mapLayer(entry("setup/" + name)) if entry("setup/" + name) else None
                if layer is not None or optional:
                    getattr(form, name).setLayer(layer)
                self._layer_changed(name, getattr(form, name).currentLayer())
            for name, (owner, _names, _parameter) in FIELD_COMBOS.items():
                field = entry("setup/" + name)
                layer = getattr(form, owner).currentLayer()
                combo = getattr(form, name)
                if field and layer is not None and layer.fields().lookupField(field) < 0:
                    self._missing_fields[name] = field
                    combo.setField("")
                else:
                    combo.setField(field)
        finally:
            self._restoring = False
        communities = project.mapLayer(entry("results/communities"))
        items = project.mapLayer(entry("results/items"))
        if communities is not None and items is not None and communities.isValid() and items.isValid():
            self.set_results(communities, items)
            item_id = entry("results/filter_item")
            if item_id:
                self._original_subset = entry("results/original_subset")
                combo = form.item_filter_combo
                combo.blockSignals(True)
                combo.setCurrentIndex(max(0, combo.findData(item_id)))
                combo.blockSignals(False)
                self.apply_item_filter(item_id)
        if self._missing_fields:
            name, field = next(iter(self._missing_fields.items()))
            layer = getattr(form, FIELD_COMBOS[name][0]).currentLayer()
            self.show_message(tr("The layer “{}” has no field “{}”: choose the field again.").format(
                layer.name() if layer else "", field), error=True)

    def project_cleared(self):
        """A new or another project: the results belonged to the old one (connected to QgsProject.cleared)."""
        if self.task is not None:
            self.task.cancel()
        self.clear_results()
        self.show_message("")

    def teardown(self):
        """Before the plugin unloads: stop a run (what it uses stays alive until its task ends), let go of the result
        layers."""
        if self.task is not None:
            self.task.executed.disconnect(self._run_finished)
            _ORPHANED_RUNS.append((self.task, self._run))
            self.task.cancel()
            self.task = self._run = None
        self._release_layers()


def _plain(value):
    """None for NULL and empty text, else the value."""
    if value is None or value == "" or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def _html(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shown_value(layer, feature, name):
    """A field's value as the layer's form and table show it (the style's value map: 适中, not ok)."""
    index = layer.fields().lookupField(name)
    value = feature[name] if index >= 0 else None
    if index < 0 or value is None or value == NULL:
        return None
    setup = layer.editorWidgetSetup(index)
    formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
    return formatter.representValue(layer, index, setup.config(), None, value)
