"""The names of undo steps: English source texts, translated where they are shown.

Every edit a use case returns carries one of these as its label. The interface shows it as
``QCoreApplication.translate("UndoStep", label)`` (so "Add note" becomes "Punt toevoegen" and
the tooltip "Punt toevoegen ongedaan maken"); ``packaging/tools/update_translations.sh``
collects them into the Dutch ``.ts`` with the interface's own texts.
"""

from __future__ import annotations

CONTEXT = "UndoStep"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for Qt Linguist without importing Qt; returns it unchanged."""
    return text


# the generic edits' own names (domain/edits.py), shown when an edit is made without a label
ADD = QT_TRANSLATE_NOOP("UndoStep", "Add")
DELETE = QT_TRANSLATE_NOOP("UndoStep", "Delete")
CHANGE = QT_TRANSLATE_NOOP("UndoStep", "Change")
MOVE = QT_TRANSLATE_NOOP("UndoStep", "Move")
EDIT = QT_TRANSLATE_NOOP("UndoStep", "Edit")

# notes and themes (capture.py)
ADD_NOTE = QT_TRANSLATE_NOOP("UndoStep", "Add note")
EDIT_NOTE = QT_TRANSLATE_NOOP("UndoStep", "Edit note")
MOVE_TO_THEME = QT_TRANSLATE_NOOP("UndoStep", "Move to theme")
MERGE_NOTES = QT_TRANSLATE_NOOP("UndoStep", "Merge notes")
SPLIT_NOTE = QT_TRANSLATE_NOOP("UndoStep", "Split note")
DELETE_NOTE = QT_TRANSLATE_NOOP("UndoStep", "Delete note")
VOTE = QT_TRANSLATE_NOOP("UndoStep", "Vote")
ADD_THEME = QT_TRANSLATE_NOOP("UndoStep", "Add theme")
RENAME_THEME = QT_TRANSLATE_NOOP("UndoStep", "Rename theme")
RECOLOUR_THEME = QT_TRANSLATE_NOOP("UndoStep", "Change theme colour")
REORDER_THEMES = QT_TRANSLATE_NOOP("UndoStep", "Reorder themes")
DELETE_THEME = QT_TRANSLATE_NOOP("UndoStep", "Delete theme")
IMPORT_REACTIONS = QT_TRANSLATE_NOOP("UndoStep", "Import reactions")  # reactions.py
NOT_PERSONAL_DATA = QT_TRANSLATE_NOOP("UndoStep", "Not personal data")

# the evening, phase by phase (meeting_flow.py, meetings.py)
NEW_MEETING = QT_TRANSLATE_NOOP("UndoStep", "New meeting")
CHANGE_PHASE = QT_TRANSLATE_NOOP("UndoStep", "Change phase")
EDIT_TEXT_FIELD = {
    "title": QT_TRANSLATE_NOOP("UndoStep", "Edit title"),
    "venue": QT_TRANSLATE_NOOP("UndoStep", "Edit venue"),
    "question": QT_TRANSLATE_NOOP("UndoStep", "Edit question"),
    "next_steps": QT_TRANSLATE_NOOP("UndoStep", "Edit next steps"),
    "summary": QT_TRANSLATE_NOOP("UndoStep", "Edit summary"),
    "introduction": QT_TRANSLATE_NOOP("UndoStep", "Edit introduction"),
}
# the dossier and its stakeholders (dossier_overview.py)
EDIT_DOSSIER_FIELD = {
    "description": QT_TRANSLATE_NOOP("UndoStep", "Edit description"),
    "area": QT_TRANSLATE_NOOP("UndoStep", "Edit area"),
    "history": QT_TRANSLATE_NOOP("UndoStep", "Edit history"),
}
ADD_STAKEHOLDER = QT_TRANSLATE_NOOP("UndoStep", "Add stakeholder")
EDIT_STAKEHOLDER = QT_TRANSLATE_NOOP("UndoStep", "Edit stakeholder")
REMOVE_STAKEHOLDER = QT_TRANSLATE_NOOP("UndoStep", "Remove stakeholder")
EDIT_DATE_AND_TIME = QT_TRANSLATE_NOOP("UndoStep", "Edit date and time")
EDIT_FRAME = QT_TRANSLATE_NOOP("UndoStep", "Edit frame")
EDIT_AGENDA = QT_TRANSLATE_NOOP("UndoStep", "Edit agenda")
EDIT_EXPECTED_GROUPS = QT_TRANSLATE_NOOP("UndoStep", "Edit expected groups")
ANSWER_NOTE = QT_TRANSLATE_NOOP("UndoStep", "Answer note")
COMPLETE_ANSWER = QT_TRANSLATE_NOOP("UndoStep", "Complete the answer")
INTERNAL_REMARK = QT_TRANSLATE_NOOP("UndoStep", "Internal remark")
ADD_PROMISE = QT_TRANSLATE_NOOP("UndoStep", "Add promise")
INVESTIGATE_NOTE = QT_TRANSLATE_NOOP("UndoStep", "Investigate note")
OUTSIDE_THE_FRAME = QT_TRANSLATE_NOOP("UndoStep", "Outside the frame")
REOPEN_NOTE = QT_TRANSLATE_NOOP("UndoStep", "Reopen note")
VOTES = QT_TRANSLATE_NOOP("UndoStep", "Votes")
PROMISE_STATUS = QT_TRANSLATE_NOOP("UndoStep", "Promise status")

# the promises register (promise_register.py)
EDIT_PROMISE = QT_TRANSLATE_NOOP("UndoStep", "Edit promise")
PROMISE_UPDATE = QT_TRANSLATE_NOOP("UndoStep", "Promise update")
DROP_PROMISE = QT_TRANSLATE_NOOP("UndoStep", "Drop promise")
EVALUATION_SCORE = QT_TRANSLATE_NOOP("UndoStep", "Evaluation score")
EVALUATION_REMARKS = QT_TRANSLATE_NOOP("UndoStep", "Evaluation remarks")
ATTENDANCE = QT_TRANSLATE_NOOP("UndoStep", "Attendance")

# the dossier as a whole
REDACT_PERSONAL_DATA = QT_TRANSLATE_NOOP("UndoStep", "Redact personal data")
HOUSE_STYLE = QT_TRANSLATE_NOOP("UndoStep", "House style")
MUNICIPALITY_NAME = QT_TRANSLATE_NOOP("UndoStep", "Municipality name")
RETENTION_DATE = QT_TRANSLATE_NOOP("UndoStep", "Retention date")
ERASE_PERSONAL_DATA = QT_TRANSLATE_NOOP("UndoStep", "Erase personal data")  # never undone: named for the log

# the people register (people.py)
ADD_PERSON = QT_TRANSLATE_NOOP("UndoStep", "Add person")
EDIT_PERSON = QT_TRANSLATE_NOOP("UndoStep", "Edit person")
REMOVE_PERSON = QT_TRANSLATE_NOOP("UndoStep", "Remove person")
LINK_PERSON = QT_TRANSLATE_NOOP("UndoStep", "Link a person")
UNLINK_PERSON = QT_TRANSLATE_NOOP("UndoStep", "Unlink the person")

# the register inside the municipality (colleagues.py)
ADD_COLLEAGUE = QT_TRANSLATE_NOOP("UndoStep", "Add to the register")
EDIT_COLLEAGUE = QT_TRANSLATE_NOOP("UndoStep", "Edit colleague or department")
REMOVE_COLLEAGUE = QT_TRANSLATE_NOOP("UndoStep", "Remove colleague or department")
ADD_PLANNED_WORK = QT_TRANSLATE_NOOP("UndoStep", "Add planned work")
EDIT_PLANNED_WORK = QT_TRANSLATE_NOOP("UndoStep", "Edit planned work")
REMOVE_PLANNED_WORK = QT_TRANSLATE_NOOP("UndoStep", "Remove planned work")
LINK_WORK = QT_TRANSLATE_NOOP("UndoStep", "Link to planned work")
NOTE_OWNER = QT_TRANSLATE_NOOP("UndoStep", "Who looks into it")

# the sketch roll (sketch.py)
NEW_CANVAS = QT_TRANSLATE_NOOP("UndoStep", "New canvas")
BACKGROUND = QT_TRANSLATE_NOOP("UndoStep", "Background")
NEW_SHEET = QT_TRANSLATE_NOOP("UndoStep", "New sheet")
RENAME_SHEET = QT_TRANSLATE_NOOP("UndoStep", "Rename sheet")
SHOW_SHEET = QT_TRANSLATE_NOOP("UndoStep", "Show sheet")
HIDE_SHEET = QT_TRANSLATE_NOOP("UndoStep", "Hide sheet")
SHEET_OPACITY = QT_TRANSLATE_NOOP("UndoStep", "Sheet opacity")
LOCK_SHEET = QT_TRANSLATE_NOOP("UndoStep", "Lock sheet")
UNLOCK_SHEET = QT_TRANSLATE_NOOP("UndoStep", "Unlock sheet")
REORDER_SHEETS = QT_TRANSLATE_NOOP("UndoStep", "Reorder sheets")
DELETE_SHEET = QT_TRANSLATE_NOOP("UndoStep", "Delete sheet")
COMPARE_SHEETS = QT_TRANSLATE_NOOP("UndoStep", "Compare sheets")
DRAW = QT_TRANSLATE_NOOP("UndoStep", "Draw")
SHAPES = {  # by the shape tools' names
    "line": QT_TRANSLATE_NOOP("UndoStep", "line"),
    "arrow": QT_TRANSLATE_NOOP("UndoStep", "arrow"),
    "rectangle": QT_TRANSLATE_NOOP("UndoStep", "rectangle"),
    "ellipse": QT_TRANSLATE_NOOP("UndoStep", "ellipse"),
}
ERASE = QT_TRANSLATE_NOOP("UndoStep", "Erase")
STICKY_NOTE = QT_TRANSLATE_NOOP("UndoStep", "Sticky note")
TYPE = QT_TRANSLATE_NOOP("UndoStep", "Type")
TEXT = QT_TRANSLATE_NOOP("UndoStep", "Text")
PIN = QT_TRANSLATE_NOOP("UndoStep", "Pin")
PINS = QT_TRANSLATE_NOOP("UndoStep", "Pins")
RESIZE = QT_TRANSLATE_NOOP("UndoStep", "Resize")


def all_labels() -> list[str]:
    """Every undo-step name above (the translations test checks each has a Dutch one)."""
    found: list[str] = []
    for name, value in globals().items():
        if name.isupper() and name != "CONTEXT" and not callable(value):
            found.extend(value.values() if isinstance(value, dict) else [value])
    return found
