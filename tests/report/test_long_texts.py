"""Long texts flow across pages: every user text of a dossier may be longer than a page."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bricoleur_desk.domain.document import walk
from bricoleur_desk.domain.model import Dossier, PromiseUpdate
from bricoleur_desk.storage.entities import ENTITIES, Value
from bricoleur_desk.workspace.reporting import export_report

from .conftest import pdf_text, squeezed
from .sample import sample_dossier

_SENTENCE = "De bomen op het plein moeten blijven staan, want ze geven schaduw. "


def _long(length: int, mark: str) -> str:
    return (mark + " " + _SENTENCE * (length // len(_SENTENCE) + 1))[: length - 4] + " END"


def _every_text_long(dossier: Dossier, length: int) -> None:
    """Every TEXT field of every entity, and the nested texts, ``length`` characters long."""
    objects = [("dossier", dossier), *((kind, obj) for kind, obj, _ in walk(dossier))]
    for kind, obj in objects:
        for field in ENTITIES[kind].fields:
            if field.value is Value.TEXT:
                owner, _, attr = field.path.rpartition(".")
                target = getattr(obj, owner) if owner else obj
                setattr(target, attr, _long(length, f"{kind}-{attr}"))
    for meeting in dossier.meetings:
        meeting.frame.open = [_long(length, "frame")]
        meeting.frame.fixed = [_long(length, "fixed")]
        for block in meeting.agenda:
            block.title = _long(length, "agenda")
        meeting.evaluation.remarks = [_long(length, "remark")]
        meeting.attendance.by_group = {_long(length, "group"): 3}
        for note in meeting.notes:
            note.votes = max(note.votes, 1)
    for promise in dossier.promises:
        promise.updates.append(PromiseUpdate(dossier.meetings[-1].starts_at, _long(length, "update")))


@pytest.mark.parametrize("audience", ["public", "internal"])
def test_a_note_longer_than_a_page_flows_across_pages(tmp_path: Path, audience: str) -> None:
    dossier = sample_dossier()
    meeting = dossier.meetings[-1]
    meeting.notes[0].votes = 9
    meeting.notes[0].text = _long(3200, "LANG")
    out = tmp_path / "r.pdf"
    export_report(dossier, out, audience=audience)
    assert "END" in pdf_text(out)


@pytest.mark.parametrize("audience", ["public", "internal"])
def test_every_text_longer_than_a_page(tmp_path: Path, audience: str) -> None:
    dossier = sample_dossier()
    _every_text_long(dossier, 6000)
    out = tmp_path / "r.pdf"
    result = export_report(dossier, out, audience=audience, lang="en")
    assert result.pages > 10


def test_a_megabyte_note_is_printed_in_part_and_says_so(tmp_path: Path) -> None:
    dossier = sample_dossier()
    note = dossier.meetings[-1].notes[0]
    note.text = _long(1_000_000, "MEGA")
    note.votes = 9
    out = tmp_path / "r.pdf"
    start = time.perf_counter()
    export_report(dossier, out, lang="en")
    assert time.perf_counter() - start < 60
    text = squeezed(pdf_text(out))
    assert "MEGA" in text
    assert "charactersleftout" in text


def test_a_logo_of_a_hundred_megapixels_is_left_out_before_decoding() -> None:
    import io

    from PIL import Image

    from bricoleur_desk.report.layout import print_logo

    out = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(out, "PNG")  # 20 KB on disk, 576 MB as RGBA
    assert len(out.getvalue()) < 100_000
    assert print_logo(out.getvalue()) is None  # the cover shows the municipality's name only
