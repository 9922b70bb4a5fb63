"""Where personal data was found, in plain words of the interface's language ("notitie 1, tekst")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..workspace.privacy import Place, PrivacyHit

# the object holding the text ("%1": its number or name) and the field, English source texts
_THINGS = {
    "dossier": QT_TRANSLATE_NOOP("PrivacyPlace", "dossier"),
    "house_style": QT_TRANSLATE_NOOP("PrivacyPlace", "house style"),
    "meeting": QT_TRANSLATE_NOOP("PrivacyPlace", "evening"),
    "frame_open": QT_TRANSLATE_NOOP("PrivacyPlace", "can help decide, line %1"),
    "frame_fixed": QT_TRANSLATE_NOOP("PrivacyPlace", "already fixed, line %1"),
    "agenda": QT_TRANSLATE_NOOP("PrivacyPlace", "agenda item %1"),
    "attendance_group": QT_TRANSLATE_NOOP("PrivacyPlace", "attendance, group %1"),
    "evaluation_remark": QT_TRANSLATE_NOOP("PrivacyPlace", "evaluation, remark %1"),
    "theme": QT_TRANSLATE_NOOP("PrivacyPlace", "theme “%1”"),
    "note": QT_TRANSLATE_NOOP("PrivacyPlace", "note %1"),
    "sketch": QT_TRANSLATE_NOOP("PrivacyPlace", "sketch “%1”"),
    "sheet": QT_TRANSLATE_NOOP("PrivacyPlace", "sheet “%1”"),
    "sticky": QT_TRANSLATE_NOOP("PrivacyPlace", "sticky note on “%1”"),
    "label": QT_TRANSLATE_NOOP("PrivacyPlace", "text on sheet “%1”"),
    "promise": QT_TRANSLATE_NOOP("PrivacyPlace", "promise %1"),
    "earlier_evening": QT_TRANSLATE_NOOP("PrivacyPlace", "earlier evening of %1"),
    "stakeholder": QT_TRANSLATE_NOOP("PrivacyPlace", "stakeholder “%1”"),
}
_PARTS = {
    "title": QT_TRANSLATE_NOOP("PrivacyPlace", "title"),
    "area": QT_TRANSLATE_NOOP("PrivacyPlace", "area"),
    "contact": QT_TRANSLATE_NOOP("PrivacyPlace", "contact line"),
    "venue": QT_TRANSLATE_NOOP("PrivacyPlace", "venue"),
    "question": QT_TRANSLATE_NOOP("PrivacyPlace", "question"),
    "introduction": QT_TRANSLATE_NOOP("PrivacyPlace", "introduction"),
    "description": QT_TRANSLATE_NOOP("PrivacyPlace", "description"),
    "history": QT_TRANSLATE_NOOP("PrivacyPlace", "history"),
    "name": QT_TRANSLATE_NOOP("PrivacyPlace", "name"),
    "stake": QT_TRANSLATE_NOOP("PrivacyPlace", "stake"),
    "summary": QT_TRANSLATE_NOOP("PrivacyPlace", "summary"),
    "next_steps": QT_TRANSLATE_NOOP("PrivacyPlace", "what happens next"),
    "text": QT_TRANSLATE_NOOP("PrivacyPlace", "text"),
    "answer": QT_TRANSLATE_NOOP("PrivacyPlace", "answer"),
    "raised_by_group": QT_TRANSLATE_NOOP("PrivacyPlace", "group"),
    "owner": QT_TRANSLATE_NOOP("PrivacyPlace", "owner"),
    "reason": QT_TRANSLATE_NOOP("PrivacyPlace", "reason"),
    "update": QT_TRANSLATE_NOOP("PrivacyPlace", "update %1"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrivacyPlace", text)  # the context of the texts above


def _thing(place: Place) -> str:
    """The object: "note 12", "promise P-3", "sticky note on “Vel A”" ..."""
    words = _THINGS.get(place.thing)
    words = _tr(words) if words is not None else None
    return words.replace("%1", place.name) if words is not None else ""


def _part(place: Place) -> str:
    """The field: "text", "answer", "update 2" ... ("" for the whole thing)."""
    known = _PARTS.get(place.part)
    words = _tr(known) if known is not None else place.part.replace("_", " ")
    return words.replace("%1", str(place.index or "")).strip()


def place_words(hit: PrivacyHit) -> str:
    """Where ``hit`` was found, for the adviser: "notitie 1, tekst", "toezegging P-3, update 2"."""
    thing = _thing(hit.place)
    if not thing:
        return hit.where  # a spot without a known place: its English description
    part = _part(hit.place)
    return f"{thing}, {part}" if part else thing
