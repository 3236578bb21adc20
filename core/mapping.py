"""Category mappings: ordered rules that turn raw categories (Chinese names, Amap type strings, OSM tags) into
taxonomy codes. The first rule that matches decides; a rule with `type: null` excludes on purpose (a pet clinic is
not a clinic). Mappings can `extends:` another one: their own rules are tried first, then the parent's.
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from complete_community.core.i18n import tr
from complete_community.core.paths import RESOURCES_DIR
from complete_community.core.taxonomy import facility_types
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
            if matcher == "regex" and not argument.search(text):
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
    problems = _validate(data, path.name)
    if problems:
        raise MappingError(problems)
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


def _validate(data, filename) -> List[str]:
    problems = []

    def problem(path, message):
        problems.append(tr("{}: {}: {}").format(filename, path, message))

    for key in data:
        if key not in MAPPING_KEYS:
            problem(key, tr("unknown key '{}'; expected one of: {}").format(key, ", ".join(MAPPING_KEYS)))
    if data.get("format") != FORMAT:
        problem("format", tr("expected '{}'").format(FORMAT))
    fields = data.get("fields") or {}
    if not isinstance(fields, dict):
        problem("fields", tr("expected a mapping of logical field → list of layer field names"))
    rules = data.get("rules")
    if not isinstance(rules, list) or (not rules and not data.get("extends")):
        problem("rules", tr("expected a non-empty list of rules"))
        return problems
    known = facility_types()
    for index, rule in enumerate(rules):
        path = "rules[{}]".format(index + 1)
        if not isinstance(rule, dict):
            problem(path, tr("expected a mapping with 'when' and 'type'"))
            continue
        for key in rule:
            if key not in RULE_KEYS:
                problem("{}.{}".format(path, key), tr("unknown key '{}'; expected one of: {}").format(
                    key, ", ".join(RULE_KEYS)))
        if "type" not in rule:
            problem(path, tr("missing key 'type' (a facility type code, or null to exclude)"))
        elif rule["type"] is not None and rule["type"] not in known:
            problem(path + ".type", tr("unknown facility type '{}'").format(rule["type"]))
        when = rule.get("when")
        if not isinstance(when, dict) or not when:
            problem(path + ".when", tr("expected a mapping of logical field → test"))
            continue
        for logical, test in when.items():
            declared = logical in fields or (logical == "name_core" and "name" in fields)
            if logical != "tags" and not declared and not data.get("extends"):
                problem("{}.when.{}".format(path, logical), tr("logical field '{}' is not declared under fields")
                        .format(logical))
            if not isinstance(test, dict) or not test:
                problem("{}.when.{}".format(path, logical), tr("expected a mapping of tests"))
                continue
            if logical == "tags":
                continue
            for matcher, argument in test.items():
                if matcher not in TEXT_MATCHERS:
                    problem("{}.when.{}.{}".format(path, logical, matcher), tr(
                        "unknown test '{}'; expected one of: {}").format(matcher, ", ".join(TEXT_MATCHERS)))
                elif matcher == "regex":
                    try:
                        re.compile(str(argument))
                    except re.error as error:
                        problem("{}.when.{}.regex".format(path, logical), tr("invalid pattern: {}").format(error))
    return problems


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

    def classify(attributes):
        return mapping.classify(record_from_attributes(attributes, bound))[0]

    return classify
