"""Where the open and new-dossier dialogs start: the last folder, else the app's documents folder."""

from __future__ import annotations

from pathlib import Path

from bricoleur_desk.workspace.files import demo_location, dossiers_folder, ensure_demo, first_folder


def test_the_dialogs_start_in_the_apps_documents_folder_until_another_was_used(tmp_path: Path) -> None:
    documents = tmp_path / "home" / "Documents"
    assert dossiers_folder() == documents / "Bricoleur Desk"
    assert first_folder(None) == documents  # no app folder yet: the documents folder, not home
    assert ensure_demo() == demo_location() and demo_location().parent == dossiers_folder()
    assert first_folder(None) == dossiers_folder()  # where the demo went
    used = tmp_path / "evenings"
    used.mkdir()
    assert first_folder(used) == used
    assert first_folder(tmp_path / "removed since") == dossiers_folder()
