"""The printable registration application: an A4 letter rendered with QTextDocument.

Made from ``services.registration.ApplicationLetter``; written to PDF with QPdfWriter or
sent to a printer the GUI set up with QPrintDialog. QtGui/QtPrintSupport only, no widgets,
so it can run in a worker thread.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from ..services.registration import ApplicationLetter

_MARGINS_MM = QMarginsF(25, 20, 15, 20)  # Russian office paperwork: wide left margin
_RESOLUTION = 300

_CSS = """
body { font-family: 'PT Serif', 'Liberation Serif', 'Times New Roman', serif; font-size: 12pt; }
.head { text-align: center; border-bottom: 1px solid #000; }
.org { font-size: 13pt; font-weight: bold; }
.details { font-size: 9pt; }
h3 { font-size: 12pt; margin-top: 10pt; margin-bottom: 2pt; }
td.label { padding-right: 12pt; color: #333; }
.sign td { padding-top: 24pt; }
"""


def letter_html(letter: ApplicationLetter) -> str:
    """The letter as HTML for QTextDocument."""
    e = escape
    head = [f'<p class="org">{e(letter.organisation_name)}</p>']
    head += [f'<p class="details">{e(line)}</p>' for line in letter.letterhead_details]
    parts = [
        f'<div class="head">{"".join(head)}</div>',
        '<table width="100%"><tr>'
        f'<td width="50%" valign="top">{letter.date:%d.%m.%Y}</td>'
        "<td>" + "<br/>".join(e(a) for a in letter.addressee) + "</td>"
        "</tr></table>",
        f'<p align="center"><b>{e(letter.subject)}</b></p>',
        f'<p align="justify">{e(letter.request)}</p>',
    ]
    for section in letter.sections:
        parts.append(f"<h3>{e(section.title)}</h3>")
        rows = "".join(
            f'<tr><td class="label">{e(label)}:</td><td>{e(value)}</td></tr>'
            for label, value in section.rows
        )
        parts.append(f"<table>{rows}</table>")
    parts.append(f"<p>Администратор назначен приказом {e(letter.order_text)}.</p>")
    if letter.attachment_name:
        parts.append(f"<p>Приложение: копия приказа ({e(letter.attachment_name)}).</p>")
    parts.append(
        '<table class="sign" width="100%"><tr>'
        f"<td>{e(letter.director_position)}</td>"
        '<td align="center">____________________</td>'
        f'<td align="right">{e(letter.director_name)}</td>'
        "</tr></table>"
    )
    return "<html><body>" + "".join(parts) + "</body></html>"


def _document(letter: ApplicationLetter, device: QPagedPaintDevice) -> QTextDocument:
    """Laid out on the device itself, so points are points and nothing is rescaled."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultStyleSheet(_CSS)
    document.setHtml(letter_html(letter))
    document.setDocumentMargin(0)
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    return document


def _set_up(device: QPagedPaintDevice) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            _MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


def _print_to(letter: ApplicationLetter, device: QPagedPaintDevice) -> int:
    document = _document(letter, device)
    document.print_(device)
    return document.pageCount()


def write_pdf(letter: ApplicationLetter, path: Path) -> Path:
    """Render the letter to an A4 PDF at ``path`` (replacing a file that is there)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(_RESOLUTION)
    writer.setTitle(letter.subject)
    writer.setCreator("Sferum Desk")
    _set_up(writer)
    _print_to(letter, writer)
    del writer  # finishes the file
    return path


def print_letter(letter: ApplicationLetter, printer: QPrinter) -> None:
    """Print the letter on a printer the user chose (QPrintDialog in the GUI)."""
    _set_up(printer)
    _print_to(letter, printer)
