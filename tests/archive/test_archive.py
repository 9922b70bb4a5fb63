"""The team archive against a real PostgreSQL: push and pull, the list, promises across dossiers, search."""

from __future__ import annotations

import csv
import re
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from bricoleur_desk.app import main
from bricoleur_desk.archive.connection import open_archive
from bricoleur_desk.archive.errors import PushRefusedError
from bricoleur_desk.archive.transfer import pull, push
from bricoleur_desk.domain.edits import Change, Edit, Insert, Remove
from bricoleur_desk.domain.model import Dossier, Meeting, Note, Promise, PromiseStatus, new_id
from bricoleur_desk.storage import create_dossier, open_dossier, read_dossier_file
from bricoleur_desk.storage.interchange import dumps
from bricoleur_desk.workspace.demo import build_demo_dossier
from bricoleur_desk.workspace.session import DossierSession

from .cluster import Server


def write(path: Path, dossier: Dossier) -> Path:
    create_dossier(path, dossier).close()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def rows(path: Path, query: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def small_dossier(title: str, notes: list[str], promises: list[Promise] = (), **fields: object) -> Dossier:  # type: ignore[assignment]
    meeting = Meeting("m1", "Bewonersavond", datetime(2026, 3, 12, 19, 30))
    meeting.notes = [Note(f"n{i}", i, text) for i, text in enumerate(notes, start=1)]
    dossier = Dossier(title, meetings=[meeting], promises=list(promises), **fields)  # type: ignore[arg-type]
    return dossier


def test_a_pushed_and_pulled_dossier_opens_offline_and_equals_the_original(
    archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], english_messages: None
) -> None:
    demo = build_demo_dossier()
    note = demo.meetings[0].notes[0].id
    original = write(tmp_path / "park.bricoleur", demo)
    _edit(original, Change(note, (("text", "Laat de wilg staan"),)), Change(note, (("votes", 4),)))
    assert (4, 3) in rows(original, "SELECT votes, version FROM note")  # some history to carry over

    code, out, err = run(capsys, "archive", "push", str(original), "--db", archive_url)
    assert (code, err) == (0, "")
    assert out == ["bricoleur-desk: pushed d-van-heekplein (Tijdelijk park Van Heekplein) as revision 1; new in the archive"]

    pulled = tmp_path / "pulled.bricoleur"
    code, out, err = run(capsys, "archive", "pull", "d-van-heekplein", "--db", archive_url, "--out", str(pulled))
    assert code == 0, err
    assert out == [f"bricoleur-desk: wrote {pulled} (Tijdelijk park Van Heekplein, revision 1)"]

    # equal in content: the JSON interchange of both is the same text, sketches and all
    assert dumps(read_dossier_file(pulled)) == dumps(read_dossier_file(original))
    # and equal as stored: every row's version, so a later merge sees the same history
    for table in ("note", "stroke", "promise", "meeting", "person"):
        query = f"SELECT id, version FROM {table} ORDER BY id"
        assert rows(pulled, query) == rows(original, query), table
    with open_dossier(pulled) as opened:  # opens for writing, as any file does
        assert opened.load().id == "d-van-heekplein"
    # both files remember the archive and the revision
    [(archive_id, dossier_id, revision)] = rows(pulled, "SELECT archive_id, dossier_id, revision FROM archive_origin")
    assert (dossier_id, revision) == ("d-van-heekplein", 1)
    assert rows(original, "SELECT archive_id, revision FROM archive_origin") == [(archive_id, 1)]


def test_deletion_records_travel_with_the_dossier(archive_url: str, tmp_path: Path) -> None:
    original = write(tmp_path / "a.bricoleur", small_dossier("Plein", ["Eerste", "Tweede", "Derde"]))
    _edit(original, Remove("note", "n2"))
    archive = open_archive(archive_url)
    push(archive, original)
    pulled = pull(archive, small_id(original), tmp_path / "b.bricoleur").path
    assert rows(pulled, "SELECT id, kind, version FROM deletion") == rows(original, "SELECT id, kind, version FROM deletion")
    assert rows(pulled, "SELECT id, kind FROM deletion") == [("n2", "note")]


def small_id(path: Path) -> str:
    return read_dossier_file(path).id


def test_the_list_shows_one_dossier_a_line_id_first_then_title_and_last_change(
    archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = write(tmp_path / "a.bricoleur", small_dossier("Herinrichting Molenstraat", ["Te hard gereden"]))
    second = write(tmp_path / "b.bricoleur", small_dossier("Speeltuin\tDe Linde", ["Schommel kapot"]))
    for path in (first, second):
        assert run(capsys, "archive", "push", str(path), "--db", archive_url)[0] == 0
    code, out, err = run(capsys, "archive", "list", "--db", archive_url)
    # the throwaway cluster offers no TLS: said on stderr, the list itself stays clean
    shown = re.sub(r":[^:@/]+@", "@", archive_url)  # the address without its password
    assert (code, err) == (0, f"bricoleur-desk: {shown}: the connection is NOT encrypted (no TLS)\n")
    today = f"{datetime.now().astimezone():%Y-%m-%d}"
    parsed = [line.split("\t") for line in out]
    assert [p[:2] for p in parsed] == [  # the most recently changed first; a tab in a title is a space
        [small_id(second), "Speeltuin De Linde"],
        [small_id(first), "Herinrichting Molenstraat"],
    ]
    assert all(p[2].startswith(today) and len(p[2]) == len("2026-12-04 05:10") for p in parsed)


def _promises_dossiers(tmp_path: Path) -> list[Path]:
    today = date.today()
    late, soon = today - timedelta(days=10), today + timedelta(days=10)
    a = small_dossier(
        "Molenstraat",
        ["Drempels"],
        [
            Promise("p1", "m1", "Drempels plaatsen", owner="Team Verkeer", due=late),
            Promise("p2", "m1", "Bomen snoeien", owner="Team Groen", due=late, status=PromiseStatus.DONE),
            Promise("p3", "m1", "Bord =SOM(A1) ophangen", owner=" team verkeer ", due=soon),
        ],
    )
    b = small_dossier(
        "Speeltuin",
        ["Schommel"],
        [
            Promise("p1", "m1", "Schommel repareren", owner="Team Groen", due=late - timedelta(days=5)),
            Promise("p2", "m1", "Bewoners bellen", owner=None, due=None),
        ],
    )
    return [write(tmp_path / "a.bricoleur", a), write(tmp_path / "b.bricoleur", b)]


def test_promises_across_dossiers_with_the_overdue_and_owner_filters(
    archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path in _promises_dossiers(tmp_path):
        assert run(capsys, "archive", "push", str(path), "--db", archive_url)[0] == 0

    code, out, _ = run(capsys, "archive", "promises", "--db", archive_url)
    assert code == 0
    texts = [line.split("\t")[-1] for line in out]
    # by due date, none last; both dossiers' p1 and p2 are there (ids recur across dossiers)
    assert texts == ["Schommel repareren", "Drempels plaatsen", "Bomen snoeien", "Bord =SOM(A1) ophangen", "Bewoners bellen"]
    assert out[0].split("\t")[2] == "open overdue" and out[2].split("\t")[2] == "done"

    code, out, _ = run(capsys, "archive", "promises", "--db", archive_url, "--overdue")
    assert [line.split("\t")[-1] for line in out] == ["Schommel repareren", "Drempels plaatsen"]

    code, out, _ = run(capsys, "archive", "promises", "--db", archive_url, "--owner", "TEAM VERKEER")
    assert [line.split("\t")[-1] for line in out] == ["Drempels plaatsen", "Bord =SOM(A1) ophangen"]

    code, out, _ = run(capsys, "archive", "promises", "--db", archive_url, "--overdue", "--owner", "team groen")
    assert [line.split("\t")[-1] for line in out] == ["Schommel repareren"]


def test_the_promises_dashboard_as_csv_for_excel(
    archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path in _promises_dossiers(tmp_path):
        assert run(capsys, "archive", "push", str(path), "--db", archive_url)[0] == 0
    out = tmp_path / "te-laat.csv"
    code, printed, err = run(capsys, "archive", "promises", "--db", archive_url, "--overdue", "--csv", str(out))
    assert (code, err) == (0, "")
    assert printed == [f"bricoleur-desk: wrote {out} (2 promises)"]
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the accents
    table = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert table[0] == ["dossier", "dossier_title", "meeting", "text", "owner", "due", "status", "overdue"]
    assert [(r[1], r[2], r[3], r[4], r[6], r[7]) for r in table[1:]] == [
        ("Speeltuin", "2026-03-12 Bewonersavond", "Schommel repareren", "Team Groen", "open", "yes"),
        ("Molenstraat", "2026-03-12 Bewonersavond", "Drempels plaatsen", "Team Verkeer", "open", "yes"),
    ]
    everything = tmp_path / "alles.csv"
    assert run(capsys, "archive", "promises", "--db", archive_url, "--csv", str(everything))[0] == 0
    cells = [row[3] for row in csv.reader(everything.read_text("utf-8-sig").splitlines(), delimiter=";")]
    assert "'Bord =SOM(A1) ophangen" not in cells and "Bord =SOM(A1) ophangen" in cells  # not a formula start
    assert len(cells) == 6


def test_dutch_full_text_search_finds_stems_in_notes_answers_and_promises(
    archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = small_dossier("Molenstraat", ["De oude boom bij de school moet blijven", "Te veel verkeer"])
    one.meetings[0].notes[1].answer = "Er komen drempels; de kastanjeboom blijft staan"
    one.promises = [Promise("p1", "m1", "We planten twee nieuwe bomen aan de Kerkstraat", owner="Groen")]
    two = small_dossier("Speeltuin", ["Overal staan fietsen", "Een boompje voor schaduw"])
    for path in (write(tmp_path / "a.bricoleur", one), write(tmp_path / "b.bricoleur", two)):
        assert run(capsys, "archive", "push", str(path), "--db", archive_url)[0] == 0

    code, out, err = run(capsys, "archive", "search", "--db", archive_url, "bomen")
    assert (code, err) == (0, "")
    found = sorted((line.split("\t")[0], line.split("\t")[2], line.split("\t")[3]) for line in out)
    assert found == sorted([  # "bomen" and "boom" share the Dutch stem; "kastanjeboom" and "boompje" do not
        (one.id, "note 1", "De oude boom bij de school moet blijven"),
        (one.id, "promise", "We planten twee nieuwe bomen aan de Kerkstraat"),
    ])
    assert all(line.split("\t")[1] == "2026-03-12" for line in out)

    code, out, _ = run(capsys, "archive", "search", "--db", archive_url, "drempel")  # in an answer
    assert [line.split("\t")[2:] for line in out] == [
        ["note 2", "Te veel verkeer", "Er komen drempels; de kastanjeboom blijft staan"]
    ]
    code, out, _ = run(capsys, "archive", "search", "--db", archive_url, "FIETSEN")
    assert [line.split("\t")[0] for line in out] == [two.id]
    code, out, err = run(capsys, "archive", "search", "--db", archive_url, "zwembad")
    assert (code, out, err) == (0, [], "bricoleur-desk: nothing found\n")


def test_a_file_never_pulled_does_not_replace_the_archive_copy(archive_url: str, tmp_path: Path) -> None:
    dossier = small_dossier("Molenstraat", ["Drempels"])
    first = write(tmp_path / "first.bricoleur", dossier)
    stranger = write(tmp_path / "stranger.bricoleur", small_dossier("Iets anders", ["Nee"], id=dossier.id))
    archive = open_archive(archive_url)
    push(archive, first)
    with pytest.raises(PushRefusedError, match="is already in the archive .* was not pulled from it; nothing was pushed"):
        push(archive, stranger)
    assert read_dossier_file(pull(archive, dossier.id, tmp_path / "check.bricoleur").path).title == "Molenstraat"


def test_a_pull_never_writes_over_a_file(archive_url: str, tmp_path: Path) -> None:
    path = write(tmp_path / "a.bricoleur", small_dossier("Molenstraat", ["Drempels"]))
    archive = open_archive(archive_url)
    push(archive, path)
    before = path.read_bytes()
    from bricoleur_desk.archive.errors import ArchiveError

    with pytest.raises(ArchiveError, match="already exists"):
        pull(archive, small_id(path), path)
    assert path.read_bytes() == before
    with pytest.raises(ArchiveError, match="no dossier d-nope in the archive"):
        pull(archive, "d-nope", tmp_path / "new.bricoleur")
    assert not (tmp_path / "new.bricoleur").exists()


def _add_note(path: Path, text: str) -> None:
    count = len(read_dossier_file(path).meetings[0].notes)
    _edit(path, Insert("note", "m1", Note(new_id(), count + 1, text)))


def _edit(path: Path, *edits: Edit) -> None:
    """Change the file as the app does: through a session that writes every edit."""
    with open_dossier(path) as opened:
        session = DossierSession(opened.load(), store=opened)
        for edit in edits:
            session.apply(edit)


def test_an_archive_with_a_newer_schema_is_refused_and_left_alone(
    archive_url: str, tmp_path: Path, postgres: Server, capsys: pytest.CaptureFixture[str], english_messages: None
) -> None:
    path = write(tmp_path / "a.bricoleur", small_dossier("Molenstraat", ["Drempels"]))
    assert run(capsys, "archive", "push", str(path), "--db", archive_url)[0] == 0
    database = archive_url.rsplit("/", 1)[1]
    with postgres.admin(database) as conn:
        conn.execute("UPDATE archive_alembic_version SET version_num = 'a0099'")
    code, out, err = run(capsys, "archive", "push", str(path), "--db", archive_url)
    assert (code, out) == (1, [])
    assert err == (
        f"bricoleur-desk: postgresql://postgres@127.0.0.1:{postgres.port}/{database}: the team archive has schema "
        "a0099, newer than this Bricoleur Desk; update Bricoleur Desk to use it (nothing was changed)\n"
    )
    assert postgres.password not in err
    code, out, err = run(capsys, "archive", "list", "--db", archive_url)
    assert code == 1 and "newer than this Bricoleur Desk" in err
    with postgres.admin(database) as conn:
        assert conn.execute("SELECT revision FROM archive_dossier").fetchall() == [(1,)]
