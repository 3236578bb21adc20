"""Small base class every algorithm of the provider derives from."""

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtGui import QIcon

from complete_community.core.i18n import tr
from complete_community.core.paths import icon_path


class CompleteCommunityAlgorithm(QgsProcessingAlgorithm):
    """Shared plumbing: instance creation, translation, icon and a help text that lists every parameter."""

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
