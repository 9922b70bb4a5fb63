"""Double-clicking a .bricoleur file: the MIME type, the .desktop entry and the AppStream file
agree with each other and with the app, and install.sh puts them where the desktop looks."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from bricoleur_desk import __version__

from .test_bundle_contents import _load

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
APP_ID = "nl.bricoleurdesk.BricoleurDesk"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / "bricoleur-desk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_mime_type_desktop_entry_and_appstream_agree() -> None:
    entry = _desktop_entry()
    mime = ET.parse(LINUX / "bricoleur-desk.xml").getroot()
    (mime_type,) = mime.findall(f"{MIME_NS}mime-type")
    assert [glob.get("pattern") for glob in mime_type.findall(f"{MIME_NS}glob")] == ["*.bricoleur"]
    assert entry["MimeType"] == mime_type.get("type") + ";"
    assert entry["Exec"] == "bricoleur-desk open %f"  # one file: `open` takes one
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()
    assert mime_type.find(f"{MIME_NS}icon").get("name") == entry["Icon"]

    meta = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.find("launchable").text == "bricoleur-desk.desktop"
    assert meta.find("provides/mediatype").text == mime_type.get("type")
    assert meta.find("provides/binary").text == entry["Exec"].split()[0]
    assert meta.find("releases/release").get("version") == __version__
    assert meta.findtext("name") == entry["Name"]


def test_the_command_line_opens_what_the_desktop_entry_hands_it() -> None:
    from bricoleur_desk.app import build_parser

    args = build_parser().parse_args(_desktop_entry()["Exec"].replace("%f", "/tmp/x.bricoleur").split()[1:])
    assert args.command == "open" and args.file == Path("/tmp/x.bricoleur")


def test_the_files_pass_the_desktop_validators() -> None:
    result = subprocess.run(["desktop-file-validate", str(LINUX / "bricoleur-desk.desktop")],
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    result = subprocess.run(["appstreamcli", "validate", "--no-net", "--explain",
                             str(LINUX / f"{APP_ID}.metainfo.xml")], capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0, result.stdout


def test_install_sh_installs_for_one_user_and_uninstalls(tmp_path: Path) -> None:
    bundle = tmp_path / "opt" / "bricoleur desk"  # a space: the Exec line must quote it
    bundle.mkdir(parents=True)
    (bundle / "bricoleur-desk").write_text("#!/bin/sh\n")
    (bundle / "bricoleur-desk").chmod(0o755)
    _load("finish_bundle").add_desktop_files(bundle)
    home = tmp_path / "user"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ["PATH"], "USER": "tester"}
    subprocess.run([str(bundle / "install.sh")], env=env, check=True, capture_output=True)
    data = home / ".local" / "share"
    desktop = (data / "applications" / "bricoleur-desk.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle}/bricoleur-desk" open %f' in desktop.splitlines()
    assert (home / ".local" / "bin" / "bricoleur-desk").resolve() == bundle / "bricoleur-desk"
    assert (data / "mime" / "packages" / "bricoleur-desk.xml").read_bytes() == (LINUX / "bricoleur-desk.xml").read_bytes()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "bricoleur-desk.svg").is_file()
    if shutil.which("update-mime-database"):  # .ci/run installs shared-mime-info
        assert "application/x-bricoleur-dossier:*.bricoleur" in (data / "mime" / "globs2").read_text()
    result = subprocess.run(["desktop-file-validate", str(data / "applications" / "bricoleur-desk.desktop")],
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout

    subprocess.run([str(bundle / "install.sh"), "--uninstall"], env=env, check=True, capture_output=True)
    assert not (data / "applications" / "bricoleur-desk.desktop").exists()
    assert not (home / ".local" / "bin" / "bricoleur-desk").exists()
    assert (bundle / "bricoleur-desk").exists()
