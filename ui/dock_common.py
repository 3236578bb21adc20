"""The inspector dock's shared pieces: its constants, the texts and icons of statuses and answers, reading a
feature's values."""

import threading

from qgis.core import (
    NULL,
    QgsApplication,
    QgsExpression,
    QgsFeatureRequest,
    QgsVectorLayerFeatureSource,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from complete_community.core.check.recheck import (
    NO,
    UNKNOWN_ANSWER,
    YES,
)
from complete_community.core.i18n import tr
from complete_community.core.profiles.loader import bundled_profiles, load_profile
from complete_community.core.qgis_compat import enum_value

ALGORITHM_ID = "completecommunity:checkcommunities"
SCOPE = "complete_community"  # the project's entries: setup/…, results/…
FID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_COLOURS = {"pass": "#2e9d4a", "fail": "#d7301f", "unknown": "#f29e1f", "not_applicable": "#9e9e9e"}
DETAIL_COLUMNS = (1, 3, 4, 5)  # status (the icon shows it), reason, nearest facility, confidence: shown below the
# tree for the chosen item (the dock is narrow: the item's name keeps the room)
ROUTE_COLOUR = "#1f5fd6"


def status_text(status):
    return {"pass": tr("pass"), "fail": tr("fail"), "unknown": tr("unknown"),
            "not_applicable": tr("not applicable")}.get(status, status)


def answer_text(answer):
    return {YES: tr("yes"), NO: tr("no"), UNKNOWN_ANSWER: tr("unknown")}.get(answer, answer)


def status_icon(status, _cache={}):  # noqa: B006 (a cache of painted icons)
    if status not in _cache:
        pixmap = QPixmap(12, 12)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QBrush(QColor(STATUS_COLOURS.get(status, "#607d8b"))))
        painter.setPen(QColor(0, 0, 0, 0))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _cache[status] = QIcon(pixmap)
    return _cache[status]


def attributes_only():
    return QgsFeatureRequest().setFlags(
        enum_value("Qgis.FeatureRequestFlag.NoGeometry", "QgsFeatureRequest.Flag.NoGeometry"))


def feature_value(feature, name):
    index = feature.fields().lookupField(name)
    if index < 0:
        return None
    value = feature.attribute(index)  # one value: attributes() converts every field
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value



def plain(value):
    """None for NULL and empty text, else the value."""
    if value is None or value == "" or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def escape_html(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shown_value(layer, feature, name):
    """A field's value as the layer's form and table show it (the style's value map: 适中, not ok)."""
    index = layer.fields().lookupField(name)
    value = feature[name] if index >= 0 else None
    if index < 0 or value is None or value == NULL:
        return None
    setup = layer.editorWidgetSetup(index)
    formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
    return formatter.representValue(layer, index, setup.config(), None, value)



class ItemRows:
    """community id → its rows of the item table (dicts), read when first asked for: showing results reads nothing of
    the table; a community's rows are read when its checklist is shown — by feature id once the preparation task has
    indexed the table (adopt_index), by the community id's expression before."""

    def __init__(self, layer=None):
        self.layer = layer
        self.fids = None  # community id → [feature id], from the preparation task
        self.item_fids = {}  # (community id, item id) → feature id, of the communities read
        self._rows = {}

    def index_source(self):
        """What index() reads, taken from the layer on the GUI thread: (feature source, its fields); None without a
        table."""
        if self.layer is None:
            return None
        return QgsVectorLayerFeatureSource(self.layer), self.layer.fields()

    @staticmethod
    def index(source, fields, is_canceled=lambda: False):
        """{community id: [feature id]} of the table (on any thread)."""
        column = fields.lookupField("community_id")
        if column < 0:
            return {}
        fids = {}
        request = attributes_only().setSubsetOfAttributes([column])
        for feature in source.getFeatures(request):
            if is_canceled():
                return None
            fids.setdefault(str(feature.attribute(column)), []).append(feature.id())
        return fids

    def adopt_index(self, fids):
        self.fids = fids

    def get(self, community_id, default=None):
        if community_id not in self._rows:
            index = self.fids  # once: the preparation task sets it from its thread
            if self.layer is None or (index is not None and community_id not in index):
                return default
            if index is not None:
                request = attributes_only().setFilterFids(index[community_id])
            else:
                request = attributes_only().setFilterExpression(
                    QgsExpression.createFieldEqualityExpression("community_id", str(community_id)))
            names = self.layer.fields().names()
            rows = []
            for feature in self.layer.getFeatures(request):
                row = dict(zip(names, feature.attributes()))
                rows.append(row)
                self.item_fids[(str(community_id), str(row.get("item_id")))] = feature.id()
            if not rows:
                return default
            self._rows[community_id] = rows
        return self._rows[community_id]

    def __getitem__(self, community_id):
        rows = self.get(community_id)
        if rows is None:
            raise KeyError(community_id)
        return rows

    def __setitem__(self, community_id, rows):
        self._rows[community_id] = rows

    def first(self):
        """One row of the table ({} without any)."""
        if self.layer is None:
            return {}
        request = attributes_only()
        request.setLimit(1)
        feature = next(self.layer.getFeatures(request), None)
        return dict(zip(self.layer.fields().names(), feature.attributes())) if feature is not None else {}

    def values(self):
        """Every community's rows (reads the whole table)."""
        if self.layer is None:
            return
        names = self.layer.fields().names()
        rows = {}
        for feature in self.layer.getFeatures(attributes_only()):
            row = dict(zip(names, feature.attributes()))
            rows.setdefault(str(row.get("community_id")), []).append(row)
        yield from rows.values()


_PROFILES = {}  # bundled profile id → its Profile, parsed once per session
_PROFILES_LOCK = threading.Lock()


def cached_profile(profile_id):
    """A bundled profile, parsed once per session (parsing the YAML takes a few hundred ms: the dock warms it in a
    thread of its own, warm_profile, before the results need it). Raises ProfileError as load_profile does."""
    with _PROFILES_LOCK:
        if profile_id not in _PROFILES:
            _PROFILES[profile_id] = load_profile(profile_id)
        return _PROFILES[profile_id]


def warm_profile(profile_id):
    """Parse a bundled profile in a background thread (no-op when it is parsed already or not bundled)."""
    if profile_id in _PROFILES or profile_id not in bundled_profiles():
        return

    def parse():
        try:
            cached_profile(profile_id)
        except Exception:  # noqa: BLE001, S110 (the GUI thread parses it again and reports the problem)
            pass

    threading.Thread(target=parse, name="complete-community-profile", daemon=True).start()
