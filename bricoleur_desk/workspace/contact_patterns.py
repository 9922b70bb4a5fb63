"""E-mail addresses, phone numbers and home addresses in free text, whoever they belong to.

Phone numbers are recognised by ``phonenumbers`` (Google's libphonenumber metadata: which Dutch
and foreign numbers exist), after undoing what a hurried typist does to them: glued to a word
("bel06-12345678"), broken over a line. Every function returns (start, end, kind) spans.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]*\w\s?(?:@|\(at\)|\[at\]|\{at\})\s?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w@])",
    re.IGNORECASE,
)
_MIN_NATIONAL_DIGITS = 7  # 112, 14 020 and other short service numbers are nobody's own

_STREET_END = (
    "straat|laan|weg|plein|gracht|kade|singel|dijk|pad|steeg|dreef|baan|markt|wal|plantsoen|hof|erf|"
    "haven|dam|ring|promenade|boulevard|allee|poort|brink|vaart|gaarde|hoek|zijde|oord|park|burcht|"
    "straatje|laantje|pleintje|hofje|veld|akker|weide|kamp|zoom|donk|horst|stede|hout"
)
# words before the street word: "Lange Nieuwstraat", "Burgemeester de Monchyplein", "2e Van Swindenstraat"
_STREET_TITLE = r"(?:Burgemeester|Burg\.|Prins|Prinses|Koning|Koningin|Graaf|Gravin|Dokter|Dr\.|Professor|Prof\.|Pastoor|Generaal|Jonkheer|Mr\.|Sint|St\.)"
_NAME_WORD = rf"(?:\d{{1,2}}e\s+|{_STREET_TITLE}\s+(?:(?:van|de|der|den|ter|ten|het)\s+)*|[A-Z][\w'’.-]*\s+)"
_HOUSE_NUMBER = r"\d{1,5}(?:\s?[a-zA-Z](?![\w]))?(?:\s?-\s?(?:\d{1,4}|[a-zA-Z]{1,3}|I{1,3}|IV|hs|bis)(?!\w))?"
_STREET_NUMBER = re.compile(
    rf"(?<![\w-])(?:{_NAME_WORD}){{0,3}}[A-Z][\w'’-]*?(?:{_STREET_END})\.?,?\s+(?:nr\.?\s*|nummer\s+)?{_HOUSE_NUMBER}",
)
_POSTCODE = re.compile(
    rf"(?<![\w-])[1-9]\d{{3}}\s?(?!SA|SD|SS)[A-Z]{{2}}(?![\w])(?:,?\s+(?:nr\.?\s*)?{_HOUSE_NUMBER})?"
)
# "van nummer 23", "op nr. 5", "huisnummer 12": the number alone points at a home
_NUMBER_ONLY = re.compile(
    r"(?:\b(?:van|op|aan|bij|naast|tegenover)\s+(?:nummer|nr\.?|no\.?)|(?<!\w)huisnummer)\s*(?P<n>\d{1,5}(?:\s?[a-zA-Z](?!\w))?)",
    re.IGNORECASE,
)


def email_spans(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "email") for m in _EMAIL.finditer(text)]


def phone_spans(text: str) -> list[tuple[int, int, str]]:
    """Dutch and international phone numbers, also glued to a word or broken over a line."""
    if sum(map(str.isdigit, text)) < _MIN_NATIONAL_DIGITS:
        return []
    clean = _unglued(text)
    spans = []
    for match in PhoneNumberMatcher(clean, "NL", leniency=Leniency.POSSIBLE):
        number = match.number
        if len(str(number.national_number)) < _MIN_NATIONAL_DIGITS:
            continue
        international = match.raw_string.lstrip("(").startswith(("+", "00"))
        if phonenumbers.is_valid_number(number) or (
            international and phonenumbers.is_possible_number(number)
        ):
            spans.append((match.start, match.end, "phone"))
    return spans


def _unglued(text: str) -> str:
    """``text`` with line breaks, and letters that touch a digit, turned into spaces (offsets kept)."""
    chars = list(text)
    for i, char in enumerate(chars):
        glued = char.isalpha() and (
            (i + 1 < len(text) and (text[i + 1].isdigit() or text[i + 1] == "+"))
            or (i > 0 and text[i - 1].isdigit() and _is_digit_run(text, i))
        )
        if glued or char in "\r\n\t":
            chars[i] = " "
    return "".join(chars)


def _is_digit_run(text: str, i: int) -> bool:
    # "0612345678bellen": a letter after a long run of digits; "12a" (a house number) keeps its letter
    run = 0
    j = i - 1
    while j >= 0 and (text[j].isdigit() or text[j] in " -"):
        run += text[j].isdigit()
        j -= 1
    return run >= _MIN_NATIONAL_DIGITS


def address_spans(text: str) -> list[tuple[int, int, str]]:
    """A street with a house number, a postcode (with or without a number), "van nummer 23"."""
    spans = [(m.start(), m.end(), "address") for m in _STREET_NUMBER.finditer(text)]
    spans += [(m.start(), m.end(), "address") for m in _POSTCODE.finditer(text)]
    spans += [(m.start("n"), m.end("n"), "address") for m in _NUMBER_ONLY.finditer(text)]
    return spans


def contact_spans(text: str) -> list[tuple[int, int, str]]:
    """Every e-mail address, phone number and address in ``text`` (may overlap; the caller merges)."""
    if not text:
        return []
    return email_spans(text) + phone_spans(text) + address_spans(text)
