"""Screenshots of capture and the projector at 1920x1080: python -m tests.capture.screenshots.

Writes docs/screenshots/facilitator-12.png, facilitator-150.png, audience-12.png and
audience-150.png from real widgets on the offscreen platform, with realistic Dutch notes.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QVBoxLayout, QWidget  # noqa: E402

from bricoleur_desk.domain.model import Dossier, Frame, Meeting, Note, NoteKind, Phase, Theme  # noqa: E402
from bricoleur_desk.workspace.session import DossierSession  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SIZE = (1920, 1080)

THEMES = (
    ("Verkeer en parkeren", "#1f77b4"),
    ("Groen", "#2ca02c"),
    ("Veiligheid", "#d62728"),
    ("Spelen en ontmoeten", "#9467bd"),
    ("Bouw en planning", "#ff7f0e"),
)
GROUPS = ("Parkstraat", "Buurtvereniging Oost", "Winkeliers Dorpsplein", "Basisschool De Linde", None, None)
# (text, theme index or None)
SAID = (
    ("Er wordt veel te hard gereden in de Parkstraat, vooral 's avonds", 0),
    ("Waar moeten bewoners straks parkeren als de parkeerplaatsen op het plein verdwijnen?", 0),
    ("Meer bomen langs de singel, nu is het één grote stenen vlakte", 1),
    ("Het fietspad bij de school is 's ochtends levensgevaarlijk", 0),
    ("Het plein is 's nachts onveilig door slechte verlichting", 2),
    ("Wanneer gaat de schop de grond in en hoe lang duurt de overlast?", 4),
    ("Een buurtmoestuin op het braakliggende veld bij de kerk", 3),
    ("De speeltuin is verouderd en er ligt vaak glas", 3),
    ("Kunnen de vuilcontainers ondergronds?", None),
    ("Zorg dat de bushalte blijft waar hij is, ouderen lopen niet zo ver", 0),
    ("Wie betaalt het onderhoud van het nieuwe groen?", 1),
    ("Bankjes in de schaduw zodat ouderen even kunnen zitten", 3),
    ("Vrachtwagens laden en lossen midden op de weg bij de supermarkt", 0),
    ("Worden de bewoners van de Parkstraat betrokken bij de keuze van de bestrating?", 4),
    ("Wadi's voor het regenwater, de kelders lopen nu vol bij hoosbuien", 1),
    ("Hangjongeren bij het winkelcentrum, mensen durven er niet meer langs", 2),
    ("Een trapveldje voor de oudere kinderen", 3),
    ("Komt er tijdens de bouw een tijdelijke route naar de school?", 4),
    ("Laat de oude kastanjeboom staan, die is ouder dan de wijk", 1),
    ("Camera's op het plein? Liever meer licht en mensen op straat", 2),
    ("Hoe houden jullie ons op de hoogte tijdens de werkzaamheden?", 4),
    ("Deelauto's in plaats van extra parkeerplaatsen", 0),
    ("Geveltuintjes mogen in de hele straat", 1),
    ("Een plek waar de buurt kan samenkomen, nu is er niets meer sinds het buurthuis dicht is", 3),
)


def evening(notes: int) -> Dossier:
    themes = [Theme(f"t{i}", name, color) for i, (name, color) in enumerate(THEMES)]
    meeting = Meeting(
        id="avond",
        title="Bewonersavond herinrichting Parkstraat en Dorpsplein",
        starts_at=datetime(2026, 11, 25, 19, 30),
        venue="Buurthuis De Schakel",
        question="Hoe maken we de Parkstraat en het Dorpsplein veiliger, groener en gezelliger?",
        phase=Phase.INVENTORY,
        frame=Frame(
            open=["Indeling van het plein", "Soort bomen en groen"], fixed=["Budget: 1,2 miljoen euro"]
        ),
        themes=themes,
    )
    start = meeting.starts_at + timedelta(minutes=20)
    for i in range(notes):
        text, theme = SAID[i % len(SAID)]
        if i >= len(SAID):
            text = f"{text} (ook genoemd door {GROUPS[i % 4]})" if i % 3 == 0 else text
        kind = NoteKind.QUESTION if text.endswith("?") else NoteKind.IDEA if i % 7 == 6 else NoteKind.CONCERN
        meeting.notes.append(
            Note(
                id=f"n{i + 1}",
                number=i + 1,
                text=text,
                kind=kind,
                theme_id=themes[theme].id if theme is not None and i < notes - 2 else None,
                raised_by_group=GROUPS[i % len(GROUPS)],
                created_at=start + timedelta(seconds=40 * i),
            )
        )
    return Dossier(title="Herinrichting Parkstraat", meetings=[meeting])


def _settle() -> None:
    # long enough for the list's debounced re-measure after a resize
    for _ in range(4):
        QApplication.processEvents()
        time.sleep(0.05)
        QApplication.processEvents()


def main() -> None:
    from PySide6.QtCore import QTranslator

    from bricoleur_desk.resources import resource_path
    from bricoleur_desk.ui.audience import AudiencePreview, AudienceWindow
    from bricoleur_desk.ui.notes import CaptureView

    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    # the product speaks Dutch: use the app's translation when it has been built
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", "bricoleur_nl.qm"))):
        app.installTranslator(translator)
    OUT.mkdir(parents=True, exist_ok=True)
    for count in (12, 150):
        session = DossierSession(evening(count))
        view = CaptureView(session, "avond")
        audience = AudienceWindow(session, "avond", view.model)
        audience.resize(*SIZE)
        audience.show()
            # the facilitator is typing the next remark; the last note was just added
        view.add_note("?Komt er ook een oplaadpunt voor elektrische auto's #verkeer en parkeren @Parkstraat")
        view.capture_input.setPlainText(
            "!Maak van het plein een autoluw plein op zaterdag #groen @Winkeliers"
        )
        view.toggle_cheat_sheet()
        window = QWidget()
        window.setWindowTitle("Bricoleur Desk")
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(QLabel(view.tr("What the room sees")))
        preview = AudiencePreview(audience)
        preview.setFixedSize(384, 216)
        side_layout.addWidget(preview)
        side_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(view)
        splitter.addWidget(side)
        splitter.setSizes([1500, 420])
        layout = QVBoxLayout(window)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        window.resize(*SIZE)
        window.show()
        _settle()
        view.focus_capture()
        preview.refresh()
        _settle()
        window.grab().save(str(OUT / f"facilitator-{count}.png"))
        audience.grab().save(str(OUT / f"audience-{count}.png"))
        print(OUT / f"facilitator-{count}.png", OUT / f"audience-{count}.png")


if __name__ == "__main__":
    main()
