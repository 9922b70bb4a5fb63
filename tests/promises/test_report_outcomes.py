"""Evening 2's report tells what became of every promise of evening 1: done, dropped and why, still open."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from bricoleur_desk.report.fonts import drawable
from bricoleur_desk.workspace.reporting import export_report

from .sample import CROSSING, SECOND, two_evenings


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


def _readable(text: str) -> str:
    return " ".join(drawable(text).split())


def test_the_second_report_gives_the_outcome_of_every_earlier_promise(tmp_path: Path) -> None:
    dossier = two_evenings()
    out = tmp_path / "verslag-2.pdf"
    export_report(dossier, out, meeting_id=SECOND)
    text = _text(out)
    heading = text.rindex("Wat er met eerdere toezeggingen gebeurde")  # the first is in the contents
    section = text[heading:]
    tonight = text[text.index("Wat de gemeente heeft toegezegd") : heading]
    assert "Plantplan voor de bomen rondsturen" in tonight
    # done, with its last update
    assert "Een bank bij de speeltuin plaatsen" in section
    assert "24 november 2026: Gedaan: bank geplaatst naast de glijbaan" in section
    bench = section.index("Een bank bij de speeltuin")
    crossing = section.index("Een zebrapad bij de Oude Markt")
    light = section.index("Kapotte lantaarnpaal")
    assert "gedaan" in section[bench:crossing]
    # dropped, and why
    assert (
        "vervallen: " + _readable("De provincie legt daar in 2027 een verkeerslicht aan")
        in section[crossing:light]
    )
    # still open, with the latest news
    assert "open" in section[light:] and "3 november 2026: Melding gedaan bij Enexis" in section[light:]


def test_the_reason_is_masked_in_the_public_report_like_any_text(tmp_path: Path) -> None:
    dossier = two_evenings()
    crossing = next(p for p in dossier.promises if p.id == CROSSING)
    crossing.reason = "Piet de Vries (piet@example.nl) heeft het met de provincie besproken"
    public, internal = tmp_path / "openbaar.pdf", tmp_path / "intern.pdf"
    result = export_report(dossier, public, meeting_id=SECOND)
    export_report(dossier, internal, meeting_id=SECOND, audience="internal")
    assert result.masked >= 2
    assert "Piet de Vries" not in _text(public) and "piet@example.nl" not in _text(public)
    assert "heeft het met de provincie besproken" in _text(public)
    assert "Piet de Vries (piet@example.nl)" in _text(internal)
