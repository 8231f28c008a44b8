"""Security audit of invite links: the three kinds of findings, the Обзор item, and the
«Аннулировать ссылку» tasks made from the findings."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services.attention import collect_attention
from sferum_desk.services.history import undo_batch
from sferum_desk.services.invites.audit import (
    FindingKind,
    annul_tasks_for,
    audit_links,
    count_links_of_people_who_left,
)
from sferum_desk.services.organisation import ValidationError
from sferum_desk.services.settings import set_invite_unclaimed_days

from .conftest import TODAY
from .ui_helpers import populate_small

D = dt.date
UNCLAIMED, LEFT, EXPIRED = FindingKind.UNCLAIMED, FindingKind.HOLDER_LEFT, FindingKind.EXPIRED
# populate_small's own active links, both unused since September: always «unclaimed».
SMALL_CLASS_URL = "https://sferum.ru/?invite=robots1-student"
SMALL_CHAT_URL = "https://vk.me/join/robots-chat"


@pytest.fixture
def small_db(db: Database) -> Database:
    populate_small(db)
    return db


def _person(s, last_name: str) -> m.Person:  # noqa: ANN001
    return s.scalars(select(m.Person).where(m.Person.last_name == last_name)).one()


def _group(s, name: str) -> m.Group:  # noqa: ANN001
    return s.scalars(select(m.Group).where(m.Group.sferum_class_name == name)).one()


def _chat(s, title: str) -> m.Chat:  # noqa: ANN001
    return s.scalars(select(m.Chat).where(m.Chat.title == title)).one()


def _link(s, url: str, *, to: list[m.Person] = (), **fields: object) -> m.InviteLink:  # noqa: ANN001
    fields.setdefault("created_on", TODAY - dt.timedelta(days=3))
    fields.setdefault("role", m.InviteRole.STUDENT)
    link = m.InviteLink(url=url, **fields)
    s.add(link)
    for person in to:
        s.add(
            m.InviteHandout(
                invite_link=link,
                person=person,
                method=m.HandoutMethod.MESSENGER,
                handed_on=fields["created_on"],
            )
        )
    s.flush()
    return link


def _found(database: Database, on: dt.date = TODAY, **kw: object) -> set[tuple[str, str]]:
    with database.session() as s:
        return {(f.kind.value, f.url) for f in audit_links(s, on, **kw)}


def test_the_three_kinds_of_findings(small_db: Database) -> None:
    with small_db.transaction() as s:
        kuznetsov, levin = _person(s, "Кузнецов"), _person(s, "Лёвин")  # dismissed, expelled
        ezhov, ivanov = _person(s, "Ежов"), _person(s, "Иванов")  # enrolled, a parent
        used = {"used_on": TODAY - dt.timedelta(days=2)}
        _link(
            s,
            "https://vk.me/join/teachers",
            chat=_chat(s, "Директор и педагоги"),
            role=m.InviteRole.TEACHER,
            to=[kuznetsov],
            **used,
        )
        _link(
            s,
            "https://sferum.ru/?invite=robots2-student",
            group=_group(s, "Робототехника, 2 год, гр. 2"),
            to=[levin, ezhov],
            **used,
        )
        _link(
            s,
            "https://sferum.ru/?invite=voice1-student",
            group=_group(s, "Голос, 1 год, гр. 1"),
            to=[ezhov, ivanov],  # people still in the Centre: no finding for them
            expires_on=TODAY - dt.timedelta(days=1),
            **used,
        )
        # Annulled already: never reported, though handed to a dismissed teacher.
        _link(
            s,
            "https://vk.me/join/old",
            chat=_chat(s, "Директор и педагоги"),
            role=m.InviteRole.STAFF,
            to=[kuznetsov],
            state=m.InviteState.ANNULLED,
            annulled_on=TODAY,
            created_on=D(2026, 9, 1),
            expires_on=D(2026, 9, 30),
        )
    with small_db.session() as s:
        findings = audit_links(s, TODAY)
    assert [(f.kind, f.url) for f in findings] == [
        (UNCLAIMED, SMALL_CLASS_URL),
        (UNCLAIMED, SMALL_CHAT_URL),
        (LEFT, "https://vk.me/join/teachers"),
        (LEFT, "https://sferum.ru/?invite=robots2-student"),
        (EXPIRED, "https://sferum.ru/?invite=voice1-student"),
    ]
    by_url = {(f.kind, f.url): f for f in findings}
    unclaimed = by_url[(UNCLAIMED, SMALL_CLASS_URL)]
    assert unclaimed.target == "Робототехника, 1 год, гр. 1"
    assert unclaimed.role == "Обучающийся"
    assert unclaimed.reason == (
        "создана 02.09.2026 и не использована 75 дней (допустимо не больше 14 дней)"
    )
    teachers = by_url[(LEFT, "https://vk.me/join/teachers")]
    assert teachers.target == "Директор и педагоги" and teachers.target_is_chat
    assert teachers.people == ("Кузнецов Пётр Андреевич",)
    assert teachers.reason == (
        "выдана выбывшим: Кузнецов П.А. (сотрудник, дата увольнения 15.10.2026)"
    )
    robots2 = by_url[(LEFT, "https://sferum.ru/?invite=robots2-student")]
    assert robots2.people == ("Лёвин Артём Олегович",)  # not Ежов, who still attends
    assert "обучающийся, дата отчисления 15.10.2026" in robots2.reason
    expired = by_url[(EXPIRED, "https://sferum.ru/?invite=voice1-student")]
    assert expired.reason.startswith("срок действия истёк 15.11.2026 (1 день назад)")


def test_unclaimed_threshold_from_settings_or_caller(small_db: Database) -> None:
    with small_db.transaction() as s:
        group = _group(s, "Голос, 1 год, гр. 1")
        for days, role in ((14, m.InviteRole.STUDENT), (15, m.InviteRole.PARENT)):
            created = TODAY - dt.timedelta(days=days)
            _link(
                s, f"https://sferum.ru/?invite=d{days}", group=group, role=role, created_on=created
            )
        _link(
            s,
            "https://sferum.ru/?invite=used",
            group=group,
            role=m.InviteRole.TEACHER,
            created_on=D(2026, 9, 1),
            used_on=D(2026, 9, 3),  # used once: claimed, however old
        )
    unclaimed = {url for kind, url in _found(small_db) if kind == "unclaimed"}
    assert unclaimed == {SMALL_CLASS_URL, SMALL_CHAT_URL, "https://sferum.ru/?invite=d15"}

    with small_db.transaction() as s:
        set_invite_unclaimed_days(s, 73)
    unclaimed = {url for kind, url in _found(small_db) if kind == "unclaimed"}
    assert unclaimed == {SMALL_CLASS_URL}  # 75 days; the chat link is 72 days old

    unclaimed = {url for kind, url in _found(small_db, older_than=13) if kind == "unclaimed"}
    assert {"https://sferum.ru/?invite=d14", "https://sferum.ru/?invite=d15"} <= unclaimed


def test_dismissal_and_expulsion_flag_the_link_from_their_date(small_db: Database) -> None:
    leave_on = TODAY + dt.timedelta(days=5)
    with small_db.transaction() as s:
        petrov, smirnov = _person(s, "Петров"), _person(s, "Смирнов")
        link = _link(
            s,
            "https://sferum.ru/?invite=robots2-teacher",
            group=_group(s, "Робототехника, 2 год, гр. 2"),
            role=m.InviteRole.TEACHER,
            to=[petrov, smirnov],
            used_on=TODAY,
        )
        link_id = link.id
    assert _found(small_db) == {("unclaimed", SMALL_CLASS_URL), ("unclaimed", SMALL_CHAT_URL)}

    with small_db.transaction() as s:
        job = s.scalars(select(m.Employment).where(m.Employment.person_id == petrov.id)).one()
        job.dismissed_on = leave_on
        place = s.scalars(select(m.Enrolment).where(m.Enrolment.student_id == smirnov.id)).one()
        place.left_on = leave_on
    assert ("holder_left", link.url) not in _found(small_db)  # still working and attending
    with small_db.session() as s:
        findings = [f for f in audit_links(s, leave_on) if f.kind == LEFT]
        assert count_links_of_people_who_left(s, leave_on) == 1
        assert count_links_of_people_who_left(s, TODAY) == 0
    assert [(f.link_id, f.people) for f in findings] == [
        (link_id, ("Петров Иван Ильич", "Смирнов Глеб Антонович"))
    ]
    assert "дата увольнения 21.11.2026" in findings[0].reason
    assert "дата отчисления 21.11.2026" in findings[0].reason

    with small_db.transaction() as s:  # once annulled, the link is no longer a finding
        annulled = s.get(m.InviteLink, link_id)
        annulled.state, annulled.annulled_on = m.InviteState.ANNULLED, leave_on
    with small_db.session() as s:
        assert count_links_of_people_who_left(s, leave_on) == 0


def test_overview_flags_links_of_people_who_left(small_db: Database) -> None:
    with small_db.session() as s:
        assert "links_of_people_who_left" not in {i.key for i in collect_attention(s, TODAY)}
    with small_db.transaction() as s:
        kuznetsov, levin = _person(s, "Кузнецов"), _person(s, "Лёвин")
        chat = _chat(s, "Директор и педагоги")
        _link(s, "https://vk.me/join/a", chat=chat, role=m.InviteRole.STAFF, to=[kuznetsov])
        # One link handed to two leavers is one link to annul.
        _link(s, "https://vk.me/join/b", chat=chat, to=[kuznetsov, levin])
        # The deputy with admin rights leaves too, so both «left» items show.
        sidorova = _person(s, "Сидорова")
        job = s.scalars(select(m.Employment).where(m.Employment.person_id == sidorova.id)).one()
        job.dismissed_on = TODAY - dt.timedelta(days=1)
    with small_db.session() as s:
        items = collect_attention(s, TODAY)
        left = [f.link_id for f in audit_links(s, TODAY) if f.kind == LEFT]
    keys = [i.key for i in items]
    assert keys.index("links_of_people_who_left") == keys.index("admins_who_left") + 1
    item = next(i for i in items if i.key == "links_of_people_who_left")
    assert item.text == "2 ссылки выданы выбывшим — аннулируйте"
    assert item.count == len(left) == 2
    assert item.page == "invites"


def test_annul_tasks_one_per_link_due_in_three_days(small_db: Database) -> None:
    with small_db.transaction() as s:
        ids = {link.url: link.id for link in s.scalars(select(m.InviteLink))}
        annulled = ids["https://sferum.ru/?invite=voice1-parent"]
        wanted = [ids[SMALL_CLASS_URL], ids[SMALL_CHAT_URL], annulled, ids[SMALL_CLASS_URL]]
        assert annul_tasks_for(s, wanted, TODAY) == 2
    with small_db.session() as s:
        tasks = s.scalars(
            select(m.SferumTask)
            .where(m.SferumTask.kind == m.TaskKind.ANNUL_INVITE)
            .order_by(m.SferumTask.id)
        ).all()
        assert [(t.title, t.invite_link_id, t.due_on, t.state) for t in tasks] == [
            (
                "Аннулировать ссылку: Робототехника, 1 год, гр. 1 — Обучающийся",
                ids[SMALL_CLASS_URL],
                D(2026, 11, 19),
                m.TaskState.OPEN,
            ),
            (
                "Аннулировать ссылку: Робототехника — ребята — Обучающийся",
                ids[SMALL_CHAT_URL],
                D(2026, 11, 19),
                m.TaskState.OPEN,
            ),
        ]
        assert tasks[0].group_id is not None and tasks[1].chat_id is not None
    with small_db.transaction() as s:  # an open task already waits: nothing new
        assert annul_tasks_for(s, [ids[SMALL_CLASS_URL], ids[SMALL_CHAT_URL]], TODAY) == 0
        done = s.get(m.SferumTask, tasks[0].id)
        done.state, done.done_on = m.TaskState.CANCELLED, TODAY
    with small_db.transaction() as s:  # the cancelled one no longer counts
        assert annul_tasks_for(s, [ids[SMALL_CLASS_URL]], TODAY) == 1


def test_annul_tasks_refuse_unknown_links_and_undo_as_one_batch(small_db: Database) -> None:
    with small_db.transaction() as s, pytest.raises(ValidationError) as caught:
        annul_tasks_for(s, [9999], TODAY)
    assert "Ссылки № 9999 не найдены" in str(caught.value)
    with small_db.transaction() as s:
        ids = list(s.scalars(select(m.InviteLink.id)))
        assert annul_tasks_for(s, ids, TODAY) == 2
        batch = s.scalars(select(m.ChangeBatch).order_by(m.ChangeBatch.id.desc())).first()
        assert batch is not None and batch.label == "Задачи «Аннулировать ссылку»: 2 ссылки"
        batch_id = batch.id
    with small_db.transaction() as s:
        undo_batch(s, batch_id)
    with small_db.session() as s:
        kinds = s.scalars(select(m.SferumTask.kind))
        assert m.TaskKind.ANNUL_INVITE not in set(kinds)
