"""Alembic, imported only when a file is created or must be migrated (it costs start-up time)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).with_name("migrations")


def _config(script_location: Path) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


def known_revisions(script_location: Path = MIGRATIONS) -> set[str]:
    """Every revision id this version of the app knows how to upgrade from."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_config(script_location))
    return {script.revision for script in scripts.walk_revisions()}


def head_revision(script_location: Path = MIGRATIONS) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config(script_location)).get_current_head()
    assert head is not None
    return head


def upgrade_to_head(connection: Connection, script_location: Path = MIGRATIONS) -> None:
    """Run the migrations on ``connection`` inside its transaction (the caller commits)."""
    from alembic import command

    config = _config(script_location)
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
