"""What happens to an output when QGIS loads it: a layer post-processor applies our QML (symbology, field aliases and
value labels in the interface's language: <name>.qml in Chinese, <name>_en.qml otherwise) when the output has one,
names the layer, and puts it in the plugin's layer group. Never restyle inside processAlgorithm, which may run on a
worker thread."""

import os

from qgis.core import QgsProcessingLayerPostProcessorInterface, QgsProject

from complete_community.core.i18n import interface_is_chinese, tr
from complete_community.core.paths import STYLES_DIR
from complete_community.processing.shapefile import RENAMED, renamed_style

# Post-processors must outlive the algorithm run: QGIS keeps only a raw pointer.
_KEEP_ALIVE = []


def group_name():
    return tr("Complete Community Check")


def style_path(qml_name, chinese=None):
    """The QML file of a style in the interface's language (or in Chinese when `chinese` is true, in English when it is
    false): resources/styles/<name>.qml in Chinese, <name>_en.qml in English, the Chinese file when there is no
    English one."""
    if chinese is None:
        chinese = interface_is_chinese()
    if not chinese:
        english = STYLES_DIR / "{}_en.qml".format(qml_name)
        if english.is_file():
            return str(english)
    return str(STYLES_DIR / "{}.qml".format(qml_name))


def style_aliases(qml_name, chinese=None):
    """{field: alias} of a style in the interface's language (or as `chinese` says): what people call the fields (CSV
    column titles)."""
    from xml.etree import ElementTree

    root = ElementTree.parse(style_path(qml_name, chinese)).getroot()
    return {alias.get("field"): alias.get("name") for alias in root.iter("alias") if alias.get("name")}


# what a value map calls an empty value (QgsValueMapFieldFormatter.NULL_VALUE)
VALUE_MAP_NULL = "{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"


def style_value_maps(qml_name, chinese=None):
    """{field: {code: label}} of the value maps of a style in the interface's language (or as `chinese` says): what
    people read instead of the codes the check writes. An empty value's label is under the key None."""
    from xml.etree import ElementTree

    root = ElementTree.parse(style_path(qml_name, chinese)).getroot()
    maps = {}
    for field in root.iter("field"):
        widget = field.find("editWidget")
        if widget is None or widget.get("type") != "ValueMap":
            continue
        labels = {}
        for option in widget.iter("Option"):
            if option.get("type") == "QString" and option.get("name") is not None and option.get("value") is not None:
                code = option.get("value")
                labels[None if code == VALUE_MAP_NULL else code] = option.get("name")
        maps[field.get("name")] = labels
    return maps


class LoadedOutput(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, qml_name=None, layer_name=None, hidden_fields=()):
        super().__init__()
        self.qml_name = qml_name
        self.layer_name = layer_name
        self.hidden_fields = set(hidden_fields)

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        renamed = RENAMED.get(os.path.normcase(os.path.realpath(layer.source().split("|", 1)[0])), {})
        if self.qml_name:
            path = style_path(self.qml_name)  # the language when the layer is loaded
            if renamed:  # a shapefile's short field names: the style refers to them instead of the full ones
                path = renamed_style(path, renamed)
            message, ok = layer.loadNamedStyle(path)
            if not ok:
                feedback.pushWarning(tr("Could not apply the style {}: {}").format(path, message))
        if self.layer_name:
            layer.setName(self.layer_name)
        if renamed:
            titles = style_aliases(self.qml_name) if self.qml_name else {}
            for short, full in renamed.items():
                index = layer.fields().lookupField(short)
                if index >= 0:
                    layer.setFieldAlias(index, titles.get(full) or full)
        if self.hidden_fields:
            hide_columns(layer, {name for name in self.hidden_fields} | {
                short for short, full in renamed.items() if full in self.hidden_fields})
        keep_present_categories(layer)
        put_in_group(layer, context.project() or QgsProject.instance())
        layer.triggerRepaint()


def keep_present_categories(layer):
    """A categorized style lists every code it knows (37 facility types, every network problem); the legend of a
    result lists only those on the map."""
    renderer = layer.renderer() if hasattr(layer, "renderer") else None
    if renderer is None or renderer.type() != "categorizedSymbol":
        return
    index = layer.fields().lookupField(renderer.classAttribute())
    if index < 0:
        return
    present = {str(value) for value in layer.uniqueValues(index)}
    for position in reversed(range(len(renderer.categories()))):
        if str(renderer.categories()[position].value()) not in present:
            renderer.deleteCategory(position)


def hide_columns(layer, names):
    """Hide these fields' columns in the attribute table (the data keeps them)."""
    config = layer.attributeTableConfig()
    columns = config.columns()
    for column in columns:
        if column.name in names:
            column.hidden = True
    config.setColumns(columns)
    layer.setAttributeTableConfig(config)


def put_in_group(layer, project):
    """Move the layer from the top of the layer tree into the plugin's group (created at the top); a layer the user's
    Processing settings already placed in a group stays there."""
    root = project.layerTreeRoot()
    node = root.findLayer(layer.id())
    if node is None or node.parent() is not root:
        return
    group = root.findGroup(group_name()) or root.insertGroup(0, group_name())
    group.insertChildNode(0, node.clone())
    root.removeChildNode(node)


def style_output(context, destination_id, qml_name=None, layer_name=None, hidden_fields=()):
    """Attach the post-processor to an output that QGIS will load when the algorithm finishes."""
    if not destination_id or not context.willLoadLayerOnCompletion(destination_id):
        return None
    processor = LoadedOutput(qml_name, layer_name, hidden_fields)
    _KEEP_ALIVE.append(processor)
    del _KEEP_ALIVE[:-64]  # old runs' layers were styled long ago
    context.layerToLoadOnCompletionDetails(destination_id).setPostProcessor(processor)
    return processor
