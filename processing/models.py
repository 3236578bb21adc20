"""The Processing models shipped with the provider (resources/models/*.model3, written by scripts/make_models.py):
loaded as algorithms of the provider, e.g. completecommunity:wholecity — classify → check → service areas → report —
so a whole city runs in one step and several in the toolbox's batch mode. The model keeps its id; its name in the
toolbox is translated here."""

from qgis.core import QgsProcessingException, QgsProcessingModelAlgorithm
from qgis.PyQt.QtGui import QIcon

from complete_community.core.i18n import tr
from complete_community.core.paths import RESOURCES_DIR, icon_path
from complete_community.processing.base import ParameterChecks, group_names, new_output_files, remove_files

MODELS_DIR = RESOURCES_DIR / "models"


def model_titles():
    """Display names by model id (translated when asked)."""
    return {"wholecity": tr("Whole city in one step (classify, check, service areas, report)")}


class ShippedModel(ParameterChecks, QgsProcessingModelAlgorithm):
    """A model file of resources/models, with a translated name, the provider's group and icon. Its outputs are
    checked before it runs as every algorithm's are (an output that is an input, a folder that does not exist), and
    a run that fails in a later step removes the files the earlier steps wrote."""

    def __init__(self, path):
        super().__init__()
        self._path = str(path)
        if not self.fromFile(self._path):
            raise ValueError("cannot read the model {}".format(self._path))

    def createInstance(self):  # noqa: N802 (QGIS API)
        return ShippedModel(self._path)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        created = new_output_files(self, parameters, context)
        try:
            return super().processAlgorithm(parameters, context, feedback)
        except QgsProcessingException:
            # a step failed (its message is in the log): what the steps before it wrote is no result
            remove_files(created)
            feedback.reportError(self.tr("Nothing was written: the outputs of the steps that had run were removed."))
            raise

    def displayName(self):  # noqa: N802 (QGIS API)
        return model_titles().get(self.name(), self.name())

    def group(self):
        return group_names().get(self.groupId(), self.groupId())

    def icon(self):
        return QIcon(self.svgIconPath())

    def svgIconPath(self):  # noqa: N802 (QGIS API)
        return icon_path("complete_community")


def shipped_models():
    return [ShippedModel(path) for path in sorted(MODELS_DIR.glob("*.model3"))]
