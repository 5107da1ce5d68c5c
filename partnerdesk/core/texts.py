"""Whole numbers in words for core texts: weeks and days with proper plural forms.

Every number the core puts into a sentence goes through here, so no text ever shows a raw
float ("1.42857 Wochen") again.
"""

from __future__ import annotations

from partnerdesk.core.vocab import Label


def weeks(n: int) -> Label:
    """``1 Woche`` / ``3 Wochen``; ``1 week`` / ``3 weeks``."""
    return Label(f"{n} Woche" if n == 1 else f"{n} Wochen", f"{n} week" if n == 1 else f"{n} weeks")


def duration(days: int, *, dative: bool = False) -> Label:
    """Whole weeks when *days* divides by 7, else days: ``3 Wochen``, ``10 Tage``.

    *dative* gives the German form after "ab"/"mit" (``ab 10 Tagen``).
    """
    if days % 7 == 0 and days > 0:
        return weeks(days // 7)
    if days == 1:
        return Label("1 Tag", "1 day")
    return Label(f"{days} Tagen" if dative else f"{days} Tage", f"{days} days")
