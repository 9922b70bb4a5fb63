"""Every setting of the app in one typed place, stored with QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10
UI_LANGUAGES = ("nl", "en")


class Settings:
    """Typed access to the user's settings; pass one instance to whatever needs it."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._s = (
            store
            if store is not None
            else QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "bricoleur-desk", "bricoleur-desk"
            )
        )

    # recent dossiers -------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        value = self._s.value("recent/files", [])
        if isinstance(value, str):
            value = [value]
        return [Path(v) for v in (value or [])]

    def add_recent_file(self, path: Path) -> None:
        path = path.resolve()
        files = [p for p in self.recent_files() if p != path]
        files.insert(0, path)
        self._s.setValue("recent/files", [str(p) for p in files[:MAX_RECENT]])

    def remove_recent_file(self, path: Path) -> None:
        files = [p for p in self.recent_files() if p != path.resolve()]
        self._s.setValue("recent/files", [str(p) for p in files])

    # the projector ----------------------------------------------------------------------
    def projector_screen(self) -> str | None:
        value = self._s.value("audience/screen", "")
        return str(value) or None

    def set_projector_screen(self, name: str | None) -> None:
        self._s.setValue("audience/screen", name or "")

    def projector_follows_view(self) -> bool:
        """The sketch on the projector follows the facilitator's view (True) or shows the whole map."""
        return str(self._s.value("audience/follow_view", "true")).lower() != "false"

    def set_projector_follows_view(self, on: bool) -> None:
        self._s.setValue("audience/follow_view", "true" if on else "false")

    # windows ----------------------------------------------------------------------------
    def main_window_geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_main_window_geometry(self, geometry: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)

    def last_folder(self) -> Path | None:
        value = self._s.value("files/last_folder", "")
        return Path(str(value)) if value else None

    def set_last_folder(self, folder: Path) -> None:
        self._s.setValue("files/last_folder", str(folder))

    # the dossier open right now: still set at the next start means the app did not close ----
    def open_session(self) -> tuple[Path, str | None] | None:
        value = str(self._s.value("session/open_dossier", "") or "")
        if not value:
            return None
        meeting = str(self._s.value("session/meeting", "") or "") or None
        return Path(value), meeting

    def set_open_session(self, path: Path, meeting_id: str | None) -> None:
        if self.open_session() == (path, meeting_id):
            return
        self._s.setValue("session/open_dossier", str(path))
        self._s.setValue("session/meeting", meeting_id or "")
        self._s.sync()  # on disk now: a crash gives no chance later

    def clear_open_session(self) -> None:
        self._s.remove("session")
        self._s.sync()

    # the agenda clock of each meeting, carried over a restart -----------------------------
    def agenda_clock(self, dossier_id: str, meeting_id: str) -> str:
        return str(self._s.value(f"agenda_clock/{dossier_id}.{meeting_id}", "") or "")

    def set_agenda_clock(self, dossier_id: str, meeting_id: str, state: str) -> None:
        self._s.setValue(f"agenda_clock/{dossier_id}.{meeting_id}", state)

    # the language of the interface ------------------------------------------------------
    def ui_language(self) -> str:
        """``"nl"`` (the default: Dutch first) or ``"en"``."""
        value = str(self._s.value("ui/language", "nl") or "nl")
        return value if value in UI_LANGUAGES else "nl"

    def set_ui_language(self, language: str) -> None:
        self._s.setValue("ui/language", language if language in UI_LANGUAGES else "nl")

    # how the app looks ------------------------------------------------------------------
    def high_contrast(self) -> bool:
        """The high-contrast theme, on the laptop and the projector (View → High contrast)."""
        return str(self._s.value("ui/high_contrast", "false")).lower() == "true"

    def set_high_contrast(self, on: bool) -> None:
        self._s.setValue("ui/high_contrast", "true" if on else "false")

    # the team archive: where and as whom, never the password -----------------------------
    def team_archive(self) -> tuple[str, str]:
        """The archive's address (without a password) and the user name last connected with."""
        return str(self._s.value("team_archive/address", "") or ""), str(self._s.value("team_archive/user", "") or "")

    def set_team_archive(self, address: str, user: str) -> None:
        self._s.setValue("team_archive/address", address)
        self._s.setValue("team_archive/user", user)

    def sync(self) -> None:
        self._s.sync()

    def file_name(self) -> str:
        """The file the settings are kept in."""
        return self._s.fileName()
