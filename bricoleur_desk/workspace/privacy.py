"""Personal data in a dossier's free text: names, e-mail addresses, phone numbers and addresses.

The public report and the projector must carry none of them. Three sources, merged:
- the dossier's registered people: their names in any case, with or without accents, their
  initials, surnames and the parts of double names, their e-mail addresses and phone numbers;
- anyone's e-mail address, phone number (``phonenumbers``) and home address (contact_patterns.py);
- the names of people nobody registered, found by the ``NameScanner`` (``deduce``) when one is
  given: it takes seconds to load, so callers that cannot wait pass ``names=None`` and get the rest.
Matching is deliberately generous: a false alarm costs the adviser a glance, a miss costs a
resident their privacy.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from ..domain.model import Dossier, Meeting, Person
from ..domain.promises import carried_promises
from ..domain.register import colleague, department_of, public_owner
from .contact_patterns import contact_spans
from .name_scanner import NameScanner
from .registered_names import RegisteredNames, fold, folded

KINDS = ("name", "email", "phone", "address")
MIN_PHONE_DIGITS = 6
PLACEHOLDERS = {
    "nl": {"name": "[naam]", "email": "[e-mail]", "phone": "[telefoon]", "address": "[adres]", "house_number": "[nr]"},
    "en": {"name": "[name]", "email": "[email]", "phone": "[phone]", "address": "[address]", "house_number": "[no.]"},
}  # fmt: skip
# which kind wins where spans overlap: an e-mail "gjansen@..." holds a name, an address a number
_PRIORITY = {"email": 0, "phone": 1, "address": 2, "name": 3}
_INITIALS_BEFORE = re.compile(r"(?:(?<![\w.])[A-Z]\.\s?){1,4}$")
_CONTEXT = 40  # characters shown either side of a hit


def placeholder(kind: str, matched: str, lang: str = "nl") -> str:
    """What replaces ``matched``: "[naam]", "[telefoon]", "[nr]" for a bare house number ..."""
    words = PLACEHOLDERS.get(lang, PLACEHOLDERS["nl"])
    if kind == "address" and re.fullmatch(r"\d+\s?[a-zA-Z]?", matched.strip()):
        return words["house_number"]
    return words.get(kind, words["name"])


@dataclass(frozen=True)
class Place:
    """Where a text lives, in parts the interface puts in plain words of its language.

    ``thing``: "dossier", "house_style", "meeting", "frame_open", "frame_fixed", "agenda",
    "attendance_group", "evaluation_remark", "theme", "note", "sketch", "sheet", "sticky",
    "label", "promise", "earlier_evening" or "stakeholder" ("" when unknown: show ``where``); ``name``: its number or name ("12",
    "P-3", "Schets A"); ``part``: the field ("text", "answer", "update" ...; "" for the whole
    thing); ``index``: the update's number, counting from 1.
    """

    thing: str = ""
    name: str = ""
    part: str = ""
    index: int | None = None


@dataclass(frozen=True)
class PrivacyHit:
    """A name, e-mail address, phone number or address found in a piece of free text."""

    where: str  # for people: "note 12 text", "summary", "promise P-3 owner"
    text: str  # the matched text
    kind: str  # "name", "email", "phone" or "address"
    person_id: str  # the registered person it belongs to, "" when nobody registered
    object_id: str  # the object holding the text (a note, the meeting, a promise ...)
    field: str  # its field: "text", "answer", "summary", "frame.open" ...
    item: int | None = None  # the index when the field is a list (frame items, remarks)
    start: int = 0
    end: int = 0
    context: str = ""  # the text around it, for the adviser to judge ("… buurman Bakker van …")
    place: Place = Place()  # the same spot as ``where``, for the interface to word in its language

    @property
    def key(self) -> tuple[str, str, int | None, str]:
        """What identifies a hit the adviser kept: the spot and the matched text."""
        return (self.object_id, self.field, self.item, self.text)

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
    place: Place = Place()


def _phone_key(raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    if raw.strip().startswith("+") and digits.startswith("31"):
        digits = "0" + digits[2:]
    elif digits.startswith("0031"):
        digits = "0" + digits[4:]
    return digits


Span = tuple[int, int, str, str]  # start, end, kind, person_id
_KNOWN_TEXTS = 20_000  # texts whose spans a finder remembers


class PersonalDataFinder:
    """Finds personal data in text for one dossier's people; with ``names``, anyone's name too."""

    def __init__(
        self, people: list[Person], names: NameScanner | None = None, public_contacts: str = ""
    ) -> None:
        """``public_contacts``: the municipality's own contact text and the evenings' venues
        (:func:`public_text`), whose e-mail addresses, phone numbers and street addresses are
        nobody's personal data."""
        self._registered = RegisteredNames(people)
        self._public = {_contact_key(kind, text[s:e]) for text in [public_contacts]
                        for s, e, kind in contact_spans(text) if kind in PUBLIC_KINDS}  # fmt: skip
        self._names = names
        # the venues and the contact line as written (each part between commas, of two words or
        # more): the scanner's names inside them are public
        # ("Buurthuis De Schakel" is a place, not a person); registered people stay masked
        pieces = re.split(r"[\n,;·|()]+", public_contacts)
        self._public_lines = [fold(p.strip()) for p in pieces if len(p.split()) >= 2]
        self._emails = {p.email.strip().casefold(): p.id for p in people if p.email and p.email.strip()}
        self._phones = {}
        for person in people:
            key = _phone_key(person.phone or "")
            if len(key) >= MIN_PHONE_DIGITS:
                self._phones.setdefault(key, person.id)
        # a registered e-mail or phone written in a way no pattern knows is still found literally
        literal = [re.escape(e) for e in sorted(self._emails, key=len, reverse=True)]
        self._email_literal = (
            re.compile(rf"(?<![\w.@-])(?:{'|'.join(literal)})(?![\w@-])", re.IGNORECASE) if literal else None
        )
        self._phone_like = re.compile(r"(?<![\d+])\+?\d[\d \-().\n]{4,}\d(?!\d)")
        self._known: dict[str, list[Span]] = {}

    @property
    def scans_names(self) -> bool:
        """Whether names of people nobody registered are found too (a NameScanner was given)."""
        return self._names is not None

    def spans(self, text: str) -> list[Span]:
        """(start, end, kind, person_id) of every match, overlapping ones merged, in order.

        Remembered per text: a report asks for the same note text in several sections.
        """
        if not text:
            return []
        known = self._known.get(text)
        if known is None:
            if len(self._known) >= _KNOWN_TEXTS:
                self._known.clear()
            known = self._known[text] = self._spans(text)
        return list(known)

    def _spans(self, text: str) -> list[Span]:
        found: list[Span] = [(s, e, "name", pid) for s, e, pid in self._registered.spans(text)]
        for start, end, kind in contact_spans(text):
            owner = self._owner(kind, text[start:end])
            if owner or _contact_key(kind, text[start:end]) not in self._public:
                found.append((start, end, kind, owner))
        if self._email_literal is not None:
            found += [(m.start(), m.end(), "email", self._owner("email", m.group()))
                      for m in self._email_literal.finditer(text)]  # fmt: skip
        if self._phones:
            for m in self._phone_like.finditer(text):
                person_id = self._phones.get(_phone_key(m.group()))
                if person_id:
                    found.append((m.start(), m.end(), "phone", person_id))
        if self._names is not None:
            names, addresses = self._names.scan(text)
            public = self._public_stretches(text)
            found += [(s, e, "name", "") for s, e in names if not _inside(s, e, public)]
            found += [(s, e, "address", "") for s, e in addresses if not _inside(s, e, public)]
        return _merged([_with_initials(text, span) for span in found])

    def _public_stretches(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` repeats a venue or the contact line (compared folded, as names are)."""
        if not self._public_lines:
            return []
        plain, origin = folded(text)
        stretches = []
        for line in self._public_lines:
            at = plain.find(line)
            while at >= 0:
                last = at + len(line) - 1
                stretches.append((origin[at], origin[last] + 1) if origin else (at, last + 1))
                at = plain.find(line, at + 1)
        return stretches

    def _owner(self, kind: str, matched: str) -> str:
        if kind == "email":
            return self._emails.get(re.sub(r"\s", "", matched).casefold(), "")
        if kind == "phone":
            return self._phones.get(_phone_key(matched), "")
        return ""

    def mask(self, text: str, lang: str = "nl") -> str:
        """``text`` with every match replaced by a placeholder such as ``[naam]``."""
        return masked(text, self.spans(text), lang) if text else text

    def mask_keeping(self, text: str, kept: Collection[str], lang: str = "nl") -> tuple[str, int]:
        """``text`` masked except the matches whose folded text is in ``kept``; and how many were masked."""
        spans = [s for s in self.spans(text) if fold(text[s[0] : s[1]]) not in kept]
        return (masked(text, spans, lang), len(spans)) if spans else (text, 0)


PUBLIC_KINDS = ("email", "phone", "address")


def public_text(dossier: Dossier) -> str:
    """What is public by nature: the municipality's contact line, the venues of the evenings and
    the names of the groups with a stake ("Café De Zwaan", "Jongerenwerk De Schakel": the name
    scanner read "De Zwaan" as a surname). A registered person is masked inside them all the same."""
    return "\n".join(
        [
            dossier.house_style.contact or "",
            *(m.venue or "" for m in dossier.meetings),
            *(s.name for s in dossier.stakeholders),
        ]
    )


def _inside(start: int, end: int, stretches: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in stretches)


def _contact_key(kind: str, matched: str) -> str:
    return _phone_key(matched) if kind == "phone" else re.sub(r"\s", "", matched).casefold()


def masked(text: str, spans: list[Span], lang: str = "nl") -> str:
    """``text`` with each (start, end, kind, ...) span replaced by its placeholder."""
    out, at = [], 0
    for start, end, kind, *_ in sorted(spans):
        if start < at:
            continue
        out += [text[at:start], placeholder(kind, text[start:end], lang)]
        at = end
    out.append(text[at:])
    return "".join(out)


def _with_initials(text: str, span: Span) -> Span:
    """A name span grown over the initials written before it ("G.J. [Jansen]")."""
    start, end, kind, person_id = span
    if kind == "name":
        m = _INITIALS_BEFORE.search(text, max(0, start - 12), start)  # at most four "X. "
        if m:
            start = m.start()
    return (start, end, kind, person_id)


def _merged(found: list[Span]) -> list[Span]:
    found.sort(key=lambda s: (s[0], -s[1]))
    merged: list[Span] = []
    for span in found:
        if merged and span[0] < merged[-1][1]:
            last = merged[-1]
            kind = min(last[2], span[2], key=_PRIORITY.__getitem__)
            merged[-1] = (last[0], max(last[1], span[1]), kind, last[3] or span[3])
        else:
            merged.append(span)
    return merged


def text_spots(dossier: Dossier, meeting: Meeting, background: bool = False) -> Iterator[TextSpot]:
    """Every piece of free text a report for ``meeting`` can print (never internal remarks);
    with ``background`` also the dossier's description, history, earlier evenings and stakeholders
    (never a spokesperson: the public report leaves them out)."""
    d, m = dossier, meeting
    yield from _fields(d.id, "dossier", d, ("title", "area"), Place("dossier"))
    if background:
        yield from _fields(d.id, "dossier", d, ("description", "history"), Place("dossier"))
        for earlier in d.meetings:
            if earlier.starts_at < m.starts_at:
                place = Place("earlier_evening", earlier.starts_at.strftime("%Y-%m-%d"))
                yield from _fields(earlier.id, "earlier evening", earlier, ("title",), place)
        for stakeholder in d.stakeholders:
            place = Place("stakeholder", stakeholder.name)
            yield from _fields(stakeholder.id, f"stakeholder {stakeholder.name!r}", stakeholder, ("name", "stake"), place)
    if d.house_style.contact:
        yield TextSpot(
            "house style contact", d.id, "house_style.contact", None, d.house_style.contact,
            Place("house_style", part="contact"),
        )  # fmt: skip
    fields = ("title", "venue", "question", "introduction", "summary", "next_steps")
    yield from _fields(m.id, "meeting", m, fields, Place("meeting"))
    for name in ("open", "fixed"):
        for i, item in enumerate(getattr(m.frame, name)):
            place = Place(f"frame_{name}", str(i + 1))
            yield TextSpot(f"frame ({name}) item {i + 1}", m.id, f"frame.{name}", i, item, place)
    for i, block in enumerate(m.agenda):
        yield TextSpot(f"agenda item {i + 1}", m.id, "agenda", i, block.title, Place("agenda", str(i + 1)))
    for i, group in enumerate(m.attendance.by_group):
        place = Place("attendance_group", str(i + 1))
        yield TextSpot(f"attendance group {i + 1}", m.id, "attendance.by_group", i, group, place)
    for i, remark in enumerate(m.evaluation.remarks):
        place = Place("evaluation_remark", str(i + 1))
        yield TextSpot(f"evaluation remark {i + 1}", m.id, "evaluation.remarks", i, remark, place)
    for theme in m.themes:
        yield TextSpot(f"theme {theme.name!r}", theme.id, "name", None, theme.name, Place("theme", theme.name))
    for note in m.notes:
        place = Place("note", str(note.number))
        yield from _fields(note.id, f"note {note.number}", note, ("text", "answer", "raised_by_group"), place)
    for canvas in m.canvases:
        yield TextSpot(f"sketch {canvas.name!r} name", canvas.id, "name", None, canvas.name, Place("sketch", canvas.name))
        for sheet in canvas.sheets:
            yield TextSpot(f"sheet {sheet.name!r} name", sheet.id, "name", None, sheet.name, Place("sheet", sheet.name))
            for sticky in sheet.stickies:
                place = Place("sticky", sheet.name)
                yield TextSpot(f"sticky note on {sheet.name!r}", sticky.id, "text", None, sticky.text, place)
            for label in sheet.labels:
                place = Place("label", sheet.name)
                yield TextSpot(f"label on {sheet.name!r}", label.id, "text", None, label.text, place)
    for promise in carried_promises(d, m):
        number = d.promises.index(promise) + 1
        place = Place("promise", f"P-{number}")
        # a colleague's department stands in the public report for their name (the register's entry)
        shown_owner = public_owner(d, promise)
        fields = ("text", "owner", "reason") if shown_owner == promise.owner else ("text", "reason")
        yield from _fields(promise.id, f"promise P-{number}", promise, fields, place)
        if shown_owner != promise.owner and shown_owner and promise.owner_id:
            entry = colleague(d, promise.owner_id)
            department = department_of(d, entry) if entry is not None else None
            if department is not None:
                yield TextSpot(
                    f"promise P-{number} owner's department", department.id, "name", None, shown_owner,
                    Place("promise", f"P-{number}", "owner"),
                )  # fmt: skip
        for i, update in enumerate(promise.updates):
            yield TextSpot(
                f"promise P-{number} update {i + 1}", promise.id, "updates", i, update.text,
                Place("promise", f"P-{number}", "update", i + 1),
            )  # fmt: skip


def _fields(
    object_id: str, label: str, obj: object, names: tuple[str, ...], place: Place = Place()
) -> Iterator[TextSpot]:
    for name in names:
        value = getattr(obj, name, None)
        if value:
            where = Place(place.thing, place.name, name)
            yield TextSpot(f"{label} {name.replace('_', ' ')}", object_id, name, None, value, where)


def find_in_dossier(
    dossier: Dossier,
    meeting: Meeting,
    names: NameScanner | None = None,
    background: bool = False,
    finder: PersonalDataFinder | None = None,
) -> list[PrivacyHit]:
    """Every personal-data hit in the free text of a report for ``meeting`` (anyone's names with
    ``names``; the dossier's background too with ``background``).

    ``finder``: one made for this dossier's people and public text (the report's, to reuse what it found).
    """
    finder = finder or PersonalDataFinder(dossier.people, names, public_text(dossier))
    hits = []
    for spot in text_spots(dossier, meeting, background):
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
                    context_of(spot.text, start, end),
                    spot.place,
                )
            )
    return hits


def context_of(text: str, start: int, end: int) -> str:
    """The words around ``text[start:end]`` on one line, cut at word boundaries with an ellipsis."""
    before, after = text[max(0, start - _CONTEXT) : start], text[end : end + _CONTEXT]
    if start > _CONTEXT and " " in before:
        before = "\u2026" + before[before.index(" ") + 1 :]
    if end + _CONTEXT < len(text) and " " in after:
        after = after[: after.rindex(" ")] + "\u2026"
    return " ".join((before + text[start:end] + after).split())
