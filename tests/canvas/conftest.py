"""A meeting with notes and a canvas of two sheets, and the canvas widgets built on it."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from bricoleur_desk.domain.model import Canvas
from bricoleur_desk.workspace.session import DossierSession
from tests.samples import DossierBuilder


@pytest.fixture
def session() -> DossierSession:
    sample = DossierBuilder("Parkstraat")
    sample.meeting("m1", "Bewonersavond Parkstraat", datetime(2026, 11, 24, 19, 30))
    for text in ("Te hard gereden in de Parkstraat", "Meer bomen op het plein", "Parkeren bij de school"):
        sample.note(text)
    canvas = sample.canvas("c1", "Kaart", width=1600, height=1000)
    sample.sheet(canvas, "sA", "Alternatief A")
    sample.sheet(canvas, "sB", "Alternatief B")
    return DossierSession(sample.build())


@pytest.fixture
def canvas(session: DossierSession) -> Canvas:
    return session.document.get("c1")


def scene_to_viewport(view, x: float, y: float) -> QPoint:  # noqa: ANN001
    return view.mapFromScene(QPointF(x, y))


def drag(view, points: list[tuple[float, float]], button=Qt.MouseButton.LeftButton) -> None:  # noqa: ANN001
    """Press, move through and release at scene points, with real mouse events on the viewport."""
    vp = view.viewport()
    first = scene_to_viewport(view, *points[0])
    QTest.mousePress(vp, button, Qt.KeyboardModifier.NoModifier, first)
    for x, y in points[1:]:
        QTest.mouseMove(vp, scene_to_viewport(view, x, y))
    QTest.mouseRelease(vp, button, Qt.KeyboardModifier.NoModifier, scene_to_viewport(view, *points[-1]))


def click(view, x: float, y: float) -> None:  # noqa: ANN001
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        scene_to_viewport(view, x, y),
    )
