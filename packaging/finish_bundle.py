"""The steps after PyInstaller (run by build.sh with the build venv's Python):

- deduce's prepared lookup structures stay valid in the bundle, in any time zone;
- the licence texts of everything shipped go into ``licenses/``;
- the Linux desktop files and ``install.sh`` (MIME type, .desktop, AppStream, icon) go in.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
COMMON_LICENSES = Path("/usr/share/common-licenses")
# the time given to deduce's lookup lists in the bundle: long before any build, so the cache of
# lookup structures (saved in local time, compared with the lists' times) is never taken as stale
LOOKUP_LISTS_TIME = 946684800  # 2000-01-01
_LICENCE_FILE = re.compile(r"(?i)(^|/)(licen[cs]e|copying|notice|authors?)[^/]*$|(^|/)licenses/")


def remove_dangling_links(internal: Path) -> None:
    """Links PyInstaller made to the libraries bundle_contents.prune left out."""
    for path in internal.rglob("*"):
        if path.is_symlink() and not path.exists():
            path.unlink()


def settle_lookup_lists(internal: Path) -> None:
    src = internal / "deduce" / "data" / "lookup" / "src"
    cache = internal / "deduce" / "data" / "lookup" / "cache" / "lookup_structs.pickle"
    if not cache.is_file():
        sys.exit("finish_bundle: deduce's lookup structures are not in the bundle (did `prepare` run?)")
    for path in [src, *src.rglob("*")]:
        os.utime(path, (LOOKUP_LISTS_TIME, LOOKUP_LISTS_TIME))


def _shipped_distributions(internal: Path, modules: list[str]) -> list[metadata.Distribution]:
    tops = {name.split(".")[0] for name in modules} | {p.name.split(".")[0] for p in internal.iterdir()}
    names = metadata.packages_distributions()
    found: dict[str, metadata.Distribution] = {}
    for top in tops:
        for dist_name in names.get(top, []):
            if _normal(dist_name) in ("bricoleur-desk", "pyinstaller", "setuptools", "pip"):
                continue
            dist = metadata.distribution(dist_name)
            found[dist.metadata["Name"].lower()] = dist
    return [found[name] for name in sorted(found)]


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _licence_name(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    lines = (meta.get("License-Expression") or meta.get("License") or "").strip().splitlines()
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return (lines[0] if lines else "") or ", ".join(classifiers) or "see the licence files"


def write_licences(bundle: Path, modules: list[str]) -> list[str]:
    """Copy every shipped distribution's licence files; the lines of licenses/README.txt."""
    out = bundle / "licenses"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    lines = [
        "Bricoleur Desk bundles the following software. Each folder here holds the licence texts",
        "that came with it. Qt and PySide6 are used under the LGPL-3.0 as shared libraries in",
        "_internal/PySide6 (replaceable by the user); deduce and frozendict under the LGPL-3.0,",
        "unmodified, as Python packages in _internal/ (replaceable the same way).",
        "",
        "Bricoleur Desk itself: EUPL-1.2 (https://interoperable-europa.ec.europa.eu/collection/eupl).",
        "",
    ]
    for dist in _shipped_distributions(bundle / "_internal", modules):
        name = dist.metadata["Name"]
        folder = out / f"{name}-{dist.version}"
        folder.mkdir()
        copied = 0
        for file in dist.files or []:
            if _LICENCE_FILE.search(str(file)) and (path := Path(str(file.locate()))).is_file():
                shutil.copy(path, folder / str(file).replace("/", "__"))  # numpy has a dozen LICENSE.txt
                copied += 1
        licence = _licence_name(dist)
        if _normal(name) in ("pyside6-essentials", "shiboken6"):  # their wheels carry no licence text
            for text in ("LGPL-3", "GPL-3"):
                shutil.copy(COMMON_LICENSES / text, folder / f"{text}.txt")
            copied += 2
        if not copied:
            sys.exit(f"finish_bundle: no licence text for {name} ({licence})")
        lines.append(f"{name} {dist.version}: {licence}")
    lines += ["", "Python " + sys.version.split()[0] + ": PSF-2.0 (python/LICENSE.txt)"]
    python_licence = Path(sysconfig.get_path("stdlib")) / "LICENSE.txt"
    (out / "python").mkdir()
    shutil.copy(python_licence, out / "python" / "LICENSE.txt")
    fonts = ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt"
    (out / "dejavu-fonts").mkdir()
    shutil.copy(fonts, out / "dejavu-fonts" / fonts.name)
    lines.append("DejaVu fonts (the report's typeface): Bitstream Vera / DejaVu licence (dejavu-fonts/)")
    lines += ["", "System libraries copied from the build machine (Debian), with their copyright files:"]
    lines += _system_library_licences(bundle / "_internal", out / "system")
    (out / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


def _system_library_licences(internal: Path, out: Path) -> list[str]:
    """The Debian packages whose libraries PyInstaller copied in (glib, X11, libstdc++ ...)."""
    packages: dict[str, list[str]] = {}
    for lib in sorted(internal.glob("*.so*")):
        if lib.name.startswith("libpython") or lib.is_symlink():
            continue  # Python's licence is listed above; links point into PySide6 or a wheel's .libs
        owner = _debian_package(lib.name)
        packages.setdefault(owner or "(unknown)", []).append(lib.name)
    lines = []
    out.mkdir()
    for package, libs in sorted(packages.items()):
        copyright_file = Path("/usr/share/doc") / package.split(":")[0] / "copyright"
        if package != "(unknown)" and copyright_file.is_file():
            shutil.copy(copyright_file, out / f"{package.split(':')[0]}.copyright")
            lines.append(f"{package}: {', '.join(libs)} (system/{package.split(':')[0]}.copyright)")
        else:
            lines.append(f"{package}: {', '.join(libs)} (no copyright file found on the build machine)")
    return lines


def _debian_package(library: str) -> str | None:
    if shutil.which("dpkg") is None:
        return None
    for folder in ("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib"):
        path = Path(folder) / library
        if path.exists():
            result = subprocess.run(["dpkg", "-S", str(path)], capture_output=True, text=True, check=False)
            if result.returncode == 0:
                return result.stdout.split(":")[0].strip()
            resolved = path.resolve()
            result = subprocess.run(["dpkg", "-S", str(resolved)], capture_output=True, text=True, check=False)
            if result.returncode == 0:
                return result.stdout.split(":")[0].strip()
    return None


def add_desktop_files(bundle: Path) -> None:
    """install.sh and what it installs: the .desktop entry, MIME type, AppStream file and icon."""
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    linux = HERE / "linux"
    (share / "applications").mkdir(parents=True)
    shutil.copy(linux / "bricoleur-desk.desktop", share / "applications")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(linux / "bricoleur-desk.xml", share / "mime" / "packages")
    (share / "metainfo").mkdir(parents=True)
    shutil.copy(linux / "nl.bricoleurdesk.BricoleurDesk.metainfo.xml", share / "metainfo")
    icons = share / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "bricoleur-desk.svg", icons)
    shutil.copy(linux / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--modules", type=Path, help="the module names PyInstaller put in, one a line")
    args = parser.parse_args()
    internal = args.bundle / "_internal"
    remove_dangling_links(internal)
    settle_lookup_lists(internal)
    modules = args.modules.read_text().split() if args.modules else []
    write_licences(args.bundle, modules)
    add_desktop_files(args.bundle)


if __name__ == "__main__":
    main()
