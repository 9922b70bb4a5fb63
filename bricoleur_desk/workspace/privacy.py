"""Personal data in a dossier's free text: find the names, emails and phone numbers of its people.

The public report must carry none of them. Matching is deliberately generous (a surname alone,
a phone number written with spaces) because a false alarm costs the adviser a glance, a miss
costs a resident their privacy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..domain.model import Dossier, Meeting, Person
from ..domain.promises import carried_promises

# name particles that are no name on their own (Dutch tussenvoegsels, Arabic, Romance ...)
_PARTICLES = {
    "van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "op", "in", "el", "al", "la", "le",
    "di", "da", "du", "von", "bin", "ibn", "ben", "dos", "das", "del", "y", "e",
}  # fmt: skip
MIN_PART = 3  # a name part shorter than this matches too much ("Li", "Bo") on its own
MIN_PHONE_DIGITS = 6
_PHONE_LIKE = re.compile(r"(?<![\w+])\+?\d[\d \-().]{4,}\d(?!\w)")
PLACEHOLDERS = {
    "nl": {"name": "[naam]", "email": "[e-mail]", "phone": "[telefoon]"},
    "en": {"name": "[name]", "email": "[email]", "phone": "[phone]"},
}


@dataclass(frozen=True)
class PrivacyHit:
    """A person's name, email or phone found in a piece of free text."""

    where: str  # for people: "note 12 text", "summary", "promise P-3 owner"
    text: str  # the matched text
    kind: str  # "name", "email" or "phone"
    person_id: str
    object_id: str  # the object holding the text (a note, the meeting, a promise ...)
    field: str  # its field: "text", "answer", "summary", "frame.open" ...
    item: int | None = None  # the index when the field is a list (frame items, remarks)
    start: int = 0
    end: int = 0

    def __str__(self) -> str:
        return f"{self.where}: \u201c{self.text}\u201d ({self.kind})"


@dataclass(frozen=True)
class TextSpot:
    """One piece of free text and where it lives."""

    where: str
    object_id: str
    field: str
    item: int | None
    text: str


def _phone_key(raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    if raw.strip().startswith("+") and digits.startswith("31"):
        digits = "0" + digits[2:]
    elif digits.startswith("0031"):
        digits = "0" + digits[4:]
    return digits


class PersonalDataFinder:
    """Compiled patterns for the people of one dossier (one alternation per kind: fast on 1,000 notes)."""

    def __init__(self, people: list[Person]) -> None:
        full: dict[str, str] = {}  # casefolded full name -> person id
        parts: dict[str, str] = {}  # name part as written -> person id
        emails: dict[str, str] = {}
        self._phones: dict[str, str] = {}
        for person in people:
            words = person.name.split()
            if words:
                full.setdefault(" ".join(words).casefold(), person.id)
                for part in words:
                    if len(words) > 1 and len(part) >= MIN_PART and part.casefold() not in _PARTICLES:
                        parts.setdefault(part, person.id)
            if person.email and person.email.strip():
                emails.setdefault(person.email.strip().casefold(), person.id)
            if person.phone:
                key = _phone_key(person.phone)
                if len(key) >= MIN_PHONE_DIGITS:
                    self._phones[key] = person.id
        self._full, self._parts, self._emails = full, parts, emails
        self._patterns: list[tuple[re.Pattern[str], str, dict[str, str], bool]] = []
        if full:
            alternatives = sorted(full, key=len, reverse=True)
            body = "|".join(r"\s+".join(re.escape(w) for w in name.split(" ")) for name in alternatives)
            self._patterns.append(
                (re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE), "name", full, True)
            )
        if parts:
            body = "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True))
            self._patterns.append((re.compile(rf"(?<!\w)(?:{body})(?!\w)"), "name", parts, False))
        if emails:
            body = "|".join(re.escape(e) for e in sorted(emails, key=len, reverse=True))
            self._patterns.append(
                (re.compile(rf"(?<![\w.@-])(?:{body})(?![\w@-])", re.IGNORECASE), "email", emails, True)
            )

    def spans(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, kind, person_id) of every match, overlapping ones merged, in order."""
        found: list[tuple[int, int, str, str]] = []
        for pattern, kind, owners, folded in self._patterns:
            for m in pattern.finditer(text):
                key = " ".join(m.group().split()).casefold() if folded else m.group()
                found.append((m.start(), m.end(), kind, owners.get(key, "")))
        if self._phones:
            for m in _PHONE_LIKE.finditer(text):
                person_id = self._phones.get(_phone_key(m.group()))
                if person_id:
                    found.append((m.start(), m.end(), "phone", person_id))
        found.sort(key=lambda s: (s[0], -s[1]))
        merged: list[tuple[int, int, str, str]] = []
        for span in found:
            if merged and span[0] < merged[-1][1]:
                last = merged[-1]
                merged[-1] = (last[0], max(last[1], span[1]), last[2], last[3])
            else:
                merged.append(span)
        return merged

    def mask(self, text: str, lang: str = "nl") -> str:
        """``text`` with every match replaced by a placeholder such as ``[naam]``."""
        if not text:
            return text
        spans = self.spans(text)
        if not spans:
            return text
        words = PLACEHOLDERS.get(lang, PLACEHOLDERS["nl"])
        out, at = [], 0
        for start, end, kind, _ in spans:
            out += [text[at:start], words[kind]]
            at = end
        out.append(text[at:])
        return "".join(out)


def text_spots(dossier: Dossier, meeting: Meeting) -> Iterator[TextSpot]:
    """Every piece of free text a report for ``meeting`` can print (never internal remarks)."""
    d, m = dossier, meeting
    yield from _fields(d.id, "dossier", d, ("title", "area"))
    if d.house_style.contact:
        yield TextSpot("house style contact", d.id, "house_style.contact", None, d.house_style.contact)
    yield from _fields(m.id, "meeting", m, ("title", "venue", "question", "summary", "next_steps"))
    for name in ("open", "fixed"):
        for i, item in enumerate(getattr(m.frame, name)):
            yield TextSpot(f"frame ({name}) item {i + 1}", m.id, f"frame.{name}", i, item)
    for i, block in enumerate(m.agenda):
        yield TextSpot(f"agenda item {i + 1}", m.id, "agenda", i, block.title)
    for i, remark in enumerate(m.evaluation.remarks):
        yield TextSpot(f"evaluation remark {i + 1}", m.id, "evaluation.remarks", i, remark)
    for theme in m.themes:
        yield TextSpot(f"theme {theme.name!r}", theme.id, "name", None, theme.name)
    for note in m.notes:
        yield from _fields(note.id, f"note {note.number}", note, ("text", "answer", "raised_by_group"))
    for canvas in m.canvases:
        yield TextSpot(f"sketch {canvas.name!r} name", canvas.id, "name", None, canvas.name)
        for sheet in canvas.sheets:
            yield TextSpot(f"sheet {sheet.name!r} name", sheet.id, "name", None, sheet.name)
            for sticky in sheet.stickies:
                yield TextSpot(f"sticky note on {sheet.name!r}", sticky.id, "text", None, sticky.text)
            for label in sheet.labels:
                yield TextSpot(f"label on {sheet.name!r}", label.id, "text", None, label.text)
    for promise in carried_promises(d, m):
        number = d.promises.index(promise) + 1
        yield from _fields(promise.id, f"promise P-{number}", promise, ("text", "owner", "reason"))
        for i, update in enumerate(promise.updates):
            yield TextSpot(f"promise P-{number} update {i + 1}", promise.id, "updates", i, update.text)


def _fields(object_id: str, label: str, obj: object, names: tuple[str, ...]) -> Iterator[TextSpot]:
    for name in names:
        value = getattr(obj, name, None)
        if value:
            yield TextSpot(f"{label} {name.replace('_', ' ')}", object_id, name, None, value)


def find_in_dossier(dossier: Dossier, meeting: Meeting) -> list[PrivacyHit]:
    """Every personal-data hit in the free text of a report for ``meeting``."""
    finder = PersonalDataFinder(dossier.people)
    hits = []
    for spot in text_spots(dossier, meeting):
        for start, end, kind, person_id in finder.spans(spot.text):
            hits.append(
                PrivacyHit(
                    spot.where,
                    spot.text[start:end],
                    kind,
                    person_id,
                    spot.object_id,
                    spot.field,
                    spot.item,
                    start,
                    end,
                )
            )
    return hits
