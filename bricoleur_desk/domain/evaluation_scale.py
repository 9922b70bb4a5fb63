"""The evening's evaluation: the question put to the room and the words of its 1-5 scale.

Defined once, in English, for the Close panel and the report, so that both ask the same
question and name the same ends: the panel said "helemaal niet / helemaal wel" (an answer to
"did it meet your expectations?") while the report said "slecht / heel goed". The interface
shows these through ``QCoreApplication.translate(CONTEXT, text)`` (the Dutch .ts, collected by
``packaging/tools/update_translations.sh``), the report through ``report/i18n.py``; a test holds
both Dutch wordings to the same words.
"""

from __future__ import annotations

CONTEXT = "EvaluationScale"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for Qt Linguist without importing Qt; returns it unchanged."""
    return text


SCORES = (1, 2, 3, 4, 5)
QUESTION = QT_TRANSLATE_NOOP("EvaluationScale", "What did you think of this evening?")
# the answers to QUESTION, from the lowest score to the highest
SCORE_WORDS = {
    1: QT_TRANSLATE_NOOP("EvaluationScale", "poor"),
    2: QT_TRANSLATE_NOOP("EvaluationScale", "mediocre"),
    3: QT_TRANSLATE_NOOP("EvaluationScale", "fair"),
    4: QT_TRANSLATE_NOOP("EvaluationScale", "good"),
    5: QT_TRANSLATE_NOOP("EvaluationScale", "very good"),
}
