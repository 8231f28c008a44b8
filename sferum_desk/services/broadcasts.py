"""Broadcasts and meetings (2.1, 2.2) and teachers' seminars (3.4): add, edit (refusing a
stale edit), cancel, mark held with attendance and a result note, delete; the audience set
(categories, study groups, channels) and the per-person attendance of a seminar.

Every function works inside the caller's transaction and raises :class:`ValidationError`
with Russian messages keyed by the dialog's field names.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from ..data.models import (
    Audience,
    Broadcast,
    BroadcastAttendee,
    BroadcastAudience,
    BroadcastFormat,
    BroadcastKind,
    BroadcastStatus,
    Channel,
    Group,
    Person,
    utcnow,
)
from .clock import centre_now, local, to_db
from .conflicts import refuse_if_stale
from .listings._common import name_of
from .organisation import ValidationError

__all__ = [
    "MAX_DURATION",
    "STALE_MESSAGE",
    "AttendeeRow",
    "BroadcastDraft",
    "add_broadcast",
    "cancel_broadcast",
    "delete_broadcast",
    "held_values",
    "list_attendees",
    "load_broadcast",
    "local",
    "mark_held",
    "set_attendees",
    "to_db",
    "update_broadcast",
    "validate_broadcast",
]

MAX_DURATION = 600
STALE_MESSAGE = (
    "«{title}» уже изменили в другом окне или на другом компьютере. "
    "Закройте окно и откройте запись снова, чтобы не затереть эти изменения."
)


@dataclass
class BroadcastDraft:
    """The editable fields of a broadcast or meeting, as plain values."""

    kind: BroadcastKind = BroadcastKind.BROADCAST
    format: BroadcastFormat = BroadcastFormat.ONLINE
    title: str = ""
    starts_at: dt.datetime | None = None
    duration_min: int | None = 60
    audiences: set[Audience] = field(default_factory=set)
    group_ids: set[int] = field(default_factory=set)
    channel_ids: set[int] = field(default_factory=set)
    responsible_id: int | None = None
    url: str = ""
    place: str = ""
    attendance_planned: int | None = None
    note: str = ""


@dataclass(frozen=True)
class AttendeeRow:
    person_id: int
    name: str
    attended: bool


def validate_broadcast(draft: BroadcastDraft) -> BroadcastDraft:
    """A cleaned copy of ``draft``; raises :class:`ValidationError` (field → message)."""
    errors: dict[str, str] = {}
    clean = dataclasses.replace(
        draft,
        title=" ".join((draft.title or "").split()),
        url=(draft.url or "").strip(),
        place=(draft.place or "").strip(),
        note=(draft.note or "").strip(),
        audiences=set(draft.audiences),
        group_ids=set(draft.group_ids),
        channel_ids=set(draft.channel_ids),
    )
    if not clean.title:
        errors["title"] = "Укажите название трансляции или встречи."
    elif len(clean.title) > 300:
        errors["title"] = "Название длиннее 300 знаков — сократите его."
    if clean.starts_at is None:
        errors["starts_at"] = "Укажите дату и время начала."
    if clean.duration_min is None or not 1 <= clean.duration_min <= MAX_DURATION:
        errors["duration_min"] = (
            f"Продолжительность — от 1 до {MAX_DURATION} минут (укажите её в минутах)."
        )
    if clean.url:
        if not clean.url.lower().startswith("https://") or len(clean.url) <= len("https://"):
            errors["url"] = "Ссылка должна начинаться с https:// (например, https://sferum.ru/…)."
        elif len(clean.url) > 500 or any(c.isspace() for c in clean.url):
            errors["url"] = "Ссылка не должна содержать пробелов и быть длиннее 500 знаков."
    if clean.format == BroadcastFormat.IN_PERSON and not clean.place:
        errors["place"] = "Для очной встречи укажите место проведения."
    if clean.attendance_planned is not None and clean.attendance_planned < 0:
        errors["attendance_planned"] = "Ожидаемое число участников не может быть меньше нуля."
    if not (clean.audiences or clean.group_ids or clean.channel_ids):
        errors["audience"] = "Выберите аудиторию: хотя бы одну категорию, группу или канал."
    if errors:
        raise ValidationError(errors)
    return clean


def _legacy_audience(draft: BroadcastDraft) -> Audience:
    """The single ``Broadcast.audience`` older code reads: the first chosen category."""
    for audience in Audience:
        if audience in draft.audiences:
            return audience
    return Audience.STUDENTS if draft.group_ids else Audience.ALL


def _check_targets(session: Session, draft: BroadcastDraft) -> None:
    found_groups = set(session.scalars(select(Group.id).where(Group.id.in_(draft.group_ids))))
    found_channels = set(
        session.scalars(select(Channel.id).where(Channel.id.in_(draft.channel_ids)))
    )
    errors: dict[str, str] = {}
    if found_groups != draft.group_ids or found_channels != draft.channel_ids:
        errors["audience"] = "Выбранная группа или канал уже удалены — выберите аудиторию снова."
    if draft.responsible_id is not None and session.get(Person, draft.responsible_id) is None:
        errors["responsible_id"] = "Ответственный не найден — выберите его из списка снова."
    if errors:
        raise ValidationError(errors)


def _store(session: Session, item: Broadcast, draft: BroadcastDraft) -> None:
    assert draft.starts_at is not None
    item.kind = draft.kind
    item.format = draft.format
    item.title = draft.title
    item.starts_at = to_db(draft.starts_at)
    item.duration_min = draft.duration_min
    item.audience = _legacy_audience(draft)
    item.responsible_id = draft.responsible_id
    item.url = draft.url or None
    item.place = draft.place or None
    item.attendance_planned = draft.attendance_planned
    item.note = draft.note or None
    wanted = (
        {("a", a.value) for a in draft.audiences}
        | {("g", g) for g in draft.group_ids}
        | {("c", c) for c in draft.channel_ids}
    )
    for target in list(item.audiences):
        if _target_key(target) not in wanted:
            item.audiences.remove(target)
    have = {_target_key(t) for t in item.audiences}
    for key in sorted(wanted - have, key=str):
        kind, value = key
        item.audiences.append(
            BroadcastAudience(
                audience=Audience(str(value)) if kind == "a" else None,
                group_id=int(value) if kind == "g" else None,
                channel_id=int(value) if kind == "c" else None,
            )
        )


def _target_key(target: BroadcastAudience) -> tuple[str, str | int]:
    if target.audience is not None:
        return ("a", Audience(target.audience).value)
    if target.group_id is not None:
        return ("g", target.group_id)
    assert target.channel_id is not None
    return ("c", target.channel_id)


def _get(session: Session, broadcast_id: int) -> Broadcast:
    item = session.get(Broadcast, broadcast_id)
    if item is None:
        raise ValidationError({"broadcast": f"Запись № {broadcast_id} не найдена: её удалили."})
    return item


def _check_version(session: Session, item: Broadcast, expected_version: int) -> None:
    refuse_if_stale(session, item, expected_version, STALE_MESSAGE.format(title=item.title))


def _flush(session: Session, title: str) -> None:
    try:
        session.flush()
    except StaleDataError as exc:
        raise ValidationError({"version": STALE_MESSAGE.format(title=title)}) from exc


def add_broadcast(session: Session, draft: BroadcastDraft) -> Broadcast:
    """Store a new planned broadcast or meeting."""
    clean = validate_broadcast(draft)
    _check_targets(session, clean)
    item = Broadcast(status=BroadcastStatus.PLANNED)
    session.add(item)
    _store(session, item, clean)
    session.flush()
    return item


def load_broadcast(session: Session, broadcast_id: int) -> tuple[BroadcastDraft, int]:
    """The draft a dialog edits (start in Moscow wall-clock time) and the version it must
    hand back to ``update_broadcast``."""
    item = _get(session, broadcast_id)
    draft = BroadcastDraft(
        kind=item.kind,
        format=item.format,
        title=item.title,
        starts_at=local(item.starts_at),
        duration_min=item.duration_min,
        audiences={Audience(t.audience) for t in item.audiences if t.audience is not None}
        or ({item.audience} if not item.audiences else set()),
        group_ids={t.group_id for t in item.audiences if t.group_id is not None},
        channel_ids={t.channel_id for t in item.audiences if t.channel_id is not None},
        responsible_id=item.responsible_id,
        url=item.url or "",
        place=item.place or "",
        attendance_planned=item.attendance_planned,
        note=item.note or "",
    )
    return draft, item.version


def held_values(session: Session, broadcast_id: int) -> tuple[int | None, str]:
    """The actual attendance and the result note recorded so far."""
    item = _get(session, broadcast_id)
    return item.attendance_actual, item.result or ""


def update_broadcast(
    session: Session, broadcast_id: int, draft: BroadcastDraft, expected_version: int
) -> None:
    """Store changes made to a record read at ``expected_version``."""
    item = _get(session, broadcast_id)
    _check_version(session, item, expected_version)
    clean = validate_broadcast(draft)
    _check_targets(session, clean)
    _store(session, item, clean)
    item.updated_at = utcnow()  # a change of the audience set alone still bumps the version
    _flush(session, clean.title)


def cancel_broadcast(session: Session, broadcast_id: int, expected_version: int) -> None:
    """Mark a planned broadcast cancelled (a held one cannot be cancelled)."""
    item = _get(session, broadcast_id)
    _check_version(session, item, expected_version)
    if item.status == BroadcastStatus.HELD:
        raise ValidationError({"status": f"«{item.title}» уже проведена — отменить её нельзя."})
    item.status = BroadcastStatus.CANCELLED
    _flush(session, item.title)


def mark_held(
    session: Session,
    broadcast_id: int,
    expected_version: int,
    *,
    attendance: int | None,
    result: str = "",
    attended_ids: Iterable[int] | None = None,
    now: dt.datetime | None = None,
) -> None:
    """Record that the event took place: actual attendance, a short result note and, for
    a seminar, which of its listed attendees took part (``attended_ids``). When attendees
    are listed and ``attendance`` is empty, the number of those marked is stored."""
    item = _get(session, broadcast_id)
    _check_version(session, item, expected_version)
    now = now or centre_now()
    starts = local(item.starts_at)
    errors: dict[str, str] = {}
    if item.status == BroadcastStatus.CANCELLED:
        errors["status"] = f"«{item.title}» отменена — отметить её проведённой нельзя."
    elif starts > now:
        errors["status"] = (
            f"«{item.title}» начнётся {starts:%d.%m.%Y в %H:%M} — отметить её "
            "проведённой можно после начала."
        )
    if attendance is not None and attendance < 0:
        errors["attendance"] = "Число участников не может быть меньше нуля."
    result = (result or "").strip()
    if len(result) > 2000:
        errors["result"] = "Итог длиннее 2000 знаков — сократите его."
    if errors:
        raise ValidationError(errors)
    if attended_ids is not None:
        chosen = set(attended_ids)
        for attendee in item.attendees:
            attendee.attended = attendee.person_id in chosen
        if attendance is None and item.attendees:
            attendance = sum(1 for a in item.attendees if a.attended)
    item.status = BroadcastStatus.HELD
    item.attendance_actual = attendance
    item.result = result or None
    _flush(session, item.title)


def delete_broadcast(session: Session, broadcast_id: int) -> None:
    """Delete the record with its audience and attendees."""
    session.delete(_get(session, broadcast_id))
    session.flush()


def set_attendees(session: Session, broadcast_id: int, person_ids: Iterable[int]) -> None:
    """Make the invited list exactly ``person_ids``, keeping marks of those who stay."""
    item = _get(session, broadcast_id)
    wanted = set(person_ids)
    found = set(session.scalars(select(Person.id).where(Person.id.in_(wanted))))
    if found != wanted:
        raise ValidationError({"attendees": "Часть выбранных людей уже удалена из базы."})
    for attendee in list(item.attendees):
        if attendee.person_id not in wanted:
            item.attendees.remove(attendee)
    have = {a.person_id for a in item.attendees}
    for person_id in sorted(wanted - have):
        item.attendees.append(BroadcastAttendee(person_id=person_id, attended=False))
    session.flush()


def list_attendees(session: Session, broadcast_id: int) -> list[AttendeeRow]:
    """The invited people of an event, by name, with whether each took part."""
    rows = session.scalars(
        select(BroadcastAttendee)
        .where(BroadcastAttendee.broadcast_id == broadcast_id)
        .options(selectinload(BroadcastAttendee.person))
    )
    result = [AttendeeRow(a.person_id, name_of(a.person) or "", a.attended) for a in rows]
    return sorted(result, key=lambda r: (r.name.casefold().replace("ё", "е"), r.person_id))
