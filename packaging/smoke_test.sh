#!/usr/bin/env bash
# Smoke-test a built bundle the way a facilitator's laptop would run it: a clean environment
# (env -i, a fresh HOME, nothing on PATH, so no Python and no venv), offscreen.
#   bash packaging/smoke_test.sh dist/bricoleur-desk
# Checks: it starts, opens the demo dossier in the window with the Dutch translation active and
# the name scanner loaded, writes a public report (names masked) and one of an encrypted dossier,
# and install.sh sets up the menu entry and the .bricoleur file type for a user.
set -euo pipefail
bundle=$(cd "${1:-dist/bricoleur-desk}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/home-x11" "$work/empty"
cd "$work"
app() { env -i HOME="$work/home" LANG=C.UTF-8 PATH="$work/empty" QT_QPA_PLATFORM=offscreen "$@"; }
fail() { echo "smoke_test: FAILED: $*" >&2; exit 1; }
step() { echo "smoke_test: $* ($(( $(date +%s) - started )) s)"; }
started=$(date +%s)

app "$bundle/bricoleur-desk" --version | grep -q "^bricoleur-desk [0-9]" || fail "--version"
app "$bundle/bricoleur-desk" demo --out demo.bricoleur
step "demo dossier written"

# the same on a real X11 display when Xvfb is there (the xcb platform plugin and the X libraries
# the bundle carries), beside the offscreen run on the other core
x11=""
if command -v Xvfb >/dev/null; then
  cp demo.bricoleur demo-x11.bricoleur
  display=":$(( 100 + $$ % 400 ))"
  Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
  sleep 1
  env -i HOME="$work/home-x11" LANG=C.UTF-8 PATH="$work/empty" DISPLAY="$display" QT_QPA_PLATFORM=xcb \
    "$bundle/bricoleur-desk" open demo-x11.bricoleur --check >check-x11.txt 2>&1 &
  x11=$!
fi
app "$bundle/bricoleur-desk" open demo.bricoleur --check >check.txt || { cat check.txt; fail "open --check"; }
cat check.txt
grep -q "dossier 'Tijdelijk park Van Heekplein' open" check.txt || fail "the demo dossier did not open"
grep -q "language nl (qtbase_nl.qm, bricoleur_nl.qm)" check.txt || fail "the Dutch translation is not active"
grep -q "menus: Dossier, Bewerken, Bewonersavond, Beeld, Help" check.txt || fail "the menus are not in Dutch"
grep -q "name scanner loaded" check.txt || fail "the name scanner did not load"
step "window opened the demo in Dutch"
if [ -n "$x11" ]; then
  wait "$x11" || { cat check-x11.txt; fail "open --check on X11 (Xvfb)"; }
  grep -q "language nl (qtbase_nl.qm, bricoleur_nl.qm); menus: Dossier, Bewerken" check-x11.txt || fail "X11: not in Dutch"
  kill "$xvfb"
  step "the same on an X11 display (Xvfb)"
fi

# a resident's reaction naming a neighbour (the demo itself holds no personal data in public text)
printf 'tekst\nBel mevrouw Gerda Jansen op 06-12345678 over de bomen\n' >reacties.csv
app "$bundle/bricoleur-desk" import-notes reacties.csv --into demo.bricoleur >/dev/null || fail "import-notes"
app "$bundle/bricoleur-desk" report demo.bricoleur --out public.pdf 2>report.txt || { cat report.txt; fail "report"; }
cat report.txt
grep -q "masked [1-9][0-9]* names" report.txt || fail "the public report masked nothing"
pdftotext public.pdf - | grep -q "Gerda Jansen\|12345678" && fail "the public report printed the name or the phone number"
pdftotext public.pdf public.txt
grep -q "Van Heekplein" public.txt || fail "the report lacks the dossier's title"
grep -qi "Verslag bewonersavond" public.txt || fail "the report is not in Dutch"
pdfinfo public.pdf | grep -q "^Tagged: *yes" || fail "the public report is not a tagged PDF (pikepdf)"
step "public report written (tagged)"
app "$bundle/bricoleur-desk" report demo.bricoleur --audience internal --out internal.docx || fail "Word report"
python3 -c "import sys, zipfile; sys.exit('Van Heekplein' not in zipfile.ZipFile('internal.docx').read('word/document.xml').decode())" || fail "the Word report lacks the dossier's title"
step "Word report written (python-docx)"
# the team archive's driver is in the bundle: an unreachable server gets the one-line Dutch answer
app "$bundle/bricoleur-desk" archive list --db postgresql://nobody@127.0.0.1:1/x 2>archive.txt && fail "archive list"
grep -q "niet bereikbaar" archive.txt || { cat archive.txt; fail "the archive's driver (psycopg) is not in the bundle"; }
step "team archive driver answers"

app BRICOLEUR_PASSPHRASE="smoke test passphrase" "$bundle/bricoleur-desk" encrypt demo.bricoleur --out secret.bricoleur
head -c 16 secret.bricoleur | grep -qa "SQLite format 3" && fail "the encrypted dossier is plain SQLite"
# internal: the same SQLCipher read without loading the name scanner a third time
app BRICOLEUR_PASSPHRASE="smoke test passphrase" "$bundle/bricoleur-desk" report secret.bricoleur --audience internal --out secret.pdf
pdftotext secret.pdf secret.txt
grep -q "Van Heekplein" secret.txt || fail "no report of the encrypted dossier"
app "$bundle/bricoleur-desk" report secret.bricoleur --audience internal --out refused.pdf 2>refused.txt && fail "opened without a passphrase"
grep -q "wachtwoord" refused.txt || { cat refused.txt; fail "no Dutch one-line refusal without the passphrase"; }
step "encrypted dossier (SQLCipher) written and read"

env -i HOME="$work/home" PATH=/usr/bin:/bin "$bundle/install.sh" >/dev/null
data="$work/home/.local/share"
grep -q "^Exec=\"$bundle/bricoleur-desk\" open %f" "$data/applications/bricoleur-desk.desktop" || fail "install.sh: Exec"
grep -q "MimeType=application/x-bricoleur-dossier;" "$data/applications/bricoleur-desk.desktop" || fail "install.sh: MimeType"
[ -f "$data/mime/packages/bricoleur-desk.xml" ] || fail "install.sh: MIME type"
[ -f "$data/metainfo/nl.bricoleurdesk.BricoleurDesk.metainfo.xml" ] || fail "install.sh: AppStream file"
[ -L "$work/home/.local/bin/bricoleur-desk" ] || fail "install.sh: the command"
if command -v update-mime-database >/dev/null; then
  grep -q "application/x-bricoleur-dossier:\*\.bricoleur" "$data/mime/globs2" || fail "the .bricoleur glob is not in the MIME database"
fi
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$data/applications/bricoleur-desk.desktop" || fail "desktop-file-validate"
fi
env -i HOME="$work/home" PATH=/usr/bin:/bin "$bundle/install.sh" --uninstall >/dev/null
[ ! -e "$data/applications/bricoleur-desk.desktop" ] || fail "install.sh --uninstall"
step "install.sh: menu entry and .bricoleur file type installed and removed"
echo "smoke_test: passed in $(( $(date +%s) - started )) s"
