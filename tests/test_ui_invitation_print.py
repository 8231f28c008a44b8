"""Printing invitation lists from the GUI: through QPrintPreviewDialog to a PDF file, in the
background to a PDF, and the question about marking the links printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services.invites.printing import gather
from sferum_desk.ui.app import install_translators
from sferum_desk.ui.invites import print_dialog
from sferum_desk.ui.invites.print_dialog import (
    SAVE_PDF,
    PagePainter,
    PrintSetupDialog,
    open_print_preview,
)

from .conftest import TODAY
from .test_invitation_print import (
    PARENT_URL,
    ROBOTS1,
    STUDENT_URL,
    add_print_links,
    group_id,
    link_id,
    pdf_pages,
    pdf_text,
    qr_codes,
)


@pytest.fixture
def print_db(db: Database) -> Database:
    add_print_links(db)
    return db


@pytest.fixture
def parent(qtbot, qapp) -> QWidget:  # noqa: ANN001
    install_translators(qapp)  # the app in Russian, as the user sees it
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def printed_today(db: Database) -> list[str]:
    with db.session() as s:
        return sorted(
            h.invite_link.url
            for h in s.scalars(
                select(m.InviteHandout).where(
                    m.InviteHandout.method == m.HandoutMethod.PRINTED,
                    m.InviteHandout.handed_on == TODAY,
                )
            )
        )


def choose(layout: str, result: int, seen: list[PrintSetupDialog]):  # noqa: ANN201
    def exec_(self: PrintSetupDialog) -> int:
        seen.append(self)
        self.layout_box.setCurrentIndex(self.layout_box.findData(layout))
        return result

    return exec_


def test_a_groups_sheet_prints_through_the_preview_to_a_pdf(
    print_db: Database, parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out_pdf = tmp_path / "preview.pdf"
    seen: list[PrintSetupDialog] = []
    previewed: list[int] = []
    asked: list[str] = []

    def preview_exec(self: QPrintPreviewDialog) -> int:
        widget = self.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        previewed.append(widget.pageCount())
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out_pdf))
        widget.print_()  # what the dialog's print button does once a file is chosen
        return QDialog.DialogCode.Accepted

    def question(_parent, _title, text, *args):  # noqa: ANN001, ANN002, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(
        PrintSetupDialog, "exec", choose("sheet", QDialog.DialogCode.Accepted, seen)
    )
    monkeypatch.setattr(QPrintPreviewDialog, "exec", preview_exec)
    monkeypatch.setattr(QMessageBox, "question", question)
    with print_db.session() as s:
        robots1 = group_id(s, ROBOTS1)
    marked: list[bool] = []
    assert open_print_preview(
        parent,
        print_db,
        [],
        group_ids=[robots1],
        today=TODAY,
        on_marked=lambda: marked.append(True),
    )
    assert seen[0].skipped.isHidden()  # nothing left out for this group
    assert previewed == [2]
    assert pdf_pages(out_pdf) == 2
    text = " ".join(pdf_text(out_pdf).split())
    assert ROBOTS1 in text and STUDENT_URL in text and "Вступил(а)" in text
    assert qr_codes(out_pdf, 1, tmp_path) == [STUDENT_URL]
    assert asked == ["Отметить ссылки выданными (распечатаны) на сегодня?"]
    assert marked == [True]
    assert printed_today(print_db) == sorted([STUDENT_URL, PARENT_URL])


def test_closing_the_preview_marks_nothing(
    print_db: Database, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PrintSetupDialog, "exec", choose("slips", QDialog.DialogCode.Accepted, []))
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked without printing"))
    with print_db.session() as s:
        ids = [link_id(s, STUDENT_URL)]
    assert not open_print_preview(parent, print_db, ids, today=TODAY)
    assert printed_today(print_db) == []


def test_left_out_links_are_shown_and_nothing_printable_is_said(
    print_db: Database, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[PrintSetupDialog] = []
    monkeypatch.setattr(
        PrintSetupDialog, "exec", choose("sheet", QDialog.DialogCode.Rejected, seen)
    )
    with print_db.session() as s:
        annulled = link_id(s, "https://sferum.ru/?invite=voice1-parent")
        ids = [link_id(s, STUDENT_URL), annulled]
    assert not open_print_preview(parent, print_db, ids, today=TODAY)
    assert not seen[0].skipped.isHidden()
    assert "аннулирована 01.11.2026 (не востребована 60 дней)" in seen[0].skipped.toPlainText()

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    assert not open_print_preview(parent, print_db, [annulled], today=TODAY)
    assert told[0].startswith("Печатать нечего")
    assert "ссылка «Голос, 1 год, гр. 1» — Родитель от 02.09.2026 — аннулирована" in told[0]


def test_save_pdf_runs_in_the_background_then_asks_to_mark(
    qtbot,
    print_db: Database,
    parent: QWidget,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    out_pdf = tmp_path / "saved"
    told: list[str] = []
    monkeypatch.setattr(PrintSetupDialog, "exec", choose("slips", SAVE_PDF, []))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out_pdf), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    with print_db.session() as s:
        ids = [link_id(s, STUDENT_URL), link_id(s, PARENT_URL)]
    assert not open_print_preview(parent, print_db, ids, today=TODAY)
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    saved = tmp_path / "saved.pdf"
    assert told == [f"Сохранено: {saved} (страниц: 1)."]
    assert sorted(set(qr_codes(saved, 1, tmp_path))) == sorted([STUDENT_URL, PARENT_URL])
    assert printed_today(print_db) == []  # answered «No»
    assert print_dialog.InvitationPrint  # the flow object is public for the page to reuse


def test_cancel_while_the_pages_are_drawn_stops_and_closes_the_preview(
    print_db: Database, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[int] = []
    labels: list[str] = []

    def preview_exec(self: QPrintPreviewDialog) -> int:
        widget = self.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        drawn.append(widget.pageCount())
        return QDialog.DialogCode.Accepted  # even a dialog that reports success marks nothing

    def set_label(self: QProgressDialog, text: str) -> None:
        labels.append(text)

    monkeypatch.setattr(PrintSetupDialog, "exec", choose("sheet", QDialog.DialogCode.Accepted, []))
    monkeypatch.setattr(QPrintPreviewDialog, "exec", preview_exec)
    monkeypatch.setattr(QProgressDialog, "setLabelText", set_label)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)  # Cancel at once
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked after Cancel"))
    with print_db.session() as s:
        robots1 = group_id(s, ROBOTS1)
    assert not open_print_preview(parent, print_db, [], group_ids=[robots1], today=TODAY)
    assert drawn == [1]  # the group has two sheets; drawing stopped after the first
    assert labels == [f"Рисуется «{ROBOTS1}» (1 из 2)…"]
    assert printed_today(print_db) == []


def test_cancel_while_printing_to_a_pdf_file_leaves_no_file(
    print_db: Database, parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = iter([False, True])  # Cancel pressed while the second sheet is drawn
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: next(asked))
    with print_db.session() as s:
        job = gather(s, link_ids=[], group_ids=[group_id(s, ROBOTS1)], today=TODAY)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "half.pdf"))
    dialog = QDialog(parent)
    painter = PagePainter(dialog, job.sheets, "sheet")
    painter.paint(printer)
    assert painter.cancelled
    assert not (tmp_path / "half.pdf").exists()
