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


def _render(message_id: str, values: dict[str, Any], translate: Translate) -> str:
    shown = {k: v.render(translate) if isinstance(v, Message) else v for k, v in values.items()}
    try:
        text = translate(message_id).format(**shown)
    except (KeyError, IndexError, ValueError):  # a translation with a mistyped placeholder
        try:
            text = message_id.format(**shown)
        except (KeyError, IndexError, ValueError):  # an already formatted text holding braces
            text = message_id
    return one_line(text)


class Message(str):
    """A text for the user: a message id with named placeholders and their values.

    As a string it is the English text (so a warning can go wherever text goes: a log, a list);
    :meth:`render` gives it in another language.
    """

    message_id: str
    values: dict[str, Any]

    def __new__(cls, message_id: str, /, **values: Any) -> Message:
        self = super().__new__(cls, _render(message_id, values, _as_is))
        self.message_id = message_id
        self.values = values
        return self

    def render(self, translate: Translate = _as_is) -> str:
        """The text in one line, the id passed through ``translate`` (nested messages too)."""
        return _render(self.message_id, self.values, translate)

    def __repr__(self) -> str:
        return f"Message({self.message_id!r}, **{self.values!r})"


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
