"""«Аудит…»: the security audit's findings grouped by kind, with check boxes; the checked
links get Sferum tasks «Аннулировать ссылку» in one transaction. Links past their expiry can
instead be marked expired (Sferum has already stopped accepting them)."""

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
from ...services.invites import expire_overdue
from ...services.invites.audit import (
    FINDING_TITLES,
    AuditFinding,
    FindingKind,
    annul_tasks_for,
    audit_links,
)
from ...services.organisation import ValidationError
from ..findings_tree import FindingItem, FindingsTree
from ..form_widgets import error_label, show_error
from ..tab_order import follow_layout
from . import common


class InviteAuditDialog(QDialog):
    """After it closes ``created`` is how many tasks were made (0 when none)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invite_audit_dialog")
        self.setWindowTitle(self.tr("Invite link audit"))
        self.resize(820, 520)
        self._db = db
        self.created = 0
        self.expired = 0
        self.findings: list[AuditFinding] = []

        self.intro = QLabel()
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.tree = FindingsTree([self.tr("Link"), self.tr("Why"), self.tr("Address")])
        self.error = error_label()
        self.make_tasks = QPushButton(self.tr("&Create annulment tasks"))
        self.make_tasks.setObjectName("make_tasks")
        self.make_tasks.clicked.connect(self.create_tasks)
        self.mark_expired = QPushButton(self.tr("&Mark expired links as expired"))
        self.mark_expired.setObjectName("mark_expired")
        self.mark_expired.clicked.connect(self.expire_links)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.mark_expired, QDialogButtonBox.ButtonRole.ActionRole)
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
            self.findings = audit_links(session, common.today())
        links = {f.link_id for f in self.findings}
        if not self.findings:
            self.intro.setText(self.tr("No findings: every active link is in order."))
        else:
            self.intro.setText(
                self.tr(
                    "%n link(s) should be annulled. Check the ones to annul: a Sferum task "
                    "«Annul the link» is created for each; the link is marked annulled when "
                    "the task is done.",
                    "",
                    len(links),
                )
            )
        self.tree.fill(
            (
                title,
                [
                    FindingItem(f.link_id, [f.label, f.reason, f.url], f.reason)
                    for f in self.findings
                    if f.kind == kind
                ],
            )
            for kind, title in FINDING_TITLES.items()
        )
        self.mark_expired.setEnabled(any(f.kind == FindingKind.EXPIRED for f in self.findings))

    def checked_link_ids(self) -> list[int]:
        return [int(str(key)) for key in self.tree.checked_keys()]

    @Slot()
    def _update_button(self, *_args: object) -> None:
        self.make_tasks.setEnabled(bool(self.checked_link_ids()))

    @Slot()
    def create_tasks(self) -> None:
        ids = self.checked_link_ids()
        if not ids:
            return
        try:
            with self._db.transaction() as session:
                created = annul_tasks_for(session, ids, common.today())
        except ValidationError as exc:
            show_error(self.error, str(exc))
            return
        self.created += created
        if created:
            text = self.tr(
                "Created %n task(s) «Annul the link». Annul the links in Sferum, then mark "
                "the tasks done on the «Sferum tasks» page.",
                "",
                created,
            )
        else:
            text = self.tr("No task was created: the checked links already have open tasks.")
        QMessageBox.information(self, self.tr("Annulment tasks"), text)
        self.accept()

    @Slot()
    def expire_links(self) -> None:
        try:
            with self._db.transaction() as session:
                count = expire_overdue(session, common.today())
        except ValidationError as exc:
            show_error(self.error, str(exc))
            return
        self.expired += count
        self._fill()
        QMessageBox.information(
            self,
            self.tr("Expired links"),
            self.tr("Marked as expired: %n link(s).", "", count),
        )
