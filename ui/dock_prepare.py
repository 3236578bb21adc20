"""The inspector dock's preparation: what the first survey answer and the first route would read on the GUI thread —
every facility, the facility ids, the walking graph (the session cache's, else built) with its segment lookup and
adjacency matrix — and the item table's index by community, read in a background QgsTask started when results are
shown. The task reads feature sources taken
from the layers on the GUI thread (QgsVectorLayerFeatureSource), never a layer. Until it ends the dock works (list,
checklist, selection, filter); a survey answer is written at once and its community checked again when the task
ends, a route is drawn when it ends. Cancelled on a new run, on clearing the results, on closing the dock and on
unloading the plugin."""

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsTask

from complete_community.core.cancellation import CanceledError
from complete_community.core.i18n import tr
from complete_community.core.network.route import prepare_routes
from complete_community.ui.dock_common import ItemRows

_RUNNING = []  # the tasks QGIS runs: kept referenced from Python until they end (QGIS owns the C++ objects)


class PreparationTask(QgsTask):
    """Reads a CheckData's facilities, facility ids and walking graph off the GUI thread; on_done(task) is called on
    the GUI thread when it ends (successful or not; task.error says what failed)."""

    def __init__(self, data, on_done, item_rows=None):
        super().__init__(tr("Complete Community Check: preparing survey edits and routes"), QgsTask.Flag.CanCancel)
        self.data = data
        self.on_done = on_done
        self.facility_inputs = data.facility_source()  # taken from the layers here, on the GUI thread
        self.id_field = data.facility_fields().get("id")
        self.graph_inputs = data.graph_source()
        self.item_rows = item_rows  # the results' ItemRows: the item table indexed by community
        self.index_inputs = item_rows.index_source() if item_rows is not None else None
        self.index = None
        self.facilities = self.fids = self.graph = None
        self.error = None

    def run(self):
        try:
            if self.index_inputs is not None:  # first, and used at once: a checklist reads its rows by id then
                self.index = ItemRows.index(*self.index_inputs, self.isCanceled)
                if self.index is not None:
                    self.item_rows.adopt_index(self.index)  # one attribute set: atomic for the GUI thread's reads
            source, transform, fields, layer_fields = self.facility_inputs
            self.facilities = self.data.read_facilities(source, transform, fields, layer_fields, self.isCanceled)
            self.setProgress(40)
            self.fids = self.data.read_facility_fids(source, layer_fields, self.id_field, self.isCanceled)
            self.setProgress(60)
            if self.graph_inputs is not None:
                _key, graph, network, network_transform, options = self.graph_inputs
                if graph is None:
                    graph = self.data.build_graph(network, network_transform, options, self.isCanceled)
                self.setProgress(80)
                if self.isCanceled():
                    return False
                prepare_routes(graph)
                self.graph = graph
            return not self.isCanceled()
        except CanceledError:
            return False
        except Exception as error:  # noqa: BLE001 (shown in the dock, the traceback in the log)
            import traceback

            self.error = str(error) or type(error).__name__
            QgsMessageLog.logMessage(traceback.format_exc(), "Complete Community", Qgis.MessageLevel.Warning)
            return False

    def finished(self, result):  # on the GUI thread
        if self in _RUNNING:
            _RUNNING.remove(self)
        if result:
            self.data.adopt(self.facilities, self.fids)
            if self.graph_inputs is not None:
                self.data.adopt_graph(self.graph_inputs[0], self.graph)
        on_done, self.on_done = self.on_done, None
        if on_done is not None:
            on_done(self, bool(result))


class PreparePanel:
    """CommunityDock's side of the preparation: start it, cancel it, and run what waits for it."""

    def _init_preparation(self):
        self._preparing = None  # the PreparationTask running for self._data
        self._waiting_rechecks = {}  # community id → the item ids to check again (None: all) once prepared
        self._waiting_route = None  # (community fid, item id) to draw once prepared
        self.form.prepare_label.setVisible(False)

    def start_preparation(self):
        """Read in the background what survey answers and routes need (nothing when it is read already)."""
        data = self.check_data()
        if data is None or self.community_layer is None or data.prepared():
            return
        if self._preparing is not None:
            if self._preparing.data is data:
                return
            self.cancel_preparation()
        try:
            task = PreparationTask(data, self._preparation_done, self._rows)
        except Exception as error:  # noqa: BLE001 (a layer gone under the set-up: shown, the actions run as before)
            self.show_message(tr("Survey edits and routes cannot be prepared: {}").format(error), error=True)
            return
        self._preparing = task
        _RUNNING.append(task)
        self.form.prepare_label.setText(tr("Preparing survey edits and routes (facilities, walking network)…"))
        self.form.prepare_label.setVisible(True)
        QgsApplication.taskManager().addTask(task)

    def is_preparing(self):
        return self._preparing is not None

    def cancel_preparation(self):
        """Stop the preparation (a new run, results cleared, the dock closed); what waited for it is dropped."""
        task, self._preparing = self._preparing, None
        self._waiting_rechecks, self._waiting_route = {}, None
        self.form.prepare_label.setVisible(False)
        if task is not None:
            task.on_done = None
            try:
                task.cancel()
            except RuntimeError:  # already deleted by the task manager
                pass

    def _preparation_done(self, task, successful):
        if task is not self._preparing:
            return
        self._preparing = None
        self.form.prepare_label.setVisible(False)
        rechecks, self._waiting_rechecks = self._waiting_rechecks, {}
        route, self._waiting_route = self._waiting_route, None
        if not successful and task.error:
            self.show_message(tr("Survey edits and routes could not be prepared: {}").format(task.error), error=True)
        if task.data is not self._data or self.community_layer is None:
            return
        for community_id, item_ids in rechecks.items():  # the answers given meanwhile, each community once
            self.recheck(community_id, None if item_ids is None else sorted(item_ids))
        if route is not None and route[0] == self._current_fid:
            self.show_route(route[1])

    def wait_for_preparation_to_recheck(self, community_id, item_ids):
        """True when the re-check waits for the preparation (it runs when the preparation ends)."""
        if self._preparing is None:
            return False
        waiting = self._waiting_rechecks.get(community_id, set())
        self._waiting_rechecks[community_id] = None if item_ids is None or waiting is None else \
            waiting | set(item_ids)
        self.show_message(tr("Answer written; the community's verdicts update once survey edits are prepared."))
        return True

    def wait_for_preparation_to_route(self, item_id):
        """True when the route waits for the preparation (it is drawn when the preparation ends)."""
        if self._preparing is None:
            return False
        self._waiting_route = (self._current_fid, item_id)
        self.show_message(tr("The route is drawn once the walking network is prepared…"))
        return True
