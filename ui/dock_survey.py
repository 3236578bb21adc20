"""The inspector dock's surveyed items: the selected community's answers edited in the dock, written through the
community layer's edit buffer (undo works), and the community checked again at once with its verdicts written
into both result layers."""

from qgis.core import (
    NULL,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QComboBox, QTreeWidgetItem

from complete_community.core.check.fields import (
    is_result_field,
    item_field_name,
)
from complete_community.core.check.model import STRICT
from complete_community.core.check.recheck import (
    NO,
    UNKNOWN_ANSWER,
    YES,
    current_answer,
    items_reading,
    recheck_community,
    survey_questions,
    value_for_answer,
)
from complete_community.core.i18n import interface_is_chinese, tr
from complete_community.core.qgis_compat import enum_value
from complete_community.processing.check_outputs import community_fields, community_values, item_fields, item_rows
from complete_community.ui.dock_common import (
    answer_text,
    plain,
    status_icon,
)


class SurveyPanel:
    """The surveyed items of CommunityDock."""

    def _watch_input(self, layer):
        """Follow the community layer's attribute edits (from the dock, the attribute table, undo/redo): a surveyed
        answer that changes checks its community again."""
        if self._watched_input is not None:
            try:
                self._watched_input.attributeValueChanged.disconnect(self._input_attribute_changed)
            except (TypeError, RuntimeError):
                pass
        self._watched_input = layer if isinstance(layer, QgsVectorLayer) else None
        if self._watched_input is not None:
            self._watched_input.attributeValueChanged.connect(self._input_attribute_changed)

    def _fill_survey(self, fid):
        form = self.form
        tree = form.survey_tree
        tree.clear()
        form.survey_note.clear()
        data, profile = self.check_data(), self.check_profile()
        if fid is None or data is None or profile is None:
            return
        layer = data.layers["communities"]
        input_fid = data.input_fid(self._community_of_fid.get(fid))
        feature = layer.getFeature(input_fid) if input_fid is not None else None
        if feature is None or not feature.isValid():
            form.survey_note.setText(tr("The community is no longer in the layer “{}”.").format(layer.name()))
            return
        answers = self.answers_for(self._community_of_fid.get(fid))  # the answers table's stand in for the layer's
        chinese = interface_is_chinese()
        names = [name for name in layer.fields().names() if not is_result_field(name)]
        statuses = {str(row.get("item_id")): row.get("status") for row in self._rows.get(
            self._community_of_fid.get(fid), [])}
        for question in survey_questions(profile, names):
            item = profile.items[question.item_id]
            label = question.label[0 if chinese else 1]
            line = QTreeWidgetItem(["{} {}".format(item.name.get("zh" if chinese else "en"), label)])
            line.setIcon(0, status_icon(statuses.get(question.item_id)))
            line.setToolTip(0, tr("Field: {}").format(question.field) if question.field else
                            tr("The layer has none of the fields {}").format("、".join(question.fields)))
            tree.addTopLevelItem(line)
            if question.field is None:
                line.setText(1, tr("no field"))
                line.setForeground(1, QBrush(QColor("#9e9e9e")))
                continue
            combo = QComboBox()
            for code in (YES, NO, UNKNOWN_ANSWER):
                combo.addItem(answer_text(code), code)
            value = answers[question.field] if question.field in answers else feature[question.field]
            combo.setCurrentIndex(combo.findData(current_answer(question, value)))
            combo.setProperty("question", question.requirement_id)
            combo.activated.connect(lambda _index, q=question, c=combo: self.set_survey_answer(q, c.currentData()))
            tree.setItemWidget(line, 1, combo)
        writable = self._writable(layer)
        form.answers_button.setVisible(not writable)
        if not writable and self.answers_layer is not None:
            form.survey_note.setText(tr("The layer “{}” is read-only: answers are written to the table “{}” (Ctrl+Z "
                                        "undoes them; save that layer's edits to keep them).").format(
                layer.name(), self.answers_layer.name()))
        elif self.answers_layer is not None:  # chosen: it holds the answers (they stand in for the layer's)
            form.survey_note.setText(tr("Answers are written to the table “{}” (Ctrl+Z undoes them; save that "
                                        "layer's edits to keep them).").format(self.answers_layer.name()))
        elif not writable:
            form.survey_note.setText(tr("The layer “{}” is read-only: choose a GeoPackage table for the answers "
                                        "(button below).").format(layer.name()))
        else:
            form.survey_note.setText(tr("Answers are written to the layer “{}” (Ctrl+Z undoes them; save the "
                                        "layer's edits to keep them).").format(layer.name()))

    @staticmethod
    def _writable(layer):
        capability = enum_value("Qgis.VectorProviderCapability.ChangeAttributeValues",
                                "QgsVectorDataProvider.Capability.ChangeAttributeValues")
        return not layer.readOnly() and bool(layer.dataProvider().capabilities() & capability)

    def survey_combo(self, requirement_id):
        """The answer box of a surveyed requirement ('municipal', 'ebike/ebike_surveyed') of the shown community."""
        tree = self.form.survey_tree
        for index in range(tree.topLevelItemCount()):
            widget = tree.itemWidget(tree.topLevelItem(index), 1)
            if widget is not None and widget.property("question") == requirement_id:
                return widget
        return None

    def set_survey_answer(self, question, chosen):
        """Write the answer (yes / no / unknown) of a surveyed requirement for the selected community into the
        community layer through its edit buffer, as one undoable command; the community is then checked again
        (_input_attribute_changed). A read-only layer is left as it is, with a message."""
        data = self.check_data()
        if data is None or self._current_fid is None or not question.field:
            return False
        layer = data.layers["communities"]
        input_fid = data.input_fid(self._community_of_fid.get(self._current_fid))
        if input_fid is None:
            return False
        index = layer.fields().lookupField(question.field)
        value = value_for_answer(question, chosen, numeric=layer.fields().at(index).isNumeric())
        if self.answers_layer is not None:  # once chosen, the table holds the answers (its values win when read)
            return self.write_answer(self._community_of_fid.get(self._current_fid), question.field, value)
        if not self._writable(layer):
            self.show_message(tr("The layer “{}” is read-only: the answer was not written. Choose a GeoPackage table "
                                 "for the answers in the surveyed items tab.").format(layer.name()), error=True)
            self._fill_survey(self._current_fid)
            return False
        if not layer.isEditable() and not layer.startEditing():
            self.show_message(tr("The layer “{}” cannot be edited.").format(layer.name()), error=True)
            return False
        layer.beginEditCommand(tr("Survey answer: {}").format(question.field))
        if layer.changeAttributeValue(input_fid, index, NULL if value is None else value):
            layer.endEditCommand()
        else:
            layer.destroyEditCommand()
            self.show_message(tr("The answer could not be written to the layer “{}”.").format(layer.name()),
                              error=True)
            return False
        self.show_message(tr("Answer written to “{}” (not saved yet: save the layer's edits to keep it; Ctrl+Z "
                             "undoes it).").format(layer.name()))
        return True

    def _input_attribute_changed(self, input_fid, index, _new_value):
        if self._rechecking or self.community_layer is None or index < 0:
            return
        data, profile = self.check_data(), self.check_profile()
        if data is None or profile is None or data.layers["communities"] is not self._watched_input:
            return
        item_ids = items_reading(profile, self._watched_input.fields().at(index).name())
        if not item_ids:
            return
        community_id = next((cid for cid in self._community_of_fid.values() if data.input_fid(cid) == input_fid),
                            None)
        if community_id is not None:
            self.recheck(community_id, item_ids)

    def recheck(self, community_id, item_ids=None):
        """Check one community again (the items item_ids; all when None) with its attributes as they are now, and
        write its verdicts into both result layers, the list and the checklist: no full run."""
        data, profile = self.check_data(), self.check_profile()
        fid = next((f for f, cid in self._community_of_fid.items() if cid == community_id), None)
        if data is None or profile is None or fid is None:
            return None
        if self.wait_for_preparation_to_recheck(community_id, item_ids):
            return None
        community, feature = data.community(data.input_fid(community_id), community_id, profile,
                                            self.answers_for(community_id))
        if community is None:
            return None
        result_feature = self.community_layer.getFeature(fid)
        previous = {item.id: plain(result_feature[item_field_name(item.id)])
                    for item in profile.ordered_items()
                    if result_feature.fields().lookupField(item_field_name(item.id)) >= 0}
        previous = {key: value for key, value in previous.items() if value}
        unverified = (plain(result_feature["cc_unverified_items"]) or "").split(",") \
            if result_feature.fields().lookupField("cc_unverified_items") >= 0 else []
        rows = self._rows.get(community_id, [])
        walk_speed = next((row.get("walk_speed") for row in rows if plain(row.get("walk_speed"))), None)
        samples = data.samples(community, feature)
        self._rechecking = True
        try:
            result = recheck_community(
                profile, community, data.facilities(), samples, data.distances(samples), item_ids=item_ids,
                previous=previous, previous_unverified=unverified, walk_speed=walk_speed,
                attribute_policy=self.form.policy_combo.currentData() or STRICT, shared_cache=data.shared_cache)
            self._write_recheck(fid, community_id, result, profile, feature, walk_speed or profile.walk_speed.value,
                                item_ids)
        finally:
            self._rechecking = False
        return result

    def _write_recheck(self, fid, community_id, result, profile, input_feature, walk_speed, item_ids):
        layer, items = self.community_layer, self.items_layer
        names = community_fields(profile, input_feature.fields()).names()
        values = dict(zip(names, community_values(result, profile, input_feature)))
        feature = layer.getFeature(fid)
        changes = {}
        for name, value in values.items():
            index = layer.fields().lookupField(name)
            if index >= 0 and feature[name] != value:
                changes[index] = NULL if value is None else value
        if changes:
            layer.dataProvider().changeAttributeValues({fid: changes})
        item_names = item_fields().names()
        wanted = None if item_ids is None else set(item_ids)
        rows = {str(row.get("item_id")): row for row in self._rows.get(community_id, [])}
        item_changes = {}
        for values_row in item_rows(result, profile, walk_speed):
            row = dict(zip(item_names, values_row))
            item_id = str(row["item_id"])
            if wanted is not None and item_id not in wanted:
                continue
            rows[item_id] = row
            item_fid = self._item_fids.get((community_id, item_id))
            if item_fid is not None:
                item_changes[item_fid] = {items.fields().lookupField(name): NULL if value is None else value
                                          for name, value in row.items() if items.fields().lookupField(name) >= 0}
        if item_changes:
            items.dataProvider().changeAttributeValues(item_changes)
        self._rows[community_id] = list(rows.values())
        row_index = self._row_of_fid.get(fid)
        if row_index is not None:
            self._show_row([self.model.item(row_index, column) for column in range(self.model.columnCount())],
                           layer.getFeature(fid))
        layer.triggerRepaint()
        if fid == self._current_fid:
            self.show_checklist(fid)

