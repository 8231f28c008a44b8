"""Поддержка: the log of help the administrator gives participants (2.1) and of requests
to the platform's technical support (info@sferum.ru, the «Помощник Сферума» chat bot), and
reusable answer templates that can be copied or printed as a one-page instruction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.exc import StaleDataError

from ..data.models import (
    Organisation,
    Person,
    SupportChannel,
    SupportKind,
    SupportRequest,
    SupportStatus,
    SupportTemplate,
)
from .conflicts import refuse_if_stale
from .listings._common import name_of
from .organisation import ValidationError

__all__ = [
    "DEMO_TEMPLATES",
    "STALE_MESSAGE",
    "SupportDraft",
    "SupportRow",
    "TemplateRow",
    "add_request",
    "add_template",
    "delete_request",
    "delete_template",
    "list_requests",
    "list_templates",
    "load_request",
    "populate_support_demo",
    "resolve_request",
    "resolution_days",
    "template_text",
    "update_request",
    "update_template",
]

STALE_MESSAGE = (
    "Запись «{title}» уже изменили в другом окне или на другом компьютере. "
    "Закройте окно и откройте её снова, чтобы не затереть эти изменения."
)
_TEXT_LIMIT = 5000


@dataclass
class SupportDraft:
    """The editable fields of a support record, as plain values."""

    kind: SupportKind = SupportKind.PARTICIPANT_HELP
    opened_on: dt.date | None = None
    subject: str = ""
    description: str = ""
    channel: SupportChannel = SupportChannel.PHONE
    person_id: int | None = None
    ticket_number: str = ""
    status: SupportStatus = SupportStatus.OPEN
    resolved_on: dt.date | None = None
    answer: str = ""


@dataclass(frozen=True)
class SupportRow:
    id: int
    opened_on: dt.date
    kind: str
    person: str | None
    subject: str
    channel: str
    ticket_number: str | None
    status: str
    resolved_on: dt.date | None
    days: int | None  # «время решения»
    answer: str | None


@dataclass(frozen=True)
class TemplateRow:
    id: int
    title: str
    body: str
    version: int


def resolution_days(opened_on: dt.date, resolved_on: dt.date | None) -> int | None:
    """Days from opening to resolving (0 when solved the same day), None while open."""
    return None if resolved_on is None else (resolved_on - opened_on).days


def _validate(draft: SupportDraft, today: dt.date) -> SupportDraft:
    errors: dict[str, str] = {}
    clean = dataclasses.replace(
        draft,
        subject=" ".join((draft.subject or "").split()),
        description=(draft.description or "").strip(),
        ticket_number=(draft.ticket_number or "").strip(),
        answer=(draft.answer or "").strip(),
    )
    if clean.opened_on is None:
        errors["opened_on"] = "Укажите дату обращения."
    elif clean.opened_on > today:
        errors["opened_on"] = f"Дата обращения {clean.opened_on:%d.%m.%Y} ещё не наступила."
    if not clean.subject:
        errors["subject"] = "Укажите тему обращения."
    elif len(clean.subject) > 300:
        errors["subject"] = "Тема длиннее 300 знаков — сократите её."
    if len(clean.ticket_number) > 100:
        errors["ticket_number"] = "Номер обращения длиннее 100 знаков."
    for name, label in (("description", "Описание"), ("answer", "Ответ")):
        if len(getattr(clean, name)) > _TEXT_LIMIT:
            errors[name] = f"{label} длиннее {_TEXT_LIMIT} знаков — сократите текст."
    if clean.status == SupportStatus.RESOLVED:
        if clean.resolved_on is None:
            errors["resolved_on"] = "Укажите дату решения."
    else:
        clean.resolved_on = None
    if clean.resolved_on is not None and clean.opened_on is not None:
        if clean.resolved_on < clean.opened_on:
            errors["resolved_on"] = (
                f"Дата решения {clean.resolved_on:%d.%m.%Y} раньше даты обращения "
                f"{clean.opened_on:%d.%m.%Y}."
            )
        elif clean.resolved_on > today:
            errors["resolved_on"] = f"Дата решения {clean.resolved_on:%d.%m.%Y} ещё не наступила."
    if errors:
        raise ValidationError(errors)
    return clean


def _check_person(session: Session, draft: SupportDraft) -> None:
    if draft.person_id is not None and session.get(Person, draft.person_id) is None:
        raise ValidationError({"person_id": "Этот человек удалён из базы — выберите другого."})


def _store(item: SupportRequest, draft: SupportDraft) -> None:
    assert draft.opened_on is not None
    item.kind = draft.kind
    item.opened_on = draft.opened_on
    item.subject = draft.subject
    item.description = draft.description or None
    item.channel = draft.channel
    item.person_id = draft.person_id
    item.ticket_number = draft.ticket_number or None
    item.status = draft.status
    item.resolved_on = draft.resolved_on
    item.answer = draft.answer or None


def _get(session: Session, request_id: int) -> SupportRequest:
    item = session.get(SupportRequest, request_id)
    if item is None:
        raise ValidationError({"request": f"Обращение № {request_id} не найдено: его удалили."})
    return item


def _flush(session: Session, title: str) -> None:
    try:
        session.flush()
    except StaleDataError as exc:
        raise ValidationError({"version": STALE_MESSAGE.format(title=title)}) from exc


def add_request(
    session: Session, draft: SupportDraft, *, today: dt.date | None = None
) -> SupportRequest:
    clean = _validate(draft, today or dt.date.today())
    _check_person(session, clean)
    item = SupportRequest()
    _store(item, clean)
    session.add(item)
    session.flush()
    return item


def load_request(session: Session, request_id: int) -> tuple[SupportDraft, int]:
    item = _get(session, request_id)
    draft = SupportDraft(
        kind=item.kind,
        opened_on=item.opened_on,
        subject=item.subject,
        description=item.description or "",
        channel=item.channel,
        person_id=item.person_id,
        ticket_number=item.ticket_number or "",
        status=item.status,
        resolved_on=item.resolved_on,
        answer=item.answer or "",
    )
    return draft, item.version


def update_request(
    session: Session,
    request_id: int,
    draft: SupportDraft,
    expected_version: int,
    *,
    today: dt.date | None = None,
) -> None:
    item = _get(session, request_id)
    refuse_if_stale(session, item, expected_version, STALE_MESSAGE.format(title=item.subject))
    clean = _validate(draft, today or dt.date.today())
    _check_person(session, clean)
    _store(item, clean)
    _flush(session, clean.subject)


def resolve_request(
    session: Session,
    request_id: int,
    expected_version: int,
    *,
    answer: str,
    resolved_on: dt.date,
    today: dt.date | None = None,
) -> int:
    """Close the request with the answer given; returns «время решения» in days."""
    item = _get(session, request_id)
    refuse_if_stale(session, item, expected_version, STALE_MESSAGE.format(title=item.subject))
    draft, version = load_request(session, request_id)
    if not (answer or "").strip():
        raise ValidationError({"answer": "Запишите, какой ответ или помощь получены."})
    draft = dataclasses.replace(
        draft, status=SupportStatus.RESOLVED, resolved_on=resolved_on, answer=answer
    )
    update_request(session, request_id, draft, version, today=today)
    assert draft.opened_on is not None
    days = resolution_days(draft.opened_on, resolved_on)
    assert days is not None
    return days


def delete_request(session: Session, request_id: int) -> None:
    session.delete(_get(session, request_id))
    session.flush()


def list_requests(session: Session) -> list[SupportRow]:
    """Every support record, the newest first."""
    items = session.scalars(
        select(SupportRequest)
        .options(joinedload(SupportRequest.person))
        .order_by(SupportRequest.opened_on.desc(), SupportRequest.id.desc())
    )
    return [
        SupportRow(
            id=r.id,
            opened_on=r.opened_on,
            kind=r.kind.label,
            person=name_of(r.person),
            subject=r.subject,
            channel=r.channel.label,
            ticket_number=r.ticket_number,
            status=r.status.label,
            resolved_on=r.resolved_on,
            days=resolution_days(r.opened_on, r.resolved_on),
            answer=r.answer,
        )
        for r in items
    ]


# -- templates -----------------------------------------------------------------------------


def _fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


def _clean_template(
    session: Session, title: str, body: str, keep_id: int | None
) -> tuple[str, str]:
    title = " ".join((title or "").split())
    body = (body or "").strip()
    errors: dict[str, str] = {}
    if not title:
        errors["title"] = "Укажите название шаблона."
    elif len(title) > 300:
        errors["title"] = "Название длиннее 300 знаков — сократите его."
    else:
        key = _fold(title)
        same = any(
            _fold(other) == key
            for other in session.scalars(
                select(SupportTemplate.title).where(SupportTemplate.id != (keep_id or 0))
            )
        )
        if same:
            errors["title"] = f"Шаблон «{title}» уже есть — выберите другое название."
    if not body:
        errors["body"] = "Напишите текст шаблона."
    elif len(body) > _TEXT_LIMIT:
        errors["body"] = f"Текст длиннее {_TEXT_LIMIT} знаков — сократите его."
    if errors:
        raise ValidationError(errors)
    return title, body


def list_templates(session: Session) -> list[TemplateRow]:
    items = session.scalars(select(SupportTemplate).order_by(SupportTemplate.title))
    return [TemplateRow(t.id, t.title, t.body, t.version) for t in items]


def add_template(session: Session, title: str, body: str) -> SupportTemplate:
    title, body = _clean_template(session, title, body, None)
    item = SupportTemplate(title=title, body=body)
    session.add(item)
    session.flush()
    return item


def update_template(
    session: Session, template_id: int, title: str, body: str, expected_version: int
) -> None:
    item = _get_template(session, template_id)
    refuse_if_stale(session, item, expected_version, STALE_MESSAGE.format(title=item.title))
    item.title, item.body = _clean_template(session, title, body, template_id)
    _flush(session, item.title)


def delete_template(session: Session, template_id: int) -> None:
    session.delete(_get_template(session, template_id))
    session.flush()


def _get_template(session: Session, template_id: int) -> SupportTemplate:
    item = session.get(SupportTemplate, template_id)
    if item is None:
        raise ValidationError({"template": f"Шаблон № {template_id} не найден: его удалили."})
    return item


def template_text(session: Session, template_id: int, *, heading: bool = False) -> str:
    """The template's text ready to paste; with ``heading`` it starts with the Centre's
    name and the template's title (the one-page printed instruction)."""
    item = _get_template(session, template_id)
    if not heading:
        return item.body
    centre = session.scalar(select(Organisation.short_name).limit(1)) or ""
    lines = [centre, item.title, "", item.body] if centre else [item.title, "", item.body]
    return "\n".join(lines)


# -- demo ----------------------------------------------------------------------------------

DEMO_TEMPLATES: tuple[tuple[str, str], ...] = (
    (
        "Как войти в Сферум",
        "1. Установите приложение VK Мессенджер или откройте его веб-версию.\n"
        "2. Войдите по номеру телефона (VK ID).\n"
        "3. Откройте учебный профиль Сферум и перейдите по ссылке-приглашению, которую дал "
        "педагог или администратор.\n"
        "Если вход не получается, напишите на info@sferum.ru или чат-боту «Помощник Сферума».",
    ),
    (
        "Как вступить в класс по ссылке",
        "Откройте ссылку-приглашение на устройстве, где выполнен вход в VK Мессенджер, "
        "и нажмите «Вступить». Заявку подтвердит администратор Центра; после этого класс "
        "и его чаты появятся в профиле Сферума.",
    ),
    (
        "Нет доступа к чату объединения",
        "Проверьте, что вы вошли в профиль Сферума, а не в личный профиль VK. Если чата "
        "нет в списке, сообщите педагогу объединения: он отправит новую ссылку на чат.",
    ),
)


def populate_support_demo(session: Session) -> int:
    """Add the demo answer templates (those not there yet); returns how many were added."""
    have = set(session.scalars(select(SupportTemplate.title)))
    added = 0
    for title, body in DEMO_TEMPLATES:
        if title not in have:
            session.add(SupportTemplate(title=title, body=body))
            added += 1
    session.flush()
    return added
