"""Erasure and retention act on the team archive as on a file: every table, and the masked copies."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from bricoleur_desk.storage import read_dossier_file
from bricoleur_desk.workspace.demo import build_demo_dossier

from .cluster import Server
from .roles import database_of, dossier_tables, dossier_with_notes, login_role, ok, run, write
from .test_archive_access import _demo_with_names

OZDEMIR = ("Özdemir", "Ayşe", "a.ozdemir@example.nl", "06-12345671", "p-ozdemir")


def _rows_as_text(postgres: Server, database: str, dossier_id: str) -> dict[str, str]:
    """Every row of the dossier in every table, as PostgreSQL prints a row."""
    with postgres.admin(database) as conn:
        return {
            table: "\n".join(r[0] for r in conn.execute(f"SELECT t::text FROM {table} t WHERE dossier_id = %s", [dossier_id]))
            for table in dossier_tables(conn)
        }


def test_erasing_a_person_in_the_archive_removes_them_from_every_table_and_masked_copy(
    postgres: Server, archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = database_of(archive_url)
    park = _demo_with_names(tmp_path / "park.bricoleur")
    ok(capsys, "archive", "push", str(park), "--db", archive_url)
    before = _rows_as_text(postgres, database, "d-van-heekplein")
    for table in ("person", "note", "stakeholder"):  # she is there to begin with
        assert "Özdemir" in before[table] or "ozdemir" in before[table], table
    assert "Özdemir" not in before["public_note"]  # the adviser's copy was masked at the push

    out = ok(capsys, "archive", "erase", "p-ozdemir", "--dossier", "d-van-heekplein", "--yes", "--db", archive_url)
    assert out[0].startswith("bricoleur-desk: d-van-heekplein in the archive: erased p-ozdemir: ")
    after = _rows_as_text(postgres, database, "d-van-heekplein")
    everything = "\n".join(after.values()).casefold()
    for word in OZDEMIR:
        assert word.casefold() not in everything, word
    assert "ozdemir" not in everything  # not even in an id or a deletion record
    # the others and the plan's record stay; the rows were replaced by the erased dossier's
    with postgres.admin(database) as conn:
        assert conn.execute("SELECT count(*) FROM person WHERE dossier_id = 'd-van-heekplein'").fetchone() == (7,)
        assert conn.execute("SELECT count(*) FROM note").fetchone() == (35,)
        assert conn.execute("SELECT count(*) FROM public_note").fetchone() == (35,)
        assert conn.execute("SELECT revision FROM archive_dossier").fetchone() == (2,)
        [(text,)] = conn.execute("SELECT text FROM note WHERE text LIKE '%%bankje bij de wilg%%'").fetchall()
        assert text == "[naam] vraagt om een bankje bij de wilg."
        assert "Wiśniewski" in after["person"]
    # a pull brings back the erased dossier, which opens offline
    pulled = tmp_path / "na.bricoleur"
    ok(capsys, "archive", "pull", "d-van-heekplein", "--db", archive_url, "--out", str(pulled))
    assert "p-ozdemir" not in [p.id for p in read_dossier_file(pulled).people]
    # nothing of the working copy is left in a temporary folder
    assert not list(Path(tempfile.gettempdir()).glob("bricoleur-erase-*"))


def test_a_member_erases_in_their_own_teams_dossier_only(
    postgres: Server, archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = database_of(archive_url)
    bram = login_role(postgres, database, "bram")
    ok(capsys, "archive", "team", "add", "Noord", "--db", archive_url)
    ok(capsys, "archive", "team", "add", "Zuid", "--db", archive_url)
    ok(capsys, "archive", "member", "add", bram.role, "--team", "Zuid", "--db", archive_url)
    ok(capsys, "archive", "push", str(write(tmp_path / "p.bricoleur", build_demo_dossier())), "--team", "Noord", "--db", archive_url)
    code, _, err = run(capsys, "archive", "erase", "p-ozdemir", "--dossier", "d-van-heekplein", "--yes", "--db", bram.url)
    assert code == 1 and "d-van-heekplein" in err
    with postgres.admin(database) as conn:
        assert conn.execute("SELECT count(*) FROM person WHERE id = 'p-ozdemir'").fetchone() == (1,)


def test_retention_lists_the_dossiers_past_their_date_and_erases_or_purges_them(
    postgres: Server, archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = database_of(archive_url)
    old = build_demo_dossier()
    old.retention_until = date.today() - timedelta(days=1)
    current = dossier_with_notes("Kerkplein", ["Bankjes"])
    current.retention_until = date.today() + timedelta(days=30)
    gone = dossier_with_notes("Oude markt", ["Kramen"])
    gone.retention_until = date(2020, 1, 1)
    for name, dossier in (("old", old), ("current", current), ("gone", gone)):
        ok(capsys, "archive", "push", str(write(tmp_path / f"{name}.bricoleur", dossier)), "--db", archive_url)

    listed = ok(capsys, "archive", "retention", "--db", archive_url)
    assert [line.split("\t")[:3] for line in listed] == [
        [gone.id, "2020-01-01", "0 people"],
        ["d-van-heekplein", old.retention_until.isoformat(), "8 people"],
    ]
    # as in the app: the people go, the plan's record stays
    ok(capsys, "archive", "retention", "--erase-people", "--yes", "--db", archive_url)
    with postgres.admin(database) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM note WHERE dossier_id = 'd-van-heekplein'").fetchone() == (35,)
    everything = "\n".join(_rows_as_text(postgres, database, "d-van-heekplein").values())
    for person in old.people:
        assert person.name not in everything
    # purged: not a row of them left anywhere, the current one untouched
    ok(capsys, "archive", "retention", "--purge", "--yes", "--db", archive_url)
    with postgres.admin(database) as conn:
        for table in dossier_tables(conn):
            left = {r[0] for r in conn.execute(f"SELECT DISTINCT dossier_id FROM {table}")}
            assert left <= {current.id}, table
        assert conn.execute("SELECT dossier_id FROM archive_dossier").fetchall() == [(current.id,)]
    code, out, err = run(capsys, "archive", "retention", "--db", archive_url)
    assert (code, out) == (0, []) and "no dossier is past its retention date" in err


def test_a_file_erased_on_the_laptop_and_pushed_takes_the_person_out_of_the_archive_too(
    postgres: Server, archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = database_of(archive_url)
    park = _demo_with_names(tmp_path / "park.bricoleur")
    ok(capsys, "archive", "push", str(park), "--db", archive_url)
    ok(capsys, "erase-person", str(park), "--person", "p-ozdemir", "--yes")
    ok(capsys, "archive", "push", str(park), "--db", archive_url)
    everything = "\n".join(_rows_as_text(postgres, database, "d-van-heekplein").values()).casefold()
    for word in OZDEMIR:
        assert word.casefold() not in everything, word


def test_erasure_drops_the_conflicts_that_hold_the_persons_rows(
    postgres: Server, archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bricoleur_desk.archive.conflicts import list_conflicts, resolve
    from bricoleur_desk.archive.connection import open_archive
    from bricoleur_desk.archive.transfer import pull, push
    from bricoleur_desk.domain.edits import Change

    from .test_archive import _edit

    database = database_of(archive_url)
    park = _demo_with_names(tmp_path / "park.bricoleur")
    archive = open_archive(archive_url)
    push(archive, park)
    colleague = pull(archive, "d-van-heekplein", tmp_path / "collega.bricoleur").path
    _edit(colleague, Change("p-ozdemir", (("phone", "06-12345679"),)))
    push(archive, colleague)
    _edit(park, Change("p-ozdemir", (("phone", "06-12345678"),)))
    assert push(archive, park).conflicts == 1  # both changed her phone: both rows kept, waiting
    [waiting] = list_conflicts(archive, "d-van-heekplein")
    assert waiting.entity_id == "p-ozdemir" and "Özdemir" in str(waiting.pushed_side)
    archive.engine.dispose()

    ok(capsys, "archive", "erase", "p-ozdemir", "--dossier", "d-van-heekplein", "--yes", "--db", archive_url)
    archive = open_archive(archive_url)
    assert list_conflicts(archive, "d-van-heekplein") == []  # choosing a side cannot bring her back
    with pytest.raises(Exception, match="no conflict"):
        resolve(archive, waiting.id, "pushed")
    archive.engine.dispose()
    everything = "\n".join(_rows_as_text(postgres, database, "d-van-heekplein").values()).casefold()
    for word in OZDEMIR:
        assert word.casefold() not in everything, word
