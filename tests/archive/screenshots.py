"""Screenshots of the team archive window, in Dutch: python -m tests.archive.screenshots.

A throwaway PostgreSQL cluster (tests/archive/cluster.py) with a database ``bricoleur`` and two
facilitators' roles; the demo dossier and two smaller ones pushed by them. Writes
docs/screenshots/team-archive-dossiers.png (the list, the connection line), team-archive-promises.png
(the dashboard, overdue only), team-archive-search.png ("bomen" found as "boom" too) and
team-archive-connect.png (the connect dialog) and team-archive-conflict.png (a note both
facilitators changed: both versions side by side, waiting for a choice).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bricoleur_desk.archive.access import add_member, add_team  # noqa: E402
from bricoleur_desk.archive.connection import open_archive  # noqa: E402
from bricoleur_desk.archive.transfer import pull, push  # noqa: E402
from bricoleur_desk.domain.edits import Change  # noqa: E402
from bricoleur_desk.domain.model import Dossier, Meeting, Note, Promise, PromiseStatus  # noqa: E402
from bricoleur_desk.storage import (
    create_dossier,  # noqa: E402
    open_dossier,  # noqa: E402
)
from bricoleur_desk.ui.main_window import MainWindow  # noqa: E402
from bricoleur_desk.ui.settings import Settings  # noqa: E402
from bricoleur_desk.ui.translations import Translations  # noqa: E402
from bricoleur_desk.workspace.demo import build_demo_dossier  # noqa: E402
from bricoleur_desk.workspace.session import DossierSession  # noqa: E402

from .cluster import throwaway_cluster  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
FACILITATORS = ("a.jansen", "m.bakker")


def _settle(app: QApplication, until=lambda: True, seconds: float = 20) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until():
            break
        time.sleep(0.02)
    for _ in range(10):
        app.processEvents()
        time.sleep(0.02)


def _dossier(title: str, starts: datetime, notes: list[tuple[str, str]], promises: list[Promise]) -> Dossier:
    meeting = Meeting("m1", "Bewonersavond", starts)
    meeting.notes = [Note(f"n{i}", i, text, answer=answer) for i, (text, answer) in enumerate(notes, start=1)]
    return Dossier(title, meetings=[meeting], promises=promises)


def _dossiers() -> list[Dossier]:
    today = date.today()
    molenstraat = _dossier(
        "Herinrichting Molenstraat",
        datetime(2026, 9, 17, 19, 30),
        [
            ("Er wordt te hard gereden bij de school", "Er komen twee drempels"),
            ("De oude boom op de hoek moet blijven", ""),
            ("Meer fietsparkeerplekken bij de bakker", ""),
        ],
        [
            Promise("p1", "m1", "Drempels plaatsen bij de school", owner="Team Verkeer", due=today - timedelta(days=12)),
            Promise("p2", "m1", "Bomen op de hoek laten keuren", owner="Team Groen", due=today + timedelta(days=20)),
            Promise("p3", "m1", "Fietsnietjes bijplaatsen", owner="Team Verkeer", due=today - timedelta(days=40),
                    status=PromiseStatus.DONE),
        ],
    )
    speeltuin = _dossier(
        "Speeltuin De Linde",
        datetime(2026, 10, 8, 20, 0),
        [("De schommel is al maanden kapot", "Wordt in november vervangen"), ("Graag meer bomen voor schaduw", "")],
        [
            Promise("p1", "m1", "Schommel vervangen", owner="Team Groen", due=today - timedelta(days=3)),
            Promise("p2", "m1", "Bewoners uitnodigen voor de opening", owner="Wijkteam Noord", due=None),
        ],
    )
    return [build_demo_dossier(), molenstraat, speeltuin]


def _as(role: str, port: int) -> str:
    return f"postgresql://{role}:welkom@127.0.0.1:{port}/bricoleur"


def _edit(path: Path, note_id: str, text: str) -> None:
    with open_dossier(path) as opened:
        DossierSession(opened.load(), store=opened).apply(Change(note_id, (("text", text),)))


def _conflict(folder: Path, port: int, pushed: tuple[Path, Dossier]) -> None:
    """Both facilitators reword the same note of the Molenstraat: the second push keeps a conflict."""
    mine, dossier = pushed
    note = dossier.meetings[0].notes[0]
    archive = open_archive(_as(FACILITATORS[1], port))
    theirs = pull(archive, dossier.id, folder / "collega.bricoleur").path
    _edit(theirs, note.id, "Er wordt te hard gereden bij de school, vooral 's ochtends")
    push(archive, theirs)
    archive.engine.dispose()
    _edit(mine, note.id, "Er wordt te hard gereden bij de school en op de Molenstraat")
    archive = open_archive(_as(FACILITATORS[0], port))
    push(archive, mine)
    archive.engine.dispose()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    translations = Translations()  # kept: the translators live as long as it does
    translations.apply("nl")
    OUT.mkdir(parents=True, exist_ok=True)
    with throwaway_cluster() as server, tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        with server.admin() as conn:
            conn.execute("CREATE DATABASE bricoleur")
            for role in FACILITATORS:
                conn.execute(f"CREATE ROLE \"{role}\" LOGIN PASSWORD 'welkom'")
        owner_url = server.url("bricoleur")
        owner = open_archive(owner_url)  # the schema, made by its owner, and one team of both
        add_team(owner, "Wijkteam Noord")
        for role in FACILITATORS:
            add_member(owner, role, "Wijkteam Noord")
        owner.engine.dispose()
        paths = []
        for dossier, role in zip(_dossiers(), (*FACILITATORS, FACILITATORS[0]), strict=True):
            path = folder / f"{dossier.title}.bricoleur"
            create_dossier(path, dossier).close()
            archive = open_archive(_as(role, server.port))
            push(archive, path)
            archive.engine.dispose()
            paths.append((path, dossier))
        _conflict(folder, server.port, paths[1])

        window = MainWindow(Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)), translations)
        window.open_exports = False
        window.resize(1280, 800)
        window.show()
        window.team_archive.action.trigger()
        archive_window = window.team_archive.archive_window
        dialog = archive_window.connect_dialog
        dialog.address_input.setText(f"postgresql://127.0.0.1:{server.port}/bricoleur?sslmode=prefer")
        dialog.user_input.setText("a.jansen")
        dialog.password_input.setText("welkom")
        dialog.password_input.setFocus()
        _settle(app)
        dialog.grab().save(str(OUT / "team-archive-connect.png"))
        dialog.accept()
        _settle(app, lambda: not archive_window.busy)
        archive_window.resize(1180, 560)
        archive_window.dossiers.table.selectRow(1)
        _settle(app)
        archive_window.grab().save(str(OUT / "team-archive-dossiers.png"))

        archive_window.tabs.setCurrentWidget(archive_window.promises)
        archive_window.promises.overdue_box.setChecked(True)
        _settle(app)
        archive_window.grab().save(str(OUT / "team-archive-promises.png"))

        archive_window.tabs.setCurrentWidget(archive_window.conflicts)
        _settle(app, lambda: not archive_window.busy)
        archive_window.conflicts.table.selectRow(0)
        _settle(app)
        archive_window.grab().save(str(OUT / "team-archive-conflict.png"))

        archive_window.focus_search()
        archive_window.search.words_input.setText("bomen")
        archive_window.run_search("bomen")
        _settle(app, lambda: not archive_window.busy)
        archive_window.grab().save(str(OUT / "team-archive-search.png"))
        archive_window.reject()
        window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
