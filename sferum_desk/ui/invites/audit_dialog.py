"""«Аудит…»: the security audit's findings grouped by kind, with check boxes; the checked
links get Sferum tasks «Аннулировать ссылку» in one transaction. Links past their expiry can
instead be marked expired (Sferum has already stopped accepting them)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
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
from ..form_widgets import error_label, show_error
from . import common

_LINK_ID = Qt.ItemDataRole.UserRole


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
        self.tree = QTreeWidget()
        self.tree.setObjectName("findings")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Link"), self.tr("Why"), self.tr("Address")])
        self.error = error_label()
        self.make_tasks = QPushButton(self.tr("Create annulment tasks"))
        self.make_tasks.setObjectName("make_tasks")
        self.make_tasks.clicked.connect(self.create_tasks)
        self.mark_expired = QPushButton(self.tr("Mark expired links as expired"))
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
        self.tree.itemChanged.connect(self._update_button)
        self._fill()

    def _fill(self) -> None:
        with self._db.session() as session:
            self.findings = audit_links(session, common.today())
        self.tree.clear()
        links = {f.link_id for f in self.findings}
        if not self.findings:
            self.intro.setText(self.tr("No findings: every active link is in order."))
        else:
            self.intro.setText(
                self.tr(
                    "{0} link(s) should be annulled. Check the ones to annul: a Sferum task "
                    "«Annul the link» is created for each; the link is marked annulled when "
                    "the task is done."
                ).format(len(links))
            )
        self.tree.blockSignals(True)
        for kind, title in FINDING_TITLES.items():
            found = [f for f in self.findings if f.kind == kind]
            if not found:
                continue
            top = QTreeWidgetItem([f"{title} ({len(found)})"])
            top.setFlags(
                top.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
            )
            self.tree.addTopLevelItem(top)
            for finding in found:
                item = QTreeWidgetItem(top, [finding.label, finding.reason, finding.url])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked)
                item.setData(0, _LINK_ID, finding.link_id)
                item.setToolTip(1, finding.reason)
            top.setExpanded(True)
        self.tree.blockSignals(False)
        for column in range(2):
            self.tree.resizeColumnToContents(column)
        self.mark_expired.setEnabled(any(f.kind == FindingKind.EXPIRED for f in self.findings))
        self._update_button()

    def checked_link_ids(self) -> list[int]:
        ids: list[int] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                item = top.child(j)
                if item.checkState(0) == Qt.CheckState.Checked:
                    ids.append(int(item.data(0, _LINK_ID)))
        return list(dict.fromkeys(ids))

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
                "Created {0} task(s) «Annul the link». Annul the links in Sferum, then mark "
                "the tasks done on the «Sferum tasks» page."
            ).format(created)
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
            self.tr("Marked as expired: {0} link(s).").format(count),
        )
