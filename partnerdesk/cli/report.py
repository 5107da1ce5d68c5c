"""``partnerdesk report``: the counselling record (PDF) for a profile given on the command line.

Every argument is checked before anything is rendered, so a bad one gives one line naming
the value, exit code 2 and no file. Qt is imported only here, only for this command.
"""

from __future__ import annotations

import argparse
import os
import stat
from datetime import date, datetime
from pathlib import Path

from partnerdesk import __version__
from partnerdesk.cli.profile_args import profile_from_args


class ReportArgumentError(argparse.ArgumentTypeError):
    """A report argument the user can fix; the message names the bad value (exit code 2)."""


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("record")
    group.add_argument("--name", required=True, help="name of the apprentice")
    group.add_argument("--advisor", default="", help="name of the advisor")
    group.add_argument("--notes-file", type=Path, default=None, metavar="FILE",
                       help="plain-text notes (UTF-8) to include")
    group.add_argument("--out", type=Path, required=True, metavar="FILE.pdf",
                       help="where to write the PDF record")


def _check_out(out: Path) -> Path:
    if out.suffix.lower() != ".pdf":
        raise ReportArgumentError(f"--out {str(out)!r}: the file name must end in .pdf")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ReportArgumentError(f"--out {str(out)!r}: folder {str(folder)!r} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ReportArgumentError(f"--out {str(out)!r}: folder {str(folder)!r} is not writable")
    if out.is_dir():
        raise ReportArgumentError(f"--out {str(out)!r}: is a folder")
    return out


#: Notes are a few pages of text; a larger file is a mistake (or /dev/zero).
MAX_NOTES_BYTES = 256 * 1024


def _read_notes(path: Path | None) -> str:
    if path is None:
        return ""
    from partnerdesk.cli.text import shorten

    shown = shorten(str(path))
    try:
        # stat first: opening a FIFO would wait for a writer forever, and /dev/zero never ends.
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ReportArgumentError(f"--notes-file {shown!r}: not a regular file")
        if info.st_size > MAX_NOTES_BYTES:
            raise ReportArgumentError(
                f"--notes-file {shown!r}: too large ({info.st_size:,} bytes; at most "
                f"{MAX_NOTES_BYTES:,})")
        with path.open("rb") as handle:
            data = handle.read(MAX_NOTES_BYTES + 1)
        if len(data) > MAX_NOTES_BYTES:
            raise ReportArgumentError(f"--notes-file {shown!r}: too large (at most "
                                      f"{MAX_NOTES_BYTES:,} bytes)")
        # As read_text would: universal newlines.
        return data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError:
        raise ReportArgumentError(f"--notes-file {shown!r}: not UTF-8 text") from None
    except OSError as exc:
        raise ReportArgumentError(
            f"--notes-file {shown!r}: cannot read ({exc.strerror or exc})"
        ) from None


def cmd_report(args: argparse.Namespace, lang: str) -> int:
    name = args.name.strip()
    if not name:
        raise ReportArgumentError("--name '': the apprentice's name must not be empty")
    out = _check_out(args.out)
    notes = _read_notes(args.notes_file)
    profile = profile_from_args(args)

    from partnerdesk.core.matching import rank
    from partnerdesk.core.record import RecordData, record_ranking
    from partnerdesk.store.bootstrap import open_app_store

    store = open_app_store()
    try:
        cities = store.cities.cities()
        info = store.cities.pack_info()
    finally:
        store.close()
    today = date.today()
    data = RecordData(
        record_id=datetime.now().strftime("%Y%m%d-%H%M%S"),
        created=today,
        advisor=args.advisor.strip(),
        apprentice=name,
        profile=profile,
        ranking=record_ranking(rank(cities, profile), lang),
        notes=notes,
        language=lang,
        pack_version=info.pack_version if info is not None else "",
        app_version=__version__,
    )

    from partnerdesk.qt.pdf import RecordExportError, write_record_pdf

    try:
        written = write_record_pdf(data, out)
    except RecordExportError as exc:
        raise ReportArgumentError(str(exc)) from None
    print(written)
    return 0
