"""Hypothesis strategies that build whole, valid dossiers (and their parts) for any test to reuse.

``dossiers()`` gives a Dossier whose references all hold (themes, merged notes, promises, pins),
with people that have names, emails and phones drawn from ``person_names()``, ``emails()`` and
``phones()``: realistic Dutch values mixed with adversarial text (markup, quotes, right-to-left,
combining marks). Import with ``from strategies import dossiers`` (pytest puts ``tests/`` on
``sys.path`` through its rootdir conftest). Stroke points are float32 on a 1/100 grid (pressure 1/1000), the precision
the JSON interchange writes, so a dossier survives export -> import unchanged.
"""

from __future__ import annotations

import struct
import zlib
from array import array
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

from hypothesis import strategies as st

from bricoleur_desk.domain.model import (
    AgendaBlock,
    Attendance,
    Background,
    BackgroundKind,
    Canvas,
    ConsentWay,
    Dossier,
    Evaluation,
    Frame,
    HouseStyle,
    Label,
    Meeting,
    NoteKind,
    NoteStatus,
    Person,
    Phase,
    Pin,
    PromiseStatus,
    PromiseUpdate,
    Sticky,
    Stroke,
    StrokeTool,
)
from tests.samples import DossierBuilder

__all__ = [
    "ADVERSARIAL_TEXTS",
    "colors",
    "dossiers",
    "emails",
    "fixed_zones",
    "free_text",
    "person_names",
    "persons",
    "phones",
    "stroke_points",
    "tiny_png",
]

# Text that has broken PDF markup, CSV, SQL and layout code elsewhere: keep them coming back.
ADVERSARIAL_TEXTS = [
    "<b>Jan</b> & 'Piet' \"de Vries\"",
    "Ayşe Özdemir-Wiśniewski",
    "Zoë van der Meer–Çelik",
    "Mohammed Ahmed (Café De Zwaan)",
    "één coördinatie naïef",
    "محمد أحمد",
    "\u202eevisserroteleB",  # right-to-left override
    "a\u0301\u0308e\u0327",  # combining marks
    "line one\nline two\ttab",
    "&lt;not an entity&gt; &amp; ]]> <![CDATA[x]]>",
    "Robert'); DROP TABLE notes;--",
    "%s %d {0} ${HOME} \\n",
    "😀👩‍👩‍👧 emoji",
    "x" * 200,
    " ",
]

_FIRST = ["Anna", "Mohammed", "Ayşe", "Piotr", "Fatima", "Jan", "Sanne", "Kevin", "Noor", "Dewi", "Zoë"]
_LAST = ["de Vries", "Özdemir", "Wiśniewski", "Ahmed", "van der Meer", "Bakker", "El Amrani", "Jansen"]

_base_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)


def free_text(max_size: int = 30) -> st.SearchStrategy[str]:
    """Any text (no lone surrogates), often realistic, sometimes adversarial."""
    return st.one_of(
        st.text(st.characters(exclude_categories=("Cs",)), max_size=max_size),
        st.sampled_from(ADVERSARIAL_TEXTS),
        st.sampled_from(["Te hard rijden in de Parkstraat", "Waar komen de bankjes?", "Meer bomen!"]),
    )


def person_names() -> st.SearchStrategy[str]:
    """A person's name: realistic Dutch, mixed-neighbourhood, or adversarial; never empty."""
    realistic = st.builds(lambda f, last: f"{f} {last}", st.sampled_from(_FIRST), st.sampled_from(_LAST))
    return st.one_of(
        realistic,
        st.sampled_from(ADVERSARIAL_TEXTS),
        st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40),
    )


def emails() -> st.SearchStrategy[str]:
    """An e-mail address: well-formed, or the kind of thing people actually type in."""
    return st.one_of(
        st.emails().filter(lambda e: len(e) < 80),
        st.sampled_from(["a.ozdemir@example.nl", "jan@example.org", "zoë@vóórbeeld.nl", "<x@y>&"]),
    )


def phones() -> st.SearchStrategy[str]:
    """A phone number as typed: 06-12345678, +31 20 123 4567, with or without spaces."""
    return st.one_of(
        st.builds(lambda n: f"06-{n:08d}", st.integers(0, 99_999_999)),
        st.builds(lambda n: f"+31 20 {n // 10000:03d} {n % 10000:04d}", st.integers(0, 9_999_999)),
        st.text(st.sampled_from("0123456789 +-()"), min_size=1, max_size=16),
    )


def persons(person_id: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Person]:
    """One participant with a name and, often, a group, an e-mail address and a phone number."""
    return st.builds(
        Person,
        id=person_id if person_id is not None else st.uuids().map(str),
        name=person_names(),
        group=_optional(free_text()),
        email=_optional(emails()),
        phone=_optional(phones()),
        consent_contact=st.booleans(),
        consent_date=_optional(st.dates(date(2020, 1, 1), date(2040, 12, 31))),
        consent_how=_optional(st.sampled_from(ConsentWay)),
    )


def colors() -> st.SearchStrategy[str]:
    return st.builds(lambda n: f"#{n:06x}", st.integers(0, 0xFFFFFF))


def tiny_png(rgb: tuple[int, int, int] = (200, 220, 200), size: int = 2) -> bytes:
    """A valid PNG of ``size`` x ``size`` pixels of one colour, made without any imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + bytes(rgb) * size
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * size))
        + chunk(b"IEND", b"")
    )


def stroke_points(max_points: int = 12) -> st.SearchStrategy[array]:
    """Flat float32 x, y, pressure on the grid the JSON writes (1/100, pressure 1/1000)."""
    point = st.tuples(
        st.integers(-50_000, 500_000).map(lambda k: k / 100),
        st.integers(-50_000, 500_000).map(lambda k: k / 100),
        st.integers(0, 1000).map(lambda k: k / 1000),
    )
    return st.lists(point, min_size=1, max_size=max_points).map(
        lambda pts: array("f", [v for p in pts for v in p])
    )


class _Ids:
    """Unique ids within one dossier: readable, uuid-like or arbitrary text."""

    def __init__(self, draw: st.DrawFn) -> None:
        self._draw = draw
        self._used: set[str] = set()

    def __call__(self, prefix: str) -> str:
        candidate = self._draw(st.one_of(st.none(), st.text(min_size=1, max_size=8), st.uuids().map(str)))
        if not candidate or candidate in self._used:
            candidate = f"{prefix}-{len(self._used) + 1}"
            while candidate in self._used:
                candidate += "'"
        self._used.add(candidate)
        return candidate


def _optional(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(st.none(), strategy)


def _moment(draw: st.DrawFn, zone: tzinfo | None) -> datetime:
    moment = draw(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31)))
    return moment.replace(tzinfo=zone)


@st.composite
def dossiers(
    draw: st.DrawFn,
    max_meetings: int = 3,
    max_notes: int = 8,
    max_people: int = 4,
    timezones: st.SearchStrategy[tzinfo | None] | None = None,
) -> Dossier:
    """A whole valid Dossier. Notes' creation moments share one zone (naive by default); times of
    the evening (meeting starts, promise updates) are local wall-clock times, always naive.

    Every person has a name, an e-mail address and a phone number; notes may refer to them.
    """
    ids = _Ids(draw)
    zone = draw(timezones) if timezones is not None else None
    sample = DossierBuilder(
        draw(free_text()),
        id=ids("dossier"),
        area=draw(_optional(free_text())),
        description=draw(_optional(free_text(80))),
        history=draw(_optional(free_text(80))),
        retention_until=draw(_optional(st.dates(date(2000, 1, 1), date(2099, 12, 31)))),
        house_style=draw(_house_styles()),
    )
    for _ in range(draw(st.integers(0, max_people))):
        sample.person(
            ids("p"),
            draw(person_names()),
            group=draw(_optional(free_text())),
            # Always present: tests that personal data stays out of public output need it.
            email=draw(emails()),
            phone=draw(phones()),
            consent_contact=draw(st.booleans()),
            consent_date=draw(_optional(st.dates(date(2020, 1, 1), date(2040, 12, 31)))),
            consent_how=draw(_optional(st.sampled_from(ConsentWay))),
        )
    for _ in range(draw(st.integers(0, 3))):
        sample.stakeholder(
            ids("sh"),
            draw(free_text()),
            stake=draw(_optional(free_text(60))),
            spokesperson=draw(_optional(free_text())),
        )
    person_ids = [p.id for p in sample.dossier.people]
    for _ in range(draw(st.integers(0, max_meetings))):
        _meeting(draw, sample, ids, zone, person_ids, max_notes)
    all_notes = [n.id for m in sample.dossier.meetings for n in m.notes]
    for meeting in sample.dossier.meetings:
        for _ in range(draw(st.integers(0, 3))):
            sample.promise(
                ids("promise"),
                meeting.id,
                draw(free_text(60)),
                owner=draw(_optional(st.sampled_from(["Team Openbare Ruimte", "Wijkmanager Noord"]))),
                due=draw(_optional(st.dates(date(2020, 1, 1), date(2040, 12, 31)))),
                status=draw(st.sampled_from(PromiseStatus)),
                note_ids=draw(st.lists(st.sampled_from(all_notes), max_size=3, unique=True))
                if all_notes
                else [],
                updates=[
                    PromiseUpdate(at=_moment(draw, None), text=draw(free_text()))
                    for _ in range(draw(st.integers(0, 2)))
                ],
                reason=draw(_optional(free_text(60))),
            )
    return sample.build()


@st.composite
def _house_styles(draw: st.DrawFn) -> HouseStyle:
    return HouseStyle(
        municipality=draw(_optional(st.sampled_from(["Gemeente Enschede", "Gemeente 's-Hertogenbosch"]))),
        logo_png=draw(_optional(st.just(tiny_png((0, 85, 127))))),
        accent=draw(colors()),
        contact=draw(_optional(free_text())),
    )


def _meeting(
    draw: st.DrawFn, sample: DossierBuilder, ids: _Ids, zone: tzinfo | None, people: list[str], max_notes: int
) -> Meeting:
    meeting = sample.meeting(
        ids("m"),
        draw(free_text()),
        _moment(draw, None),
        venue=draw(_optional(free_text())),
        question=draw(_optional(free_text(80))),
        phase=draw(st.sampled_from(Phase)),
        frame=Frame(
            open=draw(st.lists(free_text(), max_size=3)), fixed=draw(st.lists(free_text(), max_size=3))
        ),
        agenda=[
            AgendaBlock(title=draw(free_text()), minutes=draw(st.integers(0, 240)))
            for _ in range(draw(st.integers(0, 4)))
        ],
        expected_groups=draw(st.lists(free_text(), max_size=3)),
        summary=draw(_optional(free_text(80))),
        introduction=draw(_optional(free_text(80))),
        next_steps=draw(_optional(free_text(80))),
        attendance=Attendance(
            count=draw(st.integers(0, 500)),
            by_group=draw(st.dictionaries(free_text(), st.integers(0, 200), max_size=4)),
        ),
        evaluation=Evaluation(
            scores={s: draw(st.integers(0, 100)) for s in range(1, 6)},
            remarks=draw(st.lists(free_text(60), max_size=3)),
        ),
    )
    for _ in range(draw(st.integers(0, 4))):
        sample.theme(ids("t"), draw(free_text()), draw(colors()))
    count = draw(st.integers(0, max_notes))
    numbers = draw(
        st.permutations(sorted(draw(st.sets(st.integers(1, 999), min_size=count, max_size=count))))
    )
    theme_ids = [t.id for t in meeting.themes]
    for number in numbers:
        note_id = ids("n")
        sample.note(
            draw(free_text(60)),
            id=note_id,
            number=number,
            kind=draw(st.sampled_from(NoteKind)),
            theme_id=draw(_optional(st.sampled_from(theme_ids))) if theme_ids else None,
            raised_by=draw(_optional(st.sampled_from(people))) if people else None,
            raised_by_group=draw(_optional(free_text())),
            status=draw(st.sampled_from([s for s in NoteStatus if s is not NoteStatus.MERGED])),
            answer=draw(_optional(free_text(60))),
            votes=draw(st.integers(0, 60)),
            created_at=_moment(draw, zone) if draw(st.booleans()) else None,
            internal_remark=draw(_optional(free_text())),
        )
    # Merge some notes into another note of the same meeting (never into themselves).
    if len(meeting.notes) >= 2:
        for note in meeting.notes:
            if draw(st.integers(0, 4)) == 0:
                target = draw(st.sampled_from([n for n in meeting.notes if n is not note]))
                note.status = NoteStatus.MERGED
                note.merged_into = target.id
    note_ids = [n.id for n in meeting.notes]
    for _ in range(draw(st.integers(0, 2))):
        _canvas(draw, sample, ids, note_ids)
    return meeting


def _canvas(draw: st.DrawFn, sample: DossierBuilder, ids: _Ids, note_ids: list[str]) -> Canvas:
    kind = draw(st.sampled_from(BackgroundKind))
    background = Background(kind=kind)
    if kind is BackgroundKind.IMAGE:
        background.media_type = "image/png"
        background.data = tiny_png()
    canvas = sample.canvas(
        ids("c"),
        draw(free_text()),
        width=draw(st.floats(100, 10_000, allow_nan=False)),
        height=draw(st.floats(100, 10_000, allow_nan=False)),
        background=background,
    )
    coordinate = st.floats(-1e5, 1e6, allow_nan=False)
    for _ in range(draw(st.integers(0, 3))):
        sheet = sample.sheet(
            canvas,
            ids("s"),
            draw(free_text()),
            visible=draw(st.booleans()),
            opacity=draw(st.floats(0, 1)),
            locked=draw(st.booleans()),
        )
        sheet.strokes = [
            Stroke(
                id=ids("stroke"),
                points=draw(stroke_points()),
                tool=draw(st.sampled_from(StrokeTool)),
                color=draw(colors()),
                width=draw(st.floats(0.25, 80, allow_nan=False)),
            )
            for _ in range(draw(st.integers(0, 3)))
        ]
        sheet.stickies = [
            Sticky(ids("sticky"), draw(free_text()), draw(coordinate), draw(coordinate), draw(colors()))
            for _ in range(draw(st.integers(0, 2)))
        ]
        sheet.labels = [
            Label(
                ids("label"),
                draw(free_text()),
                draw(coordinate),
                draw(coordinate),
                draw(colors()),
                draw(st.floats(4, 200, allow_nan=False)),
            )
            for _ in range(draw(st.integers(0, 2)))
        ]
        if note_ids:
            sheet.pins = [
                Pin(ids("pin"), draw(st.sampled_from(note_ids)), draw(coordinate), draw(coordinate))
                for _ in range(draw(st.integers(0, 3)))
            ]
    return canvas


def fixed_zones() -> st.SearchStrategy[tzinfo | None]:
    """Naive, UTC, or a fixed offset such as Dutch summer time: for formats that keep the zone."""
    return st.sampled_from(
        [None, UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-3, minutes=-30))]
    )
