"""Invite links: host validation, one active link per class and role, the lifecycle."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import invites, settings
from sferum_desk.services.invites import HandoutDraft, InviteDraft
from sferum_desk.services.organisation import ValidationError

from .conftest import TODAY
from .ui_helpers import populate_small

D = dt.date
R = m.InviteRole
HOSTS = settings.DEFAULT_INVITE_HOSTS
ROBOTS1 = "Робототехника, 1 год, гр. 1"


@pytest.fixture
def small_db(db: Database) -> Database:
    populate_small(db)
    return db


def group_id(s, name: str) -> int:  # noqa: ANN001
    return s.scalar(select(m.Group.id).where(m.Group.sferum_class_name == name))


def person_id(s, last: str) -> int:  # noqa: ANN001
    return s.scalar(select(m.Person.id).where(m.Person.last_name == last))


@pytest.mark.parametrize(
    "url",
    [
        "https://sferum.ru/?invite=abc",
        "  https://sferum.ru/?invite=abc\n",
        "https://web.sferum.ru/join/abc",
        "https://vk.me/join/AbC_dEf",
        "https://m.vk.com/join/x",
        "https://max.ru/join/x",
        "https://sferum.ru:443/?invite=abc",
        "HTTPS://SFERUM.RU/?invite=abc",
    ],
)
def test_good_addresses_are_accepted(url: str) -> None:
    cleaned = invites.validate_invite_url(url, HOSTS)
    assert cleaned == cleaned.strip()
    assert cleaned.startswith("https://")
    assert cleaned.split("?")[-1] == url.strip().split("?")[-1]  # the invite code keeps its case


def test_scheme_and_host_are_lower_cased_but_the_code_is_not() -> None:
    assert (
        invites.validate_invite_url(" HTTPS://Web.Sferum.RU/Join/AbC ", HOSTS)
        == "https://web.sferum.ru/Join/AbC"
    )


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://sferum.ru/?invite=abc", "https://"),
        ("ftp://sferum.ru/x", "https://"),
        ("sferum.ru/?invite=abc", "https://"),
        ("https://sferum.ru.evil.com/join/x", "«sferum.ru.evil.com»"),
        ("https://evilsferum.ru/join/x", "«evilsferum.ru»"),
        ("https://vk.me.attacker.net/x", "«vk.me.attacker.net»"),
        ("https://sferum.ru@evil.com/join/x", "пароль"),
        ("https://user:pass@sferum.ru/join/x", "пароль"),
        ("https://evil.com\\@sferum.ru/x", "косая"),
        ("https://sferum.ru:8443/join/x", "порт 8443"),
        ("https://sferum.ru/join x", "пробелы"),
        ("https://sferum.ru/", "не приглашения"),
        ("https:sferum.ru/join/x", "имени сайта"),
        ("https://127.0.0.1/join/x", "«127.0.0.1»"),
    ],
)
def test_evil_addresses_are_refused_naming_the_address_and_why(url: str, why: str) -> None:
    with pytest.raises(ValidationError) as error:
        invites.validate_invite_url(url, HOSTS)
    message = error.value.errors["url"]
    assert url.strip() in message
    assert why in message


def test_empty_address_is_refused() -> None:
    with pytest.raises(ValidationError, match="не указан"):
        invites.validate_invite_url("   ", HOSTS)


def test_allow_list_comes_from_settings(small_db: Database) -> None:
    with small_db.transaction() as s:
        settings.set_allowed_invite_hosts(s, ["max.ru"])
    with small_db.session() as s, pytest.raises(ValidationError, match="max.ru и их поддомены"):
        invites.add_invite_link(
            s, InviteDraft("https://sferum.ru/?invite=new1", R.STUDENT, group_id(s, ROBOTS1)), TODAY
        )
    with small_db.transaction() as s:
        link = invites.add_invite_link(
            s, InviteDraft("https://max.ru/join/new1", R.STUDENT, group_id(s, ROBOTS1)), TODAY
        )
        assert link.state == m.InviteState.ACTIVE


def _active(s, group: int, role: m.InviteRole) -> list[str]:  # noqa: ANN001
    return list(
        s.scalars(
            select(m.InviteLink.url).where(
                m.InviteLink.group_id == group,
                m.InviteLink.role == role,
                m.InviteLink.state == m.InviteState.ACTIVE,
            )
        )
    )


def test_new_link_replaces_the_active_one_of_the_same_class_and_role(small_db: Database) -> None:
    with small_db.transaction() as s:
        robots = group_id(s, ROBOTS1)
        first = invites.add_invite_link(
            s,
            InviteDraft(
                "https://sferum.ru/?invite=first", R.PARENT, robots, created_on=D(2026, 11, 1)
            ),
            TODAY,
        ).id
        student = invites.add_invite_link(
            s,
            InviteDraft(
                "https://sferum.ru/?invite=kids", R.STUDENT, robots, created_on=D(2026, 11, 2)
            ),
            TODAY,
        ).id
    with small_db.transaction() as s:
        invites.add_invite_link(
            s,
            InviteDraft(
                "https://sferum.ru/?invite=second", R.PARENT, robots, created_on=D(2026, 11, 10)
            ),
            TODAY,
        )
    with small_db.session() as s:
        old = s.get(m.InviteLink, first)
        assert (old.state, old.annulled_on, old.annul_reason) == (
            m.InviteState.ANNULLED,
            D(2026, 11, 10),
            "заменена новой ссылкой",
        )
        assert _active(s, robots, R.PARENT) == ["https://sferum.ru/?invite=second"]
        assert s.get(m.InviteLink, student).state == m.InviteState.ACTIVE  # other role untouched
        # the old address still works in Sferum: a task reminds to revoke it there
        task = s.scalar(select(m.SferumTask).where(m.SferumTask.invite_link_id == first))
        assert (task.kind, task.state, task.due_on) == (
            m.TaskKind.ANNUL_INVITE,
            m.TaskState.OPEN,
            TODAY + dt.timedelta(days=3),
        )
        assert task.note == "Ссылка: https://sferum.ru/?invite=first"


def test_a_chat_keeps_one_active_link_per_role_too(small_db: Database) -> None:
    with small_db.transaction() as s:
        chat = s.scalar(select(m.Chat.id).where(m.Chat.title == "Директор и педагоги"))
        first = invites.add_invite_link(
            s,
            InviteDraft(
                "https://vk.me/join/old", R.TEACHER, chat_id=chat, created_on=D(2026, 10, 1)
            ),
            TODAY,
        ).id
        draft = InviteDraft("https://vk.me/join/new", R.TEACHER, chat_id=chat)
        assert invites.links.active_link_for(s, draft) == (
            "ссылка «Директор и педагоги» — Преподаватель от 01.10.2026: https://vk.me/join/old"
        )
        invites.add_invite_link(s, draft, TODAY)
    with small_db.session() as s:
        links = s.scalars(select(m.InviteLink).where(m.InviteLink.chat_id == chat)).all()
        assert {(link.url, link.state) for link in links} == {
            ("https://vk.me/join/old", m.InviteState.ANNULLED),
            ("https://vk.me/join/new", m.InviteState.ACTIVE),
        }
        assert s.scalar(
            select(m.SferumTask.title).where(m.SferumTask.invite_link_id == first)
        ).startswith("Аннулировать ссылку")


def test_a_refused_replacement_leaves_the_old_link_active(small_db: Database) -> None:
    with small_db.transaction() as s:
        robots = group_id(s, ROBOTS1)
        invites.add_invite_link(
            s, InviteDraft("https://sferum.ru/?invite=keep", R.PARENT, robots), TODAY
        )
    with small_db.session() as s, pytest.raises(ValidationError):
        invites.add_invite_link(
            s, InviteDraft("http://sferum.ru/?invite=bad", R.PARENT, robots), TODAY
        )
    with small_db.session() as s:
        assert _active(s, robots, R.PARENT) == ["https://sferum.ru/?invite=keep"]


def test_duplicate_address_is_refused_naming_the_existing_link(small_db: Database) -> None:
    with small_db.transaction() as s:
        robots = group_id(s, ROBOTS1)
        invites.add_invite_link(
            s,
            InviteDraft(
                "https://sferum.ru/?invite=dup", R.STUDENT, robots, created_on=D(2026, 11, 3)
            ),
            TODAY,
        )
    with small_db.session() as s, pytest.raises(ValidationError) as error:
        chat = s.scalar(select(m.Chat.id).where(m.Chat.title == "Робототехника — ребята"))
        invites.add_invite_link(
            s, InviteDraft("HTTPS://Sferum.ru/?invite=dup", R.STUDENT, chat_id=chat), TODAY
        )
    message = error.value.errors["url"]
    assert f"«{ROBOTS1}» — Обучающийся от 03.11.2026" in message
    assert "уже есть в реестре" in message


def test_target_role_and_dates_are_checked(small_db: Database) -> None:
    with small_db.session() as s:
        robots, room = group_id(s, ROBOTS1), group_id(s, "Учительская")
        chat = s.scalar(select(m.Chat.id).where(m.Chat.title == "Робототехника — ребята"))
        cases = [
            (InviteDraft("https://sferum.ru/?invite=a", R.STUDENT), "target", "класс или чат"),
            (
                InviteDraft("https://sferum.ru/?invite=a", R.STUDENT, robots, chat),
                "target",
                "одно из двух",
            ),
            (InviteDraft("https://sferum.ru/?invite=a", R.STUDENT, 9999), "target", "№ 9999"),
            (InviteDraft("https://sferum.ru/?invite=a", R.STUDENT, room), "role", "«Учительская»"),
            (InviteDraft("https://sferum.ru/?invite=a", R.ADMIN, robots), "role", ROBOTS1),
            (
                InviteDraft(
                    "https://sferum.ru/?invite=a", R.STUDENT, robots, created_on=D(2026, 11, 17)
                ),
                "created_on",
                "17.11.2026",
            ),
            (
                InviteDraft(
                    "https://sferum.ru/?invite=a",
                    R.STUDENT,
                    robots,
                    created_on=D(2026, 11, 10),
                    expires_on=D(2026, 11, 9),
                ),
                "expires_on",
                "09.11.2026",
            ),
            (
                InviteDraft(
                    "https://sferum.ru/?invite=a",
                    R.STUDENT,
                    robots,
                    created_on=D(2026, 11, 1),
                    expires_on=D(2026, 11, 15),
                ),
                "expires_on",
                "уже прошёл",
            ),
        ]
        for draft, field, text in cases:
            with pytest.raises(ValidationError) as error:
                invites.add_invite_link(s, draft, TODAY)
            assert text in error.value.errors[field], draft
        # a chat link takes any role; the staff room takes staff roles
        invites.add_invite_link(
            s, InviteDraft("https://vk.me/join/ok1", R.PARENT, chat_id=chat), TODAY
        )
        invites.add_invite_link(
            s, InviteDraft("https://sferum.ru/?invite=ok2", R.STAFF, room), TODAY
        )


NOV_1 = D(2026, 11, 1)


def _new_link(
    s, url: str = "https://sferum.ru/?invite=life", created: dt.date = NOV_1, **kw
) -> int:  # noqa: ANN001, ANN003
    draft = InviteDraft(url, R.PARENT, group_id(s, ROBOTS1), created_on=created, **kw)
    return invites.add_invite_link(s, draft, TODAY).id


def test_handout_to_a_person_marks_them_invited_by_the_link(small_db: Database) -> None:
    with small_db.transaction() as s:
        link = _new_link(s)
        parent = person_id(s, "Смирнова")
        invites.record_handout(
            s, link, HandoutDraft(m.HandoutMethod.PRINTED, D(2026, 11, 12), person_id=parent), TODAY
        )
        invites.record_handout(
            s,
            link,
            HandoutDraft(
                m.HandoutMethod.IN_PERSON,
                D(2026, 11, 13),
                recipient_text="  родители   на собрании ",
            ),
            TODAY,
        )
    with small_db.session() as s:
        handouts = s.scalars(
            select(m.InviteHandout)
            .where(m.InviteHandout.invite_link_id == link)
            .order_by(m.InviteHandout.id)
        ).all()
        assert [(h.person_id, h.recipient_text, h.method, h.handed_on) for h in handouts] == [
            (parent, None, m.HandoutMethod.PRINTED, D(2026, 11, 12)),
            (None, "родители на собрании", m.HandoutMethod.IN_PERSON, D(2026, 11, 13)),
        ]
        membership = s.scalar(select(m.Membership).where(m.Membership.person_id == parent))
        assert membership.invite_link_id == link
        assert membership.invited_on == D(2026, 11, 12)


def test_handout_refusals(small_db: Database) -> None:
    with small_db.session() as s:
        link = _new_link(s)
        parent = person_id(s, "Смирнова")
        cases = [
            (HandoutDraft(m.HandoutMethod.EMAIL, D(2026, 11, 5)), "recipient", "кому выдана"),
            (
                HandoutDraft(m.HandoutMethod.EMAIL, D(2026, 11, 17), person_id=parent),
                "handed_on",
                "в будущем",
            ),
            (
                HandoutDraft(m.HandoutMethod.EMAIL, D(2026, 10, 31), person_id=parent),
                "handed_on",
                "раньше создания",
            ),
            (
                HandoutDraft(m.HandoutMethod.EMAIL, D(2026, 11, 5), person_id=9999),
                "person_id",
                "№ 9999",
            ),
        ]
        for draft, field, text in cases:
            with pytest.raises(ValidationError) as error:
                invites.record_handout(s, link, draft, TODAY)
            assert text in error.value.errors[field]
        invites.annul_link(s, link, D(2026, 11, 2), "утекла в общий чат", TODAY)
        with pytest.raises(ValidationError, match="только действующую") as error:
            invites.record_handout(
                s,
                link,
                HandoutDraft(m.HandoutMethod.EMAIL, D(2026, 11, 5), person_id=parent),
                TODAY,
            )
        assert (
            s.scalar(select(m.InviteHandout.id).where(m.InviteHandout.invite_link_id == link))
            is None
        )


def test_mark_used_and_annul(small_db: Database) -> None:
    with small_db.transaction() as s:
        used = _new_link(s)
        invites.mark_used(s, used, D(2026, 11, 4), TODAY)
        with pytest.raises(ValidationError, match="в будущем"):
            invites.annul_link(s, used, D(2026, 11, 20), "старая", TODAY)
        with pytest.raises(ValidationError, match="причину"):
            invites.annul_link(s, used, D(2026, 11, 5), "   ", TODAY)
        invites.annul_link(s, used, D(2026, 11, 5), " выдана  уволенному ", TODAY)
    with small_db.session() as s:
        link = s.get(m.InviteLink, used)
        assert (link.state, link.used_on, link.annulled_on, link.annul_reason) == (
            m.InviteState.ANNULLED,
            D(2026, 11, 4),
            D(2026, 11, 5),
            "выдана уволенному",
        )
        with pytest.raises(ValidationError, match="аннулирована"):
            invites.annul_link(s, used, D(2026, 11, 6), "ещё раз", TODAY)
        with pytest.raises(ValidationError, match="аннулирована"):
            invites.mark_used(s, used, D(2026, 11, 6), TODAY)
        with pytest.raises(ValidationError, match="№ 9999"):
            invites.mark_used(s, 9999, D(2026, 11, 6), TODAY)


def test_expire_overdue_expires_only_active_links_past_their_date(small_db: Database) -> None:
    with small_db.transaction() as s:
        due = _new_link(
            s, "https://sferum.ru/?invite=due", D(2026, 11, 1), expires_on=D(2026, 11, 20)
        )
        last_day = invites.add_invite_link(
            s,
            InviteDraft(
                "https://vk.me/join/lastday",
                R.PARENT,
                chat_id=1,
                created_on=D(2026, 11, 1),
                expires_on=D(2026, 11, 21),
            ),
            TODAY,
        ).id
        used = invites.add_invite_link(
            s,
            InviteDraft(
                "https://vk.me/join/used",
                R.STUDENT,  # the chat's parent link is ``last_day``: one active per role
                chat_id=1,
                created_on=D(2026, 11, 1),
                expires_on=D(2026, 11, 20),
            ),
            TODAY,
        ).id
        invites.mark_used(s, used, D(2026, 11, 2), TODAY)
        invites.expire_overdue(s, D(2026, 11, 20))  # expires_on itself is still valid
        assert s.get(m.InviteLink, due).state == m.InviteState.ACTIVE
    with small_db.transaction() as s:
        expired_before = set(
            s.scalars(select(m.InviteLink.id).where(m.InviteLink.state == m.InviteState.EXPIRED))
        )
        count = invites.expire_overdue(s, D(2026, 11, 21))
    with small_db.session() as s:
        states = {i: s.get(m.InviteLink, i).state for i in (due, last_day, used)}
        assert states == {
            due: m.InviteState.EXPIRED,
            last_day: m.InviteState.ACTIVE,
            used: m.InviteState.USED,
        }
        expired_now = set(
            s.scalars(select(m.InviteLink.id).where(m.InviteLink.state == m.InviteState.EXPIRED))
        )
        assert count == len(expired_now - expired_before) >= 1
