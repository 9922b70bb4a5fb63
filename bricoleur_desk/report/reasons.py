"""Why a note fell outside the frame, as one sentence whatever way the reason was typed.

Advisers type the reason as a clause ("omdat het budget vastligt"), a main sentence ("De
provincie beslist hierover"), a fragment ("Gaat over de provinciale weg") or even with the
status itself ("Valt buiten de kaders: ..."). Pasting it after "Valt buiten de kaders, omdat"
gave "omdat Gaat over ..." and "omdat Valt buiten de kaders"; here the status's own words are
taken off the front, a reason that starts with a conjunction follows a comma, anything else a
colon, and the first letter is lowercased unless the word looks like a name or abbreviation.
"""

from __future__ import annotations

import re

# the status as advisers type it in front of their reason
_LEAD = {
    "nl": re.compile(r"(?:dit\s+|het\s+)?(?:valt|ligt|viel)?\s*buiten\s+(?:de\s+)?kaders?\b", re.IGNORECASE),
    "en": re.compile(
        r"(?:this\s+|it\s+)?(?:is|falls|lies|was|fell)?\s*outside\s+(?:of\s+)?the\s+(?:frame|scope)\b",
        re.IGNORECASE,
    ),
}
# words that make the reason a clause of its own: "Valt buiten de kaders, omdat ..."
_CONJUNCTION = {
    "nl": re.compile(r"(?:omdat|want|doordat|aangezien|vanwege|wegens|daar)\b", re.IGNORECASE),
    "en": re.compile(r"(?:because|since|as|due\s+to|owing\s+to)\b", re.IGNORECASE),
}
_SEPARATORS = " \t\n,:;.-–—"
_ENDS = ".!?…"


def out_of_frame_reason(reason: str, lang: str) -> str:
    """The reason ready to follow the status: its own copy of the status taken off the front,
    the first letter lowercased (see ``lowercase_first``), a full stop at the end.

    Empty when the reason said nothing beyond the status itself.
    """
    text = _without_lead(reason, lang)
    if not text:
        return ""
    text = lowercase_first(text)
    return text if text[-1] in _ENDS else text + "."


def reason_is_clause(reason: str, lang: str) -> bool:
    """True when the reason starts with "omdat", "want" ... ("because" ...): it follows a comma."""
    return bool(_CONJUNCTION[lang].match(_without_lead(reason, lang)))


def _without_lead(reason: str, lang: str) -> str:
    text = " ".join(reason.split())
    lead = _LEAD[lang].match(text)
    return text[lead.end() :].lstrip(_SEPARATORS) if lead else text


def lowercase_first(text: str) -> str:
    """``text`` with its first letter lowercased, where that letter starts an ordinary word.

    "Gaat over" becomes "gaat over"; "AVG", "U" and "A12" stay, being abbreviations, the
    polite pronoun or road numbers (only a capital followed by a small letter is lowered).
    Names such as "Rijkswaterstaat" cannot be told from ordinary words and are lowered too.
    """
    if len(text) >= 2 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text
