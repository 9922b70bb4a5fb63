"""Precision and recall of the personal-data scan on 200 hand-written Dutch sentences.

The marks (issue #13): recall >= 0.99 for e-mail addresses and phone numbers, >= 0.95 for
names, precision >= 0.9 for every kind. The figures are in docs/PRIVACY.md.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest

from bricoleur_desk.workspace.privacy import KINDS, PersonalDataFinder, masked

from .sentences import REGISTERED, SENTENCES, parsed

RECALL = {"email": 0.99, "phone": 0.99, "name": 0.95, "address": 0.95}
PRECISION = 0.9


def scores(finder: PersonalDataFinder, sentences: list[str]) -> dict[str, tuple[float, float, int]]:
    """Per kind: recall (a marked span is found when spans of its kind cover all its letters),
    precision (a found span is right when it overlaps a marked span of its kind), and count."""
    found, missed, predicted, wrong = Counter(), Counter(), Counter(), Counter()
    for marked in sentences:
        text, expected = parsed(marked)
        got = finder.spans(text)
        for start, end, kind in expected:
            covered = {i for s, e, k, _ in got if k == kind for i in range(s, e)}
            letters = {i for i in range(start, end) if not text[i].isspace()}
            (found if letters <= covered else missed)[kind] += 1
        for s, e, k, _ in got:
            predicted[k] += 1
            if not any(k == kind and s < end and start < e for start, end, kind in expected):
                wrong[k] += 1
    return {
        kind: (
            found[kind] / max(1, found[kind] + missed[kind]),
            (predicted[kind] - wrong[kind]) / max(1, predicted[kind]),
            found[kind] + missed[kind],
        )
        for kind in KINDS
    }


def test_the_set_has_200_sentences_with_every_kind_and_hard_negatives() -> None:
    assert len(SENTENCES) >= 200
    kinds = Counter(kind for marked in SENTENCES for *_, kind in parsed(marked)[1])
    assert kinds["name"] >= 80 and kinds["email"] >= 20 and kinds["phone"] >= 20 and kinds["address"] >= 20
    assert sum(1 for marked in SENTENCES if not parsed(marked)[1]) >= 50  # nothing personal in them


def test_precision_and_recall_per_kind_meet_the_marks(name_scanner) -> None:
    figures = scores(PersonalDataFinder(REGISTERED, name_scanner), SENTENCES)
    for kind, (recall, precision, count) in figures.items():
        assert recall >= RECALL[kind], (kind, recall, count)
        assert precision >= PRECISION, (kind, precision, count)


def test_decomposed_unicode_scores_the_same(name_scanner) -> None:
    finder = PersonalDataFinder(REGISTERED, name_scanner)
    nfd = [unicodedata.normalize("NFD", s) for s in SENTENCES]
    assert scores(finder, nfd) == scores(finder, SENTENCES)


def test_without_the_name_scanner_contacts_and_registered_names_are_all_found() -> None:
    # the wall scans before the scanner has loaded: everything but strangers' names is found
    finder = PersonalDataFinder(REGISTERED)
    figures = scores(finder, SENTENCES)
    for kind in ("email", "phone"):
        assert figures[kind][0] >= RECALL[kind], (kind, figures[kind])
    registered = [s for s in SENTENCES[50:75]]  # the block of registered people
    text_and_spans = [parsed(s) for s in registered]
    for text, expected in text_and_spans:
        got = finder.spans(text)
        for start, end, _kind in expected:
            assert any(s <= start and end <= e for s, e, _, _ in got), (text, text[start:end])
        assert all(pid for *_, pid in got), text  # and each is tied to the person


@pytest.mark.parametrize(
    ("marked", "readable"),
    [
        (
            "Mijn buurman meneer [name:Bakker] van nummer [address:23] parkeert altijd op de stoep.",
            "Mijn buurman meneer [naam] van nummer [nr] parkeert altijd op de stoep.",
        ),
        (
            "Bel mevrouw [name:Gerda Jansen] op [phone:06-12345678] of [email:gjansen@example.nl].",
            "Bel mevrouw [naam] op [telefoon] of [e-mail].",
        ),
        ("Familie [name:Ozdemir] woont naast de speeltuin.", "Familie [naam] woont naast de speeltuin."),
        ("Hij woont op de [address:Parkstraat 12].", "Hij woont op de [adres]."),
    ],
)
def test_masking_keeps_the_sentence_readable(name_scanner, marked: str, readable: str) -> None:
    text, _ = parsed(marked)
    assert PersonalDataFinder(REGISTERED, name_scanner).mask(text, "nl") == readable


def test_masking_every_sentence_keeps_all_its_other_words(name_scanner) -> None:
    finder = PersonalDataFinder(REGISTERED, name_scanner)
    lost = []
    for marked in SENTENCES:
        text, expected = parsed(marked)
        kept = masked(text, [(s, e, k, "") for s, e, k in expected])
        result = finder.mask(text)
        if result != kept:
            lost.append((text, result))
    # only a sentence with a false alarm or a miss (the scores above) may differ: 3 of 202 today
    assert len(lost) <= 4, lost
