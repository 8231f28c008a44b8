"""A chat's record: validate, add, update (refusing a stale edit), archive, delete (refused
while invite links or Sferum tasks refer to it), and the choices its dialog offers."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ...data.audit import change_batch
from ...data.models import (
    Association,
    Chat,
    ChatKind,
    ChatState,
    Group,
    GroupKind,
    InviteLink,
    InviteState,
    Person,
    PersonKind,
    SferumTask,
    TaskKind,
    TaskState,
)
from ...data.search import normalize
from ..choices import Choice
from ..conflicts import refuse_if_stale
from ..invites.audit import revoke_task
from ..organisation import ValidationError

__all__ = [
    "ASSOCIATION_KINDS",
    "STALE_MESSAGE",
    "ChatDraft",
    "add_chat",
    "archive_chat",
    "association_choices",
    "association_groups",
    "chat_references",
    "delete_chat",
    "load_chat",
    "update_chat",
    "validate_chat",
]

ASSOCIATION_KINDS = frozenset({ChatKind.ASSOCIATION_STUDENTS, ChatKind.ASSOCIATION_PARENTS})
STALE_MESSAGE = (
    "Чат «{title}» уже изменили в другом окне или на другом компьютере. "
    "Закройте окно и откройте чат снова, чтобы не затереть эти изменения."
)
_TITLE_LIMIT = 300
_NOTE_LIMIT = 2000
_NAMED_REFERENCES = 5


@dataclass
class ChatDraft:
    """The editable fields of a chat, as plain values."""

    kind: ChatKind = ChatKind.OTHER
    title: str = ""
    owner_id: int | None = None
    association_id: int | None = None
    group_id: int | None = None
    created_on: dt.date | None = None
    member_count: int | None = None
    state: ChatState = ChatState.ACTIVE
    note: str = ""


def _same_title_chat(session: Session, title: str, own_id: int | None) -> Chat | None:
    """An active chat (other than ``own_id``) whose title reads the same, ё/е and case
    folded."""
    key = normalize(title)
    for chat in session.scalars(select(Chat).where(Chat.state == ChatState.ACTIVE)):
        if chat.id != own_id and normalize(chat.title) == key:
            return chat
    return None


def validate_chat(
    session: Session, draft: ChatDraft, today: dt.date, own_id: int | None = None
) -> ChatDraft:
    """A cleaned copy of ``draft``; raises :class:`ValidationError` (field → Russian
    message) naming every problem at once."""
    errors: dict[str, str] = {}
    clean = dataclasses.replace(
        draft, title=" ".join((draft.title or "").split()), note=(draft.note or "").strip()
    )
    try:
        clean.kind = ChatKind(draft.kind)
    except ValueError:
        errors["kind"] = "Выберите вид чата."
    try:
        clean.state = ChatState(draft.state)
    except ValueError:
        errors["state"] = "Выберите состояние чата: действует или в архиве."
        clean.state = ChatState.ACTIVE

    if not clean.title:
        errors["title"] = "Укажите название чата так, как оно записано в Сферуме."
    elif len(clean.title) > _TITLE_LIMIT:
        errors["title"] = f"Название чата: не длиннее {_TITLE_LIMIT} знаков."
    elif clean.state == ChatState.ACTIVE:
        twin = _same_title_chat(session, clean.title, own_id)
        if twin is not None:
            errors["title"] = (
                f"Действующий чат «{twin.title}» уже есть в реестре (№ {twin.id}). "
                "Дайте чату другое название или переведите тот чат в архив."
            )

    association: Association | None = None
    if clean.association_id is not None:
        association = session.get(Association, clean.association_id)
        if association is None:
            errors["association_id"] = "Объединение не найдено: возможно, его уже удалили."
    if clean.kind in ASSOCIATION_KINDS and clean.association_id is None:
        errors["association_id"] = (
            f"Для чата вида «{clean.kind.label}» выберите детское объединение."
        )
    if clean.group_id is not None:
        group = session.get(Group, clean.group_id)
        if group is None:
            errors["group_id"] = "Группа не найдена: возможно, её уже удалили."
        elif clean.association_id is None:
            errors["group_id"] = "Группу можно указать только вместе с её объединением."
        elif group.association_id != clean.association_id:
            name = association.name if association else "выбранному объединению"
            errors["group_id"] = (
                f"Группа «{group.sferum_class_name}» не относится к объединению «{name}»."
            )

    if clean.owner_id is not None:
        owner = session.get(Person, clean.owner_id)
        if owner is None:
            errors["owner_id"] = "Владелец не найден: возможно, запись уже удалили."
        elif owner.kind != PersonKind.STAFF:
            errors["owner_id"] = (
                f"Владельцем чата может быть только сотрудник, а «{owner.full_name}» — "
                f"{owner.kind.label.lower()}."
            )

    if clean.created_on is not None and clean.created_on > today:
        errors["created_on"] = (
            f"Дата создания {clean.created_on:%d.%m.%Y} ещё не наступила "
            f"(сегодня {today:%d.%m.%Y})."
        )
    if clean.member_count is not None and clean.member_count < 0:
        errors["member_count"] = "Число участников не может быть отрицательным."
    if len(clean.note) > _NOTE_LIMIT:
        errors["note"] = f"Примечание: не длиннее {_NOTE_LIMIT} знаков."
    if errors:
        raise ValidationError(errors)
    return clean


def _store(chat: Chat, clean: ChatDraft) -> None:
    chat.kind = clean.kind
    chat.title = clean.title
    chat.owner_id = clean.owner_id
    chat.association_id = clean.association_id
    chat.group_id = clean.group_id
    chat.created_on = clean.created_on
    chat.member_count = clean.member_count
    chat.state = clean.state
    chat.note = clean.note or None


def add_chat(session: Session, draft: ChatDraft, today: dt.date) -> int:
    """Validate and store a new chat; returns its id."""
    clean = validate_chat(session, draft, today)
    chat = Chat(kind=clean.kind, title=clean.title)
    _store(chat, clean)
    session.add(chat)
    session.flush()
    return chat.id


def _get(session: Session, chat_id: int) -> Chat:
    chat = session.get(Chat, chat_id)
    if chat is None:
        raise ValidationError({"chat": "Чат не найден: возможно, его уже удалили."})
    return chat


def load_chat(session: Session, chat_id: int) -> tuple[ChatDraft, int]:
    """The chat's fields as a draft, and the version an edit must name."""
    chat = _get(session, chat_id)
    draft = ChatDraft(
        kind=chat.kind,
        title=chat.title,
        owner_id=chat.owner_id,
        association_id=chat.association_id,
        group_id=chat.group_id,
        created_on=chat.created_on,
        member_count=chat.member_count,
        state=chat.state,
        note=chat.note or "",
    )
    return draft, chat.version


def update_chat(
    session: Session, chat_id: int, draft: ChatDraft, version: int, today: dt.date
) -> None:
    """Store changes to a chat read at ``version``; a chat changed meanwhile elsewhere is
    refused rather than overwritten. Archiving goes through :func:`archive_chat`; an
    archived chat may be made active again here."""
    chat = _get(session, chat_id)
    refuse_if_stale(session, chat, version, STALE_MESSAGE.format(title=chat.title))
    clean = validate_chat(session, draft, today, own_id=chat_id)
    if chat.state == ChatState.ACTIVE and clean.state == ChatState.ARCHIVED:
        raise ValidationError(
            {
                "state": "В архив чат переносят кнопкой «В архив…»: с датой и задачами"
                " на аннулирование его ссылок-приглашений."
            }
        )
    _store(chat, clean)
    try:
        session.flush()
    except StaleDataError as exc:
        raise ValidationError({"version": STALE_MESSAGE.format(title=clean.title)}) from exc


def archive_chat(session: Session, chat_id: int, on: dt.date, today: dt.date) -> int:
    """Mark the chat archived on ``on`` (noted in its note) and leave a task «Аннулировать
    ссылку» for each of its active invite links. Returns how many tasks were created; one
    undoable batch."""
    chat = _get(session, chat_id)
    if chat.state == ChatState.ARCHIVED:
        raise ValidationError({"chat": f"Чат «{chat.title}» уже в архиве."})
    if on > today:
        raise ValidationError(
            {"on": f"Дата {on:%d.%m.%Y} ещё не наступила (сегодня {today:%d.%m.%Y})."}
        )
    if chat.created_on is not None and on < chat.created_on:
        raise ValidationError(
            {"on": f"Чат создан {chat.created_on:%d.%m.%Y}: в архив не раньше этой даты."}
        )
    links = list(
        session.scalars(
            select(InviteLink).where(
                InviteLink.chat_id == chat.id, InviteLink.state == InviteState.ACTIVE
            )
        )
    )
    covered = set(
        session.scalars(
            select(SferumTask.invite_link_id).where(
                SferumTask.kind == TaskKind.ANNUL_INVITE,
                SferumTask.state == TaskState.OPEN,
                SferumTask.chat_id == chat.id,
            )
        )
    )
    todo = [link for link in links if link.id not in covered]
    with change_batch(session, "archive_chat", f"Чат «{chat.title}» в архив"):
        chat.state = ChatState.ARCHIVED
        stamp = f"В архиве с {on:%d.%m.%Y}."
        chat.note = f"{chat.note}\n{stamp}" if chat.note else stamp
        session.add_all(revoke_task(link, today) for link in todo)
    return len(todo)


def chat_references(session: Session, chat_id: int) -> list[str]:
    """What refers to the chat, in Russian: its invite links and Sferum tasks."""
    refs = [
        f"ссылка-приглашение {link.url} ({link.state.label.lower()})"
        for link in session.scalars(
            select(InviteLink).where(InviteLink.chat_id == chat_id).order_by(InviteLink.id)
        )
    ]
    refs += [
        f"задача «{task.title}» ({task.state.label.lower()})"
        for task in session.scalars(
            select(SferumTask).where(SferumTask.chat_id == chat_id).order_by(SferumTask.id)
        )
    ]
    return refs


def delete_chat(session: Session, chat_id: int) -> None:
    """Delete a chat entered by mistake; refused, naming what refers to it, while invite
    links or Sferum tasks do (archive such a chat instead)."""
    chat = _get(session, chat_id)
    refs = chat_references(session, chat_id)
    if refs:
        shown = refs[:_NAMED_REFERENCES]
        more = len(refs) - len(shown)
        tail = f"; и ещё {more}" if more > 0 else ""
        raise ValidationError(
            {
                "chat": f"Чат «{chat.title}» нельзя удалить: с ним связаны "
                + "; ".join(shown)
                + tail
                + ". Переведите чат в архив."
            }
        )
    session.delete(chat)
    session.flush()


def association_choices(session: Session, keep_id: int | None = None) -> list[Choice]:
    """Associations not archived (and ``keep_id`` whatever its state), by name."""
    found = [
        Choice(a.id, a.name)
        for a in session.scalars(select(Association))
        if a.archived_on is None or a.id == keep_id
    ]
    found.sort(key=lambda c: (normalize(c.name), c.id))
    return found


def association_groups(session: Session, keep_id: int | None = None) -> dict[int, list[Choice]]:
    """For each association its groups not archived (and ``keep_id``), by class name."""
    groups: dict[int, list[Choice]] = {}
    query = select(Group).where(Group.kind == GroupKind.ASSOCIATION)
    for group in session.scalars(query):
        if group.association_id is None or (group.archived_on and group.id != keep_id):
            continue
        groups.setdefault(group.association_id, []).append(
            Choice(group.id, group.sferum_class_name)
        )
    for choices in groups.values():
        choices.sort(key=lambda c: (normalize(c.name), c.id))
    return groups
