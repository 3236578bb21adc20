"""The inspector dock on the map: zoom to the selection, the walking route to an item's nearest qualifying
facility (or the straight line), and the filter by item (the map shows only the communities failing it)."""

from qgis.core import (
    QgsGeometry,
    QgsPointXY,
)
from qgis.gui import QgsHighlight, QgsRubberBand
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from complete_community.core.check.checklist import combined_filter, item_filter
from complete_community.core.i18n import tr
from complete_community.core.network.distances import NetworkDistances
from complete_community.core.network.route import walking_route
from complete_community.core.qgis_compat import line_geometry_type
from complete_community.ui.dock_common import (
    ROUTE_COLOUR,
    attributes_only,
    plain,
)
from complete_community.ui.dock_data import network_options


class MapPanel:
    """What CommunityDock draws and filters on the map."""

    def zoom_to_selected(self):
        fids = self.selected_fids()
        if self.community_layer is None or not fids:
            self.show_message(tr("Select a community first."), error=True)
            return
        if self.iface is not None:
            canvas = self.iface.mapCanvas()
            canvas.zoomToFeatureIds(self.community_layer, fids)
            canvas.refresh()

    def show_route(self, item_id):
        """Highlight the nearest qualifying facility of the selected community's item and draw the walking route to
        it from the community's anchor point (where the check measures "the nearest" from): along the streets of the
        walking network the check used, or a straight line without one."""
        self.clear_route()
        if item_id and self.wait_for_preparation_to_route(item_id):
            return
        row = self._item_row(item_id) if item_id else {}
        facility_id = plain(row.get("facility_id"))
        data = self.check_data()
        if not facility_id or data is None or self._current_fid is None:
            self.show_message(tr("This item has no nearest qualifying facility to show."), error=True)
            return
        community_id = self._community_of_fid.get(self._current_fid)
        input_fid = data.input_fid(community_id)
        community, _feature = data.community(input_fid, community_id, self.check_profile()) \
            if input_fid is not None else (None, None)
        facility = data.facility_feature(facility_id)
        end = data.facility_point(facility) if facility is not None else None
        if community is None or end is None:
            self.show_message(tr("The community or the facility {} is no longer in its layer.").format(facility_id),
                              error=True)
            return
        anchor = community.geometry.representative_point()
        graph = data.graph()
        route = walking_route(graph, (anchor.x, anchor.y), end, network_options()[2],
                              start_max_access=NetworkDistances.ANCHOR_MAX_ACCESS)
        geometry = QgsGeometry.fromPolylineXY([QgsPointXY(float(x), float(y)) for x, y in route.xy])
        self.route = (route, geometry, data.crs, facility)
        name = plain(row.get("facility_name")) or facility_id
        if route.on_network:
            self.show_message(tr("Walking route to {}: {} m along the streets.").format(name, round(route.length)))
        elif graph is None:
            self.show_message(tr("Straight line to {}: {} m (no walking network in the set-up).").format(
                name, round(route.length)))
        else:
            self.show_message(tr("Straight line to {}: {} m (no path on the walking network joins them).").format(
                name, round(route.length)))
        if self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        band = QgsRubberBand(canvas, line_geometry_type())
        band.setColor(QColor(ROUTE_COLOUR))
        band.setWidth(4)
        if not route.on_network:
            band.setLineStyle(Qt.PenStyle.DashLine)
        band.setToGeometry(geometry, data.crs)
        highlight = QgsHighlight(canvas, facility.geometry(), data.layers["facilities"])
        highlight.setColor(QColor(ROUTE_COLOUR))
        highlight.setFillColor(QColor(ROUTE_COLOUR))
        highlight.setWidth(4)
        highlight.setBuffer(1.5)
        highlight.show()
        self._route_marks = [band, highlight]
        canvas.refresh()

    def clear_route(self):
        self.route = None
        if self._route_marks and self.iface is not None:
            canvas = self.iface.mapCanvas()
            for mark in self._route_marks:
                try:
                    mark.hide()
                    canvas.scene().removeItem(mark)
                except RuntimeError:  # the canvas went first
                    pass
            canvas.refresh()
        self._route_marks = []

    def _item_filter_chosen(self, _index):
        self.apply_item_filter(self.form.item_filter_combo.currentData())

    def clear_item_filter(self):
        self.form.item_filter_combo.setCurrentIndex(0)  # applies "no filter"
        self.apply_item_filter(None)

    def apply_item_filter(self, item_id):
        """Show on the map (and in the list) only the communities failing the item or unknown; None: all again, with
        the layer's own subset string as it was."""
        layer = self.community_layer
        if layer is None:
            return
        if item_id is None:
            if self._original_subset is not None:
                layer.setSubsetString(self._original_subset)
                self._original_subset = None
            self.proxy.set_allowed(None)
        else:
            expression = item_filter(item_id, layer.fields().names())
            if expression is None:
                self.show_message(tr("The result layer has no field for item {}.").format(item_id), error=True)
                return
            if self._original_subset is None:
                self._original_subset = layer.subsetString()
            if not layer.setSubsetString(combined_filter(self._original_subset, expression)):
                self.show_message(tr("The result layer cannot be filtered."), error=True)
                return
            request = attributes_only().setNoAttributes()
            self.proxy.set_allowed(feature.id() for feature in layer.getFeatures(request))
            self.show_message(tr("{} communities fail item {} or are unknown.").format(layer.featureCount(), item_id))
        layer.triggerRepaint()
        self.store_results()

