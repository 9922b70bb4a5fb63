"""The sketch roll as the facilitator uses it: canvas picker, tool bar, canvas view and sheet panel.

Public API for the main window: ``SketchView(session, meeting_id)``; signal ``pinActivated(note_id)``;
``select_pin_for_note(note_id)``, ``place_pin(note_id, x, y)``, ``set_current_note(note_id)``;
note ids dropped with mime type ``application/x-bricoleur-note-ids`` become pins.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.document import Changed, Kind
from ...domain.errors import UserError
from ...domain.model import Background, BackgroundKind, Canvas, Meeting
from ...workspace import commands, sketch
from ...workspace.session import DossierSession
from ...workspace.wall_privacy import PENDING
from ..messages import user_text
from . import backgrounds, export
from .scene import CanvasScene
from .sheets import SheetPanel
from .toolbar import SketchToolBar
from .view import CanvasView


class SketchView(QWidget):
    """Canvases of one meeting, drawn on with the tools; emits pinActivated when a pin is clicked."""

    pinActivated = Signal(str)
    canvasChanged = Signal(str)

    def __init__(self, session: DossierSession, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sketchView")
        self.session = session
        self.meeting_id = meeting_id
        self.scene: CanvasScene | None = None
        self.room_words: Callable[[str], str] | None = None  # set_room_words: masked on the projector
        self.view: CanvasView | None = None

        self.canvas_picker = QComboBox()
        self.canvas_picker.setObjectName("canvasPicker")
        self.canvas_picker.activated.connect(lambda i: self.show_canvas(self.canvas_picker.itemData(i)))
        self.new_button = QToolButton()
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_menu = QMenu(self)
        self.new_button.setMenu(self.new_menu)
        self.export_button = QToolButton()
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.export_button.setMenu(self.export_menu)
        self.message = QLabel()
        self._problem: BaseException | None = None  # what the message says, shown again on a language switch
        self.message.setObjectName("sketchMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4000f;")
        self.message.hide()
        top = QHBoxLayout()
        top.addWidget(self.canvas_picker, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.export_button)

        self.toolbar = SketchToolBar()
        self.panel = SheetPanel(session, self.canvas)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)

        self.toolbar.toolChosen.connect(self._tool_chosen)
        self.toolbar.colorChosen.connect(self._color_chosen)
        self.toolbar.widthChosen.connect(self._width_chosen)
        self.toolbar.partialEraserToggled.connect(self._partial_toggled)
        self.panel.currentSheetChanged.connect(self._sheet_chosen)
        self._unsubscribe = session.subscribe(self._on_changed)
        self.destroyed.connect(self._unsubscribe)
        self.retranslate()
        canvases = self.meeting.canvases
        if canvases:
            self.show_canvas(canvases[0].id)
        self._refresh_picker()

    # -- the document -----------------------------------------------------------------------

    @property
    def meeting(self) -> Meeting:
        return self.session.document.get(self.meeting_id)

    def canvas(self) -> Canvas | None:
        if self.scene is None or self.scene.canvas_id not in self.session.document:
            return None
        return self.scene.canvas

    def current_canvas_id(self) -> str | None:
        return self.scene.canvas_id if self.scene is not None else None

    def _on_changed(self, changes: list[Changed]) -> None:
        if any(c.kind == Kind.CANVAS and c.parent_id == self.meeting_id for c in changes):
            if self.scene is not None and self.scene.canvas_id not in self.session.document:
                canvases = self.meeting.canvases
                self.show_canvas(canvases[0].id if canvases else None)
            elif self.scene is None and self.meeting.canvases:
                self.show_canvas(self.meeting.canvases[-1].id)
            self._refresh_picker()
        if any(c.kind == Kind.SHEET for c in changes):
            self.panel.refresh()
            if self.view is not None:
                self.view.set_current_sheet(self.panel.current_sheet_id())

    def _refresh_picker(self) -> None:
        self.canvas_picker.clear()
        for canvas in self.meeting.canvases:
            self.canvas_picker.addItem(canvas.name, canvas.id)
        index = self.canvas_picker.findData(self.current_canvas_id())
        self.canvas_picker.setCurrentIndex(index)

    # -- canvases ---------------------------------------------------------------------------

    def set_room_words(self, words: Callable[[str], str]) -> None:
        """How the projector shows the words of stickies and labels (personal data masked)."""
        self.room_words = words
        if self.scene is not None:
            self.scene.room_words = words
            self.scene.update()

    def set_room_words_again(self) -> None:
        """The name scanner has loaded: the projector's stickies and labels are scanned now."""
        if self.scene is not None:
            self.scene.update()

    def show_canvas(self, canvas_id: str | None) -> None:
        """Show one of the meeting's canvases (None: the empty page)."""
        old = self.scene
        if canvas_id is None:
            self.scene = None
            self.stack.setCurrentWidget(self.empty)
        else:
            self.scene = CanvasScene(self.session, canvas_id, self)
            if self.room_words is not None:
                self.scene.room_words = self.room_words
            if self.view is None:
                self.view = CanvasView(self.scene)
                self.view.pinActivated.connect(self.pinActivated)
                self.view.toolChanged.connect(self.toolbar.show_tool)
                self.stack.addWidget(self.view)
            else:
                self.view.set_canvas_scene(self.scene)
            self.stack.setCurrentWidget(self.view)
            self.panel.set_current_sheet(None)
            self.view.set_current_sheet(self.panel.current_sheet_id())
        if old is not None:
            old.close()
            old.deleteLater()
        self.panel.refresh()
        index = self.canvas_picker.findData(canvas_id)
        if index >= 0:
            self.canvas_picker.setCurrentIndex(index)
        self.canvasChanged.emit(canvas_id or "")

    def new_canvas(
        self, kind: str = "blank", path: Path | None = None, page: int = 0, name: str | None = None
    ) -> str | None:
        """Make a canvas with a blank, grid, image or PDF-page background; None (and a message) on failure."""
        size = (1600.0, 1000.0)
        try:
            if kind == "image" and path is not None:
                background, size = backgrounds.background_from_image(path)
            elif kind == "pdf" and path is not None:
                background, size = backgrounds.background_from_pdf(path, page)
            else:
                background = Background(BackgroundKind.GRID if kind == "grid" else BackgroundKind.BLANK)
        except backgrounds.BackgroundError as error:
            self.show_message(error)
            return None
        self.show_message(None)
        title = name or (
            path.stem
            if path is not None
            else self.tr("Canvas %1").replace("%1", str(len(self.meeting.canvases) + 1))
        )
        canvas_id = commands.create(
            self.session,
            sketch.new_canvas,
            self.meeting_id,
            title,
            background,
            size,
            sheet_name=self.tr("Sheet 1"),
        )
        self.show_canvas(canvas_id)
        self._refresh_picker()
        return canvas_id

    def show_message(self, problem: BaseException | None) -> None:
        """Show what went wrong (in the interface language, also after a switch), or nothing."""
        self._problem = problem
        self.message.setText(user_text(problem) if problem is not None else "")
        self.message.setVisible(problem is not None)

    def _new_from_file(self, kind: str) -> None:
        if kind == "pdf":
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("PDF page as background"), "", self.tr("PDF (*.pdf)")
            )
        else:
            patterns = " ".join("*" + s for s in backgrounds.IMAGE_SUFFIXES)
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Image as background"), "", self.tr("Images") + f" ({patterns})"
            )
        if not path:
            return
        page = 0
        if kind == "pdf":
            try:
                count = backgrounds.pdf_page_count(Path(path))
            except backgrounds.BackgroundError as error:
                self.show_message(error)
                return
            if count > 1:
                number, ok = QInputDialog.getInt(
                    self,
                    self.tr("Which page?"),
                    self.tr("Page (1-%1)").replace("%1", str(count)),
                    1,
                    1,
                    count,
                )
                if not ok:
                    return
                page = number - 1
        self.new_canvas(kind, Path(path), page)

    def export(self, kind: str, path: Path | None = None) -> bool:
        """Export the current canvas with its visible sheets as PNG or SVG."""
        canvas = self.canvas()
        if canvas is None:
            return False
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export canvas"), f"{canvas.name}.{kind}", f"{kind.upper()} (*.{kind})"
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            words = self._export_words(canvas)
            if kind == "svg":
                export.export_svg(canvas, self.meeting, path, words)
            else:
                export.export_png(canvas, self.meeting, path, words=words)
        except (OSError, UserError) as error:
            self.show_message(error)
            return False
        return True

    def _export_words(self, canvas: Canvas) -> Callable[[str], str]:
        """The texts of an exported sketch as the projector shows them: names and contacts masked.

        While the name scanner loads, the projector shows "…" for an unscanned text; an export
        then waits rather than write a sticky note with a neighbour's name into an image."""
        words = self.room_words
        if words is None:
            return lambda text: text  # no projector masking set up (a bare sketch view)
        texts = [canvas.name] + [
            text
            for sheet in canvas.sheets
            if sheet.visible
            for text in (sheet.name, *(s.text for s in sheet.stickies), *(label.text for label in sheet.labels))
        ]
        if any(text.strip() and words(text) == PENDING for text in texts):
            raise UserError(
                "the name scanner is still loading; export the sketch again in a moment, "
                "so that names on its notes and labels are masked"
            )
        return words

    # -- pins -------------------------------------------------------------------------------

    def select_pin_for_note(self, note_id: str | None) -> None:
        """Highlight the pins of the note chosen in the note list."""
        if self.view is not None:
            self.view.select_pin_for_note(note_id)

    def set_current_note(self, note_id: str | None) -> None:
        """The note the pin tool pins next (the one selected in the note list)."""
        if self.view is not None:
            self.view.current_note_id = note_id
        self.select_pin_for_note(note_id)

    def place_pin(self, note_id: str, x: float, y: float) -> None:
        if self.view is not None:
            self.view.place_pin(note_id, x, y)

    # -- tool bar and keys ------------------------------------------------------------------

    def _tool_chosen(self, name: str) -> None:
        if self.view is not None:
            self.view.set_tool(name)
            self.view.setFocus()

    def _color_chosen(self, color: str) -> None:
        if self.view is not None:
            self.view.color = color

    def _width_chosen(self, width: float) -> None:
        if self.view is not None:
            self.view.width = width

    def _partial_toggled(self, on: bool) -> None:
        if self.view is not None:
            self.view.eraser_partial = on
            if on:
                self.view.set_tool("eraser")

    def _sheet_chosen(self, sheet_id: str) -> None:
        if self.view is not None:
            self.view.set_current_sheet(sheet_id or None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_C and not event.modifiers():
            self.panel.compare_flip()
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.canvas_picker.setAccessibleName(self.tr("Canvas"))
        self.new_button.setText(self.tr("New canvas"))
        self.new_button.setAccessibleName(self.tr("New canvas"))
        self.new_menu.clear()
        self.new_menu.addAction(self.tr("Blank"), lambda: self.new_canvas("blank"))
        self.new_menu.addAction(self.tr("Grid"), lambda: self.new_canvas("grid"))
        self.new_menu.addAction(self.tr("Image (map, photo)…"), lambda: self._new_from_file("image"))
        pdf = self.new_menu.addAction(self.tr("PDF page…"), lambda: self._new_from_file("pdf"))
        pdf.setEnabled(backgrounds.pdf_available())
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export canvas"))
        self.export_menu.clear()
        self.export_menu.addAction(self.tr("PNG image…"), lambda: self.export("png"))
        self.export_menu.addAction(self.tr("SVG drawing…"), lambda: self.export("svg"))
        self.empty.setText(
            self.tr("No canvas yet. Make one with “New canvas”: blank, grid, a map or a plan.")
        )
        self.message.setAccessibleName(self.tr("Message"))
        self.show_message(self._problem)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
