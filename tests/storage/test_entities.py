"""The description of each entity covers its domain class exactly: a field left out would be lost."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from bricoleur_desk.domain.document import KINDS
from bricoleur_desk.storage.entities import ENTITIES, Entity, Value
from bricoleur_desk.storage.interchange_fields import json_keys

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "dossier-v1.schema.json"


def test_each_entity_sits_where_the_domain_keeps_it() -> None:
    assert set(ENTITIES) == {"dossier", *KINDS}
    for kind, entity in ENTITIES.items():
        assert entity.parent == (KINDS[kind][0] if kind in KINDS else None), kind
    # parents before children: a new file is filled in this order
    order = list(ENTITIES)
    for kind, entity in ENTITIES.items():
        if entity.parent is not None:
            assert order.index(entity.parent) < order.index(kind), kind


def unstored(entity: Entity) -> list[str]:
    """The domain fields of the entity's class (and of its parts) that no Field stores."""
    stored = {f.path for f in entity.fields}
    children = {attr for parent, attr in KINDS.values() if parent == entity.kind}
    parts = dict(entity.parts)
    missing = []
    for field in dataclasses.fields(entity.cls):
        if field.name == "id" or field.name in children:
            continue
        if field.name in parts:
            inner = (f"{field.name}.{f.name}" for f in dataclasses.fields(parts[field.name]))
            missing += [path for path in inner if path not in stored]
        elif field.name not in stored:
            missing.append(field.name)
    return missing


def test_every_field_of_every_domain_class_is_stored_once() -> None:
    for kind, entity in ENTITIES.items():
        assert unstored(entity) == [], kind
        columns = [f.column for f in entity.fields + entity.derived]
        assert len(columns) == len(set(columns)), kind


def test_a_field_missing_from_a_description_is_caught() -> None:
    def without(kind: str, path: str) -> Entity:
        entity = ENTITIES[kind]
        return dataclasses.replace(entity, fields=tuple(f for f in entity.fields if f.path != path))

    assert unstored(without("note", "internal_remark")) == ["internal_remark"]
    assert unstored(without("canvas", "background.data")) == ["background.data"]


def test_every_json_key_of_a_description_is_documented_in_the_schema() -> None:
    documented = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))["$defs"]
    for kind, entity in ENTITIES.items():
        properties = documented[kind]["properties"]
        required = set(documented[kind].get("required", ()))
        for key, must in json_keys(kind):
            assert key in properties, (kind, key)
            assert (key in required) == must, (kind, key)
        for field in entity.fields:
            if field.value is Value.CHOICE and field.json_key is not None:
                assert field.choices is not None
                assert properties[field.json_key]["enum"] == [c.value for c in field.choices], (kind, field)
