"""Translation helpers.

Every user-visible string goes through tr() with a literal source text, in one translation context, so the
catalogue extractor (scripts/i18n.py) and the runtime lookup always agree on the context.
"""

from typing import Optional

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from complete_community.core.paths import I18N_DIR

CONTEXT = "CompleteCommunity"
CATALOGUE_PREFIX = "complete_community"
AVAILABLE_LOCALES = ("zh_CN",)

# Chinese spellings that mean Simplified Chinese; zh_TW / zh_HK / zh-Hant deliberately fall back to English.
_ALIASES = {
    "zh": "zh_CN",
    "zh_cn": "zh_CN",
    "zh_hans": "zh_CN",
    "zh_hans_cn": "zh_CN",
    "zh_sg": "zh_CN",
    "zh_hans_sg": "zh_CN",
}


def tr(message: str) -> str:
    """Translate a literal source text (English) into the UI language."""
    return QCoreApplication.translate(CONTEXT, message)


def resolve_locale(value: Optional[str]) -> Optional[str]:
    """Map a locale setting (None, 'zh', 'zh-Hans', 'zh_CN.UTF-8', 'en_US' …) to an available catalogue or None."""
    if not value:
        return None
    code = str(value).split(".")[0].split("@")[0].replace("-", "_").strip()
    if not code:
        return None
    if code in AVAILABLE_LOCALES:
        return code
    return _ALIASES.get(code.lower())


def user_locale() -> str:
    """The locale QGIS uses: the user's override when set, else the system locale."""
    settings = QSettings()
    override = settings.value("locale/overrideFlag", False, type=bool)
    configured = settings.value("locale/userLocale", "", type=str)
    if override and configured:
        return configured
    return configured or QLocale.system().name()


def interface_is_chinese() -> bool:
    """Whether QGIS runs in (Simplified) Chinese: what people read (styles, labels) is then Chinese, else English."""
    return resolve_locale(user_locale()) == "zh_CN"


def catalogue_path(locale: str) -> str:
    return str(I18N_DIR / f"{CATALOGUE_PREFIX}_{locale}.qm")


def load_translator(locale_setting: Optional[str]) -> Optional[QTranslator]:
    """A loaded translator for the setting, or None for English (or when the .qm is missing)."""
    locale = resolve_locale(locale_setting)
    if locale is None:
        return None
    translator = QTranslator()
    if not translator.load(catalogue_path(locale)):
        return None
    return translator

