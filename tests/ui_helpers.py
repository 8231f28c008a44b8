"""A small, hand-made Centre for tests that need a few records of every kind.

The demo generator makes the big realistic data set; this one is tiny and every record in it
is known by name, so a test can assert exact rows (the expelled student, the dismissed
teacher, the parent who is also a member of staff).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.ui.app import install_translators
from sferum_desk.ui.main_window import MainWindow
from sferum_desk.ui.pages.list_page import ListPage
from sferum_desk.ui.tasks import wait_for_tasks

D = dt.date
UTC = dt.UTC


def _person(kind: m.PersonKind, name: str, **extra: object) -> m.Person:
    last, first, *middle = name.split()
    return m.Person(
        kind=kind,
        last_name=last,
        first_name=first,
        middle_name=middle[0] if middle else None,
        **extra,
    )


def populate_small(database: Database) -> None:
    """Fill a database made by the ``db`` fixture (card and base records already there)."""
    with database.transaction() as s:
        platform = m.Order(
            number="1-ОД",
            issued_on=D(2025, 9, 1),
            kind=m.OrderKind.PLATFORM_USE,
            title="Об использовании ИКОП «Сферум»",
        )
        enrol_order = m.Order(
            number="45-К",
            issued_on=D(2026, 9, 1),
            kind=m.OrderKind.MOVEMENT,
            title="О зачислении обучающихся",
        )
        leave_order = m.Order(
            number="52-К",
            issued_on=D(2026, 10, 15),
            kind=m.OrderKind.MOVEMENT,
            title="Об отчислении и увольнении",
        )
        s.add_all([platform, enrol_order, leave_order])
        year = m.AcademicYear(
            start_year=2026, starts_on=D(2026, 9, 1), ends_on=D(2027, 8, 31), is_current=True
        )
        s.add(year)

        elkina = _person(
            m.PersonKind.STAFF,
            "Ёлкина Анна Сергеевна",
            phone="+79001110001",
            email="elkina@example.ru",
        )
        petrov = _person(m.PersonKind.STAFF, "Петров Иван Ильич", phone="+79001110002")
        sidorova = _person(m.PersonKind.STAFF, "Сидорова Ольга Павловна")
        kuznetsov = _person(m.PersonKind.STAFF, "Кузнецов Пётр Андреевич")
        s.add_all([elkina, petrov, sidorova, kuznetsov])
        s.add_all(
            [
                m.Employment(
                    person=elkina, position=m.StaffPosition.TEACHER, hired_on=D(2020, 9, 1)
                ),
                m.Employment(
                    person=petrov, position=m.StaffPosition.TEACHER, hired_on=D(2021, 9, 1)
                ),
                m.Employment(
                    person=sidorova, position=m.StaffPosition.DEPUTY, hired_on=D(2019, 1, 10)
                ),
            ]
        )
        dismissed = m.Employment(
            person=kuznetsov,
            position=m.StaffPosition.TEACHER,
            hired_on=D(2018, 9, 1),
            dismissed_on=D(2026, 10, 15),
            dismiss_order=leave_order,
        )
        s.add(dismissed)
        s.add_all(
            [
                m.Membership(
                    person=elkina,
                    state=m.MembershipState.JOINED,
                    joined_on=D(2025, 9, 10),
                    verified_teacher=True,
                    verified_on=D(2025, 9, 12),
                ),
                m.Membership(
                    person=sidorova,
                    state=m.MembershipState.JOINED,
                    joined_on=D(2025, 9, 10),
                    is_extra_admin=True,
                    admin_since=D(2025, 9, 15),
                ),
                m.Membership(
                    person=petrov, state=m.MembershipState.INVITED, invited_on=D(2026, 9, 2)
                ),
            ]
        )

        directions = {d.kind: d for d in s.scalars(select(m.Direction))}
        robots = m.Association(
            name="Робототехника",
            direction=directions[m.DirectionKind.TECHNICAL],
            head_teacher=elkina,
        )
        voice = m.Association(
            name="Вокальная студия «Голос»",
            direction=directions[m.DirectionKind.ARTS],
            head_teacher=petrov,
        )
        s.add_all([robots, voice])
        g_robots1 = m.Group(
            kind=m.GroupKind.ASSOCIATION,
            association=robots,
            academic_year=year,
            number="1",
            study_year=1,
            teacher=elkina,
            planned_size=12,
            sferum_class_name="Робототехника, 1 год, гр. 1",
            sferum_state=m.SferumClassState.CREATED,
        )
        g_robots2 = m.Group(
            kind=m.GroupKind.ASSOCIATION,
            association=robots,
            academic_year=year,
            number="2",
            study_year=2,
            teacher=elkina,
            planned_size=10,
            sferum_class_name="Робототехника, 2 год, гр. 2",
        )
        g_voice = m.Group(
            kind=m.GroupKind.ASSOCIATION,
            association=voice,
            academic_year=year,
            number="1",
            study_year=1,
            teacher=petrov,
            planned_size=15,
            sferum_class_name="Голос, 1 год, гр. 1",
            sferum_state=m.SferumClassState.CREATED,
        )
        s.add_all([g_robots1, g_robots2, g_voice])

        students = {
            name: _person(m.PersonKind.STUDENT, name, birth_date=birth)
            for name, birth in [
                ("Ежов Максим Игоревич", D(2014, 3, 5)),
                ("Лёвин Артём Олегович", D(2013, 11, 20)),
                ("Иванова Мария Петровна", D(2015, 6, 1)),
                ("Смирнов Глеб Антонович", D(2012, 1, 30)),
                ("Петрова Алёна Ивановна", D(2016, 2, 14)),
            ]
        }
        s.add_all(students.values())
        students["Иванова Мария Петровна"].consent_state = m.ConsentState.GIVEN
        students["Иванова Мария Петровна"].consent_on = D(2026, 9, 1)
        s.add(
            m.Membership(
                person=students["Ежов Максим Игоревич"],
                state=m.MembershipState.JOINED,
                joined_on=D(2026, 9, 20),
            )
        )
        start = D(2026, 9, 1)
        enrolments = [
            m.Enrolment(
                student=students["Ежов Максим Игоревич"],
                group=g_robots1,
                enrolled_on=start,
                enrol_order=enrol_order,
            ),
            m.Enrolment(student=students["Ежов Максим Игоревич"], group=g_voice, enrolled_on=start),
            m.Enrolment(
                student=students["Иванова Мария Петровна"], group=g_robots1, enrolled_on=start
            ),
            m.Enrolment(
                student=students["Смирнов Глеб Антонович"], group=g_robots2, enrolled_on=start
            ),
            m.Enrolment(
                student=students["Петрова Алёна Ивановна"], group=g_voice, enrolled_on=start
            ),
        ]
        expelled = m.Enrolment(
            student=students["Лёвин Артём Олегович"],
            group=g_robots2,
            enrolled_on=start,
            left_on=D(2026, 10, 15),
            leave_order=leave_order,
            leave_reason="по заявлению родителей",
        )
        s.add_all([*enrolments, expelled])

        parents = {
            name: _person(m.PersonKind.PARENT, name, phone=phone)
            for name, phone in [
                ("Ежова Светлана Викторовна", "+79002220001"),
                ("Лёвина Ирина Юрьевна", "+79002220002"),
                ("Иванов Пётр Семёнович", None),
                ("Смирнова Яна Олеговна", "+79002220004"),
            ]
        }
        parents["Ежова Светлана Викторовна"].is_activist = True
        s.add_all(parents.values())
        s.add_all(
            [
                m.ParentLink(
                    parent=parents["Ежова Светлана Викторовна"],
                    student=students["Ежов Максим Игоревич"],
                    relation=m.ParentRelation.MOTHER,
                ),
                m.ParentLink(
                    parent=parents["Ежова Светлана Викторовна"],
                    student=students["Смирнов Глеб Антонович"],
                ),
                m.ParentLink(
                    parent=parents["Лёвина Ирина Юрьевна"], student=students["Лёвин Артём Олегович"]
                ),
                m.ParentLink(
                    parent=parents["Иванов Пётр Семёнович"],
                    student=students["Иванова Мария Петровна"],
                    relation=m.ParentRelation.FATHER,
                ),
                m.ParentLink(
                    parent=parents["Смирнова Яна Олеговна"],
                    student=students["Смирнов Глеб Антонович"],
                ),
                # A teacher who is also a parent: listed under staff and under parents.
                m.ParentLink(
                    parent=petrov,
                    student=students["Петрова Алёна Ивановна"],
                    relation=m.ParentRelation.FATHER,
                ),
            ]
        )
        s.flush()

        s.add_all(
            [
                m.MovementEvent(
                    kind=m.MovementKind.STUDENT_ENROLLED,
                    person=students["Ежов Максим Игоревич"],
                    effective_on=start,
                    order=enrol_order,
                    to_group=g_robots1,
                    enrolment_id=enrolments[0].id,
                ),
                m.MovementEvent(
                    kind=m.MovementKind.STUDENT_EXPELLED,
                    person=students["Лёвин Артём Олегович"],
                    effective_on=D(2026, 10, 15),
                    order=leave_order,
                    from_group=g_robots2,
                    enrolment_id=expelled.id,
                    note="по заявлению родителей",
                ),
                m.MovementEvent(
                    kind=m.MovementKind.STAFF_DISMISSED,
                    person=kuznetsov,
                    effective_on=D(2026, 10, 15),
                    order=leave_order,
                    employment_id=dismissed.id,
                ),
            ]
        )

        chat_students = m.Chat(
            kind=m.ChatKind.ASSOCIATION_STUDENTS,
            title="Робототехника — ребята",
            owner=elkina,
            association=robots,
            created_on=D(2026, 9, 5),
            member_count=14,
        )
        chat_teachers = m.Chat(
            kind=m.ChatKind.DIRECTOR_TEACHERS,
            title="Директор и педагоги",
            owner=sidorova,
            created_on=D(2025, 9, 15),
            member_count=30,
        )
        chat_old = m.Chat(
            kind=m.ChatKind.OTHER,
            title="Летний лагерь 2025",
            state=m.ChatState.ARCHIVED,
            created_on=D(2025, 6, 1),
        )
        s.add_all([chat_students, chat_teachers, chat_old])
        link_class = m.InviteLink(
            url="https://sferum.ru/?invite=robots1-student",
            group=g_robots1,
            role=m.InviteRole.STUDENT,
            created_on=D(2026, 9, 2),
            expires_on=D(2026, 12, 31),
        )
        link_chat = m.InviteLink(
            url="https://vk.me/join/robots-chat",
            chat=chat_students,
            role=m.InviteRole.STUDENT,
            created_on=D(2026, 9, 5),
        )
        link_old = m.InviteLink(
            url="https://sferum.ru/?invite=voice1-parent",
            group=g_voice,
            role=m.InviteRole.PARENT,
            created_on=D(2026, 9, 2),
            state=m.InviteState.ANNULLED,
            annulled_on=D(2026, 11, 1),
            annul_reason="не востребована 60 дней",
        )
        s.add_all([link_class, link_chat, link_old])
        s.add_all(
            [
                m.InviteHandout(
                    invite_link=link_class,
                    group=g_robots1,
                    method=m.HandoutMethod.PRINTED,
                    handed_on=D(2026, 9, 3),
                ),
                m.InviteHandout(
                    invite_link=link_class,
                    person=parents["Ежова Светлана Викторовна"],
                    method=m.HandoutMethod.MESSENGER,
                    handed_on=D(2026, 9, 4),
                ),
            ]
        )

        centre = s.scalar(select(m.Channel).where(m.Channel.system_key == m.SystemChannel.CENTRE))
        s.add_all(
            [
                m.Post(
                    channel=centre,
                    planned_at=dt.datetime(2026, 9, 1, 9, 0, tzinfo=UTC),
                    title="С Днём знаний!",
                    status=m.PostStatus.PUBLISHED,
                    published_at=dt.datetime(2026, 9, 1, 9, 5, tzinfo=UTC),
                    provided_by=sidorova,
                ),
                m.Post(
                    channel=centre,
                    planned_at=dt.datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
                    title="Итоги конкурса роботов",
                    status=m.PostStatus.READY,
                    provided_by=elkina,
                ),
                m.Post(
                    channel=centre,
                    planned_at=dt.datetime(2027, 1, 10, 10, 0, tzinfo=UTC),
                    title="Зимние каникулы",
                    status=m.PostStatus.DRAFT,
                ),
            ]
        )
        s.add_all(
            [
                m.Broadcast(
                    kind=m.BroadcastKind.ONLINE_MEETING,
                    title="Педсовет",
                    starts_at=dt.datetime(2026, 10, 1, 12, 0, tzinfo=UTC),
                    duration_min=60,
                    audience=m.Audience.STAFF,
                    responsible=sidorova,
                    status=m.BroadcastStatus.HELD,
                    attendance_planned=30,
                    attendance_actual=27,
                ),
                m.Broadcast(
                    kind=m.BroadcastKind.BROADCAST,
                    title="Отчётный концерт",
                    starts_at=dt.datetime(2026, 12, 20, 15, 0, tzinfo=UTC),
                    audience=m.Audience.ALL,
                    responsible=petrov,
                    attendance_planned=200,
                ),
            ]
        )
        s.add_all(
            [
                m.SferumTask(
                    kind=m.TaskKind.REMOVE_FROM_CLASS,
                    title="Исключить Лёвина А. из класса",
                    person=students["Лёвин Артём Олегович"],
                    group=g_robots2,
                    due_on=D(2026, 10, 20),
                ),
                m.SferumTask(
                    kind=m.TaskKind.REVOKE_ADMIN,
                    title="Проверить права Кузнецова П. А.",
                    person=kuznetsov,
                    due_on=D(2026, 12, 1),
                ),
                m.SferumTask(
                    kind=m.TaskKind.CREATE_CHAT,
                    title="Создать чат родителей «Голос»",
                    chat=chat_teachers,
                    state=m.TaskState.DONE,
                    done_on=D(2026, 9, 10),
                ),
            ]
        )


# -- driving the GUI --------------------------------------------------------------------


@contextmanager
def main_window(qtbot, database: Database, **kwargs: object) -> Iterator[MainWindow]:  # noqa: ANN001
    """The main window in Russian on ``database``, its first page loaded; on exit the
    background loads are waited for, so no worker outlives the database."""
    install_translators(QApplication.instance())
    window = MainWindow(database, **kwargs)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.current_page().loaded, timeout=20_000):
        window.show()
    try:
        yield window
    finally:
        wait_for_tasks()
        window.close()


def click_navigation(qtbot, window: MainWindow, key: str) -> None:  # noqa: ANN001
    """Click the page's item in the navigation list and wait for the page to load."""
    navigation = window.navigation
    item = navigation.item(window.page_keys().index(key))
    page = window.pages[key]
    point = navigation.visualItemRect(item).center()
    if page.requested:
        qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=point)
    else:
        with qtbot.waitSignal(page.loaded, timeout=20_000):
            qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.stack.currentWidget() is page


def click_header(qtbot, table: QTableView, column: int) -> None:  # noqa: ANN001
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def column_index(page: ListPage, header: str) -> int:
    """The column whose (translated) header reads ``header``."""
    model = page.model
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == header:
            return column
    raise AssertionError(f"no column {header!r}")


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key. ``qtbot.keyClicks`` cannot: QTest maps each character to an
    ASCII key code and aborts on Cyrillic, so each key is sent with its text instead."""
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )
