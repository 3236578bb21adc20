"""What the printed report says about a district and about each community: key figures, coverage, the commonest gaps,
a community's failed items and its checklist lines as text. Pure data: rows in (the check's two tables, one dict per
row, codes as the check writes them), texts out; the labels of the codes come in from the caller (the styles' value
maps), so a code is named one way everywhere. The report is a Chinese document: its own words are Chinese."""

from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Tuple

from complete_community.core.check.checklist import _number, _value
from complete_community.core.taxonomy import facility_types, resolve_type

FAIL, UNKNOWN, PASS = "fail", "unknown", "pass"
BAND_ORDER = ("under", "ok", "over", "unknown")
STATUS_ORDER = ("new", "existing", "unknown")


@dataclass
class Overview:
    communities: int = 0
    complete: int = 0
    population: float = 0.0
    population_known: int = 0  # communities with a population
    complete_population: float = 0.0
    bands: Counter = field(default_factory=Counter)
    statuses: Counter = field(default_factory=Counter)
    fails: Counter = field(default_factory=Counter)  # item id → communities failing it
    unknowns: Counter = field(default_factory=Counter)
    item_names: Dict[str, str] = field(default_factory=dict)

    def coverage_by_count(self) -> Optional[float]:
        """完整居住社区覆盖率 by count: complete communities / communities, in percent."""
        return 100.0 * self.complete / self.communities if self.communities else None

    def coverage_by_population(self) -> Optional[float]:
        """… by population: people in complete communities / people in communities with a population."""
        return 100.0 * self.complete_population / self.population if self.population else None

    def commonest_gaps(self, limit=5) -> List[Tuple[str, str, int]]:
        """[(item id, name, communities failing it)], most frequent first, then by item id."""
        ranked = sorted(self.fails.items(), key=lambda pair: (-pair[1], pair[0]))
        return [(item_id, self.item_names.get(item_id, item_id), count) for item_id, count in ranked[:limit]]


def overview(communities: Iterable[dict], items: Iterable[dict]) -> Overview:
    """The district's figures from the community results (cc_* fields) and the item results."""
    result = Overview()
    for row in communities:
        row = {key: _value(value) for key, value in row.items()}
        result.communities += 1
        complete = bool(row.get("cc_complete"))
        result.complete += 1 if complete else 0
        population = row.get("cc_population")
        if population is not None:
            result.population += float(population)
            result.population_known += 1
            if complete:
                result.complete_population += float(population)
        result.bands[row.get("cc_band") or "unknown"] += 1
        result.statuses[row.get("cc_status") or "unknown"] += 1
    for row in items:
        row = {key: _value(value) for key, value in row.items()}
        item_id = str(row.get("item_id") or "")
        if not item_id:
            continue
        result.item_names.setdefault(item_id, str(row.get("item_name") or item_id))
        if row.get("status") == FAIL:
            result.fails[item_id] += 1
        elif row.get("status") == UNKNOWN:
            result.unknowns[item_id] += 1
    return result


def _percent(value):
    return "—" if value is None else "{:.1f}%".format(value)


def _people(value):
    return "{:,.0f}".format(value)


def overview_text(figures: Overview, labels: Dict[str, Dict[str, str]], limit=5) -> str:
    """The overview page's key figures and commonest gaps, one line each. labels: the community style's value maps
    (cc_band, cc_status)."""
    bands, statuses = labels.get("cc_band", {}), labels.get("cc_status", {})
    lines = [
        "社区数量：{} 个".format(figures.communities),
        "人口：{} 人".format(_people(figures.population)) + (
            "（{} 个社区缺人口数据）".format(figures.communities - figures.population_known)
            if figures.population_known < figures.communities else ""),
        "完整居住社区：{} 个".format(figures.complete),
        "完整居住社区覆盖率（按社区数）：{}".format(_percent(figures.coverage_by_count())),
        "完整居住社区覆盖率（按人口）：{}".format(_percent(figures.coverage_by_population())),
        "人口规模：" + "，".join("{} {} 个".format(bands.get(code, code), figures.bands[code])
                              for code in _ordered(figures.bands, BAND_ORDER)),
        "新建/既有：" + "，".join("{} {} 个".format(statuses.get(code, code), figures.statuses[code])
                               for code in _ordered(figures.statuses, STATUS_ORDER)),
        "",
        "最常见的短板：",
    ]
    gaps = figures.commonest_gaps(limit)
    lines += ["  {}. {} {}（{} 个社区）".format(rank, item_id, name, count)
              for rank, (item_id, name, count) in enumerate(gaps, 1)] or ["  无"]
    if figures.unknowns:
        unknown = sorted(figures.unknowns.items(), key=lambda pair: (-pair[1], pair[0]))[:3]
        lines += ["", "待核实最多的项目：" + "；".join(
            "{} {}（{} 个社区）".format(item_id, figures.item_names.get(item_id, item_id), count)
            for item_id, count in unknown)]
    return "\n".join(lines)


def _ordered(counter, order):
    return [code for code in order if counter[code]] + sorted(code for code in counter if code not in order)


def community_figures_text(row: dict, labels: Dict[str, Dict[str, str]]) -> str:
    """An atlas page's key figures of one community (its cc_* fields)."""
    row = {key: _value(value) for key, value in row.items()}
    population = row.get("cc_population")
    households = row.get("cc_households")
    band = labels.get("cc_band", {}).get(row.get("cc_band") or "unknown", row.get("cc_band") or "—")
    status = labels.get("cc_status", {}).get(row.get("cc_status") or "unknown", row.get("cc_status") or "—")
    return "\n".join([
        "人口：{}　户数：{}".format("—" if population is None else _people(float(population)),
                                 "—" if households is None else _people(float(households))),
        "人口规模：{}　新建/既有：{}".format(band, status),
        "达标 {} 项　不达标 {} 项".format(row.get("cc_pass") or 0, row.get("cc_fail") or 0),
        "待核实 {} 项　不适用 {} 项".format(row.get("cc_unknown") or 0, row.get("cc_na") or 0),
        "结论：{}".format("完整居住社区" if row.get("cc_complete") else "尚不是完整居住社区"),
    ])


def gaps_text(items: Iterable[dict], separator: str = "\n") -> str:
    """The failed items of one community, one per line (or joined by separator; '无' when none), then how many are
    unknown."""
    failed, unknown = [], 0
    for row in items:
        row = {key: _value(value) for key, value in row.items()}
        if row.get("status") == FAIL:
            failed.append("{} {}".format(row.get("item_id"), row.get("item_name")))
        elif row.get("status") == UNKNOWN:
            unknown += 1
    text = separator.join(failed) if failed else "无"
    if unknown:
        text += "\n（另有 {} 项待核实）".format(unknown)
    return text


def measure_text(row: dict, unit_labels: Dict[str, str]) -> str:
    """'measured / threshold unit' of an item row, with the unit named as the item style names it ('' when neither
    value is known)."""
    row = {key: _value(value) for key, value in row.items()}
    measured, threshold, unit = row.get("measured"), row.get("threshold"), row.get("unit")
    if measured is None and threshold is None:
        return ""
    if unit == "yes/no":  # a survey answer: 1 / 1 是/否 says less than 是
        return {1.0: "是", 0.0: "否"}.get(None if measured is None else float(measured), "—")
    unit_text = unit_labels.get(unit, unit) if unit else ""
    separator = "" if unit_text in ("%", "") else " "
    measured_text = "—" if measured is None else _number(measured)
    if threshold is None:
        return measured_text + separator + unit_text
    return "{} / {}{}{}".format(measured_text, _number(threshold), separator, unit_text)


_CLOSING = set("，。；：、）》」』！？,.;:)%")


def wrap_text(text: str, width: float, measure) -> str:
    """text broken into lines no wider than width (measure(text) → width in the same unit): Chinese breaks between any
    two characters, a run of Latin letters and digits stays together, closing punctuation never starts a line. Line
    breaks already in the text are kept. (QGIS's tables wrap only at spaces, which Chinese does not have.)"""
    out = []
    for paragraph in str(text).split("\n"):
        tokens = _tokens(paragraph)
        line = ""
        for token in tokens:
            candidate = line + token
            if line and measure(candidate) > width and token[0] not in _CLOSING:
                out.append(line.rstrip())
                line = token.lstrip()
            else:
                line = candidate
        out.append(line)
    return "\n".join(out)


def _tokens(text):
    tokens, word = [], ""
    for char in text:
        if char.isascii() and (char.isalnum() or char in "._-/+"):
            word += char
            continue
        if word:
            tokens.append(word)
            word = ""
        tokens.append(char)
    if word:
        tokens.append(word)
    return tokens


CHART_COLOURS = {FAIL: "#d6604d", UNKNOWN: "#bababa"}


def item_chart_svg(figures: Overview, width: float, height: float, font_family: str) -> str:
    """The overview's chart as an SVG document width × height (millimetres as user units): one row per item, a bar
    of the communities failing it and, stacked on it, of those where it is unknown, the counts after the bar. Every
    item of the checklist gets a row (in item order), so a bar that is absent means none."""
    items = sorted(figures.item_names, key=lambda item_id: (len(item_id), item_id))
    font = _xml(font_family)
    title_size, size = 3.6, min(2.8, max(1.6, (height - 12.0) / max(len(items), 1) * 0.62))
    label_width = width * 0.42
    bar_x, bar_end = label_width + 2.0, width - 14.0
    top = 12.0
    row = (height - top) / max(len(items), 1)
    scale = (bar_end - bar_x) / max(figures.communities, 1)
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="{0:.1f}mm" height="{1:.1f}mm" viewBox="0 0 {0:.2f} {1:.2f}"'
           ' font-family="{2}">'.format(width, height, font),
           '<text x="0" y="{:.2f}" font-size="{:.2f}" font-weight="bold" fill="#1f4e79">各项目不达标、待核实的社区数'
           '</text>'.format(title_size, title_size)]
    legend_y = title_size + 4.2
    x = 0.0
    for status, text in ((FAIL, "不达标"), (UNKNOWN, "待核实")):
        out.append('<rect x="{:.2f}" y="{:.2f}" width="3" height="2.2" fill="{}"/>'.format(
            x, legend_y - 2.0, CHART_COLOURS[status]))
        out.append('<text x="{:.2f}" y="{:.2f}" font-size="2.4" fill="#444444">{}</text>'.format(x + 4.0, legend_y,
                                                                                           text))
        x += 18.0
    out.append('<text x="{:.2f}" y="{:.2f}" font-size="2.2" fill="#666666" text-anchor="end">共 {} 个社区'
               '</text>'.format(width, legend_y, figures.communities))
    for index, item_id in enumerate(items):
        y = top + index * row
        name = "{} {}".format(item_id, figures.item_names.get(item_id, ""))
        limit = max(int(label_width / size) - 1, 4)
        if len(name) > limit:
            name = name[:limit - 1] + "…"
        baseline = y + row / 2 + size * 0.36
        if index % 2 == 0:
            out.append('<rect x="0" y="{:.2f}" width="{:.2f}" height="{:.2f}" fill="#f3f6f9"/>'.format(y, width, row))
        out.append('<text x="{:.2f}" y="{:.2f}" font-size="{:.2f}" fill="#222222" text-anchor="end">{}</text>'.format(
            label_width, baseline, size, _xml(name)))
        fails, unknowns = figures.fails[item_id], figures.unknowns[item_id]
        x = bar_x
        bar_height = row * 0.62
        for status, count in ((FAIL, fails), (UNKNOWN, unknowns)):
            if count:
                out.append('<rect x="{:.2f}" y="{:.2f}" width="{:.2f}" height="{:.2f}" fill="{}"/>'.format(
                    x, y + (row - bar_height) / 2, count * scale, bar_height, CHART_COLOURS[status]))
                x += count * scale
        counts = "{}".format(fails) + (" + {}".format(unknowns) if unknowns else "")
        out.append('<text x="{:.2f}" y="{:.2f}" font-size="{:.2f}" fill="#444444">{}</text>'.format(
            x + 1.0, baseline, size * 0.9, counts))
    out.append("</svg>")
    return "\n".join(out)


def _xml(text):
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def facility_type_label(value) -> str:
    """How the report's legend names a facility type value: the taxonomy's Chinese name of a type code, name or alias
    (cc_type of the classification, 设施类型 of a survey), else the value as written; '未分类' when empty."""
    if _value(value) is None or str(value).strip() == "":
        return "未分类"
    code = resolve_type(value)
    return facility_types()[code].name_zh if code else str(value).strip()


def item_facility_types(profile) -> Dict[str, Tuple[str, ...]]:
    """item id → the facility type codes its requirements (alternatives included) count, for the items that count
    facilities."""
    result = {}
    for item_id, item in profile.items.items():
        codes = []
        for main in item.requirements:
            for requirement in (main,) + tuple(main.alternatives):
                codes += [code for code in requirement.facility_types if code not in codes]
        if codes:
            result[str(item_id)] = tuple(codes)
    return result


def failed_types(items: Iterable[dict], types_of_item: Dict[str, Tuple[str, ...]]) -> List[str]:
    """The facility type codes of one community's failed items (sorted): on its map, the facilities of these types
    are the ones that did not suffice."""
    codes = set()
    for row in items:
        row = {key: _value(value) for key, value in row.items()}
        if row.get("status") == FAIL:
            codes.update(types_of_item.get(str(row.get("item_id")), ()))
    return sorted(codes)


def facility_type_code(value) -> Optional[str]:
    """The taxonomy code a facility's type value names (a code, a name or an alias), else None."""
    if _value(value) is None or str(value).strip() == "":
        return None
    return resolve_type(value)
