"""A check-list of findings grouped under headings, for the dialogs that turn findings
into Sferum tasks (the invite-link audit, the chat check)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

_KEY = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class FindingItem:
    key: Hashable  # what ``checked_keys`` returns for the row (a link id, a finding key)
    texts: Sequence[str]  # one per column
    tooltip: str = ""
    enabled: bool = True  # False: shown greyed, cannot be checked (e.g. a task is open)


class FindingsTree(QTreeWidget):
    """Each heading shows its count and a tristate check box over its findings; findings
    start checked. ``checked_changed`` is emitted when a check box changes."""

    checked_changed = Signal()

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings")
        self.setColumnCount(len(headers))
        self.setHeaderLabels(list(headers))
        self.itemChanged.connect(self._item_changed)

    def fill(self, groups: Iterable[tuple[str, Sequence[FindingItem]]]) -> None:
        """Replace the contents; empty groups are left out."""
        self.blockSignals(True)
        self.clear()
        for title, items in groups:
            if not items:
                continue
            top = QTreeWidgetItem([f"{title} ({len(items)})"])
            top.setFlags(
                top.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
            )
            self.addTopLevelItem(top)
            for finding in items:
                item = QTreeWidgetItem(top, list(finding.texts))
                item.setData(0, _KEY, finding.key)
                if finding.tooltip:
                    item.setToolTip(0, finding.tooltip)
                    item.setToolTip(1, finding.tooltip)
                if finding.enabled:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(0, Qt.CheckState.Checked)
                else:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            top.setExpanded(True)
        self.blockSignals(False)
        for column in range(max(1, self.columnCount() - 1)):
            self.resizeColumnToContents(column)
        self.checked_changed.emit()

    def checked_keys(self) -> list[Hashable]:
        """The keys of the checked findings, in order, each once."""
        keys: list[Hashable] = []
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            for j in range(top.childCount()):
                item = top.child(j)
                if item.checkState(0) == Qt.CheckState.Checked:
                    keys.append(item.data(0, _KEY))
        return list(dict.fromkeys(keys))

    @Slot(QTreeWidgetItem, int)
    def _item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.checked_changed.emit()
