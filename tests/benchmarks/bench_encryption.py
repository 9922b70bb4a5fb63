"""Benchmark: what encryption at rest costs. Never fails; prints figures.

Encrypted (SQLCipher) against plain, in one interleaved series on the same machine:
- a note committed (``session.apply`` of a new note, fsync'd before it returns), p50 and p99;
- opening a dossier of 5,000 notes and loading it (``open_dossier`` + ``load``), with the key
  already derived in this process (a second open, a reader, a backup, a copy) and, separately,
  the first open (SQLCipher 4's key derivation, PBKDF2-HMAC-SHA512 with 256,000 iterations, is
  deliberately slow: it is what makes guessing a passphrase slow).

Run: python tests/benchmarks/bench_encryption.py [--quick]
Figures go into docs/PERFORMANCE.md ("Encryption at rest").
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from bricoleur_desk.domain.edits import Insert  # noqa: E402
from bricoleur_desk.domain.model import Note  # noqa: E402
from bricoleur_desk.storage import driver, open_dossier  # noqa: E402
from bricoleur_desk.storage.encryption import encrypt_copy, remember_passphrase  # noqa: E402
from bricoleur_desk.workspace.session import DossierSession  # noqa: E402
from tests.benchmarks.bench_open import make_dossier  # noqa: E402
from tests.benchmarks.bench_storage import percentile  # noqa: E402
from tests.benchmarks.figures import record  # noqa: E402

PASSPHRASE = "benchmark passphrase"


def _open_and_load(path: Path) -> float:
    t = time.perf_counter()
    with open_dossier(path) as opened:
        assert len(opened.load().meetings[0].notes) == 5000
        return time.perf_counter() - t


def main(quick: bool = False) -> dict[str, float]:
    folder = Path(tempfile.mkdtemp())
    plain, encrypted = folder / "plain.bricoleur", folder / "encrypted.bricoleur"
    make_dossier(plain, 5000)
    encrypt_copy(plain, encrypted, PASSPHRASE)
    remember_passphrase(encrypted, PASSPHRASE)
    opens = 5 if quick else 15
    commits = 100 if quick else 400

    open_plain, open_encrypted, first_encrypted = [], [], []
    _open_and_load(plain), _open_and_load(encrypted)  # warm caches and imports for both
    for i in range(opens):  # interleaved, alternating which goes first
        for path in (plain, encrypted) if i % 2 == 0 else (encrypted, plain):
            (open_plain if path == plain else open_encrypted).append(_open_and_load(path))
        driver._derived.clear()  # the first open in a new process derives the key
        first_encrypted.append(_open_and_load(encrypted))

    commit_plain: list[float] = []
    commit_encrypted: list[float] = []
    with open_dossier(plain) as a, open_dossier(encrypted) as b:
        sessions = [
            (DossierSession(a.load(), store=a), commit_plain),
            (DossierSession(b.load(), store=b), commit_encrypted),
        ]
        a.warm_up(), b.warm_up()
        for i in range(commits):
            for session, times in sessions if i % 2 == 0 else sessions[::-1]:
                meeting = session.dossier.meetings[0]
                note = Note(f"bench{i}", meeting.next_note_number(), "Meer groen op het plein, graag")
                t = time.perf_counter()
                session.apply(Insert("note", "m1", note))
                times.append(time.perf_counter() - t)

    result = {
        "commit_p50_plain_ms": percentile(commit_plain, 50) * 1000,
        "commit_p50_encrypted_ms": percentile(commit_encrypted, 50) * 1000,
        "commit_p99_plain_ms": percentile(commit_plain, 99) * 1000,
        "commit_p99_encrypted_ms": percentile(commit_encrypted, 99) * 1000,
        "open_5000_plain_median_s": statistics.median(open_plain),
        "open_5000_encrypted_median_s": statistics.median(open_encrypted),
        "open_5000_encrypted_first_median_s": statistics.median(first_encrypted),
        "open_ratio_key_derived": statistics.median(
            e / p for e, p in zip(open_encrypted, open_plain, strict=True)
        ),
        "open_ratio_first": statistics.median(
            f / p for f, p in zip(first_encrypted, open_plain, strict=True)
        ),
    }
    result["commit_p99_ratio"] = result["commit_p99_encrypted_ms"] / result["commit_p99_plain_ms"]
    print(json.dumps(result, indent=2))
    record(
        "note commit, encrypted (p99 in figures)",
        commit_encrypted,
        "s",
        target="within 10 % of plain",
        peer="plain",
        peer_values=commit_plain,
    )
    record(
        "open + load 5,000 notes, encrypted, key derived",
        open_encrypted,
        "s",
        target="within 10 % of plain",
        peer="plain",
        peer_values=open_plain,
    )
    record(
        "open + load 5,000 notes, encrypted, first open (key derivation)",
        first_encrypted,
        "s",
        peer="plain",
        peer_values=open_plain,
    )
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    main(parser.parse_args().quick)
