"""The start-up reader (plain DB-API) knows exactly the columns and value kinds of schema.py.

White-box test of bricoleur_desk.storage.reader: its column decoders are compared one by one.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Date, LargeBinary

from bricoleur_desk.storage import reader
from bricoleur_desk.storage.column_types import EnumText, IsoDateTime
from bricoleur_desk.storage.repository import TABLES

# stored but not read back: the bounding box is derived from the points; every row's version
# is bookkeeping for a later merge, not part of the domain
DERIVED = {"stroke": {"min_x", "min_y", "max_x", "max_y"}}
NOT_READ = {"version"}


def test_reader_reads_every_column_of_every_table() -> None:
    assert set(reader.COLUMNS) == set(TABLES)
    for name, table in TABLES.items():
        read = [c for c, _ in reader.COLUMNS[name]]
        stored = [c.name for c in table.columns if c.name not in DERIVED.get(name, NOT_READ) | NOT_READ]
        assert read == stored, name


def test_reader_decodes_each_column_by_its_type() -> None:
    for name, table in TABLES.items():
        decoders = dict(reader.COLUMNS[name])
        for column in table.columns:
            if column.name in DERIVED.get(name, set()) | NOT_READ:
                continue
            decode = decoders[column.name]
            kind = column.type
            if isinstance(kind, Boolean):
                assert decode is reader._bool, column
            elif isinstance(kind, Date):
                assert decode is reader._date, column
            elif isinstance(kind, JSON):
                assert decode is reader._json, column
            elif isinstance(kind, IsoDateTime):
                assert decode is reader._datetime, column
            elif isinstance(kind, LargeBinary):
                assert decode is reader._bytes, column
            elif isinstance(kind, EnumText):
                member = next(iter(kind.enum))
                assert decode(member.value) is member, column
            else:
                assert decode is reader._same, column
