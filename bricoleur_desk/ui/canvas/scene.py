"""The canvas scene: watches the document and shows one canvas — background, sheet ink, items.

The document is the truth. The scene subscribes to the session and translates each Changed
record into the smallest refresh: a stroke drawn onto its tiles, an item moved, a sheet hidden.
Live previews of a gesture (the stroke being drawn) are painted on top by the active tool, so
every view of the scene — the facilitator's and the projector's — shows them as they happen.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRectF, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ...domain.document import Changed, Kind
from ...domain.geometry import Rect
from ...domain.model import Canvas, Label, Meeting, Pin, Sheet, Sticky, Stroke, new_id
from ...workspace import commands, sketch
from ...workspace.session import DossierSession
from .backgrounds import decode_background, paint_background
from .ink import TILE, SheetInk
from .ink import cache as ink_cache
from .items import LabelItem, PinItem, StickyItem

ROOM = 1.5  # room to draw beyond the background's edges, as a fraction of its size
WORK_SLICE = 0.012  # seconds of tile rendering per event-loop turn
GESTURE_PAUSE_MS = 40  # while a gesture is in progress, look again this much later


class Preview(Protocol):
    def paint_preview(self, painter: QPainter) -> None: ...


class CanvasScene(QGraphicsScene):
    """One canvas of a meeting, kept in step with the document."""

    canvasRemoved = Signal()
    sheetsChanged = Signal()

    def __init__(self, session: DossierSession, canvas_id: str, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session = session
        self.canvas_id = canvas_id
        self.preview: Preview | None = None
        self.fast_paint = False  # set by a view while it pans or zooms: tiles scaled without smoothing
        self._inks: dict[str, SheetInk] = {}
        self._items: dict[str, QGraphicsItem] = {}
        self._background_image: QImage | None = None
        self._work_timer = QTimer(self)
        self._work_timer.setSingleShot(True)
        self._work_timer.setInterval(0)
        self._work_timer.timeout.connect(self._work)
        self._drawing = False  # tiles the views asked for were missing at the last slice
        self._draft: LabelItem | None = None  # a label being started, not in the document yet
        self._room_type: tuple[float, float] | None = None  # (type px, zoom) of the room's view
        self._text_sink: Callable[[str, str], None] = self._apply_text
        # the words of stickies and labels as the room may read them (masked by the name scanner)
        self.room_words: Callable[[str], str] = lambda text: text
        self._rebuild()
        self._unsubscribe = session.subscribe(self._on_changed)
        self.destroyed.connect(self._unsubscribe)
        self._quit_hook = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_ink_cache)  # the evening's ink is kept for next time
            self._quit_hook = True

    def close(self) -> None:
        """Stop watching the document (call before dropping the scene)."""
        self.save_ink_cache()
        self._unsubscribe()
        self._work_timer.stop()
        app = QCoreApplication.instance()
        if self._quit_hook and app is not None:
            app.aboutToQuit.disconnect(self.save_ink_cache)
            self._quit_hook = False

    # -- what the scene shows ---------------------------------------------------------------

    @property
    def canvas(self) -> Canvas:
        return self.session.document.get(self.canvas_id)

    @property
    def meeting(self) -> Meeting:
        return self.session.document.meeting_of(self.canvas_id)

    def canvas_rect(self) -> QRectF:
        c = self.canvas
        return QRectF(0, 0, c.width, c.height)

    def ink(self, sheet_id: str) -> SheetInk:
        return self._inks[sheet_id]

    def inks(self) -> list[SheetInk]:
        """The ink of every sheet of the canvas."""
        return list(self._inks.values())

    def draw_in_background(self) -> None:
        """Start the slices of background drawing unless they are under way (e.g. a benchmark's loop)."""
        self._schedule_work()

    def work_scheduled_in(self) -> int | None:
        """Milliseconds before the next slice of background drawing; None while the scene rests."""
        return self._work_timer.interval() if self._work_timer.isActive() else None

    def item_for(self, object_id: str) -> QGraphicsItem | None:
        return self._items.get(object_id)

    def pin_items(self) -> list[PinItem]:
        return [i for i in self._items.values() if isinstance(i, PinItem)]

    def set_room_type(self, pixels: float, zoom: float) -> None:
        """The room's view shows this canvas at ``zoom`` and needs type of ``pixels``.

        Stickies and pins grow to it there (see ``items.ROOM_TYPE_FRACTION``).
        """
        if self._room_type == (pixels, zoom):
            return
        self._room_type = (pixels, zoom)
        for item in self._items.values():
            self._fit_for_room(item)

    def _fit_for_room(self, item: QGraphicsItem) -> None:
        if self._room_type is None:
            return
        pixels, zoom = self._room_type
        if isinstance(item, StickyItem):
            item.set_room_type(pixels, zoom, self.canvas_rect())
        elif isinstance(item, PinItem):
            item.set_room_type(pixels)

    def _rebuild(self) -> None:
        for item in list(self._items.values()):
            self.removeItem(item)
        self._items.clear()
        if self._draft is not None:
            self.removeItem(self._draft)
            self._draft = None
        canvas = self.canvas
        self._inks = {sheet.id: self._open_ink(sheet) for sheet in canvas.sheets}
        self._background_image = decode_background(canvas.background)
        for sheet in canvas.sheets:
            for sticky in sheet.stickies:
                self._add_item(Kind.STICKY, sticky, sheet.id)
            for label in sheet.labels:
                self._add_item(Kind.LABEL, label, sheet.id)
            for pin in sheet.pins:
                self._add_item(Kind.PIN, pin, sheet.id)
        self._update_scene_rect()
        self._restyle_sheets()

    def _open_ink(self, sheet: Sheet) -> SheetInk:
        ink = SheetInk(sheet)
        if len(sheet.strokes) >= ink_cache.MIN_STROKES:
            digest = ink_cache.sheet_digest(sheet)
            tiles = ink_cache.load_tiles(self.session.dossier.id, digest, TILE)
            if tiles:
                ink.adopt_base_tiles(tiles)
                ink.saved_digest = digest
                ink.saved_tiles = len(tiles)
        return ink

    def save_ink_cache(self, only_unedited: bool = False) -> None:
        """Write finished full-size tiles of big sheets to the disk cache (reopening is instant)."""
        for sheet_id, ink in self._inks.items():
            if len(ink.strokes) < ink_cache.MIN_STROKES:
                continue
            if only_unedited and (ink.edited or ink.saved_digest is not None):
                continue  # digesting 50,000 strokes costs ~0.1 s: not after every stroke
            tiles = ink.finished_base_tiles()
            if not tiles or sheet_id not in self.session.document:
                continue
            digest = ink_cache.sheet_digest(self.session.document.get(sheet_id))
            if digest != ink.saved_digest or len(tiles) > ink.saved_tiles:
                ink_cache.save_tiles(self.session.dossier.id, digest, TILE, tiles)
                ink.saved_digest = digest
                ink.saved_tiles = len(tiles)

    def _update_scene_rect(self) -> None:
        c = self.canvas
        room = ROOM * max(c.width, c.height)
        self.setSceneRect(QRectF(-room, -room, c.width + 2 * room, c.height + 2 * room))

    def _restyle_sheets(self) -> None:
        sheets = self.canvas.sheets
        for z, sheet in enumerate(sheets):
            for item in self._items.values():
                if getattr(item, "sheet_id", None) == sheet.id:
                    item.setVisible(sheet.visible)
                    item.setOpacity(sheet.opacity)
                    item.setZValue(z * 10 + (5 if isinstance(item, PinItem) else 0))
        self.sheetsChanged.emit()
        self.update()

    def _pin_number(self, note_id: str) -> str:
        try:
            return str(self.meeting.note(note_id).number)
        except KeyError:
            return "?"

    def start_label(self, sheet_id: str, x: float, y: float, color: str, size: float) -> LabelItem:
        """A label being written: it joins the document with its first character, or never.

        So a click with the text tool that types nothing leaves no empty label behind and no
        undo step.
        """
        if self._draft is not None:
            self._drop_draft(self._draft)  # an untouched one before it goes
        draft = Label(id=new_id(), text="", x=x, y=y, color=color, size=size)
        item = LabelItem(draft, sheet_id, lambda _id, text: self._draft_typed(item, draft, text))
        item.on_done = lambda: QTimer.singleShot(0, lambda: self._drop_draft(item))
        self._draft = item
        self.addItem(item)
        return item

    def _draft_typed(self, item: LabelItem, draft: Label, text: str) -> None:
        if text and self._draft is item:
            commands.create(
                self.session,
                sketch.add_label,
                item.sheet_id,
                draft.x,
                draft.y,
                text,
                draft.color,
                draft.size,
                draft.id,
            )

    def _drop_draft(self, item: LabelItem) -> None:
        if self._draft is item:  # editing ended before a character was typed
            self._draft = None
            self.removeItem(item)

    def _add_item(self, kind: str, obj: Sticky | Label | Pin, sheet_id: str) -> None:
        item: QGraphicsItem
        draft = self._draft
        if draft is not None and draft.object_id == obj.id:
            # the label being started got its first character: the same item carries on
            self._draft = None
            draft.on_done = None
            draft.report_to(self._text_sink)
            self._items[obj.id] = draft
            return
        if kind == Kind.STICKY:
            item = StickyItem(obj, sheet_id, self._text_sink)  # type: ignore[arg-type]
        elif kind == Kind.LABEL:
            item = LabelItem(obj, sheet_id, self._text_sink)  # type: ignore[arg-type]
        else:
            item = PinItem(obj, sheet_id, self._pin_number(obj.note_id))  # type: ignore[union-attr]
        self._items[obj.id] = item
        self._fit_for_room(item)
        self.addItem(item)

    def _apply_text(self, object_id: str, text: str) -> None:
        if object_id in self.session.document and self.session.document.get(object_id).text != text:
            commands.run(self.session, sketch.set_text, object_id, text)

    # -- watching the document --------------------------------------------------------------

    def _on_changed(self, changes: list[Changed]) -> None:
        doc = self.session.document
        if self.canvas_id not in doc:
            self.canvasRemoved.emit()
            return
        restyle = False
        for change in changes:
            kind = change.kind
            if not change.deleted and change.id not in doc:
                continue  # moved in its list, then removed later in the same batch
            if kind == Kind.STROKE:
                ink = self._inks.get(change.parent_id or "")
                if ink is not None:
                    self._stroke_changed(ink, change)
            elif kind == Kind.SHEET:
                if change.parent_id == self.canvas_id or change.id in self._inks:
                    restyle |= self._sheet_changed(change)
            elif kind in (Kind.STICKY, Kind.LABEL, Kind.PIN):
                if change.parent_id in self._inks:
                    self._item_changed(change)
            elif kind == Kind.NOTE:
                for pin in self.pin_items():
                    if pin.note_id == change.id:
                        pin.set_number(self._pin_number(change.id))
                        pin.update()
            elif kind == Kind.CANVAS and change.id == self.canvas_id:
                self._background_image = decode_background(self.canvas.background)
                self._update_scene_rect()
                for item in self._items.values():
                    self._fit_for_room(item)  # stickies stay on a canvas of another size
                restyle = True
        if restyle:
            self._restyle_sheets()

    def _stroke_changed(self, ink: SheetInk, change: Changed) -> None:
        ink.ensure_indexed()
        if change.deleted:
            rect = ink.rect_of(change.id)
            ink.stroke_removed(change.id)
        else:
            stroke: Stroke = self.session.document.get(change.id)
            if change.id not in ink.strokes:
                ink.stroke_added(stroke, self.session.document.get(change.parent_id or ""))
                rect = ink.rect_of(change.id)
            elif not ink.unchanged(stroke):
                old = ink.rect_of(change.id)
                ink.stroke_changed(stroke)
                new = ink.rect_of(change.id)
                rect = None if old is None or new is None else _union(old, new)
            else:
                return  # only its place in the list moved
        if change.deleted:
            self._schedule_work()
        else:  # a new or changed stroke is painted before the next slice of background drawing
            self._work_timer.start(GESTURE_PAUSE_MS)
        if rect is not None:
            self.update(QRectF(*_qrect(rect)))

    def _sheet_changed(self, change: Changed) -> bool:
        doc = self.session.document
        if change.deleted:
            self._inks.pop(change.id, None)
            for oid in [k for k, i in self._items.items() if getattr(i, "sheet_id", None) == change.id]:
                self.removeItem(self._items.pop(oid))
        elif change.id not in self._inks:
            sheet: Sheet = doc.get(change.id)
            self._inks[sheet.id] = self._open_ink(sheet)
            for sticky in sheet.stickies:
                self._add_item(Kind.STICKY, sticky, sheet.id)
            for label in sheet.labels:
                self._add_item(Kind.LABEL, label, sheet.id)
            for pin in sheet.pins:
                self._add_item(Kind.PIN, pin, sheet.id)
        return True

    def _item_changed(self, change: Changed) -> None:
        item = self._items.get(change.id)
        if change.deleted:
            if item is not None:
                self.removeItem(self._items.pop(change.id))
            return
        obj = self.session.document.get(change.id)
        if item is None:
            self._add_item(change.kind, obj, change.parent_id or "")
            self._restyle_sheets()
        elif isinstance(item, PinItem):
            item.update_from(obj, self._pin_number(obj.note_id))
        else:
            item.update_from(obj)  # type: ignore[attr-defined]

    # -- painting ---------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, QColor("#8a8f94"))
        canvas = self.canvas
        paint_background(painter, canvas.background, self._background_image, self.canvas_rect())
        scale = painter.worldTransform().m11()
        visible = (rect.left(), rect.top(), rect.right(), rect.bottom())
        view = self._lead_view_rect(painter)
        for sheet in canvas.sheets:
            ink = self._inks.get(sheet.id)
            if ink is None or not sheet.visible or sheet.opacity <= 0.0:
                continue
            painter.setOpacity(sheet.opacity)
            ink.paint(painter, visible, scale, self.fast_paint, view)
            painter.setOpacity(1.0)
            if ink.has_work():
                self._schedule_work()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if self.preview is not None:
            self.preview.paint_preview(painter)

    def _schedule_work(self) -> None:
        if not self._work_timer.isActive():
            self._work_timer.start()

    def _lead_view_rect(self, painter: QPainter) -> Rect | None:
        """What the facilitator's view shows, when it is the one painting: zooms start there.

        The projector's view follows it or stays put, so drawing ahead for it would only make
        the two views take turns at steering the look-ahead.
        """
        device = painter.device()
        for view in self.views():
            if view.viewport() is device and getattr(view, "interactive", False):
                r = view.mapToScene(view.viewport().rect()).boundingRect()
                return (r.left(), r.top(), r.right(), r.bottom())
        return None

    def _visible_rect(self) -> Rect | None:
        rects = [v.mapToScene(v.viewport().rect()).boundingRect() for v in self.views() if v.isVisible()]
        if not rects:
            return None
        r = rects[0]
        for other in rects[1:]:
            r = r.united(other)
        return (r.left(), r.top(), r.right(), r.bottom())

    def _work(self) -> None:
        preview = self.preview
        if (
            preview is not None
            and getattr(preview, "active", False)
            and getattr(preview, "pauses_work", False)
        ):
            # a pen is writing: background drawing waits, so no point ever lags behind it
            self._work_timer.start(GESTURE_PAUSE_MS)
            return
        self._work_timer.setInterval(0)
        deadline = time.perf_counter() + WORK_SLICE
        visible = self._visible_rect()
        # drawing ahead only while the facilitator's view is shown: it is the one that zooms
        # (the projector alone showing the canvas while notes are typed draws nothing extra)
        ahead = any(v.isVisible() and getattr(v, "interactive", False) for v in self.views())
        busy = drawing = False
        for ink in self._inks.values():
            if ink.has_work(ahead=ahead):
                for rect in ink.work(deadline, visible, ahead):
                    self.update(QRectF(*_qrect(rect)))
                busy |= ink.has_work(ahead=ahead)
                drawing |= ink.needs_drawing()
        if busy:
            self._work_timer.start()
        if self._drawing and not drawing:
            # the first full drawing of a big sheet is kept; later edits are kept on close
            self.save_ink_cache(only_unedited=True)
        self._drawing = drawing

    def finish_rendering(self, limit: float = 30.0) -> None:
        """Render every wanted tile now (exports, screenshots, benchmarks)."""
        end = time.perf_counter() + limit
        for ink in self._inks.values():
            ink.ensure_indexed()
        for view in self.views():
            if view.isVisible():
                view.viewport().grab()  # a paint asks for the tiles it shows
        while any(ink.needs_drawing() for ink in self._inks.values()) and time.perf_counter() < end:
            for ink in self._inks.values():
                ink.work(time.perf_counter() + 1.0)


def _union(a: Rect, b: Rect) -> Rect:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _qrect(rect: Rect) -> tuple[float, float, float, float]:
    return (rect[0], rect[1], rect[2] - rect[0], rect[3] - rect[1])
