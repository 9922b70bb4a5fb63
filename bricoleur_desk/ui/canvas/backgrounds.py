"""Backgrounds from files: images and PDF pages, read safely, and their painting on the canvas.

A map or a photo can be huge, truncated or hostile. Qt's allocation limit stops decompression
bombs, the size is read before the pixels so large images are decoded straight to a working size
(at most ``WORKING_SIZE`` px on the long side), and every failure becomes a
:class:`BackgroundError` whose message names the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEventLoop, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageIOHandler, QImageReader, QPainter, QPen

from ...domain.errors import UserError
from ...domain.model import Background, BackgroundKind

WORKING_SIZE = 4096  # px on the long side: sharp on a projector, ~64 MB at most in memory
ALLOCATION_LIMIT_MB = 256
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
    if full_bytes > ALLOCATION_LIMIT_MB * 2**20 and not reader.supportsOption(
        QImageIOHandler.ImageOption.ScaledSize
    ):
        # this format decodes at full size before scaling: refuse instead of risking the memory
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


def background_from_image(path: Path) -> tuple[Background, tuple[float, float]]:
    """A background and the canvas size (the working image's pixels) from an image file."""
    image = read_image(path)
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
    import os
    import struct
    import subprocess
    import sys
    import tempfile
    import time

    from . import pdf_child

    package_root = str(Path(__file__).resolve().parents[3])  # the folder holding bricoleur_desk
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")])))
    page = page_index + 1
    with tempfile.TemporaryDirectory(prefix="bricoleur-page-") as folder:
        out = Path(folder) / "page.raw"
        child = subprocess.Popen(
            [sys.executable, "-m", "bricoleur_desk.ui.canvas.pdf_child",
             str(path), str(page_index), repr(scale), str(memory_mb), str(out)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
        )
        deadline = time.monotonic() + time_limit_s
        app = QCoreApplication.instance()
        while child.poll() is None:
            if time.monotonic() > deadline:
                child.kill()
                child.wait()
                raise BackgroundError(
                    "{name}: drawing page {page} took longer than {seconds} s and was stopped; "
                    "save the page as an image and use that.",
                    name=path.name, page=page, seconds=f"{time_limit_s:g}",
                )
            if app is not None:  # the window keeps painting; no clicks or keys meanwhile
                app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 20)
            time.sleep(0.01)
        reason = child.stderr.read().decode("utf-8", "replace").strip() if child.stderr else ""
        if child.stderr:
            child.stderr.close()
        if child.returncode == pdf_child.NOT_DRAWN:
            raise BackgroundError(
                "{name}: page {page} could not be drawn ({reason}).", name=path.name, page=page, reason=reason
            )
        if child.returncode != 0 or not out.exists():  # out of memory, or pdfium died of it
            raise BackgroundError(
                "{name}: drawing page {page} needed more than {limit} MB of memory and was stopped.",
                name=path.name, page=page, limit=memory_mb,
            )
        raw = out.read_bytes()
    w, h, stride, mode = struct.unpack(">IIII", raw[:16])
    image = QImage(raw[16:], w, h, stride, _format_for(pdf_child.MODES[mode])).copy()
    return image.convertToFormat(QImage.Format.Format_RGB32)


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
