"""Reads metadata.txt, the single source of the plugin's version."""

import configparser

from complete_community.core.paths import PLUGIN_DIR


def plugin_metadata(key: str, default: str = "") -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    return parser.get("general", key, fallback=default)
