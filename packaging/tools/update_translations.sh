#!/bin/sh
# Collect every tr() text of the interface, the undo-step names and the evaluation scale into the Dutch .ts (Qt Linguist),
# then compile the .qm.
# Run from anywhere; translate new texts (Linguist, or by hand in the .ts), then run it again.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VENV_BIN=${VENV_BIN:-/work/venv/bin}
TS="$ROOT/resources/translations/bricoleur_nl.ts"
QM="$ROOT/resources/translations/bricoleur_nl.qm"
cd "$ROOT"
# sorted, so the .ts does not change with the order the file system lists files in
FILES="$(find bricoleur_desk/ui -name '*.py' | LC_ALL=C sort) bricoleur_desk/workspace/undo_steps.py"
# texts defined in English below the interface and shown translated: the evaluation's scale
FILES="$FILES bricoleur_desk/domain/evaluation_scale.py"
# shellcheck disable=SC2086  # one argument per file
"$VENV_BIN/pyside6-lupdate" $FILES -no-obsolete -source-language en -target-language nl_NL -ts "$TS"
"$VENV_BIN/pyside6-lrelease" "$TS" -qm "$QM"
