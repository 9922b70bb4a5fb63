"""A throwaway PostgreSQL cluster for the team archive tests and benchmark, removed after use.

initdb and pg_ctl refuse to run as root, so as root they run as the ``postgres`` user
(``runuser``) in a private folder that user owns. The cluster listens on a free TCP port on
127.0.0.1 only, with password authentication (scram-sha-256) so that a wrong password is
refused as on a municipal server; fsync is off (a test cluster). Each test gets an empty
database of its own.
"""

from __future__ import annotations

import glob
import itertools
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg

SUPERUSER = "postgres"


def _bin_folder() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    assert initdb, "PostgreSQL is not installed: .ci/run installs Debian's postgresql"
    return Path(initdb).parent


def _as_postgres(*command: str | Path) -> list[str]:
    args = [str(c) for c in command]
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    folder: Path
    port: int
    password: str
    bin: Path
    _databases = itertools.count(1)

    def url(self, database: str, *, password: str | None = None) -> str:
        secret = self.password if password is None else password
        return f"postgresql://{SUPERUSER}:{secret}@127.0.0.1:{self.port}/{database}"

    def admin(self, database: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, password=self.password, dbname=database, autocommit=True
        )

    def new_database(self) -> str:
        name = f"archive_{next(self._databases)}"
        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return name

    def pg_ctl(self, *args: str) -> None:
        subprocess.run(
            _as_postgres(self.bin / "pg_ctl", "-D", self.folder / "data", *args),
            check=True,
            capture_output=True,
            timeout=120,
        )

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        self.pg_ctl("-o", options, "-l", str(self.folder / "server.log"), "-w", "start")


@contextmanager
def throwaway_cluster() -> Iterator[Server]:
    """A running cluster, stopped and removed when the block ends."""
    folder = Path(tempfile.mkdtemp(prefix="bricoleur-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    password = secrets.token_urlsafe(16)
    (folder / "password").write_text(password + "\n")
    if os.geteuid() == 0:
        shutil.chown(folder / "password", "postgres", "postgres")
    server = Server(folder, _free_port(), password, _bin_folder())
    subprocess.run(
        _as_postgres(
            server.bin / "initdb",
            "-D",
            folder / "data",
            "-U",
            SUPERUSER,
            "--auth=scram-sha-256",
            f"--pwfile={folder / 'password'}",
            "--encoding=UTF8",
            "--no-sync",
        ),
        check=True,
        capture_output=True,
        timeout=300,
    )
    server.start()
    try:
        yield server
    finally:
        try:
            server.pg_ctl("-m", "immediate", "stop")
        finally:
            shutil.rmtree(folder, ignore_errors=True)
