"""Поддержка: the register of help given to participants and requests to the platform's
support (add, edit, resolve, delete) and the «Шаблоны ответов» panel (add, edit, delete,
copy to the clipboard, print as a one-page instruction)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...data.models import SupportStatus
from ...services import support
from ...services.organisation import ValidationError, organisation_name
from .. import icons
from ..pages.base import DELETE, NEW
from ..pages.list_page import ListPage, ListSpec, action_button
from ..people.common import run_dialog
from ..table_model import Column, field
from .dialogs import RequestDialog, ResolveDialog, TemplateDialog, open_print_preview

C, F = Column, field

SUPPORT = ListSpec(
    name="support",
    title=QT_TRANSLATE_NOOP("Pages", "Support"),
    fetch=support.list_requests,
    columns=(
        C(QT_TRANSLATE_NOOP("Columns", "Date"), F("opened_on")),
        C(QT_TRANSLATE_NOOP("Columns", "Kind"), F("kind")),
        C(QT_TRANSLATE_NOOP("Columns", "Who asked"), F("person")),
        C(QT_TRANSLATE_NOOP("Columns", "Topic"), F("subject"), tooltip=True),
        C(QT_TRANSLATE_NOOP("Columns", "Channel"), F("channel")),
        C(QT_TRANSLATE_NOOP("Columns", "Ticket"), F("ticket_number")),
        C(QT_TRANSLATE_NOOP("Columns", "State"), F("status")),
        C(QT_TRANSLATE_NOOP("Columns", "Resolved on"), F("resolved_on")),
        C(QT_TRANSLATE_NOOP("Columns", "Days to resolve"), F("days")),
        C(QT_TRANSLATE_NOOP("Columns", "Answer"), F("answer"), tooltip=True),
    ),
    choice_column=6,
    choice_label=QT_TRANSLATE_NOOP("Pages", "State:"),
    muted=lambda row: row.status == SupportStatus.RESOLVED.label,
    empty_title=QT_TRANSLATE_NOOP("Pages", "No support requests yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Pages",
        "Record here the help given to participants and the requests sent to Sferum's support, "
        "to see what is still open.",
    ),
)


class SupportPage(ListPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, SUPPORT, parent)
        self.add_button = action_button("add", self.tr("Add…"), self.add)
        self.edit_button = action_button("edit", self.tr("Edit…"), self.edit, icons.EDIT)
        self.resolve_button = action_button(
            "resolve", self.tr("Resolved…"), self.resolve, icons.DONE
        )
        self.delete_button = action_button("delete", self.tr("Delete"), self.delete)
        self.set_standard(NEW, self.add_button)
        self.set_standard(DELETE, self.delete_button)
        self.add_actions(
            [self.add_button, self.edit_button, self.resolve_button], [self.delete_button]
        )
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self._templates_panel())
        self._templates: list[support.TemplateRow] = []
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.empty_state.add_button(self.tr("Add…"), self.add_button.click, "empty_add")

    def _templates_panel(self) -> QGroupBox:
        box = QGroupBox(self.tr("Answer templates"))
        box.setObjectName("templates_panel")
        self.template_list = QListWidget()
        self.template_list.setObjectName("templates")
        self.template_list.currentRowChanged.connect(self._on_template)
        self.template_text = QPlainTextEdit()
        self.template_text.setObjectName("template_text")
        self.template_text.setReadOnly(True)
        self.add_template_button = action_button(
            "add_template", self.tr("Add…"), self.add_template, icons.ADD
        )
        self.edit_template_button = action_button(
            "edit_template", self.tr("Edit…"), self.edit_template, icons.EDIT
        )
        self.delete_template_button = action_button(
            "delete_template", self.tr("Delete"), self.delete_template, icons.DELETE
        )
        self.copy_button = action_button(
            "copy_template", self.tr("Copy"), self.copy_template, icons.COPY
        )
        self.print_button = action_button(
            "print_template", self.tr("Print…"), self.print_template, icons.PRINT
        )
        side = QVBoxLayout()
        for button in (
            self.add_template_button,
            self.edit_template_button,
            self.delete_template_button,
            self.copy_button,
            self.print_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout(box)
        row.addWidget(self.template_list, 1)
        row.addWidget(self.template_text, 2)
        row.addLayout(side)
        box.setMaximumHeight(240)
        return box

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        super().reload()
        self.reload_templates()

    def reload_templates(self, select_id: int | None = None) -> None:
        current = self.selected_template()
        keep = select_id if select_id is not None else (current.id if current else None)
        with self._db.session() as session:
            self._templates = support.list_templates(session)
        self.template_list.clear()
        for template in self._templates:
            item = QListWidgetItem(template.title)
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            self.template_list.addItem(item)
            if template.id == keep:
                self.template_list.setCurrentItem(item)
        if self.template_list.currentRow() < 0 and self._templates:
            self.template_list.setCurrentRow(0)
        self._on_template()

    # -- selection -----------------------------------------------------------------------

    def selected_row(self) -> support.SupportRow | None:
        row = self.selected_record()
        assert row is None or isinstance(row, support.SupportRow)
        return row

    def selected_template(self) -> support.TemplateRow | None:
        row = self.template_list.currentRow()
        templates = getattr(self, "_templates", [])
        return templates[row] if 0 <= row < len(templates) else None

    def update_actions(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.resolve_button.setEnabled(
            row is not None and row.status != SupportStatus.RESOLVED.label
        )

    @Slot()
    def _on_template(self, *_args: object) -> None:
        template = self.selected_template()
        self.template_text.setPlainText(template.body if template else "")
        for button in (
            self.edit_template_button,
            self.delete_template_button,
            self.copy_button,
            self.print_button,
        ):
            button.setEnabled(template is not None)

    def _changed(self) -> None:
        super().reload()
        self.data_changed.emit()

    # -- requests ------------------------------------------------------------------------

    @Slot()
    def add(self) -> None:
        if run_dialog(RequestDialog(self._db, parent=self)):
            self._changed()

    @Slot()
    def edit(self) -> None:
        row = self.selected_row()
        if row is not None and run_dialog(RequestDialog(self._db, row.id, self)):
            self._changed()

    @Slot()
    def resolve(self) -> None:
        row = self.selected_row()
        if row is not None and run_dialog(ResolveDialog(self._db, row.id, self)):
            self._changed()

    @Slot()
    def delete(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete the record"), self.tr("Delete «{0}»?").format(row.subject)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda s: support.delete_request(s, row.id))
            self._changed()

    def _write(self, action: Any) -> bool:
        try:
            with self._db.transaction() as session:
                action(session)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), "\n".join(exc.errors.values()))
            return False
        return True

    # -- templates -----------------------------------------------------------------------

    @Slot()
    def add_template(self) -> None:
        dialog = TemplateDialog(self._db, parent=self)
        if run_dialog(dialog):
            self.reload_templates(dialog.template_id)
            self.data_changed.emit()

    @Slot()
    def edit_template(self) -> None:
        template = self.selected_template()
        if template is not None and run_dialog(TemplateDialog(self._db, template, self)):
            self.reload_templates(template.id)
            self.data_changed.emit()

    @Slot()
    def delete_template(self) -> None:
        template = self.selected_template()
        if template is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the template"),
            self.tr("Delete the template «{0}»?").format(template.title),
        )
        if answer == QMessageBox.StandardButton.Yes and self._write(
            lambda s: support.delete_template(s, template.id)
        ):
            self.reload_templates()
            self.data_changed.emit()

    @Slot()
    def copy_template(self) -> None:
        template = self.selected_template()
        if template is not None:
            QApplication.clipboard().setText(template.body)

    @Slot()
    def print_template(self) -> None:
        template = self.selected_template()
        if template is None:
            return
        with self._db.session() as session:
            centre = organisation_name(session) or ""
        open_print_preview(self, centre, template.title, template.body)
