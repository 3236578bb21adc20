#!/usr/bin/env bash
# Run qgis_process headless with this plugin deployed into a private QGIS profile.
#   scripts/qgis_process.sh [--config DIR] [--plugin-dir DIR] ARGS...
# --config      the QGIS config folder to use (default: .qgis-profile in the checkout); the user's own profile is
#               never touched
# --plugin-dir  the plugin folder to deploy (default: this checkout), linked as profiles/default/python/plugins/
#               complete_community
# Debian's /usr/bin/qgis_process wrapper passes --noversioncheck, which QGIS 3.22 rejects: call the binary.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
config="$here/.qgis-profile"
plugin_dir="$here"
while [ $# -gt 0 ]; do
  case "$1" in
    --config) config="$2"; shift 2 ;;
    --plugin-dir) plugin_dir="$(cd "$2" && pwd)"; shift 2 ;;
    *) break ;;
  esac
done

if command -v qgis_process.bin >/dev/null; then
  qgis_process=(qgis_process.bin)
elif command -v qgis_process >/dev/null; then
  qgis_process=(qgis_process)
else
  echo "qgis_process not found: run \`make setup\` first" >&2
  exit 127
fi

plugins="$config/profiles/default/python/plugins"
mkdir -p "$plugins"
target="$plugins/complete_community"
if [ "$(readlink "$target" 2>/dev/null)" != "$plugin_dir" ]; then
  rm -rf "$target"
  ln -s "$plugin_dir" "$target"
fi

export QGIS_CUSTOM_CONFIG_PATH="$config"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
mkdir -p -m 700 "$config/runtime"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$config/runtime}"
if ! grep -qs "complete_community=true" "$config/profiles/default/QGIS/QGIS3.ini"; then
  "${qgis_process[@]}" plugins enable complete_community >/dev/null
fi
exec "${qgis_process[@]}" "$@"
