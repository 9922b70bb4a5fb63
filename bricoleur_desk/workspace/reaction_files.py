"""Reading written reactions from a spreadsheet: a CSV file as Excel saves it, or an .xlsx workbook.

Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)" in Windows-1252 with ``;``
between the cells, "CSV UTF-8" with a byte-order mark, and "Unicode-tekst" in UTF-16 with
tabs; other programs use ``,``. The encoding is recognised (a BOM, else strict UTF-8, else
Windows-1252) and the separator sniffed from the first lines. Whatever arrives by mail is
hostile until read: a folder, a device, a huge file, a binary or a zip bomb each give one line
naming the file, never a traceback. Pure Python: the command line and the app share it.
"""

from __future__ import annotations

import codecs
import csv
import io
import stat
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from .errors import UserError

MAX_BYTES = 20 * 1024 * 1024  # far more than any stack of written reactions
MAX_UNPACKED = 200 * 1024 * 1024  # what an .xlsx may unpack to (a zip bomb is refused)
MAX_ROWS = 50_000
SEPARATORS = ";,\t"

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # the old binary Excel format (.xls)


@dataclass(frozen=True)
class Row:
    """One row of the sheet with the line (CSV) or row number (Excel) the user sees."""

    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """The header row and the rows under it, empty rows left out."""

    path: Path
    headers: tuple[str, ...]
    rows: tuple[Row, ...]
    header_line: int = 1
    encoding: str = ""  # how a CSV file was read ("utf-8-sig", "cp1252" ...); "" for Excel
    separator: str = ""  # the CSV separator found; "" for Excel


def read_table(path: Path) -> Table:
    """The table in ``path`` (.xlsx, or CSV/text in any separator Excel writes)."""
    path = Path(path)
    head = _check_file(path)
    if head.startswith(_ZIP):
        return _read_xlsx(path)
    if head.startswith(_OLE):
        raise UserError(
            "{path}: an old Excel file (.xls); save it as .xlsx or CSV and import that", path=path
        )
    return _read_csv(path, path.read_bytes())


def _check_file(path: Path) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise UserError("{path}: no such file", path=path) from None
    except OSError as error:
        raise UserError(
            "{path}: cannot be read ({reason})", path=path, reason=error.strerror or error
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise UserError("{path}: is a folder; choose a CSV or .xlsx file", path=path)
    if not stat.S_ISREG(info.st_mode):
        raise UserError("{path}: is not a regular file; choose a CSV or .xlsx file", path=path)
    if info.st_size > MAX_BYTES:
        raise UserError(
            "{path}: {size} MB is too large for written reactions (at most {limit} MB)",
            path=path,
            size=info.st_size // (1024 * 1024),
            limit=MAX_BYTES // (1024 * 1024),
        )
    if info.st_size == 0:
        raise UserError("{path}: is empty", path=path)
    try:
        with path.open("rb") as f:
            return f.read(8)
    except OSError as error:
        raise UserError(
            "{path}: cannot be read ({reason})", path=path, reason=error.strerror or error
        ) from None


# -- CSV -------------------------------------------------------------------------------------


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in; a clear error when it is none we know."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise UserError(
                    "{path}: is not valid {encoding} text although it says so",
                    path=path,
                    encoding=encoding.upper(),
                ) from None
    if b"\x00" in data[:65536]:
        raise UserError("{path}: is not a text file (binary data); import a CSV or .xlsx file", path=path)
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise UserError(
        "{path}: is neither UTF-8 nor Windows-1252 text; save it from Excel as CSV or .xlsx", path=path
    )


def sniff_separator(text: str) -> str:
    """The separator of the first lines: the one that splits them most evenly."""
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=SEPARATORS).delimiter
    except csv.Error:
        pass
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {sep: first.count(sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: counts[sep])
    return best if counts[best] else ";"


def _read_csv(path: Path, data: bytes) -> Table:
    text, encoding = decode(path, data)
    if "\x00" in text:  # binary data after the first 64 KB
        raise UserError("{path}: is not a text file (binary data); import a CSV or .xlsx file", path=path)
    start = 1
    first, _, rest = text.partition("\n")
    if first.rstrip("\r").lower().startswith("sep=") and len(first.rstrip("\r")) == 5:
        # Excel's own hint line ("sep=;"), written by some exports: it names the separator
        separator, text, start = first[4], rest, 2
    else:
        separator = sniff_separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    offset = start - 1

    def numbered() -> Iterator[tuple[int, tuple[str, ...]]]:
        line = start
        for record in reader:  # a quoted cell may span lines: the next record starts after it
            yield line, tuple(cell.strip() for cell in record)
            line = offset + reader.line_num + 1

    try:
        headers, header_line, rows = _headers_and_rows(path, numbered())
    except csv.Error as error:
        raise UserError(
            "{path}: line {line}: {reason}", path=path, line=offset + reader.line_num, reason=error
        ) from None
    if headers is None:
        raise UserError("{path}: holds no rows", path=path)
    return Table(path, headers, tuple(rows), header_line, encoding, separator)


def _headers_and_rows(
    path: Path, lines: Iterable[tuple[int, tuple[str, ...]]]
) -> tuple[tuple[str, ...] | None, int, list[Row]]:
    """The first line with text is the header, the others rows (numbered as in the file); empty ones skipped."""
    headers: tuple[str, ...] | None = None
    header_line = 1
    rows: list[Row] = []
    for line, cells in lines:
        if not any(cells):
            continue
        if headers is None:
            headers, header_line = cells, line
            continue
        rows.append(Row(line, cells))
        if len(rows) > MAX_ROWS:
            raise UserError("{path}: more than {rows} rows; split the file", path=path, rows=f"{MAX_ROWS:,}")
    return headers, header_line, rows


# -- Excel -----------------------------------------------------------------------------------


def _read_xlsx(path: Path) -> Table:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as error:
        raise UserError(
            "{path}: is not a readable .xlsx workbook ({reason})", path=path, reason=error
        ) from None
    if unpacked > MAX_UNPACKED:
        raise UserError(
            "{path}: unpacks to more than {limit} MB; not a sheet of reactions",
            path=path,
            limit=MAX_UNPACKED // (1024 * 1024),
        )
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for a damaged workbook
        raise UserError(
            "{path}: is not a readable .xlsx workbook ({reason})", path=path, reason=type(error).__name__
        ) from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise UserError("{path}: the workbook has no sheet", path=path)
        lines = (
            (number, tuple(_cell_text(v) for v in values))
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        )
        try:
            headers, header_line, rows = _headers_and_rows(path, lines)
        except UserError:
            raise
        except Exception as error:  # noqa: BLE001 - a damaged sheet inside a valid zip
            raise UserError(
                "{path}: the first sheet cannot be read ({reason})", path=path, reason=type(error).__name__
            ) from None
    finally:
        workbook.close()
    if headers is None:
        raise UserError("{path}: the first sheet holds no rows", path=path)
    return Table(path, headers, tuple(rows), header_line)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != time() else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()
