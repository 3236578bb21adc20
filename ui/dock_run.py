"""The inspector dock's run: the check as a QgsProcessingAlgRunnerTask of completecommunity:checkcommunities, its
progress and cancellation, and its outputs loaded into the project as the Processing dialog loads them."""

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
)

from complete_community.core.i18n import tr
from complete_community.processing.algorithms.check_communities import CheckCommunitiesAlgorithm as Check
from complete_community.ui.dock_common import (
    ALGORITHM_ID,
    warm_profile,
)

RESULT_TABLES = {Check.OUTPUT: "community_results", Check.OUTPUT_ITEMS: "item_results"}
_ORPHANED_RUNS = []  # runs cancelled by an unload: QGIS's task still refers to their context and feedback


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



class RunPanel:
    """Running the check from CommunityDock."""

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
        if not self.form.profile_file.filePath().strip():  # the results will need it: parsed while the check runs
            warm_profile(self.form.profile_combo.currentData())
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
        self.cancel_preparation()  # it read for the results this run replaces
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

