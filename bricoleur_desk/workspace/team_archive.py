"""Use cases on the team archive that write files: the promises dashboard as CSV for Excel."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from ..archive.queries import ArchivedPromise
from .errors import ReportError
from .outputs import check_output
from .reporting import _cell, replacing_output

# the dossier's own promises CSV (workspace/reporting.py) with the dossier in front and "overdue" after
CSV_COLUMNS = ("dossier", "dossier_title", "meeting", "text", "owner", "due", "status", "overdue")


def write_promises_csv(promises: Iterable[ArchivedPromise], out: Path) -> int:
    """The promises as CSV (semicolons, UTF-8 with BOM, like the dossier's own export); how many."""
    out = check_output(out)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for p in promises:
        values = (
            p.dossier_id,
            p.dossier_title,
            p.meeting,
            p.text,
            p.owner,
            p.due.isoformat() if p.due else "",
            str(p.status),
            "yes" if p.overdue else "",
        )
        writer.writerow(_cell(v) for v in values)
        count += 1
    try:
        with replacing_output(out, ".part.csv") as temp:
            temp.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ReportError("could not write {out}: {reason}", out=out, reason=exc.strerror or exc) from exc
    return count
