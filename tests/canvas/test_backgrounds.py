"""Backgrounds from files, good and bad: each bad file gets a clear message naming it."""

from __future__ import annotations

import resource
import struct
import time
import zlib
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from bricoleur_desk.domain.model import BackgroundKind
from bricoleur_desk.ui.canvas import backgrounds
from bricoleur_desk.ui.canvas.backgrounds import BackgroundError
from bricoleur_desk.ui.canvas.sketch_view import SketchView


def _png(path: Path, width: int, height: int, color: str = "#3a7d44") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path))
    return path


def _bomb(path: Path, side: int = 40_000) -> Path:
    """A PNG whose header claims side x side pixels, with only a few bytes of data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * (side * 3 + 1) * 4)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b""))
    return path


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_an_image_becomes_the_background_and_sets_the_canvas_size(qtbot, session, tmp_path) -> None:
    widget = SketchView(session, "m1")
    qtbot.addWidget(widget)
    canvas_id = widget.new_canvas("image", _png(tmp_path / "kaart.png", 1200, 800))
    canvas = session.document.get(canvas_id)
    assert canvas.background.kind == BackgroundKind.IMAGE and canvas.background.media_type == "image/png"
    assert (canvas.width, canvas.height) == (1200, 800)
    assert canvas.name == "kaart" and len(canvas.sheets) == 1
    assert QImage.fromData(canvas.background.data).size().width() == 1200


def test_a_large_image_is_scaled_down_to_a_working_size(tmp_path) -> None:
    background, size = backgrounds.background_from_image(_png(tmp_path / "luchtfoto.png", 5000, 1000))
    assert size == (4096, 819)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("kapot.png", b"this is not an image at all" * 10),
        ("leeg.jpg", b""),
    ],
)
def test_a_corrupt_image_gets_a_message_naming_the_file(qtbot, session, tmp_path, name, content) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    widget = SketchView(session, "m1")
    qtbot.addWidget(widget)
    assert widget.new_canvas("image", path) is None
    assert name in widget.message.text() and not widget.message.isHidden()
    assert len(session.document.get("m1").canvases) == 1


def test_the_message_is_in_the_interface_language_and_follows_a_switch(qtbot, session, tmp_path) -> None:
    from bricoleur_desk.ui.translations import Translations

    path = tmp_path / "kapot.png"
    path.write_bytes(b"this is not an image at all" * 10)
    translations = Translations()
    translations.apply("nl")
    try:
        widget = SketchView(session, "m1")
        qtbot.addWidget(widget)
        assert widget.new_canvas("image", path) is None
        assert widget.message.text().startswith("kapot.png: geen afbeelding die deze app kan lezen (")
    finally:
        translations.remove()  # English again: the shown message follows
    qtbot.waitUntil(lambda: widget.message.text().startswith("kapot.png: not an image this app can read ("))


def test_a_truncated_image_is_refused(tmp_path) -> None:
    whole = _png(tmp_path / "heel.png", 900, 700).read_bytes()
    # a photo-like image so the PNG data is long enough to cut
    noisy = QImage(900, 700, QImage.Format.Format_RGB32)
    for y in range(0, 700, 7):
        for x in range(0, 900, 9):
            noisy.setPixelColor(x, y, QColor((x * 7) % 255, (y * 3) % 255, (x * y) % 255))
    noisy.save(str(tmp_path / "ruis.png"))
    whole = (tmp_path / "ruis.png").read_bytes()
    cut = tmp_path / "afgebroken.png"
    cut.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(BackgroundError, match="afgebroken.png"):
        backgrounds.read_image(cut)


def test_a_decompression_bomb_is_refused_and_memory_stays_bounded(tmp_path) -> None:
    before = _peak_rss_mb()
    start = time.perf_counter()
    with pytest.raises(BackgroundError, match="bom.png"):
        backgrounds.read_image(_bomb(tmp_path / "bom.png"))
    assert time.perf_counter() - start < 5  # fails fast, does not hang: it takes under 1 ms here
    assert _peak_rss_mb() - before < 400


def _pdf(path: Path, pages: int, marked: int | None = None) -> Path:
    """A PDF of ``pages`` A4 pages; page number ``marked`` (1-based) alone has its frame filled black."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    pdf = Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 40)
        pdf.drawString(100, 700, f"Plan page {number}")
        pdf.rect(80, 80, 400, 500, fill=int(number == marked))
        pdf.showPage()
    pdf.save()
    return path


needs_pdf = pytest.mark.skipif(not backgrounds.pdf_available(), reason="pypdfium2 not installed")


@needs_pdf
def test_a_chosen_page_of_a_500_page_pdf_becomes_the_background(qtbot, session, tmp_path) -> None:
    path = _pdf(tmp_path / "bestemmingsplan.pdf", 500, marked=321)
    assert backgrounds.pdf_page_count(path) == 500
    widget = SketchView(session, "m1")
    qtbot.addWidget(widget)
    canvas_id = widget.new_canvas("pdf", path, page=320)
    canvas = session.document.get(canvas_id)
    assert canvas.background.kind == BackgroundKind.IMAGE
    assert canvas.height > canvas.width > 1000  # A4 upright at a working resolution
    # the chosen page (index 320: the 321st) is the one drawn: the only one with a black frame
    image = QImage.fromData(canvas.background.data)
    inside_frame = image.pixelColor(round(image.width() * 280 / 595), round(image.height() * (1 - 330 / 842)))
    assert inside_frame.lightness() < 40
    with pytest.raises(BackgroundError, match="no page 501"):
        backgrounds.render_pdf_page(path, 500)


@needs_pdf
def test_a_password_protected_pdf_gets_a_clear_message(tmp_path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = _pdf(tmp_path / "open.pdf", 1)
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt("geheim")
    locked = tmp_path / "vertrouwelijk.pdf"
    with locked.open("wb") as f:
        writer.write(f)
    with pytest.raises(BackgroundError, match="vertrouwelijk.pdf.*password"):
        backgrounds.pdf_page_count(locked)


@needs_pdf
def test_a_broken_pdf_gets_a_clear_message(qtbot, session, tmp_path) -> None:
    broken = tmp_path / "stuk.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without end")
    widget = SketchView(session, "m1")
    qtbot.addWidget(widget)
    assert widget.new_canvas("pdf", broken) is None
    assert "stuk.pdf" in widget.message.text()


@pytest.mark.parametrize("suffix", ["jpg", "webp", "tiff"])
def test_photos_and_scans_in_other_formats_are_read(tmp_path, suffix) -> None:
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    for y in range(0, 200, 2):
        for x in range(0, 300, 3):
            image.setPixelColor(x, y, QColor((x * 5) % 256, (y * 3) % 256, (x + y) % 256))
    path = tmp_path / f"foto.{suffix}"
    assert image.save(str(path))
    background, size = backgrounds.background_from_image(path)
    assert size == (300, 200)
    assert background.media_type in ("image/png", "image/jpeg")
    assert not QImage.fromData(background.data).isNull()


def _slow_pdf(path: Path, squares: int = 300_000) -> Path:
    """One page of ``squares`` tiny filled squares: small on disk, slow to draw."""
    ops = b"".join(b"%d %d 3 3 re f\n" % (i % 590, (i * 7) % 830) for i in range(squares))
    content = zlib.compress(ops, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


@needs_pdf
def test_a_page_that_takes_too_long_is_stopped_with_a_message(qtbot, session, tmp_path) -> None:
    path = _slow_pdf(tmp_path / "zwaar plan.pdf")
    assert path.stat().st_size < 1_000_000
    started = time.monotonic()
    with pytest.raises(BackgroundError) as caught:
        backgrounds.render_pdf_page(path, 0, time_limit_s=0.3)
    assert time.monotonic() - started < 5
    assert str(caught.value) == (
        "zwaar plan.pdf: drawing page 1 took longer than 0.3 s and was stopped; save the page as an image and use that."
    )
    image = backgrounds.render_pdf_page(path, 0)  # within the app's own limits it is drawn
    assert max(image.width(), image.height()) <= backgrounds.WORKING_SIZE and not image.isNull()


@needs_pdf
def test_a_page_that_needs_too_much_memory_is_stopped_with_a_message(tmp_path) -> None:
    path = _pdf(tmp_path / "plan.pdf", 1)
    with pytest.raises(BackgroundError) as caught:
        backgrounds.render_pdf_page(path, 0, memory_mb=20)  # the page's bitmap alone is 30 MB
    assert str(caught.value) == "plan.pdf: drawing page 1 needed more than 20 MB of memory and was stopped."


def _huge_jpeg(path: Path, width: int, height: int) -> Path:
    """A small real JPEG whose frame header (SOF0) is patched to claim ``width`` x ``height`` pixels."""
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7d44"))
    assert image.save(str(path), "JPG")
    data = bytearray(path.read_bytes())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("name", "width", "height"),
    [("reuzenkaart.jpg", 60_000, 50_000), ("luchtfoto.png", 12_000, 9_000)],  # 3,000 and 108 megapixels
)
def test_an_image_claiming_absurd_dimensions_is_refused_before_decoding(
    qtbot, session, tmp_path, name: str, width: int, height: int
) -> None:
    path = (_huge_jpeg if name.endswith(".jpg") else lambda p, w, h: _bomb(p, w))(tmp_path / name, width, height)
    if name.endswith(".png"):  # a square header: the PNG bomb's side
        width = height = 12_000
    assert path.stat().st_size < 1_000_000
    before = _peak_rss_mb()
    started = time.monotonic()
    with pytest.raises(BackgroundError) as caught:
        backgrounds.read_image(path)  # the check itself, in this process: the header alone is read
    assert time.monotonic() - started < 2 and _peak_rss_mb() - before < 100
    expected = f"{name}: the image is too large ({width} x {height} px); save it at most 4096 px wide and try again."
    assert str(caught.value) == expected
    widget = SketchView(session, "m1")
    qtbot.addWidget(widget)
    assert widget.new_canvas("image", path) is None  # through the child process: the same one line
    assert widget.message.text() == expected and not widget.message.isHidden()
    assert len(session.document.get("m1").canvases) == 1


def test_a_normal_image_is_decoded_aside_while_the_window_keeps_painting(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QTimer

    path = _png(tmp_path / "kaart.png", 1200, 800, "#204080")
    ticks: list[int] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    image = backgrounds.read_image_aside(path)
    timer.stop()
    assert (image.width(), image.height()) == (1200, 800)
    assert image.pixelColor(600, 400).name() == "#204080"
    assert ticks  # the event loop ran while the child decoded
    with pytest.raises(BackgroundError) as caught:
        backgrounds.read_image_aside(path, time_limit_s=0.01)  # a child takes longer than that to start
    assert str(caught.value) == "kaart.png: reading the image took longer than 0.01 s and was stopped."
