#!/usr/bin/env bash
# Start real QGIS desktop under Xvfb with a private profile, run a script in it — by default
# scripts/desktop_check.py (load, show the dock, unload — twice) — and print the JSON report the script writes.
#   scripts/desktop_check.sh [--script FILE.py] [--locale zh_CN] [--screenshot FILE.png] [--plugin-dir DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
locale=""
screenshot=""
plugin_dir="$here"
script="$here/scripts/desktop_check.py"
while [ $# -gt 0 ]; do
  case "$1" in
    --script) script="$(realpath "$2")"; shift 2 ;;
    --locale) locale="$2"; shift 2 ;;
    --screenshot) screenshot="$(realpath -m "$2")"; shift 2 ;;
    --plugin-dir) plugin_dir="$(cd "$2" && pwd)"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v xvfb-run >/dev/null || { echo "xvfb-run not found: run \`make setup\`" >&2; exit 127; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
config="$work/config"
mkdir -p "$config/profiles/default/python/plugins" "$config/profiles/default/QGIS" -m 700 "$work/runtime"
ln -s "$plugin_dir" "$config/profiles/default/python/plugins/complete_community"
{
  echo "[qgis]"
  echo "showTips322=false"
  echo "checkVersion=false"
  echo "[locale]"
  if [ -n "$locale" ]; then echo "overrideFlag=true"; echo "userLocale=$locale"; fi
} > "$config/profiles/default/QGIS/QGIS3.ini"

unset QT_QPA_PLATFORM  # the desktop draws on the Xvfb display (offscreen makes QGIS desktop abort)
export QGIS_CUSTOM_CONFIG_PATH="$config" XDG_RUNTIME_DIR="$work/runtime"
# the scripts open a copy of the sample district: QGIS desktop switches a GeoPackage it opens to WAL mode (rewriting the
# file's header) and a QGIS that ends itself leaves -wal/-shm files beside it
cp "$plugin_dir/resources/sample/sample_district.gpkg" "$work/sample_district.gpkg"
export CC_SAMPLE="$work/sample_district.gpkg"
export PYTHONPATH="$here/scripts${PYTHONPATH:+:$PYTHONPATH}"  # the scripts share scripts/desktop_events.py
export CC_DESKTOP_REPORT="$work/report.json" CC_DESKTOP_SCREENSHOT="$screenshot" CC_DESKTOP_LOCALE="$locale" \
  CC_PLUGIN_DIR="$plugin_dir"
# QGIS ends itself (os._exit) once the report is written; its exit status says nothing about the check, the
# report does, so a non-zero status is only shown with the log when no report was written.
set +e
timeout "${CC_DESKTOP_TIMEOUT:-180}" xvfb-run -a -s "-screen 0 1400x900x24" \
  qgis --nologo --noversioncheck --code "$script" >"$work/qgis.log" 2>&1
status=$?
set -e
if [ ! -s "$CC_DESKTOP_REPORT" ]; then
  if [ -s "$CC_DESKTOP_REPORT.partial" ]; then cat "$CC_DESKTOP_REPORT.partial" >&2; fi
  echo "desktop_check: QGIS wrote no report (exit status $status); its log:" >&2
  tail -40 "$work/qgis.log" >&2
  exit 1
fi
cat "$CC_DESKTOP_REPORT"
