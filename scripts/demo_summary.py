#!/usr/bin/env python3
"""Print the demo's summary from its outputs: communities complete, gaps per community, commonest gaps."""

import csv
import sqlite3
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from plugin_package import register_package

ITEM_COLUMNS = ("community_id", "community_name", "community_status", "item_id", "item_name", "aspect", "status")


def pad(text, width):
    """text left-aligned in width terminal columns (a Chinese character takes two)."""
    text = str(text)
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(width - used, 1)


def main(out_dir):
    out = Path(out_dir)
    with sqlite3.connect(str(out / "community_results.gpkg")) as db:
        rows = db.execute("SELECT cc_id, cc_name, cc_status, cc_population, cc_band, cc_pass, cc_fail, cc_unknown, "
                          "cc_complete, cc_gaps FROM community_results ORDER BY cc_id").fetchall()
    with open(out / "item_results.csv", encoding="utf-8-sig") as handle:  # the check writes a BOM for Excel
        # the column titles follow QGIS's language; the columns' order is the check's (processing/check_outputs.py)
        items = [dict(zip(ITEM_COLUMNS, row)) for row in list(csv.reader(handle))[1:]]
    names = {r["item_id"]: r["item_name"] for r in items}
    # codes as the Chinese styles name them (既有, 适中, 不达标 …): one table of labels, the styles'
    register_package()
    from complete_community.processing.styling import style_value_maps

    communities = style_value_maps("community_results", chinese=True)
    statuses_zh = style_value_maps("item_results", chinese=True)["status"]
    complete = sum(1 for r in rows if r[8])
    print()
    print(pad("社区 community", 19) + pad("新建/既有", 9) + "  人口  " + pad("规模", 9)
          + "达标 短板 待核实  完整 短板项目")
    for cc_id, name, status, population, band, passed, failed, unknown, is_complete, gaps in rows:
        print("{}{}{}{:>6}  {}{:>4}{:>5}{:>6}  {}  {}".format(
            pad(cc_id, 4), pad(name, 15), pad(communities["cc_status"].get(status, status), 9),
            "—" if population is None else int(population), pad(communities["cc_band"].get(band, band), 9),
            passed, failed, unknown, pad("是" if is_complete else "否", 3), gaps or "—"))
    print()
    print("完整社区 complete communities: {} / {}".format(complete, len(rows)))
    gaps = Counter(r["item_id"] for r in items if r["status"] == "fail")
    print("最常见的短板 commonest gaps: " + "；".join(
        "{} {}（{}个社区）".format(item_id, names[item_id], count) for item_id, count in gaps.most_common(5)))
    statuses = Counter(r["status"] for r in items)
    print("结论 item results: " + "，".join(
        "{} {}".format(statuses_zh.get(code, code), statuses[code]) for code in sorted(statuses)))
    print("输出 outputs: {}/community_results.gpkg, {}/item_results.csv".format(out, out))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "demo-output")
