"""Names of people nobody registered, found in free text by ``deduce`` (Dutch de-identification).

``deduce`` knows tens of thousands of Dutch, Turkish, Moroccan, Polish and Surinamese first names
and surnames, titles ("meneer", "mevr.") and name particles. Its first use after an install builds
lookup structures for about 90 s and caches them (a pickle inside its own package folder), so the
build is done once by ``bricoleur-desk prepare`` (README, ``.ci/run``, the bundle build) and never
at a user's first export: ``load_name_scanner`` refuses to build and says what to run instead.
Loading the cached structures takes a few seconds: callers load off the UI thread.
"""

from __future__ import annotations

import gc
import importlib.util
import logging
import re
import threading
import time
import unicodedata
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
    "mej", "mej.", "familie", "fam", "fam.", "gezin", "buurman", "buurvrouw", "mr", "mr.", "dr",
    "dr.", "ir", "ir.", "drs", "drs.", "ing", "ing.", "prof", "prof.", "collega", "juf", "meester", "opa",
    "oma", "oom", "tante",
)  # fmt: skip
_TITLE_WORDS = {t.rstrip(".") for t in TITLES} | {"heer"}
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


_ONE_WORD = re.compile(r"\s*[^\W\d_][\w'’-]*\s*")
_ADJECTIVE = re.compile(r"[A-Z][a-z]{2,}(?:se|sche)$")  # "Turkse", "Poolse", "Marokkaanse"
_HOUSE_NUMBER_END = re.compile(r"\d+\s?[a-zA-Z]?$")
# Dutch words that start a sentence with a capital and are never a name ("Volgens Anand ...")
_FUNCTION_WORDS = {
    "volgens", "namens", "via", "door", "voor", "met", "zonder", "tijdens", "sinds", "bij", "ook",
    "nu", "dan", "daarna", "zoals", "want", "maar", "omdat", "toen", "nummer", "nr", "alleen",
    "dus", "ja", "nee", "graag", "dank", "bedankt", "vraag", "vragen", "gebeld", "mail", "bel",
    "hoe", "wat", "wie", "waar", "waarom", "wanneer", "na", "over", "om", "aan", "van", "tot", "uit",
}  # fmt: skip
# a name ending like this is a street or a water: "Parkstraat", "Monchyplein", "Molenweg", "Vaart"
_STREET_WORD = re.compile(
    r"(?i:\w(?:straat|laan|plein|gracht|kade|singel|steeg|dreef|plantsoen|park|markt|weg|pad)"
    r"|^(?:vaart|singel|gracht|kade|dam|markt|brink|wetering))$"
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
        raise NameScannerUnavailable("the name scanner needs the package deduce ({reason})", reason=exc) from exc
    return deduce


def _lookup_folder() -> Path:
    spec = importlib.util.find_spec("deduce")  # found without importing it (0.1 s)
    if spec is None or not spec.origin:
        return Path(_deduce().__file__).parent / "data" / "lookup"  # raises when it is missing
    return Path(spec.origin).parent / "data" / "lookup"


def lookup_cache() -> Path:
    """deduce's cached lookup structures (made by ``prepare``)."""
    return _lookup_folder() / "cache" / "lookup_structs.pickle"


def lookup_ready() -> bool:
    """Whether deduce's cached lookup structures exist and are newer than its lookup lists.

    The same test deduce itself makes (it compares the folders' times with the cache's), but
    from file times alone: reading the 50 MB cache to check it would cost as much as loading it.
    """
    folder = _lookup_folder()
    cache = lookup_cache()
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


def require_prepared() -> None:
    """Refuse in one line when ``prepare`` never ran (deduce is found, not imported)."""
    if not lookup_ready():
        raise NameScannerUnavailable(
            "the name scanner is not prepared: run `bricoleur-desk prepare` once after installing"
        )


_loading = threading.Lock()
_loaded: list[NameScanner] = []  # the one loaded scanner of this process (read-only, shared)


def load_name_scanner() -> NameScanner:
    """The loaded scanner (a few seconds the first time in a process, then at once).

    Raises NameScannerUnavailable when ``prepare`` never ran: building here would make a user's
    first export wait 90 s. Kept for the process because it never changes and loading it again
    would cost the seconds and the memory (about 1 GB at its peak) again.
    """
    with _loading:
        if not _loaded:
            deduce = _deduce()
            require_prepared()
            start = time.perf_counter()
            _loaded.append(NameScanner(_without_collector(deduce.Deduce)))
            log.info("name scanner loaded in %.1f s", time.perf_counter() - start)
        return _loaded[0]


def _without_collector(make: Any) -> Any:
    """``make()`` with Python's garbage collector paused, then the result kept out of its walks.

    Unpickling deduce's lookup structures makes millions of small objects; the collector walked
    them again and again while they were made (6.3 s CPU against 1.8 s without it, #17) and would
    walk them in every later full collection. They live as long as the process, so they are
    frozen (never collected, never walked). Paused for the whole process for the load; a UI
    thread that turns it on meanwhile only makes the load slower.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        made = make()
    finally:
        if paused:
            gc.enable()
    gc.freeze()
    return made


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
        return self.scan(text)[0]

    def scan(self, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The names in ``text``, and the street addresses deduce knows ("Vogelenzang 7")."""
        if not text or not text.strip():
            return [], []
        if _ONE_WORD.fullmatch(text):
            return [], []  # a theme, sheet or sketch called "Groen", "Schets": a thing, no person
        if not unicodedata.is_normalized("NFC", text):
            # deduce's name lists are composed ("Ö", not "O" + a combining diaeresis)
            composed, origin = _composed(text)
            names, addresses = self.scan(composed)
            back = [(origin[s], origin[e]) for s, e in names], [(origin[s], origin[e]) for s, e in addresses]
            return back
        with self._lock:
            doc = self._engine.deidentify(text, disabled=set(_DISABLED))
        names: list[tuple[int, int]] = []
        addresses: list[tuple[int, int]] = []
        for annotation in doc.annotations:
            start, end = int(annotation.start_char), int(annotation.end_char)
            if annotation.tag in ("persoon", "patient"):
                span = self._trimmed(text, start, end)
                if span:
                    names.append(span)
            elif annotation.tag == "locatie" and self._is_address(text[start:end]):
                addresses.append((start, end))
        for m in _AFTER_TITLE.finditer(text):
            span = self._trimmed(text, m.start(1), m.end(1), after_title=True)
            if span:
                names.append(span)
        return _merged(names), addresses

    def _is_address(self, found: str) -> bool:
        """A street deduce knows with its house number ("Vogelenzang 7"), not "Nummer 070"."""
        words = found.split()
        return (
            len(words) >= 2
            and _HOUSE_NUMBER_END.search(found) is not None
            and words[-1][0] != "0"
            and words[0].casefold() not in self._common | _FUNCTION_WORDS
        )

    def _trimmed(self, text: str, start: int, end: int, after_title: bool = False) -> tuple[int, int] | None:
        """The span without leading titles and common words, trailing particles and spaces."""
        words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
        titled = after_title
        while words:
            word = text[words[0][0] : words[0][1]].rstrip(".").casefold()
            following = text[words[1][0] : words[1][1]].rstrip(".").casefold() if len(words) > 1 else ""
            if word in _PARTICLES and following and following not in _TITLE_WORDS | self._common:
                break  # "van Leeuwen", "El Khatib": the particle belongs to the surname
            dropped = word in _TITLE_WORDS or word in _FUNCTION_WORDS or word in _PARTICLES
            if dropped or (word in self._common and len(words) > 1):
                titled = titled or word in _TITLE_WORDS
                words.pop(0)
            else:
                break
        last, before = (text[a:b] for a, b in words[-2:][::-1]) if len(words) > 2 else ("", "")
        if _ADJECTIVE.match(last) and before.casefold() in _PARTICLES:
            words.pop()  # "Ahmet van de Turkse bakker": an adjective, no surname
        while words and text[words[-1][0] : words[-1][1]].casefold() in _PARTICLES:
            words.pop()
        if not words:
            return None
        first = text[words[0][0] : words[0][1]]
        if len(words) == 1 and not titled and first.rstrip(".").casefold() in self._common:
            return None  # one capitalised common word ("Groen" as a theme) is no name on its own
        if not any(text[a:b][:1].isupper() for a, b in words):
            return None  # "de groene strook": names are written with a capital
        if _STREET_WORD.search(text[words[-1][0] : words[-1][1]]):
            return None  # "Burgemeester de Monchyplein", "de Vaart": a street or water, no person
        return words[0][0], words[-1][1]


def _composed(text: str) -> tuple[str, list[int]]:
    """``text`` in NFC and, per composed offset (and the end), the original offset."""
    out: list[str] = []
    origin: list[int] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or not unicodedata.combining(text[i]):
            cluster = unicodedata.normalize("NFC", text[start:i])
            out.append(cluster)
            origin.extend([start] * len(cluster))
            start = i
    origin.append(len(text))
    return "".join(out), origin


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
