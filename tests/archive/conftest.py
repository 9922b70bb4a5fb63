"""The team archive tests' PostgreSQL: one throwaway cluster per run (cluster.py), an empty database per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .cluster import Server, throwaway_cluster

__all__ = ["Server"]


@pytest.fixture(scope="session")
def postgres() -> Iterator[Server]:
    """A running cluster (stopped and removed after the run)."""
    with throwaway_cluster() as server:
        yield server


@pytest.fixture
def archive_url(postgres: Server) -> str:
    """The address of an empty database of this test's own."""
    return postgres.url(postgres.new_database())
