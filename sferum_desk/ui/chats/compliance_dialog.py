"""«Проверка чатов…»: the required chats that are missing and the chats whose owner has
left, grouped, with check boxes; the checked findings get Sferum tasks «Создать чат» /
«Сменить владельца чата» in one transaction."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...services.chats import (
    FINDING_TITLES,
    ComplianceFinding,
    compliance,
    compliance_summary,
    create_tasks,
)
from ...services.organisation import ValidationError
from ..findings_tree import FindingItem, FindingsTree
from ..form_widgets import error_label, show_error
from ..tab_order import follow_layout
from . import common


class ComplianceDialog(QDialog):
    """After it closes ``created`` is how many tasks were made (0 when none)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chat_compliance_dialog")
        self.setWindowTitle(self.tr("Chat check"))
        self.resize(820, 520)
        self._db = db
        self.created = 0
        self.findings: list[ComplianceFinding] = []

        self.intro = QLabel()
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.tree = FindingsTree([self.tr("Finding"), self.tr("Sferum task")])
        self.error = error_label()
        self.make_tasks = QPushButton(self.tr("&Create tasks"))
        self.make_tasks.setObjectName("make_tasks")
        self.make_tasks.clicked.connect(self.create_tasks)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.make_tasks, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        follow_layout(self)
        self.tree.checked_changed.connect(self._update_button)
        self._fill()

    def _fill(self) -> None:
        with self._db.session() as session:
            self.findings = compliance(session, common.today())
            required, existing = compliance_summary(session, common.today())
        counts = self.tr("Required chats: {0}, present: {1}.").format(required, existing)
        if not self.findings:
            self.intro.setText(counts + " " + self.tr("Every required chat is in order."))
        else:
            self.intro.setText(
                counts
                + " "
                + self.tr(
                    "Check the findings to fix: a Sferum task is created for each. Findings "
                    "that already have an open task cannot be checked."
                )
            )
        self.tree.fill(
            (title, [self._item(f) for f in self.findings if f.kind == kind])
            for kind, title in FINDING_TITLES.items()
        )

    def _item(self, finding: ComplianceFinding) -> FindingItem:
        task = (
            self.tr("open task exists: {0}").format(finding.task_title)
            if finding.covered
            else finding.task_title
        )
        return FindingItem(finding.key, [finding.text, task], finding.text, not finding.covered)

    def checked_findings(self) -> list[ComplianceFinding]:
        keys = set(self.tree.checked_keys())
        return [f for f in self.findings if f.key in keys and not f.covered]

    @Slot()
    def _update_button(self, *_args: object) -> None:
        self.make_tasks.setEnabled(bool(self.checked_findings()))

    @Slot()
    def create_tasks(self) -> None:
        findings = self.checked_findings()
        if not findings:
            return
        try:
            with self._db.transaction() as session:
                created = create_tasks(session, findings, common.today())
        except ValidationError as exc:
            show_error(self.error, str(exc))
            return
        self.created += created
        if created:
            text = self.tr(
                "Created %n Sferum task(s). Do them in Sferum, then mark them done on the "
                "«Sferum tasks» page.",
                "",
                created,
            )
        else:
            text = self.tr("No task was created: the checked findings already have open tasks.")
        QMessageBox.information(self, self.tr("Chat check"), text)
        self.accept()
