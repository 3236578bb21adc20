"""The checklist inspector dock: set up the check (profile, layers, fields, options), run it as a background task
through the Processing algorithm completecommunity:checkcommunities (no second code path: its outputs are loaded and
styled by the algorithm's own post-processors), and review the results — a sortable, filterable community list, the
selected community's checklist by aspect, selection kept in step with the map, a filter by item, the walking route to
an item's nearest qualifying facility, surveyed answers edited in the community layer (the community's verdicts
checked again at once), and everything remembered in the project so that reopening it restores set-up and
results."""

from qgis.core import (
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QWidget

from complete_community.core.i18n import tr
from complete_community.core.profiles.loader import DEFAULT_PROFILE, ProfileError, load_profile
from complete_community.ui.dock_answers import AnswersPanel
from complete_community.ui.dock_common import (
    SCOPE,
    ItemRows,
)
from complete_community.ui.dock_data import CheckData
from complete_community.ui.dock_map import MapPanel
from complete_community.ui.dock_prepare import PreparePanel
from complete_community.ui.dock_results import ResultsPanel
from complete_community.ui.dock_run import _ORPHANED_RUNS, RunPanel
from complete_community.ui.dock_setup import FIELD_COMBOS, LAYER_COMBOS, SetupPanel
from complete_community.ui.dock_survey import SurveyPanel
from complete_community.ui.gui_utils import load_ui_class

DOCK_OBJECT_NAME = "CompleteCommunityInspectorDock"

FORM_CLASS = load_ui_class("community_dock")


class CommunityDockContent(QWidget, FORM_CLASS):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)


class CommunityDock(SetupPanel, RunPanel, ResultsPanel, SurveyPanel, AnswersPanel, MapPanel, PreparePanel,
                    QgsDockWidget):
    """The dock: its panels are the mixins, each in a module of its own (ui/dock_*.py)."""

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
        self._rows = ItemRows()  # community id → its item rows (dicts)
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
        self._init_preparation()
        self._init_answers()
        self.form.run_button.clicked.connect(self.run)
        self.form.cancel_button.clicked.connect(self.cancel)

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
            if self._preparing is not None:  # it read the set-up's former layers
                self.cancel_preparation()
            if self.community_layer is not None:
                self.start_preparation()
        return self._data

    def check_profile(self):
        if self.profile is not None:
            return self.profile
        profile_file = self.form.profile_file.filePath().strip()
        try:
            return load_profile(profile_file or self.form.profile_combo.currentData() or DEFAULT_PROFILE)
        except (ProfileError, OSError, ValueError):
            return None

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
        self.restore_answers_table()
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
        self._watch_answers(None)
        self.show_message("")

    def teardown(self):
        """Before the plugin unloads: stop a run (what it uses stays alive until its task ends), let go of the result
        layers."""
        if self.task is not None:
            self.task.executed.disconnect(self._run_finished)
            _ORPHANED_RUNS.append((self.task, self._run))
            self.task.cancel()
            self.task = self._run = None
        self.cancel_preparation()
        self._release_layers()

    def closeEvent(self, event):  # noqa: N802 (Qt API)
        """The dock closed: its preparation stops (started again when the dock is shown)."""
        self.cancel_preparation()
        super().closeEvent(event)

    def showEvent(self, event):  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self.community_layer is not None:
            self.start_preparation()


