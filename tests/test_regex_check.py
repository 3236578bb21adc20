"""Patterns that can take exponential time are told apart from the ones that cannot (core/regex_check.py)."""

import re
import time
from pathlib import Path

import pytest
import yaml

from complete_community.core.regex_check import PatternTooComplexError, catastrophic

MAPPINGS = Path(__file__).resolve().parent.parent / "resources" / "mappings"

# Each of these, followed by anything that fails (`$`, a letter), keeps Python's re busy for more than 3 s on a text of
# 30–80 characters that almost matches (tried once each); (.*a){3}x is polynomial, and takes 2 s on 200 characters.
DANGEROUS = [
    r"(a+)+$", r"(a*)*b", r"(a+)*", r"^(a+)+b", r"(x+x+)+y", r"(.*)*", r"(.+)+$", r"(?:.*?)+x", r"(.*,)*",
    r"(\w+\s?)+$", r"^(\w+\s?)*$", r"(\d+)*\d", r"([a-zA-Z]+)*", r"(?:a+){2,}", r"((ab)*)+", r"((ab){1,2})+",
    r"(a|aa)+", r"(a|a)+", r"(a|a?)+", r"(a|ab|b)+", r"(?:a|b|ab)*c", r"(?:\d+|\d+\.\d+)+", r"(?:\d+|[a-z]+)+",
    r"(x(?:a+a+)y)+", r"(x(a|a)y)+", r"(?:(ab)*|cd)+e", r"(?:x(a*)*)+y", r"(?:x(a?)?)+y", r"(?:x(?:a|)?)+y",
    r"(.*a){3,}", r"(.*a){3}x", r"(?:[a-z]{1,32}){1,32}", r"(?:a{1,3})+b", r"(\s*,?\s*\w+)+",
    r"^(([a-z])+.)+[A-Z]([a-z])+$",  # OWASP's examples
    r"^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$",
    r"(医院+|院)+", r"(幼儿园|.*园)+", r"([一-龥]+)+$", r"(?:[\u4e00-\u9fa5]+\s?)+$", r"(?=(a+)+b)",
    r"(.)\1*(a|\1)+",
]

# Each text is cut one way only: nested quantifiers that a separator or distinct characters keep apart.
SAFE = [
    r"a+", r"[ab]+", r"(ab)+", r"(ab?)+", r"(\d+,)+", r"(?:\d{3})+", r"(\d{1,3},)+", r"(\s?,)+", r"(\s*,\s*\w+)+",
    r"\w+(\s\w+)*", r"(医院+)+", r"(医院|卫生院)+", r"(托儿所|托儿部|托育)+", r"(?i)(A|a)+", r"(\s|\S)*x",
    r"(?:[\u4e00-\u9fa5]|\w)+x", r"[0-9]{18}", r"(?:[0-9]{18};)+", r"(.*a){2}x", r"(?:[^,]*,){3}x",
    r"^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$", r"(?:\w{1,20}\s){1,20}",
    r"(?:" + "|".join("第{}幼儿园".format(n) for n in range(300)) + ")",
]


def bundled_patterns():
    for path in sorted(MAPPINGS.glob("*.yaml")):
        for rule in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]:
            for test in rule["when"].values():
                if isinstance(test, dict) and "regex" in test:
                    yield pytest.param(test["regex"], id="{}:{}".format(path.stem, rule.get("id")))


@pytest.mark.parametrize("pattern", DANGEROUS)
def test_dangerous_patterns_are_recognised(pattern):
    re.compile(pattern)
    assert catastrophic(pattern)


@pytest.mark.parametrize("pattern", SAFE)
def test_safe_patterns_pass(pattern):
    assert not catastrophic(pattern)


@pytest.mark.parametrize("pattern", list(bundled_patterns()))
def test_the_bundled_mappings_patterns_pass(pattern):
    assert not catastrophic(pattern)


def test_the_bundled_mappings_have_patterns():
    assert len(list(bundled_patterns())) >= 15


@pytest.mark.parametrize("pattern", [p for p in SAFE if "{18}" not in p and "第" not in p])
def test_safe_patterns_are_fast_on_texts_that_almost_match(pattern):
    """What the check accepts, Python matches quickly (the dangerous ones take seconds at 30 characters)."""
    started = time.perf_counter()
    for unit in ("a", "ab", "a ", "1,", "医院", "aab", "中 "):
        re.search(pattern + "$", unit * 100 + "!")
    assert time.perf_counter() - started < 1.0


def test_a_pattern_too_large_to_check_is_said():
    with pytest.raises(PatternTooComplexError):
        catastrophic("(?:" + "|".join("w{}a".format(n) for n in range(2000)) + ")+")
