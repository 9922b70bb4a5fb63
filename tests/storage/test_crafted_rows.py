"""Crafted values in a dossier file: the reader names the row it cannot use, nothing else fails."""

from __future__ import annotations

import contextlib
import math
import shutil
import sqlite3
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bricoleur_desk.app import main
from bricoleur_desk.storage import DamagedRowError, read_dossier_file
from bricoleur_desk.storage.entities import ENTITIES

from .conftest import rich_dossier


def _set(path: Path, table: str, column: str, row_id: str, value: object) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, row_id))
    conn.close()


@pytest.mark.parametrize(
    ("table", "column", "row_id", "value", "problem"),
    [
        ("note", "text", "n1", b"\x00\x01blob", "column text: expected text, got binary data"),
        ("meeting", "starts_at", "m1", 20261014, "column starts_at: expected an ISO-8601 date and time, got '20261014'"),
        ("note", "kind", "n1", "complaint", "column kind: expected one of concern, idea, question, got 'complaint'"),
        ("sticky", "x", "sk1", 1e30, "column x: expected a number from -1e+09 to 1e+09, got 1e+30"),
        ("sheet", "opacity", "s1", 7.0, "column opacity: expected a number from 0 to 1, got 7.0"),
        ("meeting", "frame", "m1", '{"open": [1], "fixed": []}', "column frame: open[0]: expected a string"),
        ("meeting", "agenda", "m1", "not json", "column agenda: expected JSON text"),
        ("promise", "due", "pr1", "morgen", "column due: expected a date YYYY-MM-DD, got 'morgen'"),
        ("stroke", "points", "st1", struct.pack("<3f", math.nan, 1, 1), "column points: expected finite points, got NaN or infinity"),
        ("stroke", "points", "st1", b"\x00" * 5, "column points: expected float32 values of 4 bytes each, got 5 bytes"),
        ("person", "consent_contact", "p1", 7, "column consent_contact: expected 0 or 1, got a number"),
    ],
)  # fmt: skip
def test_a_crafted_value_is_refused_naming_table_row_and_column(
    dossier_path: Path, table: str, column: str, row_id: str, value: object, problem: str
) -> None:
    _set(dossier_path, table, column, row_id, value)
    with pytest.raises(DamagedRowError) as caught:
        read_dossier_file(dossier_path)
    assert str(caught.value) == f"{dossier_path}: table {table}, row id {row_id}: {problem}"


def test_text_that_is_not_utf8_is_refused_naming_its_row(dossier_path: Path) -> None:
    conn = sqlite3.connect(dossier_path)
    with conn:
        conn.execute("UPDATE note SET answer = CAST(x'41ff0a42' AS TEXT) WHERE id = 'n2'")
        conn.execute("UPDATE dossier SET title = CAST(x'41ff' AS TEXT), logo_png = x'ff00'")
    conn.close()
    with pytest.raises(DamagedRowError) as caught:
        read_dossier_file(dossier_path)
    assert (
        str(caught.value)
        == f"{dossier_path}: table dossier, row id dos-1: column title: text that is not UTF-8"
    )
    conn = sqlite3.connect(dossier_path)
    with conn:
        conn.execute("UPDATE dossier SET title = 'Weer goed'")  # the logo's bytes are no text
    conn.close()
    with pytest.raises(DamagedRowError) as caught:
        read_dossier_file(dossier_path)
    assert (
        str(caught.value) == f"{dossier_path}: table note, row id n2: column answer: text that is not UTF-8"
    )


_ROWS = [(kind, [f.column for f in entity.fields]) for kind, entity in ENTITIES.items()]
_VALUES = st.one_of(
    st.none(),
    st.binary(max_size=40),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),  # SQLite stores a NaN as NULL
    st.text(max_size=40),
    st.sampled_from(
        ["2026-02-30", "2026-10-14T19:30:00+02:00", "{}", "[]", '{"open": null}', "open", "#12345"]
    ),
    st.lists(st.floats(width=32), max_size=9).map(lambda xs: struct.pack(f"<{len(xs)}f", *xs)),
)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bricoleur_desk.storage import create_dossier

    path = tmp_path_factory.mktemp("pristine") / "lindenplein.bricoleur"
    create_dossier(path, rich_dossier()).close()
    return path


@settings(max_examples=60, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_command_on_a_crafted_file_ends_in_a_line_or_works(
    pristine: Path,
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    data: st.DataObject,
) -> None:
    folder = tmp_path_factory.mktemp("crafted")
    path = folder / "crafted.bricoleur"
    shutil.copyfile(pristine, path)
    conn = sqlite3.connect(path)
    with conn:
        for _ in range(data.draw(st.integers(1, 3))):
            table, columns = data.draw(st.sampled_from(_ROWS))
            ids = [row[0] for row in conn.execute(f"SELECT id FROM {table}")]
            if not ids:
                continue
            column = data.draw(st.sampled_from(columns))
            value, row_id = data.draw(_VALUES), data.draw(st.sampled_from(ids))
            with contextlib.suppress(sqlite3.IntegrityError):  # NOT NULL: SQLite keeps that out
                conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, row_id))
    conn.close()
    for command in (
        ["export", str(path), "--json", str(folder / "out.json")],
        ["report", str(path), "--out", str(folder / "out.pdf"), "--audience", "internal"],
        ["promises", str(path), "--csv", str(folder / "out.csv")],
    ):
        capsys.readouterr()
        code = main(command)
        err = capsys.readouterr().err
        assert code in (0, 1), (command, err)
        if code == 1:
            assert err.count("\n") == 1 and err.startswith("bricoleur-desk: "), err
