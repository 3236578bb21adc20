"""Styling Processing outputs when QGIS loads them: a layer post-processor applies our QML (symbology and Chinese
field aliases). Never restyle inside processAlgorithm, which may run on a worker thread."""

from qgis.core import QgsProcessingLayerPostProcessorInterface

from complete_community.core.i18n import tr
from complete_community.core.paths import STYLES_DIR

# Post-processors must outlive the algorithm run: QGIS keeps only a raw pointer.
_KEEP_ALIVE = []


class StyleFromQml(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, qml_name, layer_name):
        super().__init__()
        self.qml_path = str(STYLES_DIR / "{}.qml".format(qml_name))
        self.layer_name = layer_name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        message, ok = layer.loadNamedStyle(self.qml_path)
        if not ok:
            feedback.pushWarning(tr("Could not apply the style {}: {}").format(self.qml_path, message))
            return
        if self.layer_name:
            layer.setName(self.layer_name)
        layer.triggerRepaint()


def style_output(context, destination_id, qml_name, layer_name=None):
    """Attach the style to an output that QGIS will load when the algorithm finishes."""
    if not destination_id or not context.willLoadLayerOnCompletion(destination_id):
        return None
    processor = StyleFromQml(qml_name, layer_name)
    _KEEP_ALIVE.append(processor)
    del _KEEP_ALIVE[:-64]  # old runs' layers were styled long ago
    context.layerToLoadOnCompletionDetails(destination_id).setPostProcessor(processor)
    return processor
