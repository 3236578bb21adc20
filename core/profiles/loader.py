"""Finding, reading, merging (`extends:`) and validating checklist profiles into Profile objects.

A profile is named by a bundled id (`mohurd-2020`) or by the path of a YAML file; both work everywhere.
"""

from pathlib import Path
from typing import List, Optional

from complete_community.core.i18n import tr
from complete_community.core.paths import RESOURCES_DIR
from complete_community.core.profiles import schema
from complete_community.core.profiles.model import (
    Aspect,
    Item,
    Profile,
    RatioTerm,
    Requirement,
    Text,
    Threshold,
)
from complete_community.core.profiles.validation import ProfileValidator
from complete_community.core.yaml_io import DataFileError, find_data_file, read_yaml

STANDARDS_DIR = RESOURCES_DIR / "standards"
DEFAULT_PROFILE = "mohurd-2020"
MAX_EXTENDS_DEPTH = 8


class ProfileError(DataFileError):
    """A profile that cannot be used: every problem found, each naming the file, the key and what was expected."""


def bundled_profiles() -> List[str]:
    """Ids of the bundled profiles, the default first."""
    ids = sorted(path.stem for path in STANDARDS_DIR.glob("*.yaml"))
    if DEFAULT_PROFILE in ids:
        ids.remove(DEFAULT_PROFILE)
        ids.insert(0, DEFAULT_PROFILE)
    return ids


def resolve_profile_path(name_or_path, relative_to: Optional[Path] = None) -> Path:
    """The file of a bundled profile id, or a path (relative paths against relative_to, e.g. the child's folder)."""
    path = find_data_file(name_or_path, STANDARDS_DIR, relative_to)
    if path is None:
        raise ProfileError(tr("no bundled profile or profile file named '{}' (bundled: {})").format(
            str(name_or_path).strip(), ", ".join(bundled_profiles())))
    return path


def load_profile(name_or_path=DEFAULT_PROFILE) -> Profile:
    path = resolve_profile_path(name_or_path)
    merged, files = _load_merged(path, ())
    validator = ProfileValidator(_label(path, files))
    validator.check_document(merged)
    if validator.problems:
        raise ProfileError(validator.problems)
    return _build(merged, files)


def _label(path, files):
    if len(files) > 1:
        return tr("{} (extending {})").format(path.name, " → ".join(Path(f).name for f in files[1:]))
    return path.name


def _load_merged(path: Path, seen):
    path = path.resolve()
    if path in seen:
        raise ProfileError(tr("{}: extends: circular chain {}").format(
            path.name, " → ".join(Path(p).name for p in seen + (path,))))
    if len(seen) >= MAX_EXTENDS_DEPTH:
        raise ProfileError(tr("{}: extends: chain longer than {} profiles").format(path.name, MAX_EXTENDS_DEPTH))
    try:
        raw = _normalise(read_yaml(path))
    except DataFileError as error:
        raise ProfileError(error.problems) from None
    parent_name = raw.get("extends")
    validator = ProfileValidator(path.name, partial=parent_name is not None)
    validator.check_document(raw)
    if validator.problems:
        raise ProfileError(validator.problems)
    if parent_name is None:
        return raw, (str(path),)
    try:
        parent_path = resolve_profile_path(parent_name, relative_to=path.parent)
    except ProfileError as error:
        raise ProfileError(tr("{}: extends: {}").format(path.name, error.problems[0])) from None
    parent, parent_files = _load_merged(parent_path, seen + (path,))
    child = dict(raw)
    child.pop("extends")
    child.setdefault("id", path.stem)
    merged = _merge(parent, child, (), tr("local profile {}").format(path.name))
    return merged, (str(path),) + parent_files


def _normalise(data):
    """Item ids are text ("05"); YAML reads an unquoted 05 as the number 5, so numbers become two-digit text."""
    def item_id(key):
        return str(key).zfill(2) if isinstance(key, int) and not isinstance(key, bool) else str(key)

    data = dict(data)
    if isinstance(data.get("items"), dict):
        data["items"] = {item_id(k): v for k, v in data["items"].items()}
    if isinstance(data.get("aspects"), dict):
        aspects = {}
        for key, aspect in data["aspects"].items():
            if isinstance(aspect, dict) and isinstance(aspect.get("items"), list):
                aspect = dict(aspect, items=[item_id(i) for i in aspect["items"]])
            aspects[str(key)] = aspect
        data["aspects"] = aspects
    return data


def _is_threshold_path(path):
    if len(path) == 1:
        return path[0] in ("walk_speed", "coverage_min", schema.DEFAULT_REACH_KEY)
    if len(path) == 2 and path[0] == "population":
        return True
    if len(path) == 3 and path[0] == "items" and path[2] == schema.PRIORITY_KEY:
        return True
    if len(path) in (5, 7) and path[0] == "items" and path[2] == "requirements":
        return path[-1] in schema.REQUIREMENT_THRESHOLD_KEYS and (len(path) == 5 or path[4] == "alternatives")
    return False


def _merge(parent, child, path, local_source):
    """Child values over parent values: mappings merge key by key, null removes a key, anything else replaces.
    An overridden threshold keeps its unit and is tagged L (local) unless the child states its own confidence."""
    if _is_threshold_path(path) and isinstance(parent, dict):
        if not isinstance(child, dict):
            child = {"value": child}
        result = dict(parent)
        result.update(child)
        if "value" in child and "confidence" not in child:
            result["confidence"] = schema.LOCAL_CONFIDENCE
            result["source"] = child.get("source", local_source)
        return result
    if isinstance(parent, dict) and isinstance(child, dict):
        result = dict(parent)
        for key, value in child.items():
            if value is None:
                result.pop(key, None)
            elif key in result:
                result[key] = _merge(result[key], value, path + (key,), local_source)
            else:
                result[key] = _fill_local_thresholds(value, path + (key,), local_source)
        return result
    return _fill_local_thresholds(child, path, local_source)


def _fill_local_thresholds(value, path, local_source):
    """New thresholds added by a local profile get the L tag and a source when they state none."""
    if _is_threshold_path(path):
        if not isinstance(value, dict):
            value = {"value": value}
        value = dict(value)
        unit = _unit_of(path)
        if unit is not None:  # a bare number for a threshold the parent does not have: its one unit
            value.setdefault("unit", unit)
        value.setdefault("confidence", schema.LOCAL_CONFIDENCE)
        value.setdefault("source", local_source)
        return value
    if isinstance(value, dict):
        return {k: _fill_local_thresholds(v, path + (k,), local_source) for k, v in value.items()}
    return value


def _unit_of(path):
    """The one unit a threshold at this key path is written in, or None when it depends on the requirement kind."""
    if path[0] == "population":
        return schema.UNITS.get("population." + path[-1])
    return schema.UNITS.get(path[-1])


def _texts(values):
    return tuple(str(v).strip() for v in values)


def _build_requirement(requirement_id, data, profile_data) -> Requirement:
    default_reach = profile_data.get(schema.DEFAULT_REACH_KEY)
    inherits_reach = (data["kind"] == "facility" and data.get("access") in schema.WALKING_ACCESS
                      and "reach" not in data and default_reach is not None)
    thresholds = {}
    for key in schema.REQUIREMENT_THRESHOLD_KEYS:
        if key in data:
            thresholds[key] = Threshold.from_data(key, data[key])
        elif key == "reach" and inherits_reach:
            # the engine reads requirement.threshold("reach"): the default is filled in, marked as inherited
            thresholds[key] = Threshold.from_data(key, default_reach, inherited=True)
    values = data.get("values") or profile_data["survey_values"]
    return Requirement(
        id=requirement_id,
        kind=data["kind"],
        applies_to=data["applies_to"],
        advisory=bool(data.get("advisory", False)),
        description=Text.from_data(data.get("description")),
        facility_types=tuple(data.get("facility_types", ())),
        access=data.get("access"),
        thresholds=thresholds,
        fields=_texts(data.get("fields", ())),
        yes_values=_texts(values["yes"]) if data["kind"] == "surveyed" else (),
        no_values=_texts(values["no"]) if data["kind"] == "surveyed" else (),
        numerator=_ratio_term(data.get("numerator")),
        denominator=_ratio_term(data.get("denominator")),
        alternatives=tuple(
            _build_requirement(name, alternative, profile_data)
            for name, alternative in (data.get("alternatives") or {}).items()
        ),
    )


def _ratio_term(data):
    if data is None:
        return None
    if isinstance(data, str):
        return RatioTerm(community_value=data)
    return RatioTerm(fields=_texts(data["fields"]), quantity=data.get("quantity", "count"))


def _build(data, files) -> Profile:
    aspects = tuple(
        Aspect(id=aspect_id, name=Text(aspect["zh_CN"], aspect["en"]), item_ids=tuple(aspect["items"]))
        for aspect_id, aspect in data["aspects"].items()
    )
    aspect_of = {item_id: aspect.id for aspect in aspects for item_id in aspect.item_ids}
    items = {}
    for item_id, item in data["items"].items():
        items[item_id] = Item(
            id=item_id,
            aspect_id=aspect_of[item_id],
            name=Text(item["zh_CN"], item["en"]),
            requirement_text=Text.from_data(item.get("requirement")),
            item_class=item.get("class", "a"),
            priority=(Threshold.from_data(schema.PRIORITY_KEY, item[schema.PRIORITY_KEY])
                      if item.get(schema.PRIORITY_KEY) is not None else None),
            requirements=tuple(
                _build_requirement(name, requirement, data) for name, requirement in item["requirements"].items()
            ),
        )
    return Profile(
        id=data["id"],
        name=Text.from_data(data["name"]),
        description=Text.from_data(data.get("description")),
        source=str(data.get("source", "")),
        files=tuple(files),
        walk_speed=Threshold.from_data("walk_speed", data["walk_speed"]),
        population_min=Threshold.from_data("population_min", data["population"]["min"]),
        population_max=Threshold.from_data("population_max", data["population"]["max"]),
        coverage_min=Threshold.from_data("coverage_min", data["coverage_min"]),
        new_values=_texts(data["community_status"]["new"]),
        existing_values=_texts(data["community_status"]["existing"]),
        yes_values=_texts(data["survey_values"]["yes"]),
        no_values=_texts(data["survey_values"]["no"]),
        aspects=aspects,
        items=items,
        reach=(Threshold.from_data("reach", data[schema.DEFAULT_REACH_KEY])
               if data.get(schema.DEFAULT_REACH_KEY) is not None else None),
    )
