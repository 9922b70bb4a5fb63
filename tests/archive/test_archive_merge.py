"""Two laptops on one dossier in the team archive: merged pushes, conflicts kept until chosen, note numbers.

Against the real PostgreSQL of tests/archive (conftest.py). Each laptop is a file pulled from
the archive and changed the way the app changes it (a session writing edits).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from bricoleur_desk.archive.conflicts import list_conflicts, resolve
from bricoleur_desk.archive.connection import Archive, open_archive
from bricoleur_desk.archive.errors import ConnectionLostError
from bricoleur_desk.archive.transfer import pull, push
from bricoleur_desk.domain.edits import Change, Insert, Remove
from bricoleur_desk.domain.model import Note, Promise
from bricoleur_desk.storage import read_dossier_file

from .cluster import Server
from .test_archive import _add_note, _edit, rows, run, small_dossier, write
from .test_archive_failures import _big_dossier


def two_laptops(archive: Archive, tmp_path: Path, notes: list[str] = ("Drempels", "Bomen")) -> tuple[Path, Path, str]:  # type: ignore[assignment]
    """Mine pushed first; the colleague's file pulled from the archive right after."""
    mine = write(tmp_path / "mine.bricoleur", small_dossier("Molenstraat", list(notes), [Promise("p1", "m1", "Drempels plaatsen")]))
    pushed = push(archive, mine)
    colleague = pull(archive, pushed.dossier_id, tmp_path / "colleague.bricoleur").path
    return mine, colleague, pushed.dossier_id


def texts(path: Path) -> list[tuple[int, str]]:
    return [(n.number, n.text) for n in read_dossier_file(path).meetings[0].notes]


def in_archive(archive: Archive, dossier_id: str, tmp_path: Path, name: str) -> Path:
    return pull(archive, dossier_id, tmp_path / f"{name}.bricoleur").path


def test_changes_to_different_entities_merge_and_the_file_holds_the_merged_dossier(
    archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], english_messages: None
) -> None:
    archive = open_archive(archive_url)
    mine, colleague, dossier_id = two_laptops(archive, tmp_path)
    _edit(colleague, Change("n1", (("text", "Drempels bij de school"),)))
    assert push(archive, colleague).revision == 2
    _edit(mine, Change("n2", (("text", "Bomen langs de gracht"),)), Change("p1", (("owner", "Team Verkeer"),)))

    code, out, err = run(capsys, "archive", "push", str(mine), "--db", archive_url)
    assert (code, err) == (0, "")
    assert out == [
        f"bricoleur-desk: pushed {dossier_id} (Molenstraat) as revision 3, merged with what colleagues pushed "
        f"meanwhile; {mine} now holds the merged dossier",
        "bricoleur-desk: kept what colleagues changed and this file did not have: 1 items",
    ]
    expected = [(1, "Drempels bij de school"), (2, "Bomen langs de gracht")]
    assert texts(in_archive(archive, dossier_id, tmp_path, "check")) == expected
    assert read_dossier_file(in_archive(archive, dossier_id, tmp_path, "check2")).promises[0].owner == "Team Verkeer"
    # the file holds the merged dossier and the archive's revision: its next push merges nothing
    assert texts(mine) == expected
    assert rows(mine, "SELECT revision FROM archive_origin") == [(3,)]
    assert list_conflicts(archive) == []
    again = push(archive, mine)
    assert (again.revision, again.merge, again.merged) == (4, False, 0)

    # the colleague's file is behind now: its push takes my changes and changes nothing of theirs
    _edit(colleague, Change("n1", (("text", "Drempels bij de school, voor de zomer"),)))
    merged = push(archive, colleague)
    assert (merged.merge, merged.merged, merged.conflicts) == (True, 2, 0)  # my note and my promise
    final = read_dossier_file(colleague)
    assert [n.text for n in final.meetings[0].notes] == ["Drempels bij de school, voor de zomer", "Bomen langs de gracht"]
    assert final.promises[0].owner == "Team Verkeer"


def _both_changed(archive: Archive, tmp_path: Path) -> tuple[Path, str, str]:
    mine, colleague, dossier_id = two_laptops(archive, tmp_path)
    _edit(colleague, Change("n1", (("text", "Versie van de collega"),)))
    push(archive, colleague)
    _edit(mine, Change("n1", (("text", "Mijn versie"),)), Change("n1", (("votes", 3),)))
    pushed = push(archive, mine)
    assert (pushed.merge, pushed.conflicts, pushed.merged) == (True, 1, 0)
    [conflict] = list_conflicts(archive, dossier_id)
    assert (conflict.kind, conflict.entity_id, conflict.what) == ("note", "n1", "note 1 (text, votes)")
    assert conflict.archive_side["text"] == "Versie van de collega" and conflict.archive_side["votes"] == 0
    assert conflict.pushed_side["text"] == "Mijn versie" and conflict.pushed_side["votes"] == 3
    assert conflict.pushed_by.startswith("postgres@")
    # meanwhile the archive and my file hold the archive's side: one consistent dossier
    assert texts(in_archive(archive, dossier_id, tmp_path, "meanwhile"))[0] == (1, "Versie van de collega")
    assert texts(mine)[0] == (1, "Versie van de collega")
    return mine, dossier_id, conflict.id


def test_both_changed_is_a_conflict_resolved_for_the_pushed_side(
    archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], english_messages: None
) -> None:
    archive = open_archive(archive_url)
    mine, dossier_id, conflict_id = _both_changed(archive, tmp_path)
    code, out, _ = run(capsys, "archive", "conflicts", "--db", archive_url)
    assert code == 0 and len(out) == 1
    fields = out[0].split("\t")
    assert (fields[0], fields[1], fields[4]) == (conflict_id, dossier_id, "note 1 (text, votes)")
    assert fields[3].startswith("postgres@")

    assert run(capsys, "archive", "conflicts", "--db", archive_url, dossier_id)[1] == out  # one dossier's
    assert run(capsys, "archive", "conflicts", "--db", archive_url, "d-ander")[1] == []
    code, out, err = run(capsys, "archive", "resolve", conflict_id, "--keep", "pushed", "--db", archive_url)
    assert (code, err) == (0, "")
    assert out == [f"bricoleur-desk: conflict {conflict_id} resolved: the pushed version is now in the archive"]
    after = read_dossier_file(in_archive(archive, dossier_id, tmp_path, "after"))
    note = after.meetings[0].notes[0]
    assert (note.text, note.votes) == ("Mijn versie", 3)
    assert list_conflicts(archive) == []
    code, out, err = run(capsys, "archive", "conflicts", "--db", archive_url)
    assert (code, out, err) == (0, [], "bricoleur-desk: no conflicts waiting for a choice\n")
    # my file (archive's side, revision 3) learns the choice at its next push: taken from the archive
    pushed = push(archive, mine)
    assert (pushed.merge, pushed.merged, pushed.conflicts) == (True, 1, 0)
    assert texts(mine)[0] == (1, "Mijn versie")


def test_both_changed_is_a_conflict_resolved_for_the_archive_side(archive_url: str, tmp_path: Path) -> None:
    archive = open_archive(archive_url)
    _mine, dossier_id, conflict_id = _both_changed(archive, tmp_path)
    before = rows(in_archive(archive, dossier_id, tmp_path, "before"), "SELECT revision FROM archive_origin")
    resolve(archive, conflict_id, "archive")
    after = in_archive(archive, dossier_id, tmp_path, "after")
    assert texts(after)[0] == (1, "Versie van de collega")
    assert rows(after, "SELECT revision FROM archive_origin") == before  # nothing changed in the dossier
    assert list_conflicts(archive) == []
    from bricoleur_desk.archive.errors import ArchiveError

    with pytest.raises(ArchiveError, match=f"there is no conflict {conflict_id}"):
        resolve(archive, conflict_id, "pushed")


def _changed_here_deleted_there(archive: Archive, tmp_path: Path) -> tuple[Path, str, str]:
    mine, colleague, dossier_id = two_laptops(archive, tmp_path)
    _edit(colleague, Remove("note", "n2"))
    push(archive, colleague)
    _edit(mine, Change("n2", (("text", "Bomen, en nu met een antwoord"),)), Change("n2", (("answer", "Komt er"),)))
    assert push(archive, mine).conflicts == 1
    [conflict] = list_conflicts(archive)
    assert conflict.what == "note 2 (changed here, deleted there)"
    assert conflict.archive_side is None and conflict.pushed_side["answer"] == "Komt er"
    assert texts(mine) == [(1, "Drempels")]  # the archive's side in place: deleted
    return mine, dossier_id, conflict.id


def test_changed_here_deleted_there_resolved_both_ways(archive_url: str, tmp_path: Path) -> None:
    archive = open_archive(archive_url)
    _mine, dossier_id, conflict_id = _changed_here_deleted_there(archive, tmp_path)
    resolve(archive, conflict_id, "pushed")
    back = in_archive(archive, dossier_id, tmp_path, "back")
    assert texts(back) == [(1, "Drempels"), (2, "Bomen, en nu met een antwoord")]
    assert read_dossier_file(back).meetings[0].notes[1].answer == "Komt er"
    assert rows(back, "SELECT id FROM deletion") == []  # no longer deleted

    other = tmp_path / "other"
    other.mkdir()
    archive2 = open_archive(archive_url.rsplit("/", 1)[0] + "/" + _new_db(archive_url))
    _mine2, dossier_id2, conflict_id2 = _changed_here_deleted_there(archive2, other)
    resolve(archive2, conflict_id2, "archive")
    kept = in_archive(archive2, dossier_id2, other, "kept")
    assert texts(kept) == [(1, "Drempels")]
    assert rows(kept, "SELECT id, kind FROM deletion") == [("n2", "note")]
    assert list_conflicts(archive2) == []


def _new_db(archive_url: str) -> str:
    """A second empty database on the same server (one test, two independent stories)."""
    import psycopg

    name = f"{archive_url.rsplit('/', 1)[1]}_b"
    with psycopg.connect(archive_url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return name


def test_deleted_here_changed_there_resolved_both_ways(archive_url: str, tmp_path: Path) -> None:
    archive = open_archive(archive_url)
    mine, colleague, dossier_id = two_laptops(archive, tmp_path)
    _edit(colleague, Change("p1", (("text", "Drempels plaatsen in mei"),)))
    push(archive, colleague)
    _edit(mine, Remove("promise", "p1"))
    assert push(archive, mine).conflicts == 1
    [conflict] = list_conflicts(archive)
    assert conflict.what == 'promise "Drempels plaatsen in mei" (deleted here, changed there)'
    assert conflict.pushed_side is None and conflict.archive_side["text"] == "Drempels plaatsen in mei"
    assert [p.text for p in read_dossier_file(mine).promises] == ["Drempels plaatsen in mei"]  # in place
    resolve(archive, conflict.id, "archive")
    assert [p.text for p in read_dossier_file(in_archive(archive, dossier_id, tmp_path, "a")).promises] == [
        "Drempels plaatsen in mei"
    ]

    # again, now choosing the deletion: the promise goes, its deletion recorded
    _edit(colleague, Change("p1", (("text", "Drempels plaatsen in juni"),)))
    push(archive, colleague)
    _edit(mine, Remove("promise", "p1"))
    assert push(archive, mine).conflicts == 1
    [conflict] = list_conflicts(archive)
    resolve(archive, conflict.id, "pushed")
    gone = in_archive(archive, dossier_id, tmp_path, "b")
    assert read_dossier_file(gone).promises == []
    assert ("p1", "promise") in rows(gone, "SELECT id, kind FROM deletion")


def test_two_laptops_adding_notes_get_distinct_numbers_and_the_push_says_so(
    archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = open_archive(archive_url)
    mine, colleague, dossier_id = two_laptops(archive, tmp_path)
    _add_note(colleague, "Van de collega")  # number 3
    push(archive, colleague)
    _add_note(mine, "Mijn eerste")  # number 3 as well
    _add_note(mine, "Mijn tweede")  # 4

    code, out, err = run(capsys, "archive", "push", str(mine), "--db", archive_url)  # Dutch by default
    assert (code, err) == (0, "")
    assert out[0] == (
        f"bricoleur-desk: {dossier_id} (Molenstraat) verstuurd als versie 3, samengevoegd met wat collega's "
        f"intussen verstuurden; {mine} bevat nu het samengevoegde dossier"
    )
    assert out[1:] == [
        "bricoleur-desk: behouden wat collega's wijzigden en dit bestand nog niet had: 1 onderdelen",
        "bricoleur-desk: nieuwe notities van dit bestand hernummerd na het hoogste nummer van hun avond in het "
        "archief (de notities in het archief houden hun nummer): 3 -> 4, 4 -> 5"
    ]
    expected = [(1, "Drempels"), (2, "Bomen"), (3, "Van de collega"), (4, "Mijn eerste"), (5, "Mijn tweede")]
    assert sorted(texts(in_archive(archive, dossier_id, tmp_path, "check"))) == expected
    assert sorted(texts(mine)) == expected
    assert list_conflicts(archive) == []


def test_a_note_added_to_an_evening_deleted_in_the_archive_comes_back_with_it(archive_url: str, tmp_path: Path) -> None:
    from datetime import datetime

    from bricoleur_desk.domain.model import Meeting

    archive = open_archive(archive_url)
    mine, colleague, dossier_id = two_laptops(archive, tmp_path)
    _edit(colleague, Insert("meeting", dossier_id, Meeting("m2", "Tweede avond", datetime(2026, 4, 2, 19, 30))))
    push(archive, colleague)
    push(archive, mine)  # mine learns of m2
    _edit(colleague, Remove("meeting", "m2"))
    push(archive, colleague)
    _edit(mine, Insert("note", "m2", Note("x", 1, "Op de tweede avond")))
    assert push(archive, mine).conflicts == 1
    [conflict] = list_conflicts(archive)
    assert conflict.what == 'meeting "Tweede avond" (deleted there, 1 rows under it changed or added here)'
    assert [m.id for m in read_dossier_file(mine).meetings] == ["m1"]
    resolve(archive, conflict.id, "pushed")
    back = read_dossier_file(in_archive(archive, dossier_id, tmp_path, "back"))
    assert [(m.id, [n.text for n in m.notes]) for m in back.meetings][1] == ("m2", ["Op de tweede avond"])


def test_pushing_an_unchanged_file_replaces_and_merges_nothing(
    archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], english_messages: None
) -> None:
    archive = open_archive(archive_url)
    mine, _colleague, dossier_id = two_laptops(archive, tmp_path)
    before = rows(mine, "SELECT id, text, version FROM note ORDER BY id")
    code, out, _ = run(capsys, "archive", "push", str(mine), "--db", archive_url)
    assert (code, out) == (0, [f"bricoleur-desk: pushed {dossier_id} (Molenstraat) as revision 2; replaced the archive's copy"])
    assert rows(mine, "SELECT id, text, version FROM note ORDER BY id") == before
    assert rows(mine, "SELECT id, version FROM archive_base WHERE id LIKE 'n%' ORDER BY id") == [
        (i, v) for i, _, v in before
    ]


def test_a_merging_push_whose_connection_is_killed_leaves_the_archive_and_the_file_as_they_were(
    postgres: Server, archive_url: str, tmp_path: Path
) -> None:
    mine = write(tmp_path / "groot.bricoleur", _big_dossier(20_000))
    archive = open_archive(archive_url)
    dossier_id = push(archive, mine).dossier_id
    colleague = pull(archive, dossier_id, tmp_path / "colleague.bricoleur").path
    _add_note(colleague, "Van de collega")
    push(archive, colleague)
    _add_note(mine, "Van mij")
    before = {q: rows(mine, q) for q in ("SELECT id, number, text, version FROM note ORDER BY id",
                                         "SELECT * FROM archive_origin", "SELECT * FROM archive_base ORDER BY id")}
    database = archive_url.rsplit("/", 1)[1]
    failure: list[BaseException] = []

    def pushing() -> None:
        try:
            push(archive, mine)
        except BaseException as e:  # noqa: BLE001 - handed to the test's thread
            failure.append(e)

    worker = threading.Thread(target=pushing)
    killed = False
    with postgres.admin() as admin:
        worker.start()
        deadline = time.monotonic() + 120
        while worker.is_alive() and time.monotonic() < deadline and not killed:
            for (pid,) in admin.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s AND application_name = 'bricoleur-desk' "
                "AND query LIKE 'COPY stroke %%'",
                (database,),
            ).fetchall():
                killed = bool(admin.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0])
            time.sleep(0.005)
        worker.join(120)
    assert killed, "the push ended before its strokes were being sent"
    assert len(failure) == 1 and isinstance(failure[0], ConnectionLostError), failure

    # the archive holds the colleague's revision 2 whole, without conflicts; my file is as it was
    check = in_archive(archive, dossier_id, tmp_path, "check")
    assert rows(check, "SELECT revision FROM archive_origin") == [(2,)]
    assert rows(check, "SELECT count(*) FROM stroke") == [(20_000,)]
    assert "Van mij" not in [t for _, t in texts(check)]
    assert list_conflicts(archive) == []
    assert {q: rows(mine, q) for q in before} == before
    # and pushing again merges
    again = push(archive, mine)
    assert (again.revision, again.renumbered) == (3, [(201, 202)])
    assert texts(mine)[-2:] == [(201, "Van de collega"), (202, "Van mij")]


def test_a_file_open_in_the_app_is_not_merged_into(archive_url: str, tmp_path: Path, english_messages: None) -> None:
    from bricoleur_desk.storage import open_dossier
    from bricoleur_desk.storage.errors import DossierFileError

    archive = open_archive(archive_url)
    mine, colleague, dossier_id = two_laptops(archive, tmp_path)
    _add_note(colleague, "Van de collega")
    push(archive, colleague)
    _add_note(mine, "Van mij")
    before = mine.read_bytes()
    with open_dossier(mine), pytest.raises(DossierFileError, match="is open in another Bricoleur Desk window or on another computer; close it there first"):
        push(archive, mine)
    assert mine.read_bytes() == before
    assert rows(in_archive(archive, dossier_id, tmp_path, "check"), "SELECT revision FROM archive_origin") == [(2,)]


def test_an_encrypted_file_receives_the_merged_dossier_and_stays_encrypted(
    archive_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bricoleur_desk.storage.encryption import encrypt_copy, is_encrypted

    monkeypatch.setenv("BRICOLEUR_PASSPHRASE", "paardenbloem")
    archive = open_archive(archive_url)
    plain = write(tmp_path / "plain.bricoleur", small_dossier("Zorgwoningen", ["Privé", "Tuin"]))
    secret = encrypt_copy(plain, tmp_path / "secret.bricoleur", "paardenbloem")
    dossier_id = push(archive, secret).dossier_id
    colleague = pull(archive, dossier_id, tmp_path / "colleague.bricoleur", passphrase="paardenbloem").path
    _edit(colleague, Change("n1", (("text", "Privé, besproken"),)))
    push(archive, colleague)
    _edit(secret, Change("n2", (("text", "Tuin met bankje"),)))
    assert push(archive, secret).merged == 1
    assert is_encrypted(secret)
    assert texts(secret) == [(1, "Privé, besproken"), (2, "Tuin met bankje")]
    assert not any(p.name.startswith("bricoleur-") for p in tmp_path.iterdir())  # no plain copy left beside it


def test_choosing_the_pushed_side_after_the_archive_changed_again_is_refused(
    archive_url: str, tmp_path: Path, english_messages: None
) -> None:
    from bricoleur_desk.archive.errors import ArchiveError

    archive = open_archive(archive_url)
    mine, dossier_id, conflict_id = _both_changed(archive, tmp_path)
    _edit(mine, Change("n1", (("text", "Na overleg"),)))  # built on the archive's side, pushed without merging
    assert push(archive, mine).merge is False
    with pytest.raises(ArchiveError, match="note 1 \\(text, votes\\) changed in the archive after this conflict was found"):
        resolve(archive, conflict_id, "pushed")
    assert texts(in_archive(archive, dossier_id, tmp_path, "check"))[0] == (1, "Na overleg")
    assert [c.id for c in list_conflicts(archive)] == [conflict_id]  # still there to choose


def test_a_file_pulled_before_bases_were_recorded_merges_without_losing_anything(archive_url: str, tmp_path: Path) -> None:
    archive = open_archive(archive_url)
    mine, colleague, dossier_id = two_laptops(archive, tmp_path, ["Drempels", "Bomen", "Bankjes"])
    import sqlite3

    with sqlite3.connect(mine) as conn:  # as an older Bricoleur Desk left it: an origin, no base
        conn.execute("DELETE FROM archive_base")
    _edit(colleague, Change("n1", (("text", "Versie van de collega"),)))
    _add_note(colleague, "Nieuw van de collega")
    push(archive, colleague)
    _edit(mine, Change("n1", (("text", "Mijn versie"),)), Remove("note", "n3"))
    pushed = push(archive, mine)
    # n1 differs: a conflict; n3 I deleted and nobody changed: deleted; the colleague's new note: kept
    assert pushed.conflicts == 1
    assert [c.what for c in list_conflicts(archive)] == ["note 1 (text)"]
    assert [t for _, t in texts(mine)] == ["Versie van de collega", "Bomen", "Nieuw van de collega"]
    assert rows(mine, "SELECT count(*) FROM archive_base")[0][0] > 0  # the base is there from now on


def test_a_person_erased_in_a_file_without_a_base_stays_erased_after_the_merge(archive_url: str, tmp_path: Path) -> None:
    import sqlite3

    from bricoleur_desk.domain.model import Person
    from bricoleur_desk.storage import open_dossier

    archive = open_archive(archive_url)
    dossier = small_dossier("Molenstraat", ["Drempels"], people=[Person("p-ozdemir", "A. Özdemir")])
    mine = write(tmp_path / "mine.bricoleur", dossier)
    push(archive, mine)
    colleague = pull(archive, dossier.id, tmp_path / "colleague.bricoleur").path
    _edit(colleague, Change("n1", (("text", "Drempels, snel"),)))
    push(archive, colleague)
    with sqlite3.connect(mine) as conn:  # as an older Bricoleur Desk left it: an origin, no base
        conn.execute("DELETE FROM archive_base")
    _edit(mine, Remove("person", "p-ozdemir"))
    with open_dossier(mine) as opened:  # erased: the deletion record no longer spells the id
        opened.load()
        opened.disguise_deleted_ids(["p-ozdemir"])
    assert rows(mine, "SELECT id FROM deletion")[0][0].startswith("erased-")

    push(archive, mine)
    # without a base the colleague's note differs from mine: a conflict; the person stays erased
    assert [c.what for c in list_conflicts(archive)] == ["note 1 (text)"]
    check = in_archive(archive, dossier.id, tmp_path, "check")
    assert read_dossier_file(check).people == [] and read_dossier_file(mine).people == []
    assert texts(check) == [(1, "Drempels, snel")]
    assert "ozdemir" not in str(rows(check, "SELECT * FROM deletion"))
