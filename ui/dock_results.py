"""The inspector dock's results: the community list (sortable, filtered by name), selection kept in step with
the map both ways, and the selected community's checklist by aspect with the chosen item's details."""

from qgis.core import (
    QgsProject,
)
from qgis.PyQt.QtCore import QItemSelection, QItemSelectionModel, QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import QHeaderView, QTreeWidgetItem

from complete_community.core.check.checklist import checklist
from complete_community.core.i18n import interface_is_chinese, tr
from complete_community.core.profiles.loader import ProfileError, bundled_profiles
from complete_community.ui.dock_common import (
    DETAIL_COLUMNS,
    FID_ROLE,
    SORT_ROLE,
    STATUS_COLOURS,
    ItemRows,
    attributes_only,
    cached_profile,
    escape_html,
    feature_value,
    shown_value,
    status_icon,
    status_text,
)

LIST_FIELDS = ("cc_id", "cc_name", "cc_population", "cc_band", "cc_fail", "cc_gaps", "cc_unknown", "cc_complete")


class CommunityFilterProxy(QSortFilterProxyModel):
    """The community list filtered by the search text (name) and, with a filter by item, by the communities kept."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.allowed = None
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_allowed(self, fids):
        self.allowed = None if fids is None else set(fids)
        self.invalidateFilter()

    def filterAcceptsRow(self, row, parent):  # noqa: N802 (Qt API)
        if self.allowed is not None:
            fid = self.sourceModel().index(row, 0, parent).data(FID_ROLE)
            if fid not in self.allowed:
                return False
        return super().filterAcceptsRow(row, parent)



class ResultsPanel:
    """The results tab of CommunityDock."""

    def _setup_results(self):
        form = self.form
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels([tr("Name"), tr("Population"), tr("Band"), tr("Gaps"), tr("Unknowns"),
                                              tr("Complete")])
        self.proxy = CommunityFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        form.community_table.setModel(self.proxy)
        form.community_table.verticalHeader().setVisible(False)
        form.community_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        form.community_table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        form.search_edit.valueChanged.connect(self.proxy.setFilterFixedString)
        form.zoom_button.clicked.connect(self.zoom_to_selected)
        form.item_filter_combo.currentIndexChanged.connect(self._item_filter_chosen)
        form.clear_filter_button.clicked.connect(self.clear_item_filter)
        tree = form.checklist_tree
        tree.setHeaderLabels([tr("Item"), tr("Status"), tr("Measured / threshold"), tr("Reason"),
                              tr("Nearest facility"), tr("Confidence")])
        for column in DETAIL_COLUMNS:  # the narrow dock shows them for the chosen item, below the tree
            tree.setColumnHidden(column, True)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.currentItemChanged.connect(self._checklist_item_changed)
        tree.itemDoubleClicked.connect(lambda item, _column: self.show_route(item.data(0, Qt.ItemDataRole.UserRole)))
        form.route_button.clicked.connect(lambda: self.show_route(self._current_item_id()))
        form.clear_route_button.clicked.connect(self.clear_route)
        form.survey_tree.setHeaderLabels([tr("Surveyed item"), tr("Answer")])
        form.survey_tree.header().setStretchLastSection(False)
        form.survey_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        form.survey_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # the list a third, the checklist the rest; in the checklist, the tree above the chosen item's details
        form.results_splitter.setStretchFactor(0, 1)
        form.results_splitter.setStretchFactor(1, 2)
        form.results_splitter.setSizes([190, 410])
        form.checklist_splitter.setStretchFactor(0, 3)
        form.checklist_splitter.setStretchFactor(1, 1)
        form.checklist_splitter.setSizes([320, 110])
        form.detail_label.setOpenLinks(False)
        form.progress_bar.setVisible(False)  # shown while a check runs
        self._fill_item_filter()

    def set_results(self, communities, items):
        """Show the results of a run (or of a project read back): the community layer and the item table."""
        self._release_layers()
        self.community_layer, self.items_layer = communities, items
        self._original_subset = None
        self._data = None
        self._rows = ItemRows(items)  # the ids now, a community's rows when its checklist is shown
        self._item_fids = self._rows.item_fids
        profile_id = self._rows.first().get("profile")
        self.profile = None
        if profile_id in bundled_profiles():
            try:
                self.profile = cached_profile(profile_id)
            except ProfileError:
                self.profile = None
        self._fill_model()
        self._fill_item_filter()
        communities.selectionChanged.connect(self._layer_selection_changed)
        communities.willBeDeleted.connect(self.clear_results)
        items.willBeDeleted.connect(self.clear_results)
        self._watch_input(self.form.community_layer.currentLayer())
        self.form.checklist_tree.clear()
        if communities.selectedFeatureIds():
            self._layer_selection_changed()
        self.start_preparation()  # survey answers and routes: read in the background
        self.apply_answers()  # the answers table's answers (a full run reads only the community layer)

    def _fill_model(self):
        self.model.removeRows(0, self.model.rowCount())
        self._fid_of_row, self._row_of_fid, self._community_of_fid = {}, {}, {}
        layer = self.community_layer
        request = attributes_only().setSubsetOfAttributes([name for name in LIST_FIELDS
                                                           if layer.fields().lookupField(name) >= 0], layer.fields())
        band_texts = {}  # the band's value → its text (the style's value map): asked once per value
        for feature in layer.getFeatures(request):
            fid = feature.id()
            row = [QStandardItem() for _column in range(self.model.columnCount())]
            self._show_row(row, feature, band_texts)
            row[0].setData(fid, FID_ROLE)
            self._row_of_fid[fid] = self.model.rowCount()
            self._fid_of_row[self.model.rowCount()] = fid
            self._community_of_fid[fid] = str(feature_value(feature, "cc_id"))
            self.model.appendRow(row)
        self.proxy.set_allowed(None)

    def _show_row(self, row, feature, band_texts=None):
        """The list's cells of a community (the row's QStandardItems) from its result feature."""
        complete = feature_value(feature, "cc_complete")
        gaps = feature_value(feature, "cc_gaps") or ""
        band = feature_value(feature, "cc_band")
        if band_texts is None or band not in band_texts:
            band_texts = {} if band_texts is None else band_texts
            band_texts[band] = shown_value(self.community_layer, feature, "cc_band")
        cells = [
            (feature_value(feature, "cc_name") or feature_value(feature, "cc_id") or str(feature.id()), None),
            (feature_value(feature, "cc_population"), None),
            (band_texts[band], None),
            (feature_value(feature, "cc_fail"), gaps),
            (feature_value(feature, "cc_unknown"), None),
            (None if complete is None else (tr("yes") if complete else tr("no")), None),
        ]
        for item, (value, tooltip) in zip(row, cells):
            item.setText("" if value is None else ("{:g}".format(value) if isinstance(value, float) else str(value)))
            item.setData(value, SORT_ROLE)  # no value sorts first
            item.setToolTip(tooltip or "")

    def _fill_item_filter(self):
        combo = self.form.item_filter_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("(no filter)"), None)
        chinese = interface_is_chinese()
        if self.profile is not None:
            for item in self.profile.ordered_items():
                combo.addItem("{} {}".format(item.id, item.name.get("zh" if chinese else "en")), item.id)
        else:
            seen = {}
            for rows in self._rows.values():
                for row in rows:
                    seen.setdefault(str(row.get("item_id")), row.get("item_name"))
            for item_id, name in seen.items():
                combo.addItem("{} {}".format(item_id, name or ""), item_id)
        combo.setEnabled(self.community_layer is not None)
        combo.blockSignals(False)

    def _release_layers(self):
        for layer in (self.community_layer, self.items_layer):
            if layer is None:
                continue
            for signal, slot in ((layer.willBeDeleted, self.clear_results),
                                 (getattr(layer, "selectionChanged", None), self._layer_selection_changed)):
                try:
                    signal.disconnect(slot)
                except (TypeError, RuntimeError, AttributeError):
                    pass
        self.community_layer = self.items_layer = None

    def clear_results(self):
        self.cancel_preparation()
        self._release_layers()
        self._watch_input(None)
        self.clear_route()
        self._rows, self._original_subset, self.profile, self._data = ItemRows(), None, None, None
        self._item_fids, self._current_fid = {}, None
        self.model.removeRows(0, self.model.rowCount())
        self.form.checklist_tree.clear()
        self.form.survey_tree.clear()
        self.form.detail_label.clear()
        self.form.survey_note.clear()
        self._fill_item_filter()

    def remove_results(self):
        """Take the previous results out of the project (a new run replaces them)."""
        layers = [layer.id() for layer in (self.community_layer, self.items_layer) if layer is not None]
        self.clear_results()
        if layers:
            QgsProject.instance().removeMapLayers(layers)

    def selected_fids(self):
        rows = self.form.community_table.selectionModel().selectedRows(0)
        return [self.proxy.mapToSource(index).data(FID_ROLE) for index in rows]

    def _table_selection_changed(self, *_args):
        if self._syncing:  # the list following the map: _layer_selection_changed shows the checklist once
            return
        fids = self.selected_fids()
        if self.community_layer is not None:
            self._syncing = True
            try:
                self.community_layer.selectByIds(fids)
            finally:
                self._syncing = False
        current = self.form.community_table.currentIndex()
        fid = self.proxy.mapToSource(current).data(FID_ROLE) if current.isValid() else None
        self.show_checklist(fid if fid in fids else (fids[0] if fids else None))

    def _layer_selection_changed(self, *_args):
        if self._syncing or self.community_layer is None:
            return
        fids = sorted(self.community_layer.selectedFeatureIds())
        selection = QItemSelection()
        for fid in fids:
            row = self._row_of_fid.get(fid)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, index.siblingAtColumn(self.model.columnCount() - 1))
        self._syncing = True
        try:
            model = self.form.community_table.selectionModel()
            model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if not selection.isEmpty():
                self.form.community_table.scrollTo(selection.indexes()[0])
        finally:
            self._syncing = False
        self.show_checklist(fids[0] if fids else None)

    def show_checklist(self, fid):
        """The community's items by aspect: status icon, measured vs threshold, reason, nearest facility,
        confidence."""
        tree = self.form.checklist_tree
        current_item = self._current_item_id() if fid == self._current_fid else None
        if fid != self._current_fid:
            self.clear_route()
        self._current_fid = fid
        tree.clear()
        self.form.detail_label.clear()
        self.form.route_button.setEnabled(False)
        self._fill_survey(fid)
        if fid is None:
            return
        rows = self._rows.get(self._community_of_fid.get(fid), [])
        for aspect, lines in checklist(rows, self.profile, interface_is_chinese()):
            failing = sum(1 for line in lines if line.status == "fail")
            unknown = sum(1 for line in lines if line.status == "unknown")
            if failing and unknown:
                title = tr("{} — {} failing, {} unknown").format(aspect, failing, unknown)
            elif failing:
                title = tr("{} — {} failing").format(aspect, failing)
            elif unknown:
                title = tr("{} — {} unknown").format(aspect, unknown)
            else:
                title = aspect
            parent = QTreeWidgetItem([title])
            parent.setIcon(0, status_icon("fail" if failing else ("unknown" if unknown else "pass")))
            tree.addTopLevelItem(parent)
            parent.setFirstColumnSpanned(True)
            for line in lines:
                child = QTreeWidgetItem(["{} {}".format(line.item_id, line.name), status_text(line.status),
                                         line.measure_text(), line.reason, line.facility_text(),
                                         line.confidence or ""])
                child.setIcon(0, status_icon(line.status))
                for column in (1, 2):  # the status as the value's colour too (its column is hidden in the dock)
                    child.setForeground(column, QBrush(QColor(STATUS_COLOURS.get(line.status, "#607d8b"))))
                child.setData(0, Qt.ItemDataRole.UserRole, line.item_id)
                for column in range(6):
                    child.setToolTip(column, tr("{}: {}").format(status_text(line.status), line.reason))
                parent.addChild(child)
                if line.item_id == current_item:
                    tree.setCurrentItem(child)
            # what needs attention open, aspects whose every item passes closed (the dock is short)
            parent.setExpanded(bool(failing or unknown) or any(
                self._child_is(parent.child(k), current_item) for k in range(parent.childCount())))
        tree.resizeColumnToContents(2)

    @staticmethod
    def _child_is(child, item_id):
        return item_id is not None and child.data(0, Qt.ItemDataRole.UserRole) == item_id

    def _current_item_id(self):
        item = self.form.checklist_tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _checklist_item_changed(self, current, _previous=None):
        form = self.form
        item_id = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        if not item_id:
            form.detail_label.clear()
            form.route_button.setEnabled(False)
            return
        lines = ["<b>{}</b> — {}".format(escape_html(current.text(0)), escape_html(current.text(1)))]
        for column, label in ((2, tr("Measured / threshold")), (3, tr("Reason")), (4, tr("Nearest facility")),
                              (5, tr("Confidence"))):
            if current.text(column):
                lines.append(tr("{}: {}").format(label, escape_html(current.text(column))))
        form.detail_label.setText("<br>".join(lines))
        form.route_button.setEnabled(bool(self._item_row(item_id).get("facility_id")))

    def _item_row(self, item_id, fid=None):
        community_id = self._community_of_fid.get(self._current_fid if fid is None else fid)
        for row in self._rows.get(community_id, []):
            if str(row.get("item_id")) == str(item_id):
                return row
        return {}

