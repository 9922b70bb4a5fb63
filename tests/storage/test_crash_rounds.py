"""Kill the app's own code at random moments, over and over: nothing it reported as done is lost.

A child process drives the use cases the window uses (through ``workspace.commands`` and a
session committing to the real file) in a loop: notes with and without a theme, pen strokes,
sticky notes, promises, votes and theme moves, printing each one after the call returned. The
parent kills it with SIGKILL at a random moment (seeded, so a failure can be replayed), then
opens the file as the app would: ``PRAGMA integrity_check`` is ok and every reported item is
there. 50 rounds run in CI; ``pytest -m slow tests/storage/test_crash_rounds.py`` runs 1,000
(figures in docs/PERFORMANCE.md). Killed exports leave the old output or the complete new one.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from bricoleur_desk.storage import read_dossier_file
from bricoleur_desk.workspace.files import write_demo

DRIVER = """
import sys
from array import array
from pathlib import Path
from bricoleur_desk.domain.model import Phase
from bricoleur_desk.workspace import capture, commands, meeting_flow, sketch
from bricoleur_desk.workspace.opened import open_for_editing

opened = open_for_editing(Path(sys.argv[1]))  # commits every change before the call returns
session = opened.session
meeting = session.dossier.latest_meeting()
canvas = meeting.canvases[0]
sheet_id = canvas.sheets[-1].id
theme_ids = [t.id for t in meeting.themes]
commands.run(session, meeting_flow.set_phase, meeting.id, Phase.DISCUSS)
print("READY", flush=True)
i = 0
last_note = None
while True:
    step = i % 6
    if step == 0:
        last_note = commands.create(session, capture.add_note, meeting.id, f"Punt {i} over de stoep #Ronde{i % 3}")
        print("note", last_note, flush=True)
    elif step == 1:
        points = array("f", [float(i % 500), 20.0, 0.5, float(i % 500) + 40.0, 60.0, 0.7])
        print("stroke", commands.create(session, sketch.add_stroke, sheet_id, points), flush=True)
    elif step == 2:
        print("sticky", commands.create(session, sketch.add_sticky, sheet_id, 10.0, 10.0, f"Idee {i}"), flush=True)
    elif step == 3:
        promise = commands.create(
            session, meeting_flow.investigate_note, meeting.id, last_note, f"Uitzoeken {i}", "Wijkteam", None
        )
        print("promise", promise, flush=True)
    elif step == 4:
        commands.run(session, capture.vote, last_note, 1)
        print("vote", last_note, flush=True)
    else:
        commands.run(session, capture.move_notes_to_theme, [last_note], theme_ids[i % len(theme_ids)])
        print("theme", last_note, theme_ids[i % len(theme_ids)], flush=True)
    i += 1
"""


def _round(path: Path, rng: random.Random) -> list[list[str]]:
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(DRIVER), str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "READY"
    # a random moment, counted in work done rather than seconds (so the same on any machine),
    # then a little random time: between commits, in one, in an fsync
    lines = [child.stdout.readline() for _ in range(rng.randint(0, 40))]
    time.sleep(rng.uniform(0.0, 0.02))
    os.kill(child.pid, signal.SIGKILL)
    reported = [line.split() for line in [*lines, *child.stdout.read().splitlines()]]
    child.wait(timeout=30)
    return [r for r in reported if len(r) >= 2 and r[1] != "None"]


def _check(path: Path, reported: list[list[str]]) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    dossier = read_dossier_file(path)  # opens as the app would, the -wal included
    meeting = dossier.latest_meeting()
    assert meeting is not None
    notes = {n.id: n for n in meeting.notes}
    items = {o.id for c in meeting.canvases for s in c.sheets for o in (*s.strokes, *s.stickies)}
    promises = {p.id for p in dossier.promises}
    for kind, item, *rest in reported:
        if kind == "note":
            assert item in notes, item
        elif kind in ("stroke", "sticky"):
            assert item in items, (kind, item)
        elif kind == "promise":
            assert item in promises, item
        elif kind == "vote":
            assert notes[item].votes >= 1, item
        elif kind == "theme":  # each note is moved once, right after it was made
            assert notes[item].theme_id == rest[0], item


def _crash_rounds(tmp_path: Path, rounds: int, fresh_every: int = 100) -> tuple[int, float]:
    """``rounds`` kills; a fresh demo dossier every ``fresh_every`` rounds keeps each round's file
    the size of a real evening's (one file over 1,000 rounds grew to 47,000 notes)."""
    rng = random.Random(20261203)
    total, started = 0, time.perf_counter()
    for n in range(rounds):
        if n % fresh_every == 0:
            path = write_demo(tmp_path / f"avond-{n // fresh_every}.bricoleur")
        reported = _round(path, rng)
        _check(path, reported)
        total += len(reported)
        if rounds > 100 and (n + 1) % 50 == 0:  # the slow run says how far it got
            print(f"round {n + 1}: {total} reported items, none lost, {time.perf_counter() - started:.0f} s", flush=True)
    return total, time.perf_counter() - started


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_fifty_kills_at_random_moments_lose_nothing_reported(tmp_path: Path) -> None:
    reported, _seconds = _crash_rounds(tmp_path, 50)
    assert reported >= 500  # the rounds really did work before they were killed


@pytest.mark.slow
def test_a_thousand_kills_at_random_moments_lose_nothing_reported(tmp_path: Path) -> None:
    reported, seconds = _crash_rounds(tmp_path, 1000)
    print(f"\n1,000 rounds: {reported} reported items, none lost, {seconds:.0f} s")


def test_a_report_killed_at_random_moments_leaves_the_old_file_or_the_new_one(tmp_path: Path) -> None:
    dossier = write_demo(tmp_path / "avond.bricoleur")
    out = tmp_path / "verslag.pdf"
    out.write_bytes(b"%PDF-1.4 the report of last week")
    rng = random.Random(7)
    # internal: a public report first loads the name scanner for seconds, and every kill would land then
    command = [sys.executable, "-m", "bricoleur_desk.app", "report", str(dossier), "--out", str(out), "--audience", "internal"]
    outcomes = set()
    for round_ in range(8):
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # the first kill comes at once, before any rename on any machine; the others at random
        time.sleep(0.0 if round_ == 0 else rng.uniform(0.2, 2.5))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        data = out.read_bytes()
        if data == b"%PDF-1.4 the report of last week":
            outcomes.add("old")
        else:
            from pypdf import PdfReader

            assert len(PdfReader(out).pages) >= 1  # complete, or it would not parse
            outcomes.add("new")
            out.write_bytes(b"%PDF-1.4 the report of last week")
    assert "old" in outcomes  # at least one kill landed before the rename
