"""Surveyed answers kept in a table of the user's choice, for a community layer the dock cannot write to (a read-only
GeoPackage, a WFS, a database view): a non-spatial table `survey_answers` (community_id, field, value) in a
GeoPackage the user picks, one row per community and surveyed field, the value as the community layer's field would
hold it (NULL: unknown). The table is a layer of the project (its edit buffer gives undo; saving its edits keeps the
answers) and its file a project entry (setup/answers_file). An answer in the table stands in for the community
layer's value wherever the dock reads one: the survey tab, the one-community re-check — also after a full run and
when the project is read back (the communities with answers are checked again). The Processing algorithm itself
reads only the community layer."""

import os

from qgis.core import NULL, QgsExpression, QgsFeature, QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QFileDialog

from complete_community.core.check.answers import ANSWER_FIELDS, ANSWERS_TABLE
from complete_community.core.check.recheck import items_reading
from complete_community.core.i18n import tr
from complete_community.ui.dock_common import SCOPE


def create_answers_table(path):
    """Add the table survey_answers to the GeoPackage at path (created when absent); an existing table is kept.
    Returns None, or a translated message saying why it cannot be."""
    from osgeo import gdal, ogr

    was = gdal.GetUseExceptions()  # GDAL's errors as exceptions here only: the process-wide setting is QGIS's
    gdal.UseExceptions()
    try:
        if os.path.exists(path):
            dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
        else:
            dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
        if dataset.GetLayerByName(ANSWERS_TABLE) is None:
            table = dataset.CreateLayer(ANSWERS_TABLE, geom_type=ogr.wkbNone)
            for name in ANSWER_FIELDS:
                table.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        dataset = None
    except RuntimeError as error:
        return tr("The GeoPackage “{}” cannot hold the answers: {}").format(path, error)
    finally:
        if not was:
            gdal.DontUseExceptions()
    return None


class AnswersPanel:
    """CommunityDock's answers table: choose it, write to it, read it back."""

    def _init_answers(self):
        self.answers_layer = None
        self._answer_keys = {}  # the table's feature id → (community id, field), to know what an undone row was
        self.form.answers_button.clicked.connect(self.choose_answers_table)
        self.form.answers_button.setVisible(False)

    def choose_answers_table(self):
        path, _filter = QFileDialog.getSaveFileName(
            self, tr("GeoPackage for the survey answers"), self._answers_file() or "", tr("GeoPackage (*.gpkg)"),
            options=QFileDialog.Option.DontConfirmOverwrite)  # an existing GeoPackage gets the table added
        if path:
            self.set_answers_table(path if path.lower().endswith(".gpkg") else path + ".gpkg")

    def _answers_file(self):
        return QgsProject.instance().readEntry(SCOPE, "setup/answers_file", "")[0]

    def set_answers_table(self, path, recheck=True):
        """Use the table survey_answers of the GeoPackage at path (created when needed) for the answers: added to the
        project, remembered in it; the communities it has answers for are checked again. False with a message when it
        cannot be used."""
        problem = create_answers_table(path)
        layer = None
        if problem is None:
            source = "{}|layername={}".format(path, ANSWERS_TABLE)
            layer = next((candidate for candidate in QgsProject.instance().mapLayers().values()
                          if isinstance(candidate, QgsVectorLayer) and candidate.source() == source), None)
            if layer is None:
                layer = QgsVectorLayer(source, tr("Survey answers"), "ogr")
                if layer.isValid():
                    QgsProject.instance().addMapLayer(layer)
            missing = [name for name in ANSWER_FIELDS if layer.fields().lookupField(name) < 0]
            if not layer.isValid() or missing or layer.readOnly():
                problem = tr("The table “{}” in “{}” cannot be used for the answers: it needs the text fields {} and "
                             "must be writable.").format(ANSWERS_TABLE, path, ", ".join(ANSWER_FIELDS))
        if problem:
            self.show_message(problem, error=True)
            return False
        self._watch_answers(layer)
        QgsProject.instance().writeEntry(SCOPE, "setup/answers_file", path)
        self.show_message(tr("Survey answers go to the table “{}” in “{}”.").format(ANSWERS_TABLE, path))
        if recheck:
            self.apply_answers()
        if self._current_fid is not None:
            self._fill_survey(self._current_fid)
        return True

    def restore_answers_table(self):
        """The answers table the project remembers (on reading a project)."""
        path = self._answers_file()
        if path and os.path.exists(path):
            self.set_answers_table(path, recheck=False)
        elif path:
            self.show_message(tr("The survey answers GeoPackage “{}” is missing: choose it again.").format(path),
                              error=True)

    def _watch_answers(self, layer):
        old = self.answers_layer
        for name, slot in (("attributeValueChanged", self._answer_changed), ("featureAdded", self._answer_added),
                           ("featureDeleted", self._answer_deleted), ("willBeDeleted", self._answers_layer_gone)):
            try:
                getattr(old, name).disconnect(slot)
            except (AttributeError, TypeError, RuntimeError):  # no layer, or deleted with its project
                pass
        self.answers_layer = layer
        self._answer_keys = {}
        if layer is not None:
            layer.attributeValueChanged.connect(self._answer_changed)
            layer.featureAdded.connect(self._answer_added)
            layer.featureDeleted.connect(self._answer_deleted)
            layer.willBeDeleted.connect(self._answers_layer_gone)

    def _answers_layer_gone(self):
        self._watch_answers(None)

    def answers_for(self, community_id):
        """{field: value} of the community's answers in the table (its edit buffer included); {} without a table."""
        layer = self.answers_layer
        if layer is None or community_id is None:
            return {}
        request = QgsFeatureRequest().setFilterExpression(
            QgsExpression.createFieldEqualityExpression("community_id", str(community_id)))
        answers = {}
        for feature in layer.getFeatures(request):
            field = feature["field"]
            if field is None or field == NULL:
                continue
            value = feature["value"]
            answers[str(field)] = None if value is None or value == NULL else value
            self._answer_keys[feature.id()] = (str(community_id), str(field))
        return answers

    def write_answer(self, community_id, field, value):
        """The answer of the community for the field into the table as one undoable edit (the row changed, or added)."""
        layer = self.answers_layer
        if not layer.isEditable() and not layer.startEditing():
            self.show_message(tr("The layer “{}” cannot be edited.").format(layer.name()), error=True)
            return False
        value = NULL if value is None else str(value)
        request = QgsFeatureRequest().setFilterExpression("{} AND {}".format(
            QgsExpression.createFieldEqualityExpression("community_id", str(community_id)),
            QgsExpression.createFieldEqualityExpression("field", field)))
        existing = next(layer.getFeatures(request), None)
        layer.beginEditCommand(tr("Survey answer: {}").format(field))
        if existing is not None:
            done = layer.changeAttributeValue(existing.id(), layer.fields().lookupField("value"), value)
        else:
            feature = QgsFeature(layer.fields())
            feature.setAttribute("community_id", str(community_id))
            feature.setAttribute("field", field)
            feature.setAttribute("value", value)
            done = layer.addFeature(feature)
        if not done:
            layer.destroyEditCommand()
            self.show_message(tr("The answer could not be written to the layer “{}”.").format(layer.name()),
                              error=True)
            return False
        layer.endEditCommand()
        self.show_message(tr("Answer written to the table “{}” (not saved yet: save the layer's edits to keep it; "
                             "Ctrl+Z undoes it).").format(layer.name()))
        return True

    # the table changed (the dock's writes, its attribute table, undo/redo): the community is checked again
    def _answer_changed(self, fid, _index, _value):
        feature = self.answers_layer.getFeature(fid)
        if feature.isValid():
            self._answer_keys[fid] = (str(feature["community_id"]), str(feature["field"]))
        self._answer_touched(self._answer_keys.get(fid))

    def _answer_added(self, fid):
        self._answer_changed(fid, -1, None)

    def _answer_deleted(self, fid):
        self._answer_touched(self._answer_keys.pop(fid, None))

    def _answer_touched(self, key):
        profile = self.check_profile()
        if key is None or profile is None or self.community_layer is None:
            return
        community_id, field = key
        item_ids = items_reading(profile, field)
        if item_ids:
            self.recheck(community_id, item_ids)

    def apply_answers(self):
        """Check again every community the table has answers for (after a full run, which reads only the community
        layer, and when a project is read back)."""
        profile = self.check_profile()
        if self.answers_layer is None or profile is None or self.community_layer is None:
            return
        fields = {}
        for feature in self.answers_layer.getFeatures():
            fields.setdefault(str(feature["community_id"]), set()).add(str(feature["field"]))
        known = set(self._community_of_fid.values())
        for community_id, names in fields.items():
            item_ids = sorted({item_id for name in names for item_id in items_reading(profile, name)})
            if community_id in known and item_ids:
                self.recheck(community_id, item_ids)
