"""The three-way merge on plain rows (archive/merging.py): no database, every case by hand."""

from __future__ import annotations

from typing import Any

from bricoleur_desk.archive.merging import merge

Row = dict[str, Any]


def note(row_id: str, number: int, text: str, version: int = 1, meeting: str = "m1", **more: Any) -> Row:
    return {
        "id": row_id, "meeting_id": meeting, "position": number, "number": number, "text": text,
        "status": "open", "version": version, **more,
    }


def dossier(**tables: list[Row]) -> dict[str, list[Row]]:
    found: dict[str, list[Row]] = {
        "dossier": [{"id": "d", "title": "Plein", "version": 1}],
        "meeting": [{"id": "m1", "dossier_id": "d", "position": 0, "title": "Avond", "version": 1}],
    }
    found.update(tables)
    return found


def base_of(tables: dict[str, list[Row]]) -> dict[str, int]:
    return {r["id"]: r["version"] for name, rows in tables.items() if name != "deletion" for r in rows}


def texts(tables: dict[str, list[Row]]) -> dict[str, str]:
    return {r["id"]: r["text"] for r in tables["note"]}


def test_changes_to_different_entities_merge_and_what_came_from_the_archive_is_counted() -> None:
    start = dossier(note=[note("a", 1, "Drempels"), note("b", 2, "Bomen")])
    base = base_of(start)
    mine = dossier(note=[note("a", 1, "Drempels hoger", version=2), note("b", 2, "Bomen")])
    theirs = dossier(note=[note("a", 1, "Drempels"), note("b", 2, "Meer bomen", version=2)])
    result = merge(base, mine, theirs)
    assert texts(result.tables) == {"a": "Drempels hoger", "b": "Meer bomen"}
    assert (result.merged, result.conflicts, result.renumbered) == (1, [], [])
    assert {r["id"]: r["version"] for r in result.tables["note"]} == {"a": 2, "b": 2}


def test_both_changed_is_a_conflict_and_the_archive_side_stays_in_place() -> None:
    base = base_of(dossier(note=[note("a", 1, "Drempels")]))
    mine = dossier(note=[note("a", 1, "Drempels hoger", version=2, status="answered")])
    theirs = dossier(note=[note("a", 1, "Geen drempels", version=3)])
    result = merge(base, mine, theirs)
    assert texts(result.tables) == {"a": "Geen drempels"}
    [conflict] = result.conflicts
    assert (conflict.kind, conflict.entity_id, conflict.what) == ("note", "a", "note 1 (text, status)")
    assert conflict.archive_side["text"] == "Geen drempels"
    assert conflict.pushed_side["text"] == "Drempels hoger"


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    base = base_of(dossier(note=[note("a", 1, "Drempels")]))
    same = dossier(note=[note("a", 1, "Drempels hoger", version=2)])
    result = merge(base, same, dossier(note=[note("a", 1, "Drempels hoger", version=2)]))
    assert result.conflicts == [] and texts(result.tables) == {"a": "Drempels hoger"}


def test_changed_here_deleted_there_and_the_other_way_round() -> None:
    base = base_of(dossier(note=[note("a", 1, "Drempels"), note("b", 2, "Bomen")]))
    deleted_a = {"id": "a", "kind": "note", "deleted_at": "2026-12-01T10:00:00", "version": 2}
    deleted_b = {"id": "b", "kind": "note", "deleted_at": "2026-12-01T11:00:00", "version": 2}
    mine = dossier(note=[note("a", 1, "Drempels hoger", version=2)], deletion=[deleted_b])
    theirs = dossier(note=[note("b", 2, "Meer bomen", version=2)], deletion=[deleted_a])
    result = merge(base, mine, theirs)
    whats = sorted(c.what for c in result.conflicts)
    assert whats == ['note 1 (changed here, deleted there)', 'note 2 (deleted here, changed there)']
    # the archive's side in place: a stays deleted (its record kept), b stays with the colleague's text
    assert texts(result.tables) == {"b": "Meer bomen"}
    assert [d["id"] for d in result.tables["deletion"]] == ["a"]
    pushed = {c.entity_id: c.pushed_side for c in result.conflicts}
    assert pushed["a"]["text"] == "Drempels hoger" and pushed["b"] is None


def test_two_laptops_adding_notes_get_distinct_numbers_the_pushers_renumbered() -> None:
    base = base_of(dossier(note=[note("a", 1, "Drempels")]))
    mine = dossier(note=[note("a", 1, "Drempels"), note("x", 2, "Mijn eerste"), note("y", 3, "Mijn tweede")])
    theirs = dossier(note=[note("a", 1, "Drempels"), note("z", 2, "Van de collega")])
    result = merge(base, mine, theirs)
    numbers = {r["id"]: r["number"] for r in result.tables["note"]}
    assert numbers == {"a": 1, "z": 2, "x": 3, "y": 4}
    assert result.renumbered == [(2, 3), (3, 4)]
    assert {r["id"]: r["version"] for r in result.tables["note"]}["x"] == 2  # a renumbering is a change


def test_new_notes_without_a_clash_keep_their_numbers() -> None:
    base = base_of(dossier(note=[note("a", 1, "Drempels")]))
    mine = dossier(note=[note("a", 1, "Drempels"), note("x", 2, "Mijn eerste")])
    theirs = dossier(note=[note("a", 1, "Drempels"), note("m2n", 1, "Andere avond", meeting="m2")], meeting=[
        {"id": "m1", "dossier_id": "d", "position": 0, "title": "Avond", "version": 1},
        {"id": "m2", "dossier_id": "d", "position": 1, "title": "Tweede avond", "version": 1},
    ])
    result = merge(base, mine, theirs)
    assert result.renumbered == [] and {r["id"]: r["number"] for r in result.tables["note"]} == {
        "a": 1, "m2n": 1, "x": 2
    }


def test_a_note_added_to_an_evening_deleted_in_the_archive_waits_with_its_evening() -> None:
    start = dossier(note=[note("a", 1, "Drempels")])
    base = base_of(start)
    mine = dossier(note=[note("a", 1, "Drempels"), note("x", 2, "Nieuw")])
    gone = [
        {"id": "a", "kind": "note", "deleted_at": "2026-12-01T10:00:00", "version": 2},
        {"id": "m1", "kind": "meeting", "deleted_at": "2026-12-01T10:00:00", "version": 2},
    ]
    theirs = dossier(meeting=[], note=[], deletion=gone)
    result = merge(base, mine, theirs)
    assert result.tables["meeting"] == [] and result.tables["note"] == []
    [conflict] = result.conflicts
    assert conflict.entity_id == "m1" and conflict.archive_side is None
    assert conflict.what == 'meeting "Avond" (deleted there, 2 rows under it changed or added here)'
    assert sorted(r["id"] for _, r in conflict.pushed_with) == ["a", "x"]


def test_an_evening_deleted_here_while_the_archive_added_to_it_stays_whole() -> None:
    base = base_of(dossier(note=[note("a", 1, "Drempels")]))
    gone = [
        {"id": "a", "kind": "note", "deleted_at": "2026-12-01T10:00:00", "version": 2},
        {"id": "m1", "kind": "meeting", "deleted_at": "2026-12-01T10:00:00", "version": 2},
    ]
    mine = dossier(meeting=[], note=[], deletion=gone)
    theirs = dossier(note=[note("a", 1, "Drempels"), note("z", 2, "Van de collega")])
    result = merge(base, mine, theirs)
    assert sorted(texts(result.tables).values()) == ["Drempels", "Van de collega"]
    assert [m["id"] for m in result.tables["meeting"]] == ["m1"]
    assert result.tables["deletion"] == []
    [conflict] = result.conflicts
    assert (conflict.entity_id, conflict.pushed_side) == ("m1", None)
    assert conflict.what == 'meeting "Avond" (deleted here, rows under it changed there)'


def test_a_conflicts_sides_come_back_from_json_exactly(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Dates, times with and without offset, bytes (a stroke's points, a logo), enums and nested values."""
    import json
    from datetime import UTC, date, datetime

    from bricoleur_desk.archive.conflicts import decode_row, encode_row
    from bricoleur_desk.storage import archive_rows, create_dossier
    from bricoleur_desk.workspace.demo import build_demo_dossier

    with create_dossier(tmp_path / "demo.bricoleur", build_demo_dossier()) as opened:
        tables = archive_rows.read_stored(opened).tables
    checked = 0
    for name, rows in tables.items():
        for row in rows:
            assert decode_row(json.loads(json.dumps(encode_row(row)))) == row, (name, row["id"])
            checked += 1
    assert checked > 100 and tables["stroke"] and tables["meeting"]
    odd = {"a": datetime(2026, 3, 12, 19, 30, tzinfo=UTC), "b": datetime(2026, 3, 12, 19, 30), "c": date(2026, 1, 2),
           "d": b"\x00\xff", "e": {"x": [1, {"y": None}]}, "f": [], "g": None, "h": 1.5, "i": True}
    back = decode_row(json.loads(json.dumps(encode_row(odd))))
    assert back == odd and back["a"].tzinfo is not None and back["b"].tzinfo is None


def test_what_a_merging_push_says() -> None:
    from pathlib import Path

    from bricoleur_desk.archive.transfer import Pushed

    pushed = Pushed("d-1", "Plein", 7, True, merged=2, conflicts=3, renumbered=[(12, 15)], merge=True, path=Path("a.bricoleur"))
    assert [str(line) for line in pushed.lines()] == [
        "pushed d-1 (Plein) as revision 7, merged with what colleagues pushed meanwhile; a.bricoleur now holds the merged dossier",
        "kept what colleagues changed and this file did not have: 2 items",
        "new notes of this file renumbered after the highest number of their evening in the archive "
        "(the archive's notes keep theirs): 12 -> 15",
        "3 conflicts (changed on both sides): the archive keeps its version until someone chooses; "
        "list them with archive conflicts d-1",
    ]
    assert [str(line) for line in Pushed("d-1", "Plein", 1, False).lines()] == [
        "pushed d-1 (Plein) as revision 1; new in the archive"
    ]
