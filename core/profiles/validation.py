"""Validation of checklist profiles, with a precise message for every problem: file, key path, what was expected.

A profile is checked twice: each file on its own in `partial` mode (an `extends:` profile only overrides some
values, so missing keys are fine but unknown keys, wrong units and negative numbers are not), then the merged
result in full mode (everything required present, items and aspects consistent, facility types known).
"""

import numbers

from complete_community.core.i18n import tr
from complete_community.core.profiles import schema
from complete_community.core.validation import DataValidator, expected_list, type_name


class ProfileValidator(DataValidator):
    """The checks of a checklist profile; reporting, key checks and facility types come from DataValidator."""

    default_reach = None  # the document's default walking reach, set by check_document

    # parts
    def check_text(self, value, path):
        if isinstance(value, str) and value.strip():
            return
        if not self.expect_mapping(value, path):
            return
        self.check_keys(value, schema.TEXT_KEYS, path)
        self.check_required(value, schema.TEXT_KEYS, path)
        for key in schema.TEXT_KEYS:
            if key in value and not (isinstance(value[key], str) and value[key].strip()):
                self.problem("{}.{}".format(path, key), tr("expected non-empty text"))

    def check_threshold(self, value, path, unit):
        """A threshold: {value, unit, confidence, source[, advisory, note]}; a bare number only in a local profile,
        where null removes an inherited threshold."""
        if value is None and self.partial:
            return
        if isinstance(value, bool) or value is None:
            self.problem(path, tr("expected a threshold mapping with value, unit, confidence and source"))
            return
        if isinstance(value, numbers.Number):
            if not self.partial:
                self.problem(path, tr("a bare number is only allowed when overriding an inherited threshold; "
                                      "write {{value: {}, unit: {}, confidence: …, source: …}}").format(value, unit))
            self.check_number(value, path + ".value", path)
            return
        if not self.expect_mapping(value, path):
            return
        self.check_keys(value, schema.THRESHOLD_KEYS, path)
        self.check_required(value, schema.THRESHOLD_REQUIRED, path)
        if "value" in value:
            self.check_number(value["value"], path + ".value", path)
        if "unit" in value and unit is not None and value["unit"] != unit:
            self.problem(path + ".unit", tr("wrong unit '{}': this threshold is written in '{}'").format(
                value["unit"], unit))
        if "confidence" in value and value["confidence"] not in schema.CONFIDENCE_TAGS:
            self.problem(path + ".confidence", tr("unknown confidence tag '{}'; expected one of: {}").format(
                value["confidence"], expected_list(schema.CONFIDENCE_TAGS)))
        if "source" in value and not (isinstance(value["source"], str) and value["source"].strip()):
            self.problem(path + ".source", tr("expected non-empty text naming where the number comes from"))
        if "advisory" in value and not isinstance(value["advisory"], bool):
            self.problem(path + ".advisory", tr("expected true or false"))
        if "note" in value:
            self.check_text(value["note"], path + ".note")

    def check_reach(self, value, path):
        """A walking reach (the profile's default or a requirement's own): a threshold in minutes, above zero, never
        advisory (an advisory walk is an advisory requirement)."""
        self.check_threshold(value, path, schema.UNITS["reach"])
        minutes = _value(value)
        if isinstance(minutes, numbers.Number) and not isinstance(minutes, bool) and minutes == 0:
            self.problem(path + ".value", tr("a walking reach must be above zero minutes"))
        if isinstance(value, dict) and value.get("advisory") is True:
            self.problem(path + ".advisory", tr("a walking reach cannot be advisory; make the requirement advisory "
                                                "instead"))

    def check_number(self, number, path, threshold_path):
        if isinstance(number, bool) or not isinstance(number, numbers.Number):
            self.problem(path, tr("expected a number, got {}").format(type_name(number)))
            return
        if number < 0:
            self.problem(path, tr("negative value {}: thresholds are zero or more").format(number))
        key = threshold_path.rsplit(".", 1)[-1]
        if key in schema.SHARE_KEYS and number > 1:
            self.problem(path, tr("{} is a share between 0 and 1 (0.8 means 80 %)").format(number))
        if key in schema.INTEGER_KEYS and number != int(number):
            self.problem(path, tr("expected a whole number, got {}").format(number))

    # the document
    def check_document(self, data):
        self.check_keys(data, schema.TOP_KEYS, "")
        self.check_format(data, schema.FORMAT)  # says what to write when the line is missing
        self.check_required(data, [key for key in schema.TOP_REQUIRED if key != "format"], "")
        if "id" in data and not (isinstance(data["id"], str) and data["id"].strip()):
            self.problem("id", tr("expected a non-empty name"))
        for key in ("name", "description"):
            if key in data:
                self.check_text(data[key], key)
        if "extends" in data and not (isinstance(data["extends"], str) and data["extends"].strip()):
            self.problem("extends", tr("expected the id of a bundled profile or the path of a profile file"))
        if "walk_speed" in data:
            self.check_threshold(data["walk_speed"], "walk_speed", schema.UNITS["walk_speed"])
            speed = data["walk_speed"]
            speed_value = speed.get("value") if isinstance(speed, dict) else speed
            if isinstance(speed_value, numbers.Number) and speed_value == 0:
                self.problem("walk_speed.value", tr("walking speed must be above zero"))
        self.default_reach = data.get(schema.DEFAULT_REACH_KEY)
        if schema.DEFAULT_REACH_KEY in data:
            self.check_reach(data[schema.DEFAULT_REACH_KEY], schema.DEFAULT_REACH_KEY)
        if "coverage_min" in data:
            self.check_threshold(data["coverage_min"], "coverage_min", schema.UNITS["coverage_min"])
        if "population" in data:
            self.check_population(data["population"])
        if "community_status" in data:
            self.check_value_lists(data["community_status"], "community_status", ("new", "existing"))
        if "survey_values" in data:
            self.check_value_lists(data["survey_values"], "survey_values", ("yes", "no"))
        items = data.get("items")
        if items is not None and self.expect_mapping(items, "items"):
            for item_id, item in items.items():
                self.check_item(item, "items.{}".format(item_id))
        aspects = data.get("aspects")
        if aspects is not None and self.expect_mapping(aspects, "aspects"):
            for aspect_id, aspect in aspects.items():
                self.check_aspect(aspect, "aspects.{}".format(aspect_id))
        if not self.partial and isinstance(items, dict) and isinstance(aspects, dict):
            self.check_item_aspect_consistency(items, aspects)

    def check_population(self, population):
        if not self.expect_mapping(population, "population"):
            return
        self.check_keys(population, ("min", "max"), "population")
        self.check_required(population, ("min", "max"), "population")
        for key in ("min", "max"):
            if key in population:
                self.check_threshold(population[key], "population." + key, schema.UNITS["population." + key])
        low, high = (_value(population.get("min")), _value(population.get("max")))
        if isinstance(low, numbers.Number) and isinstance(high, numbers.Number) and low > high:
            self.problem("population", tr("min {} is above max {}").format(low, high))

    def check_value_lists(self, value, path, keys):
        if not self.expect_mapping(value, path):
            return
        self.check_keys(value, keys, path)
        self.check_required(value, keys, path)
        for key in keys:
            if key in value:
                self.check_string_list(value[key], "{}.{}".format(path, key))

    def check_aspect(self, aspect, path):
        if not self.expect_mapping(aspect, path):
            return
        self.check_keys(aspect, schema.ASPECT_KEYS, path)
        self.check_required(aspect, schema.ASPECT_KEYS, path)
        if "items" in aspect:
            self.check_string_list(aspect["items"], path + ".items")

    def check_item(self, item, path):
        if not self.expect_mapping(item, path):
            return
        self.check_keys(item, schema.ITEM_KEYS, path)
        self.check_required(item, schema.ITEM_REQUIRED, path)
        for key in ("zh_CN", "en"):
            if key in item and not (isinstance(item[key], str) and item[key].strip()):
                self.problem("{}.{}".format(path, key), tr("expected non-empty text"))
        if "class" in item and item["class"] not in schema.ITEM_CLASSES:
            self.problem(path + ".class", tr("unknown class '{}'; expected one of: {}").format(
                item["class"], expected_list(schema.ITEM_CLASSES)))
        if "requirement" in item:
            self.check_text(item["requirement"], path + ".requirement")
        if schema.PRIORITY_KEY in item:
            self.check_threshold(item[schema.PRIORITY_KEY], path + "." + schema.PRIORITY_KEY,
                                 schema.UNITS[schema.PRIORITY_KEY])
        requirements = item.get("requirements")
        if requirements is not None and self.expect_mapping(requirements, path + ".requirements"):
            if not requirements and not self.partial:
                self.problem(path + ".requirements", tr("expected at least one requirement"))
            for name, requirement in requirements.items():
                if requirement is None and self.partial:
                    continue  # a local profile removes an inherited requirement
                self.check_requirement(requirement, "{}.requirements.{}".format(path, name))

    def check_requirement(self, requirement, path):
        if not self.expect_mapping(requirement, path):
            return
        kind = requirement.get("kind")
        if kind is None:
            if not self.partial:
                self.problem(path, tr("missing key 'kind'; expected one of: {}").format(
                    expected_list(schema.KIND_KEYS)))
            allowed = tuple(dict.fromkeys(
                schema.REQUIREMENT_COMMON_KEYS + tuple(k for keys in schema.KIND_KEYS.values() for k in keys)))
        elif kind not in schema.KIND_KEYS:
            self.problem(path + ".kind", tr("unknown kind '{}'; expected one of: {}").format(
                kind, expected_list(schema.KIND_KEYS)))
            return
        else:
            allowed = schema.REQUIREMENT_COMMON_KEYS + schema.KIND_KEYS[kind]
            self.check_required(requirement, ("applies_to",) + schema.KIND_REQUIRED[kind], path)
        self.check_keys(requirement, allowed, path)
        if "applies_to" in requirement and requirement["applies_to"] not in schema.APPLIES_TO:
            self.problem(path + ".applies_to", tr("unknown value '{}'; expected one of: {}").format(
                requirement["applies_to"], expected_list(schema.APPLIES_TO)))
        if "advisory" in requirement and not isinstance(requirement["advisory"], bool):
            self.problem(path + ".advisory", tr("expected true or false"))
        if "description" in requirement:
            self.check_text(requirement["description"], path + ".description")
        for key in schema.REQUIREMENT_THRESHOLD_KEYS:
            if key == "reach" and key in requirement and key in allowed:
                self.check_reach(requirement[key], "{}.{}".format(path, key))
            elif key in requirement and key in allowed:
                unit = schema.KIND_MIN_UNITS.get(kind) if key == "min" else schema.UNITS[key]
                self.check_threshold(requirement[key], "{}.{}".format(path, key), unit)
        if "facility_types" in requirement:
            self.check_facility_types(requirement["facility_types"], path + ".facility_types")
        if "access" in requirement and requirement["access"] not in schema.ACCESS_MODES:
            self.problem(path + ".access", tr("unknown access '{}'; expected one of: {}").format(
                requirement["access"], expected_list(schema.ACCESS_MODES)))
        if "fields" in requirement:
            self.check_string_list(requirement["fields"], path + ".fields")
        if "values" in requirement:
            self.check_value_lists(requirement["values"], path + ".values", ("yes", "no"))
        for key in ("numerator", "denominator"):
            if key in requirement:
                self.check_ratio_term(requirement[key], "{}.{}".format(path, key), key == "denominator")
        if not self.partial and kind == "facility":
            self.check_facility_consistency(requirement, path)
        alternatives = requirement.get("alternatives")
        if alternatives is not None and self.expect_mapping(alternatives, path + ".alternatives"):
            for name, alternative in alternatives.items():
                if isinstance(alternative, dict) and "alternatives" in alternative:
                    self.problem("{}.alternatives.{}.alternatives".format(path, name),
                                 tr("alternatives cannot be nested"))
                self.check_requirement(alternative, "{}.alternatives.{}".format(path, name))

    def check_facility_types(self, value, path):
        if not self.check_string_list(value, path):
            return
        for code in value:
            self.check_facility_type(code, path)

    def check_ratio_term(self, value, path, denominator):
        if denominator and value in schema.RATIO_DENOMINATORS:
            return
        if isinstance(value, dict):
            self.check_keys(value, ("fields", "quantity"), path)
            self.check_required(value, ("fields",), path)
            if "fields" in value:
                self.check_string_list(value["fields"], path + ".fields")
            if "quantity" in value and value["quantity"] not in schema.RATIO_QUANTITIES:
                self.problem(path + ".quantity", tr("unknown quantity '{}'; expected one of: {}").format(
                    value["quantity"], ", ".join(schema.RATIO_QUANTITIES)))
            return
        expected = tr("a mapping {fields: [...]}")
        if denominator:
            expected = tr("'households', 'population' or a mapping {fields: [...]}")
        self.problem(path, tr("expected {}").format(expected))

    def check_facility_consistency(self, requirement, path):
        access = requirement.get("access")
        if access in schema.WALKING_ACCESS and requirement.get("reach") is None and self.default_reach is None:
            self.problem(path, tr("access '{}' needs a 'reach' threshold in minutes: give the requirement its own "
                                  "'reach', or the profile a default 'reach' at the top level").format(access))
        distinct = _value(requirement.get("distinct_types_min"))
        types = requirement.get("facility_types")
        if isinstance(distinct, numbers.Number) and isinstance(types, list) and distinct > len(types):
            self.problem(path + ".distinct_types_min", tr("asks for {} kinds but lists only {} facility types")
                         .format(distinct, len(types)))

    def check_item_aspect_consistency(self, items, aspects):
        placed = {}
        for aspect_id, aspect in aspects.items():
            if not isinstance(aspect, dict) or not isinstance(aspect.get("items"), list):
                continue
            for item_id in aspect["items"]:
                item_id = str(item_id)
                if item_id in placed:
                    self.problem("aspects.{}.items".format(aspect_id), tr("duplicate item id '{}' (already in "
                                 "aspect '{}')").format(item_id, placed[item_id]))
                    continue
                placed[item_id] = aspect_id
                if item_id not in items:
                    self.problem("aspects.{}.items".format(aspect_id),
                                 tr("missing item '{}': it is listed here but not defined under items")
                                 .format(item_id))
        for item_id in items:
            if item_id not in placed:
                self.problem("items.{}".format(item_id), tr("item is not listed in any aspect"))


def _value(threshold):
    return threshold.get("value") if isinstance(threshold, dict) else threshold
