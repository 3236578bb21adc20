"""Loading .ui forms and icons by file path (no compiled resources, so the same code runs on Qt5 and Qt6)."""

from qgis.PyQt import uic
from qgis.PyQt.QtGui import QIcon

from complete_community.core.paths import UI_DIR, icon_path


def load_ui_class(name: str):
    """The generated form class of ui/<name>.ui."""
    form_class, _base = uic.loadUiType(str(UI_DIR / f"{name}.ui"))
    return form_class


def plugin_icon(name: str = "complete_community") -> QIcon:
    return QIcon(icon_path(name))
