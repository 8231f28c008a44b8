"""«Правило именования…»: the rule in a line, a live preview of old → new class names.

The preview is recomputed as the rule is typed (a few dozen groups: a quick query); the rows
with a problem are painted, and Apply stays disabled while any problem or a rule error is
there.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..data.engine import Database
from ..services import naming
from ..services.naming import PreviewRow
from ..services.organisation import ValidationError
from . import theme
from .form_widgets import paint_error
from .tab_order import follow_layout

HEADERS = (
    QT_TRANSLATE_NOOP("NamingRuleDialog", "Academic year"),
    QT_TRANSLATE_NOOP("NamingRuleDialog", "Current name"),
    QT_TRANSLATE_NOOP("NamingRuleDialog", "New name"),
    QT_TRANSLATE_NOOP("NamingRuleDialog", "Problems"),
)


class NamingRuleDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.rows: list[PreviewRow] = []
        self.rule_error = ""
        self.setObjectName("naming_rule_dialog")
        self.setWindowTitle(self.tr("Class naming rule"))
        self.resize(900, 560)

        with db.session() as session:
            rule = naming.current_rule(session)
        meanings = {
            "association": self.tr("association name"),
            "group": self.tr("group number"),
            "year": self.tr("study year"),
            "direction": self.tr("direction"),
            "academic_year": self.tr("academic year, e.g. 2026/2027"),
            "teacher": self.tr("teacher's surname and initials"),
        }
        help_lines = [self.tr("Placeholders:")] + [
            "{" + name + "} — " + meanings.get(name, name) for name in naming.PLACEHOLDERS
        ]
        help_label = QLabel("\n".join(help_lines))
        help_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rule_edit = QLineEdit(rule)
        self.rule_edit.setObjectName("rule")
        self.default_button = QPushButton(self.tr("&Default rule"))
        self.default_button.setObjectName("default_rule")
        self.default_button.clicked.connect(self._use_default)
        self.error_label = QLabel()
        self.error_label.setObjectName("rule_error")
        self.error_label.setWordWrap(True)
        paint_error(self.error_label)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary")

        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("preview")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("NamingRuleDialog", h) for h in HEADERS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((90, 300, 300)):
            header.resizeSection(column, width)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setObjectName("apply")
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.default_button, QDialogButtonBox.ButtonRole.ResetRole)

        layout = QVBoxLayout(self)
        rule_label = QLabel(self.tr("&Rule:"))
        rule_label.setBuddy(self.rule_edit)
        layout.addWidget(rule_label)
        layout.addWidget(self.rule_edit)
        layout.addWidget(help_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        follow_layout(self)

        self.rule_edit.textChanged.connect(self.update_preview)
        self.update_preview()

    @Slot()
    def _use_default(self) -> None:
        self.rule_edit.setText(naming.DEFAULT_RULE)

    @Slot()
    def update_preview(self) -> None:
        try:
            with self._db.session() as session:
                self.rows = naming.preview(session, self.rule_edit.text())
            self.rule_error = ""
        except ValidationError as exc:
            self.rows = []
            self.rule_error = "\n".join(exc.errors.values())
        self.error_label.setText(self.rule_error)
        self.error_label.setVisible(bool(self.rule_error))
        self._fill_table()
        problems = sum(bool(row.problems) for row in self.rows)
        changed = sum(row.changed for row in self.rows)
        if not self.rule_error:
            self.summary_label.setText(
                self.tr("Groups renamed: {0} of {1}; with problems: {2}.").format(
                    changed, len(self.rows), problems
                )
            )
        else:
            self.summary_label.clear()
        self.apply_button.setEnabled(not self.rule_error and problems == 0)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.rows))
        # Problems first, then the names that change.
        ordered = sorted(self.rows, key=lambda r: (not r.problems, not r.changed))
        problem = QBrush(theme.error_background())  # under the theme's own text colour
        for index, row in enumerate(ordered):
            texts = (row.academic_year, row.old_name, row.new_name, "; ".join(row.problems))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if row.problems:
                    item.setBackground(problem)
                self.table.setItem(index, column, item)

    def problem_rows(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.problems]

    @Slot()
    def apply(self) -> None:
        try:
            with self._db.transaction() as session:
                naming.apply_rule(session, self.rule_edit.text())
        except ValidationError as exc:
            self.error_label.setText("\n".join(exc.errors.values()))
            self.error_label.setVisible(True)
            return
        self.accept()
