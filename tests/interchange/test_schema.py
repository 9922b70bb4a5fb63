"""docs/dossier-v1.schema.json documents what the writer writes: every key, every type."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema  # test-time only: the app never validates with it
import pytest
from hypothesis import HealthCheck, given, settings
from strategies import dossiers, fixed_zones

from bricoleur_desk.domain.model import Dossier
from bricoleur_desk.storage.interchange import dossier_to_json
from bricoleur_desk.workspace.demo import build_demo_dossier

from .test_errors import valid

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "dossier-v1.schema.json"


def _schema() -> dict[str, Any]:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def _closed(schema: Any) -> Any:
    """The schema with every documented object closed: a key the schema does not list fails."""
    if isinstance(schema, dict):
        schema = {k: _closed(v) for k, v in schema.items()}
        if "properties" in schema and "additionalProperties" not in schema:
            schema["additionalProperties"] = False
    elif isinstance(schema, list):
        schema = [_closed(v) for v in schema]
    return schema


VALIDATOR = jsonschema.Draft202012Validator(_schema())
CLOSED = jsonschema.Draft202012Validator(_closed(_schema()))


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(_schema())
    assert _schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_demo_export_validates_and_uses_only_documented_keys() -> None:
    data = dossier_to_json(build_demo_dossier())
    VALIDATOR.validate(data)
    CLOSED.validate(data)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dossiers(timezones=fixed_zones()))
def test_any_export_validates_and_uses_only_documented_keys(dossier: Dossier) -> None:
    CLOSED.validate(dossier_to_json(dossier))


def test_an_undocumented_key_fails_the_closed_schema() -> None:
    data = dossier_to_json(build_demo_dossier())
    data["meetings"][1]["notes"][0]["mood"] = "boos"
    assert VALIDATOR.is_valid(data)  # unknown keys are allowed: the reader ignores them
    assert not CLOSED.is_valid(data)


def test_the_issue_shaped_example_validates() -> None:
    # Hand-written in the issue's shape: no ids on strokes, stickies and pins, no kind on the background.
    VALIDATOR.validate(valid())


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["meetings"][0]["themes"][0].update(color="red"),
        lambda d: d["meetings"][0]["notes"][0].pop("text"),
        lambda d: d["meetings"][0]["notes"][0].update(kind="worry"),
        lambda d: d["promises"][0].update(due="15-10-2026"),
        lambda d: d.update(version=2),
        lambda d: d["meetings"][0]["evaluation"]["scores"].update({"6": 1}),
        lambda d: d["meetings"][0]["canvases"][0]["sheets"][0]["strokes"][0]["points"].append([1, 2]),
    ],
    ids=["colour", "missing text", "kind", "date", "version", "score key", "point"],
)
def test_the_schema_refuses_what_the_reader_refuses(change: Any) -> None:
    data = copy.deepcopy(valid())
    change(data)
    assert not VALIDATOR.is_valid(data)
