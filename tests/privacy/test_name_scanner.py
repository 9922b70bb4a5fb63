"""The name scanner: prepared once, refused (in one line) when not, shared safely between threads."""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bricoleur_desk.app import main
from bricoleur_desk.domain.edits import Batch
from bricoleur_desk.storage import create_dossier
from bricoleur_desk.workspace import name_scanner as module
from bricoleur_desk.workspace.name_scanner import NameScannerUnavailable, load_name_scanner, lookup_ready
from bricoleur_desk.workspace.privacy import find_in_dossier
from bricoleur_desk.workspace.reporting import redact_in_dossier
from bricoleur_desk.workspace.session import DossierSession

from .sentences import SENTENCES, parsed
from .test_public_report import leaky_dossier


def test_prepare_is_at_once_when_done_already(name_scanner, capsys) -> None:
    started = time.perf_counter()
    assert main(["prepare"]) == 0
    assert time.perf_counter() - started < 5
    assert "name scanner already prepared" in capsys.readouterr().err


def test_ready_means_a_cache_newer_than_the_lookup_lists(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(module, "_lookup_folder", lambda: tmp_path)
    (tmp_path / "src" / "names").mkdir(parents=True)
    assert not lookup_ready()  # never built
    cache = tmp_path / "cache" / "lookup_structs.pickle"
    cache.parent.mkdir()
    cache.write_bytes(b"built")
    assert lookup_ready()
    later = time.time() + 60
    os.utime(tmp_path / "src" / "names", (later, later))  # deduce updated: its lists changed
    assert not lookup_ready()


def test_an_unprepared_scanner_is_refused_in_one_line_not_built(  # noqa: ANN001
    tmp_path: Path, monkeypatch, capsys, english_messages: None
) -> None:
    monkeypatch.setattr(module, "_lookup_folder", lambda: tmp_path)
    monkeypatch.setattr(module, "_loaded", [])
    with pytest.raises(NameScannerUnavailable, match="run `bricoleur-desk prepare`"):
        load_name_scanner()
    dossier, _ = leaky_dossier()
    path = tmp_path / "park.bricoleur"
    create_dossier(path, dossier).close()
    assert main(["report", str(path), "--out", str(tmp_path / "r.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1].startswith("bricoleur-desk: the name scanner is not prepared")
    assert not (tmp_path / "r.pdf").exists()


def test_loading_again_gives_the_same_scanner_at_once(name_scanner) -> None:
    started = time.perf_counter()
    assert load_name_scanner() is name_scanner
    assert time.perf_counter() - started < 0.1


def test_threads_may_scan_at_the_same_time(name_scanner) -> None:
    texts = [parsed(s)[0] for s in SENTENCES]
    alone = [name_scanner.scan(t) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(name_scanner.scan, texts * 3))
    assert together == alone * 3


def test_redacting_in_the_dossier_leaves_nothing_to_find_and_undoes(name_scanner) -> None:
    dossier, _ = leaky_dossier()
    meeting = dossier.meetings[0]
    before = dict(meeting.attendance.by_group)
    session = DossierSession(dossier)
    hits = find_in_dossier(dossier, meeting, name_scanner)
    edit = redact_in_dossier(session.document, hits, "nl", name_scanner)
    assert isinstance(edit, Batch)
    session.apply(edit)
    assert find_in_dossier(dossier, meeting, name_scanner) == []
    assert "Buren van [naam]" in meeting.attendance.by_group
    session.undo()
    assert meeting.attendance.by_group == before
