"""Who may see what, against a real PostgreSQL with a real login per role: teams, advisers, TLS."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import psycopg
import pytest

from bricoleur_desk.archive.connection import connect, open_archive
from bricoleur_desk.storage import read_dossier_file
from bricoleur_desk.workspace.demo import build_demo_dossier

from .cluster import Server
from .roles import database_of, dossier_tables, dossier_with_notes, login_role, ok, run, write


@pytest.fixture
def two_teams(postgres: Server, archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Team Noord (anna) and team Zuid (bram), each with a dossier pushed by its own member."""
    database = database_of(archive_url)
    anna, bram = login_role(postgres, database, "anna"), login_role(postgres, database, "bram")
    # the archive's owner (here the superuser) makes the schema, the teams and the members
    ok(capsys, "archive", "team", "add", "Noord", "--db", archive_url)
    ok(capsys, "archive", "team", "add", "Zuid", "--db", archive_url)
    ok(capsys, "archive", "member", "add", anna.role, "--team", "Noord", "--db", archive_url)
    ok(capsys, "archive", "member", "add", bram.role, "--team", "Zuid", "--db", archive_url)
    north = write(tmp_path / "noord.bricoleur", dossier_with_notes("Molenstraat", ["De kastanjes moeten blijven"]))
    south = write(tmp_path / "zuid.bricoleur", dossier_with_notes("Stationsplein", ["Meer fietsenrekken bij het station"]))
    ok(capsys, "archive", "push", str(north), "--db", anna.url)  # anna's only team: Noord
    ok(capsys, "archive", "push", str(south), "--db", bram.url)
    return anna, bram, read_dossier_file(north).id, read_dossier_file(south).id, database


def test_each_team_sees_only_its_own_dossiers(
    two_teams, postgres: Server, archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]  # type: ignore[no-untyped-def]
) -> None:
    anna, bram, north, south, database = two_teams
    assert [line.split("\t")[0] for line in ok(capsys, "archive", "list", "--db", anna.url)] == [north]
    assert [line.split("\t")[0] for line in ok(capsys, "archive", "list", "--db", bram.url)] == [south]
    owner = sorted(line.split("\t")[0] for line in ok(capsys, "archive", "list", "--db", archive_url))
    assert owner == sorted([north, south])  # the owner sees every dossier

    # bram cannot pull, search or list the promises of Noord's dossier
    code, _, err = run(capsys, "archive", "pull", north, "--db", bram.url, "--out", str(tmp_path / "x.bricoleur"))
    assert code == 1 and north in err
    assert not (tmp_path / "x.bricoleur").exists()
    code, out, _ = run(capsys, "archive", "search", "kastanjes", "--db", bram.url)
    assert (code, out) == (0, [])
    assert ok(capsys, "archive", "search", "kastanjes", "--db", anna.url)[0].startswith(north)

    # and in plain SQL, as bram: no row of Noord's dossier in any table, nothing to change or add
    with bram.connect(postgres, database) as conn:
        tables = [t for t in dossier_tables(conn) if not t.startswith("public_")]
        assert {"archive_dossier", "note", "person", "meeting", "archive_deletion"} <= set(tables)
        for table in tables:
            assert conn.execute(f"SELECT count(*) FROM {table} WHERE dossier_id = %s", [north]).fetchone() == (0,), table
        assert conn.execute("SELECT count(*) FROM public_note WHERE dossier_id = %s", [north]).fetchone() == (0,)
        assert conn.execute("UPDATE note SET text = 'weg' WHERE dossier_id = %s", [north]).rowcount == 0
        assert conn.execute("DELETE FROM archive_dossier WHERE dossier_id = %s", [north]).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO archive_deletion (dossier_id, id, kind, deleted_at, version) "
                "VALUES (%s, 'x', 'note', '2026-01-01T00:00:00', 1)",
                [north],
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("UPDATE archive_dossier SET team = 'Noord' WHERE dossier_id = %s", [south])
        # what bram may see of the members: only himself
        assert conn.execute("SELECT role, team FROM archive_member").fetchall() == [(bram.role, "Zuid")]
    with anna.connect(postgres, database) as conn:
        assert conn.execute("SELECT text FROM note WHERE dossier_id = %s", [north]).fetchall() == [
            ("De kastanjes moeten blijven",)
        ]
    with postgres.admin(database) as conn:  # nothing of Noord's was changed by bram's tries
        assert conn.execute("SELECT count(*) FROM note WHERE dossier_id = %s AND text = 'weg'", [north]).fetchone() == (0,)
        assert conn.execute("SELECT team FROM archive_dossier ORDER BY team").fetchall() == [("Noord",), ("Zuid",)]


def test_a_member_pushes_again_and_a_member_in_two_teams_must_say_which(
    english_messages: None,
    two_teams, postgres: Server, archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]  # type: ignore[no-untyped-def]
) -> None:
    anna, bram, north, south, database = two_teams
    # anna pulls her dossier and pushes it again: her row-level security allows it (INSERT, no COPY)
    copy = tmp_path / "copy.bricoleur"
    ok(capsys, "archive", "pull", north, "--db", anna.url, "--out", str(copy))
    assert ok(capsys, "archive", "push", str(copy), "--db", anna.url)[0].endswith("as revision 2; replaced the archive's copy")
    # in a second team, a new dossier needs --team
    ok(capsys, "archive", "member", "add", anna.role, "--team", "Zuid", "--db", archive_url)
    third = write(tmp_path / "derde.bricoleur", dossier_with_notes("Kerkplein", ["Bankjes"]))
    code, _, err = run(capsys, "archive", "push", str(third), "--db", anna.url)
    assert code == 1 and "Noord, Zuid" in err
    ok(capsys, "archive", "push", str(third), "--team", "Zuid", "--db", anna.url)
    # bram (Zuid) now sees it; a team anna is not in is refused
    assert read_dossier_file(third).id in "".join(ok(capsys, "archive", "list", "--db", bram.url))
    fourth = write(tmp_path / "vierde.bricoleur", dossier_with_notes("Markt", ["Kramen"]))
    ok(capsys, "archive", "team", "add", "West", "--db", archive_url)
    code, _, err = run(capsys, "archive", "push", str(fourth), "--team", "West", "--db", anna.url)
    assert code == 1 and anna.role in err
    # bram pushes a copy of Noord's dossier: refused in one line, Noord's rows untouched
    code, _, err = run(capsys, "archive", "push", str(copy), "--db", bram.url)
    assert code == 1 and "nothing was pushed" in err and err.count("\n") == 1
    # taken out of Zuid, anna no longer sees Zuid's dossiers
    ok(capsys, "archive", "member", "remove", anna.role, "--team", "Zuid", "--db", archive_url)
    assert [line.split("\t")[0] for line in ok(capsys, "archive", "list", "--db", anna.url)] == [north]
    # a dossier pushed by the owner before teams existed is nobody's until handed to a team
    old = write(tmp_path / "oud.bricoleur", dossier_with_notes("Oude haven", ["Kades"]))
    ok(capsys, "archive", "push", str(old), "--db", archive_url)
    assert read_dossier_file(old).id not in "".join(ok(capsys, "archive", "list", "--db", anna.url))
    ok(capsys, "archive", "team", "assign", read_dossier_file(old).id, "--team", "Noord", "--db", archive_url)
    assert read_dossier_file(old).id in "".join(ok(capsys, "archive", "list", "--db", anna.url))
    listed = ok(capsys, "archive", "team", "list", "--db", archive_url)
    assert listed[0].startswith("Noord\tmembers: " + anna.role)


def test_every_table_with_a_dossier_id_has_the_policy_even_one_added_later(
    two_teams, postgres: Server, archive_url: str  # type: ignore[no-untyped-def]
) -> None:
    anna, bram, north, south, database = two_teams
    with postgres.admin(database) as conn:
        tables = dossier_tables(conn)
        secured = {
            r[0] for r in conn.execute(
                "SELECT c.relname FROM pg_class c JOIN pg_policies p ON p.tablename = c.relname "
                "WHERE c.relrowsecurity AND p.policyname = 'archive_team_rows'"
            )
        }  # fmt: skip
        assert set(tables) <= secured
    # a table a later migration added (the merging's conflicts) is covered by the same rule
    assert "archive_conflict" in tables
    archive = open_archive(archive_url)
    with archive.transaction() as conn:
        conn.exec_driver_sql(
            "INSERT INTO archive_conflict (id, dossier_id, kind, entity_id, what, pushed_with, pushed_by, at) "
            f"VALUES ('c1', '{north}', 'note', 'n1', 'kastanje', '{{}}', 'anna', now()), "
            f"('c2', '{south}', 'note', 'n2', 'fiets', '{{}}', 'bram', now())"
        )
    archive.engine.dispose()
    with bram.connect(postgres, database) as conn:
        assert conn.execute("SELECT id FROM archive_conflict").fetchall() == [("c2",)]
    with anna.connect(postgres, database) as conn:
        assert conn.execute("SELECT id FROM archive_conflict").fetchall() == [("c1",)]


PEOPLE_NOTES = [
    "Ayşe Özdemir vraagt om een bankje bij de wilg.",
    "Mail Piotr Wiśniewski op piotr.w@example.com of bel 06-12345672 over het maaien.",
    "Volgens mevrouw Ahmed (f.ahmed@example.nl) is de moestuin al vol.",
    "Joost van der Meer belt terug: 053-4301234.",
    "Buurman Kees Hoogendoorn van nummer 14 wil een hek.",
    "Gerda Jansen en S. Bakker komen de volgende keer ook.",
]
STRANGERS = ("Hoogendoorn",)


def _demo_with_names(path: Path) -> Path:
    demo = build_demo_dossier()
    notes = demo.meetings[0].notes
    for note, text in zip(notes, PEOPLE_NOTES, strict=False):
        note.text = text
    notes[0].answer = "Ayşe krijgt antwoord van Linh Nguyen (linh@deschakel.example.nl)."
    demo.promises[0].reason = "Afgesproken met Fatima Ahmed, 06-12345673."
    return write(path, demo)


def _forbidden_words(path: Path) -> list[str]:
    dossier = read_dossier_file(path)
    words = list(STRANGERS)
    for person in dossier.people:
        words.append(person.name)
        words.append(person.name.split()[-1])  # the surname on its own
        words += [w for w in (person.email, person.phone) if w]
    return words


def test_the_adviser_role_sees_what_the_public_report_shows_and_no_name(
    postgres: Server, archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = database_of(archive_url)
    carla = login_role(postgres, database, "carla")
    park = _demo_with_names(tmp_path / "park.bricoleur")
    ok(capsys, "archive", "team", "add", "Noord", "--db", archive_url)
    ok(capsys, "archive", "push", str(park), "--team", "Noord", "--db", archive_url)
    ok(capsys, "archive", "grant-adviser", carla.role, "--db", archive_url)

    words = _forbidden_words(park)
    assert "Hoogendoorn" in words and "a.ozdemir@example.nl" in words and "Özdemir" in words
    with carla.connect(postgres, database) as conn:
        readable = [
            r[0] for r in conn.execute(
                "SELECT table_name FROM information_schema.table_privileges WHERE grantee = current_user "
                "AND privilege_type = 'SELECT' ORDER BY table_name"
            )
        ]  # fmt: skip
        public = [t for t in readable if t.startswith("public_")]
        assert public == ["public_dossier", "public_meeting", "public_note", "public_promise"]
        assert set(readable) - set(public) == {"archive_alembic_version", "archive_info", "archive_member"}
        seen = []
        for table in public:
            seen += [r[0] for r in conn.execute(f"SELECT t::text FROM {table} t")]
        everything = "\n".join(seen)
        # the notes, answers and promises are there, masked as in the public report
        assert "bankje bij de wilg" in everything and "[naam]" in everything
        assert "[e-mail]" in everything and "[telefoon]" in everything
        assert conn.execute("SELECT count(*) FROM public_note").fetchone() == (35,)
        assert conn.execute("SELECT names_scanned FROM public_dossier").fetchone() == (True,)
        for word in words:
            assert word.casefold() not in everything.casefold(), word
        # no person table, no unmasked note, no dossier row
        for table in ("person", "note", "archive_dossier", "stakeholder", "promise"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT count(*) FROM {table}")
    # the command line as the adviser: the masked copies are listed and read, without a name
    assert ok(capsys, "archive", "list", "--db", carla.url) == [
        "d-van-heekplein\tTijdelijk park Van Heekplein\tNoord\tmasked copy"
    ]
    lines = ok(capsys, "archive", "masked", "d-van-heekplein", "--db", carla.url)
    first = read_dossier_file(park).meetings[0]
    assert lines[0] == f"{first.starts_at:%Y-%m-%d} {first.title}\tnote 1\t[naam] vraagt om een bankje bij de wilg." + (
        "\t[naam] krijgt antwoord van [naam] ([e-mail])."
    )
    assert len(lines) == 35 + 9
    for word in words:
        assert word.casefold() not in "\n".join(lines).casefold(), word
    # pulling or searching the full dossier is refused in one line
    code, _, err = run(capsys, "archive", "search", "wilg", "--db", carla.url)
    assert code == 1 and carla.role in err and err[-1] == "\n" and err.count("\n") == 1
    code, _, err = run(capsys, "archive", "pull", "d-van-heekplein", "--out", str(tmp_path / "x.bricoleur"), "--db", carla.url)
    assert code == 1 and carla.role in err and not (tmp_path / "x.bricoleur").exists()
    # and nothing masked is there for a dossier pushed without a masked copy (an older app)
    assert ok(capsys, "archive", "masked", "d-elders", "--db", carla.url) == []


def test_an_adviser_of_one_team_sees_only_that_teams_masked_copies(
    two_teams, postgres: Server, archive_url: str, capsys: pytest.CaptureFixture[str]  # type: ignore[no-untyped-def]
) -> None:
    anna, bram, north, south, database = two_teams
    dirk = login_role(postgres, database, "dirk")
    ok(capsys, "archive", "grant-adviser", dirk.role, "--team", "Zuid", "--db", archive_url)
    with dirk.connect(postgres, database) as conn:
        assert conn.execute("SELECT dossier_id, title FROM public_dossier").fetchall() == [(south, "Stationsplein")]
        assert conn.execute("SELECT text FROM public_note").fetchall() == [("Meer fietsenrekken bij het station",)]


def test_the_connection_says_whether_it_is_encrypted(postgres: Server, archive_url: str, tmp_path: Path) -> None:
    archive = connect(archive_url)  # sslmode=prefer: the throwaway cluster offers no TLS
    assert archive.tls is False
    archive.engine.dispose()
    if shutil.which("openssl") is None:
        pytest.fail("openssl is needed to make the throwaway cluster's certificate")
    cert, key = postgres.folder / "server.crt", postgres.folder / "server.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    key.chmod(0o600)
    if os.geteuid() == 0:
        for path in (cert, key):
            shutil.chown(path, "postgres", "postgres")
    with postgres.admin() as conn:
        conn.execute(f"ALTER SYSTEM SET ssl_cert_file = '{cert}'")
        conn.execute(f"ALTER SYSTEM SET ssl_key_file = '{key}'")
        conn.execute("ALTER SYSTEM SET ssl = on")
        conn.execute("SELECT pg_reload_conf()")
    try:
        archive = connect(archive_url)
        assert archive.tls is True
        archive.engine.dispose()
        archive = connect(archive_url + "?sslmode=disable")  # asked for none: says so
        assert archive.tls is False
        archive.engine.dispose()
    finally:
        with postgres.admin() as conn:
            for setting in ("ssl", "ssl_cert_file", "ssl_key_file"):
                conn.execute(f"ALTER SYSTEM RESET {setting}")
            conn.execute("SELECT pg_reload_conf()")


def test_the_set_up_in_the_docs_works_with_an_owner_that_is_no_superuser(
    postgres: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # docs/ARCHIVE.md, "Setting it up (once)", then "Teams and roles", word for word
    database = f"bricoleur_{os.getpid()}_{id(tmp_path) % 10_000}"
    owner = login_role(postgres, database, "bricoleur_owner")
    with postgres.admin() as conn:
        conn.execute(f"CREATE DATABASE {database} OWNER {owner.role} ENCODING 'UTF8' TEMPLATE template0")
    with postgres.admin(database) as conn:
        conn.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
        conn.execute(f"ALTER SCHEMA public OWNER TO {owner.role}")
    anna = login_role(postgres, database, "anna")
    assert ok(capsys, "archive", "list", "--db", owner.url) == []
    ok(capsys, "archive", "team", "add", "Noord", "--db", owner.url)
    ok(capsys, "archive", "member", "add", anna.role, "--team", "Noord", "--db", owner.url)
    park = write(tmp_path / "park.bricoleur", build_demo_dossier())
    ok(capsys, "archive", "push", str(park), "--db", anna.url)
    assert ok(capsys, "archive", "list", "--db", anna.url)[0].startswith("d-van-heekplein\t")
    assert ok(capsys, "archive", "promises", "--overdue", "--db", anna.url) is not None
    # a role in no team reaches nothing
    bram = login_role(postgres, database, "bram")
    code, _, err = run(capsys, "archive", "list", "--db", bram.url)
    assert code == 1 and bram.role in err


def test_a_role_dropped_from_the_server_does_not_stop_the_others_being_granted(
    postgres: Server, archive_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    database = database_of(archive_url)
    gone, anna = login_role(postgres, database, "weg"), login_role(postgres, database, "anna")
    ok(capsys, "archive", "team", "add", "Noord", "--db", archive_url)
    ok(capsys, "archive", "member", "add", gone.role, "--team", "Noord", "--db", archive_url)
    with postgres.admin(database) as conn:
        conn.execute(f"DROP OWNED BY {gone.role}")
        conn.execute(f"DROP ROLE {gone.role}")
    ok(capsys, "archive", "member", "add", anna.role, "--team", "Noord", "--db", archive_url)
    assert ok(capsys, "archive", "list", "--db", anna.url) == []
