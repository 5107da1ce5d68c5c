"""Printing the kiosk result on the configured printer - never a dialog, never a file.

Only a printer named in the settings (``kiosk/printer_name``) is used; with none configured
the result page shows no print button at all. ``QPrinter`` with an explicit printer name and
no ``QPrintDialog`` cannot be turned into "print to file" by the user.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from partnerdesk.core.matching import Ranking
from partnerdesk.core.vocab import OFFERS

QR_SCHEME = "partnerdesk-qr"


class ResultDocument(QTextDocument):
    """Draws ``partnerdesk-qr:<text>`` images as QR codes; loads nothing else."""

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        url = QUrl(url)
        if url.scheme() == QR_SCHEME:
            from partnerdesk.ui.kiosk.qr import qr_image

            return qr_image(url.path(), 400)
        return None


def result_html(ranking: Ranking, lang: str, takeaway: str = "") -> str:
    """The ranking as simple HTML; every data text escaped; the take-away QR at the end.

    *lang* picks the core's texts; the page's own words come from the running translator
    (the kiosk prints in the language it shows)."""
    lang = "en" if lang == "en" else "de"
    e = html.escape
    title = QCoreApplication.translate("KioskPrint", "Dein Ergebnis – Partnerstädte Dortmund")
    parts = [f"<h1>{e(title)}</h1>"]
    for place, result in enumerate(ranking.results[:5], 1):
        ex = result.explanation
        score = QCoreApplication.translate("KioskPrint", "{score} von 100 Punkten").format(
            score=round(result.score)
        )
        parts.append(f"<h2>{place}. {e(result.city.name(lang))} – {e(score)}</h2><ul>")
        parts += [f"<li>{e(r.get(lang))}</li>" for r in ex.reasons]
        parts += [f"<li>! {e(o.text.get(lang))}</li>" for o in ex.obstacles]
        parts.append("</ul>")
    offers = QCoreApplication.translate("KioskPrint", "Was das Team INA für dich tun kann")
    parts.append(f"<h2>{e(offers)}</h2><ul>")
    parts += [f"<li>{e(label.get(lang))}</li>" for label in OFFERS.values()]
    parts.append("</ul>")
    contact = QCoreApplication.translate(
        "KioskPrint", "Team INA: Carrie-Ann Lawrence, Telefon 0231 50 27 170, clawrence@stadtdo.de"
    )
    parts.append(f"<p>{e(contact)}</p>")
    if takeaway:
        url = QUrl()
        url.setScheme(QR_SCHEME)
        url.setPath(takeaway)
        bring = QCoreApplication.translate(
            "KioskPrint", "Deine Antworten als QR-Code (ohne Namen) – bring ihn zur Beratung mit."
        )
        parts.append(
            f"<p>{e(bring)}</p>"
            f'<p><img src="{e(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))}"'
            ' width="160" height="160"></p>'
        )
    return "".join(parts)


def printer_available(name: str) -> bool:
    return bool(name) and name in QPrinterInfo.availablePrinterNames()


def print_html(markup: str, printer_name: str) -> bool:
    """Print on the named printer; False (nothing printed) if it is not available."""
    if not printer_available(printer_name):
        return False
    printer = QPrinter(QPrinterInfo.printerInfo(printer_name), QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setPrinterName(printer_name)
    if not printer.isValid():
        return False
    document = ResultDocument()
    document.setHtml(markup)
    document.print_(printer)
    return True
