#!/usr/bin/env python3
"""The zh_CN catalogue: extract, check and compile.

  i18n.py update   scan the plugin's .py and .ui files and rewrite i18n/*.ts, keeping existing translations,
                   adding new source texts as unfinished and dropping texts no longer used (like -noobsolete)
  i18n.py check    fail when a tr() call is not a plain literal, or a source text is missing or untranslated
  i18n.py compile  run lrelease on every .ts (the .qm files are build output, not committed)
  i18n.py fill LANG FILE.json   set translations from a JSON object {source text: translation} (for batches of
                   new texts; Qt Linguist edits the same .ts files)

Python strings are extracted from calls to tr(...) / self.tr(...) whose first argument is a string literal, all in
one context (core/i18n.py CONTEXT). A tr(f"...") or tr("..." .format(x)) call cannot be translated and is an error.
"""

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "i18n"
PY_CONTEXT = "CompleteCommunity"
PLUGIN_DIRS = ("core", "processing", "ui")  # what ships in the plugin, besides the top-level modules


def source_files(suffix):
    files = sorted(ROOT.glob(f"*{suffix}"))
    for folder in PLUGIN_DIRS:
        files.extend(sorted((ROOT / folder).rglob(f"*{suffix}")))
    return files


class TrCollector(ast.NodeVisitor):
    def __init__(self, filename):
        self.filename = filename
        self.messages = []  # (source, line)
        self.errors = []
        self._function_stack = []

    def visit_FunctionDef(self, node):  # noqa: N802
        self._function_stack.append(node.name)
        self.generic_visit(node)
        self._function_stack.pop()

    def visit_Call(self, node):  # noqa: N802
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
        if name == "tr" and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                self.messages.append((first.value, node.lineno))
            elif "tr" not in self._function_stack:  # the tr() wrappers themselves pass a variable on
                self.errors.append(
                    "{}:{}: tr() needs a string literal (write tr('… {{}}').format(x))".format(
                        self.filename, node.lineno
                    )
                )
        self.generic_visit(node)


def collect():
    """{context: {source: [filename, …]}} in first-seen order, and the errors found."""
    contexts = {}
    errors = []
    for path in source_files(".py"):
        rel = path.relative_to(ROOT).as_posix()
        collector = TrCollector(rel)
        collector.visit(ast.parse(path.read_text(encoding="utf-8"), filename=rel))
        errors.extend(collector.errors)
        for source, _line in collector.messages:
            contexts.setdefault(PY_CONTEXT, {}).setdefault(source, []).append(rel)
    for path in source_files(".ui"):
        rel = path.relative_to(ROOT).as_posix()
        tree = ET.parse(path)
        context = tree.findtext("class")
        for element in tree.iter("string"):
            if element.get("notr") == "true" or not (element.text or "").strip():
                continue
            contexts.setdefault(context, {}).setdefault(element.text, []).append(rel)
    return contexts, errors


def read_ts(path):
    """{(context, source): translation} of the finished translations in a .ts file."""
    done = {}
    if not path.exists():
        return done
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                done[(name, message.findtext("source"))] = translation.text
    return done


def write_ts(path, language, contexts, translations):
    root = ET.Element("TS", version="2.1", language=language)
    for context_name in sorted(contexts):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for source, files in contexts[context_name].items():
            message = ET.SubElement(context, "message")
            for filename in sorted(set(files)):
                ET.SubElement(message, "location", filename="../" + filename)
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            text = translations.get((context_name, source))
            if text:
                translation.text = text
            else:
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def catalogues():
    return sorted(I18N_DIR.glob("complete_community_*.ts"))


def cmd_update(_args):
    contexts, errors = collect()
    for ts in catalogues():
        language = ts.stem.split("complete_community_", 1)[1]
        write_ts(ts, language, contexts, read_ts(ts))
        print("updated {} ({} texts)".format(ts.relative_to(ROOT), sum(len(v) for v in contexts.values())))
    for error in errors:
        print(error, file=sys.stderr)
    return 1 if errors else 0


def cmd_check(_args):
    contexts, errors = collect()
    for ts in catalogues():
        done = read_ts(ts)
        for context, sources in contexts.items():
            for source in sources:
                if (context, source) not in done:
                    errors.append("{}: no translation for [{}] {!r}".format(ts.name, context, source))
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        print("i18n check failed: run `make transup`, then translate the unfinished texts", file=sys.stderr)
        return 1
    print("i18n check: every tr() text is a literal and translated")
    return 0


def find_lrelease():
    for candidate in ("lrelease", "/usr/lib/qt5/bin/lrelease", "lrelease-qt5", "/usr/lib/qt6/bin/lrelease"):
        found = shutil.which(candidate)
        if found:
            return found
    return None


def cmd_compile(_args):
    lrelease = find_lrelease()
    if lrelease is None:
        print("lrelease not found: run `make setup` (Debian package qttools5-dev-tools)", file=sys.stderr)
        return 1
    for ts in catalogues():
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        print("compiled {}".format(ts.with_suffix(".qm").relative_to(ROOT)))
    return 0


def cmd_fill(args):
    import json

    ts = I18N_DIR / "complete_community_{}.ts".format(args.language)
    new = json.loads(Path(args.file).read_text(encoding="utf-8"))
    contexts, _errors = collect()
    translations = read_ts(ts)
    known = {source for sources in contexts.values() for source in sources}
    unknown = sorted(set(new) - known)
    for context, sources in contexts.items():
        for source in sources:
            if source in new:
                translations[(context, source)] = new[source]
    write_ts(ts, args.language, contexts, translations)
    for source in unknown:
        print("not a source text in the code: {!r}".format(source), file=sys.stderr)
    return 1 if unknown else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("update", "check", "compile", "fill"))
    parser.add_argument("language", nargs="?", help="fill: the catalogue's language, e.g. zh_CN")
    parser.add_argument("file", nargs="?", help="fill: JSON file of translations")
    args = parser.parse_args()
    if args.command == "fill" and not (args.language and args.file):
        parser.error("fill needs LANG and FILE")
    commands = {"update": cmd_update, "check": cmd_check, "compile": cmd_compile, "fill": cmd_fill}
    return commands[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
