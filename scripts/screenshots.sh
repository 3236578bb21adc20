#!/usr/bin/env bash
# Regenerate the README screenshots with real QGIS desktop under Xvfb (zh_CN interface):
#   docs/screenshots/desktop_dock_zh_CN.png  the plugin loaded, its dock open
#   docs/screenshots/results_map.png         the demo's community results as the check styles them
#   docs/screenshots/check_dialog_zh-Hans.png the check's Processing dialog on the sample, QGIS itself in zh-Hans
# Needs `make demo` first (for demo-output/).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
[ -f demo-output/community_results.gpkg ] || { echo "run \`make demo\` first" >&2; exit 1; }
bash scripts/desktop_check.sh --locale zh_CN --screenshot docs/screenshots/desktop_dock_zh_CN.png > /dev/null
bash scripts/desktop_check.sh --script scripts/screenshot_dialog.py --locale zh-Hans \
  --screenshot docs/screenshots/check_dialog_zh-Hans.png > /dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/config/profiles/default/QGIS" -m 700 "$work/runtime"
printf "[qgis]\nshowTips322=false\ncheckVersion=false\n[locale]\noverrideFlag=true\nuserLocale=zh_CN\n" \
  > "$work/config/profiles/default/QGIS/QGIS3.ini"
unset QT_QPA_PLATFORM
set +e
QGIS_CUSTOM_CONFIG_PATH="$work/config" XDG_RUNTIME_DIR="$work/runtime" CC_ROOT="$here" \
  CC_SCREENSHOT="$here/docs/screenshots/results_map.png" timeout 120 \
  xvfb-run -a -s "-screen 0 1600x1000x24" qgis --nologo --noversioncheck --code scripts/screenshot_results.py \
  > "$work/qgis.log" 2>&1
set -e
[ -s docs/screenshots/results_map.png ] || { tail -20 "$work/qgis.log" >&2; exit 1; }
echo "screenshots written to docs/screenshots/"
