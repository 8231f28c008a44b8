"""The panel beside a people register: the selected person's card, posts or groups, family,
Sferum state, consent, join requests, open Sferum tasks and movement; the family links
editor; and the movement actions (they open the movement journal's event dialog)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...data.models import ConsentState, MovementKind, PersonKind
from ...services.organisation import ValidationError
from ...services.people import family
from ...services.people.detail import PersonDetail, person_detail
from .. import theme
from ..formatting import display_text
from ..movement.event_dialog import EventDialog
from ..pages.registers import phone_text
from .common import run_dialog, today
from .link_dialog import LinkPersonDialog, relation_combo

_MOVES = {
    PersonKind.STAFF: (
        ("hire", MovementKind.STAFF_HIRED),
        ("transfer_staff", MovementKind.STAFF_TRANSFERRED),
        ("dismiss", MovementKind.STAFF_DISMISSED),
    ),
    PersonKind.STUDENT: (
        ("enrol", MovementKind.STUDENT_ENROLLED),
        ("transfer_student", MovementKind.STUDENT_TRANSFERRED),
        ("expel", MovementKind.STUDENT_EXPELLED),
    ),
}


def _heading(text: str) -> str:
    return f"<h4>{html.escape(text)}</h4>"


def _d(value: object) -> str:
    return html.escape(display_text(value))


class PersonDetailPanel(QWidget):
    """Shows :func:`person_detail` for one person; ``changed`` follows a stored change."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("person_detail")
        self._db = db
        self.detail: PersonDetail | None = None

        self.text = QTextBrowser()
        self.text.setObjectName("detail_text")
        self.text.setOpenExternalLinks(False)

        self.family_label = QLabel()
        self.relatives = QListWidget()
        self.relatives.setObjectName("relatives")
        self.relatives.setMaximumHeight(self.relatives.fontMetrics().height() * 6)
        self.relatives.currentItemChanged.connect(self._on_relative)
        self.add_link_button = QPushButton()
        self.add_link_button.setObjectName("add_link")
        self.add_link_button.clicked.connect(self.add_link)
        self.remove_link_button = QPushButton(self.tr("Remove link"))
        self.remove_link_button.setObjectName("remove_link")
        self.remove_link_button.clicked.connect(self.remove_link)
        self.relation = relation_combo()
        self.relation.activated.connect(self._on_relation_chosen)
        family_buttons = QHBoxLayout()
        family_buttons.addWidget(self.add_link_button)
        family_buttons.addWidget(self.remove_link_button)
        family_buttons.addWidget(self.relation)
        family_buttons.addStretch(1)

        labels = {
            "hire": self.tr("Hire…"),
            "transfer_staff": self.tr("Transfer…"),
            "dismiss": self.tr("Dismiss…"),
            "enrol": self.tr("Enrol…"),
            "transfer_student": self.tr("Transfer…"),
            "expel": self.tr("Expel…"),
        }
        self.move_buttons: dict[str, QPushButton] = {}
        moves = QHBoxLayout()
        for kind_moves in _MOVES.values():
            for name, movement in kind_moves:
                button = QPushButton(labels[name])
                button.setObjectName(name)
                button.setProperty("movement", movement.value)
                button.clicked.connect(self._on_move_button)
                moves.addWidget(button)
                self.move_buttons[name] = button
        moves.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.family_label)
        layout.addWidget(self.relatives)
        layout.addLayout(family_buttons)
        layout.addLayout(moves)
        self.show_person(None)

    # -- showing -------------------------------------------------------------------------

    def show_person(self, person_id: int | None) -> None:
        self.detail = None
        if person_id is not None:
            with self._db.session() as session:
                try:
                    self.detail = person_detail(session, person_id, today())
                except LookupError:
                    self.detail = None
        self._render()

    def refresh(self) -> None:
        self.show_person(self.detail.id if self.detail else None)

    def _render(self) -> None:
        detail = self.detail
        has = detail is not None and detail.anonymised_on is None
        for widget in (self.relatives, self.add_link_button, self.relation, self.family_label):
            widget.setVisible(detail is not None)
        self.remove_link_button.setVisible(detail is not None)
        self.relatives.clear()
        if detail is None:
            hint = self.tr("Choose a person in the list.")
            self.text.setHtml(f"<p><i>{html.escape(hint)}</i>")
            for button in self.move_buttons.values():
                button.setVisible(False)
            return
        self.text.setHtml(self._html(detail))
        as_child = detail.kind == PersonKind.STUDENT
        self.family_label.setText(self.tr("Parents:") if as_child else self.tr("Children:"))
        self.add_link_button.setText(self.tr("Add parent…") if as_child else self.tr("Add child…"))
        for relative in detail.parents if as_child else detail.children:
            item = QListWidgetItem(f"{relative.full_name} — {relative.relation.label}")
            item.setData(Qt.ItemDataRole.UserRole, relative.person_id)
            self.relatives.addItem(item)
        self.add_link_button.setEnabled(has)
        own_moves = {name for name, _ in _MOVES.get(detail.kind, ())}
        for name, button in self.move_buttons.items():
            button.setVisible(name in own_moves)
            button.setEnabled(has)
        self._on_relative()

    def relative_names(self) -> list[str]:
        return [self.relatives.item(r).text() for r in range(self.relatives.count())]

    def _html(self, d: PersonDetail) -> str:
        parts = [f"<h3>{html.escape(d.full_name)}</h3>"]
        card = d.card
        lines = [(self.tr("Kind"), d.kind.label)]
        if d.anonymised_on:
            lines.append((self.tr("Personal data erased"), display_text(d.anonymised_on)))
        if card.birth_date:
            lines.append((self.tr("Birth date"), f"{display_text(card.birth_date)} ({d.age})"))
        lines += [
            (self.tr("Phone"), phone_text(card.phone) or ""),
            (self.tr("E-mail"), card.email),
            (self.tr("Consent"), self._consent_text(d)),
        ]
        if card.note:
            lines.append((self.tr("Note"), card.note))
        parts.append(self._table(lines))
        if d.employments:
            parts.append(_heading(self.tr("Employment")) + "<ul>")
            for e in d.employments:
                until = f" — {_d(e.dismissed_on)}" if e.dismissed_on else ""
                order = f", {html.escape(e.hire_order)}" if e.hire_order else ""
                parts.append(f"<li>{html.escape(e.position)}: {_d(e.hired_on)}{until}{order}</li>")
            parts.append("</ul>")
        if d.enrolments:
            parts.append(_heading(self.tr("Groups")) + "<ul>")
            past = self.tr("past")
            for g in d.enrolments:
                mark = "" if g.current else f" <i>({html.escape(past)})</i>"
                until = f" — {_d(g.left_on)}" if g.left_on else ""
                parts.append(
                    f"<li>{html.escape(g.group_name)}: {_d(g.enrolled_on)}{until}{mark}</li>"
                )
            parts.append("</ul>")
        parts.append(_heading(self.tr("Sferum")))
        ms = d.membership
        sferum = [(self.tr("State"), ms.state.label)]
        for label, value in (
            (self.tr("Invited"), ms.invited_on),
            (self.tr("Invite link"), ms.invite_link_url),
            (self.tr("Join request"), ms.requested_on),
            (self.tr("Joined"), ms.joined_on),
            (self.tr("Teacher status verified"), ms.verified_on),
            (self.tr("Extra administrator since"), ms.admin_since),
            (self.tr("Removed"), ms.removed_on),
        ):
            if value:
                sferum.append((label, display_text(value)))
        parts.append(self._table(sferum))
        if d.join_requests:
            parts.append(_heading(self.tr("Join requests")) + "<ul>")
            for r in d.join_requests:
                parts.append(
                    f"<li>{_d(r.received_on)}: {html.escape(r.decision_text)}"
                    f"{' ' + _d(r.decided_on) if r.decided_on else ''}</li>"
                )
            parts.append("</ul>")
        if d.open_tasks:
            parts.append(_heading(self.tr("Open Sferum tasks")) + "<ul>")
            due_word = self.tr("due")
            red = theme.error_colour(self.palette()).name()
            for t in d.open_tasks:
                due = f" ({html.escape(due_word)} {_d(t.due_on)})" if t.due_on else ""
                style = f' style="color:{red}"' if t.overdue else ""
                parts.append(f"<li{style}>{html.escape(t.title)}{due}</li>")
            parts.append("</ul>")
        if d.events:
            parts.append(_heading(self.tr("Movement")) + "<ul>")
            cancelled_word = self.tr("cancelled")
            for ev in d.events:
                where = " → ".join(filter(None, (ev.from_group, ev.to_group)))
                extra = ", ".join(filter(None, (where, ev.order)))
                cancelled = f" <i>({html.escape(cancelled_word)})</i>" if ev.cancelled_on else ""
                parts.append(
                    f"<li>{_d(ev.effective_on)} {html.escape(ev.kind)}"
                    f"{': ' + html.escape(extra) if extra else ''}{cancelled}</li>"
                )
            parts.append("</ul>")
        return "".join(parts)

    def _consent_text(self, d: PersonDetail) -> str:
        if d.consent_state == ConsentState.NONE:
            return d.consent_state.label
        text = f"{d.consent_state.label} {display_text(d.consent_on)}"
        if d.consent_document:
            text += f" ({d.consent_document})"
        return text

    @staticmethod
    def _table(lines: list[tuple[str, str]]) -> str:
        rows = "".join(
            f"<tr><td><b>{html.escape(k)}:</b></td><td>{html.escape(v or '—')}</td></tr>"
            for k, v in lines
        )
        return f"<table cellspacing='2'>{rows}</table>"

    # -- family links --------------------------------------------------------------------

    def _selected_relative(self) -> int | None:
        item = self.relatives.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _pair(self, other_id: int) -> tuple[int, int]:
        assert self.detail is not None
        if self.detail.kind == PersonKind.STUDENT:
            return other_id, self.detail.id
        return self.detail.id, other_id

    @Slot()
    def _on_relative(self) -> None:
        other = self._selected_relative()
        editable = other is not None and self.detail is not None
        self.remove_link_button.setEnabled(editable)
        self.relation.setEnabled(editable)
        if other is None or self.detail is None:
            return
        relatives = (
            self.detail.parents if self.detail.kind == PersonKind.STUDENT else self.detail.children
        )
        for relative in relatives:
            if relative.person_id == other:
                self.relation.setCurrentIndex(self.relation.findData(relative.relation))

    def _store(self, action: object, *args: object) -> bool:
        try:
            with self._db.transaction() as session:
                action(session, *args)  # type: ignore[operator]
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("The link is not changed"), str(exc))
            return False
        self.refresh()
        self.changed.emit()
        return True

    @Slot()
    def add_link(self) -> None:
        if self.detail is None:
            return
        dialog = LinkPersonDialog(self._db, self.detail.id, self.detail.kind, self)
        if not run_dialog(dialog) or dialog.chosen_id is None:
            return
        parent_id, student_id = self._pair(dialog.chosen_id)
        self._store(family.link_parent, parent_id, student_id, dialog.relation_value)

    @Slot()
    def remove_link(self) -> None:
        other = self._selected_relative()
        if other is None or self.detail is None:
            return
        item = self.relatives.currentItem()
        answer = QMessageBox.question(
            self,
            self.tr("Remove the link"),
            self.tr("Remove the link «{0}» with {1}?").format(item.text(), self.detail.full_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._store(family.unlink_parent, *self._pair(other))

    @Slot(int)
    def _on_relation_chosen(self, _index: int) -> None:
        other = self._selected_relative()
        if other is None:
            return
        self._store(family.set_relation, *self._pair(other), self.relation.currentData())

    # -- movement ------------------------------------------------------------------------

    @Slot()
    def _on_move_button(self) -> None:
        button = self.sender()
        if self.detail is None or not isinstance(button, QPushButton):
            return
        self.open_event_dialog(MovementKind(button.property("movement")))

    def open_event_dialog(self, kind: MovementKind) -> bool:
        """Open the movement journal's event dialog for this person; True once stored."""
        if self.detail is None:
            return False

        groups = self.detail.current_group_ids
        group_id = groups[0] if len(groups) == 1 and kind != MovementKind.STUDENT_ENROLLED else None
        dialog = EventDialog(
            self._db, parent=self, kind=kind, person_id=self.detail.id, group_id=group_id
        )
        if not run_dialog(dialog):
            return False
        self.refresh()
        self.changed.emit()
        return True
