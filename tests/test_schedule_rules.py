"""Changing the recurrence rule of a post series from one occurrence on."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from sferum_desk.data.engine import Database
from sferum_desk.data.models import ChangeBatch, Channel, Post, PostStatus, SystemChannel
from sferum_desk.services.history import undo_batch
from sferum_desk.services.organisation import ValidationError
from sferum_desk.services.schedule import (
    PostDraft,
    Recurrence,
    add_post,
    add_series,
    change_series_rule,
    load_post,
    local,
    set_post_status,
    update_post,
)

from .conftest import TODAY

D = dt.datetime
MONDAYS = [D(2026, 11, 30, 18, 0) + dt.timedelta(weeks=i) for i in range(6)]


def _centre(session) -> int:  # noqa: ANN001
    return session.scalar(select(Channel.id).where(Channel.system_key == SystemChannel.CENTRE))


def _weekly_mondays(db: Database) -> list[int]:
    """Six Monday posts from 30.11.2026; the fourth (21.12) is already published."""
    with db.transaction() as s:
        draft = PostDraft(_centre(s), MONDAYS[0], "Дайджест недели", attachments=["/tmp/a.pdf"])
        posts = add_series(s, draft, Recurrence("weekly", weekdays=(0,), count=6), today=TODAY)
        ids = [p.id for p in posts]
        set_post_status(
            s, ids[3], PostStatus.PUBLISHED, D(2026, 12, 21, 18, 5), dt.date(2026, 12, 31)
        )
    return ids


def _snapshot(db: Database) -> list[tuple[object, ...]]:
    with db.session() as s:
        return [
            (
                p.id,
                local(p.planned_at),
                p.title,
                p.status,
                p.series_id,
                p.recurrence,
                sorted(a.path for a in p.attachments),
            )
            for p in s.scalars(select(Post).order_by(Post.id))
        ]


def _change(db: Database, post_id: int, rule: Recurrence | None, **changes: object) -> list[int]:
    with db.transaction() as s:
        form = load_post(s, post_id)
        for key, value in changes.items():
            setattr(form.draft, key, value)
        posts = change_series_rule(s, post_id, form.draft, form.version, rule, today=TODAY)
        return [p.id for p in posts]


def test_monday_series_moves_to_wednesdays_from_the_third(db: Database) -> None:
    ids = _weekly_mondays(db)
    before = _snapshot(db)
    wednesdays = Recurrence("weekly", weekdays=(2,), until=dt.date(2027, 1, 13))
    new_ids = _change(db, ids[2], wednesdays, title="Новости недели")
    assert new_ids[0] == ids[2]  # the edited post leads the new series
    with db.session() as s:
        posts = s.scalars(select(Post).order_by(Post.planned_at)).all()
        assert [(local(p.planned_at), p.title) for p in posts] == [
            (MONDAYS[0], "Дайджест недели"),
            (MONDAYS[1], "Дайджест недели"),
            (D(2026, 12, 16, 18, 0), "Новости недели"),
            (D(2026, 12, 21, 18, 0), "Дайджест недели"),  # published: kept
            (D(2026, 12, 23, 18, 0), "Новости недели"),
            (D(2026, 12, 30, 18, 0), "Новости недели"),
            (D(2027, 1, 6, 18, 0), "Новости недели"),
            (D(2027, 1, 13, 18, 0), "Новости недели"),
        ]
        old_master = s.get(Post, ids[0])
        assert old_master.recurrence == "FREQ=WEEKLY;BYDAY=MO;UNTIL=20261213T235959"
        assert s.get(Post, ids[1]).series_id == ids[0]
        published = s.get(Post, ids[3])
        assert published.status == PostStatus.PUBLISHED
        assert published.series_id is None and published.recurrence is None
        new_master = s.get(Post, ids[2])
        assert new_master.series_id is None
        assert new_master.recurrence == "FREQ=WEEKLY;BYDAY=WE;UNTIL=20270113T235959"
        new_posts = [s.get(Post, i) for i in new_ids]
        assert all(local(p.planned_at).weekday() == 2 for p in new_posts)
        assert {p.series_id for p in new_posts[1:]} == {ids[2]}
        assert load_post(s, ids[0]).series_size == 2
        assert load_post(s, ids[2]).series_size == 5
        # one change batch holds it all
        batch_id = s.scalar(select(func.max(ChangeBatch.id)))
        assert s.get(ChangeBatch, batch_id).kind == "post_rule"
    with db.transaction() as s:
        undo_batch(s, batch_id)
    assert _snapshot(db) == before


def test_stop_repeating_from_an_occurrence(db: Database) -> None:
    ids = _weekly_mondays(db)
    assert _change(db, ids[4], None) == [ids[4]]
    with db.session() as s:
        times = [local(p.planned_at) for p in s.scalars(select(Post).order_by(Post.planned_at))]
        assert times == MONDAYS[:5]  # the sixth, unpublished, is gone
        single = s.get(Post, ids[4])
        assert single.series_id is None and single.recurrence is None
        assert not load_post(s, ids[4]).in_series
        assert s.get(Post, ids[0]).recurrence == "FREQ=WEEKLY;BYDAY=MO;UNTIL=20261227T235959"
        assert load_post(s, ids[0]).series_size == 4  # 30.11–21.12 stay a series


def test_a_single_post_becomes_the_master_of_a_new_series(db: Database) -> None:
    with db.transaction() as s:
        post_id = add_post(s, PostDraft(_centre(s), D(2026, 12, 1, 9, 0), "План"), today=TODAY).id
    new_ids = _change(db, post_id, Recurrence("monthly", month_day=1, count=3))
    assert new_ids[0] == post_id and len(new_ids) == 3
    with db.session() as s:
        times = [local(p.planned_at) for p in s.scalars(select(Post).order_by(Post.planned_at))]
        assert times == [D(2026, 12, 1, 9, 0), D(2027, 1, 1, 9, 0), D(2027, 2, 1, 9, 0)]
        assert s.get(Post, post_id).recurrence == "FREQ=MONTHLY;BYMONTHDAY=1;COUNT=3"


def test_stale_version_is_refused_and_nothing_changes(db: Database) -> None:
    ids = _weekly_mondays(db)
    with db.session() as s:
        form = load_post(s, ids[2])
    with db.transaction() as s:
        other = load_post(s, ids[2])
        other.draft.title = "Изменено в другом окне"
        update_post(s, ids[2], other.draft, other.version, "one", today=TODAY)
    before = _snapshot(db)
    rule = Recurrence("weekly", weekdays=(2,), count=3)
    with db.transaction() as s, pytest.raises(ValidationError) as info:
        change_series_rule(s, ids[2], form.draft, form.version, rule, today=TODAY)
    assert "уже изменили" in info.value.errors["version"]
    assert _snapshot(db) == before


def test_a_rule_without_dates_is_refused(db: Database) -> None:
    ids = _weekly_mondays(db)
    before = _snapshot(db)
    with db.transaction() as s, pytest.raises(ValidationError) as info:
        form = load_post(s, ids[2])
        bad = Recurrence("weekly", weekdays=(2,), until=dt.date(2026, 12, 1))
        change_series_rule(s, ids[2], form.draft, form.version, bad, today=TODAY)
    assert "recurrence" in info.value.errors
    assert _snapshot(db) == before
