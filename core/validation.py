"""The shared machinery of the data-file validators (checklist profiles, category mappings).

Every problem names the file, the precise key path (`items.05.requirements.x.min`, `rules[2].when.name.contains`)
and what was expected; unknown names get the closest known one as a suggestion; wrong types are named.
Subclasses add the checks of their format and collect the problems in `problems`.
"""

import difflib
import numbers

from complete_community.core.i18n import tr
from complete_community.core.taxonomy import facility_types


def expected_list(options) -> str:
    return ", ".join(str(o) for o in options)


def suggest(name, options) -> str:
    """' (did you mean 'x'?)' for the option closest to name, or '' when none is close."""
    close = difflib.get_close_matches(str(name), [str(o) for o in options], n=1)
    return tr(" (did you mean '{}'?)").format(close[0]) if close else ""


def type_name(value) -> str:
    """What a YAML value is, for 'expected …, got …' messages."""
    if value is None:
        return tr("nothing")
    if isinstance(value, bool):
        return tr("true/false")
    if isinstance(value, numbers.Number):
        return tr("a number")
    if isinstance(value, str):
        return tr("text '{}'").format(value)
    if isinstance(value, list):
        return tr("a list")
    if isinstance(value, dict):
        return tr("a mapping")
    return type(value).__name__


def key_path(path, key) -> str:
    """`path.key`, or `key` at the top level."""
    return "{}.{}".format(path, key) if path else str(key)


def index_path(path, index) -> str:
    """`path[n]` for the list element at index (counted from 1, as people count rules)."""
    return "{}[{}]".format(path, index + 1)


class DataValidator:
    """Collects the problems of one data file; `partial` is for files that only override some values of another."""

    def __init__(self, filename, partial=False):
        self.filename = filename
        self.partial = partial
        self.problems = []

    def problem(self, path, message):
        self.problems.append(tr("{}: {}: {}").format(self.filename, path or tr("(top level)"), message))

    def check_names(self, data, allowed, path, message):
        """Report each name in data that is not allowed; message is a translated text with three {}: the name, the
        suggestion and the allowed names."""
        for name in data:
            if name not in allowed:
                self.problem(key_path(path, name), message.format(name, suggest(name, allowed),
                                                                  expected_list(allowed)))

    def check_keys(self, data, allowed, path):
        self.check_names(data, allowed, path, tr("unknown key '{}'{}; expected one of: {}"))

    def check_required(self, data, required, path):
        if self.partial:
            return
        for key in required:
            if key not in data:
                self.problem(path, tr("missing key '{}'").format(key))

    def check_format(self, data, expected):
        """The `format:` line; when it is missing (outside partial mode) the message says what to write."""
        if "format" not in data:
            if not self.partial:
                self.problem("", tr("missing key 'format' (write format: {})").format(expected))
        elif data["format"] != expected:
            self.problem("format", tr("unsupported format '{}'; expected '{}'").format(data["format"], expected))

    def expect_mapping(self, value, path):
        if not isinstance(value, dict):
            self.problem(path, tr("expected a mapping, got {}").format(type_name(value)))
            return False
        return True

    def check_string_list(self, value, path):
        if not isinstance(value, list) or not value or not all(isinstance(v, (str, int)) for v in value):
            self.problem(path, tr("expected a non-empty list of names"))
            return False
        return True

    def check_facility_type(self, code, path):
        """A code of resources/taxonomy/facility_types.yaml; a typo gets the closest code."""
        known = facility_types()
        if isinstance(code, str) and code in known:
            return True
        self.problem(path, tr("unknown facility type '{}'{}; see resources/taxonomy/facility_types.yaml")
                     .format(code, suggest(code, known)))
        return False
