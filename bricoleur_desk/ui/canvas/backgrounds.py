"""Backgrounds from files: images and PDF pages, read safely, and their painting on the canvas.

A map or a photo can be huge, truncated or hostile. The size is read from the header before the
pixels: more than ``MAX_MEGAPIXELS`` is refused, large images are decoded straight to a working
size (at most ``WORKING_SIZE`` px on the long side), and Qt's allocation limit stops what gets
past that. A file chosen as a background is decoded in a child process with a time and a memory
limit (``image_child``, as PDF pages are drawn in ``pdf_child``) while the window keeps painting.
Every failure becomes a :class:`BackgroundError` whose one-line message names the file.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEventLoop, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageIOHandler, QImageReader, QPainter, QPen

from ...domain.errors import UserError
from ...domain.model import Background, BackgroundKind

WORKING_SIZE = 4096  # px on the long side: sharp on a projector, ~64 MB at most in memory
ALLOCATION_LIMIT_MB = 256
MAX_MEGAPIXELS = 100  # a header claiming more is refused before a pixel is decoded
# an image file is decoded in a child process: stopped after this long, or past this much memory
IMAGE_TIME_LIMIT_S = 30.0
IMAGE_MEMORY_LIMIT_MB = 1024
MAX_PDF_BYTES = 200 * 1024 * 1024
# a PDF page is drawn in a child process: stopped after this long, or past this much memory
PDF_TIME_LIMIT_S = 30.0
PDF_MEMORY_LIMIT_MB = 1024
GRID_STEP = 50.0

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".tif", ".tiff", ".bmp", ".gif")


class BackgroundError(UserError):
    """A file that cannot become a background; a message id and values, as every user error."""


def _reader_limits() -> None:
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)


def read_image(path: Path) -> QImage:
    """Read an image file at a sane working resolution, or raise BackgroundError naming it."""
    _reader_limits()
    if not path.is_file():
        raise BackgroundError("{name}: file not found.", name=path.name)
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
    return _decode(reader, path.name)


def _decode(reader: QImageReader, name: str) -> QImage:
    if not reader.canRead():
        raise BackgroundError(
            "{name}: not an image this app can read ({reason}).", name=name, reason=reader.errorString()
        )
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        raise BackgroundError("{name}: the image has no readable size; the file may be damaged.", name=name)
    longest = max(size.width(), size.height())
    full_bytes = size.width() * size.height() * 4
    too_many_pixels = size.width() * size.height() > MAX_MEGAPIXELS * 1_000_000
    if too_many_pixels or (
        full_bytes > ALLOCATION_LIMIT_MB * 2**20
        and not reader.supportsOption(QImageIOHandler.ImageOption.ScaledSize)
    ):
        # absurd, or this format decodes at full size before scaling: refuse instead of risking the memory
        raise BackgroundError(
            "{name}: the image is too large ({width} x {height} px); "
            "save it at most {limit} px wide and try again.",
            name=name,
            width=size.width(),
            height=size.height(),
            limit=WORKING_SIZE,
        )
    if longest > WORKING_SIZE:
        factor = WORKING_SIZE / longest
        reader.setScaledSize(
            QSize(max(1, round(size.width() * factor)), max(1, round(size.height() * factor)))
        )
    image = reader.read()
    if image.isNull():
        raise BackgroundError(
            "{name}: the image could not be read ({reason}).", name=name, reason=reader.errorString()
        )
    return image.convertToFormat(QImage.Format.Format_RGB32)


def image_bytes(image: QImage) -> tuple[bytes, str]:
    """PNG bytes for a drawing or plan, JPEG for a photo (many colours): what the dossier stores."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    photo = image.width() * image.height() > 600_000 and _looks_like_photo(image)
    image.save(buffer, "JPG" if photo else "PNG", 88 if photo else -1)
    return bytes(buffer.data().data()), "image/jpeg" if photo else "image/png"


def _looks_like_photo(image: QImage) -> bool:
    small = image.scaled(64, 64)
    colours = {small.pixel(x, y) for x in range(64) for y in range(64)}
    return len(colours) > 1500


def read_image_aside(
    path: Path, *, time_limit_s: float | None = None, memory_mb: int | None = None
) -> QImage:
    """:func:`read_image` in a child process with a time and a memory limit; the window keeps painting."""
    if not path.is_file():
        raise BackgroundError("{name}: file not found.", name=path.name)
    time_limit_s = IMAGE_TIME_LIMIT_S if time_limit_s is None else time_limit_s
    memory_mb = IMAGE_MEMORY_LIMIT_MB if memory_mb is None else memory_mb
    too_slow = BackgroundError(
        "{name}: reading the image took longer than {seconds} s and was stopped.",
        name=path.name, seconds=f"{time_limit_s:g}",
    )  # fmt: skip
    too_big = BackgroundError(
        "{name}: reading the image needed more than {limit} MB of memory and was stopped.",
        name=path.name, limit=memory_mb,
    )  # fmt: skip
    from . import image_child

    raw = _in_child("image_child", [str(path), str(memory_mb)], time_limit_s, too_slow, too_big, image_child.REFUSED)
    w, h, stride = struct.unpack(">III", raw[:12])
    return QImage(raw[12:], w, h, stride, QImage.Format.Format_RGB32).copy()


def background_from_image(path: Path) -> tuple[Background, tuple[float, float]]:
    """A background and the canvas size (the working image's pixels) from an image file."""
    image = read_image_aside(path)
    data, media_type = image_bytes(image)
    return Background(BackgroundKind.IMAGE, media_type, data), (float(image.width()), float(image.height()))


def pdf_available() -> bool:
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


def _open_pdf(path: Path):  # noqa: ANN202 - a pypdfium2 document
    if not pdf_available():
        raise BackgroundError(
            "{name}: PDF pages cannot be read on this installation (pypdfium2 missing).", name=path.name
        )
    import pypdfium2 as pdfium

    if not path.is_file():
        raise BackgroundError("{name}: file not found.", name=path.name)
    if path.stat().st_size > MAX_PDF_BYTES:
        raise BackgroundError(
            "{name}: the PDF is larger than {limit} MB.", name=path.name, limit=MAX_PDF_BYTES // 2**20
        )
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        text = str(error).lower()
        if "password" in text:
            raise BackgroundError("{name}: the PDF is protected with a password.", name=path.name) from error
        raise BackgroundError(
            "{name}: the PDF is damaged or not a PDF ({reason}).", name=path.name, reason=error
        ) from error


def pdf_page_count(path: Path) -> int:
    """How many pages the PDF has (only the page picked later is rendered)."""
    pdf = _open_pdf(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def render_pdf_page(
    path: Path, page_index: int, *, time_limit_s: float | None = None, memory_mb: int | None = None
) -> QImage:
    """One page of a PDF as an image of at most WORKING_SIZE px on the long side.

    Drawn in a child process (``pdf_child``) with a time and a memory limit, while the window
    keeps painting: a hostile page is stopped with a clear message instead of hanging the app.
    """
    pdf = _open_pdf(path)
    try:
        if not 0 <= page_index < len(pdf):
            raise BackgroundError(
                "{name}: there is no page {page} (it has {count}).",
                name=path.name,
                page=page_index + 1,
                count=len(pdf),
            )
        width, height = pdf[page_index].get_size()
    finally:
        pdf.close()
    if width <= 0 or height <= 0:
        raise BackgroundError("{name}: page {page} has no size.", name=path.name, page=page_index + 1)
    scale = min(WORKING_SIZE / max(width, height), 200 / 72)  # 200 dpi at most
    return _render_in_child(
        path,
        page_index,
        scale,
        PDF_TIME_LIMIT_S if time_limit_s is None else time_limit_s,
        PDF_MEMORY_LIMIT_MB if memory_mb is None else memory_mb,
    )


def _render_in_child(path: Path, page_index: int, scale: float, time_limit_s: float, memory_mb: int) -> QImage:
    from . import pdf_child

    page = page_index + 1
    too_slow = BackgroundError(
        "{name}: drawing page {page} took longer than {seconds} s and was stopped; "
        "save the page as an image and use that.",
        name=path.name, page=page, seconds=f"{time_limit_s:g}",
    )  # fmt: skip
    too_big = BackgroundError(
        "{name}: drawing page {page} needed more than {limit} MB of memory and was stopped.",
        name=path.name, page=page, limit=memory_mb,
    )  # fmt: skip
    args = [str(path), str(page_index), repr(scale), str(memory_mb)]
    try:
        raw = _in_child("pdf_child", args, time_limit_s, too_slow, too_big, pdf_child.NOT_DRAWN)
    except _NotDone as failed:
        raise BackgroundError(
            "{name}: page {page} could not be drawn ({reason}).", name=path.name, page=page, reason=failed.reason
        ) from None
    w, h, stride, mode = struct.unpack(">IIII", raw[:16])
    image = QImage(raw[16:], w, h, stride, _format_for(pdf_child.MODES[mode])).copy()
    return image.convertToFormat(QImage.Format.Format_RGB32)


class _NotDone(Exception):
    """The child said why it could not do its work (its exit code ``refused``; the reason on stderr)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _in_child(
    module: str,
    args: list[str],
    time_limit_s: float,
    too_slow: BackgroundError,
    too_big: BackgroundError,
    refused: int,
) -> bytes:
    """Run ``python -m bricoleur_desk.ui.canvas.MODULE *args OUT`` and return what it wrote to OUT.

    Killed past ``time_limit_s`` (``too_slow``); a crash or no output is taken for memory
    (``too_big``); exit code ``refused`` with its reason on stderr raises :class:`_NotDone`, or
    the child's own BackgroundError when it sent one (as JSON).
    """
    package_root = str(Path(__file__).resolve().parents[3])  # the folder holding bricoleur_desk
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")])))
    with tempfile.TemporaryDirectory(prefix="bricoleur-background-") as folder:
        out = Path(folder) / "pixels.raw"
        child = subprocess.Popen(
            [sys.executable, "-m", f"bricoleur_desk.ui.canvas.{module}", *args, str(out)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
        )  # fmt: skip
        deadline = time.monotonic() + time_limit_s
        app = QCoreApplication.instance()
        while child.poll() is None:
            if time.monotonic() > deadline:
                child.kill()
                child.wait()
                if child.stderr:
                    child.stderr.close()
                raise too_slow
            if app is not None:  # the window keeps painting; no clicks or keys meanwhile
                app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 20)
            time.sleep(0.01)
        reason = child.stderr.read().decode("utf-8", "replace").strip() if child.stderr else ""
        if child.stderr:
            child.stderr.close()
        if child.returncode == refused:
            try:
                sent = json.loads(reason)
            except ValueError:
                raise _NotDone(reason) from None
            raise BackgroundError(sent["id"], **sent["values"])
        if child.returncode != 0 or not out.exists():  # out of memory, or the decoder died of it
            raise too_big
        return out.read_bytes()


def _format_for(mode: str) -> QImage.Format:
    return {
        "RGB": QImage.Format.Format_RGB888,
        "RGBA": QImage.Format.Format_RGBA8888,
        "RGBX": QImage.Format.Format_RGBX8888,
        "L": QImage.Format.Format_Grayscale8,
    }.get(mode, QImage.Format.Format_RGB888)


def background_from_pdf(path: Path, page_index: int) -> tuple[Background, tuple[float, float]]:
    image = render_pdf_page(path, page_index)
    data, media_type = image_bytes(image)
    return Background(BackgroundKind.IMAGE, media_type, data), (float(image.width()), float(image.height()))


def decode_background(background: Background) -> QImage | None:
    """The stored image of a background, or None for blank and grid (or unreadable bytes)."""
    if background.kind != BackgroundKind.IMAGE or not background.data:
        return None
    _reader_limits()
    buffer = QBuffer()
    buffer.setData(QByteArray(background.data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        return _decode(QImageReader(buffer), "background")
    except BackgroundError:
        return None


def paint_background(painter: QPainter, background: Background, image: QImage | None, size: QRectF) -> None:
    """Paper, grid or picture under the sheets; the area beyond the edges stays grey."""
    painter.fillRect(size, QColor("white"))
    if image is not None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(size, image)
    elif background.kind == BackgroundKind.GRID:
        painter.setPen(QPen(QColor(0, 90, 160, 45), 0))
        x = size.left()
        while x <= size.right():
            painter.drawLine(x, size.top(), x, size.bottom())
            x += GRID_STEP
        y = size.top()
        while y <= size.bottom():
            painter.drawLine(size.left(), y, size.right(), y)
            y += GRID_STEP
    painter.setPen(QPen(QColor(0, 0, 0, 70), 0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(size)
