"""Сотрудники / Обучающиеся / Родители driven like the administrator does."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.ui.main_window import MainWindow
from sferum_desk.ui.people import PeoplePage
from sferum_desk.ui.people import common as people_common
from sferum_desk.ui.people.consent_dialog import ConsentDialog
from sferum_desk.ui.people.join_requests_dialog import JoinRequestsDialog, NewJoinRequestDialog
from sferum_desk.ui.people.link_dialog import LinkPersonDialog
from sferum_desk.ui.people.person_dialog import PersonDialog

from .conftest import TODAY
from .ui_helpers import click_navigation, main_window, populate_small, type_text


@pytest.fixture
def window(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001, ANN201
    monkeypatch.setattr(people_common, "today", lambda: TODAY)
    for module in ("person_dialog", "detail_panel", "consent_dialog", "sferum_dialog"):
        monkeypatch.setattr(f"sferum_desk.ui.people.{module}.today", lambda: TODAY)
    monkeypatch.setattr("sferum_desk.ui.people.join_requests_dialog.today", lambda: TODAY)
    populate_small(db)
    with main_window(qtbot, db) as opened:
        yield opened


def open_page(qtbot, window: MainWindow, key: str) -> PeoplePage:  # noqa: ANN001
    click_navigation(qtbot, window, key)
    page = window.pages[key]
    assert isinstance(page, PeoplePage)
    qtbot.waitUntil(lambda: page.count_label.text().startswith("Показано"))
    return page


def shown_names(page: PeoplePage) -> list[str]:
    return [row.full_name for row in page.shown_records()]


def filter_for(qtbot, page: PeoplePage, text: str) -> list[str]:  # noqa: ANN001
    page.filter_edit.clear()
    page.filter_edit.setFocus()
    type_text(page.filter_edit, text)
    return shown_names(page)


def drive(qtbot, monkeypatch, cls, fill, ok: bool = True) -> list:  # noqa: ANN001
    """Replace ``cls.exec``: show the dialog, let ``fill`` work it, then click OK."""
    seen: list = []

    def exec_(dialog: QDialog) -> int:
        seen.append(dialog)
        dialog.show()
        fill(dialog)
        if ok:
            button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def select_name(qtbot, page: PeoplePage, name: str) -> None:  # noqa: ANN001
    ids = {row.full_name: row.id for row in page.model.rows}
    assert page.select_record(ids[name])
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.full_name == name)


def test_filter_finds_by_name_phone_group_and_state(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    staff = open_page(qtbot, window, "staff")
    assert filter_for(qtbot, staff, "елкина") == ["Ёлкина Анна Сергеевна"]
    assert filter_for(qtbot, staff, "9001110002") == ["Петров Иван Ильич"]
    assert filter_for(qtbot, staff, "89001110002") == ["Петров Иван Ильич"]
    assert filter_for(qtbot, staff, "+7 900 111-00-01") == ["Ёлкина Анна Сергеевна"]
    students = open_page(qtbot, window, "students")
    assert filter_for(qtbot, students, "голос") == [
        "Ежов Максим Игоревич",
        "Петрова Алёна Ивановна",
    ]
    assert filter_for(qtbot, students, "в сферуме") == ["Ежов Максим Игоревич"]
    assert students.count_label.text() == "Показано 1 из 5"


def test_add_a_student_through_the_dialog(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    db: Database,
) -> None:
    page = open_page(qtbot, window, "students")
    assert page.add_button.text() == "Добавить…"
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))

    def fill(dialog: PersonDialog) -> None:
        assert dialog.windowTitle() == "Новый обучающийся"
        type_text(dialog.last_name, "сёмина")
        type_text(dialog.first_name, "дарья")
        type_text(dialog.birth_date, "01.04.2015")
        type_text(dialog.phone, "8 (900) 765-43-21")
        dialog.movement_box.setChecked(True)
        voice = dialog.group.findText("Голос, 1 год, гр. 1", Qt.MatchFlag.MatchStartsWith)
        dialog.group.setCurrentIndex(voice)

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        drive(qtbot, monkeypatch, PersonDialog, fill)
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert asked == []  # an 11-year-old: no age warning
    assert "Сёмина Дарья" in shown_names(page)
    qtbot.waitUntil(lambda: page.detail.detail is not None)
    assert page.detail.detail.full_name == "Сёмина Дарья"
    assert "Голос, 1 год, гр. 1" in page.detail.text.toPlainText()
    with db.session() as s:
        person = s.scalar(select(m.Person).where(m.Person.last_name == "Сёмина"))
        assert person.phone == "+79007654321"
        assert person.birth_date == dt.date(2015, 4, 1)
        (enrolment,) = person.enrolments
        assert enrolment.group.sferum_class_name == "Голос, 1 год, гр. 1"
        assert enrolment.enrolled_on == TODAY


def test_the_age_warning_is_confirmed_or_the_card_stays_open(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    db: Database,
) -> None:
    page = open_page(qtbot, window, "students")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog = PersonDialog(db, m.PersonKind.STUDENT, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.last_name, "Старков")
    type_text(dialog.first_name, "Олег")
    type_text(dialog.birth_date, "01.01.2001")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "Возраст по дате рождения — 25" in asked[0]
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    with db.session() as s:
        assert s.scalar(select(m.Person).where(m.Person.last_name == "Старков")) is None
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session() as s:
        assert s.scalar(select(m.Person).where(m.Person.last_name == "Старков")) is not None


def test_errors_are_shown_next_to_the_fields(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    db: Database,
) -> None:
    dialog = PersonDialog(db, m.PersonKind.PARENT, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.first_name, "Анна")
    type_text(dialog.birth_date, "31.02.1990")
    type_text(dialog.phone, "12345")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert "ДД.ММ.ГГГГ" in dialog.errors["birth_date"].text()
    type_text(dialog.birth_date, "")
    dialog.birth_date.clear()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.errors["last_name"].text() == "Укажите фамилию."
    assert "не похож на российский номер" in dialog.errors["phone"].text()
    assert not dialog.errors["first_name"].isVisible()


def test_link_a_parent_from_the_student_side_shows_on_the_parent_page(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
) -> None:
    parents = open_page(qtbot, window, "parents")
    students = open_page(qtbot, window, "students")
    select_name(qtbot, students, "Иванова Мария Петровна")
    assert students.detail.relative_names() == ["Иванов Пётр Семёнович — Отец"]

    def fill(dialog: LinkPersonDialog) -> None:
        type_text(dialog.filter_edit, "89002220004")
        assert dialog.visible_names() == ["Смирнова Яна Олеговна (+79002220004)"]
        dialog.relation.setCurrentIndex(dialog.relation.findText("Опекун"))

    drive(qtbot, monkeypatch, LinkPersonDialog, fill)
    assert students.detail.add_link_button.text() == "Добавить родителя…"
    qtbot.mouseClick(students.detail.add_link_button, Qt.MouseButton.LeftButton)
    assert students.detail.relative_names() == [
        "Иванов Пётр Семёнович — Отец",
        "Смирнова Яна Олеговна — Опекун",
    ]
    with qtbot.waitSignal(parents.loaded, timeout=10_000):
        click_navigation(qtbot, window, "parents")
    select_name(qtbot, parents, "Смирнова Яна Олеговна")
    assert "Иванова Мария Петровна — Опекун" in parents.detail.relative_names()
    row = next(r for r in parents.model.rows if r.full_name == "Смирнова Яна Олеговна")
    assert "Иванова Мария Петровна" in row.children


def test_delete_is_refused_while_records_depend(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
) -> None:
    page = open_page(qtbot, window, "students")
    select_name(qtbot, page, "Ежов Максим Игоревич")
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: warnings.append(text))
    )
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert warnings and warnings[0].startswith("Запись «Ежов Максим Игоревич» нельзя удалить")
    assert "Ежов Максим Игоревич" in shown_names(page)


def test_withdrawing_consent_anonymises_the_person(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    db: Database,
) -> None:
    page = open_page(qtbot, window, "students")
    select_name(qtbot, page, "Иванова Мария Петровна")
    person_id = page.selected_id()
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))

    def fill(dialog: ConsentDialog) -> None:
        dialog.state.setCurrentIndex(dialog.state.findText("Отозвано"))
        type_text(dialog.document, "заявление об отзыве № 7")

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        drive(qtbot, monkeypatch, ConsentDialog, fill)
        qtbot.mouseClick(page.consent_button, Qt.MouseButton.LeftButton)
    assert "Иванова Мария Петровна" in asked[0] and "дата рождения" in asked[0]
    assert f"Обезличено № {person_id}" in shown_names(page)
    assert "Иванова Мария Петровна" not in shown_names(page)
    with db.session() as s:
        person = s.get(m.Person, person_id)
        assert person.consent_state == m.ConsentState.WITHDRAWN
        assert person.anonymised_on == TODAY and person.birth_date is None
        assert len(person.enrolments) == 1


def test_join_requests_recorded_and_accepted(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    db: Database,
) -> None:
    page = open_page(qtbot, window, "students")
    select_name(qtbot, page, "Лёвин Артём Олегович")
    opened: list[JoinRequestsDialog] = []

    def fill_new(dialog: NewJoinRequestDialog) -> None:
        type_text(dialog.applicant, "Артём Лёвин")
        assert dialog.person.combo.currentText() == "Лёвин Артём Олегович (обучающийся)"

    drive(qtbot, monkeypatch, NewJoinRequestDialog, fill_new)

    def work(dialog: JoinRequestsDialog) -> int:
        opened.append(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
        type_text(dialog.filter_edit, "левин")
        assert [r.applicant_name for r in dialog.shown_rows()] == ["Артём Лёвин"]
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
        assert dialog.shown_rows() == []  # pending only: the accepted one is gone
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(JoinRequestsDialog, "exec", work)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.requests_button, Qt.MouseButton.LeftButton)
    assert "В Сферуме" in page.detail.text.toPlainText()
    with db.session() as s:
        request = s.scalar(select(m.JoinRequest))
        assert request.decision == m.JoinRequestDecision.ACCEPTED
        assert request.decided_on == TODAY
        membership = s.scalar(
            select(m.Membership).where(m.Membership.person_id == request.person_id)
        )
        assert membership.state == m.MembershipState.JOINED


def test_hire_a_new_teacher_from_the_add_dialog(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    db: Database,
) -> None:
    page = open_page(qtbot, window, "staff")

    def fill(dialog: PersonDialog) -> None:
        assert dialog.windowTitle() == "Новый сотрудник"
        type_text(dialog.last_name, "Орлова")
        type_text(dialog.first_name, "Вера")
        type_text(dialog.phone, "9001234567")
        dialog.movement_box.setChecked(True)
        dialog.position.setCurrentIndex(dialog.position.findText("Методист"))

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        drive(qtbot, monkeypatch, PersonDialog, fill)
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert filter_for(qtbot, page, "89001234567") == ["Орлова Вера"]
    with db.session() as s:
        person = s.scalar(select(m.Person).where(m.Person.last_name == "Орлова"))
        (employment,) = person.employments
        assert employment.position == m.StaffPosition.METHODIST
        assert employment.hired_on == TODAY
        events = s.scalars(select(m.MovementEvent).where(m.MovementEvent.person_id == person.id))
        assert [e.kind for e in events] == [m.MovementKind.STAFF_HIRED]
        tasks = s.scalars(select(m.SferumTask).where(m.SferumTask.person_id == person.id)).all()
        assert tasks, "hiring leaves Sferum tasks"


def test_dismiss_from_the_detail_panel_opens_the_event_dialog(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    db: Database,
) -> None:
    from sferum_desk.ui.movement.event_dialog import EventDialog

    page = open_page(qtbot, window, "staff")
    select_name(qtbot, page, "Петров Иван Ильич")
    button = page.detail.move_buttons["dismiss"]
    assert button.isVisible() and button.text() == "Уволить…"
    assert not page.detail.move_buttons["enrol"].isVisible()
    seen: list[EventDialog] = []

    def exec_(dialog: EventDialog) -> int:
        seen.append(dialog)
        dialog.show()
        assert dialog.kind() == m.MovementKind.STAFF_DISMISSED
        dialog.date_edit.setDate(TODAY)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(EventDialog, "exec", exec_)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "Увольнение сотрудника" in page.detail.text.toPlainText()
    with db.session() as s:
        petrov = s.scalar(select(m.Person).where(m.Person.last_name == "Петров"))
        assert [e.dismissed_on for e in petrov.employments] == [TODAY]
    row = next(r for r in page.model.rows if r.full_name == "Петров Иван Ильич")
    assert not row.active or row.dismissed_on == TODAY


def test_sferum_state_dialog_records_join_and_verification(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    db: Database,
) -> None:
    from sferum_desk.ui.people.sferum_dialog import SferumStateDialog

    page = open_page(qtbot, window, "staff")
    select_name(qtbot, page, "Петров Иван Ильич")  # invited 02.09.2026
    dialog = SferumStateDialog(db, page.detail.detail, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.checks["invited"].isChecked() and not dialog.checks["invited"].isEnabled()
    dialog.checks["joined"].setChecked(True)
    dialog.dates["joined"].setDate(dt.date(2026, 9, 1))  # before the invitation: refused
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert "раньше, чем приглашение 02.09.2026" in dialog.error.text()
    dialog.dates["joined"].setDate(dt.date(2026, 9, 10))
    dialog.checks["verified"].setChecked(True)
    dialog.dates["verified"].setDate(dt.date(2026, 9, 12))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session() as s:
        petrov = s.scalar(select(m.Person).where(m.Person.last_name == "Петров"))
        ms = petrov.membership
        assert ms.state == m.MembershipState.JOINED and ms.joined_on == dt.date(2026, 9, 10)
        assert ms.verified_teacher and ms.verified_on == dt.date(2026, 9, 12)
