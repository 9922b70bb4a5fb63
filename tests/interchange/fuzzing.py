"""What the fuzz tests feed the JSON import and the file opener, and what they require of each.

The rule for every input: the reader returns a dossier, or raises the user error of its kind
(``InterchangeError`` for JSON, ``DossierFileError`` for a file) whose text is one line. Any
other exception, or a message over several lines, is a finding. An accepted JSON dossier must
also be written out, read back and written out again unchanged (the import then works everywhere).

Strategies:
- ``schema_documents``: documents generated from ``docs/dossier-v1.schema.json`` (hypothesis-jsonschema);
- ``mutated_demo``: the demo's real export with one to three values replaced by hostile ones
  (wrong types, NaN via text, huge numbers and strings, ids of other objects: duplicates and
  dangling references), keys removed or list elements duplicated;
- ``mutated_json_bytes``: a small valid export as bytes with bit flips, truncations, insertions;
- ``file_mutations``: bit flips, truncations, zeroed and swapped pages of a ``.bricoleur`` file.
"""

from __future__ import annotations

import copy
import json
import struct
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from bricoleur_desk.domain.errors import UserError
from bricoleur_desk.storage.interchange import InterchangeError, dossier_from_json, dumps

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "docs" / "dossier-v1.schema.json"
DEMO_JSON = ROOT / "resources" / "sample" / "van-heekplein.json"
CORPUS = Path(__file__).with_name("fuzz_corpus")


@cache
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


@cache
def demo_text() -> str:
    return DEMO_JSON.read_text(encoding="utf-8")


def demo() -> dict[str, Any]:
    return json.loads(demo_text())


def one_line(error: BaseException) -> None:
    text = str(error)
    assert text and "\n" not in text and "\r" not in text, f"message on several lines: {text!r}"
    assert len(text) < 2000, f"message of {len(text)} characters"


def check_json(data: Any) -> None:
    """Import ``data``: refused with a one-line message, or accepted and the same when read back."""
    try:
        dossier = dossier_from_json(data, warn=lambda message: one_line(ValueError(message)))
    except InterchangeError as e:
        one_line(e)
        return
    # what was accepted is written out, read back and written out again the same (not equal to
    # the first import: the export rounds stroke points to a hundredth, by design)
    text = dumps(dossier)
    assert dumps(dossier_from_json(json.loads(text), warn=lambda _m: None)) == text


def check_user_error(error: BaseException) -> None:
    assert isinstance(error, UserError), f"{type(error).__name__}: {error}"
    one_line(error)


# -- hostile values and structural mutations of a real export ----------------------------------

HOSTILE_VALUES = st.one_of(
    st.sampled_from(
        [None, True, False, 0, -1, 2**31, 2**63, -(2**63), 10**400, 1e308, -1e308, 1e30, 0.5, "", " ", "\x00",
         "\ud800", "x" * 5000, [], {}, [[]], {"": {}}, "1e30", "NaN", "2026-02-30", "2026-13-01T25:61:00",
         "2026-09-17T19:30:00+14:00", "#zzzzzz", "image/svg+xml", "====", "T", "p-1", "n-1", "m-1"]
    ),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)


def _containers(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value in the document (a key of an object or an index of a list)."""
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _containers(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value[:4]):  # the first few of a long list (strokes' points)
            found += _containers(child, (*path, index))
    return found


@cache
def _demo_paths() -> tuple[tuple[Any, ...], ...]:
    return tuple(p for p in _containers(demo()) if p)


@cache
def _demo_ids() -> tuple[str, ...]:
    ids: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("id"), str):
                ids.append(value["id"])
            for child in value.values():
                walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)

    walk(demo())
    return tuple(ids)


def _parent(doc: Any, path: tuple[Any, ...]) -> tuple[Any, Any]:
    for step in path[:-1]:
        doc = doc[step]
    return doc, path[-1]


@st.composite
def mutated_demo(draw: st.DrawFn) -> tuple[Any, list[str]]:
    """The demo export with one to three mutations; also returns their description."""
    doc = demo()
    done: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_demo_paths()))
        try:
            parent, key = _parent(doc, path)
            parent[key]  # noqa: B018 - an earlier mutation may have removed it
        except (KeyError, IndexError, TypeError):
            continue
        kind = draw(st.sampled_from(["value", "id", "delete", "duplicate", "nest"]))
        if kind == "value":
            parent[key] = draw(HOSTILE_VALUES)
        elif kind == "id":  # a reference to another object (dangling, duplicate, wrong kind)
            parent[key] = draw(st.sampled_from(_demo_ids()))
        elif kind == "delete":
            del parent[key]
        elif kind == "duplicate" and isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
        else:
            parent[key] = [parent[key]]
        done.append(f"{kind} at {list(path)}")
    return doc, done


# -- byte-level mutations of a JSON export -------------------------------------------------------


def small_export() -> bytes:
    from .test_errors import valid

    return json.dumps(valid(), ensure_ascii=False, indent=1).encode("utf-8")


@st.composite
def mutated_json_bytes(draw: st.DrawFn) -> bytes:
    data = bytearray(small_export())
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(["flip", "truncate", "insert", "delete"]))
        if kind == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "truncate":
            del data[at:]
        elif kind == "insert":
            data[at:at] = draw(st.sampled_from([b"NaN", b"Infinity", b"-", b"{", b"[", b'"', b"\\u", b"\xff", b"1e999",
                                                b",", b'"id": "n-1", ', b"\x00", b"9" * 5000]))
        else:
            del data[at : at + draw(st.integers(1, 40))]
    return bytes(data)


# -- mutations of a dossier file -----------------------------------------------------------------


def page_size(data: bytes) -> int:
    (size,) = struct.unpack(">H", data[16:18])
    return 65536 if size == 1 else size


@st.composite
def file_mutations(draw: st.DrawFn, size: int, page: int) -> list[tuple[str, int, int]]:
    """A list of (kind, a, b): flip bit b of byte a; truncate at a; zero page a; swap pages a and b."""
    pages = max(1, size // page)
    ops: list[tuple[str, int, int]] = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["flip", "flip", "header-flip", "truncate", "zero-page", "swap-pages"]))
        if kind == "flip":
            ops.append(("flip", draw(st.integers(0, size - 1)), draw(st.integers(0, 7))))
        elif kind == "header-flip":  # the first page: header and schema, where a flip matters most
            ops.append(("flip", draw(st.integers(0, page - 1)), draw(st.integers(0, 7))))
        elif kind == "truncate":
            ops.append(("truncate", draw(st.integers(0, size - 1)), 0))
        elif kind == "zero-page":
            ops.append(("zero-page", draw(st.integers(0, pages - 1)), 0))
        else:
            ops.append(("swap-pages", draw(st.integers(0, pages - 1)), draw(st.integers(0, pages - 1))))
    return ops


def mutate_file(data: bytes, ops: list[tuple[str, int, int]]) -> bytes:
    out = bytearray(data)
    page = page_size(data)
    for kind, a, b in ops:
        if kind == "flip" and a < len(out):
            out[a] ^= 1 << b
        elif kind == "truncate":
            del out[a:]
        elif kind == "zero-page":
            out[a * page : (a + 1) * page] = bytes(len(out[a * page : (a + 1) * page]))
        elif kind == "swap-pages":
            first, second = bytes(out[a * page : (a + 1) * page]), bytes(out[b * page : (b + 1) * page])
            if len(first) == len(second) == page:
                out[a * page : (a + 1) * page], out[b * page : (b + 1) * page] = second, first
    return bytes(out)
