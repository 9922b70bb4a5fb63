"""Figures for docs/PRIVACY.md: scan quality on the 200 sentences, load time, time per note.

Run by hand: ``python -m tests.privacy.measure`` (after ``bricoleur-desk prepare``).
"""

from __future__ import annotations

import resource
import statistics
import time

from bricoleur_desk.workspace.name_scanner import load_name_scanner, prepare
from bricoleur_desk.workspace.privacy import PersonalDataFinder

from .sentences import REGISTERED, SENTENCES, parsed
from .test_sentences import scores


def main() -> None:
    started = time.perf_counter()
    prepared = prepare()
    print(f"prepare: {'built' if prepared.built else 'already done'} in {prepared.seconds:.2f} s")
    started = time.perf_counter()
    scanner = load_name_scanner()
    print(f"load: {time.perf_counter() - started:.1f} s, peak memory {_peak_mb():.0f} MB")
    finder = PersonalDataFinder(REGISTERED, scanner)
    for kind, (recall, precision, count) in scores(finder, SENTENCES).items():
        print(f"{kind:8} recall {recall:.3f}  precision {precision:.3f}  ({count} marked)")
    texts = [parsed(s)[0] for s in SENTENCES]
    for label, f in (
        ("with the name scanner", finder),
        ("without (wall before loading)", PersonalDataFinder(REGISTERED)),
    ):
        times = []
        for _ in range(5):
            for text in texts:
                t = time.perf_counter()
                f.spans(text)
                times.append(time.perf_counter() - t)
        times.sort()
        print(
            f"per note {label}: median {statistics.median(times) * 1000:.2f} ms, "
            f"95th percentile {times[int(len(times) * 0.95)] * 1000:.2f} ms, max {times[-1] * 1000:.1f} ms"
        )


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
