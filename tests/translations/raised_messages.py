"""The message ids that every layer raises in its user errors, read from the source.

A user error's text is a literal message id (see ``domain/errors.py``); the interface can only
translate ids that ``ui/messages.py`` lists for Qt Linguist. This walks the source for every
call that takes a message id, so that a new raise site without an entry there fails a test.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import bricoleur_desk
from bricoleur_desk.domain.errors import UserError

PACKAGE = Path(bricoleur_desk.__file__).resolve().parent
LAYERS = ("domain", "storage", "archive", "workspace", "ui")  # the interface: errors of its own (backgrounds)

# helpers that take a message id, and where: fail(json_path, id), expected(json_path, what), ...
HELPERS = {"fail": 1, "expected": 1, "_expect": 1, "Message": 0, "BadValue": 0}


@dataclass(frozen=True)
class Found:
    message_id: str
    where: str  # file:line


def _user_errors() -> dict[str, int]:
    """Every UserError class by name -> the position of its message id (after the path, if any)."""
    for layer in LAYERS:
        for module in pkgutil.walk_packages([str(PACKAGE / layer)], f"bricoleur_desk.{layer}."):
            importlib.import_module(module.name)
    found: dict[str, int] = {}
    pending: list[type] = [UserError]
    while pending:
        kind = pending.pop()
        found[kind.__name__] = (
            1
            if kind.__name__ in ("DossierFileError", "OutputRefused")
            or any(base.__name__ == "DossierFileError" for base in kind.__mro__[1:])
            else 0
        )
        pending.extend(kind.__subclasses__())
    return found


def _sources() -> Iterator[Path]:
    for layer in LAYERS:
        yield from sorted((PACKAGE / layer).rglob("*.py"))


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def scan() -> tuple[list[Found], list[str]]:
    """(every literal message id with where it is, every place that builds one with an f-string)."""
    takes = {**_user_errors(), **HELPERS}
    found: list[Found] = []
    formatted: list[str] = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(PACKAGE.parent)
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Name) and target.id.endswith("_PROBLEM"):
                    found += _literals(node.value, f"{where}:{node.lineno}")
            if isinstance(node, ast.ClassDef) and node.name in takes:
                found += _super_init_ids(node, f"{where}")
            if not isinstance(node, ast.Call):
                continue
            position = takes.get(_name(node.func))
            if position is None or len(node.args) <= position:
                continue
            argument = node.args[position]
            if any(isinstance(part, ast.JoinedStr) for part in ast.walk(argument)):
                formatted.append(f"{where}:{node.lineno}")
            found += _literals(argument, f"{where}:{node.lineno}")
    return found, formatted


def _literals(expression: ast.expr, where: str) -> list[Found]:
    """The string literals an expression can give: both sides of ``a if test else b``, not the test."""
    if isinstance(expression, ast.IfExp):
        return _literals(expression.body, where) + _literals(expression.orelse, where)
    if isinstance(expression, ast.Constant) and isinstance(expression.value, str):
        return [Found(expression.value, where)]
    return []


def _super_init_ids(cls: ast.ClassDef, where: str) -> list[Found]:
    """The ids a UserError class passes up in ``super().__init__("{path}: {problem}", ...)``."""
    found = []
    for node in ast.walk(cls):
        if (
            isinstance(node, ast.Call)
            and _name(node.func) == "__init__"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append(Found(node.args[0].value, f"{where}:{node.lineno}"))
    return found
