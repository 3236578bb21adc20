#!/usr/bin/env python3
"""Qt6 / QGIS 4 readiness gate: fails on code that runs on QGIS 3.22 (Qt5) but breaks on Qt6.

Checked in every .py of the plugin (tests included) and the repository's resource files:
- direct PyQt5 / PyQt6 imports (use qgis.PyQt);
- exec_() (Qt6 has only exec());
- unscoped Qt enums such as Qt.AlignLeft (write Qt.AlignmentFlag.AlignLeft);
- APIs removed in Qt6: QRegExp, qApp, QDesktopWidget, QFontMetrics.width, QVariant() as NULL, activated[str];
- compiled resources: .qrc files, resources_rc imports, pyuic output.

Usage: qt6_check.py [PATH ...]   (default: the repository)
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP_FILE_PRAGMA = "qt6-check: skip-file"
SKIPPED = {".venv", ".git", "build", "dist", "demo-output", ".qgis-profile", ".qgis-settings", "bench-output"}

# Qt namespaces whose enum values must be written scoped: Name.Enum.Value. A value is an upper-case attribute not
# followed by another attribute access; `Qt.AlignmentFlag.AlignLeft` passes because `AlignmentFlag` is followed by "."
SCOPED_ENUM_OWNERS = (
    "Qt",
    "QMessageBox",
    "QDialogButtonBox",
    "QSizePolicy",
    "QFrame",
    "QAbstractItemView",
    "QHeaderView",
    "QIODevice",
    "QPainter",
    "QFont",
    "QPalette",
    "QEvent",
    "QLineEdit",
    "QComboBox",
    "QTabWidget",
    "QToolButton",
    "QSlider",
    "QDockWidget",
    "QMetaType",
    "QVariant",
)
UNSCOPED_ENUM = re.compile(r"\b(" + "|".join(SCOPED_ENUM_OWNERS) + r")\.([A-Z]\w*)\b(?!\s*[.(])")
# Class-like attributes that are not enum values (nested classes, enum types used as types).
NOT_ENUM_VALUES = {
    "QVariant": {"Type"},
    "QMetaType": {"Type"},
}

RULES = [
    (re.compile(r"^\s*(from|import)\s+PyQt[56]\b"), "import Qt through qgis.PyQt, not PyQt5/PyQt6 directly"),
    (re.compile(r"\.exec_\("), "exec_() does not exist in Qt6: call exec()"),
    (re.compile(r"\bQRegExp\b"), "QRegExp was removed in Qt6: use QRegularExpression"),
    (re.compile(r"\bqApp\b"), "qApp was removed in Qt6: use QApplication.instance()"),
    (re.compile(r"\bQDesktopWidget\b"), "QDesktopWidget was removed in Qt6: use QScreen"),
    (re.compile(r"\bQVariant\(\s*\)"), "QVariant() as a null value breaks on Qt6: use qgis.core.NULL"),
    (re.compile(r"\bfontMetrics\(\)\.width\("), "QFontMetrics.width() was removed in Qt6: use horizontalAdvance()"),
    (re.compile(r"\[\s*str\s*\]\.connect"), "overloaded signals like activated[str] are gone in Qt6"),
    (re.compile(r"\bresources_rc\b|\bpyrcc5\b|\bpyuic5\b"), "compiled resources/forms: load .ui and icons by path"),
]


def python_files(paths):
    for base in paths:
        base = Path(base)
        candidates = [base] if base.is_file() else sorted(base.rglob("*.py"))
        for path in candidates:
            if any(part in SKIPPED for part in path.parts):
                continue
            yield path


def check_text(text, filename="<text>"):
    """Problems found in Python source text, as 'file:line: message' strings."""
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        code = line if line.lstrip().startswith(("'", '"')) else line.split("#", 1)[0]
        for pattern, message in RULES:
            if pattern.search(code):
                problems.append("{}:{}: {}".format(filename, number, message))
        for match in UNSCOPED_ENUM.finditer(code):
            owner, attribute = match.groups()
            if attribute in NOT_ENUM_VALUES.get(owner, set()):
                continue
            problems.append(
                "{}:{}: unscoped enum {}.{}: write it scoped ({}.<EnumName>.{})".format(
                    filename, number, owner, attribute, owner, attribute
                )
            )
    return problems


def main(argv):
    paths = argv or [str(ROOT)]
    problems = []
    for path in python_files(paths):
        text = path.read_text(encoding="utf-8")
        if path.resolve() == Path(__file__).resolve() or SKIP_FILE_PRAGMA in text:
            continue  # files that name the patterns on purpose (this one and its tests)
        problems.extend(check_text(text, str(path.relative_to(ROOT))))
    for base in paths:
        for qrc in Path(base).rglob("*.qrc") if Path(base).is_dir() else []:
            if not any(part in SKIPPED for part in qrc.parts):
                problems.append("{}: compiled Qt resources are not allowed: load files by path".format(qrc))
    for problem in problems:
        print(problem)
    if problems:
        print("Qt6 check: {} problem(s)".format(len(problems)), file=sys.stderr)
        return 1
    print("Qt6 check: no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
