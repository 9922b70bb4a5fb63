"""The registered people's names, found however they are written.

Matching runs on a folded copy of the text: case folded, accents and other marks dropped (NFC or
NFD alike: "Özdemir", "O\u0308zdemir", "OZDEMIR", "ozdemir"), Turkish dotless i and Polish ł made
plain ("Ayse" for "Ayşe"), curly apostrophes straight ("O’Brien"). An index map leads every
match back to the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..domain.model import Person

# name particles that are no name on their own (Dutch tussenvoegsels, Arabic, Romance ...)
PARTICLES = {
    "van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "op", "in", "el", "al", "la", "le",
    "di", "da", "du", "von", "bin", "ibn", "ben", "dos", "das", "del", "y", "e", "en", "uit", "vd",
}  # fmt: skip
# letters NFD does not take apart
_PLAIN = str.maketrans(
    {
        "ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ħ": "h", "ŧ": "t",
        "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th",
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'", "\u2032": "'",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u00ad": "",
        "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    }
)  # fmt: skip


def fold(text: str) -> str:
    """Lower case, no accents, plain letters: how names are compared."""
    return folded(text)[0]


def folded(text: str) -> tuple[str, list[int]]:
    """The folded text and, per folded character, the index of the original character it came from."""
    out: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        if unicodedata.combining(char):
            continue  # a decomposed accent: belongs to the letter before it
        piece = unicodedata.normalize("NFD", char.translate(_PLAIN))
        piece = "".join(c for c in piece if not unicodedata.combining(c)).casefold()
        piece = unicodedata.normalize("NFD", piece)  # casefold may compose again ("İ" -> "i̇")
        piece = "".join(c for c in piece if not unicodedata.combining(c))
        out.append(piece)
        origin.extend([i] * len(piece))
    return "".join(out), origin


def original_span(text: str, origin: list[int], start: int, end: int) -> tuple[int, int]:
    """The span of ``text`` that folded characters ``start:end`` came from (with trailing marks)."""
    first, last = origin[start], origin[end - 1] + 1
    while last < len(text) and unicodedata.combining(text[last]):
        last += 1
    return first, last


@dataclass(frozen=True)
class _Name:
    folded: str  # words joined by single spaces
    person_id: str


def _name_forms(person: Person) -> set[str]:
    """The folded ways a person's name is written: in full, the surname with and without particles,
    every part of a hyphenated name, initials with the surname."""
    words = fold(person.name).split()
    if not words:
        return set()
    forms = {" ".join(words)}
    core = [w for w in words if w not in PARTICLES]
    for word in core:
        pieces = [p for p in re.split(r"[-']", word) if p]
        forms.add(word)
        forms.update(p for p in pieces if len(p) >= 2 and p not in PARTICLES)
        if "'" in word:
            forms.add(word.replace("'", ""))  # "OBrien"
    if len(words) > 1:
        surname_at = next((i for i, w in enumerate(words[1:], 1) if w in PARTICLES), len(words) - 1)
        surname = " ".join(words[surname_at:])  # "van der berg"
        forms.add(surname)
        forms.add(f"{words[0][0]} {surname}")  # "G. Jansen", "G Jansen"
    return {f for f in forms if len(f.replace(" ", "")) >= 2}


_SHORT = 3  # a registered name this short is matched only with a capital


class RegisteredNames:
    """One compiled alternation over every form of every registered person's name."""

    def __init__(self, people: list[Person]) -> None:
        forms: dict[str, str] = {}
        for person in people:
            for form in _name_forms(person):
                forms.setdefault(form, person.id)
        self._owners = {_key(form): pid for form, pid in reversed(list(forms.items()))}
        self._pattern: re.Pattern[str] | None = None
        if forms:
            body = "|".join(
                r"[\s.]+".join(re.escape(w.rstrip(".")) for w in form.split(" ")).replace(r"\'", "'")
                for form in sorted(forms, key=len, reverse=True)
            )
            # whole words only: "li" in "lindeboom" is no name, "li" alone is
            self._pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)")

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, person_id) of every registered name in ``text``."""
        if self._pattern is None or not text:
            return []
        flat, origin = folded(text)
        found = []
        for m in self._pattern.finditer(flat):
            start, end = original_span(text, origin, m.start(), m.end())
            if len(m.group()) <= _SHORT and not text[start].isupper():
                continue  # "Li", "Na", "Wu" are names when written so; "na" is also a word
            found.append((start, end, self._owners.get(_key(m.group()), "")))
        return found


def _key(form: str) -> str:
    return re.sub(r"[\s.]+", "", form)
