"""Posting schedule services: recurrence, series edits, moves, warnings, channels."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from sferum_desk.data.engine import Database
from sferum_desk.data.models import Channel, Post, PostStatus, SystemChannel
from sferum_desk.services import attention, settings
from sferum_desk.services.organisation import ValidationError
from sferum_desk.services.schedule import (
    PostDraft,
    Recurrence,
    add_channel,
    add_post,
    add_series,
    calendar_items,
    channel_rows,
    crowded_posts,
    delete_channel,
    delete_post,
    ensure_system_channels,
    load_post,
    missing_attachments,
    overdue_posts,
    reschedule_post,
    set_post_status,
    update_channel,
    update_post,
)

from .conftest import TODAY

D = dt.datetime


def _centre(session) -> int:
    return session.scalar(select(Channel.id).where(Channel.system_key == SystemChannel.CENTRE))


def _times(session) -> list[dt.datetime]:
    from sferum_desk.services.schedule import local

    return [local(p.planned_at) for p in session.scalars(select(Post).order_by(Post.planned_at))]


# -- recurrence -----------------------------------------------------------------------------


def test_weekly_mon_thu_across_month_boundary() -> None:
    rule = Recurrence("weekly", weekdays=(0, 3), until=dt.date(2026, 12, 10))
    assert rule.occurrences(D(2026, 11, 27, 18, 0)) == [
        D(2026, 11, 30, 18, 0),
        D(2026, 12, 3, 18, 0),
        D(2026, 12, 7, 18, 0),
        D(2026, 12, 10, 18, 0),
    ]
    assert rule.describe() == "еженедельно по пн и чт, до 10.12.2026"


def test_monthly_on_31st_clamps_to_last_day_of_short_months() -> None:
    rule = Recurrence("monthly", month_day=31, count=5)
    assert rule.occurrences(D(2027, 1, 31, 9, 0)) == [
        D(2027, 1, 31, 9, 0),
        D(2027, 2, 28, 9, 0),
        D(2027, 3, 31, 9, 0),
        D(2027, 4, 30, 9, 0),
        D(2027, 5, 31, 9, 0),
    ]
    # a leap year's February ends on the 29th
    assert Recurrence("monthly", month_day=31, count=2).occurrences(D(2028, 1, 31, 9))[1] == D(
        2028, 2, 29, 9
    )
    assert Recurrence("monthly", month_day=1, count=6).describe() == "ежемесячно 1-го числа, 6 раз"


@pytest.mark.parametrize(
    "rule",
    [
        Recurrence("weekly", weekdays=(0, 3), until=dt.date(2026, 12, 31)),
        Recurrence("weekly", interval=2, weekdays=(4,), count=10),
        Recurrence("monthly", month_day=31, count=6),
        Recurrence("monthly", month_day=1, until=dt.date(2027, 5, 31)),
        Recurrence("daily", interval=3, count=7),
    ],
)
def test_rrule_round_trip(rule: Recurrence) -> None:
    text = rule.to_rrule()
    assert Recurrence.from_rrule(text) == rule
    assert Recurrence.from_rrule("RRULE:" + text) == rule


def test_rule_needs_an_end_and_sane_values() -> None:
    with pytest.raises(ValidationError) as info:
        Recurrence("weekly", weekdays=(0,)).to_rrule()
    assert "until" in info.value.errors
    with pytest.raises(ValidationError) as info:
        Recurrence("hourly", interval=0, count=2).validate()
    assert set(info.value.errors) == {"freq", "interval"}


def test_moscow_series_keeps_local_time_over_end_of_october(db: Database) -> None:
    """Moscow has no DST: 18:00 stays 18:00 local and 15:00 UTC after the last Sunday of
    October (the day Europe changes its clocks)."""
    with db.transaction() as s:
        draft = PostDraft(_centre(s), D(2026, 10, 16, 18, 0), "Дайджест недели")
        add_series(s, draft, Recurrence("weekly", weekdays=(4,), until=dt.date(2026, 11, 13)))
    with db.session() as s:
        stored = [p.planned_at for p in s.scalars(select(Post).order_by(Post.planned_at))]
        assert [m.astimezone(dt.UTC).time() for m in stored] == [dt.time(15, 0)] * 5
        assert [m.date() for m in _times(s)] == [
            dt.date(2026, 10, 16),
            dt.date(2026, 10, 23),
            dt.date(2026, 10, 30),
            dt.date(2026, 11, 6),
            dt.date(2026, 11, 13),
        ]
        assert {m.time() for m in _times(s)} == {dt.time(18, 0)}


# -- series ---------------------------------------------------------------------------------


def _series(db: Database) -> list[int]:
    with db.transaction() as s:
        draft = PostDraft(_centre(s), D(2026, 12, 4, 18, 0), "Дайджест недели", body="Итоги")
        posts = add_series(s, draft, Recurrence("weekly", weekdays=(4,), count=4))
        return [p.id for p in posts]


def test_add_series_master_and_members(db: Database) -> None:
    ids = _series(db)
    with db.session() as s:
        master, *rest = (s.get(Post, i) for i in ids)
        assert master.recurrence == "FREQ=WEEKLY;BYDAY=FR;COUNT=4"
        assert master.series_id is None
        assert {p.series_id for p in rest} == {master.id}
        form = load_post(s, ids[2])
        assert form.in_series and form.series_size == 4
        assert form.rule == Recurrence("weekly", weekdays=(4,), count=4)
        assert form.draft.planned_at == D(2026, 12, 18, 18, 0)


def _edit(db: Database, post_id: int, scope, **changes) -> None:
    with db.transaction() as s:
        form = load_post(s, post_id)
        draft = form.draft
        for key, value in changes.items():
            setattr(draft, key, value)
        update_post(s, post_id, draft, form.version, scope, today=TODAY)


def _titles_and_times(db: Database) -> list[tuple[str, dt.datetime]]:
    from sferum_desk.services.schedule import local

    with db.session() as s:
        return [
            (p.title, local(p.planned_at))
            for p in s.scalars(select(Post).order_by(Post.planned_at))
        ]


def test_edit_one_occurrence_only(db: Database) -> None:
    ids = _series(db)
    _edit(db, ids[1], "one", title="Особый выпуск", planned_at=D(2026, 12, 12, 10, 0))
    assert _titles_and_times(db) == [
        ("Дайджест недели", D(2026, 12, 4, 18, 0)),
        ("Особый выпуск", D(2026, 12, 12, 10, 0)),
        ("Дайджест недели", D(2026, 12, 18, 18, 0)),
        ("Дайджест недели", D(2026, 12, 25, 18, 0)),
    ]


def test_edit_following_changes_title_and_time_keeping_dates(db: Database) -> None:
    ids = _series(db)
    _edit(db, ids[2], "following", title="Новости недели", planned_at=D(2026, 12, 18, 17, 30))
    assert _titles_and_times(db) == [
        ("Дайджест недели", D(2026, 12, 4, 18, 0)),
        ("Дайджест недели", D(2026, 12, 11, 18, 0)),
        ("Новости недели", D(2026, 12, 18, 17, 30)),
        ("Новости недели", D(2026, 12, 25, 17, 30)),
    ]


def test_edit_series_skips_published_occurrences(db: Database) -> None:
    ids = _series(db)
    with db.transaction() as s:
        set_post_status(
            s, ids[0], PostStatus.PUBLISHED, D(2026, 12, 4, 18, 5), dt.date(2026, 12, 31)
        )
    _edit(db, ids[3], "series", title="Новости недели", body="Кратко")
    assert [t for t, _ in _titles_and_times(db)] == ["Дайджест недели"] + ["Новости недели"] * 3
    with db.session() as s:
        assert s.get(Post, ids[1]).body == "Кратко"
        assert s.get(Post, ids[1]).status == PostStatus.DRAFT


def test_stale_version_is_refused(db: Database) -> None:
    ids = _series(db)
    with db.session() as s:
        form = load_post(s, ids[0])
    _edit(db, ids[0], "one", title="Изменено в другом окне")
    with db.transaction() as s, pytest.raises(ValidationError) as info:
        update_post(s, ids[0], form.draft, form.version, "one", today=TODAY)
    assert "version" in info.value.errors
    assert "уже изменили" in info.value.errors["version"]


def test_reschedule_keeps_time_of_day(db: Database) -> None:
    ids = _series(db)
    with db.transaction() as s:
        reschedule_post(s, ids[1], dt.date(2026, 12, 10))
    assert [t for _, t in _titles_and_times(db)] == [
        D(2026, 12, 4, 18, 0),
        D(2026, 12, 10, 18, 0),
        D(2026, 12, 18, 18, 0),
        D(2026, 12, 25, 18, 0),
    ]


def test_reschedule_series_shifts_all_by_same_days(db: Database) -> None:
    ids = _series(db)
    with db.transaction() as s:
        reschedule_post(s, ids[2], dt.date(2026, 12, 17), "series")
    assert [t for _, t in _titles_and_times(db)] == [
        D(2026, 12, 3, 18, 0),
        D(2026, 12, 10, 18, 0),
        D(2026, 12, 17, 18, 0),
        D(2026, 12, 24, 18, 0),
    ]


def test_delete_following_and_master(db: Database) -> None:
    ids = _series(db)
    with db.transaction() as s:
        assert delete_post(s, ids[2], "following") == 2
    with db.session() as s:
        assert s.get(Post, ids[0]).recurrence == "FREQ=WEEKLY;BYDAY=FR;UNTIL=20261217T235959"
    with db.transaction() as s:
        assert delete_post(s, ids[0], "one") == 1
    with db.session() as s:
        head = s.get(Post, ids[1])
        assert head.series_id is None and head.recurrence is not None
        assert load_post(s, ids[1]).series_size == 1


def test_published_needs_time_and_does_not_go_back_silently(db: Database) -> None:
    with db.transaction() as s:
        draft = PostDraft(
            _centre(s), D(2026, 11, 10, 12), "Итоги конкурса", status=PostStatus.PUBLISHED
        )
        with pytest.raises(ValidationError) as info:
            add_post(s, draft, today=TODAY)
        assert "published_at" in info.value.errors
        draft.published_at = D(2026, 11, 10, 12, 7)
        post_id = add_post(s, draft, today=TODAY).id
    with db.transaction() as s, pytest.raises(ValidationError) as info:
        set_post_status(s, post_id, PostStatus.DRAFT, today=TODAY)
    assert "уже опубликована" in info.value.errors["status"]
    with db.session() as s:
        assert load_post(s, post_id).draft.published_at == D(2026, 11, 10, 12, 7)


def test_missing_attachments_are_listed(db: Database, tmp_path) -> None:
    present = tmp_path / "афиша.png"
    present.write_bytes(b"png")
    gone = str(tmp_path / "нет.pdf")
    with db.transaction() as s:
        draft = PostDraft(_centre(s), D(2026, 12, 1, 12), "Афиша", attachments=[str(present), gone])
        post = add_post(s, draft, today=TODAY)
        assert missing_attachments(post) == [gone]


# -- warnings and calendar ------------------------------------------------------------------


def test_overdue_at_fixed_now(db: Database) -> None:
    with db.transaction() as s:
        c = _centre(s)
        due = add_post(s, PostDraft(c, D(2026, 11, 16, 11, 0), "Ждёт"), today=TODAY).id
        later = add_post(s, PostDraft(c, D(2026, 11, 16, 13, 0), "Позже"), today=TODAY).id
        add_post(
            s,
            PostDraft(
                c,
                D(2026, 11, 16, 9, 0),
                "Вышла",
                status=PostStatus.PUBLISHED,
                published_at=D(2026, 11, 16, 9, 2),
            ),
            today=TODAY,
        )
        add_post(
            s,
            PostDraft(c, D(2026, 11, 16, 8, 0), "Отменена", status=PostStatus.CANCELLED),
            today=TODAY,
        )
    with db.session() as s:
        assert overdue_posts(s, D(2026, 11, 16, 12, 0)) == [due]
        assert overdue_posts(s, D(2026, 11, 16, 13, 1)) == [due, later]
        items = calendar_items(s, TODAY, TODAY + dt.timedelta(days=1), D(2026, 11, 16, 12, 0))
        assert [(i.title, i.overdue) for i in items] == [
            ("Отменена", False),
            ("Вышла", False),
            ("Ждёт", True),
            ("Позже", False),
        ]
        assert items[2].status == "Черновик" and items[2].source == "ЦентрКонтакт канал"
        assert items[2].colour.startswith("#") and len(items[2].colour) == 7
        found = attention.collect_attention(s, TODAY + dt.timedelta(days=1))
        assert [(i.text, i.page) for i in found if i.key == "overdue_posts"] == [
            ("2 публикации просрочены — опубликуйте или перенесите", "posts")
        ]


def test_crowded_within_interval_not_beyond(db: Database) -> None:
    with db.transaction() as s:
        c = _centre(s)
        other = add_channel(s, "Новости объединений").id

        def at(channel: int, h: int, m: int) -> int:
            return add_post(s, PostDraft(channel, D(2026, 12, 1, h, m), f"{h}:{m}"), today=TODAY).id

        a, b = at(c, 10, 0), at(c, 11, 59)  # 119 minutes apart: crowded
        far = at(c, 14, 0)  # 121 minutes after b: fine
        elsewhere = at(other, 10, 30)  # another channel does not count
    with db.session() as s:
        day = dt.date(2026, 12, 1)
        assert crowded_posts(s, day, day + dt.timedelta(days=1)) == {a, b}
        assert elsewhere not in crowded_posts(s, day, day + dt.timedelta(days=1), minutes=600)
        assert crowded_posts(s, day, day + dt.timedelta(days=1), minutes=122) == {a, b, far}
        assert crowded_posts(s, day, day + dt.timedelta(days=1), minutes=30) == set()
    with db.transaction() as s:
        settings.set_post_min_interval_minutes(s, 60)
    with db.session() as s:
        assert settings.post_min_interval_minutes(s) == 60
        assert crowded_posts(s, day, day + dt.timedelta(days=1)) == set()
        with pytest.raises(ValidationError):
            settings.set_post_min_interval_minutes(s, 0)


# -- channels -------------------------------------------------------------------------------


def test_system_channels_exist_and_are_undeletable(db: Database) -> None:
    with db.transaction() as s:
        ensure_system_channels(s)
        ensure_system_channels(s)
        rows = channel_rows(s)
        assert [r.name for r in rows if r.is_system] == ["ЦентрКонтакт канал", "канал Сотрудники"]
        for row in rows:
            with pytest.raises(ValidationError) as info:
                delete_channel(s, row.id)
            assert "системный канал" in info.value.errors["channel"]
        with pytest.raises(ValidationError):
            update_channel(s, rows[0].id, "Другое имя", "", "", "", rows[0].version)


def test_channel_add_edit_delete(db: Database) -> None:
    with db.transaction() as s:
        with pytest.raises(ValidationError) as info:
            add_channel(s, "  ", url="ftp://x", colour="red")
        assert set(info.value.errors) == {"name", "url", "colour"}
        with pytest.raises(ValidationError):
            add_channel(s, "цЕНТРКОНТАКТ КАНАЛ")
        channel = add_channel(s, "Новости объединений", "https://sferum.ru/c/1", "#AA0000")
        channel_id, version = channel.id, channel.version
        add_post(s, PostDraft(channel_id, D(2026, 12, 1, 12), "Первая"), today=TODAY)
    with db.transaction() as s:
        update_channel(s, channel_id, "Объединения", "", "", "Для педагогов", version)
        with pytest.raises(ValidationError) as info:
            update_channel(s, channel_id, "Снова", "", "", "", version)
        assert "version" in info.value.errors
        row = next(r for r in channel_rows(s) if r.id == channel_id)
        assert (row.name, row.post_count, row.description) == ("Объединения", 1, "Для педагогов")
        with pytest.raises(ValidationError) as info:
            delete_channel(s, channel_id)
        assert "1 публикация" in info.value.errors["channel"]
