"""The inspector dock's shared pieces: its constants, the texts and icons of statuses and answers, reading a
feature's values."""

from qgis.core import (
    NULL,
    QgsApplication,
    QgsFeatureRequest,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from complete_community.core.check.recheck import (
    NO,
    UNKNOWN_ANSWER,
    YES,
)
from complete_community.core.i18n import tr
from complete_community.core.qgis_compat import enum_value

ALGORITHM_ID = "completecommunity:checkcommunities"
SCOPE = "complete_community"  # the project's entries: setup/…, results/…
FID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_COLOURS = {"pass": "#2e9d4a", "fail": "#d7301f", "unknown": "#f29e1f", "not_applicable": "#9e9e9e"}
DETAIL_COLUMNS = (3, 4, 5)  # reason, nearest facility, confidence: shown below the tree for the chosen item
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
    value = feature.attributes()[index]
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

