"""Posts of the content plan: single posts and recurring series, edits, moves, statuses.

A series is stored as posts: the first occurrence is the series master (its ``recurrence``
holds the RRULE), every other occurrence points to it through ``series_id``. Each
occurrence can then be edited on its own, from itself onwards, or as the whole series.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ...data.audit import change_batch
from ...data.models import Channel, Person, Post, PostAttachment, PostStatus
from ..clock import centre_now, local, local_or_none, to_db
from ..conflicts import refuse_if_stale
from ..organisation import ValidationError
from .common import SCOPES, STALE_POST, PostDraft, Scope, get_post
from .recurrence import Recurrence

MAX_TITLE = 300
_EDITABLE_IN_SERIES = (PostStatus.DRAFT, PostStatus.READY)


@dataclass
class PostForm:
    """A post loaded for its dialog."""

    draft: PostDraft
    version: int
    rule: Recurrence | None  # the series' rule (read from its master), if in a series
    in_series: bool
    series_size: int


# -- validation -----------------------------------------------------------------------------


def validate_draft(session: Session, draft: PostDraft, today: dt.date | None = None) -> PostDraft:
    """A cleaned copy of ``draft``; raises :class:`ValidationError` (field → message)."""
    today = today or centre_now().date()
    errors: dict[str, str] = {}
    title = " ".join(draft.title.split())
    if not title:
        errors["title"] = "Укажите заголовок публикации"
    elif len(title) > MAX_TITLE:
        errors["title"] = f"Заголовок длиннее {MAX_TITLE} знаков"
    if session.get(Channel, draft.channel_id) is None:
        errors["channel"] = "Выберите канал публикации"
    if not isinstance(draft.planned_at, dt.datetime):
        errors["planned_at"] = "Укажите дату и время публикации"
    elif not 2000 <= draft.planned_at.year <= 2100:
        errors["planned_at"] = f"Дата публикации {draft.planned_at:%d.%m.%Y} — вне 2000–2100 гг."
    published_at = draft.published_at
    if draft.status == PostStatus.PUBLISHED:
        if published_at is None:
            errors["published_at"] = "Для опубликованной публикации укажите, когда она вышла"
        elif published_at.date() > today:
            errors["published_at"] = (
                f"Дата выхода {published_at:%d.%m.%Y} ещё не наступила (сегодня {today:%d.%m.%Y})"
            )
    else:
        published_at = None
    if draft.provided_by_id is not None and session.get(Person, draft.provided_by_id) is None:
        errors["provided_by"] = "Человек, предоставивший материал, не найден"
    if errors:
        raise ValidationError(errors)
    attachments: list[str] = []
    for path in draft.attachments:
        path = path.strip()
        if path and path not in attachments:
            attachments.append(path)
    return replace(
        draft,
        title=title,
        body=draft.body.strip(),
        note=draft.note.strip(),
        planned_at=draft.planned_at.replace(second=0, microsecond=0),
        published_at=published_at,
        attachments=attachments,
    )


def _store(post: Post, clean: PostDraft, *, with_time: bool = True) -> None:
    post.channel_id = clean.channel_id
    if with_time:
        post.planned_at = to_db(clean.planned_at)
    post.title = clean.title
    post.body = clean.body or None
    post.provided_by_id = clean.provided_by_id
    post.note = clean.note or None


def _store_status(post: Post, clean: PostDraft) -> None:
    post.status = clean.status
    post.published_at = None if clean.published_at is None else to_db(clean.published_at)


def _store_attachments(post: Post, paths: list[str]) -> None:
    if [a.path for a in post.attachments] == paths:
        return
    kept = {a.path: a for a in post.attachments}
    post.attachments = [kept.get(path) or PostAttachment(path=path) for path in paths]


# -- series ---------------------------------------------------------------------------------


def _master_id(post: Post) -> int:
    return post.series_id if post.series_id is not None else post.id


def series_members(session: Session, post: Post) -> list[Post]:
    """The post's series in time order (just the post when it is not in a series)."""
    if post.series_id is None and post.recurrence is None:
        return [post]
    master_id = _master_id(post)
    return list(
        session.scalars(
            select(Post)
            .where((Post.id == master_id) | (Post.series_id == master_id))
            .order_by(Post.planned_at, Post.id)
        )
    )


def _targets(session: Session, post: Post, scope: Scope) -> list[Post]:
    if scope not in SCOPES:
        raise ValidationError({"scope": f"Неизвестный охват изменения «{scope}»"})
    if scope == "one":
        return [post]
    members = series_members(session, post)
    if scope == "following":
        start = (local(post.planned_at), post.id)
        members = [m for m in members if (local(m.planned_at), m.id) >= start]
    return members


def _rule_of(session: Session, post: Post) -> Recurrence | None:
    master = post if post.series_id is None else session.get(Post, post.series_id)
    if master is None or not master.recurrence:
        return None
    try:
        return Recurrence.from_rrule(master.recurrence)
    except ValidationError:
        return None


# -- creating -------------------------------------------------------------------------------


def add_post(session: Session, draft: PostDraft, today: dt.date | None = None) -> Post:
    """Plan a single post."""
    clean = validate_draft(session, draft, today)
    post = Post()
    _store(post, clean)
    _store_status(post, clean)
    _store_attachments(post, clean.attachments)
    session.add(post)
    session.flush()
    return post


def add_series(
    session: Session, draft: PostDraft, rule: Recurrence, today: dt.date | None = None
) -> list[Post]:
    """Plan a recurring series from ``draft.planned_at``: one post per occurrence, the first
    the series master holding the rule; one undoable batch."""
    clean = validate_draft(session, draft, today)
    rule.validate()
    moments = rule.occurrences(clean.planned_at)
    if not moments:
        raise ValidationError({"recurrence": "Повтор не даёт ни одной даты публикации"})
    if clean.status == PostStatus.PUBLISHED:
        raise ValidationError({"status": "Серию нельзя создать сразу опубликованной"})
    with change_batch(session, "post_series", f"Серия публикаций «{clean.title}»"):
        return _create_series(session, clean, rule, moments)


def _create_series(
    session: Session,
    clean: PostDraft,
    rule: Recurrence,
    moments: list[dt.datetime],
    master: Post | None = None,
) -> list[Post]:
    """One post per moment, the first the master holding the rule (``master`` when given:
    an existing post that becomes the series' first occurrence). No batch of its own."""
    posts: list[Post] = []
    member_status = replace(
        clean, status=clean.status if clean.status in _EDITABLE_IN_SERIES else PostStatus.DRAFT
    )
    for i, moment in enumerate(moments):
        post = master if i == 0 and master is not None else Post()
        _store(post, replace(clean, planned_at=moment))
        _store_status(post, clean if i == 0 else member_status)
        _store_attachments(post, clean.attachments if i == 0 else [])
        if i == 0:
            post.recurrence, post.series_id = rule.to_rrule(), None
            session.add(post)
            session.flush()
        else:
            post.series_id = posts[0].id
            session.add(post)
        posts.append(post)
    session.flush()
    return posts


def _cut_series(master: Post | None, day: dt.date) -> None:
    """End the master's rule the day before ``day`` (the series goes on from there in
    another form, or not at all)."""
    if master is None or not master.recurrence:
        return
    try:
        rule = Recurrence.from_rrule(master.recurrence)
    except ValidationError:
        return
    master.recurrence = rule.ending_before(day).to_rrule()


# -- reading --------------------------------------------------------------------------------


def load_post(session: Session, post_id: int) -> PostForm:
    """The post as a draft with its version and series information."""
    post = get_post(session, post_id)
    draft = PostDraft(
        channel_id=post.channel_id,
        planned_at=local(post.planned_at),
        title=post.title,
        body=post.body or "",
        status=post.status,
        published_at=local_or_none(post.published_at),
        provided_by_id=post.provided_by_id,
        note=post.note or "",
        attachments=[a.path for a in post.attachments],
    )
    members = series_members(session, post)
    in_series = post.series_id is not None or post.recurrence is not None
    return PostForm(draft, post.version, _rule_of(session, post), in_series, len(members))


def missing_attachments(post: Post) -> list[str]:
    """Attachment paths that do not exist on this computer (moved, renamed, other PC)."""
    return [a.path for a in post.attachments if not os.path.exists(a.path)]


# -- changing -------------------------------------------------------------------------------


def _check_version(session: Session, post: Post, version: int) -> None:
    refuse_if_stale(session, post, version, STALE_POST.format(title=post.title))


def update_post(
    session: Session,
    post_id: int,
    draft: PostDraft,
    version: int,
    scope: Scope = "one",
    today: dt.date | None = None,
) -> Post:
    """Store the dialog's changes. ``scope`` "following"/"series" also gives the other
    occurrences (not yet published or cancelled) the channel, title, text, material
    provider, note and the time of day, each keeping its own date and status."""
    post = get_post(session, post_id)
    _check_version(session, post, version)
    clean = validate_draft(session, draft, today)
    others = [p for p in _targets(session, post, scope) if p is not post]
    try:
        with change_batch(session, "post_edit", f"Изменение публикации «{clean.title}»"):
            _store(post, clean)
            _store_status(post, clean)
            _store_attachments(post, clean.attachments)
            for other in others:
                if other.status not in _EDITABLE_IN_SERIES:
                    continue
                day = local(other.planned_at).date()
                moment = dt.datetime.combine(day, clean.planned_at.time())
                _store(other, replace(clean, planned_at=moment))
            session.flush()
    except StaleDataError as exc:
        raise ValidationError({"version": STALE_POST.format(title=clean.title)}) from exc
    return post


def reschedule_post(session: Session, post_id: int, new_day: dt.date, scope: Scope = "one") -> Post:
    """Move the post to ``new_day`` keeping its time of day (drag and drop in the calendar);
    "following"/"series" shift those occurrences by the same number of days (published
    ones stay where they were)."""
    post = get_post(session, post_id)
    if post.status == PostStatus.PUBLISHED:
        raise ValidationError(
            {"planned_at": f"Публикация «{post.title}» уже опубликована — её дату не переносят."}
        )
    delta = new_day - local(post.planned_at).date()
    if not delta:
        return post
    with change_batch(session, "post_move", f"Перенос публикации «{post.title}»"):
        for target in _targets(session, post, scope):
            if target.status == PostStatus.PUBLISHED:
                continue
            target.planned_at = to_db(local(target.planned_at) + delta)
        session.flush()
    return post


def delete_post(session: Session, post_id: int, scope: Scope = "one") -> int:
    """Delete the post, or the series from it onwards, or the whole series; returns how
    many posts were deleted. A series that loses its master gets the next one as master."""
    post = get_post(session, post_id)
    targets = _targets(session, post, scope)
    members = series_members(session, post)
    rest = [m for m in members if m not in targets]
    master = next((m for m in members if m.series_id is None), None)
    with change_batch(session, "post_delete", f"Удаление публикации «{post.title}»"):
        if rest and scope == "following":
            _cut_series(master, local(post.planned_at).date())
        if rest and master in targets:
            head = rest[0]
            head.recurrence, head.series_id = master.recurrence if master else None, None
            for other in rest[1:]:
                other.series_id = head.id
            session.flush()
        for target in targets:
            session.delete(target)
        session.flush()
    return len(targets)


def set_post_status(
    session: Session,
    post_id: int,
    status: PostStatus,
    published_at: dt.datetime | None = None,
    today: dt.date | None = None,
) -> Post:
    """Mark the post ready, published (at ``published_at``, by default now) or cancelled.
    A published post is not sent back to draft or ready here: that is an explicit edit."""
    post = get_post(session, post_id)
    now = centre_now()
    today = today or now.date()
    if post.status == PostStatus.PUBLISHED and status in _EDITABLE_IN_SERIES:
        raise ValidationError(
            {
                "status": f"Публикация «{post.title}» уже опубликована. Чтобы вернуть её "
                "в черновики, откройте её и измените статус вручную."
            }
        )
    if status == PostStatus.PUBLISHED:
        moment = published_at or now
        if moment.date() > today:
            raise ValidationError(
                {"published_at": f"Дата выхода {moment:%d.%m.%Y} ещё не наступила"}
            )
        post.published_at = to_db(moment.replace(second=0, microsecond=0))
    elif status != PostStatus.CANCELLED:
        post.published_at = None
    post.status = status
    session.flush()
    return post


def change_series_rule(
    session: Session,
    post_id: int,
    draft: PostDraft,
    version: int,
    rule: Recurrence | None,
    today: dt.date | None = None,
) -> list[Post]:
    """From this occurrence on the series follows ``rule`` (or stops repeating when None).

    The occurrences before it stay a series whose rule ends the day before; the not yet
    published, not cancelled occurrences from it on are replaced by the new rule's ones
    starting at ``draft.planned_at`` (the post itself, updated with the draft, is the first
    and the new master); published and cancelled ones stay, detached from the series. A
    single post given a rule becomes the master of a new series. One undoable batch;
    returns the post and its new occurrences."""
    post = get_post(session, post_id)
    _check_version(session, post, version)
    clean = validate_draft(session, draft, today)
    moments: list[dt.datetime] = []
    if rule is not None:
        rule.validate()
        moments = rule.occurrences(clean.planned_at)
        if not moments:
            raise ValidationError({"recurrence": "Повтор не даёт ни одной даты публикации"})
    members = series_members(session, post)
    start = (local(post.planned_at), post.id)
    before = [m for m in members if (local(m.planned_at), m.id) < start]
    after = [m for m in members if (local(m.planned_at), m.id) > start]
    master = next((m for m in members if m.series_id is None and m.recurrence), None)
    cut_day = min(local(post.planned_at).date(), clean.planned_at.date())
    try:
        with change_batch(session, "post_rule", f"Новое правило повтора «{clean.title}»"):
            if before:  # the old series ends the day before this occurrence
                head = master if master in before else before[0]
                if head is not master and master is not None:
                    head.recurrence = master.recurrence
                head.series_id = None
                _cut_series(head, cut_day)
                for other in before:
                    if other is not head:
                        other.series_id = head.id
            for other in after:
                if other.status in _EDITABLE_IN_SERIES:
                    session.delete(other)
                else:  # published or cancelled: kept as history, outside the series
                    other.series_id, other.recurrence = None, None
            session.flush()
            if rule is None:
                _store(post, clean)
                _store_status(post, clean)
                _store_attachments(post, clean.attachments)
                post.series_id, post.recurrence = None, None
                session.flush()
                return [post]
            return _create_series(session, clean, rule, moments, master=post)
    except StaleDataError as exc:
        raise ValidationError({"version": STALE_POST.format(title=clean.title)}) from exc
