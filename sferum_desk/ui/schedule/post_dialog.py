"""The post dialog: a new post (once or as a recurring series) or an edit of one post,
asking for a post of a series whether the edit is for it, the following ones or all. The
rule of an existing post can be changed too («Изменить правило…»): from this post on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...data.models import PostStatus
from ...services import choices
from ...services.organisation import ValidationError
from ...services.schedule import (
    PostDraft,
    Recurrence,
    add_post,
    add_series,
    change_series_rule,
    channel_rows,
    load_post,
    update_post,
)
from ..form_widgets import date_edit, edit_date, error_label, ok_cancel_buttons, show_errors
from ..movement.widgets import PersonPicker
from ..tab_order import follow_layout
from . import common

_RULE_FIELDS = ("freq", "interval", "weekdays", "month_day", "until", "count", "recurrence")
# Each with its own Alt+letter (п and т are shared by пн, пт and чт)
_WEEKDAY_NAMES = ("&пн", "&вт", "с&р", "&чт", "п&т", "с&б", "в&с")
_FIELD_ALIASES = {"channel_id": "channel", "provided_by_id": "provided_by"}


class RecurrenceBox(QGroupBox):
    """«Повторять»: none / daily / weekly on weekdays / monthly on day N; until a date or N
    times; the rule's Russian description shown as it changes."""

    def __init__(self, first_day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Repeat"))
        self.setObjectName("recurrence")
        self.freq = QComboBox()
        self.freq.setObjectName("freq")
        self.freq.addItem(self.tr("Do not repeat"), None)
        self.freq.addItem(self.tr("Daily"), "daily")
        self.freq.addItem(self.tr("Weekly"), "weekly")
        self.freq.addItem(self.tr("Monthly"), "monthly")
        self.interval = QSpinBox()
        self.interval.setObjectName("interval")
        self.interval.setRange(1, 99)
        self.interval.setPrefix(self.tr("every "))
        self.weekdays: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for index, name in enumerate(_WEEKDAY_NAMES):
            box = QCheckBox(name)
            box.setObjectName(f"weekday_{index}")
            box.setChecked(index == first_day.weekday())
            box.toggled.connect(self._changed)
            self.weekdays.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.month_day = QSpinBox()
        self.month_day.setObjectName("month_day")
        self.month_day.setRange(1, 31)
        self.month_day.setValue(first_day.day)
        self.month_day.setSuffix(self.tr(" day of the month"))
        self.until_radio = QRadioButton(self.tr("&until"))
        self.until_radio.setObjectName("until_radio")
        self.until = date_edit(_default_until(first_day), "until")
        self.count_radio = QRadioButton(self.tr("ti&mes:"))
        self.count_radio.setObjectName("count_radio")
        self.count = QSpinBox()
        self.count.setObjectName("count")
        self.count.setRange(1, 400)
        self.count.setValue(4)
        self.until_radio.setChecked(True)
        self.description = QLabel()
        self.description.setObjectName("rule_description")
        self.description.setWordWrap(True)
        end_row = QHBoxLayout()
        end_row.addWidget(self.until_radio)
        end_row.addWidget(self.until)
        end_row.addSpacing(12)
        end_row.addWidget(self.count_radio)
        end_row.addWidget(self.count)
        end_row.addStretch(1)
        head = QHBoxLayout()
        head.addWidget(self.freq)
        head.addWidget(self.interval)
        head.addStretch(1)
        form = QFormLayout(self)
        form.addRow(head)
        form.addRow(self.tr("On:"), days_row)
        form.addRow(self.tr("&Day of the month:"), self.month_day)
        form.addRow(self.tr("Ends:"), end_row)
        form.addRow(self.description)
        for signal in (
            self.freq.currentIndexChanged,
            self.interval.valueChanged,
            self.month_day.valueChanged,
            self.until.dateChanged,
            self.count.valueChanged,
            self.until_radio.toggled,
        ):
            signal.connect(self._changed)
        self._changed()

    def rule(self) -> Recurrence | None:
        freq = self.freq.currentData()
        if freq is None:
            return None
        return Recurrence(
            freq=freq,
            interval=self.interval.value(),
            weekdays=tuple(i for i, box in enumerate(self.weekdays) if box.isChecked())
            if freq == "weekly"
            else (),
            month_day=self.month_day.value() if freq == "monthly" else None,
            until=edit_date(self.until) if self.until_radio.isChecked() else None,
            count=self.count.value() if self.count_radio.isChecked() else None,
        )

    def set_freq(self, freq: str | None) -> None:
        self.freq.setCurrentIndex(max(0, self.freq.findData(freq)))

    def set_rule(self, rule: Recurrence | None) -> None:
        """Show ``rule`` (a series' stored rule) in the fields."""
        self.set_freq(rule.freq if rule is not None else None)
        if rule is None:
            return
        self.interval.setValue(rule.interval)
        if rule.weekdays:
            for index, box in enumerate(self.weekdays):
                box.setChecked(index in rule.weekdays)
        if rule.month_day is not None:
            self.month_day.setValue(rule.month_day)
        if rule.count is not None:
            self.count_radio.setChecked(True)
            self.count.setValue(rule.count)
        else:
            self.until_radio.setChecked(True)
            if rule.until is not None:
                self.until.setDate(QDate(rule.until))

    def refresh(self) -> None:
        """Show the rule's own description again (and the fields' enabled states)."""
        self._changed()

    @Slot()
    def _changed(self, *_args: object) -> None:
        freq = self.freq.currentData()
        repeating = freq is not None
        for widget in (self.interval, self.until_radio, self.until, self.count_radio, self.count):
            widget.setEnabled(repeating)
        self.until.setEnabled(repeating and self.until_radio.isChecked())
        self.count.setEnabled(repeating and self.count_radio.isChecked())
        for box in self.weekdays:
            box.setEnabled(freq == "weekly")
        self.month_day.setEnabled(freq == "monthly")
        rule = self.rule()
        if rule is None:
            self.description.setText(self.tr("The post is published once."))
            return
        problems = rule.problems()
        self.description.setText(
            "\n".join(problems.values())
            if problems
            else self.tr("Repeats {0}.").format(rule.describe())
        )


def _default_until(day: dt.date) -> dt.date:
    """The end of the academic year the day is in (31 May): a usual end of a series."""
    year = day.year if day.month < 6 else day.year + 1
    return dt.date(year, 5, 31)


class PostDialog(QDialog):
    """New post (``post_id`` None; on ``day`` at 10:00 by default) or edit of a post.
    After OK ``post_ids`` are the ids of the stored posts."""

    def __init__(
        self,
        db: Database,
        post_id: int | None = None,
        day: dt.date | None = None,
        channel_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("post_dialog")
        self.setMinimumWidth(620)
        self._db = db
        self._post_id = post_id
        self.post_ids: list[int] = []
        with db.session() as session:
            channels = channel_rows(session)
            people = choices.person_choices(session)
            form = load_post(session, post_id) if post_id is not None else None
        self._form = form
        self.setWindowTitle(self.tr("Edit the post") if form else self.tr("New post"))
        start = dt.datetime.combine(day or common.today(), dt.time(10, 0))
        draft = form.draft if form is not None else None

        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for row in channels:
            self.channel.addItem(row.name, row.id)
        wanted = draft.channel_id if draft is not None else channel_id
        if wanted is not None:
            self.channel.setCurrentIndex(max(0, self.channel.findData(wanted)))
        planned = draft.planned_at if draft is not None else start
        self.day = date_edit(planned.date(), "day")
        self.time = QTimeEdit(QTime(planned.hour, planned.minute))
        self.time.setObjectName("time")
        self.time.setDisplayFormat("HH:mm")
        self.title = QLineEdit(draft.title if draft else "")
        self.title.setObjectName("title")
        self.body = QPlainTextEdit(draft.body if draft else "")
        self.body.setObjectName("body")
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(110)
        self.status = QComboBox()
        self.status.setObjectName("status")
        for status in PostStatus:
            self.status.addItem(status.label, status)
        self.status.setCurrentIndex(
            self.status.findData(draft.status if draft else PostStatus.DRAFT)
        )
        published = (draft.published_at if draft else None) or common.now()
        self.published_at = QDateTimeEdit(QDateTime(published))
        self.published_at.setObjectName("published_at")
        self.published_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.published_at.setCalendarPopup(True)
        self.provided_by = PersonPicker(self, none_text=self.tr("— not specified —"))
        self.provided_by.set_choices(people, keep=draft.provided_by_id if draft else None)
        self.attachments = QListWidget()
        self.attachments.setObjectName("attachments")
        self.attachments.setMaximumHeight(90)
        for path in draft.attachments if draft else []:
            self._add_attachment(path)
        self.add_file = QPushButton(self.tr("Add &file…"))
        self.add_file.setObjectName("add_file")
        self.add_file.clicked.connect(self.choose_files)
        self.remove_file = QPushButton(self.tr("&Remove"))
        self.remove_file.setObjectName("remove_file")
        self.remove_file.clicked.connect(self.remove_selected_file)
        self.note = QLineEdit(draft.note if draft else "")
        self.note.setObjectName("note")
        self.recurrence = RecurrenceBox(planned.date())
        self.change_rule = QPushButton(self.tr("C&hange the rule…"))
        self.change_rule.setObjectName("change_rule")
        self.change_rule.clicked.connect(self.edit_rule)
        self.rule_note = QLabel(self.tr("A change of the rule applies from this post on."))
        self.rule_note.setObjectName("rule_note")
        self.rule_note.setWordWrap(True)
        self.change_rule.setVisible(form is not None)
        self.rule_note.setVisible(form is not None)
        self._initial_rule: Recurrence | None = None
        if form is not None:
            self.recurrence.setEnabled(False)
            self.recurrence.set_rule(form.rule)
            self._initial_rule = self.recurrence.rule()
            self.recurrence.description.setText(self._series_text())

        names = ("channel", "planned_at", "title", "body", "status", "published_at")
        self.errors = {name: error_label(name) for name in names}
        for name in ("provided_by", "attachments", "note", "recurrence"):
            self.errors[name] = error_label(name)
        self.summary = error_label("summary")

        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.time)
        when.addStretch(1)
        files = QHBoxLayout()
        files.addWidget(self.attachments, 1)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.add_file)
        file_buttons.addWidget(self.remove_file)
        file_buttons.addStretch(1)
        files.addLayout(file_buttons)
        layout_form = QFormLayout()
        layout_form.addRow(self.tr("&Channel:"), self.channel)
        layout_form.addRow("", self.errors["channel"])
        layout_form.addRow(self.tr("&When:"), when)
        layout_form.labelForField(when).setBuddy(self.day)
        layout_form.addRow("", self.errors["planned_at"])
        layout_form.addRow(self.tr("T&itle:"), self.title)
        layout_form.addRow("", self.errors["title"])
        layout_form.addRow(self.tr("&Text:"), self.body)
        layout_form.addRow("", self.errors["body"])
        layout_form.addRow(self.tr("&Status:"), self.status)
        layout_form.addRow("", self.errors["status"])
        layout_form.addRow(self.tr("&Published at:"), self.published_at)
        layout_form.addRow("", self.errors["published_at"])
        layout_form.addRow(self.tr("Mat&erial from:"), self.provided_by)
        layout_form.labelForField(self.provided_by).setBuddy(self.provided_by.filter_edit)
        layout_form.addRow("", self.errors["provided_by"])
        layout_form.addRow(self.tr("&Attachments:"), files)
        layout_form.labelForField(files).setBuddy(self.attachments)
        layout_form.addRow("", self.errors["attachments"])
        layout_form.addRow(self.tr("&Note:"), self.note)
        layout_form.addRow("", self.errors["note"])
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(layout_form)
        layout.addWidget(self.recurrence)
        rule_row = QHBoxLayout()
        rule_row.addWidget(self.rule_note, 1)
        rule_row.addWidget(self.change_rule)
        layout.addLayout(rule_row)
        layout.addWidget(self.errors["recurrence"])
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        follow_layout(self)
        self.status.currentIndexChanged.connect(self._update_fields)
        self._update_fields()
        self.title.setFocus()

    def _series_text(self) -> str:
        form = self._form
        if form is None or not form.in_series:
            return self.tr("The post is not part of a series.")
        text = self.tr("Part of a series of %n post(s).", "", form.series_size)
        if form.rule is not None:
            text += " " + self.tr("Repeats {0}.").format(form.rule.describe())
        return text

    @Slot()
    def edit_rule(self) -> None:
        """Make «Повторять» editable for an existing post (the change is saved from this
        post on, without the scope question)."""
        self.recurrence.setEnabled(True)
        self.recurrence.refresh()
        self.change_rule.setEnabled(False)

    def rule_changed(self) -> bool:
        """Whether the user changed the rule of the existing post being edited."""
        return (
            self._form is not None
            and self.recurrence.isEnabled()
            and self.recurrence.rule() != self._initial_rule
        )

    @Slot()
    def _update_fields(self, *_args: object) -> None:
        self.published_at.setEnabled(self.status.currentData() == PostStatus.PUBLISHED)

    # -- attachments -------------------------------------------------------------------

    def _add_attachment(self, path: str) -> None:
        text = path if Path(path).exists() else self.tr("{0} — ⚠ not found").format(path)
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, path)
        item.setToolTip(path)
        self.attachments.addItem(item)

    def attachment_paths(self) -> list[str]:
        return [
            self.attachments.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.attachments.count())
        ]

    @Slot()
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        known = set(self.attachment_paths())
        for path in paths:
            if path not in known:
                self._add_attachment(path)

    @Slot()
    def remove_selected_file(self) -> None:
        for item in self.attachments.selectedItems():
            self.attachments.takeItem(self.attachments.row(item))

    # -- saving ------------------------------------------------------------------------

    def draft(self) -> PostDraft:
        status = self.status.currentData()
        planned = dt.datetime.combine(edit_date(self.day), self.time.time().toPython())
        published = None
        if status == PostStatus.PUBLISHED:
            published = self.published_at.dateTime().toPython().replace(second=0, microsecond=0)
        return PostDraft(
            channel_id=self.channel.currentData(),
            planned_at=planned,
            title=self.title.text().strip(),
            body=self.body.toPlainText(),
            status=status,
            published_at=published,
            provided_by_id=self.provided_by.person_id(),
            note=self.note.text().strip(),
            attachments=self.attachment_paths(),
        )

    def _show(self, exc: ValidationError | None) -> None:
        if exc is not None:
            errors: dict[str, str] = {}
            for key, message in exc.errors.items():
                key = "recurrence" if key in _RULE_FIELDS else _FIELD_ALIASES.get(key, key)
                errors[key] = f"{errors[key]}\n{message}" if key in errors else message
            exc = ValidationError(errors)
        show_errors(self.errors, self.summary, exc)

    @Slot()
    def accept(self) -> None:
        draft = self.draft()
        if draft.channel_id is None:
            self._show(ValidationError({"channel": self.tr("Add a channel first.")}))
            return
        scope = "one"
        form = self._form
        if self.rule_changed():
            self._save_rule()
            return
        if form is not None and form.in_series:
            answer = common.ask_scope(self, self.tr("Save the changes for"))
            if answer is None:
                return
            scope = answer
        try:
            with self._db.transaction() as session:
                if form is not None and self._post_id is not None:
                    post = update_post(
                        session,
                        self._post_id,
                        draft,
                        form.version,
                        scope,  # type: ignore[arg-type]
                        today=common.today(),
                    )
                    self.post_ids = [post.id]
                else:
                    rule = self.recurrence.rule()
                    if rule is None:
                        posts = [add_post(session, draft, today=common.today())]
                    else:
                        posts = add_series(session, draft, rule, today=common.today())
                    session.flush()
                    self.post_ids = [post.id for post in posts]
        except ValidationError as exc:
            self._show(exc)
            return
        super().accept()

    def _save_rule(self) -> None:
        """Save the edit with the new rule: always this post and the following ones."""
        assert self._form is not None and self._post_id is not None
        try:
            with self._db.transaction() as session:
                posts = change_series_rule(
                    session,
                    self._post_id,
                    self.draft(),
                    self._form.version,
                    self.recurrence.rule(),
                    today=common.today(),
                )
                self.post_ids = [post.id for post in posts]
        except ValidationError as exc:
            self._show(exc)
            return
        super().accept()
