#!/bin/sh
# Install Bricoleur Desk for this user (no root): the bricoleur-desk command, the menu entry, the
# icon, and double-clicking a .bricoleur file opens it. Run from the unpacked bundle folder:
#   ./install.sh             install (again) for this user
#   ./install.sh --uninstall take it all out again (the bundle folder itself stays)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
desktop=$data/applications/bricoleur-desk.desktop
mime=$data/mime/packages/bricoleur-desk.xml
icon=$data/icons/hicolor/scalable/apps/bricoleur-desk.svg
metainfo=$data/metainfo/nl.bricoleurdesk.BricoleurDesk.metainfo.xml

refresh() {
  if command -v update-mime-database >/dev/null; then update-mime-database "$data/mime"; fi
  if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$data/applications"; fi
  if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t "$data/icons/hicolor" || true; fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$desktop" "$mime" "$icon" "$metainfo"
  if [ -L "$bin/bricoleur-desk" ]; then rm -f "$bin/bricoleur-desk"; fi
  refresh
  echo "install.sh: Bricoleur Desk removed for ${USER:-this user} (the folder $here stays)"
  exit 0
fi

mkdir -p "$bin" "$(dirname "$desktop")" "$(dirname "$mime")" "$(dirname "$icon")" "$(dirname "$metainfo")"
ln -sfn "$here/bricoleur-desk" "$bin/bricoleur-desk"
# the entry starts this folder's executable, wherever the bundle was unpacked
sed "s|^Exec=bricoleur-desk |Exec=\"$here/bricoleur-desk\" |" "$here/share/applications/bricoleur-desk.desktop" >"$desktop"
cp "$here/share/mime/packages/bricoleur-desk.xml" "$mime"
cp "$here/share/icons/hicolor/scalable/apps/bricoleur-desk.svg" "$icon"
cp "$here/share/metainfo/nl.bricoleurdesk.BricoleurDesk.metainfo.xml" "$metainfo"
refresh
if command -v xdg-mime >/dev/null; then
  xdg-mime default bricoleur-desk.desktop application/x-bricoleur-dossier || true
fi
echo "install.sh: Bricoleur Desk installed for ${USER:-this user}: the menu entry, .bricoleur files open with it, command $bin/bricoleur-desk"
