"""The demo dossier is complete, consistent, reproducible, and survives the JSON round trip."""

from __future__ import annotations

import json
import struct
from collections import Counter

from bricoleur_desk.domain.document import DossierDocument, walk
from bricoleur_desk.domain.model import (
    BackgroundKind,
    ColleagueKind,
    NoteKind,
    NoteStatus,
    Phase,
    PromiseStatus,
)
from bricoleur_desk.storage.interchange import dossier_from_json, dossier_to_json, dumps
from bricoleur_desk.workspace.demo import build_demo_dossier


def test_the_demo_is_the_same_every_time() -> None:
    assert dumps(build_demo_dossier()) == dumps(build_demo_dossier())


def test_the_demo_survives_export_and_import_unchanged() -> None:
    demo = build_demo_dossier()
    assert dossier_from_json(json.loads(dumps(demo))) == demo


def test_every_id_is_unique_and_every_reference_holds() -> None:
    demo = build_demo_dossier()
    document = DossierDocument(demo)
    ids = [obj.id for _kind, obj, _parent in walk(demo)]
    assert len(ids) == len(set(ids))
    for promise in demo.promises:
        assert document.find(promise.meeting_id).kind == "meeting"
        assert all(document.find(n).kind == "note" for n in promise.note_ids)
    for meeting in demo.meetings:
        themes = {t.id for t in meeting.themes}
        notes = {n.id for n in meeting.notes}
        for note in meeting.notes:
            assert note.theme_id in themes
            assert note.merged_into is None or note.merged_into in notes
            assert note.raised_by is None or demo.person(note.raised_by)
        for canvas in meeting.canvases:
            for sheet in canvas.sheets:
                assert all(pin.note_id in notes for pin in sheet.pins)


def test_the_demo_has_what_the_issue_asks_for() -> None:
    demo = build_demo_dossier()
    assert demo.title == "Tijdelijk park Van Heekplein"
    assert demo.history and "2019" in demo.history
    september, november = demo.meetings
    assert (september.id, november.id) == ("m-2026-09", "m-2026-11")
    assert demo.latest_meeting() is november and november.phase in (Phase.DISCUSS, Phase.INVENTORY)
    assert any("80.000" in item for item in november.frame.fixed)
    assert any("2031" in item for item in november.frame.fixed)
    assert any("brandweer" in item for item in november.frame.fixed)
    assert {"Groen", "Spelen", "Veiligheid", "Verkeer en parkeren", "Geluid", "Beheer"} <= {
        t.name for t in november.themes
    }
    assert len({t.color for t in november.themes}) == len(november.themes)
    notes = [n for m in demo.meetings for n in m.notes]
    assert len(notes) >= 30
    assert set(NoteKind) == {n.kind for n in notes}
    statuses = Counter(n.status for n in notes)
    assert statuses[NoteStatus.OUT_OF_FRAME] >= 1 and statuses[NoteStatus.MERGED] >= 1
    assert all(n.answer for n in notes if n.status in (NoteStatus.ANSWERED, NoteStatus.OUT_OF_FRAME))
    investigated = {n.id for n in notes if n.status is NoteStatus.INVESTIGATE}
    assert investigated <= {nid for p in demo.promises for nid in p.note_ids}
    assert any(n.raised_by_group == "Basisschool De Linde" for n in notes)
    assert sum(n.votes > 0 for n in notes) >= 5
    assert len(demo.promises) >= 6 and all(p.owner and p.due for p in demo.promises)
    # every owner is an entry of the register inside the municipality, under its own name
    register = {c.id: c for c in demo.colleagues}
    assert all(register[p.owner_id].name == p.owner for p in demo.promises if p.owner_id)
    assert all(p.owner_id for p in demo.promises)
    assert {c.kind for c in demo.colleagues} == set(ColleagueKind)
    assert all(register[c.department_id].kind == ColleagueKind.DEPARTMENT for c in demo.colleagues if c.department_id)
    assert len(demo.planned_works) >= 2 and any(p.work_id for p in demo.promises)
    assert all(n.owner_id in register for n in notes if n.status is NoteStatus.INVESTIGATE)
    assert {PromiseStatus.OPEN, PromiseStatus.DONE, PromiseStatus.DROPPED} <= {
        p.status for p in demo.promises
    }
    assert all(
        p.reason for p in demo.promises if p.status == PromiseStatus.DROPPED
    )  # residents are owed the why
    earlier = [p for p in demo.promises if p.meeting_id == september.id]
    assert {PromiseStatus.OPEN, PromiseStatus.DONE, PromiseStatus.DROPPED} == {p.status for p in earlier}
    assert all(p.updates for p in earlier if p.status != PromiseStatus.OPEN)
    assert sum(september.evaluation.scores.values()) > 0 and september.evaluation.remarks
    assert sum(september.attendance.by_group.values()) == september.attendance.count
    assert all(p.name and (p.email or p.phone) for p in demo.people)
    assert {True, False} == {p.consent_contact for p in demo.people}
    text = dumps(demo)
    for word in ("Özdemir", "Wiśniewski", "Ahmed", "van der Meer", "Café De Zwaan", "Één", "coördinatie"):
        assert word in text


def test_the_sketch_has_a_map_and_two_alternatives() -> None:
    november = build_demo_dossier().meeting("m-2026-11")
    (canvas,) = november.canvases
    assert canvas.name == "Kaart Van Heekplein"
    background = canvas.background
    assert background.kind is BackgroundKind.IMAGE and background.media_type == "image/png"
    assert background.data is not None and background.data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", background.data[16:24])
    assert (width, height) == (canvas.width, canvas.height) == (1600, 1000)
    assert len(background.data) < 300_000
    names = [sheet.name for sheet in canvas.sheets]
    assert names == ["Alternatief A — speelplek aan de Parkstraat", "Alternatief B — speelplek in het midden"]
    for sheet in canvas.sheets:
        assert len(sheet.strokes) >= 3 and sheet.stickies and sheet.pins
        for stroke in sheet.strokes:
            x0, y0, x1, y1 = stroke.bounds()
            assert 0 <= x0 <= x1 <= canvas.width and 0 <= y0 <= y1 <= canvas.height
            assert all(0 < p <= 1 for p in stroke.points[2::3])


def test_the_demo_export_names_the_format() -> None:
    data = dossier_to_json(build_demo_dossier())
    assert (data["format"], data["version"]) == ("bricoleur-desk/dossier", 1)
