"""Chats: validation of a chat's record, archive and delete, and the compliance check —
missing administration and association chats, owners who left, tasks made once."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import chats
from sferum_desk.services.chats import ChatDraft, ComplianceKind
from sferum_desk.services.history import undo_batch
from sferum_desk.services.organisation import ValidationError

from .conftest import TODAY
from .ui_helpers import populate_small

D = dt.date
ADMIN, ASSOC, LEFT = (
    ComplianceKind.MISSING_ADMINISTRATION,
    ComplianceKind.MISSING_ASSOCIATION,
    ComplianceKind.OWNER_LEFT,
)


@pytest.fixture
def small_db(db: Database) -> Database:
    populate_small(db)
    return db


def _id(s, model, **where: object) -> int:  # noqa: ANN001
    return s.scalar(select(model.id).filter_by(**where))


def _errors(s, draft: ChatDraft, chat_id: int | None = None) -> dict[str, str]:  # noqa: ANN001
    with pytest.raises(ValidationError) as caught:
        if chat_id is None:
            chats.add_chat(s, draft, TODAY)
        else:
            chats.update_chat(s, chat_id, draft, 1, TODAY)
    return caught.value.errors


# -- the record ----------------------------------------------------------------------------


def test_title_is_required_and_unique_among_active_chats_folding_yo(small_db: Database) -> None:
    with small_db.transaction() as s:
        assert "Укажите название" in _errors(s, ChatDraft(title="   "))["title"]
        # «Робототехника — ребята» exists; case and ё/е folded, spaces collapsed.
        message = _errors(s, ChatDraft(title="РОБОТОТЕХНИКА  —  РЕБЯТА"))["title"]
        assert "«Робототехника — ребята» уже есть" in message
        teachers = _errors(s, ChatDraft(title="директор и педагоги"))["title"]
        assert "Директор и педагоги" in teachers
        # The archived «Летний лагерь 2025» does not block a new chat of the same name.
        new_id = chats.add_chat(s, ChatDraft(title="Лётний лагерь 2025"), TODAY)
        stored = s.get(m.Chat, new_id)
        assert stored.title == "Лётний лагерь 2025"
        assert stored.search_text == "летний лагерь 2025"
        # …but a second active one does.
        assert "уже есть" in _errors(s, ChatDraft(title="летний лагерь 2025"))["title"]


def test_association_group_owner_date_and_count_are_checked(small_db: Database) -> None:
    with small_db.transaction() as s:
        robots = _id(s, m.Association, name="Робототехника")
        voice_group = _id(s, m.Group, sferum_class_name="Голос, 1 год, гр. 1")
        parent = _id(s, m.Person, last_name="Ежова")
        errors = _errors(
            s,
            ChatDraft(
                kind=m.ChatKind.ASSOCIATION_PARENTS,
                title="Родители",
                created_on=TODAY + dt.timedelta(days=1),
                member_count=-3,
                owner_id=parent,
            ),
        )
        assert "выберите детское объединение" in errors["association_id"]
        assert "17.11.2026 ещё не наступила" in errors["created_on"]
        assert "отрицательным" in errors["member_count"]
        assert "только сотрудник" in errors["owner_id"]
        assert "Ежова Светлана Викторовна" in errors["owner_id"]
        errors = _errors(
            s,
            ChatDraft(
                kind=m.ChatKind.ASSOCIATION_PARENTS,
                title="Родители",
                association_id=robots,
                group_id=voice_group,
            ),
        )
        assert errors == {
            "group_id": "Группа «Голос, 1 год, гр. 1» не относится к объединению «Робототехника»."
        }


def test_update_refuses_a_stale_version(small_db: Database) -> None:
    with small_db.transaction() as s:
        chat_id = _id(s, m.Chat, title="Директор и педагоги")
        draft, version = chats.load_chat(s, chat_id)
        draft.member_count = 31
        chats.update_chat(s, chat_id, draft, version, TODAY)
    with small_db.transaction() as s:
        draft.note = "второе окно"
        with pytest.raises(ValidationError) as caught:
            chats.update_chat(s, chat_id, draft, version, TODAY)
        assert "уже изменили" in caught.value.errors["version"]
    with small_db.session() as s:
        chat = s.get(m.Chat, chat_id)
        assert (chat.member_count, chat.note) == (31, None)


def test_delete_is_refused_naming_the_invite_link(small_db: Database) -> None:
    with small_db.transaction() as s:
        robots_chat = _id(s, m.Chat, title="Робототехника — ребята")
        with pytest.raises(ValidationError) as caught:
            chats.delete_chat(s, robots_chat)
        message = caught.value.errors["chat"]
        assert "https://vk.me/join/robots-chat" in message
        assert "в архив" in message
        old = _id(s, m.Chat, title="Летний лагерь 2025")
        chats.delete_chat(s, old)
    with small_db.session() as s:
        assert s.get(m.Chat, old) is None
        assert s.get(m.Chat, robots_chat) is not None


def test_archive_leaves_annulment_tasks_for_active_links(small_db: Database) -> None:
    with small_db.transaction() as s:
        chat_id = _id(s, m.Chat, title="Робототехника — ребята")
        with pytest.raises(ValidationError) as caught:
            chats.archive_chat(s, chat_id, D(2026, 9, 1), TODAY)
        assert "05.09.2026" in caught.value.errors["on"]
        assert chats.archive_chat(s, chat_id, TODAY, TODAY) == 1
    with small_db.session() as s:
        chat = s.get(m.Chat, chat_id)
        assert chat.state == m.ChatState.ARCHIVED
        assert "В архиве с 16.11.2026" in chat.note
        task = s.scalar(select(m.SferumTask).where(m.SferumTask.chat_id == chat_id))
        assert task.kind == m.TaskKind.ANNUL_INVITE
        assert task.due_on == D(2026, 11, 19)


# -- compliance --------------------------------------------------------------------------


def test_compliance_on_the_small_centre(small_db: Database) -> None:
    with small_db.transaction() as s:
        # The teachers' chat is now owned by the dismissed Кузнецов.
        chat = s.scalar(select(m.Chat).where(m.Chat.title == "Директор и педагоги"))
        chat.owner_id = _id(s, m.Person, last_name="Кузнецов")
    with small_db.session() as s:
        findings = chats.compliance(s, TODAY)
        summary = chats.compliance_summary(s, TODAY)
    texts = [(f.kind, f.text) for f in findings]
    assert texts == [
        (ADMIN, "Нет действующего чата «Директор — заместители»"),
        (ADMIN, "Нет действующего чата «Директор — родительский актив»"),
        (ADMIN, "Нет действующего чата «Директор — ученический актив»"),
        (
            ASSOC,
            "Объединение «Вокальная студия «Голос»»: нет чата педагога с обучающимися "
            "(руководитель — Петров Иван Ильич)",
        ),
        (
            ASSOC,
            "Объединение «Вокальная студия «Голос»»: нет чата педагога с родителями "
            "(руководитель — Петров Иван Ильич)",
        ),
        (
            ASSOC,
            "Объединение «Робототехника»: нет чата педагога с родителями "
            "(руководитель — Ёлкина Анна Сергеевна)",
        ),
        (LEFT, "Чат «Директор и педагоги»: владелец Кузнецов Пётр Андреевич, уволен(а) 15.10.2026"),
    ]
    assert not any(f.covered for f in findings)
    # 4 administration chats + 2 for each of the two active associations; 3 + 3 missing.
    assert summary == (8, 2)


def test_an_association_without_current_students_needs_no_chats(small_db: Database) -> None:
    with small_db.transaction() as s:
        for enrolment in s.scalars(
            select(m.Enrolment).join(m.Group).where(m.Group.sferum_class_name.like("Голос%"))
        ):
            enrolment.left_on = D(2026, 11, 1)
    with small_db.session() as s:
        texts = [f.text for f in chats.compliance(s, TODAY)]
        assert not any("Голос" in t for t in texts)
        assert chats.compliance_summary(s, TODAY) == (6, 2)


def test_tasks_are_created_once_and_undone_as_one_batch(small_db: Database) -> None:
    chat_tasks = select(func.count(m.SferumTask.id)).where(
        m.SferumTask.kind.in_([m.TaskKind.CREATE_CHAT, m.TaskKind.REOWN_CHAT])
    )
    with small_db.transaction() as s:
        before = s.scalar(chat_tasks)  # the small Centre's own, done, «create a chat» task
        findings = chats.compliance(s, TODAY)
        assert chats.create_tasks(s, findings, TODAY) == len(findings) == 6
    with small_db.session() as s:
        assert s.scalar(chat_tasks) == before + 6
        tasks = s.scalars(select(m.SferumTask).order_by(m.SferumTask.id)).all()
        titles = {t.title: t for t in tasks}
        robots = titles["Создать чат: Робототехника — родители"]
        assert robots.kind == m.TaskKind.CREATE_CHAT
        assert robots.due_on == D(2026, 11, 19)
        assert robots.person.last_name == "Ёлкина"
        assert "Создать чат: Директор — ученический актив" in titles
        again = chats.compliance(s, TODAY)
        assert all(f.covered for f in again)
    with small_db.transaction() as s:
        assert chats.create_tasks(s, again, TODAY) == 0
        # Stale findings (made before the tasks) are checked again, not trusted.
        assert chats.create_tasks(s, findings, TODAY) == 0
        batch_id = s.scalar(select(m.ChangeBatch.id).where(m.ChangeBatch.kind == "chat_compliance"))
    with small_db.transaction() as s:
        undo_batch(s, batch_id)
    with small_db.session() as s:
        assert s.scalar(chat_tasks) == before


def test_reown_task_for_a_chat_without_owner(small_db: Database) -> None:
    with small_db.transaction() as s:
        chat = s.scalar(select(m.Chat).where(m.Chat.title == "Робототехника — ребята"))
        chat.owner_id = None
        chat_id = chat.id
    with small_db.transaction() as s:
        left = [f for f in chats.compliance(s, TODAY) if f.kind == LEFT]
        assert [f.text for f in left] == ["Чат «Робототехника — ребята»: владелец не указан"]
        assert chats.create_tasks(s, left, TODAY) == 1
    with small_db.session() as s:
        task = s.scalar(select(m.SferumTask).where(m.SferumTask.kind == m.TaskKind.REOWN_CHAT))
        assert task.chat_id == chat_id
        assert task.title == "Назначить владельца чата «Робототехника — ребята»"


def test_compliance_on_the_demo_centre(demo_db: Database) -> None:
    with demo_db.session() as s:
        findings = chats.compliance(s, TODAY)
        required, existing = chats.compliance_summary(s, TODAY)
    admin = [f.chat_kind for f in findings if f.kind == ADMIN]
    assert admin == [m.ChatKind.DIRECTOR_STUDENT_ACTIVISTS]
    association = [f for f in findings if f.kind == ASSOC]
    # One association lacks both chats (its students' chat already has an open task),
    # another lacks its parents' chat (its task was cancelled, so it is not covered).
    assert len(association) == 3
    assert [f.covered for f in association if f.chat_kind == m.ChatKind.ASSOCIATION_STUDENTS] == [
        True
    ]
    owner_left = [f for f in findings if f.kind == LEFT]
    # The dismissed head's parents' chat has an open «re-own» task.
    assert [f.covered for f in owner_left] == [True]
    assert "уволен(а)" in owner_left[0].text
    assert required - existing == 4


def test_an_edit_cannot_archive_the_chat_behind_archive_chats_back(db: Database) -> None:
    from sferum_desk.services.chats import load_chat, update_chat

    populate_small(db)
    with db.session() as s:
        chat_id = s.scalar(select(m.Chat.id).where(m.Chat.title == "Директор и педагоги"))
        draft, version = load_chat(s, chat_id)
    draft.state = m.ChatState.ARCHIVED
    with db.session() as s, pytest.raises(ValidationError) as error:
        update_chat(s, chat_id, draft, version, TODAY)
    assert "«В архив…»" in error.value.errors["state"]
