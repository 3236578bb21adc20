#!/usr/bin/env python3
"""Build the installable plugin zip: dist/complete_community-<version>.zip with top folder complete_community/.

Contains what QGIS loads (code, .ui forms, resources, compiled .qm catalogues, metadata, licence, docs) and
leaves out tests, scripts, the .ts sources and development files. Fails when a catalogue was not compiled.
Usage: make_zip.py [OUTPUT_DIR]   (default: dist/)
"""

import configparser
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "complete_community"
TOP_FILES = ("metadata.txt", "__init__.py", "plugin.py", "LICENSE", "README.md", "CHANGELOG.md")
PACKAGE_DIRS = ("core", "processing", "ui", "resources", "i18n")
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".ts", ".pro"}
EXCLUDED_PARTS = {"__pycache__"}


def plugin_files():
    for name in TOP_FILES:
        yield ROOT / name
    for folder in PACKAGE_DIRS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_dir() or path.suffix in EXCLUDED_SUFFIXES:
                continue
            if EXCLUDED_PARTS.intersection(path.relative_to(ROOT).parts):
                continue
            yield path


def main(argv):
    absent = [name for name in TOP_FILES if not (ROOT / name).exists()]
    if absent:
        print("make_zip: missing top-level files: {}".format(", ".join(absent)))
        return 1
    catalogues = sorted((ROOT / "i18n").glob("*.ts"))
    missing = [ts.with_suffix(".qm").name for ts in catalogues if not ts.with_suffix(".qm").exists()]
    if missing:
        print("make_zip: compile the catalogues first (make transcompile): missing {}".format(", ".join(missing)))
        return 1
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(ROOT / "metadata.txt", encoding="utf-8")
    version = metadata.get("general", "version")
    out_dir = Path(argv[0]) if argv else ROOT / "dist"
    out_dir.mkdir(exist_ok=True)
    target = out_dir / "{}-{}.zip".format(PACKAGE, version)
    partial = target.with_suffix(".zip.part")
    count = 0
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in plugin_files():
            archive.write(path, "{}/{}".format(PACKAGE, path.relative_to(ROOT).as_posix()))
            count += 1
    partial.replace(target)  # a failed build never leaves a half-written zip under the final name
    print("make_zip: {} ({} files)".format(target, count))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
