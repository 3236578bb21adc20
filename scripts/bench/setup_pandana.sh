#!/usr/bin/env bash
# The pandana peer of the walking-network benchmark (scripts/bench/run.py) in a virtual environment of its own:
#   scripts/bench/setup_pandana.sh [VENV]      (default bench-output/venv-pandana)
# Creates VENV with `python3 -m venv` (no system site packages) and pip-installs pandana from PyPI into it. It never
# touches the project's .venv or the system's packages. Idempotent: does nothing when pandana already imports there.
# Exits non-zero (and says why) when pandana cannot be installed here; the benchmark then reports it as unavailable.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
venv="${1:-$here/bench-output/venv-pandana}"
python="${PYTHON:-/usr/bin/python3}"

if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import pandana" 2>/dev/null; then
  echo "pandana $("$venv/bin/python" -c 'import pandana; print(pandana.__version__)') ready in $venv"
  exit 0
fi
case "$(cd "$(dirname "$venv")" 2>/dev/null && pwd)/$(basename "$venv")" in
  "$here/.venv") echo "setup_pandana: refusing to install into the project's .venv" >&2; exit 2 ;;
esac
mkdir -p "$(dirname "$venv")"
if ! "$python" -m venv "$venv"; then
  echo "setup_pandana: '$python -m venv' failed (Debian needs the python3-venv package)" >&2
  exit 1
fi
"$venv/bin/python" -m pip install --disable-pip-version-check --quiet pandana
"$venv/bin/python" -c "import pandana; print('pandana', pandana.__version__, 'installed in $venv')"
