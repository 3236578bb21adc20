#!/usr/bin/env bash
# Regenerate the README screenshots with real QGIS desktop under Xvfb, QGIS itself in zh-Hans (the locale QGIS ships):
#   docs/screenshots/check_dialog_zh-Hans.png     the check's Processing dialog on the sample, before Run
#   docs/screenshots/results_map_zh-Hans.png      the check run as the dialog runs it, results loaded and styled
#   docs/screenshots/item_table_zh-Hans.png       the item table of the community with the most gaps
#   docs/screenshots/community_form_zh-Hans.png   that community's form, the verdicts tab
#   docs/screenshots/service_areas_zh-Hans.png    5-minute walking service areas of two facility types
#   docs/screenshots/dock_zh-Hans.png             the inspector dock: the check run from it, 翠湖社区 (C03) selected,
#                                                 the walking route to an item's nearest facility drawn
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
out="docs/screenshots"
mkdir -p "$out"
bash scripts/desktop_check.sh --script scripts/screenshot_dialog.py --locale zh-Hans \
  --screenshot "$out/check_dialog_zh-Hans.png" > /dev/null
report="$(CC_SCREENSHOT_DIR="$here/$out" bash scripts/desktop_check.sh --script scripts/screenshot_desktop.py \
  --locale zh-Hans)"
/usr/bin/python3 -c 'import json, sys; r = json.loads(sys.argv[1]); sys.exit(r["error"] or 0)' "$report"
echo "screenshots written to $out/"
