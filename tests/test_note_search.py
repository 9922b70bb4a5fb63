"""Finding a note by number or words: what the pin's note picker shows."""

from __future__ import annotations

from bricoleur_desk.domain.model import Note
from bricoleur_desk.workspace.note_search import fold, matching_notes

NOTES = [
    Note("n1", 1, "Er wordt veel te hard gereden, vooral 's avonds", raised_by_group="Parkstraat"),
    Note("n4", 4, "Maak een pluktuin bij de school", theme_id="t-groen"),
    Note("n14", 14, "Parkeren bij de school is een probleem"),
    Note("n40", 40, "Het café op de hoek heeft 4 terrassen"),
    Note("n2", 2, "Blijven de oude kastanjes staan?"),
]


def _numbers(query: str) -> list[int]:
    return [n.number for n in matching_notes(NOTES, query, {"t-groen": "Groen"})]


def test_an_empty_query_finds_every_note_in_number_order() -> None:
    assert _numbers("") == [1, 2, 4, 14, 40]


def test_a_number_finds_that_note_first_then_numbers_starting_with_it() -> None:
    assert _numbers("4") == [4, 40]  # and 40's text has a 4, found once
    assert _numbers("14") == [14]
    assert _numbers("1") == [1, 14]


def test_words_are_all_found_in_text_group_or_theme_whatever_the_case_or_accents() -> None:
    assert _numbers("school") == [4, 14]
    assert _numbers("SCHOOL parkeren") == [14]
    assert _numbers("parkstraat") == [1]
    assert _numbers("groen") == [4]
    assert _numbers("cafe") == [40]
    assert _numbers("school fiets") == []


def test_fold() -> None:
    assert fold("Café Élan") == "cafe elan"
