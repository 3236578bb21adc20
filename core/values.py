"""Reading attribute values as people type them: nulls, numbers, quantities with units, yes/no answers, and field names
found by a list of common spellings. Shared by the check, the mappings and the street reader (no domain knowledge
here: the callers say which kind of quantity a field holds)."""

import decimal
import math
import numbers
import re
import unicodedata
from typing import Iterable, NamedTuple, Optional

# The kinds of quantity parse_quantity reads, and what a reading came to.
PERSONS, HOUSEHOLDS, AREA_M2, COUNT = "persons", "households", "area_m2", "count"
OK, MISSING, UNREADABLE = "ok", "missing", "unreadable"

# The unit words each kind accepts, with the factor to its unit (persons, households, m², items). Compared after
# Unicode NFKC folding and lower-casing, so full-width letters, ㎡, ㏊, ㎢ and upper case are read as well. A unit word
# of another kind makes the value unreadable: it is never converted across kinds.
UNITS = {
    PERSONS: {"人": 1.0, "人口": 1.0, "口": 1.0, "口人": 1.0, "名": 1.0},
    HOUSEHOLDS: {"户": 1.0},
    AREA_M2: {
        "平方米": 1.0, "平米": 1.0, "平方": 1.0, "㎡": 1.0, "m2": 1.0, "m²": 1.0, "sqm": 1.0,
        "公顷": 10000.0, "ha": 10000.0, "hm2": 10000.0, "hm²": 10000.0,
        "亩": 10000.0 / 15.0,
        "平方公里": 1e6, "平方千米": 1e6, "km2": 1e6, "km²": 1e6,
    },
    COUNT: {
        "个": 1.0, "处": 1.0, "所": 1.0, "座": 1.0, "间": 1.0, "栋": 1.0, "台": 1.0, "组": 1.0, "套": 1.0, "件": 1.0,
        "班": 1.0, "个班": 1.0, "辆": 1.0, "位": 1.0, "个位": 1.0, "车位": 1.0, "个车位": 1.0, "泊位": 1.0,
        "个泊位": 1.0, "格": 1.0, "格口": 1.0, "个格口": 1.0,
    },
}
# Multipliers written right after the number (0.8万, 3千户).
MULTIPLIERS = {"万": 10000.0, "千": 1000.0}
# Hedges: 约8000人, 近8000人, 8000余人, 8000多人, 8000人左右. A hedged quantity is read as its number (约8000人 → 8000).
HEDGES_BEFORE = ("大约", "大概", "将近", "约", "近")
HEDGES_AFTER_NUMBER = ("余", "多")
HEDGES_AFTER_UNIT = ("左右", "上下")


class Quantity(NamedTuple):
    """What parse_quantity read: value (a float, None unless status is OK) and status (OK, MISSING, UNREADABLE)."""

    value: Optional[float]
    status: str

    @property
    def unreadable(self) -> bool:
        return self.status == UNREADABLE


def _alternatives(words) -> str:
    """A regex alternation of the words, longest first (平方千米 before 千, 个格口 before 个)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower()


# 1200, 1200.5, or grouped by thousands with one separator throughout: 12,000 / 1 200 000 / 12,000.5 (after NFKC the
# full-width comma and the various spaces are a plain comma and space). "1,2" is not a grouping: unreadable.
_DIGITS = r"(?P<number>\d{1,3}(?P<separator>[, ])\d{3}(?:(?P=separator)\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)"
_PLAIN = re.compile(r"^(?P<sign>[-+]?)\s*" + _DIGITS + r"$")


def _kind_pattern(kind: str):
    units = {_fold(word): factor for word, factor in UNITS[kind].items()}
    pattern = re.compile(
        r"^(?:(?:{before})\s*)?".format(before=_alternatives(HEDGES_BEFORE))
        + _DIGITS
        + r"\s*(?P<multiplier>{})?".format(_alternatives(MULTIPLIERS))
        + r"\s*(?:{})?".format(_alternatives(HEDGES_AFTER_NUMBER))
        + r"\s*(?P<unit>{})?".format(_alternatives(units))
        + r"\s*(?:{})?$".format(_alternatives(HEDGES_AFTER_UNIT)))
    return pattern, units


_PATTERNS = {kind: _kind_pattern(kind) for kind in UNITS}


def _number_of(match) -> float:
    separator = match.group("separator")
    number = match.group("number")
    return float(number.replace(separator, "") if separator else number)


def parse_quantity(value, kind: Optional[str]) -> Quantity:
    """Read a quantity as people type it in an attribute table. kind: PERSONS, HOUSEHOLDS, AREA_M2 (the value in m²),
    COUNT, or None for a plain number (digits, a sign, a decimal point and thousands separators, no words).

    MISSING for None, NULL, NaN and blank text. OK for a number (not a bool), or text that is wholly one number —
    thousands separators (12,000 / 12，000 / 1 200), full-width digits, a decimal point — followed by an optional
    multiplier (万, 千), an optional 余 / 多, an optional unit word of the kind (UNITS) and an optional 左右 / 上下,
    and preceded by an optional 约 / 大约 / 近 …: a hedge is read as its number (约8000人 → 8000). UNREADABLE for
    everything else, never a partial reading: ranges (5000-6000), several numbers (3栋200户), unit words of another
    kind (300户 as an area, 2公顷 as persons), negative numbers (allowed only for kind None), words without a number,
    infinities."""
    if kind is not None and kind not in UNITS:
        raise ValueError("unknown kind of quantity: {!r}".format(kind))
    if is_missing(value):
        return Quantity(None, MISSING)
    if isinstance(value, bool):
        return Quantity(None, UNREADABLE)
    if isinstance(value, (numbers.Real, decimal.Decimal)):
        number = float(value)
        if math.isnan(number):
            return Quantity(None, MISSING)
        if math.isinf(number) or (kind is not None and number < 0):
            return Quantity(None, UNREADABLE)
        return Quantity(number, OK)
    text = _fold(str(value))
    if kind is None:
        match = _PLAIN.match(text)
        if not match:
            return Quantity(None, UNREADABLE)
        number = _number_of(match)
        return Quantity(-number if match.group("sign") == "-" else number, OK)
    pattern, units = _PATTERNS[kind]
    match = pattern.match(text)
    if not match:
        return Quantity(None, UNREADABLE)
    number = _number_of(match)
    if match.group("multiplier"):
        number *= MULTIPLIERS[match.group("multiplier")]
    if match.group("unit"):
        number *= units[match.group("unit")]
    return Quantity(number, OK)


def is_missing(value) -> bool:
    """True for None, QGIS NULL (a null QVariant), NaN and blank text."""
    if value is None:
        return True
    try:  # QVariant NULL from PyQGIS
        if getattr(value, "isNull", None) is not None and value.isNull():
            return True
    except TypeError:
        pass
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def as_number(value) -> Optional[float]:
    """A plain number from a number or from text that is wholly a number ('2200', '2,200', '-3.5', '１２００'); None
    when missing or unreadable. No unit words: community and facility quantities are read with parse_quantity."""
    return parse_quantity(value, None).value


def normalised(value) -> str:
    """The text of a value for comparing with a list of words: trimmed, lower case, 1.0 read as 1."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip().lower()


def matches_any(value, words: Iterable[str]) -> bool:
    return normalised(value) in {normalised(w) for w in words}


def answer(value, yes: Iterable[str], no: Iterable[str]) -> Optional[bool]:
    """True / False for a recognised yes / no value, None otherwise (missing or unrecognised)."""
    if is_missing(value):
        return None
    if isinstance(value, bool):
        return value
    if matches_any(value, yes):
        return True
    if matches_any(value, no):
        return False
    return None


def find_field(names: Iterable[str], candidates: Iterable[str]) -> Optional[str]:
    """The first candidate present among names, compared case-insensitively; None when there is none."""
    by_lower = {name.lower(): name for name in names}
    for candidate in candidates:
        if candidate and candidate.lower() in by_lower:
            return by_lower[candidate.lower()]
    return None
