"""Ctrl+K: search everywhere — people, associations, groups, chats, invite links, posts —
and jump to the record (``services.global_search``).

The results come as you type (each keystroke is a few milliseconds of queries, run on the
GUI thread: shorter than handing them to a worker); ↓/↑ move through them, Enter or a
double-click opens the chosen one on its page.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..data.engine import Database
from ..services.global_search import Hit, HitKind, search

KIND_LABELS = {
    HitKind.STAFF: QT_TRANSLATE_NOOP("GlobalSearch", "Staff member"),
    HitKind.STUDENT: QT_TRANSLATE_NOOP("GlobalSearch", "Student"),
    HitKind.PARENT: QT_TRANSLATE_NOOP("GlobalSearch", "Parent"),
    HitKind.ASSOCIATION: QT_TRANSLATE_NOOP("GlobalSearch", "Association"),
    HitKind.GROUP: QT_TRANSLATE_NOOP("GlobalSearch", "Group"),
    HitKind.CHAT: QT_TRANSLATE_NOOP("GlobalSearch", "Chat"),
    HitKind.INVITE: QT_TRANSLATE_NOOP("GlobalSearch", "Invite link"),
    HitKind.POST: QT_TRANSLATE_NOOP("GlobalSearch", "Post"),
}
_HIT = Qt.ItemDataRole.UserRole


def kind_label(kind: HitKind) -> str:
    return QCoreApplication.translate("GlobalSearch", KIND_LABELS[kind])


class GlobalSearch(QDialog):
    chosen = Signal(object)  # the Hit to open

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("global_search")
        self.setWindowTitle(self.tr("Search everywhere"))
        self.resize(640, 480)
        self._db = db
        self.edit = QLineEdit()
        self.edit.setObjectName("global_search_text")
        self.edit.setPlaceholderText(
            self.tr("A person, group, association, chat, invite link or post…")
        )
        self.edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("global_search_results")
        self.results.setUniformItemSizes(True)
        self.status = QLabel()
        self.status.setObjectName("status")
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.edit.textChanged.connect(self._on_text)
        self.edit.returnPressed.connect(self.open_current)
        self.edit.installEventFilter(self)  # ↓/↑ in the box move through the results
        self.results.itemActivated.connect(self._on_activated)
        self._on_text("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.results.count():
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def hits(self) -> list[Hit]:
        return [self.results.item(i).data(_HIT) for i in range(self.results.count())]

    @Slot(str)
    def _on_text(self, text: str) -> None:
        self.results.clear()
        if not text.strip():
            self.status.setText(
                self.tr("Type a few letters: ё and е, capitals and small letters are alike.")
            )
            return
        with self._db.session() as session:
            hits = search(session, text)
        for hit in hits:
            label = f"{hit.title}  —  {kind_label(hit.kind)}"
            if hit.detail:
                label += f", {hit.detail}"
            item = QListWidgetItem(label)
            item.setData(_HIT, hit)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
            self.status.setText(self.tr("Enter opens the chosen record."))
        else:
            self.status.setText(self.tr("Nothing found."))

    @Slot()
    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._on_activated(item)

    @Slot(QListWidgetItem)
    def _on_activated(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(_HIT))
        self.accept()
