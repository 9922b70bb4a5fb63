"""Reopening a big sketch: its finished ink comes back from the disk cache, unless it changed."""

from __future__ import annotations

import zlib
from array import array

import pytest
from PySide6.QtCore import QPointF

from bricoleur_desk.domain.edits import Change
from bricoleur_desk.ui.canvas.ink import cache as ink_cache
from bricoleur_desk.ui.canvas.ink.tiles import TILE
from bricoleur_desk.ui.canvas.scene import CanvasScene
from bricoleur_desk.ui.canvas.view import CanvasView
from bricoleur_desk.workspace import commands, sketch


@pytest.fixture(autouse=True)
def _small_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ink_cache, "MIN_STROKES", 3)


def _draw_some(session) -> None:  # noqa: ANN001
    for y in (200, 400, 600):
        commands.create(session, sketch.add_stroke, "sA", array("f", [100, y, 0.5, 1400, y, 0.5]), width=10)


def _open(qtbot, session) -> CanvasView:  # noqa: ANN001
    view = CanvasView(CanvasScene(session, "c1"))
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    view.fit()
    return view


def test_finished_tiles_come_back_on_reopening_and_not_after_a_change(qtbot, session) -> None:
    _draw_some(session)
    first = _open(qtbot, session)
    first.canvas_scene().finish_rendering()
    first.canvas_scene().close()
    assert list(ink_cache.cache_folder(session.dossier.id).glob("*.bin"))

    second = _open(qtbot, session)
    ink = second.canvas_scene().ink("sA")
    assert ink.saved_digest is not None and ink.finished_base_tiles() is None  # not indexed yet
    image = second.grab().toImage()  # the first frame, before any tile is drawn anew
    assert image.pixelColor(second.mapFromScene(QPointF(700, 400))).name() != "#ffffff"
    second.canvas_scene().close()

    session.apply(Change.of(session.dossier.meetings[0].canvases[0].sheets[0].strokes[0].id, color="#c8102e"))
    third = _open(qtbot, session)
    assert third.canvas_scene().ink("sA").saved_digest is None


def test_a_damaged_cache_file_is_ignored(qtbot, session) -> None:
    _draw_some(session)
    first = _open(qtbot, session)
    first.canvas_scene().finish_rendering()
    first.canvas_scene().close()
    for path in ink_cache.cache_folder(session.dossier.id).glob("*.bin"):
        path.write_bytes(path.read_bytes()[:100])
    second = _open(qtbot, session)
    assert second.canvas_scene().ink("sA").saved_digest is None
    second.canvas_scene().finish_rendering()
    image = second.grab().toImage()
    assert image.pixelColor(second.mapFromScene(QPointF(700, 400))).name() != "#ffffff"


def test_cache_files_are_encrypted_and_kept_per_dossier(qtbot, session) -> None:
    _draw_some(session)
    view = _open(qtbot, session)
    view.canvas_scene().finish_rendering()
    view.canvas_scene().close()
    sheet = session.document.get("sA")
    digest = ink_cache.sheet_digest(sheet)
    (written,) = ink_cache.cache_folder(session.dossier.id).glob("*.bin")
    assert written.stem == digest[: ink_cache.NAME_BYTES * 2]  # the name holds no key
    assert digest[ink_cache.NAME_BYTES * 2 :] not in written.read_bytes().hex()
    tiles = ink_cache.load_tiles(session.dossier.id, digest, TILE)
    assert tiles
    some = next(iter(tiles.values()))
    plain = zlib.compress(bytes(some.constBits()), 1)
    assert plain[:64] not in written.read_bytes()  # no tile in the clear
    wrong_key = digest[: ink_cache.NAME_BYTES * 2] + "00" * ink_cache.KEY_BYTES
    assert ink_cache.load_tiles(session.dossier.id, wrong_key, TILE) == {}
    assert ink_cache.load_tiles("another-dossier", digest, TILE) == {}
    assert written.stat().st_mode & 0o077 == 0  # private to its owner
