"""Where the plugin's own files live, resolved from this file so the checkout folder's name never matters."""

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent.parent
RESOURCES_DIR = PLUGIN_DIR / "resources"
ICONS_DIR = RESOURCES_DIR / "icons"
STYLES_DIR = RESOURCES_DIR / "styles"
I18N_DIR = PLUGIN_DIR / "i18n"
UI_DIR = PLUGIN_DIR / "ui"


def icon_path(name: str) -> str:
    """Absolute path of an SVG icon under resources/icons (name without extension)."""
    return str(ICONS_DIR / f"{name}.svg")
