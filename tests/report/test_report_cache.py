"""The sketches a report keeps in the dossier file (issue 17): the same pages as without them,
never used once a stroke changed, emptied by an erasure, still vector."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from array import array
from pathlib import Path

import pytest
from pypdf import PdfReader

from bricoleur_desk.domain.edits import Change, Insert, Remove
from bricoleur_desk.domain.model import Dossier, Sheet
from bricoleur_desk.storage import create_dossier, read_dossier_file
from bricoleur_desk.workspace.erasure import erase_people
from bricoleur_desk.workspace.opened import open_for_editing
from bricoleur_desk.workspace.report_file import keep_sketches, load_for_report
from bricoleur_desk.workspace.reporting import export_report

Pages = list[tuple[bytes, dict[str, bytes]]]


@pytest.fixture
def dossier_file(tmp_path: Path, dossier: Dossier) -> Path:
    path = tmp_path / "evening.bricoleur"
    create_dossier(path, dossier).close()
    return path


def _cached_rows(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT kind, owner FROM report_cache ORDER BY kind, owner").fetchall()
    finally:
        conn.close()


def _report_with_cache(path: Path, out: Path) -> tuple[Pages, int, frozenset[str]]:
    """Report as the command does: kept sketches in, new ones kept; (pages, entries made, sheets skipped)."""
    dossier, store = load_for_report(path)
    export_report(dossier, out, sketch_store=store, inputs=[path])
    assert keep_sketches(path, store)
    return _pages(out), len(store.made), store.skipped


def _report_without_cache(path: Path, out: Path) -> Pages:
    export_report(read_dossier_file(path), out, inputs=[path])
    return _pages(out)


def _pages(pdf: Path) -> Pages:
    """Each page's content stream and its XObjects' decoded streams (forms: stroke paths; images: the map)."""
    pages = []
    for page in PdfReader(str(pdf)).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        streams = {}
        for name, ref in xobjects.items():
            obj = ref.get_object()
            data = obj._data if obj.get("/Filter") == "/DCTDecode" else obj.get_data()
            streams[str(name)] = data
        pages.append((page.get_contents().get_data(), streams))
    return pages


def _sheet(dossier: Dossier, sheet_id: str) -> Sheet:
    return next(s for m in dossier.meetings for c in m.canvases for s in c.sheets if s.id == sheet_id)


def _sketch_forms(pages: Pages) -> dict[str, bytes]:
    return {name: data for _, streams in pages for name, data in streams.items() if "sketch-" in name}


def test_a_report_from_kept_sketches_has_the_same_pages_as_one_made_without(
    dossier_file: Path, tmp_path: Path
) -> None:
    cold, made, skipped = _report_with_cache(dossier_file, tmp_path / "cold.pdf")
    assert made >= 2 and not skipped  # the sheet's forms and the map, nothing kept before
    assert ("background", "c1") in _cached_rows(dossier_file)
    assert ("forms", "s1") in _cached_rows(dossier_file)
    warm, made, skipped = _report_with_cache(dossier_file, tmp_path / "warm.pdf")
    assert made == 0 and "s1" in skipped  # everything taken as kept: the strokes were not even read
    plain = _report_without_cache(dossier_file, tmp_path / "plain.pdf")
    assert _sketch_forms(plain)  # the sample has strokes on paper
    assert warm == plain
    assert cold == plain


def test_a_stroke_changed_after_a_report_changes_the_next_report(dossier_file: Path, tmp_path: Path) -> None:
    before, _, _ = _report_with_cache(dossier_file, tmp_path / "before.pdf")
    opened = open_for_editing(dossier_file)
    try:
        sheet = _sheet(opened.session.dossier, "s1")
        first, second = sheet.strokes[0], sheet.strokes[1]
        moved = array("f", first.points)
        moved[0::3] = array("f", [x + 300 for x in moved[0::3]])
        opened.session.apply(Change.of(first.id, points=moved))
        opened.session.apply(Remove("stroke", second.id))
        opened.session.flush()
    finally:
        opened.close()
    after, made, skipped = _report_with_cache(dossier_file, tmp_path / "after.pdf")
    assert "s1" not in skipped and made >= 1  # the kept forms were for other strokes
    assert _sketch_forms(after) != _sketch_forms(before)
    assert after == _report_without_cache(dossier_file, tmp_path / "plain.pdf")
    # and the forms kept now are the edited ones
    again, made, skipped = _report_with_cache(dossier_file, tmp_path / "again.pdf")
    assert made == 0 and "s1" in skipped
    assert again == after


def test_a_stroke_written_again_under_its_id_is_a_change_too(dossier_file: Path, tmp_path: Path) -> None:
    """What an undone removal writes: the same stroke, same id, same place, back in the file."""
    _report_with_cache(dossier_file, tmp_path / "first.pdf")
    opened = open_for_editing(dossier_file)
    try:
        gone = _sheet(opened.session.dossier, "s1").strokes[0]
        opened.session.apply(Remove("stroke", gone.id))
        opened.session.flush()
    finally:
        opened.close()
    removed, _, skipped = _report_with_cache(dossier_file, tmp_path / "removed.pdf")
    assert "s1" not in skipped
    opened = open_for_editing(dossier_file)
    try:
        opened.session.apply(Insert("stroke", "s1", gone, index=0))
        opened.session.flush()
    finally:
        opened.close()
    back, _, skipped = _report_with_cache(dossier_file, tmp_path / "back.pdf")
    assert "s1" not in skipped
    assert _sketch_forms(back) != _sketch_forms(removed)
    assert back == _report_without_cache(dossier_file, tmp_path / "plain.pdf")


def test_erasing_a_person_empties_the_kept_sketches(dossier_file: Path, tmp_path: Path) -> None:
    _report_with_cache(dossier_file, tmp_path / "report.pdf")
    assert _cached_rows(dossier_file)
    opened = open_for_editing(dossier_file)
    try:
        erase_people(opened, [opened.session.dossier.people[0].id])
    finally:
        opened.close()
    assert _cached_rows(dossier_file) == []


def test_the_report_from_kept_sketches_is_still_vector(dossier_file: Path, tmp_path: Path) -> None:
    _report_with_cache(dossier_file, tmp_path / "cold.pdf")
    _report_with_cache(dossier_file, tmp_path / "warm.pdf")
    for page in PdfReader(str(tmp_path / "warm.pdf")).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        forms = [ref.get_object() for name, ref in xobjects.items() if "sketch-" in name]
        if not forms:
            continue
        images = [ref.get_object() for ref in xobjects.values() if ref.get_object().get("/Subtype") == "/Image"]
        # one raster: the map at print size (150 dpi), not a picture of the strokes
        assert len(images) == 1 and images[0]["/Width"] <= 1100
        ops = forms[0].get_data().decode("ascii")
        assert ops.count(" l ") > 100 and " m " in ops and ops.rstrip().endswith("S")
        break
    else:
        pytest.fail("no sketch page in the report")


def test_the_report_command_keeps_the_sketches_and_uses_them(dossier_file: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    outs = [tmp_path / "one.pdf", tmp_path / "two.pdf"]
    for out in outs:
        done = subprocess.run(
            [sys.executable, "-m", "bricoleur_desk", "report", str(dossier_file), "--out", str(out)],
            capture_output=True,
            text=True,
            env=env,
            timeout=180,
        )
        assert done.returncode == 0, done.stderr
        assert ("forms", "s1") in _cached_rows(dossier_file)
    assert _pages(outs[0]) == _pages(outs[1])


def test_forms_kept_for_another_scale_are_not_used_and_the_strokes_are_read_after_all(
    dossier_file: Path, tmp_path: Path
) -> None:
    before, _, _ = _report_with_cache(dossier_file, tmp_path / "before.pdf")
    opened = open_for_editing(dossier_file)
    try:  # a wider canvas: the same strokes, drawn at another scale
        opened.session.apply(Change.of("c1", width=3000.0))
        opened.session.flush()
    finally:
        opened.close()
    dossier, store = load_for_report(dossier_file)
    assert "s1" in store.skipped  # forms are kept for these strokes, so they were not read ...
    export_report(dossier, tmp_path / "wider.pdf", sketch_store=store, inputs=[dossier_file])
    assert any(kind == "forms" and owner == "s1" for kind, owner, _ in store.made.values())  # ... but made anew
    wider = _pages(tmp_path / "wider.pdf")
    assert _sketch_forms(wider) != _sketch_forms(before)
    assert wider == _report_without_cache(dossier_file, tmp_path / "plain.pdf")


def test_while_a_window_has_the_file_open_the_report_is_made_and_nothing_is_kept(
    dossier_file: Path, tmp_path: Path
) -> None:
    plain = _report_without_cache(dossier_file, tmp_path / "plain.pdf")
    opened = open_for_editing(dossier_file)
    try:
        dossier, store = load_for_report(dossier_file)
        export_report(dossier, tmp_path / "open.pdf", sketch_store=store, inputs=[dossier_file])
        assert store.made  # made, but the window is the file's only writer
        assert not keep_sketches(dossier_file, store)
    finally:
        opened.close()
    assert _pages(tmp_path / "open.pdf") == plain
    assert _cached_rows(dossier_file) == []


def _user_key() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("bricoleur-desk", appauthor=False)) / "report-cache.key"


def test_kept_bytes_changed_in_the_file_are_never_taken(dossier_file: Path, tmp_path: Path) -> None:
    _report_with_cache(dossier_file, tmp_path / "first.pdf")
    conn = sqlite3.connect(dossier_file)
    try:  # someone changes the kept bytes (and keeps the keys); a row of text in place of bytes too
        with conn:
            for key, data in conn.execute("SELECT key, data FROM report_cache").fetchall():
                changed = bytearray(data)
                changed[len(changed) // 2] ^= 0xFF
                conn.execute("UPDATE report_cache SET data = ? WHERE key = ?", (bytes(changed), key))
            conn.execute("INSERT INTO report_cache VALUES ('x', 'forms', 's1', 'y', CAST(X'FF00FE' AS TEXT))")
    finally:
        conn.close()
    tampered, made, _ = _report_with_cache(dossier_file, tmp_path / "tampered.pdf")
    assert made >= 2  # the forms and the map were made again
    assert tampered == _report_without_cache(dossier_file, tmp_path / "plain.pdf")


def test_entries_kept_by_another_user_are_not_found(dossier_file: Path, tmp_path: Path) -> None:
    _report_with_cache(dossier_file, tmp_path / "first.pdf")
    assert _user_key().is_file()
    _user_key().unlink()  # another user (another key) reports on the same file
    other, made, _ = _report_with_cache(dossier_file, tmp_path / "other.pdf")
    assert made >= 2  # nothing was found: the sheet's forms and the map made again
    assert other == _report_without_cache(dossier_file, tmp_path / "plain.pdf")
