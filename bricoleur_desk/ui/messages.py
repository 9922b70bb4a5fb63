"""Showing user errors in the interface language, and the list of their texts for Qt Linguist.

Storage and workspace raise errors that carry a message id (an English source text with named
placeholders) and its values (``domain/errors.py``); they import no Qt. Here the id is
translated in the context ``"messages"`` and then filled in, so that a path or a JSON path is
never translated. ``packaging/tools/update_translations.sh`` finds only tr() and translate()
calls, so every id is listed below; ``tests/translations/test_messages.py`` reads the raise
sites of every layer and fails when one is missing here or has no Dutch translation.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.errors import Message, UserError

CONTEXT = "messages"


def translate_id(message_id: str) -> str:
    """A message id in the interface language (the id itself when it has no translation)."""
    return QCoreApplication.translate("messages", message_id)


def user_text(error: BaseException | Message) -> str:
    """What to tell the user about ``error``: a user error in the interface language, else its own text."""
    if isinstance(error, UserError | Message):
        return error.render(translate_id)
    return str(error)


def in_settings_language(error: BaseException | str) -> str:
    """An error or a warning for the command line, in the language of the app's settings (Dutch
    unless English was chosen): the app's translator is loaded, not installed, so no Qt
    application is needed."""
    if not isinstance(error, UserError | Message):
        return str(error)
    from .settings import Settings
    from .translations import app_translator

    translator = app_translator(Settings().ui_language())
    if translator is None:
        return error.render()
    return error.render(lambda text: translator.translate("messages", text) or text)


# every message id raised in domain, storage, workspace and the interface, by the file that raises it
MESSAGE_IDS = (
    # storage/dossier_file.py
    QT_TRANSLATE_NOOP("messages", "is a folder, not a dossier file"),
    QT_TRANSLATE_NOOP("messages", "the folder does not exist"),
    QT_TRANSLATE_NOOP("messages", "is open in Bricoleur Desk; close it there first"),
    QT_TRANSLATE_NOOP(
        "messages",
        "was written by a newer version of Bricoleur Desk (schema {revision}); update Bricoleur Desk to open it",
    ),
    QT_TRANSLATE_NOOP("messages", "permission denied (cannot write in this folder)"),
    QT_TRANSLATE_NOOP("messages", "is the open dossier itself; choose another name"),
    QT_TRANSLATE_NOOP("messages", "the dossier is closed"),
    QT_TRANSLATE_NOOP(
        "messages", "could not update the file to this version ({reason}); a copy was kept as {copy}"
    ),
    QT_TRANSLATE_NOOP(
        "messages", "could not update the file to this version ({reason}); the file itself is unchanged"
    ),
    QT_TRANSLATE_NOOP("messages", "already exists; choose another name"),
    QT_TRANSLATE_NOOP("messages", "cannot write the file: {reason}"),
    QT_TRANSLATE_NOOP("messages", "the file holds no dossier"),
    QT_TRANSLATE_NOOP("messages", "the file is damaged ({reason})"),
    QT_TRANSLATE_NOOP("messages", "cannot write the copy: {reason}"),
    QT_TRANSLATE_NOOP("messages", "cannot read the file: {reason}"),
    # storage/errors.py
    QT_TRANSLATE_NOOP("messages", "{path}: {problem}"),
    # storage/interchange.py
    QT_TRANSLATE_NOOP("messages", "the file is empty, expected a JSON dossier"),
    QT_TRANSLATE_NOOP("messages", "not a text file (a zero byte at byte {byte}), expected a JSON dossier"),
    QT_TRANSLATE_NOOP("messages", "not a UTF-8 text file (byte {byte}), expected a JSON dossier"),
    QT_TRANSLATE_NOOP("messages", "not valid JSON (line {line}, column {column}: {reason})"),
    QT_TRANSLATE_NOOP("messages", "not valid JSON ({name} is not allowed)"),
    QT_TRANSLATE_NOOP("messages", "not valid JSON (nested too deeply)"),
    QT_TRANSLATE_NOOP("messages", "cannot read the file: it is a folder, not a regular file"),
    QT_TRANSLATE_NOOP("messages", "cannot read the file: it is a pipe, not a regular file"),
    QT_TRANSLATE_NOOP("messages", "cannot read the file: it is a device or socket, not a regular file"),
    # storage/interchange_errors.py
    QT_TRANSLATE_NOOP("messages", "{where}: {problem}"),
    # storage/interchange_read.py
    QT_TRANSLATE_NOOP("messages", "required key missing: this is not a Bricoleur Desk dossier"),
    QT_TRANSLATE_NOOP("messages", "expected {expected}, got {value}: this is not a Bricoleur Desk dossier"),
    QT_TRANSLATE_NOOP(
        "messages",
        "written by a newer version of Bricoleur Desk (format version {version}); this version reads format version {known}. Please update Bricoleur Desk.",
    ),
    QT_TRANSLATE_NOOP("messages", "required key missing (the background is an image)"),
    QT_TRANSLATE_NOOP("messages", "a list"),
    QT_TRANSLATE_NOOP("messages", "duplicate id {id}, already used at {other}"),
    QT_TRANSLATE_NOOP("messages", "required key missing"),
    QT_TRANSLATE_NOOP("messages", "unknown note {id} (not a note of this meeting)"),
    QT_TRANSLATE_NOOP("messages", "expected 'image/png', got {value}"),
    QT_TRANSLATE_NOOP("messages", "expected one of {allowed}, got {value}"),
    QT_TRANSLATE_NOOP("messages", "a point [x, y, pressure]"),
    QT_TRANSLATE_NOOP("messages", "unknown person {id}"),
    QT_TRANSLATE_NOOP("messages", "unknown meeting {id}"),
    QT_TRANSLATE_NOOP("messages", "unknown note {id}"),
    QT_TRANSLATE_NOOP("messages", "unknown colleague {id}"),
    QT_TRANSLATE_NOOP("messages", "unknown planned work {id}"),
    QT_TRANSLATE_NOOP("messages", "{id} is not a department"),
    QT_TRANSLATE_NOOP("messages", "unknown theme {id} (not a theme of this meeting)"),
    QT_TRANSLATE_NOOP("messages", "a note cannot be merged into itself"),
    QT_TRANSLATE_NOOP("messages", "expected a score from 1 to 5 as the key"),
    QT_TRANSLATE_NOOP("messages", "a number"),
    QT_TRANSLATE_NOOP("messages", "expected a number within float32 range"),
    QT_TRANSLATE_NOOP("messages", "number {number} is already used by {other}"),
    # storage/interchange_values.py
    QT_TRANSLATE_NOOP("messages", "{where}: unknown key, ignored"),
    QT_TRANSLATE_NOOP("messages", "expected {what}"),
    QT_TRANSLATE_NOOP("messages", "a string"),
    QT_TRANSLATE_NOOP("messages", "expected a non-empty id"),
    QT_TRANSLATE_NOOP("messages", "expected a text of at most {maximum} characters, got {length}"),
    QT_TRANSLATE_NOOP("messages", "true or false"),
    QT_TRANSLATE_NOOP("messages", "expected a whole number of at least {minimum}, got {value}"),
    QT_TRANSLATE_NOOP("messages", "expected a whole number of at most {maximum}"),
    QT_TRANSLATE_NOOP("messages", "expected a finite number"),
    QT_TRANSLATE_NOOP("messages", "expected a number from {low:g} to {high:g}, got {number:g}"),
    QT_TRANSLATE_NOOP("messages", "expected a number above 0, got {number}"),
    QT_TRANSLATE_NOOP("messages", "expected a number from 0 to 1, got {number}"),
    QT_TRANSLATE_NOOP("messages", "expected a colour #rrggbb, got {value}"),
    QT_TRANSLATE_NOOP("messages", "invalid character at position {position} (a lone surrogate)"),
    QT_TRANSLATE_NOOP("messages", "a whole number"),
    QT_TRANSLATE_NOOP("messages", "expected a date YYYY-MM-DD, got {value}"),
    QT_TRANSLATE_NOOP("messages", "expected an ISO-8601 date and time, got {value}"),
    QT_TRANSLATE_NOOP("messages", "expected base64 data"),
    QT_TRANSLATE_NOOP("messages", "an object"),
    # storage/reader.py
    QT_TRANSLATE_NOOP("messages", "table {table}, row id {row}: {problem}"),
    QT_TRANSLATE_NOOP("messages", "column {column}: text that is not UTF-8"),
    # storage/schema_guard.py
    QT_TRANSLATE_NOOP(
        "messages",
        "holds database objects Bricoleur Desk did not create ({listed}), which could act on every save; make a clean copy with: bricoleur-desk clean FILE --out NEW",
    ),
    QT_TRANSLATE_NOOP("messages", "{listed} and {count} more"),
    QT_TRANSLATE_NOOP("messages", "could not remove {kind} {name} from the copy"),
    # storage/sqlite_file.py
    QT_TRANSLATE_NOOP(
        "messages",
        "is open in Bricoleur Desk on a network share, which lets no other program read it meanwhile; use Dossier → Save a copy as… in that window, or close it there first",
    ),
    QT_TRANSLATE_NOOP("messages", "cannot use the file: {reason}"),
    QT_TRANSLATE_NOOP("messages", "is not a regular file"),
    QT_TRANSLATE_NOOP("messages", "permission denied (cannot read the file)"),
    QT_TRANSLATE_NOOP("messages", "is on a read-only medium"),
    QT_TRANSLATE_NOOP("messages", "permission denied (the file or its folder is read-only)"),
    QT_TRANSLATE_NOOP("messages", "the file is empty, it is not a Bricoleur Desk dossier"),
    QT_TRANSLATE_NOOP("messages", "not a Bricoleur Desk dossier (the file has another format)"),
    QT_TRANSLATE_NOOP("messages", "the file is truncated ({size} bytes), it may be an incomplete copy"),
    QT_TRANSLATE_NOOP(
        "messages", "the file is truncated ({size} of {expected} bytes), it may be an incomplete copy"
    ),
    QT_TRANSLATE_NOOP("messages", "not a Bricoleur Desk dossier (an SQLite database of another program)"),
    QT_TRANSLATE_NOOP("messages", "the file is damaged ({reason}); it may be an incomplete copy"),
    QT_TRANSLATE_NOOP(
        "messages", "the disk is full: recent changes are not saved yet; they will be once there is space"
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "the disk or network share failed: recent changes are not saved yet; keep this window open",
    ),
    QT_TRANSLATE_NOOP("messages", "the file cannot be written (read-only)"),
    QT_TRANSLATE_NOOP("messages", "not a Bricoleur Desk dossier (it has no single schema version)"),
    QT_TRANSLATE_NOOP("messages", "no such file"),
    QT_TRANSLATE_NOOP("messages", "permission denied (cannot look at the file)"),
    QT_TRANSLATE_NOOP("messages", "cannot open the file: {reason}"),
    QT_TRANSLATE_NOOP("messages", "not a Bricoleur Desk dossier (it has no schema version)"),
    QT_TRANSLATE_NOOP("messages", "cannot make a backup before updating the file: {reason}"),
    # storage/backups.py
    QT_TRANSLATE_NOOP("messages", "cannot write the backup: {reason}"),
    QT_TRANSLATE_NOOP("messages", "is not a backup of this dossier"),
    # storage/stored_checks.py
    QT_TRANSLATE_NOOP("messages", "text"),
    QT_TRANSLATE_NOOP("messages", "0 or 1"),
    QT_TRANSLATE_NOOP("messages", "binary data"),
    QT_TRANSLATE_NOOP("messages", "expected {what}, got {kind}"),
    QT_TRANSLATE_NOOP("messages", "expected float32 values of 4 bytes each, got {size} bytes"),
    QT_TRANSLATE_NOOP("messages", "expected finite points, got NaN or infinity"),
    QT_TRANSLATE_NOOP("messages", "column {column}: empty"),
    QT_TRANSLATE_NOOP("messages", "column {column}: {problem}"),
    QT_TRANSLATE_NOOP("messages", "expected JSON text"),
    # storage/driver.py, storage/encryption.py (encryption at rest)
    QT_TRANSLATE_NOOP("messages", "is encrypted; a passphrase is needed to open it"),
    QT_TRANSLATE_NOOP("messages", "the passphrase is wrong (or the file is damaged)"),
    QT_TRANSLATE_NOOP("messages", "the passphrase is empty"),
    QT_TRANSLATE_NOOP("messages", "is already encrypted"),
    QT_TRANSLATE_NOOP("messages", "is not encrypted"),
    QT_TRANSLATE_NOOP("messages", "cannot encrypt the file: {reason}"),
    # workspace/encryption.py
    QT_TRANSLATE_NOOP(
        "messages", "{path}: no passphrase: set BRICOLEUR_PASSPHRASE or run the command on a terminal"
    ),
    QT_TRANSLATE_NOOP("messages", "{path}: the two passphrases differ; nothing was written"),
    # storage/writer_lock.py
    QT_TRANSLATE_NOOP(
        "messages", "is open in another Bricoleur Desk window or on another computer; close it there first"
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "is open in another Bricoleur Desk window or on another computer; close it there first (opened by {holder})",
    ),
    QT_TRANSLATE_NOOP("messages", "cannot lock the file: {reason}"),
    # ui/canvas/backgrounds.py
    QT_TRANSLATE_NOOP("messages", "{name}: file not found."),
    QT_TRANSLATE_NOOP("messages", "{name}: not an image this app can read ({reason})."),
    QT_TRANSLATE_NOOP("messages", "{name}: the image has no readable size; the file may be damaged."),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name}: the image is too large ({width} x {height} px); save it at most {limit} px wide and try again.",
    ),
    QT_TRANSLATE_NOOP("messages", "{name}: the image could not be read ({reason})."),
    QT_TRANSLATE_NOOP("messages", "{name}: reading the image took longer than {seconds} s and was stopped."),
    QT_TRANSLATE_NOOP(
        "messages", "{name}: reading the image needed more than {limit} MB of memory and was stopped."
    ),
    QT_TRANSLATE_NOOP(
        "messages", "{name}: PDF pages cannot be read on this installation (pypdfium2 missing)."
    ),
    QT_TRANSLATE_NOOP("messages", "{name}: the PDF is larger than {limit} MB."),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name}: drawing page {page} took longer than {seconds} s and was stopped; save the page as an image and use that.",
    ),
    QT_TRANSLATE_NOOP(
        "messages", "{name}: drawing page {page} needed more than {limit} MB of memory and was stopped."
    ),
    QT_TRANSLATE_NOOP("messages", "{name}: the PDF is protected with a password."),
    QT_TRANSLATE_NOOP("messages", "{name}: the PDF is damaged or not a PDF ({reason})."),
    QT_TRANSLATE_NOOP("messages", "{name}: there is no page {page} (it has {count})."),
    QT_TRANSLATE_NOOP("messages", "{name}: page {page} has no size."),
    QT_TRANSLATE_NOOP("messages", "{name}: page {page} could not be drawn ({reason})."),
    # ui/canvas/export.py
    QT_TRANSLATE_NOOP("messages", "{name}: could not write the PNG file."),
    QT_TRANSLATE_NOOP(
        "messages",
        "the name scanner is still loading; export the sketch again in a moment, "
        "so that names on its notes and labels are masked",
    ),
    # workspace/files.py
    QT_TRANSLATE_NOOP("messages", "{path}: already exists; choose another name"),
    QT_TRANSLATE_NOOP("messages", "{path}: already exists; choose another name or remove it first"),
    QT_TRANSLATE_NOOP("messages", "no meeting with id {id} (meetings: {known})"),
    QT_TRANSLATE_NOOP("messages", "dossier {title} has no meetings yet"),
    QT_TRANSLATE_NOOP("messages", "none"),
    # workspace/opened.py
    QT_TRANSLATE_NOOP("messages", "unknown letter language {lang} (use {languages})"),
    QT_TRANSLATE_NOOP("messages", "the dossier has no evening yet: there is nothing to write about"),
    QT_TRANSLATE_NOOP("messages", "could not write the letter {name}: {reason}"),
    QT_TRANSLATE_NOOP("messages", "{path}: an old Excel file (.xls); save it as .xlsx or CSV and import that"),
    QT_TRANSLATE_NOOP("messages", "{path}: no such file"),
    QT_TRANSLATE_NOOP("messages", "{path}: cannot be read ({reason})"),
    QT_TRANSLATE_NOOP("messages", "{path}: is a folder; choose a CSV or .xlsx file"),
    QT_TRANSLATE_NOOP("messages", "{path}: is not a regular file; choose a CSV or .xlsx file"),
    QT_TRANSLATE_NOOP("messages", "{path}: {size} MB is too large for written reactions (at most {limit} MB)"),
    QT_TRANSLATE_NOOP("messages", "{path}: is empty"),
    QT_TRANSLATE_NOOP("messages", "{path}: is not valid {encoding} text although it says so"),
    QT_TRANSLATE_NOOP("messages", "{path}: is not a text file (binary data); import a CSV or .xlsx file"),
    QT_TRANSLATE_NOOP("messages", "{path}: is neither UTF-8 nor Windows-1252 text; save it from Excel as CSV or .xlsx"),
    QT_TRANSLATE_NOOP("messages", "{path}: more than {rows} rows; split the file"),
    QT_TRANSLATE_NOOP("messages", "{path}: line {line}: {reason}"),
    QT_TRANSLATE_NOOP("messages", "{path}: holds no rows"),
    QT_TRANSLATE_NOOP("messages", "{path}: is not a readable .xlsx workbook ({reason})"),
    QT_TRANSLATE_NOOP("messages", "{path}: unpacks to more than {limit} MB; not a sheet of reactions"),
    QT_TRANSLATE_NOOP("messages", "{path}: the workbook has no sheet"),
    QT_TRANSLATE_NOOP("messages", "{path}: the first sheet cannot be read ({reason})"),
    QT_TRANSLATE_NOOP("messages", "{path}: the first sheet holds no rows"),
    QT_TRANSLATE_NOOP("messages", "{path}: no column {name} (columns: {columns})"),
    QT_TRANSLATE_NOOP("messages", "{path}: no column tekst, reactie or text; name the column with the text with --text-column (columns: {columns})"),
    QT_TRANSLATE_NOOP("messages", "{path}: is read-only; nothing was imported"),
    QT_TRANSLATE_NOOP("messages", "the name scanner needs the package deduce ({reason})"),
    QT_TRANSLATE_NOOP("messages", "the name scanner is not prepared: run `bricoleur-desk prepare` once after installing"),
    QT_TRANSLATE_NOOP("messages", "{path}: is read-only; nobody can be erased from it here"),
    QT_TRANSLATE_NOOP("messages", "{path}: is read-only (a locked medium or folder); nobody can be erased from it"),
    QT_TRANSLATE_NOOP("messages", "no person with id {person} in dossier {title} (people: {known})"),
    QT_TRANSLATE_NOOP("messages", "is read-only; save a copy to edit it"),
    # workspace/outputs.py
    QT_TRANSLATE_NOOP("messages", "is a folder; give a file name"),
    QT_TRANSLATE_NOOP(
        "messages", "is not a regular file (a device, a pipe or a socket); choose another name"
    ),
    QT_TRANSLATE_NOOP(
        "messages", "is a dossier or another database; it is never written over, choose another name"
    ),
    QT_TRANSLATE_NOOP("messages", "cannot look at the file: {reason}"),
    QT_TRANSLATE_NOOP("messages", "is the input file; choose another name for the output"),
    QT_TRANSLATE_NOOP("messages", "is a link to nothing; choose another name"),
    # workspace/reporting.py
    QT_TRANSLATE_NOOP("messages", "cannot write {out}: folder {folder} does not exist"),
    QT_TRANSLATE_NOOP("messages", "unknown audience {audience} (use {allowed})"),
    QT_TRANSLATE_NOOP("messages", "unknown report language {lang} (use {allowed})"),
    QT_TRANSLATE_NOOP("messages", "house style {path} must be a JSON object"),
    QT_TRANSLATE_NOOP("messages", "house style {path}: unknown key(s) {keys}"),
    QT_TRANSLATE_NOOP("messages", "house style {path}: accent must look like #00557f, not {accent}"),
    QT_TRANSLATE_NOOP("messages", "house style {path}: the logo must be a PNG image"),
    QT_TRANSLATE_NOOP("messages", "dossier {title} has no meeting with id {id}"),
    QT_TRANSLATE_NOOP("messages", "cannot write in {folder}: {reason}"),
    QT_TRANSLATE_NOOP("messages", "could not write the report {name}: {reason}"),
    QT_TRANSLATE_NOOP("messages", "could not write {out}: {reason}"),
    # workspace/action_list.py
    QT_TRANSLATE_NOOP("messages", "no department or colleague called {name} in the register"),
    QT_TRANSLATE_NOOP("messages", "write the action list as .pdf or .csv, not {name}"),
    # workspace/sign_in.py
    QT_TRANSLATE_NOOP("messages", "the number of pages must be between 1 and {most}"),
    QT_TRANSLATE_NOOP("messages", "cannot read house style {path}: {reason}"),
    QT_TRANSLATE_NOOP("messages", "house style {path} is not valid JSON: {reason}"),
    QT_TRANSLATE_NOOP("messages", "house style {path}: {key} must be text"),
    QT_TRANSLATE_NOOP("messages", "dossier {title} has no meetings to report on"),
    QT_TRANSLATE_NOOP("messages", "house style {path}: cannot read logo {logo}: {reason}"),
    QT_TRANSLATE_NOOP("messages", "house style {path}: logo_png_base64 is not base64"),
    # archive/connection.py
    QT_TRANSLATE_NOOP(
        "messages",
        'no archive address: give --db postgresql://user@host/database or set BRICOLEUR_ARCHIVE',
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        '{database}: is not a PostgreSQL address; give one like postgresql://user@host/database',
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        '{database}: cannot reach the database server (is it running, and is the address right?)',
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        '{database}: the server refused the user name or password for {user}',
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        '{database}: the database does not exist on this server; ask IT to create it (see docs/ARCHIVE.md)',
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        '{database}: the connection to the database was lost; nothing was changed',
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        '{database}: the connection was lost while the change was being committed; run archive list to see whether it arrived',
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        '{database}: the database role {user} may not do this ({reason}); see docs/ARCHIVE.md for the rights it needs',
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        '{database}: the database refused the request: {reason}',
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        '{database}: the team archive has schema {revision}, newer than this Bricoleur Desk; update Bricoleur Desk to use it (nothing was changed)',
    ),
    # archive/transfer.py
    QT_TRANSLATE_NOOP(
        "messages",
        '{database}: the connection was lost during the push; nothing was changed in the archive and the file is as it was',
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        '{path}: pushed as revision {revision}, but the file could not record it ({reason}); pull the dossier again before the next push',
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{database}: dossier {dossier} is already in the archive (revision {revision}, pushed by {who} on {when}) and {path} was not pulled from it; nothing was pushed: pull the archive's version and make your changes there",
    ),
    QT_TRANSLATE_NOOP("messages", "pushed {dossier} ({title}) as revision {revision}; new in the archive"),
    QT_TRANSLATE_NOOP("messages", "pushed {dossier} ({title}) as revision {revision}; replaced the archive's copy"),
    QT_TRANSLATE_NOOP(
        "messages",
        "pushed {dossier} ({title}) as revision {revision}, merged with what colleagues pushed meanwhile; {path} now holds the merged dossier",
    ),
    QT_TRANSLATE_NOOP("messages", "kept what colleagues changed and this file did not have: {count} items"),
    QT_TRANSLATE_NOOP(
        "messages",
        "new notes of this file renumbered after the highest number of their evening in the archive (the archive's notes keep theirs): {changes}",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{count} conflicts (changed on both sides): the archive keeps its version until someone chooses; list them with archive conflicts {dossier}",
    ),
    QT_TRANSLATE_NOOP("messages", "no conflicts waiting for a choice"),
    QT_TRANSLATE_NOOP("messages", "conflict {conflict} resolved: the archive's version stays"),
    QT_TRANSLATE_NOOP("messages", "conflict {conflict} resolved: the pushed version is now in the archive"),
    QT_TRANSLATE_NOOP(
        "messages",
        '{database}: no dossier {dossier} in the archive; archive list shows the ids',
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        '{database}: dossier {dossier} came from an encrypted file; pull it with --encrypt (asks for a passphrase) or, to write it unencrypted, with --plain',
    ),
    # archive/access.py
    QT_TRANSLATE_NOOP(
        "messages",
        "{database}: this dossier is in the archive already, but not in one of your teams; nothing was pushed: ask the archive's owner whose it is (see docs/ARCHIVE.md)",
    ),
    QT_TRANSLATE_NOOP("messages", "{database}: a team needs a name"),
    QT_TRANSLATE_NOOP("messages", "{database}: team {team} exists already"),
    QT_TRANSLATE_NOOP(
        "messages",
        "{database}: there is no database role {role}; create it first (CREATE ROLE ... LOGIN, see docs/ARCHIVE.md)",
    ),
    QT_TRANSLATE_NOOP("messages", "{database}: there is no team {team}; archive team add makes one"),
    QT_TRANSLATE_NOOP(
        "messages",
        "{database}: you are in several teams ({teams}); say whose dossier it is with --team",
    ),
    # archive/conflicts.py
    QT_TRANSLATE_NOOP(
        "messages",
        "{database}: there is no conflict {conflict} (resolved already?); archive conflicts lists them",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{database}: {what} changed in the archive after this conflict was found; nothing was changed: look at the dossier again, then choose",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{database}: {what} cannot be put back: what it belongs to is no longer in the archive (nothing was changed)",
    ),
    # storage/archive_rows.py
    QT_TRANSLATE_NOOP(
        "messages",
        "the merged dossier would not read back ({reason}); nothing was pushed and the file is unchanged",
    ),
)
