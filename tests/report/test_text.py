"""User text on its way to the PDF: escaped, drawable, never a blank box or a crash."""

from __future__ import annotations

from bricoleur_desk.report.fonts import drawable, register_fonts
from bricoleur_desk.report.text import markup, plain


def test_markup_escapes_and_keeps_line_breaks() -> None:
    assert markup('<b>vet</b> & "x"\nregel 2') == '&lt;b&gt;vet&lt;/b&gt; &amp; "x"<br/>regel 2'
    assert markup(None) == "" and markup("") == ""


def test_characters_without_a_glyph_get_a_readable_placeholder() -> None:
    covered = register_fonts()
    assert ord("ğ") in covered and ord("ł") in covered and ord("İ") in covered
    assert drawable("Boom 🌳!") == "Boom [deciduous tree]!"
    # an emoji sequence with skin tone and joiner: one name per visible symbol, no stray boxes
    assert drawable("👍🏽") == "[thumbs up sign]"
    assert drawable("a\x00b\x07c") == "abc"
    assert plain("twee\nregels\tmet tab") == "twee regels met tab"


def test_every_placeholder_is_drawable_itself() -> None:
    covered = register_fonts()
    text = drawable("🌳🚲🏠✊🏿𓀀")
    assert all(ord(ch) in covered for ch in text)
