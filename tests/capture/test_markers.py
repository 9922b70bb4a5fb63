"""The capture line's quick markers: ? ! #theme @group, and that the marker text is removed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bricoleur_desk.domain.model import NoteKind
from bricoleur_desk.workspace.capture import ParsedNote, as_question, compose, normalise, parse_capture

# text as residents say it, without marker characters at word starts
_plain_chars = st.characters(blacklist_characters='?!#@"', blacklist_categories=("Cs", "Cc"))
plain_text = st.text(_plain_chars, min_size=1, max_size=60).filter(lambda t: normalise(t) != "")
names = st.text(
    st.characters(blacklist_characters='"', blacklist_categories=("Cs", "Cc", "Z")), min_size=1, max_size=12
)
multi_word = st.lists(names, min_size=1, max_size=3).map(" ".join)


@settings(deadline=None)  # a shared, loaded machine: judge the property, not the clock
@given(plain_text)
def test_text_without_markers_is_a_concern_in_its_own_words(text: str) -> None:
    assert parse_capture(text) == ParsedNote(NoteKind.CONCERN, normalise(text), None, None)


@settings(deadline=None)  # a shared, loaded machine: judge the property, not the clock
@given(st.sampled_from(list(NoteKind)), plain_text, st.none() | multi_word, st.none() | multi_word)
def test_composed_markers_parse_back(kind: NoteKind, text: str, theme: str | None, group: str | None) -> None:
    parsed = parse_capture(compose(kind, text, theme, group))
    assert parsed.kind == kind
    assert parsed.theme_name == theme
    assert parsed.group == group
    # the question marker is the question's own mark: it comes back at the end
    assert parsed.text == (as_question(normalise(text)) if kind == NoteKind.QUESTION else normalise(text))


@settings(deadline=None)  # a shared, loaded machine: judge the property, not the clock
@given(
    plain_text, st.sampled_from(["Verkeer en parkeren", "Groen", "Spelen"]), st.sampled_from(["", ",", "."])
)
def test_the_longest_known_theme_wins_case_insensitively(text: str, theme: str, tail: str) -> None:
    typed = f"{text} #{theme.upper()}{tail} einde"
    parsed = parse_capture(typed, ["Verkeer", "Verkeer en parkeren", "Groen", "Spelen"])
    assert parsed.theme_name == theme
    # the marker is gone; punctuation after it closes up to the word before
    assert parsed.text == normalise(f"{normalise(text)}{tail} einde")


def test_examples() -> None:
    themes = ["Verkeer en parkeren"]
    assert parse_capture("?Waarom zo hard #verkeer en parkeren, echt @Parkstraat", themes) == ParsedNote(
        NoteKind.QUESTION, "Waarom zo hard, echt?", "Verkeer en parkeren", "Parkstraat"
    )
    assert parse_capture('!Meer bomen #groen. Graag @"De Buurt"') == ParsedNote(
        NoteKind.IDEA, "Meer bomen. Graag", "groen", "De Buurt"
    )
    # an email address is not a group, a hash inside a word is not a theme
    assert parse_capture("mail a@b.nl over huis#3") == ParsedNote(NoteKind.CONCERN, "mail a@b.nl over huis#3")
    # only the first marker of each sign counts; line breaks stay
    parsed = parse_capture("#Groen eerste\n#Spelen tweede @Oost @West")
    assert parsed == ParsedNote(NoteKind.CONCERN, "eerste\n#Spelen tweede @West", "Groen", "Oost")
    # a quoted value is never read again for markers (found by hypothesis)
    assert parse_capture('tekst @"0 #0"') == ParsedNote(NoteKind.CONCERN, "tekst", None, "0 #0")
    assert parse_capture("  ?  ").text == ""
    assert parse_capture("#").theme_name is None
