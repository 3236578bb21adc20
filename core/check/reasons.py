"""The reasons written beside every result, in Chinese and English at once (both go into the results table, whatever
the interface language, so a report can be handed to anyone). Templates use str.format fields."""

import re

from complete_community.core.taxonomy import facility_types

TEMPLATES = {
    # facility requirements
    "inside_ok": ("社区内有{count}处符合要求的{types}（{example}）",
                  "{count} qualifying {types} inside the community ({example})"),
    "inside_short": ("社区内符合要求的{types}{count}处，少于要求的{required}处",
                     "{count} qualifying {types} inside the community, fewer than the {required} required"),
    "reach_ok": ("{within}可达{types}的{basis}{share}，不低于{required}；最近的为{nearest}，{from_anchor}{distance}米",
                 "{share} {basis} within {within} of {types}, at least {required}; nearest {nearest}, {distance} m "
                 "{from_anchor}"),
    "reach_short": ("{within}可达{types}的{basis}{share}，低于{required}",
                    "only {share} {basis} within {within} of {types}, below {required}"),
    "reach_count_ok": ("{within}可达至少{count}处{types}的{basis}{share}，不低于{required}",
                       "{share} {basis} within {within} of at least {count} {types}, at least {required}"),
    "reach_count_short": ("{within}可达至少{count}处{types}的{basis}{share}，低于{required}",
                          "only {share} {basis} within {within} of at least {count} {types}, below {required}"),
    "coverage_note": ("{within}可达{types}的{basis}{share}", "{share} {basis} within {within} of {types}"),
    "coverage_count_note": ("{within}可达至少{count}处{types}的{basis}{share}",
                            "{share} {basis} within {within} of at least {count} {types}"),
    "nearest": ("最近的为{nearest}，{from_anchor}{distance}米", "nearest {nearest}, {distance} m {from_anchor}"),
    "none_found": ("未找到{types}", "no {types} found"),
    "attribute_short": ("{name}的{attribute}{value}{unit}，低于要求的{required}{unit}",
                        "{name}: {attribute} {value} {unit}, below the required {required} {unit}"),
    "attribute_over": ("{name}的{attribute}{value}{unit}，高于上限{required}{unit}",
                       "{name}: {attribute} {value} {unit}, above the limit {required} {unit}"),
    "attribute_missing": ("{name}缺少{attribute}数据，无法判断是否达到{required}{unit}",
                          "{name} has no {attribute} value: cannot tell whether it reaches {required} {unit}"),
    "passed_unverified": ("达标依据的设施规模未核实", "passes only by counting facilities whose size is not verified"),
    "attribute_unverified": ("{name}缺少{attribute}数据，按存在计（规模未核实）",
                             "{name} has no {attribute} value: counted as present (size not verified)"),
    "land_area_from_footprint": ("{name}的用地面积按图形面积计（{value}平方米）",
                                 "{name}: land area taken from its polygon ({value} m²)"),
    "advisory_short": ("（建议值）{name}的{attribute}{value}{unit}，低于建议的{required}{unit}",
                       "(advisory) {name}: {attribute} {value} {unit}, below the recommended {required} {unit}"),
    "unknown_facilities": ("另有{count}处{types}缺少判断所需的数据", "{count} more {types} lack the data needed"),
    "distinct_short": ("可达的设施种类{count}种，少于要求的{required}种（已有：{found}）",
                       "{count} kinds of facility in reach, fewer than the {required} required (found: {found})"),
    "distinct_ok": ("可达的设施种类{count}种（{found}）", "{count} kinds of facility in reach ({found})"),
    # surveyed items
    "survey_yes": ("调查项“{field}”为“{value}”", "surveyed “{field}” is “{value}”"),
    "survey_no": ("调查项“{field}”为“{value}”（不满足）", "surveyed “{field}” is “{value}” (not met)"),
    "survey_empty": ("调查项“{field}”无数据，待核实", "surveyed “{field}” has no value: to be verified"),
    "survey_unrecognised": ("调查项“{field}”的取值“{value}”无法识别，待核实",
                            "surveyed “{field}” has the unrecognised value “{value}”: to be verified"),
    "survey_no_field": ("社区图层缺少调查字段（{fields}），待核实",
                        "the community layer has none of the survey fields ({fields}): to be verified"),
    # ratios
    "ratio_ok": ("{numerator}/{denominator} = {value}，不低于{required}",
                 "{numerator}/{denominator} = {value}, at least {required}"),
    "ratio_short": ("{numerator}/{denominator} = {value}，低于{required}",
                    "{numerator}/{denominator} = {value}, below {required}"),
    "ratio_missing": ("缺少{what}数据，待核实", "no {what} value: to be verified"),
    "area_per_households_ok": ("社区内{types}建筑面积合计{area}平方米，每百户{value}平方米，不低于{required}",
                               "{types} inside total {area} m², {value} m² per 100 households, at least {required}"),
    "area_per_households_short": ("社区内{types}建筑面积合计{area}平方米，每百户{value}平方米，低于{required}",
                                  "{types} inside total {area} m², {value} m² per 100 households, below {required}"),
    # alternatives and applicability
    "alternative_used": ("按替代要求“{alternative}”判定", "judged by the alternative “{alternative}”"),
    "threshold_unconfirmed": ("阈值待核实：{thresholds}的数值为未经核实的回忆（R级）",
                              "threshold to be verified: {thresholds} rests on an unconfirmed recollection (R)"),
    "not_applicable": ("本项要求不适用于{status}社区", "this requirement does not apply to {status} communities"),
    # communities whose new/existing status is not known
    "status_same_both_ways": ("新建/既有未知，按新建、既有判定结论相同",
                              "new/existing unknown: the same answer either way"),
    "status_decides": ("新建/既有未知，结论取决于社区类型，待核实：按新建社区为“{as_new}”（{new_reason}）；"
                       "按既有社区为“{as_existing}”（{existing_reason}）",
                       "new/existing unknown and the answer depends on it, to be verified: {as_new} as a new "
                       "community ({new_reason}); {as_existing} as an existing one ({existing_reason})"),
}

# How a distance was measured and what a coverage share is a share of (the check's method and residents)
WITHIN = {
    "network": ("步行{minutes}分钟（{metres}米）内", "a {minutes}-minute walk ({metres} m)"),
    "straight_line": ("直线距离{metres}米（按步行{minutes}分钟折算）内",
                      "{metres} m in a straight line ({minutes} min of walking)"),
}
FROM_ANCHOR = {
    "network": ("距社区代表点步行", "walking from the community's representative point"),
    "straight_line": ("距社区代表点直线距离", "in a straight line from the community's representative point"),
}
COVERAGE_BASIS = {"residents": ("居民占", "of residents"), "area": ("面积占", "of the community's area")}
THRESHOLD_NAMES = {
    "reach": ("步行时间", "walking time"), "count_min": ("数量", "number"),
    "distinct_types_min": ("设施种类数", "kinds of facility"), "building_area_min": ("建筑面积", "building area"),
    "building_area_max": ("建筑面积上限", "building area limit"), "land_area_min": ("用地面积", "land area"),
    "usable_area_min": ("使用面积", "usable area"), "classes_min": ("班数", "classes"),
    "coverage_min": ("覆盖比例", "coverage share"), "min": ("最低比值", "minimum ratio"),
}


def within(method, minutes, metres):
    """(zh, en) of 'within the reach', worded by how distances were measured."""
    return tuple(t.format(minutes=minutes, metres=metres) for t in WITHIN[method])


def names_of(keys):
    """(zh, en) of a list of threshold keys."""
    return tuple(separator.join(THRESHOLD_NAMES.get(k, (k, k))[i] for k in keys)
                 for i, separator in enumerate(("、", ", ")))


# How the reasons of several requirements are put together (Reason.join_* below)
ADVISORY_PREFIX = ("（建议）", "(advisory) ")
ALTERNATIVE_USED = ("{used}：{reason}", "{used}: {reason}")
ALTERNATIVE_FAILED = ("；替代要求“{alternative}”：{reason}", "; alternative “{alternative}”: {reason}")

STATUS_NAMES = {"new": ("新建", "new"), "existing": ("既有", "existing")}
STATUS_WORDS = {"pass": ("达标", "pass"), "fail": ("不达标", "fail"), "unknown": ("待核实", "unknown"),
                "not_applicable": ("不适用", "not applicable")}
# facility attributes (core.check.model.SIZE_THRESHOLDS) and community values of ratios
VALUE_NAMES = {
    "building_area": ("建筑面积", "building area"),
    "land_area": ("用地面积", "land area"),
    "usable_area": ("使用面积", "usable area"),
    "classes": ("班数", "classes"),
    "households": ("户数", "households"),
    "population": ("人口", "population"),
}
UNIT_NAMES = {"m2": ("平方米", "m²"), "classes": ("班", "classes"), "count": ("处", ""), "min": ("分钟", "min")}


class Reason:
    """Accumulates reason sentences in both languages."""

    def __init__(self):
        self.zh = []
        self.en = []

    def add(self, key, **values):
        zh_template, en_template = TEMPLATES[key]
        zh_values, en_values = {}, {}
        for name, value in values.items():  # one pass: a city's check adds hundreds of thousands of sentences
            if isinstance(value, tuple):
                zh_values[name], en_values[name] = value[0], value[1]
            else:
                zh_values[name] = en_values[name] = value
        self.zh.append(zh_template.format(**zh_values))
        self.en.append(en_template.format(**en_values))

    def texts(self):
        return "，".join(self.zh), "; ".join(self.en)


def advisory(texts):
    """(zh, en) of an advisory requirement's reason."""
    return tuple(prefix + text if text else text for prefix, text in zip(ADVISORY_PREFIX, texts))


def joined(first_texts, second_texts):
    """(zh, en): two reasons one after the other."""
    return tuple(separator.join(t for t in (first, second) if t)
                 for separator, first, second in zip(("；", "; "), first_texts, second_texts))


def alternative_used(used_texts, reason_texts):
    """(zh, en): 'judged by the alternative …: its reason'."""
    return tuple(template.format(used=used, reason=reason)
                 for template, used, reason in zip(ALTERNATIVE_USED, used_texts, reason_texts))


def alternative_failed(alternative_labels, reason_texts):
    """(zh, en) to append to a requirement's reason for an alternative that did not pass either."""
    return tuple(template.format(alternative=label, reason=reason)
                 for template, label, reason in zip(ALTERNATIVE_FAILED, alternative_labels, reason_texts))


# What a requirement is called in the item table and in reasons, when its description does not say
KIND_NAMES = {"surveyed": ("调查项", "surveyed item"), "ratio": ("比例指标", "ratio"),
              "area_per_households": ("每百户面积", "area per 100 households")}
APPLIES_TO_NAMES = {"new": ("（新建）", " (new)"), "existing": ("（既有）", " (existing)"), "both": ("", "")}
FIRST_CLAUSE = re.compile(r"[；：，;:,（(]")


def requirement_label(requirement):
    """(zh, en): a requirement's short name — the first clause of its description, else the facility types it counts,
    else its kind — and whether it applies to new or existing communities only. Never the id, a code."""
    if requirement.description:
        texts = tuple(FIRST_CLAUSE.split(text, 1)[0].strip() or text
                      for text in (requirement.description.zh_CN, requirement.description.en))
    elif requirement.facility_types:
        types = facility_types()
        named = [types[code] for code in requirement.facility_types if code in types]
        texts = ("、".join(t.name_zh for t in named[:3]) + ("等" if len(named) > 3 else ""),
                 ", ".join(t.name_en for t in named[:3]) + (" …" if len(named) > 3 else ""))
    else:
        texts = KIND_NAMES.get(requirement.kind, (requirement.id, requirement.id))
    return tuple(text + suffix for text, suffix in zip(texts, APPLIES_TO_NAMES.get(requirement.applies_to, ("", ""))))


def number(value) -> str:
    """Numbers as people write them in reports: no trailing .0, at most one decimal."""
    if value is None:
        return "—"
    rounded = round(float(value), 1)
    return str(int(rounded)) if rounded.is_integer() else "{:.1f}".format(rounded)


def share(value) -> str:
    return "{}%".format(int(round(float(value) * 100)))
