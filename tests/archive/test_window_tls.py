"""A server that offers TLS: the window says the connection is encrypted, and with which protocol.

A second throwaway cluster of its own, with a self-signed certificate made by ``openssl`` for
this run; ``sslmode=require`` in the address, as docs/ARCHIVE.md advises.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from .cluster import Server, throwaway_cluster
from .window_helpers import connect, main_window


@pytest.fixture(scope="module")
def tls_postgres() -> Iterator[Server]:
    with throwaway_cluster() as server:
        data = server.folder / "data"
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
             "-keyout", str(data / "server.key"), "-out", str(data / "server.crt")],
            check=True, capture_output=True, timeout=120,
        )
        for name in ("server.key", "server.crt"):
            os.chmod(data / name, 0o600)
            if os.geteuid() == 0:
                shutil.chown(data / name, "postgres", "postgres")
        server.pg_ctl("-m", "fast", "stop")
        options = (
            f"-p {server.port} -k {server.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key"
        )
        server.pg_ctl("-o", options, "-l", str(server.folder / "server.log"), "-w", "start")
        yield server


def test_a_tls_connection_is_said_to_be_encrypted(qtbot: QtBot, tmp_path: Path, tls_postgres: Server) -> None:
    url = tls_postgres.url(tls_postgres.new_database()) + "?sslmode=require"
    window = main_window(qtbot, tmp_path)
    archive = connect(qtbot, window, url, tls_postgres)
    assert archive.team is not None, archive.message.text()
    assert archive.connection is not None and archive.connection.tls
    assert archive.security_label.text().startswith("Connection encrypted (TLS, TLSv1.")
    archive.reject()
