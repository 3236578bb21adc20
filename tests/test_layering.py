"""The layering docs/architecture.md describes, checked on the source: core/ imports neither processing/, ui/ nor
any widget; processing/ never imports ui/; the plugin's modules import each other without cycles."""

import ast

import pytest

from helpers import PLUGIN_ROOT

PACKAGE = "complete_community"
FORBIDDEN = {
    "core": ("complete_community.processing", "complete_community.ui", "complete_community.plugin", "qgis.gui",
             "qgis.PyQt.QtWidgets", "qgis.utils"),
    "processing": ("complete_community.ui", "complete_community.plugin", "qgis.gui", "qgis.PyQt.QtWidgets",
                   "qgis.utils"),
}


def module_name(path):
    parts = path.relative_to(PLUGIN_ROOT).with_suffix("").parts
    return ".".join((PACKAGE,) + (parts[:-1] if parts[-1] == "__init__" else parts))


def imports_of(path):
    """Every module an import statement in the file names (at any depth: lazy imports count too)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update("{}.{}".format(node.module, alias.name) for alias in node.names)
    return names


def plugin_modules():
    files = [PLUGIN_ROOT / "__init__.py", PLUGIN_ROOT / "plugin.py"]
    for folder in ("core", "processing", "ui"):
        files += sorted((PLUGIN_ROOT / folder).rglob("*.py"))
    return {module_name(path): path for path in files}


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer):
    offenders = []
    for name, path in plugin_modules().items():
        if not name.startswith("{}.{}".format(PACKAGE, layer)):
            continue
        for imported in imports_of(path):
            if imported.startswith(FORBIDDEN[layer]):
                offenders.append("{} imports {}".format(path.relative_to(PLUGIN_ROOT), imported))
    assert offenders == []


def test_no_import_cycles():
    modules = plugin_modules()
    edges = {name: {m for m in imports_of(path) if m in modules and m != name} for name, path in modules.items()}
    for name in edges:  # a package's __init__ importing its own children is not a cycle worth reporting
        edges[name] = {m for m in edges[name] if not m.startswith(name + ".")}
    state = {}

    def visit(name, trail):
        if state.get(name) == "done":
            return
        if state.get(name) == "open":
            raise AssertionError("import cycle: " + " → ".join(trail[trail.index(name):] + [name]))
        state[name] = "open"
        for target in sorted(edges[name]):
            visit(target, trail + [name])
        state[name] = "done"

    for name in sorted(edges):
        visit(name, [])
