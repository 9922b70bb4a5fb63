"""Every problem in a JSON dossier is refused with its exact JSON path; unknown keys only warn."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from bricoleur_desk.storage.interchange import InterchangeError, dossier_from_json


def valid() -> dict[str, Any]:
    """A small dossier using every kind of reference: people, themes, notes, promises, pins."""
    return {
        "format": "bricoleur-desk/dossier",
        "version": 1,
        "dossier": {"title": "Van Heekplein", "retention_until": "2033-12-31"},
        "people": [{"id": "p-1", "name": "Ayşe Özdemir", "consent_contact": True}],
        "promises": [
            {
                "id": "a-1",
                "meeting": "m-1",
                "text": "Bodemonderzoek delen",
                "due": "2026-10-15",
                "status": "open",
                "notes": ["n-1"],
                "updates": [{"at": "2026-10-01T10:00:00", "text": "Gestart"}],
            }
        ],
        "meetings": [
            {
                "id": "m-1",
                "title": "Eerste avond",
                "starts_at": "2026-09-17T19:30:00",
                "phase": "discuss",
                "themes": [{"id": "t-1", "name": "Groen", "color": "#2e7d32"}],
                "notes": [
                    {"id": "n-1", "kind": "concern", "text": "Asbest?", "theme": "t-1", "raised_by": "p-1"},
                    {
                        "id": "n-2",
                        "kind": "concern",
                        "text": "Ook asbest",
                        "status": "merged",
                        "merged_into": "n-1",
                    },
                ],
                "attendance": {"count": 10, "by_group": {"Parkstraat": 6, "Huurdersvereniging Lindenhof": 4}},
                "canvases": [
                    {
                        "id": "c-1",
                        "name": "Kaart",
                        "width": 1600,
                        "height": 1000,
                        "background": {"media_type": "image/png", "data_base64": "iVBORw0KGgo="},
                        "sheets": [
                            {
                                "id": "s-1",
                                "name": "A",
                                "visible": True,
                                "strokes": [
                                    {"tool": "pen", "color": "#000000", "width": 3, "points": [[1, 2, 0.5]]}
                                ],
                                "stickies": [{"text": "hier", "x": 1, "y": 2}],
                                "pins": [{"note": "n-1", "x": 3, "y": 4}],
                            }
                        ],
                    }
                ],
                "evaluation": {"scores": {"1": 0, "2": 1, "3": 2, "4": 3, "5": 4}, "remarks": ["Goed"]},
            }
        ],
    }


def refused(change: Callable[[dict[str, Any]], None]) -> InterchangeError:
    data = copy.deepcopy(valid())
    change(data)
    with pytest.raises(InterchangeError) as caught:
        dossier_from_json(data)
    return caught.value


def note(data: dict[str, Any], i: int = 0) -> dict[str, Any]:
    return data["meetings"][0]["notes"][i]


def sheet(data: dict[str, Any]) -> dict[str, Any]:
    return data["meetings"][0]["canvases"][0]["sheets"][0]


def test_the_valid_example_reads() -> None:
    dossier = dossier_from_json(valid())
    assert dossier.meetings[0].notes[1].merged_into == "n-1"


def test_the_issue_example_path_for_a_wrong_type() -> None:
    data = valid()
    meeting = data["meetings"][0]
    data["meetings"] = [
        {**copy.deepcopy(meeting), "id": f"m-{i}", "themes": [], "notes": [], "canvases": []}
        for i in range(2)
    ]
    notes = [{"id": f"n-{i}", "kind": "idea", "text": f"punt {i}"} for i in range(8)]
    notes[7]["text"] = 42
    data["meetings"].append({"id": "m-3", "title": "Derde", "starts_at": "2026-12-01T19:30", "notes": notes})
    data["promises"] = []
    with pytest.raises(InterchangeError) as caught:
        dossier_from_json(data)
    assert str(caught.value) == "meetings[2].notes[7].text: expected a string"
    assert caught.value.json_path == "meetings[2].notes[7].text"
    assert str(caught.value.problem) == "expected a string"
    assert isinstance(caught.value, ValueError)


CASES: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("missing text", lambda d: note(d).pop("text"), "meetings[0].notes[0].text: required key missing"),
    ("missing title", lambda d: d["dossier"].pop("title"), "dossier.title: required key missing"),
    ("missing dossier", lambda d: d.pop("dossier"), "dossier: required key missing"),
    ("meetings not a list", lambda d: d.update(meetings={}), "meetings: expected a list"),
    (
        "note not an object",
        lambda d: d["meetings"][0]["notes"].append("x"),
        "meetings[0].notes[2]: expected an object",
    ),
    (
        "votes as bool",
        lambda d: note(d).update(votes=True),
        "meetings[0].notes[0].votes: expected a whole number",
    ),
    (
        "negative votes",
        lambda d: note(d).update(votes=-1),
        "meetings[0].notes[0].votes: expected a whole number of at least 0, got -1",
    ),
    (
        "consent as text",
        lambda d: d["people"][0].update(consent_contact="ja"),
        "people[0].consent_contact: expected true or false",
    ),
    (
        "bad kind",
        lambda d: note(d).update(kind="worry"),
        "meetings[0].notes[0].kind: expected one of concern, question, idea, got 'worry'",
    ),
    (
        "bad status",
        lambda d: note(d).update(status="closed"),
        "meetings[0].notes[0].status: expected one of open, answered, investigate, out_of_frame, merged, got 'closed'",
    ),
    (
        "bad phase",
        lambda d: d["meetings"][0].update(phase="pause"),
        "meetings[0].phase: expected one of prepare, inventory, discuss, close, got 'pause'",
    ),
    (
        "bad promise status",
        lambda d: d["promises"][0].update(status="busy"),
        "promises[0].status: expected one of open, done, dropped, got 'busy'",
    ),
    (
        "bad due date",
        lambda d: d["promises"][0].update(due="15-10-2026"),
        "promises[0].due: expected a date YYYY-MM-DD, got '15-10-2026'",
    ),
    (
        "impossible date",
        lambda d: d["promises"][0].update(due="2026-02-30"),
        "promises[0].due: expected a date YYYY-MM-DD, got '2026-02-30'",
    ),
    (
        "bad retention date",
        lambda d: d["dossier"].update(retention_until="2033"),
        "dossier.retention_until: expected a date YYYY-MM-DD, got '2033'",
    ),
    (
        "bad start",
        lambda d: d["meetings"][0].update(starts_at="gisteren"),
        "meetings[0].starts_at: expected an ISO-8601 date and time, got 'gisteren'",
    ),
    (
        "date without time",
        lambda d: d["meetings"][0].update(starts_at="2026-09-17"),
        "meetings[0].starts_at: expected an ISO-8601 date and time, got '2026-09-17'",
    ),
    (
        "bad update time",
        lambda d: d["promises"][0]["updates"][0].update(at=3),
        "promises[0].updates[0].at: expected a string",
    ),
    (
        "colour name",
        lambda d: d["meetings"][0]["themes"][0].update(color="red"),
        "meetings[0].themes[0].color: expected a colour #rrggbb, got 'red'",
    ),
    (
        "short colour",
        lambda d: sheet(d)["stickies"][0].update(color="#fff"),
        "meetings[0].canvases[0].sheets[0].stickies[0].color: expected a colour #rrggbb, got '#fff'",
    ),
    (
        "unknown theme",
        lambda d: note(d).update(theme="t-x"),
        "meetings[0].notes[0].theme: unknown theme 't-x' (not a theme of this meeting)",
    ),
    (
        "unknown person",
        lambda d: note(d).update(raised_by="p-x"),
        "meetings[0].notes[0].raised_by: unknown person 'p-x'",
    ),
    (
        "unknown meeting",
        lambda d: d["promises"][0].update(meeting="m-x"),
        "promises[0].meeting: unknown meeting 'm-x'",
    ),
    (
        "unknown promised note",
        lambda d: d["promises"][0]["notes"].append("n-x"),
        "promises[0].notes[1]: unknown note 'n-x'",
    ),
    (
        "unknown merge target",
        lambda d: note(d, 1).update(merged_into="n-x"),
        "meetings[0].notes[1].merged_into: unknown note 'n-x' (not a note of this meeting)",
    ),
    (
        "merged into itself",
        lambda d: note(d, 1).update(merged_into="n-2"),
        "meetings[0].notes[1].merged_into: a note cannot be merged into itself",
    ),
    (
        "pin to unknown note",
        lambda d: sheet(d)["pins"][0].update(note="n-x"),
        "meetings[0].canvases[0].sheets[0].pins[0].note: unknown note 'n-x' (not a note of this meeting)",
    ),
    (
        "duplicate id",
        lambda d: d["meetings"][0]["themes"][0].update(id="n-1"),
        "meetings[0].notes[0].id: duplicate id 'n-1', already used at meetings[0].themes[0].id",
    ),
    ("empty id", lambda d: d["people"][0].update(id=""), "people[0].id: expected a non-empty id"),
    (
        "duplicate number",
        lambda d: (note(d, 0).update(number=3), note(d, 1).update(number=3)),
        "meetings[0].notes[1].number: number 3 is already used by meetings[0].notes[0]",
    ),
    (
        "number zero",
        lambda d: note(d).update(number=0),
        "meetings[0].notes[0].number: expected a whole number of at least 1, got 0",
    ),
    (
        "group count",
        lambda d: d["meetings"][0]["attendance"]["by_group"].update(Parkstraat="zes"),
        "meetings[0].attendance.by_group.Parkstraat: expected a whole number",
    ),
    (
        "group count, name with spaces",
        lambda d: d["meetings"][0]["attendance"]["by_group"].update({"Huurdersvereniging Lindenhof": 1.5}),
        'meetings[0].attendance.by_group["Huurdersvereniging Lindenhof"]: expected a whole number',
    ),
    (
        "score 6",
        lambda d: d["meetings"][0]["evaluation"]["scores"].update({"6": 1}),
        'meetings[0].evaluation.scores["6"]: expected a score from 1 to 5 as the key',
    ),
    (
        "remark not text",
        lambda d: d["meetings"][0]["evaluation"]["remarks"].append(None),
        "meetings[0].evaluation.remarks[1]: expected a string",
    ),
    (
        "point of two numbers",
        lambda d: sheet(d)["strokes"][0]["points"].append([1, 2]),
        "meetings[0].canvases[0].sheets[0].strokes[0].points[1]: expected a point [x, y, pressure]",
    ),
    (
        "point with text",
        lambda d: sheet(d)["strokes"][0]["points"].append([1, "2", 0.5]),
        "meetings[0].canvases[0].sheets[0].strokes[0].points[1][1]: expected a number",
    ),
    (
        "point too large for float32",
        lambda d: sheet(d)["strokes"][0]["points"].append([1e39, 2, 0.5]),
        "meetings[0].canvases[0].sheets[0].strokes[0].points[1][0]: expected a number within float32 range",
    ),
    (
        "NaN coordinate",
        lambda d: sheet(d)["stickies"][0].update(x=float("nan")),
        "meetings[0].canvases[0].sheets[0].stickies[0].x: expected a finite number",
    ),
    (
        "bad tool",
        lambda d: sheet(d)["strokes"][0].update(tool="brush"),
        "meetings[0].canvases[0].sheets[0].strokes[0].tool: expected one of pen, highlighter, got 'brush'",
    ),
    (
        "zero width",
        lambda d: sheet(d)["strokes"][0].update(width=0),
        "meetings[0].canvases[0].sheets[0].strokes[0].width: expected a number above 0, got 0.0",
    ),
    (
        "opacity above 1",
        lambda d: sheet(d).update(opacity=1.5),
        "meetings[0].canvases[0].sheets[0].opacity: expected a number from 0 to 1, got 1.5",
    ),
    (
        "bad media type",
        lambda d: d["meetings"][0]["canvases"][0]["background"].update(media_type="image/gif"),
        "meetings[0].canvases[0].background.media_type: expected one of image/png, image/jpeg, got 'image/gif'",
    ),
    (
        "bad base64",
        lambda d: d["meetings"][0]["canvases"][0]["background"].update(data_base64="not base64!"),
        "meetings[0].canvases[0].background.data_base64: expected base64 data",
    ),
    (
        "image without data",
        lambda d: d["meetings"][0]["canvases"][0]["background"].update(kind="image", data_base64=None),
        "meetings[0].canvases[0].background.data_base64: required key missing (the background is an image)",
    ),
    (
        "lone surrogate",
        lambda d: note(d).update(text="a\ud800b"),
        "meetings[0].notes[0].text: invalid character at position 1 (a lone surrogate)",
    ),
    (
        "huge votes",
        lambda d: note(d).update(votes=10**30),
        "meetings[0].notes[0].votes: expected a whole number of at most 2147483647",
    ),
    (
        "huge coordinate",
        lambda d: sheet(d)["stickies"][0].update(x=10**400),
        "meetings[0].canvases[0].sheets[0].stickies[0].x: expected a finite number",
    ),
    (
        "logo not png",
        lambda d: d["dossier"].update(house_style={"logo": {"media_type": "image/jpeg", "data_base64": ""}}),
        "dossier.house_style.logo.media_type: expected 'image/png', got 'image/jpeg'",
    ),
]


@pytest.mark.parametrize(("change", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_problem_is_refused_with_its_path(
    change: Callable[[dict[str, Any]], None], message: str
) -> None:
    assert str(refused(change)) == message


def test_not_a_dossier_at_all() -> None:
    with pytest.raises(InterchangeError, match=r"^top level: expected an object$"):
        dossier_from_json([1, 2, 3])
    with pytest.raises(
        InterchangeError, match=r"^format: required key missing: this is not a Bricoleur Desk dossier$"
    ):
        dossier_from_json({"title": "x"})
    error = refused(lambda d: d.update(format="xournal"))
    assert (
        str(error)
        == "format: expected 'bricoleur-desk/dossier', got 'xournal': this is not a Bricoleur Desk dossier"
    )


def test_a_newer_version_is_refused_clearly() -> None:
    error = refused(lambda d: d.update(version=2))
    assert error.json_path == "version"
    assert "written by a newer version of Bricoleur Desk" in str(error)
    assert "format version 2" in str(error)
    assert str(refused(lambda d: d.update(version="1"))) == "version: expected a whole number"
    assert (
        str(refused(lambda d: d.update(version=0))) == "version: expected a whole number of at least 1, got 0"
    )


def test_unknown_keys_are_ignored_with_a_warning_naming_the_path() -> None:
    data = valid()
    data["generator"] = "script"
    data["meetings"][0]["colour"] = "#ff0000"
    note(data)["mood"] = "boos"
    sheet(data)["strokes"][0]["smoothing"] = 2
    data["meetings"][0]["attendance"]["weather"] = "regen"
    warnings: list[str] = []
    dossier = dossier_from_json(data, warnings.append)
    assert sorted(warnings) == sorted(
        [
            "generator: unknown key, ignored",
            "meetings[0].colour: unknown key, ignored",
            "meetings[0].notes[0].mood: unknown key, ignored",
            "meetings[0].canvases[0].sheets[0].strokes[0].smoothing: unknown key, ignored",
            "meetings[0].attendance.weather: unknown key, ignored",
        ]
    )
    assert dossier.meetings[0].notes[0].text == "Asbest?"


def test_unknown_keys_go_to_the_log_when_no_one_listens(caplog: pytest.LogCaptureFixture) -> None:
    data = valid()
    data["dossier"]["colour"] = "blue"
    dossier_from_json(data)
    assert "dossier.colour: unknown key, ignored" in caplog.text


def test_null_means_absent_for_optional_keys() -> None:
    data = valid()
    note(data).update(theme=None, answer=None, votes=None, created_at=None)
    read = dossier_from_json(data).meetings[0].notes[0]
    assert (read.theme_id, read.answer, read.votes, read.created_at) == (None, None, 0, None)


def test_references_may_point_forward_in_the_file() -> None:
    # Scripts may write meetings before people, and a note merged into a later one.
    data = valid()
    data = {"meetings": data.pop("meetings"), **data}
    note(data, 0).update(status="merged", merged_into="n-2")
    note(data, 1).update(status="open", merged_into=None)
    assert dossier_from_json(data).meetings[0].notes[0].merged_into == "n-2"
