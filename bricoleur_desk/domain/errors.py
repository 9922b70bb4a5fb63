"""The one base class of problems a user can fix, shared by every layer, and the text it says.

A ``UserError`` is shown as one line (a message box, or ``bricoleur-desk: ...`` on stderr) and
never as a traceback: a missing or damaged file, a bad JSON, a refused output, a report that
could not be written. Anything else is a bug and keeps its traceback (in the log).

Its text is a message id (an English source text with named placeholders, such as
``"{path}: the folder does not exist"``) and the values for them. ``str(error)`` is the English
text, for logs; the interface translates the id (Qt context ``"messages"``, listed in
``ui/messages.py``) and then fills in the values. Values are never translated (a path, a JSON
path, a number, the system's own reason), except a value that is itself a :class:`Message`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Translate = Callable[[str], str]


def one_line(text: str) -> str:
    """``text`` on one line: a file name or a driver's message may hold line breaks."""
    return " ".join(part.strip() for part in text.splitlines() if part.strip()) if text else text


def _as_is(text: str) -> str:
    return text


class Message:
    """A text for the user: a message id with named placeholders and their values."""

    __slots__ = ("message_id", "values")

    def __init__(self, message_id: str, /, **values: Any) -> None:
        self.message_id = message_id
        self.values = values

    def render(self, translate: Translate = _as_is) -> str:
        """The text in one line, the id passed through ``translate`` (nested messages too)."""
        values = {k: v.render(translate) if isinstance(v, Message) else v for k, v in self.values.items()}
        try:
            text = translate(self.message_id).format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a mistyped placeholder
            text = self.message_id.format(**values)
        return one_line(text)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.message_id!r}, **{self.values!r})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Message)
            and (self.message_id, self.values) == (other.message_id, other.values)
        )

    __hash__ = None  # type: ignore[assignment]  # the values are a dict


class UserError(Exception):
    """A problem the user can fix; ``str(e)`` says what, in one line, naming the file.

    ``UserError("{path}: already exists", path=path)``: the message id and its values.
    """

    def __init__(self, message_id: str, /, **values: Any) -> None:
        self.message = Message(message_id, **values)
        super().__init__(str(self.message))

    @property
    def message_id(self) -> str:
        return self.message.message_id

    @property
    def values(self) -> dict[str, Any]:
        return self.message.values

    def render(self, translate: Translate = _as_is) -> str:
        """The message in one line, translated by ``translate`` (the English text without one)."""
        return self.message.render(translate)

    def __str__(self) -> str:
        return self.render()
