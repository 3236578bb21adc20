"""The inspector dock's set-up panel: profile, mapping, layers and fields (pre-filled from the names the check
recognises), options; what keeps it from running; the algorithm's parameters; the set-up stored in the project."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt

from complete_community.core.check.fields import (
    COMMUNITY_FIELDS,
    FACILITY_FIELDS,
    RESIDENT_FIELDS,
    is_result_field,
)
from complete_community.core.check.model import PRESENCE, STRICT
from complete_community.core.i18n import interface_is_chinese, tr
from complete_community.core.mapping import MappingError, bundled_mapping_titles, load_mapping
from complete_community.core.profiles.loader import DEFAULT_PROFILE, ProfileError, load_profile
from complete_community.core.qgis_compat import enum_value, polygon_geometry_type
from complete_community.core.values import find_field
from complete_community.processing.algorithms.check_communities import CheckCommunitiesAlgorithm as Check
from complete_community.processing.parameters.mapping import MAPPING, MAPPING_FILE
from complete_community.processing.parameters.network import NETWORK
from complete_community.processing.parameters.profile import PROFILE, PROFILE_FILE, profile_titles
from complete_community.ui.dock_common import (
    SCOPE,
)
from complete_community.ui.dock_run import result_files

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


def _layer_filter(names):
    value = None
    for name in names:
        member = enum_value("Qgis.LayerFilter." + name, "QgsMapLayerProxyModel.Filter." + name)
        value = member if value is None else value | member
    return value



class SetupPanel:
    """The set-up tab of CommunityDock."""

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
        """The algorithm's parameters for the set-up; the outputs are loaded into the project when the run ends. The
        layers are given as themselves, not by id: the run looks them up in its own thread, and a lookup walks the
        project's layer store, which the GUI thread may be changing meanwhile."""
        form = self.form
        parameters = {
            Check.COMMUNITIES: form.community_layer.currentLayer(),
            Check.FACILITIES: form.facility_layer.currentLayer(),
            PROFILE: form.profile_combo.currentData() or DEFAULT_PROFILE,
            MAPPING: form.mapping_combo.currentData() or "taxonomy",
            Check.ATTRIBUTE_POLICY: form.policy_combo.currentData() or STRICT,
        }
        for name, key in ((PROFILE_FILE, form.profile_file), (MAPPING_FILE, form.mapping_file)):
            if key.filePath().strip():
                parameters[name] = key.filePath().strip()
        for name, key in ((NETWORK, form.network_layer), (Check.RESIDENTS, form.residents_layer)):
            if key.currentLayer() is not None:
                parameters[name] = key.currentLayer()
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

