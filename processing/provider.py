"""Processing provider `completecommunity`: the id never changes, models and scripts refer to it."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from complete_community.core.i18n import tr
from complete_community.core.metadata import plugin_metadata
from complete_community.core.paths import icon_path

PROVIDER_ID = "completecommunity"


class CompleteCommunityProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return tr("Complete Community Check")

    def longName(self):  # noqa: N802 (QGIS API)
        return tr("Complete Community Check {}").format(self.versionInfo())

    def icon(self):
        return QIcon(self.svgIconPath())

    def svgIconPath(self):  # noqa: N802 (QGIS API)
        return icon_path("complete_community")

    def versionInfo(self):  # noqa: N802 (QGIS API)
        return plugin_metadata("version")

    def loadAlgorithms(self):  # noqa: N802 (QGIS API)
        from complete_community.processing.algorithms import algorithm_classes

        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())
        from complete_community.processing.models import shipped_models

        for model in shipped_models():  # resources/models: a whole city in one step
            self.addAlgorithm(model)
