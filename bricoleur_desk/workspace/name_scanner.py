"""Names of people nobody registered, found in free text by ``deduce`` (Dutch de-identification).

``deduce`` knows tens of thousands of Dutch, Turkish, Moroccan, Polish and Surinamese first names
and surnames, titles ("meneer", "mevr.") and name particles. Its first use after an install builds
lookup structures for about 90 s and caches them (a pickle inside its own package folder), so the
build is done once by ``bricoleur-desk prepare`` (README, ``.ci/run``, the bundle build) and never
at a user's first export: ``load_name_scanner`` refuses to build and says what to run instead.
Loading the cached structures takes a few seconds: callers load off the UI thread.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.errors import UserError

log = logging.getLogger(__name__)

# deduce's processor groups this app does not need: dates, ages, ids and urls are no names,
# and phone numbers and e-mails are found by privacy.py itself. Locations stay on: without them
# deduce reads "Kees van der Berg van de Parkstraat" as one name.
_DISABLED = frozenset(
    {"dates", "ages", "identifiers", "urls", "institutions", "phone_numbers", "email_addresses"}
)
# words that say "a person's name follows" and stay in the text ("meneer [naam]")
TITLES = (
    "meneer", "mijnheer", "mevrouw", "mevr", "mw", "mevr.", "mw.", "dhr", "dhr.", "de heer", "juffrouw",
    "mej", "mej.", "familie", "fam", "fam.", "gezin", "buurman", "buurvrouw", "buren", "mr", "mr.", "dr",
    "dr.", "ir", "ir.", "drs", "drs.", "ing", "ing.", "prof", "prof.", "collega", "juf", "meester", "opa",
    "oma", "oom", "tante",
)  # fmt: skip
_TITLE_WORDS = {t.rstrip(".") for t in TITLES}
_PARTICLES = {
    "van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "op", "in", "el", "al", "la", "le",
    "di", "da", "du", "von", "bin", "ibn", "ben", "dos", "das", "del", "y", "e", "en", "uit",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_](?:[\w'’\-]*\w)?\.?")
# "Familie Ozdemir", "buurvrouw Sanne": a title then a capitalised word deduce may not know
_AFTER_TITLE = re.compile(
    r"(?<![\w.])(?i:"
    + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(TITLES, key=len, reverse=True))
    + r")\.?\s+((?:(?:van|de|der|den|ter|ten|el|al|ben|von)\s+)*[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’\-]*\w"
    r"(?:\s+(?:(?:van|de|der|den|ter|ten|el|al|ben|von)\s+)*[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’\-]*\w)?)"
)


class NameScannerUnavailable(UserError):
    """deduce is missing, or its lookup structures were never built (run ``bricoleur-desk prepare``)."""


@dataclass(frozen=True)
class Prepared:
    built: bool  # False when the structures were there already
    seconds: float


def _deduce() -> Any:
    try:
        import deduce
    except ImportError as exc:  # pragma: no cover - a broken install
        raise NameScannerUnavailable(f"the name scanner needs the package deduce ({exc})") from exc
    return deduce


def _lookup_folder() -> Path:
    return Path(_deduce().__file__).parent / "data" / "lookup"


def lookup_ready() -> bool:
    """Whether deduce's cached lookup structures exist and are newer than its lookup lists.

    The same test deduce itself makes (it compares the folders' times with the cache's), but
    from file times alone: reading the 50 MB cache to check it would cost as much as loading it.
    """
    folder = _lookup_folder()
    cache = folder / "cache" / "lookup_structs.pickle"
    if not cache.is_file():
        return False
    built = cache.stat().st_mtime
    return all(path.stat().st_mtime <= built for path in (folder / "src").glob("**"))


def prepare() -> Prepared:
    """Build deduce's lookup structures once (about 90 s); at once when they are built already."""
    start = time.perf_counter()
    if lookup_ready():
        return Prepared(False, time.perf_counter() - start)
    _deduce().Deduce(build_lookup_structs=True)  # builds and writes the cache in deduce's folder
    return Prepared(True, time.perf_counter() - start)


def load_name_scanner() -> NameScanner:
    """The loaded scanner (a few seconds). Raises NameScannerUnavailable when not prepared."""
    deduce = _deduce()
    if not lookup_ready():
        raise NameScannerUnavailable(
            "the name scanner is not prepared: run `bricoleur-desk prepare` once after installing"
        )
    start = time.perf_counter()
    engine = deduce.Deduce()
    log.info("name scanner loaded in %.1f s", time.perf_counter() - start)
    return NameScanner(engine)


class NameScanner:
    """Finds the names of people in Dutch text. ``find`` may be called from any thread."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self._lock = threading.Lock()  # deduce keeps no per-call state we rely on; be safe anyway
        structs = engine.lookup_structs
        self._common = {w.casefold() for w in structs["common_word"].items()}
        self._common |= {w.casefold() for w in structs["whitelist"].items()}

    def find(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every name in ``text``, titles left out ("meneer [Bakker]")."""
        if not text or not text.strip():
            return []
        with self._lock:
            doc = self._engine.deidentify(text, disabled=set(_DISABLED))
        spans: list[tuple[int, int]] = []
        for annotation in doc.annotations:
            if annotation.tag not in ("persoon", "patient"):
                continue
            span = self._trimmed(text, int(annotation.start_char), int(annotation.end_char))
            if span:
                spans.append(span)
        for m in _AFTER_TITLE.finditer(text):
            span = self._trimmed(text, m.start(1), m.end(1), after_title=True)
            if span:
                spans.append(span)
        return _merged(spans)

    def _trimmed(self, text: str, start: int, end: int, after_title: bool = False) -> tuple[int, int] | None:
        """The span without leading titles and common words, trailing particles and spaces."""
        words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
        titled = after_title
        while words:
            word = text[words[0][0] : words[0][1]].rstrip(".").casefold()
            if word in _TITLE_WORDS or (word in self._common and len(words) > 1) or word in _PARTICLES:
                titled = titled or word in _TITLE_WORDS
                words.pop(0)
            else:
                break
        while words and text[words[-1][0] : words[-1][1]].casefold() in _PARTICLES:
            words.pop()
        if not words:
            return None
        first = text[words[0][0] : words[0][1]]
        if len(words) == 1 and not titled and first.rstrip(".").casefold() in self._common:
            return None  # one capitalised common word ("Groen" as a theme) is no name on its own
        if not first[:1].isupper():
            return None  # "de groene strook": names are written with a capital
        return words[0][0], words[-1][1]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
