#!/usr/bin/env python3
"""Print the demo's summary from its outputs: communities complete, gaps per community, commonest gaps."""

import csv
import sqlite3
import sys
from collections import Counter
from pathlib import Path

ITEM_COLUMNS = ("community_id", "community_name", "community_status", "item_id", "item_name", "aspect", "status")


def main(out_dir):
    out = Path(out_dir)
    with sqlite3.connect(str(out / "community_results.gpkg")) as db:
        rows = db.execute("SELECT cc_id, cc_name, cc_status, cc_population, cc_band, cc_pass, cc_fail, cc_unknown, "
                          "cc_complete, cc_gaps FROM community_results ORDER BY cc_id").fetchall()
    with open(out / "item_results.csv", encoding="utf-8-sig") as handle:  # the check writes a BOM for Excel
        # the column titles follow QGIS's language; the columns' order is the check's (processing/check_outputs.py)
        items = [dict(zip(ITEM_COLUMNS, row)) for row in list(csv.reader(handle))[1:]]
    names = {r["item_id"]: r["item_name"] for r in items}
    complete = sum(1 for r in rows if r[8])
    print()
    print("社区 community        新建/既有 人口     规模   达标 短板 待核实 完整  短板项目")
    for cc_id, name, status, population, band, passed, failed, unknown, is_complete, gaps in rows:
        print("{:<4}{:<14}{:<9}{:>7} {:<6}{:>4}{:>5}{:>6}  {:<4}  {}".format(
            cc_id, name, status, "—" if population is None else int(population), band, passed, failed, unknown,
            "是" if is_complete else "否", gaps or "—"))
    print()
    print("完整社区 complete communities: {} / {}".format(complete, len(rows)))
    gaps = Counter(r["item_id"] for r in items if r["status"] == "fail")
    print("最常见的短板 commonest gaps: " + "；".join(
        "{} {}（{}个社区）".format(item_id, names[item_id], count) for item_id, count in gaps.most_common(5)))
    statuses = Counter(r["status"] for r in items)
    print("结论 item results: " + ", ".join("{} {}".format(k, statuses[k]) for k in sorted(statuses)))
    print("输出 outputs: {}/community_results.gpkg, {}/item_results.csv".format(out, out))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "demo-output")
