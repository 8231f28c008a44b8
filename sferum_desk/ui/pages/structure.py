"""Структура: the Centre's nomenclature as a tree, edited in place and through dialogs.

Directions → associations → groups of the chosen academic year, the «Учительская» on top.
Every change is a service call in one transaction; the tree is then reloaded off the GUI
thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...services import nomenclature
from ...services.nomenclature import FormChoices, StructureTree
from ...services.organisation import ValidationError
from .. import icons
from ..keyboard import context_menu_on_keys, open_on_enter, page_action, tab_to_toolbar
from ..naming_rule_dialog import NamingRuleDialog
from ..rollover_wizard import RolloverWizard
from ..structure_model import (
    ASSOCIATION,
    COL_NAME,
    DIRECTION,
    GROUP,
    ID_ROLE,
    KIND_ROLE,
    NODE_ROLE,
    STAFF_ROOM,
    StructureFilter,
    StructureModel,
)
from ..tasks import run_task
from .base import EXPORT, NEW, Page
from .list_page import page_title_label
from .structure_empty import StructureEmptyState
from .structure_export import NomenclatureExporter
from .structure_move import GroupMover


def _fetch(db: Database, year_id: int | None, generation: int) -> tuple[int, StructureTree]:
    with db.session() as session:
        return generation, nomenclature.structure_tree(session, year_id)


class StructurePage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._generation = 0
        self._year_id: int | None = None
        self.tree_data: StructureTree | None = None
        self._reselect: tuple[str, int] | None = None
        self.dialog: Any = None  # the association or group dialog while it is open
        self._dialog_kind = ""
        self.setObjectName("page_structure")

        self.model = StructureModel(self)
        self.model.rename_handler = self.rename
        self.model.move_handler = self.move_group
        self.proxy = StructureFilter(self)
        self.proxy.setSourceModel(self.model)

        self.title_label = page_title_label(self.tr("Structure"))
        self.year_combo = QComboBox()
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_combo.setObjectName("year")
        self.year_combo.currentIndexChanged.connect(self._on_year)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setPlaceholderText(self.tr("Search…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(420)
        self.filter_edit.textChanged.connect(self._on_filter_text)
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.exporter = NomenclatureExporter(db, self)
        self.exporter.status.connect(self.status_label.setText)
        self.exporter.busy.connect(self._on_export_busy)

        self.view = QTreeView()
        self.view.setObjectName("tree")
        self.view.setModel(self.proxy)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(self._on_double_click)
        self.view.header().setStretchLastSection(False)
        open_on_enter(self.view)
        context_menu_on_keys(self.view)

        self._make_actions()
        self.mover = GroupMover(self)  # the keyboard's way to drag a group elsewhere
        self.context_actions.insert(4, self.mover.action)
        toolbar = QToolBar()
        toolbar.setObjectName("toolbar")
        icons.text_beside_icons(toolbar)
        for action in self.toolbar_actions:
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        tab_to_toolbar(toolbar)
        self.toolbar = toolbar

        bar = QHBoxLayout()
        year_label = QLabel(self.tr("Academic year:"))
        year_label.setBuddy(self.year_combo)
        bar.addWidget(year_label)
        bar.addWidget(self.year_combo)
        bar.addSpacing(12)
        bar.addWidget(self.filter_edit, 1)
        bar.addStretch(0)
        bar.addWidget(self.status_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(toolbar)
        layout.addLayout(bar)
        self.empty_state = StructureEmptyState(self, db.read_only)  # holds the view
        layout.addWidget(self.empty_state.stack, 1)
        self.view.selectionModel().currentChanged.connect(self._update_actions)
        self._update_actions()

    def _make_actions(self) -> None:
        def a(text: str, name: str, slot: Any, shortcut: Any = None, icon: str = "") -> QAction:
            return page_action(self, text, name, slot, shortcut, icon)

        self.add_association_action = a(
            self.tr("Add a&ssociation"), "add_association", self.add_association, icon=icons.ADD
        )
        self.add_group_action = a(self.tr("&Add group"), "add_group", self.add_group)
        self.edit_action = a(self.tr("&Edit…"), "edit", self.edit_current, icon=icons.EDIT)
        self.rename_action = a(self.tr("&Rename"), "rename", self.rename_current, icon=icons.RENAME)
        self.reset_name_action = a(
            self.tr("&Back to the rule"), "reset_name", self.reset_name, icon=icons.REVERT
        )
        self.archive_action = a(
            self.tr("Ar&chive"), "archive", self.archive_current, icon=icons.ARCHIVE
        )
        self.delete_action = a(
            self.tr("&Delete"),
            "delete",
            self.delete_current,
            QKeySequence.StandardKey.Delete,
            icons.DELETE,
        )
        self.rule_action = a(
            self.tr("Naming rule…"), "naming_rule", self.open_naming_rule, icon=icons.NAMING
        )
        self.export_action = a(self.tr("Export to Excel…"), "export", self.export_excel)
        self.rollover_action = a(
            self.tr("Academic year rollover…"), "rollover", self.open_rollover, icon=icons.ROLLOVER
        )
        self.set_standard(NEW, self.add_group_action)
        self.set_standard(EXPORT, self.export_action)
        self.context_actions = [
            self.add_association_action,
            self.add_group_action,
            self.edit_action,
            self.rename_action,
            self.reset_name_action,
            self.archive_action,
            self.delete_action,
        ]
        self.toolbar_actions: list[QAction | None] = [
            *self.context_actions,
            None,
            self.rule_action,
            self.export_action,
            self.rollover_action,
        ]

    # -- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        super().reload()
        self._generation += 1
        self.status_label.setText(self.tr("Loading…"))
        run_task(_fetch, self._on_fetched, self._db, self._year_id, self._generation)

    @Slot(object)
    def _on_fetched(self, result: tuple[int, StructureTree]) -> None:
        generation, tree = result
        if generation != self._generation:
            return
        selected = self._reselect or self.current()
        self._reselect = None
        self.tree_data = tree
        self._year_id = tree.academic_year_id
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in tree.years:
            text = year.name + (self.tr(" (current)") if year.is_current else "")
            self.year_combo.addItem(text, year.id)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(tree.academic_year_id), 0))
        self.year_combo.blockSignals(False)
        self.model.set_tree(tree)
        self.view.expandAll()
        for column in range(self.model.columnCount()):
            self.view.resizeColumnToContents(column)
        if selected is not None:
            self.select(*selected)
        groups = sum(len(a.groups) for d in tree.directions for a in d.associations)
        self.status_label.setText(self.tr("Groups: {0}").format(groups))
        self._update_actions()
        self.loaded.emit()

    @Slot(int)
    def _on_year(self, _index: int) -> None:
        self._year_id = self.year_combo.currentData()
        self.reload()

    @Slot(str)
    def _on_filter_text(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self.view.expandAll()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # -- selection ---------------------------------------------------------------------

    def current(self) -> tuple[str, int] | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return index.data(KIND_ROLE), int(index.data(ID_ROLE))

    def select(self, kind: str, record_id: int) -> QModelIndex:
        """Make the record current (tests and after a reload); returns its view index."""
        index = self.proxy.mapFromSource(self.model.find(kind, record_id))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        return index

    def reveal(self, kind: str, record_id: int) -> None:
        """Make the record current — now if the tree is loaded, else once it is — clearing
        the filter when it hides the record (the global search points at it)."""
        if self.requested and not self.stale and self.tree_data is not None:
            if not self.select(kind, record_id).isValid() and self.filter_edit.text():
                self.filter_edit.clear()
                self.select(kind, record_id)
        else:
            self._reselect = (kind, record_id)
            self.ensure_loaded()

    @Slot()
    def _update_actions(self, *_args: Any) -> None:
        kind = self.view.currentIndex().data(KIND_ROLE)
        node = self.view.currentIndex().data(NODE_ROLE)
        archived = bool(getattr(node, "archived", False))
        editable = kind in (ASSOCIATION, GROUP)
        self.edit_action.setEnabled(editable or kind == STAFF_ROOM)
        self.rename_action.setEnabled(editable)
        self.reset_name_action.setEnabled(kind == GROUP and node.class_name_manual)
        self.archive_action.setEnabled(editable and not archived)
        self.delete_action.setEnabled(editable)
        self.add_group_action.setEnabled(self._year_id is not None)

    @Slot(QPoint)
    def _context_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        for action in self.context_actions:
            if action.isEnabled():
                menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(point))

    @Slot(QModelIndex)
    def _on_double_click(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) in (ASSOCIATION, GROUP, STAFF_ROOM):
            self.edit_current()

    # -- changes -----------------------------------------------------------------------

    def _refuse(self, exc: ValidationError) -> None:
        QMessageBox.warning(self, self.tr("Not done"), "\n".join(exc.errors.values()))

    def _choices(self) -> FormChoices:
        with self._db.session() as session:
            return nomenclature.form_choices(session)

    def _current_direction_and_association(self) -> tuple[int | None, int | None]:
        index = self.view.currentIndex().siblingAtColumn(COL_NAME)
        direction = association = None
        while index.isValid():
            kind = index.data(KIND_ROLE)
            if kind == ASSOCIATION and association is None:
                association = int(index.data(ID_ROLE))
            if kind == DIRECTION:
                direction = int(index.data(ID_ROLE))
            index = index.parent()
        return direction, association

    @Slot()
    def add_association(self) -> None:
        from ..structure_dialogs import AssociationDialog

        direction, _association = self._current_direction_and_association()
        dialog = AssociationDialog(self._db, self._choices(), direction_id=direction, parent=self)
        self._open_dialog(dialog, ASSOCIATION)

    @Slot()
    def add_group(self) -> None:
        from ..structure_dialogs import GroupDialog

        _direction, association = self._current_direction_and_association()
        dialog = GroupDialog(
            self._db,
            self._choices(),
            association_id=association,
            academic_year_id=self._year_id,
            parent=self,
        )
        self._open_dialog(dialog, GROUP)

    @Slot()
    def edit_current(self) -> None:
        from ..structure_dialogs import AssociationDialog, GroupDialog

        current = self.current()
        if current is None:
            return
        kind, record_id = current
        dialog: AssociationDialog | GroupDialog
        if kind == ASSOCIATION:
            dialog = AssociationDialog(self._db, self._choices(), record_id, parent=self)
        elif kind in (GROUP, STAFF_ROOM):
            dialog = GroupDialog(
                self._db, self._choices(), record_id, staff_room=kind == STAFF_ROOM, parent=self
            )
        else:
            return
        self._open_dialog(dialog, kind)

    def _open_dialog(self, dialog: Any, kind: str) -> None:
        """Window-modal, not blocking: OK stores the record and the tree follows."""
        self.dialog = dialog
        self._dialog_kind = kind
        dialog.accepted.connect(self._on_dialog_accepted)
        dialog.open()

    @Slot()
    def _on_dialog_accepted(self) -> None:
        dialog = self.dialog
        if dialog is not None and dialog.saved_id is not None:
            self._after_change(self._dialog_kind, dialog.saved_id)
        self.dialog = None

    @Slot()
    def rename_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index.siblingAtColumn(COL_NAME))

    def rename(self, kind: str, record_id: int, text: str) -> bool:
        """The model's rename handler: F2 on an association renames it; on a group it types
        the Sferum class name by hand."""
        try:
            with self._db.transaction() as session:
                if kind == ASSOCIATION:
                    nomenclature.rename_association(session, record_id, text)
                else:
                    nomenclature.rename_group(session, record_id, text)
        except ValidationError as exc:
            self._refuse(exc)
            return False
        self._after_change(kind, record_id)
        return True

    def move_group(self, group_id: int, association_id: int) -> bool:
        """The model's drop handler."""
        try:
            with self._db.transaction() as session:
                nomenclature.move_group(session, group_id, association_id)
        except ValidationError as exc:
            self._refuse(exc)
            return False
        self._after_change(GROUP, group_id)
        return True

    @Slot()
    def reset_name(self) -> None:
        current = self.current()
        if current is None or current[0] != GROUP:
            return
        self._call(nomenclature.reset_class_name, *current)

    @Slot()
    def archive_current(self) -> None:
        current = self.current()
        if current is None:
            return
        kind, record_id = current
        answer = QMessageBox.question(
            self,
            self.tr("Archive"),
            self.tr(
                "Archive «{0}»? It stays in the database and in the reports of its year."
            ).format(self.view.currentIndex().siblingAtColumn(COL_NAME).data()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if kind == ASSOCIATION:
            self._call(nomenclature.archive_association, kind, record_id)
        else:
            self._call(nomenclature.archive_group, kind, record_id)

    @Slot()
    def delete_current(self) -> None:
        current = self.current()
        if current is None or current[0] not in (ASSOCIATION, GROUP, STAFF_ROOM):
            return
        kind, record_id = current
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete «{0}» for good?").format(
                self.view.currentIndex().siblingAtColumn(COL_NAME).data()
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if kind == ASSOCIATION:
            self._call(nomenclature.delete_association, kind, record_id)
        else:
            self._call(nomenclature.delete_group, kind, record_id)

    def _call(self, fn: Any, kind: str, record_id: int) -> bool:
        try:
            with self._db.transaction() as session:
                fn(session, record_id)
        except ValidationError as exc:
            self._refuse(exc)
            return False
        self._after_change(kind, record_id)
        return True

    def _after_change(self, kind: str, record_id: int) -> None:
        self._reselect = (kind, record_id)
        self.reload()
        self.data_changed.emit()

    # -- the rule, the export, the rollover --------------------------------------------

    @Slot()
    def open_naming_rule(self) -> None:
        dialog = NamingRuleDialog(self._db, self)
        if dialog.exec():
            self.reload()
            self.data_changed.emit()

    @Slot()
    def export_excel(self) -> None:
        self.exporter.export(self.year_combo.currentText().split(" ")[0] or None)

    @Slot(bool)
    def _on_export_busy(self, busy: bool) -> None:
        self.export_action.setEnabled(not busy)

    @Slot()
    def open_rollover(self) -> None:
        wizard = RolloverWizard(self._db, self)
        wizard.applied.connect(self._on_rollover_applied)
        wizard.open()

    @Slot(int)
    def _on_rollover_applied(self, _batch_id: int) -> None:
        self._year_id = None  # the new current year
        self.reload()
        self.data_changed.emit()
