"""Residents read who does it as a department; a colleague's name stays in internal documents."""

from __future__ import annotations

from pathlib import Path

from bricoleur_desk.domain.register import public_owner
from bricoleur_desk.workspace.privacy import find_in_dossier
from bricoleur_desk.workspace.reporting import export_report
from tests.report.conftest import squeezed

from .sample import FIRST, register_dossier


def _promise(dossier, promise_id: str):  # noqa: ANN001, ANN202
    return next(p for p in dossier.promises if p.id == promise_id)


def test_a_colleague_owner_reads_as_their_department_in_the_public_report(tmp_path: Path) -> None:
    from pypdf import PdfReader

    dossier = register_dossier()
    assert public_owner(dossier, _promise(dossier, "p-drempel")) == "Team Verkeer"  # Sanne Bakker's department
    assert public_owner(dossier, _promise(dossier, "p-bomen")) == "Team Groen"  # a department stays itself
    assert public_owner(dossier, _promise(dossier, "p-wijk")) == "Wijkmanager Zuid"  # no department: as written
    meeting = dossier.meeting(FIRST)
    owners = [h for h in find_in_dossier(dossier, meeting) if h.field == "owner"]
    assert all(h.text != "Sanne Bakker" for h in owners)  # not listed for the adviser: it is not printed
    public, internal = tmp_path / "openbaar.pdf", tmp_path / "intern.pdf"
    export_report(dossier, public, meeting_id=FIRST)
    export_report(dossier, internal, meeting_id=FIRST, audience="internal")

    def text(path: Path) -> str:
        return squeezed(" ".join(page.extract_text() for page in PdfReader(str(path)).pages))

    assert "SanneBakker" not in text(public) and "TeamVerkeer" in text(public)
    assert "SanneBakker" in text(internal)
