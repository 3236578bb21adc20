"""Category mappings: ordered rules that turn raw categories (Chinese names, Amap type strings, OSM tags) into
taxonomy codes. The first rule that matches decides; a rule with `type: null` excludes on purpose (a pet clinic is
not a clinic). Exclusions are also how a category vetoes the name rules after it: `amap` excludes POIs whose main
class (`prefix` of the type string) is an estate, a company, a car service … before any name keyword can make a park
or a repair point of them. Mappings can `extends:` another one: their own rules are tried first, then the parent's.
"""

import functools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from complete_community.core.i18n import tr
from complete_community.core.paths import RESOURCES_DIR
from complete_community.core.regex_check import PatternTooComplexError, catastrophic
from complete_community.core.taxonomy import facility_types
from complete_community.core.validation import DataValidator, expected_list, index_path, key_path, suggest, type_name
from complete_community.core.values import find_field, is_missing
from complete_community.core.yaml_io import DataFileError, find_data_file, read_yaml

MAPPINGS_DIR = RESOURCES_DIR / "mappings"
FORMAT = "complete-community-mapping/1"
TAXONOMY_MAPPING = "taxonomy"  # built in: codes, Chinese and English names and aliases, matched exactly
TEXT_MATCHERS = ("contains", "not_contains", "equals", "prefix", "segment", "regex")
SEGMENT_SEPARATORS = re.compile(r"[;|；、]")
PARENTHESES = re.compile(r"[(（][^()（）]*[)）]")
OSM_HSTORE_PAIR = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')
MAPPING_KEYS = ("format", "id", "name", "description", "extends", "fields", "rules")
RULE_KEYS = ("id", "when", "type", "note")
LABEL_KEYS = ("zh_CN", "en")
# A rule's pattern is matched against the first REGEX_TEXT_LIMIT characters of a value only. POI names and category
# strings are short; the limit is the second line of defence, after the loader's refusal of patterns that can take
# exponential time (core/regex_check.py), against a pattern that is merely slow on a long text.
REGEX_TEXT_LIMIT = 200


class MappingError(DataFileError):
    pass


@dataclass(frozen=True)
class Condition:
    """One logical field's test. For text fields: matchers; for `tags`: key → accepted values ('*' = any)."""

    field: str
    matchers: Tuple[Tuple[str, object], ...] = ()
    tags: Tuple[Tuple[str, Tuple[str, ...]], ...] = ()

    def holds(self, record) -> bool:
        if self.field == "tags":
            tags = record.get("tags") or {}
            for key, accepted in self.tags:
                value = str(tags.get(key) or "").strip().lower()
                if not value:
                    return False
                if "*" not in accepted and not set(v.strip() for v in value.split(";")) & set(accepted):
                    return False
            return True
        text = str(record.get(self.field) or "").strip()
        if not text:
            return False
        lowered = text.lower()
        for matcher, argument in self.matchers:
            if matcher == "contains" and not any(word in lowered for word in argument):
                return False
            if matcher == "not_contains" and any(word in lowered for word in argument):
                return False
            if matcher == "equals" and lowered not in argument:
                return False
            if matcher == "prefix" and not lowered.startswith(argument):
                return False
            if matcher == "segment":
                segments = {s.strip() for s in SEGMENT_SEPARATORS.split(lowered)}
                if not segments & set(argument):
                    return False
            if matcher == "regex" and not argument.search(text[:REGEX_TEXT_LIMIT]):
                return False
        return True


@dataclass(frozen=True)
class Rule:
    id: str
    conditions: Tuple[Condition, ...]
    type: Optional[str]  # a taxonomy code, or None to exclude

    def matches(self, record) -> bool:
        return all(condition.holds(record) for condition in self.conditions)


@dataclass(frozen=True)
class Mapping:
    id: str
    name: str
    fields: Dict[str, Tuple[str, ...]]  # logical field → candidate layer field names
    rules: Tuple[Rule, ...]

    def classify(self, record) -> Tuple[Optional[str], Optional[str]]:
        """(type code or None, id of the rule that decided or None when no rule matched)."""
        for rule in self.rules:
            if rule.matches(record):
                return rule.type, rule.id
        return None, None

    def bind_fields(self, layer_field_names, overrides=None) -> Dict[str, Optional[str]]:
        """For each logical field the layer field that feeds it: the override, else the first candidate present
        (compared case-insensitively)."""
        names = list(layer_field_names)
        return {logical: (overrides or {}).get(logical) or find_field(names, candidates)
                for logical, candidates in self.fields.items()}


def bundled_mappings() -> List[str]:
    return [TAXONOMY_MAPPING] + sorted(path.stem for path in MAPPINGS_DIR.glob("*.yaml"))


def bundled_mapping_titles(chinese: bool) -> Dict[str, str]:
    """What each bundled mapping is, in the interface language, for choices shown to people."""
    titles = {TAXONOMY_MAPPING: tr("None: the type field holds the taxonomy's codes or names")}
    for path in sorted(MAPPINGS_DIR.glob("*.yaml")):
        name = _mapping_name(str(path), path.stat().st_mtime_ns) or path.stem
        if isinstance(name, dict):
            name = name.get("zh_CN" if chinese else "en") or path.stem
        titles[path.stem] = str(name)
    return titles


@functools.lru_cache(maxsize=64)
def _mapping_name(path, _modified):
    """A mapping file's name entry, read once per version of the file: every algorithm with a mapping parameter
    asks when QGIS loads the provider, and the largest mappings take a tenth of a second each to parse."""
    return read_yaml(Path(path)).get("name")


def parse_osm_tags(text) -> Dict[str, str]:
    """The key/value pairs of OGR's OSM `other_tags` column ("k"=>"v","k2"=>"v2")."""
    if not text:
        return {}
    return {
        key.replace('\\"', '"'): value.replace('\\"', '"') for key, value in OSM_HSTORE_PAIR.findall(str(text))
    }


def record_from_attributes(attributes: Dict[str, object], bound: Dict[str, Optional[str]]):
    """The record a mapping reads: each bound logical field's text, and `tags` from every attribute plus
    the parsed OSM other_tags column."""
    record = {}
    for logical, field_name in bound.items():
        if logical == "tags":
            continue
        value = attributes.get(field_name) if field_name else None
        record[logical] = "" if is_missing(value) else str(value)
    # POI names carry branch and location notes in brackets ("咪咪幼儿园(莲花公寓社区卫生服务站东)"): rules about
    # what a place is read the name without them
    record["name_core"] = PARENTHESES.sub("", record.get("name", "")).strip()
    tags = {}
    for name, value in attributes.items():
        if is_missing(value) or name == "other_tags":
            continue
        tags[name] = str(value)
    tags.update(parse_osm_tags(attributes.get("other_tags")))
    record["tags"] = tags
    return record


def taxonomy_mapping() -> Mapping:
    """Exact matches of codes, names and aliases: for survey tables whose type column already names the type."""
    rules = []
    for code, entry in facility_types().items():
        words = {code, entry.name_zh, entry.name_en, *entry.aliases}
        words = tuple(sorted(w.strip().lower() for w in words))
        rules.append(Rule(id="taxonomy:" + code, conditions=(Condition("category", (("equals", words),)),),
                          type=code))
    return Mapping(id=TAXONOMY_MAPPING, name=tr("Facility taxonomy (codes and names)"),
                   fields={"category": ("cc_type", "type", "类型", "设施类型", "category", "分类")}, rules=tuple(rules))


def resolve_mapping_path(name_or_path, relative_to: Optional[Path] = None) -> Path:
    path = find_data_file(name_or_path, MAPPINGS_DIR, relative_to)
    if path is None:
        raise MappingError(tr("no bundled mapping or mapping file named '{}' (bundled: {})").format(
            str(name_or_path).strip(), ", ".join(bundled_mappings())))
    return path


def load_mapping(name_or_path, _seen=()) -> Mapping:
    if str(name_or_path).strip() == TAXONOMY_MAPPING:
        return taxonomy_mapping()
    path = resolve_mapping_path(name_or_path).resolve()
    if path in _seen:
        raise MappingError(tr("{}: extends: circular chain").format(path.name))
    try:
        data = read_yaml(path)
    except DataFileError as error:
        raise MappingError(error.problems) from None
    validator = MappingValidator(path.name)
    validator.check_document(data)
    if validator.problems:
        raise MappingError(validator.problems)
    rules = tuple(_build_rule(rule, index, path.stem) for index, rule in enumerate(data.get("rules") or ()))
    fields = {key: tuple(str(c) for c in candidates) for key, candidates in (data.get("fields") or {}).items()}
    if data.get("extends"):
        try:
            parent_path = resolve_mapping_path(data["extends"], relative_to=path.parent)
        except MappingError as error:
            raise MappingError(tr("{}: extends: {}").format(path.name, error.problems[0])) from None
        parent = load_mapping(parent_path, _seen + (path,))
        merged_fields = dict(parent.fields)
        merged_fields.update(fields)
        fields = merged_fields
        rules = rules + parent.rules
    name = data.get("name") or path.stem
    if isinstance(name, dict):
        name = name.get("zh_CN") or name.get("en") or path.stem
    return Mapping(id=str(data.get("id") or path.stem), name=str(name), fields=fields, rules=rules)


def _build_rule(data, index, mapping_id) -> Rule:
    conditions = []
    for logical, test in data["when"].items():
        if logical == "tags":
            tags = tuple(
                (str(key), ("*",) if values == "*" else tuple(str(v).strip().lower() for v in _as_list(values)))
                for key, values in test.items()
            )
            conditions.append(Condition("tags", tags=tags))
            continue
        matchers = []
        for matcher, argument in test.items():
            if matcher == "regex":
                matchers.append((matcher, re.compile(str(argument))))
            elif matcher == "prefix":
                matchers.append((matcher, tuple(str(a).lower() for a in _as_list(argument))))
            else:
                matchers.append((matcher, tuple(str(a).strip().lower() for a in _as_list(argument))))
        conditions.append(Condition(logical, tuple(matchers)))
    rule_id = "{}:{}".format(mapping_id, data.get("id") or "rule{}".format(index + 1))
    return Rule(id=rule_id, conditions=tuple(conditions), type=data.get("type"))


def _as_list(value):
    return value if isinstance(value, list) else [value]


class MappingValidator(DataValidator):
    """The checks of one category-mapping file; reporting, key checks with suggestions and facility types come from
    DataValidator. A mapping that extends another may use the parent's logical fields and have no rules of its own."""

    def check_document(self, data):
        self.check_keys(data, MAPPING_KEYS, "")
        self.check_format(data, FORMAT)
        self.check_required(data, ("rules",), "")
        if "id" in data and not (isinstance(data["id"], str) and data["id"].strip()):
            self.problem("id", tr("expected a non-empty name"))
        for key in ("name", "description"):
            if key in data:
                self.check_label(data[key], key)
        extends = data.get("extends")
        if "extends" in data and not (isinstance(extends, str) and extends.strip()):
            self.problem("extends", tr("expected the id of a bundled mapping or the path of a mapping file"))
        declared = self.check_fields(data["fields"]) if "fields" in data else ()
        if extends:
            declared = None  # the parent may declare them
        if "rules" not in data:
            return
        rules = data["rules"]
        if not isinstance(rules, list):
            self.problem("rules", tr("expected a list of rules, got {}").format(type_name(rules)))
            return
        if not rules and not extends:
            self.problem("rules", tr("expected a non-empty list of rules"))
        for index, rule in enumerate(rules):
            self.check_rule(rule, index_path("rules", index), declared)

    def check_label(self, value, path):
        """Text, or a mapping of zh_CN and en texts."""
        if isinstance(value, str) and value.strip():
            return
        if not isinstance(value, dict):
            self.problem(path, tr("expected text or a mapping with zh_CN and en, got {}").format(type_name(value)))
            return
        self.check_keys(value, LABEL_KEYS, path)
        for key in LABEL_KEYS:
            if key in value and not (isinstance(value[key], str) and value[key].strip()):
                self.problem(key_path(path, key), tr("expected non-empty text"))

    def check_fields(self, fields):
        """The logical fields a rule may test (None when fields is unusable: then they are not checked)."""
        if not isinstance(fields, dict):
            self.problem("fields", tr("expected a mapping of logical field → list of layer field names, got {}")
                         .format(type_name(fields)))
            return None
        for logical, candidates in fields.items():
            self.check_string_list(candidates, key_path("fields", logical))
        return tuple(fields) + (("name_core",) if "name" in fields else ())

    def check_rule(self, rule, path, declared):
        if not isinstance(rule, dict):
            self.problem(path, tr("expected a mapping with 'when' and 'type', got {}").format(type_name(rule)))
            return
        self.check_keys(rule, RULE_KEYS, path)
        self.check_required(rule, ("when",), path)
        if "type" not in rule:
            self.problem(path, tr("missing key 'type' (a facility type code, or null to exclude)"))
        elif isinstance(rule["type"], str):
            self.check_facility_type(rule["type"], path + ".type")
        elif rule["type"] is not None:
            self.problem(path + ".type", tr("expected a facility type code or null, got {}").format(
                type_name(rule["type"])))
        if "when" in rule:
            self.check_when(rule["when"], path + ".when", declared, rule.get("id"))

    def check_when(self, when, path, declared, rule_id=None):
        if not isinstance(when, dict):
            self.problem(path, tr("expected a mapping of logical field → test, got {}").format(type_name(when)))
            return
        if not when:
            self.problem(path, tr("expected at least one test"))
        for logical, test in when.items():
            test_path = key_path(path, logical)
            if logical == "tags":
                self.check_tags(test, test_path)
                continue
            if declared is not None and logical not in declared:
                known = declared + ("tags",)
                self.problem(test_path, tr("logical field '{}' is not declared under fields{}; expected one of: {}")
                             .format(logical, suggest(logical, known), expected_list(known)))
            self.check_matchers(test, test_path, rule_id)

    def check_matchers(self, test, path, rule_id=None):
        if not isinstance(test, dict):
            self.problem(path, tr("expected a mapping of tests, got {}").format(type_name(test)))
            return
        if not test:
            self.problem(path, tr("expected at least one test"))
        self.check_names(test, TEXT_MATCHERS, path, tr("unknown test '{}'{}; expected one of: {}"))
        for matcher, argument in test.items():
            if matcher == "regex":
                self.check_regex(argument, key_path(path, matcher), rule_id)
            elif matcher in TEXT_MATCHERS:
                self.check_values(argument, key_path(path, matcher))

    def check_tags(self, test, path):
        """OSM tag → accepted values ('*' = any value)."""
        if not isinstance(test, dict):
            self.problem(path, tr("expected a mapping of OSM tag → accepted values, got {}").format(type_name(test)))
            return
        if not test:
            self.problem(path, tr("expected at least one test"))
        for key, values in test.items():
            if values != "*":
                self.check_values(values, key_path(path, key))

    def check_regex(self, pattern, path, rule_id=None):
        """A pattern that compiles and cannot take exponential time (core/regex_check.py)."""
        if not isinstance(pattern, str):
            self.problem(path, tr("expected a regular expression as text, got {}").format(type_name(pattern)))
            return
        try:
            re.compile(pattern)
        except re.error as error:
            self.problem(path, tr("invalid pattern: {}").format(error))
            return
        rule = tr(" (rule '{}')").format(rule_id) if rule_id not in (None, "") else ""
        try:
            dangerous = catastrophic(pattern)
        except PatternTooComplexError:
            self.problem(path, tr("the pattern “{}”{} is too large to check that it always finishes; split it over "
                                  "several rules").format(pattern, rule))
            return
        if dangerous:
            self.problem(path, tr(
                "the pattern “{}”{} can take practically forever: a repeated part of it can match the same text in "
                "several ways (a quantifier inside a repeated group, as in (a+)+, (a*)* or (\\w+\\s?)+, or "
                "alternatives that overlap, as in (a|a?)+). Rewrite it without the nested quantifier: (a+)+ → a+, "
                "(\\w+\\s?)+ → \\w+(\\s\\w+)*, (a|a?)+ → a+").format(pattern, rule))

    def check_values(self, values, path):
        """One value or a non-empty list of values."""
        if isinstance(values, list):
            self.check_string_list(values, path)
        elif not isinstance(values, (str, int)):
            self.problem(path, tr("expected a value or a list of values, got {}").format(type_name(values)))


OSM_MAIN_KEYS = ("amenity", "shop", "leisure", "healthcare", "highway", "public_transport", "tourism", "office",
                 "craft", "landuse", "place", "man_made", "barrier", "building")


def category_label(record) -> str:
    """What to call an unmapped feature's category in the report: its category text, else its main OSM tag,
    else its name without notes."""
    if record.get("category"):
        return record["category"]
    tags = record.get("tags") or {}
    for key in OSM_MAIN_KEYS:
        if tags.get(key):
            return "{}={}".format(key, tags[key])
    return record.get("name_core") or tr("(no category or name)")


def type_classifier(mapping: Mapping, field_names, type_field=None, name_field=None):
    """attributes → facility type code (or None), reading the chosen type and name fields through the mapping."""
    bound = mapping.bind_fields(field_names, {"category": type_field, "name": name_field})
    read = {condition.field for rule in mapping.rules for condition in rule.conditions}
    if "tags" in read:  # rules on any attribute: every feature is classified afresh

        def classify(attributes):
            return mapping.classify(record_from_attributes(attributes, bound))[0]

        return classify
    # rules read only these fields: features with the same values there get the same type, decided once
    fields = sorted({"name" if logical == "name_core" else logical for logical in read})
    names = [bound.get(logical) for logical in fields]
    decided = {}

    def classify_once(attributes):
        key = tuple("" if not name or is_missing(attributes.get(name)) else str(attributes.get(name))
                    for name in names)
        if key not in decided:
            decided[key] = mapping.classify(record_from_attributes(attributes, bound))[0]
        return decided[key]

    return classify_once


class ClassificationTally:
    """What classifying a layer found: features per type code (EXCLUDED: left out by a rule) and the categories no
    rule matched, with an example name each — for the log and the unmapped table."""

    EXCLUDED = "(excluded)"

    def __init__(self):
        self.counts = Counter()
        self.unmapped = Counter()
        self.examples = {}

    def classify(self, mapping, record):
        """(type code, rule id) of the record, as mapping.classify gives them, counted."""
        code, rule_id = mapping.classify(record)
        if code is not None:
            self.counts[code] += 1
        elif rule_id is not None:
            self.counts[self.EXCLUDED] += 1
        else:
            label = category_label(record)
            self.unmapped[label] += 1
            self.examples.setdefault(label, record.get("name") or "")
        return code, rule_id

    @property
    def classified(self):
        return sum(n for code, n in self.counts.items() if code != self.EXCLUDED)

    @property
    def excluded(self):
        return self.counts.get(self.EXCLUDED, 0)

    @property
    def unmapped_total(self):
        return sum(self.unmapped.values())
