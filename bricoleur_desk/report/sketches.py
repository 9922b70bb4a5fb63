"""A canvas (sketch roll) on paper: background at print resolution, visible sheets as vectors.

Pins are drawn as numbered circles, stickies as small yellow notes, labels as text; the legend
below the drawing repeats pins and stickies in full.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import struct
import threading
import warnings
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from PIL import Image
from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc
from reportlab.platypus import Flowable

from ..domain.ink_style import ink_layers
from ..domain.model import BackgroundKind, Canvas, Sheet
from .fonts import BOLD, REGULAR
from .layout import BODY_HEIGHT, BODY_WIDTH
from .sketch_paths import compressed_form, form_xobject, stroke_operators
from .sketch_store import Layers, SketchStore, background_key, pack_layers, unpack_layers
from .styles import RULE
from .text import plain

T = TypeVar("T")
PRINT_DPI = 150  # background photos and maps: sharp on paper, small in the file
SKETCH_WIDTH, SKETCH_HEIGHT = BODY_WIDTH, BODY_HEIGHT * 0.58  # the box a sketch fills on its page

_backgrounds: OrderedDict[str, PrintImage] = OrderedDict()  # by background_key
_backgrounds_lock = threading.Lock()
_preparing: list[ThreadPoolExecutor] = []  # one worker, made at the first sketch


def soon(work: Callable[..., T], *args: Any) -> Future[T]:
    """``work(*args)`` in a worker thread, begun now: the report lays out its text meanwhile.

    Decoding and scaling a map (~80 ms a 2000x1500 PNG), rounding and compressing its strokes
    are mostly Pillow and zlib calls that release the GIL, so a second core does them.
    """
    if not _preparing:
        _preparing.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-sketches"))
    return _preparing[0].submit(work, *args)


# The app stores backgrounds of at most 4,096 px on the long side (16.8 megapixels); a file from
# someone else may declare far more in a few kilobytes (a 20 KB PNG of 10,000 x 10,000 px took
# 0.9-1.4 GB to decode). Its size is read from the header, before any pixel is decoded.
MAX_BACKGROUND_PIXELS = 40_000_000


def oversized_background(data: bytes) -> tuple[int, int] | None:
    """The declared size of a background too large to decode for the report, else None."""
    try:
        with warnings.catch_warnings():  # PIL warns of a bomb above 89 MP and refuses above 179 MP
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as opened:
                width, height = opened.size  # from the header: nothing decoded yet
    except Image.DecompressionBombError:  # over 179 MP: PIL gives no size; a PNG's header has it
        if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
            return struct.unpack(">II", data[16:24])
        return (0, 0)
    except (OSError, ValueError):
        return None  # unreadable: left white, as before
    return (width, height) if width * height > MAX_BACKGROUND_PIXELS else None


@dataclass(frozen=True)
class PrintImage:
    """A background at print size, compressed as it goes into the PDF: JPEG, or PNG with transparency."""

    data: bytes
    width: int
    height: int
    jpeg: bool  # an RGB baseline JPEG, embedded as it is (DCTDecode), never decoded again


def print_size(width_pt: float, height_pt: float) -> tuple[int, int]:
    return max(1, round(width_pt / 72 * PRINT_DPI)), max(1, round(height_pt / 72 * PRINT_DPI))


def print_background(
    data: bytes, width_pt: float, height_pt: float, store: SketchStore | None = None, owner: str = ""
) -> PrintImage:
    """The background scaled down to PRINT_DPI for its size on paper, as JPEG (or PNG with alpha).

    With a ``store``, an image kept by an earlier report is taken as it is, and a new one is
    left in ``store.made`` to be kept.
    """
    if oversized_background(data) is not None:
        raise ValueError("the background is too large to decode")
    px_w, px_h = print_size(width_pt, height_pt)
    key = background_key(hashlib.blake2b(data, digest_size=16).hexdigest(), px_w, px_h)
    with _backgrounds_lock:
        cached = _backgrounds.get(key)
        if cached is not None:
            _backgrounds.move_to_end(key)
    kept_as = store.signed(key) if store is not None else None
    kept = store.take(kept_as) if store is not None else None
    if cached is None and kept is not None:
        cached = _read_print_image(kept)
    if cached is None:
        cached = _make_print_image(data, px_w, px_h)
    if store is not None and kept_as is not None and kept is None:
        store.keep(kept_as, "background", owner, cached.data)
    with _backgrounds_lock:
        _backgrounds[key] = cached
        while len(_backgrounds) > 16:
            _backgrounds.popitem(last=False)
    return cached


def _make_print_image(data: bytes, px_w: int, px_h: int) -> PrintImage:
    with Image.open(io.BytesIO(data)) as opened:
        opened.draft("RGB", (px_w, px_h))  # JPEG: decode at a smaller scale straight away
        has_alpha = opened.mode in ("RGBA", "LA", "PA") or "transparency" in opened.info
        mode = "RGBA" if has_alpha else "RGB"
        opened.load()
        image = opened if opened.mode == mode else opened.convert(mode)  # no copy of a 9 MB bitmap
        if image.width > px_w or image.height > px_h:
            image = image.resize((px_w, px_h), Image.Resampling.BILINEAR, reducing_gap=2.0)
        out = io.BytesIO()
        if has_alpha:
            image.save(out, "PNG", compress_level=1)
        else:
            image.save(out, "JPEG", quality=82, optimize=False)
        return PrintImage(out.getvalue(), image.width, image.height, not has_alpha)


def _read_print_image(data: bytes) -> PrintImage | None:
    """A kept image, its header checked (bytes in a file are never trusted blindly); None if unusable."""
    try:
        with Image.open(io.BytesIO(data)) as opened:  # reads the header only
            if opened.format == "JPEG" and opened.mode == "RGB":
                return PrintImage(data, opened.width, opened.height, True)
            if opened.format == "PNG":
                return PrintImage(data, opened.width, opened.height, False)
    except (OSError, ValueError, Image.DecompressionBombError):
        pass
    return None


def _jpeg_xobject(image: PrintImage) -> pdfdoc.PDFStream:
    d = pdfdoc.PDFDictionary(
        {
            "Type": pdfdoc.PDFName("XObject"),
            "Subtype": pdfdoc.PDFName("Image"),
            "Width": image.width,
            "Height": image.height,
            "ColorSpace": pdfdoc.PDFName("DeviceRGB"),
            "BitsPerComponent": 8,
            "Filter": pdfdoc.PDFName("DCTDecode"),
        }
    )
    return pdfdoc.PDFStream(d, image.data)


@dataclass(frozen=True)
class PinMark:
    number: str
    x: float
    y: float


def sketch_scale(canvas: Canvas, max_width: float = SKETCH_WIDTH, max_height: float = SKETCH_HEIGHT) -> float:
    """Paper points per canvas unit: the canvas scaled to fit the box the report gives a sketch."""
    return min(max_width / max(canvas.width, 1.0), max_height / max(canvas.height, 1.0))


def sheet_forms(sheet: Sheet, scale: float, height: float, store: SketchStore | None = None) -> tuple[Layers, int, int]:
    """A sheet's compressed stroke forms (one per ink layer), points in and written.

    Taken from ``store`` when kept there for the sheet's current strokes; made otherwise, and
    then left in ``store.made`` to be kept.
    """
    key = store.forms_key(sheet.id, scale, height) if store else None
    kept = store.take(key) if store else None
    layers = unpack_layers(kept) if kept is not None else None
    if layers is not None:
        return layers, 0, 0
    strokes = store.strokes(sheet.id, sheet.strokes) if store else sheet.strokes
    layers = []
    points_in = points_out = 0
    for layer in ink_layers(strokes):
        ops, n_in, n_out = stroke_operators(layer.strokes, scale, height)
        points_in += n_in
        points_out += n_out
        layers.append((layer.name, layer.opacity, compressed_form(ops)))
    if store and key:
        store.keep(key, "forms", sheet.id, pack_layers(layers))
    return layers, points_in, points_out


def _paper_size(canvas: Canvas) -> tuple[float, float]:
    scale = sketch_scale(canvas)
    return max(canvas.width, 1.0) * scale, max(canvas.height, 1.0) * scale  # as SketchFlowable's


def background_entry_key(canvas: Canvas, store: SketchStore) -> str | None:
    """The key under which a report keeps the canvas's map at print size (None: no map)."""
    bg = canvas.background
    if bg.kind != BackgroundKind.IMAGE or not bg.data:
        return None
    px_w, px_h = print_size(*_paper_size(canvas))
    return store.signed(background_key(hashlib.blake2b(bg.data, digest_size=16).hexdigest(), px_w, px_h))


def make_ahead(canvas: Canvas, sheets: list[Sheet], store: SketchStore, *, background: bool = True) -> None:
    """What a report of ``canvas`` would make for these sheets and its map, left in ``store.made``.

    For whoever writes sheets (an import, the app after an edit): the report then takes them
    as they are. Nothing is made for what ``store`` already holds.
    """
    scale = sketch_scale(canvas)
    width, height = _paper_size(canvas)
    bg = canvas.background
    if background and bg.kind == BackgroundKind.IMAGE and bg.data and oversized_background(bg.data) is None:
        # an unreadable map: the report leaves the sheet white
        with contextlib.suppress(OSError, ValueError, Image.DecompressionBombError):
            print_background(bg.data, width, height, store, canvas.id)
    for sheet in sheets:
        sheet_forms(sheet, scale, canvas.height, store)


class SketchFlowable(Flowable):
    """One canvas scaled to fit ``max_width`` x ``max_height``; vector strokes, raster background."""

    def __init__(
        self,
        canvas: Canvas,
        max_width: float,
        max_height: float,
        pins: list[PinMark],
        accent: colors.Color,
        sticky_numbers: dict[str, str],
        text_filter: Any = None,
        store: SketchStore | None = None,
    ) -> None:
        super().__init__()
        self.sketch = canvas
        cw, ch = max(canvas.width, 1.0), max(canvas.height, 1.0)
        self.scale = sketch_scale(canvas, max_width, max_height)
        self.width, self.height = cw * self.scale, ch * self.scale
        self.pins = pins
        self.accent = accent
        self.sticky_numbers = sticky_numbers
        self.text_filter = text_filter or (lambda s: s)
        self.points_in = self.points_out = 0
        self.store = store
        bg = canvas.background
        self._background: Future[PrintImage] | None = None
        # a background too large to decode is left out (the story says so under the sketch)
        self.left_out = oversized_background(bg.data) if bg.kind == BackgroundKind.IMAGE and bg.data else None
        if bg.kind == BackgroundKind.IMAGE and bg.data and self.left_out is None:
            self._background = soon(print_background, bg.data, self.width, self.height, store, canvas.id)
        # built once and kept across layout passes: this is the expensive part of a report
        self._forms = soon(self._build_forms)  # by sheet, bottom up

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def visible_sheets(self) -> list[Sheet]:
        return [s for s in self.sketch.sheets if s.visible]

    def _build_forms(self) -> dict[str, Layers]:
        forms: dict[str, Layers] = {}
        for sheet in self.visible_sheets():
            forms[sheet.id], n_in, n_out = sheet_forms(sheet, self.scale, self.sketch.height, self.store)
            self.points_in += n_in
            self.points_out += n_out
        return forms

    def draw(self) -> None:
        canv = self.canv
        forms = self._forms.result()
        canv.saveState()
        path = canv.beginPath()
        path.rect(0, 0, self.width, self.height)
        canv.clipPath(path, stroke=0, fill=0)
        self._draw_background(canv)
        for sheet in self.visible_sheets():
            for kind, alpha, data in forms.get(sheet.id, ()):
                name = f"sketch-{self.sketch.id}-{sheet.id}-{kind}"
                internal = canv._doc.getXObjectName(name)
                if not canv._doc.hasForm(name):
                    canv._doc.Reference(form_xobject(data, self.width, self.height), internal)
                canv.saveState()
                canv.setStrokeAlpha(alpha * sheet.opacity)
                canv.doForm(name)
                canv.restoreState()
            self._draw_labels(canv, sheet)
            self._draw_stickies(canv, sheet)
        self._draw_pins(canv)
        canv.restoreState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)

    def _draw_background(self, canv: Any) -> None:
        bg = self.sketch.background
        canv.setFillColor(colors.white)
        canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        if self._background is not None:
            try:
                image = self._background.result()
            except (OSError, ValueError, Image.DecompressionBombError):
                return  # an unreadable image leaves a white sheet rather than no report
            if not image.jpeg:
                reader = ImageReader(io.BytesIO(image.data))
                canv.drawImage(reader, 0, 0, self.width, self.height, mask="auto")
                return
            # embedded as it is: reportlab's drawImage would decode it again to name it by a digest
            name = f"map-{hashlib.blake2b(image.data, digest_size=12).hexdigest()}"
            if not canv._doc.hasForm(name):
                canv._doc.Reference(_jpeg_xobject(image), canv._doc.getXObjectName(name))
            canv.saveState()
            canv.transform(self.width, 0, 0, self.height, 0, 0)
            canv.doForm(name)
            canv.restoreState()
        elif bg.kind == BackgroundKind.GRID:
            canv.setStrokeColor(colors.HexColor("#dfe4ea"))
            canv.setLineWidth(0.3)
            step = 50 * self.scale
            x = step
            while x < self.width:
                canv.line(x, 0, x, self.height)
                x += step
            y = step
            while y < self.height:
                canv.line(0, y, self.width, y)
                y += step

    def _point(self, x: float, y: float) -> tuple[float, float]:
        return x * self.scale, self.height - y * self.scale

    def _draw_labels(self, canv: Any, sheet: Sheet) -> None:
        for label in sheet.labels:
            x, y = self._point(label.x, label.y)
            size = max(5.0, label.size * self.scale)
            canv.setFillColor(_color(label.color))
            canv.setFont(REGULAR, size)
            canv.drawString(x, y - size, plain(self.text_filter(label.text))[:80])

    def _draw_stickies(self, canv: Any, sheet: Sheet) -> None:
        for sticky in sheet.stickies:
            x, y = self._point(sticky.x, sticky.y)
            w = h = 16.0
            canv.setFillColor(_color(sticky.color, "#ffe066"))
            canv.setStrokeColor(colors.HexColor("#b8962e"))
            canv.setLineWidth(0.5)
            canv.rect(x, y - h, w, h, stroke=1, fill=1)
            canv.setFillColor(colors.black)
            canv.setFont(BOLD, 7)
            canv.drawCentredString(x + w / 2, y - h / 2 - 2.5, self.sticky_numbers.get(sticky.id, ""))

    def _draw_pins(self, canv: Any) -> None:
        radius = 7.0
        for pin in self.pins:
            x, y = self._point(pin.x, pin.y)
            canv.setFillColor(self.accent)
            canv.setStrokeColor(colors.white)
            canv.setLineWidth(1.2)
            canv.circle(x, y, radius, stroke=1, fill=1)
            canv.setFillColor(colors.white)
            size = 7.5 if len(pin.number) < 3 else 6
            canv.setFont(BOLD, size)
            canv.drawCentredString(x, y - size * 0.35, pin.number)


def _color(value: str, fallback: str = "#1f1f1f") -> colors.Color:
    try:
        return colors.HexColor(value)
    except (ValueError, TypeError):
        return colors.HexColor(fallback)
