"""Reading attribute values as people type them: nulls, numbers, yes/no answers, and field names found by a list of
common spellings. Shared by the check, the mappings and the street reader (no domain knowledge here)."""

import math
import re
from typing import Iterable, Optional

_NUMBER = re.compile(r"^\s*([-+]?\d+(?:\.\d+)?)")


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
    """A number from a number or text like '2200', '2,200 m²', '6班'; None when missing or unreadable."""
    if is_missing(value):
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    match = _NUMBER.match(str(value).replace(",", "").replace("，", ""))
    return float(match.group(1)) if match else None


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
