"""Make this checkout importable as the package `complete_community` (its folder has another name), for the
development scripts that use the plugin's own code outside QGIS's plugin loader."""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def register_package():
    if "complete_community" in sys.modules:
        return sys.modules["complete_community"]
    spec = importlib.util.spec_from_file_location("complete_community", ROOT / "__init__.py",
                                                  submodule_search_locations=[str(ROOT)])
    package = importlib.util.module_from_spec(spec)
    sys.modules["complete_community"] = package
    spec.loader.exec_module(package)
    return package
