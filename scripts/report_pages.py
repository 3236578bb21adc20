#!/usr/bin/env python3
"""Page images of the demo's report for the README: docs/screenshots/report_overview.png (the overview) and
docs/screenshots/report_community.png (the first page of the community with the most gaps), from
<demo folder>/report.pdf with pdftoppm. Run by `make report-pages` after the demo."""

import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DPI = "80"


def main(demo="demo-output", out="docs/screenshots"):
    pdf = ROOT / demo / "report.pdf"
    target = ROOT / out
    target.mkdir(parents=True, exist_ok=True)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = [unicodedata.normalize("NFKC", page) for page in text.split("\f")[:-1]]
    # the community with the most gaps: the first page whose gap list is longest
    community = max(range(1, len(pages)), key=lambda i: pages[i].count("不达标") if "(续)" not in pages[i] else -1)
    for name, number in (("report_overview", 1), ("report_community", community + 1)):
        stem = target / name
        subprocess.run(["pdftoppm", "-r", DPI, "-png", "-singlefile", "-f", str(number), "-l", str(number),
                        str(pdf), str(stem)], check=True)
        print("wrote {}.png (page {})".format(stem, number))


if __name__ == "__main__":
    main(*sys.argv[1:])
