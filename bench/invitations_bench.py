"""`make bench`: a 100-page PDF of invitation sheets against plain text on 100 pages.

Builds 100 invitation sheets (a QR code, instructions and a roster of 15 each) and times
(a) writing 100 pages of the same text with QPdfWriter and QPainter.drawText alone and
(b) ``reports.invitations.render_pdf`` in the "sheet" layout, and prints both and their
ratio. Also times the "slips" layout for the same links (1,500 cards).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QFont, QGuiApplication, QPainter, QPdfWriter  # noqa: E402

from sferum_desk.data.models import InviteRole  # noqa: E402
from sferum_desk.reports import invitations  # noqa: E402
from sferum_desk.services.invites.printing import InvitationSheet, RosterLine  # noqa: E402

LAST = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов"]
FIRST = ["Артём", "Максим", "Иван", "Глеб", "Мария", "Анна", "Алёна", "Дарья"]


def make_sheets(count: int) -> list[InvitationSheet]:
    sheets = []
    for n in range(count):
        roster = tuple(
            RosterLine(f"{LAST[(n + k) % 8]} {FIRST[(n * 3 + k) % 8]} Сергеевич{k}")
            for k in range(15)
        )
        sheets.append(
            InvitationSheet(
                link_id=n + 1,
                centre="МБУ ДО ДЮЦ «Контакт»",
                class_name=f"Объединение {n // 5 + 1}, 1 год, гр. {n % 5 + 1}",
                role=InviteRole.STUDENT,
                url=f"https://sferum.ru/?invite=Bench{n:04d}xYz",
                teacher="Ёлкина Анна Сергеевна",
                roster=roster,
            )
        )
    return sheets


def plain_text_pdf(sheets: list[InvitationSheet], path: Path) -> None:
    """The baseline: the same words, one page per sheet, no layout, no QR code."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 10))
    rect = QRectF(0, 0, writer.width(), writer.height())
    for n, sheet in enumerate(sheets):
        if n:
            writer.newPage()
        lines = [sheet.centre, sheet.class_name, sheet.role_label, sheet.url, sheet.teacher]
        lines += invitations.instructions(sheet.role) + [r.name for r in sheet.roster]
        painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), "\n".join(lines))
    painter.end()


def timed(fn, *args) -> float:  # noqa: ANN001
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def measure(pages: int = 100) -> dict[str, float | int]:
    """The plain-text baseline, the sheets and the slips, once each; a Qt GUI application
    must exist (QPdfWriter draws text)."""
    sheets = make_sheets(pages)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        baseline = timed(plain_text_pdf, sheets, base / "plain.pdf")
        sheet_time = timed(invitations.render_pdf, sheets, base / "sheets.pdf", "sheet")
        slips_time = timed(invitations.render_pdf, sheets, base / "slips.pdf", "slips")
        size = (base / "sheets.pdf").stat().st_size
    page_count = invitations.page_count(sheets, "sheet")
    return {
        "pages": page_count,
        "plain_text_s": baseline,
        "sheets_s": sheet_time,
        "pages_per_s": page_count / sheet_time,
        "ratio": sheet_time / baseline,
        "slips_pages": invitations.page_count(sheets, "slips"),
        "slips_s": slips_time,
        "sheets_pdf_kib": size // 1024,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    result = measure(args.pages)
    if args.json:
        print(json.dumps(result))
    else:
        pages, size = result["pages"], result["sheets_pdf_kib"]
        print(f"Plain text, {pages} pages (QPdfWriter):  {result['plain_text_s']:7.2f} s")
        print(
            f"Invitation sheets, {pages} pages:       {result['sheets_s']:7.2f} s"
            f"  ({result['ratio']:.1f}× the plain text, {size} KiB)"
        )
        print(f"Slips, {result['slips_pages']} pages (8 cards each):  {result['slips_s']:7.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
