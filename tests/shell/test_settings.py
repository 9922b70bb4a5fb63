from pathlib import Path

from PySide6.QtCore import QSettings

from bricoleur_desk.ui.settings import MAX_RECENT, Settings


def _settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_recent_files_are_newest_first_without_duplicates_and_capped(qapp, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    for i in range(MAX_RECENT + 3):
        settings.add_recent_file(tmp_path / f"d{i}.bricoleur")
    settings.add_recent_file(tmp_path / "d5.bricoleur")
    recent = settings.recent_files()
    assert recent[0].name == "d5.bricoleur"
    assert len(recent) == MAX_RECENT
    assert len(set(recent)) == len(recent)
    settings.remove_recent_file(tmp_path / "d5.bricoleur")
    assert tmp_path / "d5.bricoleur" not in _settings(tmp_path).recent_files()


def test_projector_choice_is_remembered(qapp, tmp_path: Path) -> None:
    _settings(tmp_path).set_projector_screen("projector")
    assert _settings(tmp_path).projector_screen() == "projector"
    _settings(tmp_path).set_projector_screen(None)
    assert _settings(tmp_path).projector_screen() is None


def test_default_settings_live_under_the_test_config_folder(qapp) -> None:
    import os

    settings = Settings()
    settings.set_projector_screen("x")
    settings.sync()
    assert settings.file_name().startswith(os.environ["HOME"])
