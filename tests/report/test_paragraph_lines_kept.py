"""A report paragraph breaks its lines once per width: reportlab asks again and again (#17)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle

from bricoleur_desk.report.text import Paragraph


def test_the_same_width_reuses_the_lines_and_another_width_breaks_them_anew(monkeypatch) -> None:  # noqa: ANN001
    broken: list[list[float]] = []
    original = Paragraph.breakLines

    def counting(self, widths):  # noqa: ANN001, ANN202
        broken.append(list(widths))
        return original(self, widths)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    para = Paragraph("Meer bankjes in de schaduw langs het water, " * 12, ParagraphStyle("n", fontSize=10, leading=12))
    first = para.wrap(200, 800)
    assert para.wrap(200, 50) == first and para.wrap(200, 800) == first  # the height asked does not matter
    assert len(broken) == 1
    wider = para.wrap(400, 800)
    assert len(broken) == 2 and wider[1] < first[1]  # fewer lines at twice the width
    assert para.wrap(200, 800) == first and len(broken) == 3 and para.height == first[1]
    halves = para.split(200, first[1] / 2)  # a split paragraph is new and breaks its own lines
    assert len(halves) == 2 and all(h.wrap(200, 800)[1] < first[1] for h in halves)
