"""WCAG contrast: the pure measures, and a readable text colour on any theme colour."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bricoleur_desk.domain.contrast import (
    AA_NORMAL,
    BLACK,
    WHITE,
    contrast_ratio,
    parse_hex,
    passes_aa,
    readable_text,
    relative_luminance,
    strengthened,
)
from bricoleur_desk.workspace.capture import PALETTE

hex_colours = st.integers(0, 0xFFFFFF).map(lambda v: f"#{v:06x}")


def test_the_known_values_of_the_wcag_formula() -> None:
    assert relative_luminance("#000") == 0
    assert relative_luminance("#ffffff") == pytest.approx(1)
    assert contrast_ratio(BLACK, WHITE) == pytest.approx(21)
    assert contrast_ratio("#777777", WHITE) == pytest.approx(4.48, abs=0.01)  # the famous near miss
    assert contrast_ratio("#767676", WHITE) == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio(WHITE, "#767676") == contrast_ratio("#767676", WHITE)
    assert passes_aa("#767676", WHITE) and not passes_aa("#777777", WHITE)
    assert passes_aa("#949494", WHITE, large=True) and not passes_aa("#949494", WHITE)


def test_light_fills_get_black_text_and_dark_fills_white() -> None:
    for light in ("#ffff00", "#17becf", "#bcbd22", "#ff7f0e", "#ffe066", "#e3f2fd"):
        assert readable_text(light) == BLACK, light
    for dark in ("#1f77b4", "#d62728", "#0d47a1", "#1b5e20", "#000000", "#4c72b0"):
        assert readable_text(dark) == WHITE, dark


def test_white_on_the_palette_would_fail_where_the_chosen_text_passes() -> None:
    # the reason for the function: white on the palette's cyan, olive and orange is unreadable
    failing = [c for c in PALETTE if not passes_aa(WHITE, c)]
    assert "#17becf" in failing and "#bcbd22" in failing
    for colour in PALETTE:
        assert passes_aa(readable_text(colour), colour), colour


@given(hex_colours)
def test_the_chosen_text_passes_aa_on_every_colour(colour: str) -> None:
    text = readable_text(colour)
    assert contrast_ratio(text, colour) >= AA_NORMAL
    assert contrast_ratio(text, colour) >= contrast_ratio(BLACK if text == WHITE else WHITE, colour)


def test_malformed_colours_are_refused() -> None:
    assert parse_hex("abc") == (0xAA, 0xBB, 0xCC)
    for bad in ("", "#12", "#12345", "red", "#gggggg"):
        with pytest.raises(ValueError):
            parse_hex(bad)


@given(hex_colours)
def test_a_strengthened_band_reaches_7_to_1_and_stays_close(colour: str) -> None:
    band = strengthened(colour)
    assert contrast_ratio(readable_text(band), band) >= 7
    if contrast_ratio(readable_text(colour), colour) >= 7:
        assert band == colour  # already strong: left as it is


def test_a_mid_tone_teal_becomes_a_darker_teal() -> None:
    band = strengthened("#00838f")
    r, g, b = parse_hex(band)
    assert readable_text(band) == WHITE and r < g and b > r and contrast_ratio(WHITE, band) >= 7
