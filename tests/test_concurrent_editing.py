"""Two administrators editing the same record from two PCs: the second save is refused with
what the first one changed, never a silent overwrite. Each administrator has their own
``Database`` (engine and sessions) on the same database, as two running apps would; in the
PostgreSQL pass (SFERUM_DESK_TEST_DB) it is a real server."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading

import pytest
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database, open_database
from sferum_desk.errors import ValidationError
from sferum_desk.services import chats
from sferum_desk.services.people import cards as people

from .ui_helpers import populate_small

TODAY = dt.date(2026, 11, 16)


@pytest.fixture
def two_admins(db: Database) -> tuple[Database, Database]:
    populate_small(db)
    other = open_database(db.url)
    yield db, other
    other.dispose()


def _kuznetsov(database: Database) -> int:
    with database.session() as s:
        return s.scalars(select(m.Person.id).where(m.Person.last_name == "Кузнецов")).one()


def _as(monkeypatch: pytest.MonkeyPatch, user: str) -> None:
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(name, user)


def test_the_second_save_is_refused_with_what_the_first_changed(
    two_admins: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = two_admins
    person_id = _kuznetsov(first)
    # both open the card
    with first.session() as s:
        card_a, version_a = people.load_person(s, person_id)  # type: ignore[misc]
    with second.session() as s:
        card_b, version_b = people.load_person(s, person_id)  # type: ignore[misc]
    assert version_a == version_b

    _as(monkeypatch, "ivanova")
    with first.transaction() as s:
        changed = dataclasses.replace(card_a, phone="+79004445566", note="Сменил номер")
        people.update_person(s, person_id, changed, version_a, today=TODAY)

    _as(monkeypatch, "petrov")
    mine = dataclasses.replace(card_b, email="kuznetsov@example.ru")
    with pytest.raises(ValidationError) as refused, second.transaction() as s:
        people.update_person(s, person_id, mine, version_b, today=TODAY)
    message = refused.value.errors["version"]
    assert "уже изменили в другом окне или на другом компьютере" in message
    assert "Что изменили:" in message and "ivanova" in message
    assert "+79004445566" in message and "Сменил номер" in message

    with second.session() as s:  # the first save stands, the second left no trace
        person = s.get(m.Person, person_id)
        assert person is not None
        assert (person.phone, person.note) == ("+79004445566", "Сменил номер")
        assert person.email != "kuznetsov@example.ru"
        assert person.version == version_a + 1

    # reopened, the card shows the first save and the second administrator's edit goes in
    with second.session() as s:
        fresh, version = people.load_person(s, person_id)  # type: ignore[misc]
    with second.transaction() as s:
        people.update_person(
            s, person_id, dataclasses.replace(fresh, email="kuznetsov@example.ru"), version
        )
    with first.session() as s:
        person = s.get(m.Person, person_id)
        assert person is not None
        assert (person.phone, person.email) == ("+79004445566", "kuznetsov@example.ru")


def test_a_chat_saved_elsewhere_is_not_overwritten(two_admins: tuple[Database, Database]) -> None:
    first, second = two_admins
    with first.session() as s:
        chat_id = s.scalars(select(m.Chat.id).where(m.Chat.title == "Директор и педагоги")).one()
        draft_a, version = chats.load_chat(s, chat_id)
    with second.session() as s:
        draft_b, _ = chats.load_chat(s, chat_id)
    with first.transaction() as s:
        chats.update_chat(
            s, chat_id, dataclasses.replace(draft_a, note="Новый состав"), version, TODAY
        )
    with pytest.raises(ValidationError) as refused, second.transaction() as s:
        chats.update_chat(s, chat_id, dataclasses.replace(draft_b, note="Моё"), version, TODAY)
    assert "Новый состав" in refused.value.errors["version"]
    with second.session() as s:
        chat = s.get(m.Chat, chat_id)
        assert chat is not None and chat.note == "Новый состав"


@pytest.mark.postgresql
def test_two_saves_racing_on_the_server_one_wins(two_admins: tuple[Database, Database]) -> None:
    """Both read the card inside open transactions and save at once: the server holds the
    second UPDATE until the first commits, then it matches no row (its version is gone) and
    is refused — the ``WHERE version = …`` of the UPDATE itself, not only the check before."""
    first, second = two_admins
    person_id = _kuznetsov(first)
    with first.session() as s:
        card, version = people.load_person(s, person_id)  # type: ignore[misc]
    read_both = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def save(database: Database, who: str, phone: str) -> None:
        try:
            with database.transaction() as s:
                person = s.get(m.Person, person_id)
                assert person is not None and person.version == version
                read_both.wait(timeout=10)  # both have passed the version check
                if who == "second":
                    read_both.wait(timeout=10)  # …and the first has flushed its UPDATE
                people.update_person(s, person_id, dataclasses.replace(card, phone=phone), version)
                if who == "first":
                    read_both.wait(timeout=10)
            outcomes[who] = "saved"
        except ValidationError as exc:
            outcomes[who] = exc.errors.get("version", str(exc))

    threads = [
        threading.Thread(target=save, args=(first, "first", "+79001110000")),
        threading.Thread(target=save, args=(second, "second", "+79002220000")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert outcomes["first"] == "saved"
    assert "уже изменили" in outcomes["second"]
    with second.session() as s:
        person = s.get(m.Person, person_id)
        assert person is not None and person.phone == "+79001110000"
        assert person.version == version + 1
