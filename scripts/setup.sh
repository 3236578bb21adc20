#!/usr/bin/env bash
# Prepare a fresh Debian 12/13 machine for running and testing the plugin.
# Idempotent: installs only the Debian packages that are missing, creates .venv once,
# and reinstalls the test tools only when requirements-dev.txt changed.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"

# Runtime libraries come from Debian (what QGIS users have); the venv only adds test tools.
packages=(
  qgis python3-qgis qgis-providers
  python3-pandas python3-scipy python3-shapely python3-numpy python3-yaml python3-venv
  qttools5-dev-tools            # lrelease: compiles the zh_CN catalogue
  fonts-noto-cjk                # Chinese text in rendered layouts and screenshots
  xvfb xauth                    # QGIS desktop without a display
  poppler-utils                 # pdftoppm: look at the printed pages
  python3-openpyxl              # tests only: pandas reads the exported .xlsx
  postgresql postgresql-postgis # the PostGIS round trip: the tests start their own throwaway cluster
  make git
)

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    sudo_cmd=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  # The tests start and stop their own PostgreSQL cluster; when this is the machine's first PostgreSQL, ask
  # postgresql-common not to create (and start) a system cluster "main" that nobody here uses.
  if [[ " ${missing[*]} " == *" postgresql "* ]] && ! compgen -G "/etc/postgresql/*/*/postgresql.conf" >/dev/null; then
    "${sudo_cmd[@]}" mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false  # written by complete_community scripts/setup.sh" |
      "${sudo_cmd[@]}" tee /etc/postgresql-common/createcluster.d/complete-community.conf >/dev/null
  fi
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "setup: Debian packages present"
fi

# The system interpreter is the one QGIS's bindings are built for (not pyenv or another python3 on PATH).
py=/usr/bin/python3
"$py" -c "import qgis.core" || { echo "setup: $py cannot import qgis.core" >&2; exit 1; }

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv (with system site packages)"
  "$py" -m venv --system-site-packages .venv
fi

# Hold numpy (and the libraries built against it) at the system version, or pip would upgrade
# numpy past Debian's scipy/pandas and break them.
"$py" - > .venv/constraints.txt <<'EOF'
import importlib.metadata as md
for name in ("numpy", "scipy", "pandas", "shapely", "PyYAML"):
    try:
        print(f"{name}=={md.version(name)}")
    except md.PackageNotFoundError:
        pass
EOF

stamp=.venv/.requirements-dev.sha
want="$(cat requirements-dev.txt .venv/constraints.txt | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing test tools into .venv"
  .venv/bin/python -m pip install -q --disable-pip-version-check -c .venv/constraints.txt -r requirements-dev.txt
  echo "$want" > "$stamp"
else
  echo "setup: test tools up to date"
fi
echo "setup: done (Debian $(cat /etc/debian_version), $("$py" -c 'from qgis.core import Qgis; print("QGIS", Qgis.QGIS_VERSION)'))"
