"""The person's Sferum state: invited (by which link), join request received, joined,
teacher status verified and extra administrator (staff only), removed — each with a date.

A step already recorded stays ticked (its date can be corrected); the changes are stored
in one transaction, in the order the steps happen, through ``services.people.sferum_state``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...data.engine import Database
from ...data.models import MembershipState, PersonKind
from ...services.choices import invite_link_choices
from ...services.organisation import ValidationError
from ...services.people import sferum_state
from ...services.people.detail import MembershipInfo, PersonDetail
from ..form_widgets import ok_cancel_buttons
from .common import date_edit, edit_date, error_label, fill_combo, select_data, show_error, today


class SferumStateDialog(QDialog):
    def __init__(self, db: Database, detail: PersonDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sferum_state_dialog")
        self._db = db
        self._detail = detail
        self._before: MembershipInfo = detail.membership
        self.setWindowTitle(self.tr("Sferum: {0}").format(detail.full_name))
        ms = detail.membership
        staff = detail.kind == PersonKind.STAFF

        self.checks: dict[str, QCheckBox] = {}
        self.dates: dict[str, QDateEdit] = {}
        grid = QGridLayout()
        steps = [
            ("invited", self.tr("&Invited"), ms.invited_on),
            ("requested", self.tr("J&oin request received"), ms.requested_on),
            ("joined", self.tr("&Joined"), ms.joined_on),
        ]
        if staff:
            steps += [
                ("verified", self.tr("&Teacher status verified"), ms.verified_on),
                ("admin", self.tr("&Extra administrator"), ms.admin_since),
            ]
        steps.append(("removed", self.tr("&Removed from Sferum"), ms.removed_on))
        for row, (name, label, day) in enumerate(steps):
            check = QCheckBox(label)
            check.setObjectName(f"{name}_check")
            check.setChecked(day is not None)
            edit = date_edit(day or today())
            edit.setObjectName(f"{name}_on")
            edit.setEnabled(day is not None)
            check.toggled.connect(edit.setEnabled)
            grid.addWidget(check, row * 2, 0)
            grid.addWidget(edit, row * 2, 1)
            self.checks[name] = check
            self.dates[name] = edit
            if name == "invited":
                self.link = QComboBox()
                self.link.setObjectName("invite_link")
                with db.session() as session:
                    fill_combo(
                        self.link, invite_link_choices(session, ms.invite_link_id), self.tr("none")
                    )
                select_data(self.link, ms.invite_link_id)
                grid.addWidget(QLabel(self.tr("by the link:")), row * 2 + 1, 0)
                grid.addWidget(self.link, row * 2 + 1, 1)
        # Steps recorded already cannot be unticked: Sferum has no «un-invite».
        for name in ("invited", "requested", "joined"):
            if self.checks[name].isChecked():
                self.checks[name].setEnabled(False)
        if ms.state == MembershipState.REMOVED:
            self.checks["removed"].setEnabled(False)

        self.error = error_label("sferum")
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("State: {0}").format(ms.state.label)))
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _value(self, name: str) -> dt.date | None:
        check = self.checks.get(name)
        if check is None or not check.isChecked():
            return None
        return edit_date(self.dates[name])

    def _steps(self) -> list[Callable[[Session], object]]:
        """The service calls that turn the stored state into the one on screen."""
        before, pid, day = self._before, self._detail.id, today()
        steps: list[Callable[[Session], object]] = []
        invited, link = self._value("invited"), self.link.currentData()
        if invited and (invited != before.invited_on or link != before.invite_link_id):
            steps.append(lambda s: sferum_state.mark_invited(s, pid, invited, link, today=day))
        requested = self._value("requested")
        if requested and requested != before.requested_on:
            steps.append(lambda s: sferum_state.mark_requested(s, pid, requested, today=day))
        joined = self._value("joined")
        settled = (MembershipState.JOINED, MembershipState.REMOVED)
        if joined and (joined != before.joined_on or before.state not in settled):
            steps.append(lambda s: sferum_state.mark_joined(s, pid, joined, today=day))
        for name, was, since, call in (
            (
                "verified",
                before.verified_teacher,
                before.verified_on,
                sferum_state.set_teacher_verified,
            ),
            ("admin", before.is_extra_admin, before.admin_since, sferum_state.set_extra_admin),
        ):
            if name not in self.checks:
                continue
            value = self._value(name)
            if bool(value) != was or (value and value != since):
                on = value or day
                steps.append(lambda s, c=call, v=bool(value), o=on: c(s, pid, v, o, today=day))
        removed = self._value("removed")
        if removed and (removed != before.removed_on or before.state != MembershipState.REMOVED):
            steps.append(lambda s: sferum_state.mark_removed(s, pid, removed, today=day))
        return steps

    @Slot()
    def accept(self) -> None:
        try:
            with self._db.transaction() as session:
                for step in self._steps():
                    step(session)
        except ValidationError as exc:
            show_error(self.error, str(exc))
            return
        super().accept()
