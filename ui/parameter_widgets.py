"""Processing dialog widgets for parameters whose stored value is a code but whose reader is a person: choices shown by
name (a profile by the standard's title, a mapping by its source), facility types picked from a list in the
interface language, and field choices that show, before the run, the field the algorithm would pick on its own.

A parameter opts in through its metadata ({'widget_wrapper': {'class': '<this module>.<wrapper>', …}}), so the
value that reaches the algorithm — and scripts, batch files, models and qgis_process — stays the code. The
Processing framework builds these wrappers in the algorithm dialog, the batch dialog and the modeler."""

from qgis.core import NULL, QgsProcessingFeatureSourceDefinition, QgsProcessingUtils, QgsProject, QgsVectorLayer
from qgis.gui import QgsCheckableComboBox, QgsFieldComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QLabel, QLineEdit

from complete_community.core.i18n import interface_is_chinese, tr
from complete_community.core.qgis_compat import optional_parameter_flag
from complete_community.core.taxonomy import facility_types, resolve_type
from complete_community.core.values import find_field
from processing.gui.wrappers import DIALOG_BATCH, DIALOG_MODELER, WidgetWrapper


def _is_empty(value):
    return value is None or value == NULL or value == "" or value == []


class _Wrapper(WidgetWrapper):
    """The label as QGIS's own widgets write it, in the plugin's language (Processing's Python wrappers translate
    " [optional]" in a context QGIS's catalogue does not have, so a Chinese dialog would say [optional])."""

    def createLabel(self):  # noqa: N802 (Processing API)
        if self.dialogType == DIALOG_BATCH:
            return None
        definition = self.parameterDefinition()
        text = definition.description()
        if definition.flags() & optional_parameter_flag():
            text += " " + tr("[optional]")
        label = QLabel(text)
        label.setToolTip(definition.name())
        return label


class LabelledChoiceWrapper(_Wrapper):
    """A drop-down of a static-string choice: shows labels[code], returns the code."""

    def createWidget(self, labels=None):  # noqa: N802 (Processing API)
        widget = QComboBox()
        labels = labels or {}
        for code in self.parameterDefinition().options():
            widget.addItem(labels.get(code, code), code)
            widget.setItemData(widget.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
        widget.currentIndexChanged.connect(lambda _index: self.widgetValueHasChanged.emit(self))
        return widget

    def setValue(self, value):  # noqa: N802
        if isinstance(value, list):
            value = value[0] if value else None
        if _is_empty(value):
            return
        index = self.widget.findData(str(value))
        if index < 0 and str(value).isdigit() and int(value) < self.widget.count():  # a position, as old scripts give
            index = int(value)
        if index >= 0:
            self.widget.setCurrentIndex(index)

    def value(self):
        return self.widget.currentData()


class FacilityTypesWrapper(_Wrapper):
    """Facility types ticked in a list of their names in the interface language; the value is the codes, comma
    separated (the text parameter also takes names typed by hand, in scripts). Nothing ticked: every type."""

    def createWidget(self):  # noqa: N802
        widget = QgsCheckableComboBox()
        chinese = interface_is_chinese()
        for code, entry in facility_types().items():
            widget.addItemWithCheckState(entry.name_zh if chinese else entry.name_en, Qt.CheckState.Unchecked, code)
            widget.setItemData(widget.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
        widget.setDefaultText(tr("Every type in the layer"))
        widget.checkedItemsChanged.connect(lambda _items: self.widgetValueHasChanged.emit(self))
        return widget

    def setValue(self, value):  # noqa: N802
        if _is_empty(value):
            self.widget.deselectAllOptions()
            return
        words = value if isinstance(value, list) else str(value).replace("，", ",").split(",")
        self.widget.setCheckedItems([])
        codes = {resolve_type(word) for word in words if str(word).strip()}
        for index in range(self.widget.count()):
            state = Qt.CheckState.Checked if self.widget.itemData(index) in codes else Qt.CheckState.Unchecked
            self.widget.setItemCheckState(index, state)

    def value(self):
        checked = [self.widget.itemData(index) for index in range(self.widget.count())
                   if self.widget.itemCheckState(index) == Qt.CheckState.Checked]
        return ",".join(checked) or None


class DetectedFieldWrapper(_Wrapper):
    """A field of the parent layer; when the layer changes, the field the algorithm would choose by itself (the first
    of the common names present) is preselected, so the user sees and can correct the choice before the run.
    In the modeler, where there is no layer yet, a field name typed by hand."""

    def createWidget(self, candidates=()):  # noqa: N802
        self.candidates = list(candidates or ())
        if self.dialogType == DIALOG_MODELER:
            widget = QLineEdit()
            widget.setPlaceholderText(tr("Empty: the first of {} found in the layer.").format(
                ", ".join(self.candidates)))
            return widget
        widget = QgsFieldComboBox()
        widget.setAllowEmptyFieldName(True)
        widget.fieldChanged.connect(lambda _name: self.widgetValueHasChanged.emit(self))
        return widget

    def postInitialize(self, wrappers):  # noqa: N802 (Processing API: every wrapper of the dialog exists now)
        if self.dialogType == DIALOG_MODELER:
            return
        parent_name = self.parameterDefinition().parentLayerParameterName()
        for wrapper in wrappers:
            if wrapper.parameterDefinition().name() == parent_name:
                self.parent_changed(wrapper)
                wrapper.widgetValueHasChanged.connect(self.parent_changed)
                break

    def parent_changed(self, parent_wrapper):
        chosen = self.value()
        layer = self._layer_of(parent_wrapper.parameterValue())
        self.widget.setLayer(layer)
        names = layer.fields().names() if layer is not None else []
        if chosen in names:
            self.widget.setField(chosen)
        else:
            self.widget.setField(find_field(names, self.candidates) or "")

    def _layer_of(self, value):
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            value = value.source.staticValue()
        if isinstance(value, QgsVectorLayer):
            return value
        if _is_empty(value) or not isinstance(value, str):
            return None
        layer = QgsProject.instance().mapLayer(value)
        if layer is None:  # a file path: loaded once into a context the wrapper keeps (the combo box holds the layer)
            from processing.tools.dataobjects import createContext

            self._context = getattr(self, "_context", None) or createContext()
            layer = QgsProcessingUtils.mapLayerFromString(value, self._context)
        return layer if isinstance(layer, QgsVectorLayer) and layer.isValid() else None

    def setValue(self, value):  # noqa: N802
        if _is_empty(value):
            return
        if self.dialogType == DIALOG_MODELER:
            self.widget.setText(str(value))
        else:
            self.widget.setField(str(value))

    def value(self):
        text = self.widget.text() if self.dialogType == DIALOG_MODELER else self.widget.currentField()
        return text or None
