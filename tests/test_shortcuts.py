"""The standard keys on the pages: Ctrl+N adds, Del deletes after a question (and only
where the focus is in the page: in the filter box it deletes a letter), Ctrl+E exports,
Ctrl+P prints."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from sferum_desk.data.engine import Database
from sferum_desk.ui.people.person_dialog import PersonDialog

from .ui_helpers import click_navigation, main_window, type_text


def test_ctrl_n_del_ctrl_e_and_ctrl_p(qtbot, demo_db: Database, monkeypatch) -> None:  # noqa: ANN001
    opened: list[object] = []
    monkeypatch.setattr(PersonDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    asked: list[str] = []

    def no(_parent, _title, text, *_args):  # noqa: ANN001, ANN002, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    saved: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kw: (saved.append("asked"), ("", ""))[1]
    )

    with main_window(qtbot, demo_db) as window:
        click_navigation(qtbot, window, "students")
        page = window.pages["students"]
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert len(opened) == 1 and isinstance(opened[0], PersonDialog)
        assert "Ctrl+N" in page.add_button.toolTip()

        page.table.setFocus()
        page.table.selectRow(0)
        name = page.selected_record().full_name
        count = len(page.model.rows)
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
        assert len(asked) == 1 and name in asked[0]  # asked, answered «No»
        assert len(page.model.rows) == count

        page.filter_edit.setFocus()
        type_text(page.filter_edit, "абв")
        qtbot.keyClick(page.filter_edit, Qt.Key.Key_Home)
        qtbot.keyClick(page.filter_edit, Qt.Key.Key_Delete)
        assert page.filter_edit.text() == "бв" and len(asked) == 1  # a letter, no question

        click_navigation(qtbot, window, "reports")
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert saved == ["asked"]  # «Сохранить…»: where to save the report

        printed: list[int] = []
        monkeypatch.setattr(
            "sferum_desk.ui.invites.page.open_print_preview",
            lambda _page, _db, links, *args, **kw: printed.append(len(links)),
        )
        click_navigation(qtbot, window, "invites")
        invites = window.pages["invites"]
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert printed == [len(invites.shown_records())]  # nothing selected: every shown link
        assert "Ctrl+P" in invites.print_button.toolTip()

        click_navigation(qtbot, window, "overview")  # a page without these commands
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert len(opened) == 1
