"""Printed invitation lists: A4 sheets or cut-out slips with the link as text and QR code.

Two layouts, drawn by the same code into a QPdfWriter (:func:`render_pdf`) or a QPrinter
(:func:`paint_steps`, page by page, for QPrintPreviewDialog):

- ``"sheet"`` — a sheet per link: the Centre, the class, the role, the link as text and as a
  QR code, joining instructions, the teacher, and the roster with an empty «Вступил(а)»
  column (continued on further pages when long);
- ``"slips"`` — 8 cards per page with crop marks, one per person of the roster: name,
  class, QR code, link, instructions.

The QR code is ``segno.make(url, error="m")``'s matrix drawn as filled rectangles (vector,
at least 30 mm). QtGui/QtPrintSupport only, no widgets, so it can run in a worker thread.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

import segno
from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from ..data.models import InviteRole
from ..services.invites.printing import InvitationSheet, RosterLine

LAYOUTS = ("sheet", "slips")
PAGE_W, PAGE_H = 210.0, 297.0  # A4, mm
MARGIN = 15.0
QR_SHEET_MM = 45.0  # the same, over 30 mm without the quiet zone
QR_SLIP_MM = 40.0  # with the 4-module quiet zone: the code itself is over 30 mm
SLIP_COLS, SLIP_ROWS = 2, 4
SLIP_MARGIN = 10.0
ROW_MM = 7.0
_RESOLUTION = 300
_FONT = "DejaVu Sans"

Progress = tuple[int, int, str]


def instructions(role: InviteRole) -> list[str]:
    """Short Russian joining instructions for a role."""
    steps = [
        "Установите приложение «Сферум» или VK Мессенджер (или откройте web.sferum.ru).",
        "Наведите камеру телефона на QR-код или откройте ссылку.",
        f"Выберите роль «{role.label}» и подтвердите вступление в класс.",
    ]
    if role == InviteRole.PARENT:
        steps.append("Родитель входит под своим номером телефона, а не под номером ребёнка.")
    elif role == InviteRole.STUDENT:
        steps.append("Родитель не использует номер телефона ребёнка: у каждого свой профиль.")
    else:
        steps.append("Входите под своим личным номером телефона.")
    return steps


def page_count(sheets: Sequence[InvitationSheet], layout: str) -> int:
    if layout == "slips":
        cards = sum(max(1, len(s.roster)) for s in sheets)
        return -(-cards // (SLIP_COLS * SLIP_ROWS))
    return sum(len(_sheet_pages(s)) for s in sheets)


# -- drawing helpers ------------------------------------------------------------------------


class _Canvas:
    """A painter on one A4 device with coordinates and font sizes in millimetres / points."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        self.painter = painter
        rect = device.pageLayout().fullRectPixels(device.logicalDpiX())
        self.unit = rect.width() / PAGE_W  # device pixels per mm
        paint = device.pageLayout().paintRectPixels(device.logicalDpiX())
        self.origin = QPointF(-paint.left(), -paint.top())  # painter (0,0) is the paint rect

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        u = self.unit
        return QRectF(self.origin.x() + x * u, self.origin.y() + y * u, w * u, h * u)

    def font(self, points: float, bold: bool = False) -> None:
        font = QFont(_FONT)
        font.setPixelSize(max(1, round(points * 25.4 / 72 * self.unit)))
        font.setBold(bold)
        self.painter.setFont(font)

    def text(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        text: str,
        points: float = 10,
        bold: bool = False,
        flags: int = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
    ) -> float:
        """Draw wrapped text in the box; the height it took, in mm."""
        self.font(points, bold)
        box = self.rect(x, y, w, h)
        used = self.painter.boundingRect(box, flags | int(Qt.TextFlag.TextWordWrap), text)
        self.painter.drawText(box, flags | int(Qt.TextFlag.TextWordWrap), text)
        return used.height() / self.unit

    def line(self, x1: float, y1: float, x2: float, y2: float, width_mm: float = 0.2) -> None:
        pen = QPen(QColor("black"))
        pen.setWidthF(width_mm * self.unit)
        self.painter.setPen(pen)
        u, o = self.unit, self.origin
        self.painter.drawLine(
            QPointF(o.x() + x1 * u, o.y() + y1 * u), QPointF(o.x() + x2 * u, o.y() + y2 * u)
        )
        self.painter.setPen(QPen(QColor("black")))

    def qr(self, url: str, x: float, y: float, size: float) -> None:
        """The QR code of ``url`` as vector rectangles, quiet zone included, ``size`` mm wide."""
        path, modules = _qr_path(url)
        box = self.rect(x, y, size, size)
        self.painter.save()
        self.painter.translate(box.topLeft())
        self.painter.scale(box.width() / modules, box.width() / modules)
        self.painter.fillPath(path, QColor("black"))
        self.painter.restore()


@lru_cache(maxsize=256)
def _qr_path(url: str) -> tuple[QPainterPath, int]:
    """The dark modules of ``segno.make(url, error="m")`` as a path in module units (a run of
    dark modules in a row is one rectangle), offset by the 4-module quiet zone; the width
    in modules including the quiet zone."""
    matrix = segno.make(url, error="m").matrix
    n = len(matrix)
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for row, bits in enumerate(matrix):
        col = 0
        while col < n:
            if bits[col]:
                start = col
                while col < n and bits[col]:
                    col += 1
                path.addRect(QRectF(start + 4, row + 4, col - start, 1))
            else:
                col += 1
    return path, n + 8


# -- the sheet layout -------------------------------------------------------------------------

_FIRST_PAGE_ROWS = 20
_NEXT_PAGE_ROWS = 34


def _sheet_pages(sheet: InvitationSheet) -> list[tuple[int, Sequence[RosterLine]]]:
    """The roster split over pages: (number of the first line, lines)."""
    roster = list(sheet.roster)
    pages: list[tuple[int, Sequence[RosterLine]]] = [(1, roster[:_FIRST_PAGE_ROWS])]
    start = _FIRST_PAGE_ROWS
    while start < len(roster):
        pages.append((start + 1, roster[start : start + _NEXT_PAGE_ROWS]))
        start += _NEXT_PAGE_ROWS
    return pages


def _draw_roster(
    c: _Canvas, y: float, first: int, lines: Sequence[RosterLine], parent: bool
) -> None:
    x0, width = MARGIN, PAGE_W - 2 * MARGIN
    cols = [(x0, 10.0, "№"), (x0 + 10, 75.0, "Фамилия, имя, отчество")]
    cols.append((x0 + 85, 55.0, "Родитель обучающегося" if parent else "Примечание"))
    cols.append((x0 + 140, width - 140, "Вступил(а)"))
    c.line(x0, y, x0 + width, y)
    for x, w, title in cols:
        c.text(x + 1, y + 1.2, w - 2, ROW_MM, title, 9, bold=True)
    y += ROW_MM
    c.line(x0, y, x0 + width, y)
    for number, item in enumerate(lines, start=first):
        values = [str(number), item.name, item.note, ""]
        for (x, w, _), value in zip(cols, values, strict=True):
            c.text(x + 1, y + 1.2, w - 2, ROW_MM - 1, value, 9)
        y += ROW_MM
        c.line(x0, y, x0 + width, y)
    top = y - ROW_MM * (len(lines) + 1)
    for x, _, _ in [*cols, (x0 + width, 0, "")]:
        c.line(x, top, x, y)


def _draw_sheet_page(
    c: _Canvas, sheet: InvitationSheet, first: int, lines: Sequence[RosterLine], page: int
) -> None:
    width = PAGE_W - 2 * MARGIN
    center = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    y = MARGIN
    y += c.text(MARGIN, y, width, 12, sheet.centre, 11, flags=center) + 2
    if page > 0:
        y += c.text(
            MARGIN,
            y,
            width,
            10,
            f"{sheet.class_name} — {sheet.role_label} (продолжение)",
            12,
            bold=True,
        )
        _draw_roster(c, y + 3, first, lines, sheet.role == InviteRole.PARENT)
        return
    heading = "Приглашение в чат" if sheet.chat_id else "Приглашение в класс «Сферума»"
    y += c.text(MARGIN, y, width, 10, heading, 16, bold=True, flags=center)
    y += 2
    y += c.text(MARGIN, y, width, 14, sheet.class_name, 15, bold=True, flags=center) + 1
    y += c.text(MARGIN, y, width, 8, f"Роль: {sheet.role_label}", 12, flags=center) + 4
    top = y
    c.qr(sheet.url, MARGIN, top, QR_SHEET_MM)
    tx, tw = MARGIN + QR_SHEET_MM + 5, width - QR_SHEET_MM - 5
    y = top + 2
    y += c.text(tx, y, tw, 8, "Как вступить:", 11, bold=True) + 1
    for number, step in enumerate(instructions(sheet.role), start=1):
        y += c.text(tx, y, tw, 14, f"{number}. {step}", 10) + 1
    y = max(y, top + QR_SHEET_MM) + 2
    y += c.text(MARGIN, y, width, 12, f"Ссылка: {sheet.url}", 10) + 1
    details = []
    if sheet.teacher:
        details.append(f"Преподаватель: {sheet.teacher}")
    if sheet.expires_on:
        details.append(f"Ссылка действует до {sheet.expires_on:%d.%m.%Y}")
    if details:
        y += c.text(MARGIN, y, width, 8, ". ".join(details) + ".", 10) + 1
    if lines:
        _draw_roster(c, y + 3, first, lines, sheet.role == InviteRole.PARENT)


# -- the slips layout -------------------------------------------------------------------------


def _cards(sheets: Sequence[InvitationSheet]) -> list[tuple[InvitationSheet, str]]:
    return [(sheet, line.name) for sheet in sheets for line in (sheet.roster or (RosterLine(""),))]


def _crop_marks(c: _Canvas, card_w: float, card_h: float) -> None:
    xs = [SLIP_MARGIN + i * card_w for i in range(SLIP_COLS + 1)]
    ys = [SLIP_MARGIN + j * card_h for j in range(SLIP_ROWS + 1)]
    mark = 4.0
    for x in xs:  # ticks in the margins at every cut line
        c.line(x, SLIP_MARGIN - mark - 1, x, SLIP_MARGIN - 1, 0.15)
        c.line(x, PAGE_H - SLIP_MARGIN + 1, x, PAGE_H - SLIP_MARGIN + mark + 1, 0.15)
    for y in ys:
        c.line(SLIP_MARGIN - mark - 1, y, SLIP_MARGIN - 1, y, 0.15)
        c.line(PAGE_W - SLIP_MARGIN + 1, y, PAGE_W - SLIP_MARGIN + mark + 1, y, 0.15)
    for x in xs[1:-1]:  # crosses where inner cut lines meet
        for y in ys[1:-1]:
            c.line(x - 2, y, x + 2, y, 0.15)
            c.line(x, y - 2, x, y + 2, 0.15)


def _draw_card(c: _Canvas, sheet: InvitationSheet, name: str, x: float, y: float, w: float) -> None:
    pad = 4.0
    inner = w - 2 * pad
    y0 = y + pad
    y0 += c.text(x + pad, y0, inner, 6, name or "______________________________", 11, bold=True)
    y0 += c.text(x + pad, y0, inner, 10, f"{sheet.class_name} — {sheet.role_label}", 8) + 1
    c.qr(sheet.url, x + pad - 2, y0, QR_SLIP_MM)
    tx = x + pad + QR_SLIP_MM - 1
    ty = y0 + 1
    for number, step in enumerate(instructions(sheet.role), start=1):
        ty += c.text(tx, ty, w - QR_SLIP_MM - pad - 1, 12, f"{number}. {step}", 6) + 0.4
    c.text(x + pad, max(ty, y0 + QR_SLIP_MM) + 0.5, inner, 8, sheet.url, 6.5)


# -- pages ------------------------------------------------------------------------------------


def _pages(sheets: Sequence[InvitationSheet], layout: str) -> Iterator[tuple[int, object]]:
    """(index of the sheet the page belongs to, a function drawing the page on a canvas)."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}")
    if layout == "sheet":
        for index, sheet in enumerate(sheets):
            for page, (first, lines) in enumerate(_sheet_pages(sheet)):
                yield (
                    index,
                    (
                        lambda c, s=sheet, f=first, ls=lines, p=page: _draw_sheet_page(
                            c, s, f, ls, p
                        )
                    ),
                )
        return
    cards = _cards(sheets)
    per_page = SLIP_COLS * SLIP_ROWS
    card_w = (PAGE_W - 2 * SLIP_MARGIN) / SLIP_COLS
    card_h = (PAGE_H - 2 * SLIP_MARGIN) / SLIP_ROWS
    index_of = {id(s): i for i, s in enumerate(sheets)}

    def draw(c: _Canvas, chunk: list[tuple[InvitationSheet, str]]) -> None:
        _crop_marks(c, card_w, card_h)
        for k, (sheet, name) in enumerate(chunk):
            col, row = k % SLIP_COLS, k // SLIP_COLS
            _draw_card(
                c, sheet, name, SLIP_MARGIN + col * card_w, SLIP_MARGIN + row * card_h, card_w
            )

    for start in range(0, len(cards), per_page):
        chunk = cards[start : start + per_page]
        yield index_of[id(chunk[-1][0])], (lambda c, ch=chunk: draw(c, ch))


def _set_up(device: QPagedPaintDevice) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )


def paint_steps(
    device: QPagedPaintDevice, sheets: Sequence[InvitationSheet], layout: str
) -> Iterator[Progress]:
    """Draw every page on ``device`` (a QPdfWriter or a QPrinter already set up), yielding
    (sheets done, sheets, label) after each page. Closing the generator stops the drawing."""
    pages = list(_pages(sheets, layout))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("Не удалось начать печать: устройство недоступно.")
    try:
        canvas = _Canvas(painter, device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        total = len(sheets)
        for number, (index, draw) in enumerate(pages):
            if number:
                device.newPage()
            draw(canvas)  # type: ignore[operator]
            yield index + 1, total, sheets[index].class_name
    finally:
        painter.end()


def render_steps(
    sheets: Sequence[InvitationSheet], path: Path, layout: str, title: str = ""
) -> Iterator[Progress]:
    """Write the PDF at ``path``, yielding progress; a cancelled run leaves no file behind."""
    writer = QPdfWriter(str(path))
    writer.setResolution(_RESOLUTION)
    title = title or "Ссылки-приглашения в Сферум"
    if any(sheet.roster or sheet.teacher for sheet in sheets):
        title += " (содержит персональные данные)"  # 152-ФЗ: the file's properties say so
    writer.setTitle(title)
    writer.setCreator("Sferum Desk")
    _set_up(writer)
    finished = False
    try:
        yield from paint_steps(writer, sheets, layout)
        finished = True
    finally:
        del writer
        if not finished:
            path.unlink(missing_ok=True)


def render_pdf(
    sheets: Sequence[InvitationSheet], path: Path, layout: str = "sheet", title: str = ""
) -> int:
    """Write the print-out to an A4 PDF at ``path``; the number of pages."""
    if not sheets:
        raise ValueError("nothing to print")
    for _ in render_steps(sheets, path, layout, title):
        pass
    return page_count(sheets, layout)
