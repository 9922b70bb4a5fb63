"""The name scanner's findings kept in the dossier (#17): a second public report of an unchanged
dossier loads no scanner and masks the same; an edited text is scanned again and its new name
masked; scans kept by another user (another secret) or changed in the file are never taken."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bricoleur_desk.domain.edits import Change
from bricoleur_desk.storage import create_dossier
from bricoleur_desk.workspace.kept_scans import KeptScans
from bricoleur_desk.workspace.opened import open_for_editing
from bricoleur_desk.workspace.report_file import keep_sketches, load_for_report, names_for_report
from bricoleur_desk.workspace.reporting import export_report

from .test_public_report import leaks, leaky_dossier, pdf_words, secrets_and_words


def _public_report(path: Path, out: Path) -> KeptScans:
    dossier, store = load_for_report(path)
    names = names_for_report(store)
    assert isinstance(names, KeptScans)
    export_report(dossier, out, names=names, sketch_store=store, inputs=[path])
    assert keep_sketches(path, store, names)
    return names


def test_a_second_report_takes_the_kept_scans_and_masks_the_same(tmp_path: Path, name_scanner) -> None:
    path = tmp_path / "park.bricoleur"
    create_dossier(path, leaky_dossier()[0]).close()
    first = _public_report(path, tmp_path / "first.pdf")
    assert first.loaded and first.made > 20
    second = _public_report(path, tmp_path / "second.pdf")
    assert not second.loaded and second.made == 0 and second.found >= first.made
    words = pdf_words(tmp_path / "second.pdf")
    assert words == pdf_words(tmp_path / "first.pdf")
    assert leaks(words, secrets_and_words()[0]) == []


def test_an_edited_text_is_scanned_again_and_its_new_name_masked(tmp_path: Path, name_scanner) -> None:
    path = tmp_path / "park.bricoleur"
    create_dossier(path, leaky_dossier()[0]).close()
    _public_report(path, tmp_path / "first.pdf")
    opened = open_for_editing(path)
    try:
        note = opened.session.dossier.meetings[0].notes[4]
        text = "De groene strook langs de Parkstraat moet blijven, zegt mevrouw Wilhelmina Hoogendijk."
        opened.session.apply(Change.of(note.id, "edit note", text=text))
    finally:
        opened.close()
    again = _public_report(path, tmp_path / "again.pdf")
    assert again.loaded and 1 <= again.made <= 3  # the edited text (and its masked form)
    words = pdf_words(tmp_path / "again.pdf")
    assert "Hoogendijk" not in words and "Wilhelmina" not in words
    assert "groene strook" in words


def test_scans_changed_in_the_file_or_kept_by_another_user_are_not_taken(
    tmp_path: Path, name_scanner, monkeypatch
) -> None:
    path = tmp_path / "park.bricoleur"
    create_dossier(path, leaky_dossier()[0]).close()
    first = _public_report(path, tmp_path / "first.pdf")
    conn = sqlite3.connect(path)
    try:
        (data,) = conn.execute("SELECT data FROM report_cache WHERE kind = 'names'").fetchone()
        changed = bytes(data).replace(b"[[", b"[[0,0],[", 1)  # "no name here" in place of a name
        with conn:
            conn.execute("UPDATE report_cache SET data = ? WHERE kind = 'names'", (changed,))
    finally:
        conn.close()
    changed_file = _public_report(path, tmp_path / "changed.pdf")
    assert changed_file.loaded and changed_file.made == first.made  # every text scanned again
    assert leaks(pdf_words(tmp_path / "changed.pdf"), secrets_and_words()[0]) == []
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "another-user"))  # another secret
    other = _public_report(path, tmp_path / "other.pdf")
    assert other.loaded and other.made == first.made
