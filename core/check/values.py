"""Reading attribute values as the check needs them: numbers, yes/no answers, new/existing."""

import math
import re
from typing import Iterable, Optional

from complete_community.core.check.model import EXISTING, NEW

_NUMBER = re.compile(r"^\s*([-+]?\d+(?:\.\d+)?)")


def is_missing(value) -> bool:
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
    return str(value).strip().lower()


def answer(value, yes: Iterable[str], no: Iterable[str]) -> Optional[bool]:
    """True / False for a recognised yes / no value, None otherwise (missing or unrecognised)."""
    if is_missing(value):
        return None
    if isinstance(value, bool):
        return value
    text = normalised(value)
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if text in {normalised(v) for v in yes}:
        return True
    if text in {normalised(v) for v in no}:
        return False
    return None


def community_status(value, new_values, existing_values, default) -> (str, str):
    """(new|existing, note) — the note says when the default was used and why."""
    if is_missing(value):
        return default, "default"
    text = normalised(value)
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if text in {normalised(v) for v in new_values}:
        return NEW, ""
    if text in {normalised(v) for v in existing_values}:
        return EXISTING, ""
    return default, "unrecognised"


def find_field(names: Iterable[str], candidates: Iterable[str]) -> Optional[str]:
    """The first candidate present among names, compared case-insensitively; None when there is none."""
    by_lower = {name.lower(): name for name in names}
    for candidate in candidates:
        if candidate and candidate.lower() in by_lower:
            return by_lower[candidate.lower()]
    return None
