"""User text made safe to print: no control or bidi-override characters, capped names.

A record is filed and handed over, so what it shows must be what was typed, readable, and
unable to disturb the text around it:

- C0/C1 control characters, surrogates and format characters (U+202E RIGHT-TO-LEFT
  OVERRIDE, the isolates, zero-width spaces, BOM) are dropped everywhere, including the PDF
  title and author. Only ZWJ/ZWNJ stay: emoji sequences and some scripts need them.
- Names and other one-line fields lose line breaks and runs of spaces and are capped with an
  ellipsis; a name that is nothing but such characters becomes empty (the caller decides).
- Very long words get invisible break opportunities so they wrap instead of running off
  the page (Typst never breaks inside a word on its own).
"""

from __future__ import annotations

import re
import unicodedata

KEEP_FORMAT = {"\u200c", "\u200d"}  # ZWNJ, ZWJ
_NEWLINES = re.compile(r"\r\n|[\r\x85\u2028\u2029]")
_SPACES = re.compile(r"\s+")
NAME_LIMIT = 80  # apprentice, advisor, occupation in the body and the PDF metadata
SHORT_LIMIT = 40  # the name in the running footer
LONG_WORD = 40  # characters after which a word may break (a table cell holds about 45)
_WORD = re.compile(rf"\S{{{LONG_WORD + 1},}}")
ZWSP = "\u200b"
_RTL = {"R", "AL"}


def _keep(ch: str) -> bool:
    if ch == "\n":
        return True
    category = unicodedata.category(ch)
    if category in ("Cc", "Cs"):
        return False
    return not (category == "Cf" and ch not in KEEP_FORMAT)


def clean_block(text: object) -> str:
    """Multi-line text: newlines kept (normalised to ``\\n``), tabs as spaces, unsafe
    characters dropped, NFC."""
    value = _NEWLINES.sub("\n", str(text)).replace("\t", "    ")
    return unicodedata.normalize("NFC", "".join(ch for ch in value if _keep(ch)))


def clean_line(text: object, limit: int | None = None) -> str:
    """One-line text: as ``clean_block``, whitespace collapsed, capped at *limit* with "…"."""
    value = _SPACES.sub(" ", clean_block(text)).strip()
    return cap(value, limit) if limit else value


def cap(text: str, limit: int) -> str:
    """*text* cut to at most *limit* characters with an ellipsis, never inside a cluster."""
    if len(text) <= limit:
        return text
    cut = limit - 1
    # Do not leave a base letter without its accents or an emoji sequence half joined.
    while cut > 0 and (
        unicodedata.category(text[cut])[0] == "M"
        or text[cut - 1] == "\u200d"
        or text[cut] == "\u200d"
    ):
        cut -= 1
    return text[:cut].rstrip() + "…"


def breakable(text: str) -> str:
    """Long words with zero-width break opportunities every ``LONG_WORD`` characters."""
    if len(text) <= LONG_WORD:
        return text

    def split(match: re.Match[str]) -> str:
        word = match.group(0)
        out, run = [], 0
        for i, ch in enumerate(word):
            out.append(ch)
            run += 1
            after = word[i + 1] if i + 1 < len(word) else ""
            if (
                run >= LONG_WORD
                and after
                and ch != "\u200d"
                and after != "\u200d"
                and unicodedata.category(after)[0] != "M"
            ):
                out.append(ZWSP)
                run = 0
        return "".join(out)

    return _WORD.sub(split, text)


def direction(text: str) -> str:
    """ "rtl" when the first strong character is right-to-left (the Unicode paragraph rule)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL:
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"
