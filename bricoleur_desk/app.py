"""The composition root: parse the command line, set up logging, run a command or the app.

Heavy modules (Qt, SQLAlchemy, reportlab) are imported only by the command that needs them,
so ``--help`` and small scripts stay quick.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__

if TYPE_CHECKING:
    from .workspace.reactions import Skipped

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bricoleur-desk",
        description="Run resident evenings: note every concern where the room can see it, "
        "sketch over the map, send the follow-up report. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    from .workspace.outputs import HELP as OUTPUT_RULE

    reads = "; reads the dossier also while the app has it open"

    p = commands.add_parser("open", help="open a dossier file in the app")
    p.add_argument("file", type=Path, help="a .bricoleur dossier file")
    p.add_argument("--meeting", metavar="ID", help="open this meeting (default: the latest)")
    p.add_argument(
        "--check",
        action="store_true",
        help="open the window, say on one line whether the dossier opened and which language is active, "
        "and quit (exit 1 when not): checks an installation",
    )

    p = commands.add_parser("demo", help="write the demo dossier (and open it unless --out is given)")
    p.add_argument("--out", type=Path, metavar="FILE", help=f"only write the demo to FILE, no window ({OUTPUT_RULE})")

    p = commands.add_parser("export", help="export a dossier as JSON interchange (version 1)" + reads)
    p.add_argument("file", type=Path, help="a .bricoleur dossier file")
    p.add_argument("--json", type=Path, required=True, metavar="OUT", help=f"the JSON file to write ({OUTPUT_RULE})")

    p = commands.add_parser(
        "copy", help="save a complete copy of a dossier (safe while the app has it open, unlike a file copy)"
    )
    p.add_argument("file", type=Path, help="a .bricoleur dossier file")
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help=f"the copy to write ({OUTPUT_RULE})")

    p = commands.add_parser(
        "clean", help="copy a dossier without the triggers, views and tables Bricoleur Desk did not create"
    )
    p.add_argument("file", type=Path, help="a .bricoleur dossier file from someone else")
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help=f"the clean copy ({OUTPUT_RULE})")

    p = commands.add_parser("import", help="make a new dossier file from a JSON interchange file")
    p.add_argument("json", type=Path, help="a JSON interchange file")
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="the new .bricoleur file (never an existing file)")

    p = commands.add_parser(
        "report",
        help="export the follow-up report as PDF (tagged, PDF/UA), or as Word for the adviser (--out X.docx)"
        + reads
        + "; keeps the sketches it draws in the dossier, so the next report of unchanged sheets is faster",
    )
    p.add_argument("file", type=Path, help="a .bricoleur dossier file")
    p.add_argument(
        "--out", type=Path, required=True, metavar="PDF", help=f"the PDF, or .docx, to write ({OUTPUT_RULE})"
    )
    p.add_argument("--meeting", metavar="ID", help="the meeting (default: the latest)")
    p.add_argument("--audience", choices=["public", "internal"], default="public")
    p.add_argument("--lang", choices=["nl", "en"], default="nl", help="language of the report text")
    p.add_argument("--house-style", type=Path, metavar="JSON", help="municipality name, logo, colour")
    p.add_argument(
        "--background",
        action="store_true",
        help="add the plan's background: its description, history, earlier evenings and stakeholders",
    )

    p = commands.add_parser(
        "letter", help="write the 'stand van zaken' letter for residents between evenings (PDF)" + reads
    )
    p.add_argument("file", type=Path, help="a .bricoleur dossier file")
    p.add_argument("--out", type=Path, required=True, metavar="PDF", help=f"the PDF to write ({OUTPUT_RULE})")
    p.add_argument("--lang", choices=["nl", "en"], default="nl", help="language of the letter")
    p = commands.add_parser(
        "actions",
        help="write the internal action list per department or colleague (PDF or CSV): open promises and "
        "notes to look into, with the residents' words, due dates and planned works" + reads,
    )
    p.add_argument("file", type=Path, help="a .bricoleur dossier file")
    p.add_argument("--out", type=Path, required=True, metavar="PDF|CSV", help=f"X.pdf or X.csv ({OUTPUT_RULE})")
    p.add_argument("--department", metavar="D", help="only this department (with its colleagues) or colleague")
    p.add_argument("--meeting", metavar="ID", help="only what was promised and raised at this meeting")
    p.add_argument("--lang", choices=["nl", "en"], default="nl", help="language of the list")
    p = commands.add_parser("import-notes", help="add written reactions (CSV or .xlsx) as notes of a meeting")
    p.add_argument("source", type=Path, metavar="FILE", help="a CSV (; , or tab) or .xlsx file, one reaction a row")
    p.add_argument("--into", type=Path, required=True, metavar="DOSSIER", help="the .bricoleur dossier file")
    p.add_argument("--meeting", metavar="ID", help="the meeting (default: the latest)")
    p.add_argument("--text-column", metavar="NAME", help="the column with the text (default: tekst, reactie or text)")
    p.add_argument("--group-column", metavar="NAME", help="the column with the group (default: groep or group)")
    p.add_argument("--theme-column", metavar="NAME", help="the column with the theme (default: thema or theme)")
    commands.add_parser(
        "prepare", help="build the name scanner's lookup tables once after installing (about 90 s; at once when done)"
    )

    p = commands.add_parser("promises", help="export the dossier's promises as CSV for Excel" + reads)
    p.add_argument("file", type=Path, help="a .bricoleur dossier file")
    p.add_argument("--csv", type=Path, required=True, metavar="OUT", help=f"the CSV file to write ({OUTPUT_RULE})")
    from . import rights_commands

    rights_commands.add_commands(commands, OUTPUT_RULE)
    from . import people_commands

    people_commands.add_commands(commands, OUTPUT_RULE)
    from . import encryption_commands

    encryption_commands.add_commands(commands, OUTPUT_RULE)
    from . import archive_commands

    archive_commands.add_commands(commands, OUTPUT_RULE)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .logs import setup_logging

    setup_logging()
    from .storage import temporaries

    temporaries.sweep()  # what a killed import, report or export left behind
    if args.command not in (None, "open", "demo"):  # the window asks for a passphrase itself
        from . import encryption_commands

        encryption_commands.install_passphrase_source()
    try:
        return _run(args)
    except KeyboardInterrupt:
        return EXIT_FAILURE
    except Exception as error:  # noqa: BLE001 - the one place that turns errors into a line
        if not _is_user_error(error):
            raise
        from .ui.messages import in_settings_language  # the language the app's settings choose

        print(f"bricoleur-desk: {in_settings_language(error)}", file=sys.stderr)
        return EXIT_FAILURE


def _run(args: argparse.Namespace) -> int:
    command = args.command
    if command is None:
        return _gui(None, None)
    if command == "open":
        return _gui(args.file, args.meeting, check=args.check)
    if command == "demo":
        return _demo(args.out)
    if command == "export":
        from .workspace.files import export_json

        export_json(args.file, args.json)
        return EXIT_OK
    if command == "import":
        from .workspace.files import import_json

        import_json(args.json, args.out, warn=_warn)
        return EXIT_OK
    if command == "copy":
        from .workspace.files import save_copy

        save_copy(args.file, args.out)
        return EXIT_OK
    if command == "clean":
        return _clean(args.file, args.out)
    if command == "report":
        return _report(args)
    if command == "letter":
        from .workspace.files import load_dossier
        from .workspace.letter import export_letter
        from .workspace.name_scanner import load_name_scanner
        from .workspace.outputs import check_output

        check_output(args.out, [args.file])  # a wrong --out is said before the seconds of loading
        dossier = load_dossier(args.file)
        result = export_letter(
            dossier, args.out, lang=args.lang, inputs=[args.file], names=load_name_scanner()
        )
        print(f"bricoleur-desk: wrote {result.path} ({result.pages} page(s))")
        return EXIT_OK
    if command == "actions":
        from .workspace.action_list import export_action_list
        from .workspace.files import load_dossier
        from .workspace.name_scanner import load_name_scanner, lookup_ready

        dossier = load_dossier(args.file)
        result = export_action_list(
            dossier,
            args.out,
            department=args.department,
            meeting_id=args.meeting,
            lang=args.lang,
            inputs=[args.file],
            names=load_name_scanner() if lookup_ready() else None,  # strangers' names too, once prepared
        )
        print(f"bricoleur-desk: wrote {result.path} ({result.items} item(s) for {result.sections} recipient(s))")
        return EXIT_OK
    if command == "import-notes":
        return _import_notes(args)
    if command == "prepare":
        return _prepare()
    if command == "promises":
        from .workspace.files import load_dossier
        from .workspace.reporting import export_promises_csv

        export_promises_csv(load_dossier(args.file), args.csv, inputs=[args.file])
        return EXIT_OK
    from . import rights_commands

    if command in rights_commands.COMMANDS:
        return rights_commands.run(args)
    from . import people_commands

    if command in people_commands.COMMANDS:
        return people_commands.run(args)
    from . import encryption_commands

    if command in encryption_commands.COMMANDS:
        return encryption_commands.run(args)
    from . import archive_commands

    if command in archive_commands.COMMANDS:
        return archive_commands.run(args)
    raise AssertionError(command)


def _gui(path: Path | None, meeting_id: str | None, *, check: bool = False) -> int:
    from .ui.application import run_app

    return run_app(path, meeting_id, check=check)


def _demo(out: Path | None) -> int:
    from .workspace.files import ensure_demo, write_demo

    if out is not None:
        write_demo(out)
        return EXIT_OK
    return _gui(ensure_demo(), None)


def _clean(path: Path, out: Path) -> int:
    from .storage.schema_guard import clean_copy
    from .workspace.outputs import check_output

    removed = clean_copy(path, check_output(out, [path]))
    left_out = ", ".join(f"{kind} {name!r}" for kind, name in removed) or "nothing"
    print(f"bricoleur-desk: wrote {out}; left out: {left_out}")
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from .workspace.files import pick_meeting
    from .workspace.report_file import keep_sketches, load_for_report, names_for_report
    from .workspace.reporting import export_report, load_house_style

    dossier, sketches = load_for_report(args.file)
    meeting = pick_meeting(dossier, args.meeting)
    if args.house_style is not None:
        dossier.house_style = load_house_style(args.house_style)
    inputs = [args.file] + ([args.house_style] if args.house_style is not None else [])
    names = None
    if args.audience == "public":
        from .workspace.outputs import check_output

        check_output(args.out, inputs)  # a wrong --out is said before the seconds of loading
        # refuses in one line when `prepare` never ran; loads the scanner only for texts whose
        # scans are not kept in the dossier
        names = names_for_report(sketches)
    result = export_report(
        dossier,
        args.out,
        meeting_id=meeting.id,
        audience=args.audience,
        lang=args.lang,
        inputs=inputs,
        names=names,
        sketch_store=sketches,
        background=args.background,
    )
    keep_sketches(args.file, sketches, names)  # the next report of an unchanged sheet takes them as they are
    if args.audience == "public":
        print(
            f"bricoleur-desk: masked {result.masked} names, e-mail addresses, phone numbers and "
            f"addresses in {args.out}",
            file=sys.stderr,
        )
    return EXIT_OK


def _prepare() -> int:
    from .workspace.name_scanner import prepare

    print("bricoleur-desk: preparing the name scanner (about 90 s the first time) ...", file=sys.stderr)
    done = prepare()
    what = "built" if done.built else "already prepared"
    print(f"bricoleur-desk: name scanner {what} ({done.seconds:.1f} s)", file=sys.stderr)
    return EXIT_OK


def _import_notes(args: argparse.Namespace) -> int:
    from .workspace.reactions import import_notes_file

    def skipped(row: Skipped) -> None:
        print(f"bricoleur-desk: {args.source}: line {row.line} skipped: {row.reason}", file=sys.stderr)

    result = import_notes_file(
        args.source,
        args.into,
        args.meeting,
        text_column=args.text_column,
        group_column=args.group_column,
        theme_column=args.theme_column,
        skipped=skipped,
    )
    if not result.added:
        print(f"bricoleur-desk: {args.source}: no row could be imported; nothing was added", file=sys.stderr)
        return EXIT_FAILURE
    when = result.meeting.starts_at.strftime("%Y-%m-%d")
    print(
        f"bricoleur-desk: added {result.added} notes to {result.meeting.title!r} ({when}); "
        f"{len(result.skipped)} rows skipped"
    )
    return EXIT_OK


def _warn(message: str) -> None:
    from .ui.messages import in_settings_language  # a Message is translated, other text shown as is

    print(f"bricoleur-desk: warning: {in_settings_language(message)}", file=sys.stderr)


def _is_user_error(error: Exception) -> bool:
    """Errors that mean 'your input is wrong', reported in one line instead of a traceback."""
    from .domain.errors import UserError

    return isinstance(error, OSError | UserError)

if __name__ == "__main__":
    sys.exit(main())
