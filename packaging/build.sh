#!/usr/bin/env bash
# Build the one-folder bundle dist/bricoleur-desk/ (runs without Python installed).
#
#   bash packaging/build.sh                # a build venv in build/venv (made once, pip install .)
#   BUILD_VENV=.venv-ci bash packaging/build.sh   # an existing venv with the app installed (CI)
#
# The name scanner's lookup structures are built in the build venv (`bricoleur-desk prepare`,
# about 90 s the first time, at once when the venv has them) and shipped prepared.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
venv=${BUILD_VENV:-build/venv}

if [ ! -x "$venv/bin/python" ]; then
  python=python3
  for candidate in python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
      python=$candidate; break
    fi
  done
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip
  "$venv/bin/python" -m pip install -q ".[bundle]"
fi
"$venv/bin/python" -c 'import PyInstaller' 2>/dev/null || "$venv/bin/python" -m pip install -q ".[bundle]"
"$venv/bin/python" -m bricoleur_desk prepare

start=$(date +%s)
"$venv/bin/python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/bricoleur-desk.spec
"$venv/bin/python" packaging/finish_bundle.py dist/bricoleur-desk --modules build/pyinstaller/bricoleur-desk/modules.txt
echo "build.sh: dist/bricoleur-desk built in $(( $(date +%s) - start )) s, $(du -sm dist/bricoleur-desk | cut -f1) MB"
