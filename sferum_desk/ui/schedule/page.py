"""Каналы и публикации: the channels on the left (tick to filter the calendar), the month or
week calendar and the list of posts in tabs, the post actions and the warnings line.

Every stored change reloads the page and is announced with ``data_changed``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...data.models import PostStatus
from ...services import settings
from ...services.organisation import ValidationError
from ...services.schedule import (
    ChannelRow,
    channel_rows,
    crowded_posts,
    delete_channel,
    delete_post,
    load_post,
    overdue_posts,
    set_post_status,
)
from .. import icons
from ..empty_state import EmptyStack, EmptyState
from ..form_widgets import paint_error, paint_plain
from ..keyboard import open_on_enter
from ..pages import registers
from ..pages.base import DELETE, NEW, Page
from ..pages.list_page import PAGE_CONTEXT, ListPage, action_button, page_title_label
from ..people.common import run_dialog
from . import common
from .calendar import CalendarView
from .channel_dialog import ChannelDialog
from .post_dialog import PostDialog

_ID_ROLE = Qt.ItemDataRole.UserRole


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class PostsPage(Page):
    event_activated = Signal(int)  # a broadcast or meeting double-clicked in the calendar

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_posts")
        self._db = db
        self._channels: list[ChannelRow] = []
        self.title_label = page_title_label(
            QCoreApplication.translate(PAGE_CONTEXT, registers.POSTS.title)
        )

        # -- channels --
        self.channel_list = QListWidget()
        self.channel_list.setObjectName("channels")
        self.channel_list.itemChanged.connect(self._on_channel_ticked)
        self.channel_list.itemDoubleClicked.connect(lambda _item: self.edit_channel())
        open_on_enter(self.channel_list)
        self.channel_list.currentRowChanged.connect(self._update_buttons)
        self.add_channel_button = action_button(
            "add_channel", self.tr("Add channel…"), self.add_channel, icons.ADD
        )
        self.edit_channel_button = action_button(
            "edit_channel", self.tr("Edit…"), self.edit_channel, icons.EDIT
        )
        self.delete_channel_button = action_button(
            "delete_channel", self.tr("Delete"), self.remove_channel, icons.DELETE
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Channels:")))
        left_layout.addWidget(self.channel_list, 1)
        channel_buttons = QGridLayout()  # two rows keep the channel panel narrow
        channel_buttons.addWidget(self.add_channel_button, 0, 0, 1, 2)
        channel_buttons.addWidget(self.edit_channel_button, 1, 0)
        channel_buttons.addWidget(self.delete_channel_button, 1, 1)
        left_layout.addLayout(channel_buttons)

        # -- calendar and list --
        self.calendar = CalendarView(db)
        self.calendar.post_activated.connect(self.edit_post)
        self.calendar.event_activated.connect(self.event_activated)
        self.calendar.new_post_requested.connect(self.new_post_on)
        self.calendar.changed.connect(self._after_change)
        self.calendar.selection_changed.connect(self._update_buttons)
        self.calendar.loaded.connect(self._update_warnings)
        self.list_page = ListPage(db, registers.POSTS)
        self.list_page.title_label.hide()
        self.list_page.loaded.connect(self._on_list_loaded)
        self.list_page.table.doubleClicked.connect(lambda _index: self.edit_post())
        self.list_page.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.calendar, self.tr("Calendar"))
        self.tabs.addTab(self.list_page, self.tr("List"))
        self.tabs.currentChanged.connect(self._update_buttons)

        self.new_button = action_button(
            "new_post", self.tr("New post…"), lambda: self.new_post_on(None)
        )
        self.edit_button = action_button(
            "edit_post", self.tr("Edit…"), lambda: self.edit_post(), icons.EDIT
        )
        self.published_button = action_button(
            "mark_published", self.tr("Published"), self.mark_published, icons.DONE
        )
        self.cancel_button = action_button(
            "cancel_post", self.tr("Cancel post"), self.cancel_post, icons.CANCEL
        )
        self.delete_button = action_button("delete_post", self.tr("Delete"), self.remove_post)
        self.set_standard(NEW, self.new_button)
        self.set_standard(DELETE, self.delete_button)
        self.warnings = QLabel()
        self.warnings.setObjectName("warnings")
        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.published_button,
            self.cancel_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.tabs.setCornerWidget(self.warnings)  # beside the tabs, not widening the buttons row
        # no post in any channel: the calendar and the list give way to what to do first
        self.empty_state = EmptyState(db.read_only)
        self.empty_state.set_message(
            QCoreApplication.translate(PAGE_CONTEXT, registers.POSTS.empty_title),
            QCoreApplication.translate(PAGE_CONTEXT, registers.POSTS.empty_text),
        )
        self.empty_state.add_button(self.new_button.text(), self.new_button.click, "empty_new")
        self.body = EmptyStack(self.tabs, self.empty_state)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addLayout(actions)
        centre_layout.addWidget(self.body, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(centre)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 900])  # room for a channel name like «Спортивная жизнь «Контакта»»
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    @property
    def choice_combo(self) -> QComboBox | None:
        """The channel filter of the list tab."""
        return self.list_page.choice_combo

    # -- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        super().reload()
        self._load_channels()
        self.calendar.reload()
        self.list_page.reload()  # ``loaded`` follows when the list is on screen

    @Slot()
    def _on_list_loaded(self) -> None:
        self._update_buttons()
        self.loaded.emit()

    def _load_channels(self) -> None:
        unticked = {
            item.data(_ID_ROLE)
            for item in self._channel_items()
            if item.checkState() != Qt.CheckState.Checked
        }
        current = self.current_channel()
        with self._db.session() as session:
            self._channels = channel_rows(session)
        self.channel_list.blockSignals(True)
        self.channel_list.clear()
        for row in self._channels:
            item = QListWidgetItem(_swatch(row.colour), f"{row.name} ({row.post_count})")
            item.setData(_ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked if row.id in unticked else Qt.CheckState.Checked
            )
            tip = [row.name, row.url, row.description]
            if row.is_system:
                tip.append(self.tr("System channel of the Centre"))
            item.setToolTip("\n".join(t for t in tip if t))
            self.channel_list.addItem(item)
            if current is not None and row.id == current.id:
                self.channel_list.setCurrentItem(item)
        self.channel_list.blockSignals(False)
        self.body.show_empty(not any(row.post_count for row in self._channels))
        self.calendar.set_channel_ids(self.ticked_channel_ids())
        self._update_buttons()

    def _channel_items(self) -> list[QListWidgetItem]:
        return [self.channel_list.item(i) for i in range(self.channel_list.count())]

    def ticked_channel_ids(self) -> list[int] | None:
        """The ticked channels; None when all are ticked (new channels show too)."""
        items = self._channel_items()
        ticked = [i.data(_ID_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]
        return None if len(ticked) == len(items) else ticked

    @Slot(QListWidgetItem)
    def _on_channel_ticked(self, _item: QListWidgetItem) -> None:
        self.calendar.set_channel_ids(self.ticked_channel_ids())

    @Slot()
    def _update_warnings(self) -> None:
        start, end = self.calendar.period()
        with self._db.session() as session:
            overdue = len(overdue_posts(session, common.now()))
            minutes = settings.post_min_interval_minutes(session)
            crowded = len(crowded_posts(session, start, end, minutes))
        self.warnings.setText(self.tr("Overdue: {0} · Too close: {1}").format(overdue, crowded))
        self.warnings.setToolTip(
            self.tr(
                "Overdue: planned posts whose time has passed and that are not published.\n"
                "Too close: posts of one channel less than {0} min apart in the shown period."
            ).format(minutes)
        )
        if overdue or crowded:
            paint_error(self.warnings)
        else:
            paint_plain(self.warnings)

    # -- selection -----------------------------------------------------------------------

    def current_channel(self) -> ChannelRow | None:
        item = self.channel_list.currentItem()
        if item is None:
            return None
        return next((row for row in self._channels if row.id == item.data(_ID_ROLE)), None)

    def selected_post_id(self) -> int | None:
        if self.tabs.currentWidget() is self.calendar:
            return self.calendar.selected_post_id()
        record = self.list_page.selected_record()
        return record.id if record is not None else None

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        has_post = self.selected_post_id() is not None
        for button in (
            self.edit_button,
            self.published_button,
            self.cancel_button,
            self.delete_button,
        ):
            button.setEnabled(has_post)
        channel = self.current_channel()
        self.edit_channel_button.setEnabled(channel is not None)
        self.delete_channel_button.setEnabled(channel is not None and not channel.is_system)

    @Slot()
    def _after_change(self) -> None:
        self.reload()
        self.data_changed.emit()

    def focus_filter(self) -> None:
        self.tabs.setCurrentWidget(self.list_page)
        self.list_page.focus_filter()

    # -- posts ---------------------------------------------------------------------------

    @Slot(object)
    def new_post_on(self, day: dt.date | None) -> None:
        channel = self.current_channel()
        dialog = PostDialog(
            self._db, day=day, channel_id=channel.id if channel else None, parent=self
        )
        if run_dialog(dialog):
            self._after_change()

    @Slot(int)
    def edit_post(self, post_id: int | None = None) -> None:
        post_id = post_id if post_id is not None else self.selected_post_id()
        if post_id is None:
            return
        if run_dialog(PostDialog(self._db, post_id, parent=self)):
            self._after_change()

    def _set_status(self, status: PostStatus) -> None:
        post_id = self.selected_post_id()
        if post_id is None:
            return
        try:
            with self._db.transaction() as session:
                set_post_status(
                    session,
                    post_id,
                    status,
                    published_at=common.now() if status == PostStatus.PUBLISHED else None,
                    today=common.today(),
                )
        except ValidationError as exc:
            self._refuse(exc)
            return
        self._after_change()

    @Slot()
    def mark_published(self) -> None:
        self._set_status(PostStatus.PUBLISHED)

    @Slot()
    def cancel_post(self) -> None:
        self._set_status(PostStatus.CANCELLED)

    @Slot()
    def remove_post(self) -> None:
        post_id = self.selected_post_id()
        if post_id is None:
            return
        with self._db.session() as session:
            form = load_post(session, post_id)
        scope = "one"
        if form.in_series:
            answer = common.ask_scope(self, self.tr("Delete"))
            if answer is None:
                return
            scope = answer
        else:
            question = QMessageBox.question(
                self,
                self.tr("Delete the post"),
                self.tr("Delete the post «{0}» of {1}?").format(
                    form.draft.title, f"{form.draft.planned_at:%d.%m.%Y %H:%M}"
                ),
            )
            if question != QMessageBox.StandardButton.Yes:
                return
        try:
            with self._db.transaction() as session:
                delete_post(session, post_id, scope)  # type: ignore[arg-type]
        except ValidationError as exc:
            self._refuse(exc)
            return
        self._after_change()

    def _refuse(self, exc: ValidationError) -> None:
        QMessageBox.warning(self, self.tr("Not done"), "\n".join(exc.errors.values()))

    # -- channels ------------------------------------------------------------------------

    @Slot()
    def add_channel(self) -> None:
        if run_dialog(ChannelDialog(self._db, None, self)):
            self._after_change()

    @Slot()
    def edit_channel(self) -> None:
        channel = self.current_channel()
        if channel is not None and run_dialog(ChannelDialog(self._db, channel, self)):
            self._after_change()

    @Slot()
    def remove_channel(self) -> None:
        channel = self.current_channel()
        if channel is None:
            return
        question = QMessageBox.question(
            self, self.tr("Delete the channel"), self.tr("Delete «{0}»?").format(channel.name)
        )
        if question != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._db.transaction() as session:
                delete_channel(session, channel.id)
        except ValidationError as exc:
            self._refuse(exc)
            return
        self._after_change()
