"""Everything in a dossier comes back from the file exactly as it went in."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import dossiers, fixed_zones

from bricoleur_desk.domain.document import Changed, DossierDocument
from bricoleur_desk.domain.edits import Change, Insert, Remove
from bricoleur_desk.domain.model import Dossier, Note
from bricoleur_desk.storage import FILE_SUFFIX, DossierFileError, create_dossier, open_dossier

from .conftest import rich_dossier


def test_every_field_and_kind_round_trips(dossier_path: Path) -> None:
    with open_dossier(dossier_path) as opened:
        loaded = opened.load()
    expected = rich_dossier()
    assert loaded == expected
    # dataclass == compares datetimes by instant: check awareness and offsets separately
    assert loaded.meetings[0].notes[0].created_at.utcoffset() == timedelta(0)
    assert loaded.meetings[0].notes[1].created_at.tzinfo is None
    # float32 points bit-exact, incl. the extremes
    stroke = loaded.meetings[0].canvases[0].sheets[0].strokes[0]
    assert stroke.points.typecode == "f"
    assert stroke.points.tobytes() == expected.meetings[0].canvases[0].sheets[0].strokes[0].points.tobytes()
    assert type(loaded.meetings[0].canvases[0].background.data) is bytes
    assert loaded.house_style.logo_png == expected.house_style.logo_png
    assert list(loaded.meetings[0].evaluation.scores) == [1, 2, 3, 4, 5]


def test_times_of_the_evening_with_an_offset_are_read_as_local_time(tmp_path: Path) -> None:
    # written by a script or an older build; naive and aware times cannot be compared (TypeError)
    dossier = rich_dossier()
    cest = timezone(timedelta(hours=2))
    dossier.meetings[0].starts_at = datetime(2026, 10, 14, 19, 30, tzinfo=cest)
    dossier.promises[0].updates[0].at = datetime(2026, 11, 2, 10, 0, tzinfo=cest)
    path = tmp_path / "offset.bricoleur"
    create_dossier(path, dossier).close()
    with open_dossier(path) as opened:
        loaded = opened.load()
    local = datetime(2026, 10, 14, 17, 30, tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert loaded.meetings[0].starts_at == local
    assert loaded.promises[0].updates[0].at == datetime(2026, 11, 2, 8, 0, tzinfo=UTC).astimezone().replace(
        tzinfo=None
    )
    assert loaded.latest_meeting() is not None  # compares the starts


def test_file_suffix() -> None:
    assert FILE_SUFFIX == ".bricoleur"


def test_empty_dossier_round_trips(tmp_path: Path) -> None:
    empty = Dossier(title="")
    with create_dossier(tmp_path / "leeg.bricoleur", empty) as opened:
        assert opened.load() == empty


def test_any_text_number_and_moment_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "h.bricoleur"
    create_dossier(path, rich_dossier()).close()
    with open_dossier(path) as opened:
        doc = DossierDocument(opened.load())

        @settings(max_examples=40, deadline=None)
        @given(
            text=st.text(),
            title=st.text(max_size=40),
            votes=st.integers(min_value=-(2**63), max_value=2**63 - 1),
            when=st.datetimes(timezones=st.none() | st.timezones()),
        )
        def check(text: str, title: str, votes: int, when: datetime) -> None:
            _, changed = Insert("note", "m1", Note("hyp", 99, text, votes=votes, created_at=when)).apply(doc)
            changed += Change.of(doc.dossier.id, title=title).apply(doc)[1]
            opened.write(doc, changed)
            loaded = opened.load()
            note = loaded.meetings[0].note("hyp")
            assert (note.text, note.votes, loaded.title) == (text, votes, title)
            # the local time and its offset, as written (== would call times in a zone's
            # repeated autumn hour unequal to any other zone's: PEP 495)
            assert note.created_at.replace(tzinfo=None) == when.replace(tzinfo=None)
            assert note.created_at.utcoffset() == when.utcoffset()
            assert (note.created_at.tzinfo is None) == (when.tzinfo is None)
            opened.write(doc, Remove("note", "hyp").apply(doc)[1])

        check()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(dossier=dossiers(timezones=fixed_zones()))
def test_generated_dossiers_round_trip(tmp_path: Path, dossier: Dossier) -> None:
    path = Path(tempfile.mkdtemp(dir=tmp_path)) / "g.bricoleur"
    create_dossier(path, dossier).close()
    with open_dossier(path) as opened:
        assert opened.load() == dossier


def test_create_refuses_to_overwrite_and_leaves_no_temp_file(dossier_path: Path) -> None:
    before = dossier_path.read_bytes()
    with pytest.raises(DossierFileError, match="already exists") as caught:
        create_dossier(dossier_path, Dossier(title="Ander"))
    assert str(caught.value).startswith(f"{dossier_path}: ")
    assert dossier_path.read_bytes() == before
    with create_dossier(dossier_path, Dossier(title="Ander", id="d2"), overwrite=True) as replaced:
        assert replaced.load().title == "Ander"
    assert [p.name for p in dossier_path.parent.iterdir() if p.is_file()] == [dossier_path.name]


def test_create_in_a_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "nergens" / "x.bricoleur"
    with pytest.raises(DossierFileError, match="folder does not exist"):
        create_dossier(path, Dossier(title="x"))


def test_duplicate_ids_are_refused_naming_the_target_file(tmp_path: Path) -> None:
    d = rich_dossier()
    d.meetings[0].notes.append(Note("n1", 50, "zelfde id"))
    path = tmp_path / "dubbel.bricoleur"
    with pytest.raises(DossierFileError) as caught:
        create_dossier(path, d)
    assert str(caught.value).startswith(f"{path}: cannot write the file")
    assert list(tmp_path.glob("*.bricoleur*")) == [] and list(tmp_path.glob(".*tmp*")) == []


def test_writing_another_dossier_into_an_open_file_is_a_bug(dossier_path: Path) -> None:
    with open_dossier(dossier_path) as opened:
        opened.load()
        stranger = DossierDocument(Dossier(title="Vreemd"))
        with pytest.raises(ValueError, match="holds dossier"):
            opened.write(stranger, [Changed("dossier", stranger.dossier.id, None)])


def test_stroke_bounding_boxes_are_stored(dossier_path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(f"file:{dossier_path}?mode=ro&immutable=1", uri=True)
    boxes = dict((r[0], r[1:]) for r in conn.execute("SELECT id, min_x, min_y, max_x, max_y FROM stroke"))
    conn.close()
    strokes = rich_dossier().meetings[0].canvases[0].sheets[0].strokes
    assert boxes == {s.id: pytest.approx(s.bounds()) for s in strokes}
    assert boxes["st1"] == pytest.approx((-5.5, -3.4028234e38, 0.1, 3.4028234e38), rel=1e-6)


def test_opening_and_reading_leave_the_file_untouched(dossier_path: Path) -> None:
    # file-sync tools and backups see no change when a dossier was only looked at
    before = (dossier_path.read_bytes(), dossier_path.stat().st_mtime_ns)
    with open_dossier(dossier_path) as opened:
        opened.load()
        opened.warm_up()
    assert (dossier_path.read_bytes(), dossier_path.stat().st_mtime_ns) == before
