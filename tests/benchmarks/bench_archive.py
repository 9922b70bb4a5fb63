"""Benchmark: the team archive on PostgreSQL at a municipality's scale. Never fails; prints figures.

An archive of 1,000 dossiers (three evenings of 50 notes each, ten promises each: 150,000
notes, 10,000 promises), generated in SQL by this script, then, each repeated:
- the overdue-promises dashboard: every overdue promise, and one department's (``--owner``);
- a full-text search, a common word ("bomen", one note in ten) and a rare one ("wilg");
- pushing and pulling a dossier of 5,000 notes with a 10,000-stroke sketch, and pushing it
  after a colleague pushed a changed note (a merging push).
Each figure is the whole call as a command makes it (connect with SCRAM auth over TCP, query,
rows to Python objects); ``EXPLAIN ANALYZE`` of the dashboard and search queries is printed
with the indexes that carry them. ``--dossiers 10000`` measures the 10x archive.

Run: python tests/benchmarks/bench_archive.py [--quick] [--dossiers N] [--db URL]
(without --db it starts a throwaway cluster, as the tests do). Figures in docs/PERFORMANCE.md
("Team archive").
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from array import array
from contextlib import ExitStack
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from bricoleur_desk.archive.connection import open_archive  # noqa: E402
from bricoleur_desk.archive.queries import promises, search  # noqa: E402
from bricoleur_desk.archive.transfer import pull, push  # noqa: E402
from bricoleur_desk.domain.edits import Change  # noqa: E402
from bricoleur_desk.domain.model import Canvas, Dossier, Meeting, Note, Sheet, Stroke  # noqa: E402
from bricoleur_desk.storage import create_dossier, open_dossier, read_dossier_file  # noqa: E402
from bricoleur_desk.storage.rows import ROW_OF  # noqa: E402
from bricoleur_desk.workspace.session import DossierSession  # noqa: E402
from tests.benchmarks.figures import record  # noqa: E402

SUBJECTS = [
    "De bomen", "Het verkeer", "De speeltuin", "Het parkeren", "De fietsen", "De stoep", "Het afval",
    "De verlichting", "Het water", "De bankjes",
]  # fmt: skip
PROBLEMS = [
    "is gevaarlijk bij", "zorgt voor overlast in", "moet beter bij", "is te smal in", "is kapot bij",
    "maakt lawaai in", "ontbreekt bij", "staat in de weg bij",
]  # fmt: skip
PLACES = [
    "de Molenstraat", "het Stationsplein", "de Kerkstraat", "de school", "het park", "de Hofstraat",
    "de Lindelaan", "het winkelcentrum", "de oude eik",
]  # fmt: skip
DEPARTMENTS = [
    "Team Verkeer", "Team Groen", "Team Openbare Ruimte", "Team Afval en Reiniging", "Wijkmanager Noord",
    "Wijkmanager Zuid", "Team Handhaving", "Team Jeugd", "Team Wonen", "Omgevingsdienst",
    "Team Openbare Verlichting", "Team Riolering",
]  # fmt: skip


def _sql_array(words: list[str]) -> str:
    return "ARRAY[" + ", ".join("'" + w.replace("'", "''") + "'" for w in words) + "]"


def generate(admin, dossiers: int) -> None:  # type: ignore[no-untyped-def]
    """Fill the archive in SQL: dossiers, three evenings each with 50 notes, ten promises each."""
    meeting = ROW_OF["meeting"](Meeting("m", "x", datetime(2024, 1, 1)), "d", 0)
    nested = {k: json.dumps(meeting[k]) for k in ("frame", "agenda", "attendance", "evaluation", "expected_groups")}
    pick = "(%s)[1 + abs(hashtext(%s)) %%%% %d]"  # %% for psycopg after this formatting
    text = " || ' ' || ".join(
        pick % (_sql_array(words), f"'{salt}' || d || '-' || k || '-' || j", len(words))
        for salt, words in (("s", SUBJECTS), ("p", PROBLEMS), ("l", PLACES))
    )
    admin.execute(
        "INSERT INTO archive_dossier SELECT 'bench-' || d, 'Dossier ' || d, 1, now() - d * interval '1 hour', "
        "'bench', false FROM generate_series(1, %s) d",
        (dossiers,),
    )
    admin.execute(
        "INSERT INTO dossier (dossier_id, id, title, accent, version) "
        "SELECT dossier_id, dossier_id, title, '#00557f', 1 FROM archive_dossier WHERE dossier_id LIKE 'bench-%%'"
    )
    admin.execute(
        "INSERT INTO meeting (dossier_id, id, position, title, starts_at, phase, frame, agenda, attendance, "
        "evaluation, expected_groups, version) "
        "SELECT 'bench-' || d, 'm' || k, k, 'Bewonersavond ' || k, "
        "to_char(date '2021-01-01' + (d * 7 + k * 90) %% 1800 + time '19:30', 'YYYY-MM-DD\"T\"HH24:MI:SS'), "
        "'close', %s, %s, %s, %s, %s, 1 FROM generate_series(1, %s) d, generate_series(1, 3) k",
        (*nested.values(), dossiers),
    )
    admin.execute(
        "INSERT INTO note (dossier_id, id, meeting_id, position, number, kind, text, status, answer, votes, version) "
        f"SELECT 'bench-' || d, 'n' || k || '-' || j, 'm' || k, j, (k - 1) * 50 + j, 'concern', {text} || "
        "CASE WHEN abs(hashtext('r' || d || '-' || k || '-' || j)) %% 1000 = 0 THEN ' bij de knotwilg' ELSE '' END, "
        "CASE WHEN j %% 3 = 0 THEN 'answered' ELSE 'open' END, "
        "CASE WHEN j %% 3 = 0 THEN 'Wij kijken ernaar en komen erop terug' END, 0, 1 "
        "FROM generate_series(1, %s) d, generate_series(1, 3) k, generate_series(1, 50) j",
        (dossiers,),
    )
    departments = _sql_array(DEPARTMENTS)
    admin.execute(
        "INSERT INTO promise (dossier_id, id, position, meeting_id, text, owner, due, status, note_ids, updates, version) "
        "SELECT 'bench-' || d, 'p' || j, j, 'm' || (1 + j %% 3), 'Toezegging ' || j || ' over ' || "
        f"(%s::text[])[1 + abs(hashtext('w' || d || j)) %% %s], ({departments})[1 + abs(hashtext('o' || d || j)) %% 12], "
        "date '2024-01-01' + abs(hashtext('due' || d || j)) %% 1100, "
        "(ARRAY['open','open','open','open','open','open','done','done','done','dropped'])[1 + abs(hashtext('s' || d || j)) %% 10], "
        "'[]', '[]', 1 FROM generate_series(1, %s) d, generate_series(1, 10) j",
        (PLACES, len(PLACES), dossiers),
    )
    admin.execute("ANALYZE")


def big_dossier(folder: Path) -> Path:
    dossier = Dossier("Benchmark: 5,000 notes and a 10,000-stroke sketch")
    meeting = Meeting("m1", "Grote avond", datetime(2026, 11, 26, 19, 30))
    meeting.notes = [
        Note(f"n{i}", i, f"Punt {i}: de stoep bij nummer {i % 90} is te smal voor een kinderwagen")
        for i in range(1, 5001)
    ]
    points = array("f", [float(i % 700) for i in range(3 * 60)])  # 60 points a stroke
    sheet = Sheet("s1", "Schets", strokes=[Stroke(f"st{i}", array("f", points)) for i in range(10_000)])
    meeting.canvases = [Canvas("c1", "Kaart", sheets=[sheet])]
    dossier.meetings = [meeting]
    path = folder / "big.bricoleur"
    create_dossier(path, dossier).close()
    return path


def timed(call, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    values = []
    for _ in range(runs):
        t = time.perf_counter()
        call()
        values.append(time.perf_counter() - t)
    return values


def explain(admin, query: str, params: tuple) -> None:  # type: ignore[no-untyped-def]
    print("  " + "\n  ".join(r[0] for r in admin.execute("EXPLAIN ANALYZE " + query, params).fetchall()))


def main(quick: bool, dossiers: int, db: str | None) -> None:
    with ExitStack() as stack:
        if db is None:
            from tests.archive.cluster import throwaway_cluster

            server = stack.enter_context(throwaway_cluster())
            db = server.url(server.new_database())
        import psycopg

        archive = open_archive(db)  # makes the schema
        admin = stack.enter_context(psycopg.connect(db, autocommit=True))
        t = time.perf_counter()
        generate(admin, dossiers)
        notes = admin.execute("SELECT count(*) FROM note").fetchone()[0]
        promised = admin.execute("SELECT count(*) FROM promise").fetchone()[0]
        print(f"generated {dossiers} dossiers, {notes} notes, {promised} promises in {time.perf_counter() - t:.1f} s")
        runs = 5 if quick else 20
        today = date.today()

        figures = {
            "dashboard: every overdue promise": (
                lambda: promises(archive, today=today, overdue_only=True), "<= 0.1 s"),
            "dashboard: one department's overdue promises": (
                lambda: promises(archive, today=today, overdue_only=True, owner="Team Verkeer"), "<= 0.1 s"),
            "search 'bomen' (one note in ten)": (lambda: search(archive, "bomen"), "<= 0.2 s"),
            "search 'knotwilgen' (one note in 1,000)": (lambda: search(archive, "knotwilgen"), "<= 0.2 s"),
        }  # fmt: skip
        counts = {
            "overdue": len(promises(archive, today=today, overdue_only=True)),
            "department": len(promises(archive, today=today, overdue_only=True, owner="Team Verkeer")),
        }
        print(f"overdue promises: {counts['overdue']}, of Team Verkeer: {counts['department']}")
        for name, (call, target) in figures.items():
            call()  # warm
            values = timed(call, runs)
            record(f"archive {name}", values, "s", target=target)
            print(f"{name}: median {statistics.median(values) * 1000:.1f} ms, max {max(values) * 1000:.1f} ms ({target})")

        print("plans:")
        explain(
            admin,
            "SELECT p.* FROM promise p JOIN archive_dossier d USING (dossier_id) LEFT JOIN meeting m "
            "ON m.dossier_id = p.dossier_id AND m.id = p.meeting_id WHERE p.status = 'open' AND p.due < %s "
            "ORDER BY p.due",
            (today,),
        )
        explain(
            admin,
            "SELECT n.dossier_id, n.id, ts_rank(n.search, q) AS r FROM note n, "
            "websearch_to_tsquery('dutch'::regconfig, %s) q WHERE n.search @@ q ORDER BY r DESC LIMIT 50",
            ("bomen",),
        )

        with tempfile.TemporaryDirectory() as folder:
            path = big_dossier(Path(folder))
            pushes, pulls = [], []
            for i in range(3 if quick else 7):
                t = time.perf_counter()
                pushed = push(archive, path)
                pushes.append(time.perf_counter() - t)
                t = time.perf_counter()
                pull(archive, pushed.dossier_id, Path(folder) / f"pulled-{i}.bricoleur")
                pulls.append(time.perf_counter() - t)
            # a colleague pushed one changed note since: the push merges (reads the archive's rows too)
            colleague, merges = Path(folder) / "pulled-0.bricoleur", []
            notes = [n.id for n in read_dossier_file(path).meetings[0].notes]
            for i in range(3 if quick else 7):
                change_note(colleague, notes[i], f"Collega {i}")
                push(archive, colleague)
                change_note(path, notes[-1 - i], f"Eigen {i}")
                t = time.perf_counter()
                merged = push(archive, path)
                merges.append(time.perf_counter() - t)
                assert merged.merge and merged.merged >= 1 and merged.conflicts == 0, merged
            for name, values in (("push", pushes), ("pull", pulls), ("merging push", merges)):
                record(f"archive {name} of 5,000 notes + 10,000 strokes", values, "s", target="<= 2 s")
                print(f"{name} 5,000 notes + 10,000 strokes: median {statistics.median(values):.2f} s, "
                      f"range {min(values):.2f}-{max(values):.2f} s (<= 2 s)")  # fmt: skip
        archive.engine.dispose()


def change_note(path: Path, note_id: str, text: str) -> None:
    """Change a note's text as the app does: a session writing the edit into the file."""
    with open_dossier(path) as opened:
        DossierSession(opened.load(), store=opened).apply(Change(note_id, (("text", text),)))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--dossiers", type=int, default=1000)
    parser.add_argument("--db", help="an empty database to fill (default: a throwaway cluster)")
    args = parser.parse_args()
    main(args.quick, args.dossiers, args.db)
