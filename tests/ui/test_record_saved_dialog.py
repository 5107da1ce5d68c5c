"""The box after saving a record: where it is, "PDF öffnen", "Ordner öffnen", "Drucken …"."""

from __future__ import annotations

from pathlib import Path

import pikepdf
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from record_samples import sample_record

from partnerdesk.report.record_doc import record_document
from partnerdesk.ui.dialogs.record_saved_dialog import RecordSavedDialog
from partnerdesk.ui.record_print import paint_pages


def test_buttons_open_the_pdf_and_its_folder(qtbot, tmp_path: Path) -> None:
    target = tmp_path / "a <b>b</b>" / "Beratungsprotokoll.pdf"
    opened: list[QUrl] = []
    printed: list[bool] = []
    box = RecordSavedDialog(
        target,
        ["1 character(s) … U+1F972"],
        None,
        opener=lambda url: opened.append(url) or True,
        on_print=lambda: printed.append(True),
    )
    qtbot.addWidget(box)
    box.show()
    assert box.textFormat() == Qt.TextFormat.PlainText and str(target) in box.text()
    assert "U+1F972" in box.informativeText()
    assert box.open_pdf_button.text() == "PDF öffnen"
    assert box.open_folder_button.text() == "Ordner öffnen"
    qtbot.mouseClick(box.open_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box.open_folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box.print_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(target), str(target.parent)]
    assert printed == [True]
    assert box.isVisible()  # the action buttons do not close it; "Schließen" does
    qtbot.mouseClick(box.close_button, Qt.MouseButton.LeftButton)
    assert not box.isVisible()


def test_printing_paints_every_page(qtbot, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            printer.pageLayout().margins(),
        )
    )
    pages = paint_pages(printer, record_document(sample_record("de")))
    assert pages >= 3
    with pikepdf.open(out) as printed:
        assert len(printed.pages) == pages  # one sheet per page
        images = [img for page in printed.pages for img in page.get_images().values()]
        assert len(images) == pages  # each sheet carries its page image
