"""Typst as the one engine for PartnerDesk's documents: PDF/A-2a + PDF/UA-1, PNG for printing.

``Document`` is what a template prints: blocks (see ``resources/typst/document.typ``),
header, footer and metadata, all plain strings. ``render_pdf`` passes it as JSON through
``sys.inputs``; the template reads it with ``json()`` and places every string as text, so
no input can change the document. Only the fonts in ``resources/fonts`` are used (system
and Typst's own fonts are off): the same file on every PC. Characters no shipped font has
become a visible marker and a warning (``coverage``); Typst would otherwise refuse the
PDF/A file.

Files are written 0600 (a record holds personal data) beside the target and moved into
place, so a failed export never leaves a partial file; an existing file is only replaced
when the caller says so.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partnerdesk.report.coverage import describe, replace_missing
from partnerdesk.resources import resource_path

if TYPE_CHECKING:
    import typst
    from typst import PDFStandard

log = logging.getLogger(__name__)

PDF_STANDARDS: list[PDFStandard] = ["a-2a", "ua-1"]
TEMPLATE = "document.typ"
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


class ExportError(OSError):
    """A document could not be produced or written; the message names the path and cause."""


class OutExists(ExportError):
    """The target exists and the caller did not allow replacing it."""


Block = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Document:
    lang: str
    title: str
    author: str
    header: Mapping[str, str]  # org, unit, right
    footer: Mapping[str, str]  # left, name, right, page_of ("Seite {i} von {n}")
    blocks: Sequence[Block] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Rendered:
    pdf: bytes
    warnings: tuple[str, ...] = ()


def _scrub(value: Any, missing: set[str]) -> Any:
    """Last line of defence over the whole JSON: no control or bidi-override character
    reaches Typst, and every character has a glyph."""
    if isinstance(value, str):
        text = "".join(
            ch
            for ch in value
            if ch == "\n"
            or (unicodedata.category(ch) not in ("Cc", "Cs") and ch not in _BIDI_CONTROLS)
        )
        return replace_missing(text, missing)
    if isinstance(value, Mapping):
        return {k: _scrub(v, missing) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub(v, missing) for v in value]
    return value


def document_json(doc: Document) -> tuple[str, tuple[str, ...]]:
    """The JSON the template reads, and the warnings about replaced characters."""
    missing: set[str] = set()
    data = _scrub(
        {
            "lang": "en" if doc.lang == "en" else "de",
            "meta": {"title": doc.title, "author": doc.author},
            "header": dict(doc.header),
            "footer": dict(doc.footer),
            "blocks": list(doc.blocks),
        },
        missing,
    )
    warnings: tuple[str, ...] = ()
    if missing:
        warnings = (
            f"{len(missing)} character(s) no shipped font has were printed as "
            f"\ufffd: {describe(missing)}",
        )
    return json.dumps(data, ensure_ascii=False), warnings


class _Engine:
    """One Typst compiler per process: fonts are read once; calls are serialised."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._compiler: typst.Compiler | None = None

    def compiler(self) -> typst.Compiler:
        if self._compiler is None:
            import typst

            fonts = typst.Fonts(
                include_system_fonts=False,
                include_embedded_fonts=False,
                font_paths=[str(resource_path("fonts"))],
            )
            folder = resource_path("typst")
            self._compiler = typst.Compiler(
                str(folder / TEMPLATE), root=str(folder), font_paths=fonts, ignore_system_fonts=True
            )
        return self._compiler

    def compile(
        self, doc: Document, *, fmt: str, ppi: float | None = None
    ) -> tuple[bytes | list[bytes], tuple[str, ...]]:
        import typst

        data, warnings = document_json(doc)
        with self._lock:
            try:
                compiler = self.compiler()
                if fmt == "pdf":
                    out, notes = compiler.compile_with_warnings(
                        format="pdf", sys_inputs={"data": data}, pdf_standards=PDF_STANDARDS
                    )
                else:
                    out, notes = compiler.compile_with_warnings(
                        format="png", ppi=ppi, sys_inputs={"data": data}
                    )
            except typst.TypstError as exc:
                raise ExportError(f"the document could not be typeset: {exc.message}") from None
        for note in notes:
            log.warning("Typst: %s", note.message)
        if out is None:
            raise ExportError("the document could not be typeset: no output")
        return out, warnings


_engine = _Engine()


def render_pdf(doc: Document) -> Rendered:
    """The document as PDF/A-2a + PDF/UA-1 bytes."""
    out, warnings = _engine.compile(doc, fmt="pdf")
    assert isinstance(out, bytes)
    return Rendered(out, warnings)


def render_png(doc: Document, ppi: float = 144.0) -> list[bytes]:
    """Each page as a PNG image (printing paints these onto the printer)."""
    out, _warnings = _engine.compile(doc, fmt="png", ppi=ppi)
    return out if isinstance(out, list) else [out]


def write_private(path: Path | str, content: bytes, *, replace: bool) -> Path:
    """Write *content* to *path* with mode 0600, atomically.

    With ``replace=False`` an existing file is kept and ``OutExists`` raised (the hard link
    that publishes the file fails if the name exists, so there is no window between check and
    write). Raises ``ExportError`` naming the path otherwise.
    """
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {target}: folder {folder} does not exist")
    if not replace and target.exists():
        raise OutExists(f"{target} exists; not replaced")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:  # mkstemp creates the file 0600
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(tmp, target)
        else:
            _publish_new(tmp, target)
    except OutExists:
        Path(tmp).unlink(missing_ok=True)
        raise
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _publish_new(tmp: str, target: Path) -> None:
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise OutExists(f"{target} exists; not replaced") from None
    except OSError:
        # A file system without hard links (FAT, some network shares): check, then move.
        if target.exists():
            raise OutExists(f"{target} exists; not replaced") from None
        os.replace(tmp, target)
        return
    Path(tmp).unlink(missing_ok=True)
