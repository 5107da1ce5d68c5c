"""Which characters the shipped fonts can draw, read from their ``cmap`` tables.

Typst refuses to write a PDF/A or PDF/UA file when a glyph is missing (good: no empty boxes
in a filed record). So before typesetting, every character no shipped font has is replaced
by a visible marker and reported, instead of failing the whole export. Reading the ``cmap``
ourselves (formats 4 and 12, the ones TrueType fonts use for Unicode) avoids a font library.
"""

from __future__ import annotations

import struct
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from partnerdesk.resources import resource_path

MARKER = "\ufffd"  # REPLACEMENT CHARACTER: Noto Sans has it, readers know it


def _cmap_codepoints(data: bytes) -> set[int]:
    num_tables = struct.unpack_from(">H", data, 4)[0]
    cmap = None
    for i in range(num_tables):
        tag, _check, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        if tag == b"cmap":
            cmap = offset
    if cmap is None:
        return set()
    count = struct.unpack_from(">H", data, cmap + 2)[0]
    found: set[int] = set()
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
        if (platform, encoding) not in {(3, 1), (3, 10), (0, 3), (0, 4), (0, 6)}:
            continue
        table = cmap + offset
        fmt = struct.unpack_from(">H", data, table)[0]
        if fmt == 4:
            found |= _format4(data, table)
        elif fmt == 12:
            found |= _format12(data, table)
    return found


def _format4(data: bytes, table: int) -> set[int]:
    segments = struct.unpack_from(">H", data, table + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", data, table + 14)
    starts = struct.unpack_from(f">{segments}H", data, table + 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}h", data, table + 16 + 4 * segments)
    range_base = table + 16 + 6 * segments
    offsets = struct.unpack_from(f">{segments}H", data, range_base)
    found: set[int] = set()
    for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if start == 0xFFFF:
            continue
        for code in range(start, end + 1):
            if offsets[i] == 0:
                glyph = (code + deltas[i]) & 0xFFFF
            else:
                at = range_base + 2 * i + offsets[i] + 2 * (code - start)
                glyph = struct.unpack_from(">H", data, at)[0]
                if glyph:
                    glyph = (glyph + deltas[i]) & 0xFFFF
            if glyph:
                found.add(code)
    return found


def _format12(data: bytes, table: int) -> set[int]:
    groups = struct.unpack_from(">I", data, table + 12)[0]
    found: set[int] = set()
    for i in range(groups):
        start, end, _glyph = struct.unpack_from(">III", data, table + 16 + 12 * i)
        found.update(range(start, end + 1))
    return found


def font_files(folder: Path | None = None) -> list[Path]:
    return sorted((folder or resource_path("fonts")).glob("*.ttf"))


@cache
def covered() -> frozenset[int]:
    """Every code point some shipped font maps to a glyph."""
    points: set[int] = set()
    for path in font_files():
        points |= _cmap_codepoints(path.read_bytes())
    return frozenset(points)


def _drawable(ch: str, points: frozenset[int]) -> bool:
    if ord(ch) in points or ch in "\n\t":
        return True
    # Joiners and variation selectors shape emoji and scripts; Typst draws no glyph for them.
    return ch in "\u200c\u200d" or (
        unicodedata.category(ch) == "Mn"
        and (0xFE00 <= ord(ch) <= 0xFE0F or 0xE0100 <= ord(ch) <= 0xE01EF)
    )


def replace_missing(text: str, missing: set[str]) -> str:
    """*text* with each character no shipped font has replaced by ``MARKER``.

    The replaced characters are added to *missing* so the caller can warn once.
    """
    points = covered()
    if all(ord(ch) in points or ch in "\n\t" for ch in text):
        return text
    out = []
    for ch in text:
        if _drawable(ch, points):
            out.append(ch)
        else:
            missing.add(ch)
            out.append(MARKER)
    return "".join(out)


def describe(chars: Iterable[str]) -> str:
    """``U+1F972 (smiling face with tear), …`` for a warning line."""
    parts = []
    for ch in sorted(set(chars)):
        name = unicodedata.name(ch, "").lower()
        parts.append(f"U+{ord(ch):04X}" + (f" ({name})" if name else ""))
    return ", ".join(parts)
