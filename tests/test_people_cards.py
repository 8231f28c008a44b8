"""Person cards: validation, duplicates, stale edits, deletion, the detail panel's data,
family links from both sides, and searching by phone."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.services.organisation import ValidationError
from sferum_desk.services.people import cards, family, lookup
from sferum_desk.services.people.cards import PersonDraft
from sferum_desk.services.people.detail import person_detail
from tests.conftest import TODAY
from tests.ui_helpers import populate_small

D = dt.date


@pytest.fixture
def small(db):  # noqa: ANN001, ANN201
    populate_small(db)
    return db


def _id(session, name: str) -> int:  # noqa: ANN001
    last, first = name.split()[:2]
    return session.scalar(
        select(m.Person.id).where(m.Person.last_name == last, m.Person.first_name == first)
    )


def _student(**extra: object) -> PersonDraft:
    values: dict[str, object] = {
        "kind": m.PersonKind.STUDENT,
        "last_name": "  сёмина ",
        "first_name": "ДАРЬЯ",
        "middle_name": "олеговна",
        "birth_date": D(2015, 4, 1),
        "phone": "8 (900) 123-45-67",
        "email": " Dasha@Example.RU ",
    }
    values.update(extra)
    return PersonDraft(**values)  # type: ignore[arg-type]


def test_validate_cleans_names_phone_and_email() -> None:
    clean, warnings = cards.validate_person(_student(), TODAY)
    assert (clean.last_name, clean.first_name, clean.middle_name) == (
        "Сёмина",
        "Дарья",
        "Олеговна",
    )
    assert clean.phone == "+79001234567"
    assert clean.email == "dasha@example.ru"
    assert warnings == []


def test_validate_collects_every_error_by_field() -> None:
    with pytest.raises(ValidationError) as caught:
        cards.validate_person(
            _student(
                last_name="",
                first_name="Ива9н",
                phone="12345",
                email="a@b",
                birth_date=TODAY + dt.timedelta(days=1),
            ),
            TODAY,
        )
    errors = caught.value.errors
    assert errors["last_name"] == "Укажите фамилию."
    assert "только буквы" in errors["first_name"]
    assert "не похож на российский номер" in errors["phone"]
    assert "с ошибкой" in errors["email"]
    assert errors["birth_date"] == "Дата рождения не может быть в будущем."


def test_student_age_outside_range_is_a_warning_not_an_error() -> None:
    clean, warnings = cards.validate_person(_student(birth_date=D(2000, 1, 1)), TODAY)
    assert clean.birth_date == D(2000, 1, 1)
    assert len(warnings) == 1 and "Возраст по дате рождения — 26" in warnings[0]
    # An adult of the same age is no warning.
    _clean, adult = cards.validate_person(
        _student(kind=m.PersonKind.PARENT, birth_date=D(2000, 1, 1)), TODAY
    )
    assert adult == []


def test_duplicate_refused_ignoring_case_and_yo(small) -> None:  # noqa: ANN001
    with small.transaction() as s:
        cards.create_person(
            s,
            _student(
                last_name="ЕЖОВ",
                first_name="максим",
                middle_name="Игоревич",
                birth_date=D(2015, 1, 1),
            ),
            today=TODAY,
        )  # another birth date: a namesake, allowed
        with pytest.raises(ValidationError) as caught:
            cards.create_person(
                s,
                _student(
                    last_name="Лeвин".replace("e", "ё"),
                    first_name="артём",
                    middle_name="ОЛЕГОВИЧ",
                    birth_date=D(2013, 11, 20),
                ),
                today=TODAY,
            )
        message = caught.value.errors["last_name"]
        assert "Обучающийся «Лёвин Артём Олегович», 20.11.2013 г. р. уже есть" in message
        # The same name as a parent is another kind: allowed.
        cards.create_person(
            s,
            _student(
                kind=m.PersonKind.PARENT,
                last_name="Левин",
                first_name="Артем",
                middle_name="Олегович",
                birth_date=D(2013, 11, 20),
            ),
            today=TODAY,
        )


def test_stale_edit_is_refused(small) -> None:  # noqa: ANN001
    with small.session() as s:
        pid = _id(s, "Петрова Алёна")
        draft, version = cards.load_person(s, pid)
    with small.transaction() as s:  # someone else saves first
        other = dataclass_copy(draft, phone="+79005550000")
        cards.update_person(s, pid, other, version, today=TODAY)
    with small.transaction() as s:
        with pytest.raises(ValidationError) as caught:
            cards.update_person(s, pid, dataclass_copy(draft, note="x"), version, today=TODAY)
        assert "уже изменили в другом окне" in caught.value.errors["version"]
    with small.session() as s:
        person = s.get(m.Person, pid)
        assert person.phone == "+79005550000" and person.note is None


def dataclass_copy(draft: PersonDraft, **changes: object) -> PersonDraft:
    import dataclasses

    return dataclasses.replace(draft, **changes)  # type: ignore[arg-type]


def test_update_stores_clean_values(small) -> None:  # noqa: ANN001
    with small.transaction() as s:
        pid = _id(s, "Петрова Алёна")
        draft, version = cards.load_person(s, pid)
        cards.update_person(
            s, pid, dataclass_copy(draft, phone="9001112233", email="A@B.RU"), version, today=TODAY
        )
    with small.session() as s:
        person = s.get(m.Person, pid)
        assert (person.phone, person.email) == ("+79001112233", "a@b.ru")


def test_delete_refused_while_records_depend(small) -> None:  # noqa: ANN001
    with small.transaction() as s:
        pid = _id(s, "Ежов Максим")
        with pytest.raises(cards.PersonInUseError) as caught:
            cards.delete_person(s, pid)
        message = caught.value.errors["person"]
        assert message.startswith("Запись «Ежов Максим Игоревич» нельзя удалить")
        assert "зачисление в «Робототехника, 1 год, гр. 1» с 01.09.2026" in message
        assert "родитель Ежова Светлана Викторовна" in message
        new_id = cards.create_person(s, _student(), today=TODAY)
        cards.delete_person(s, new_id)
    with small.session() as s:
        assert s.get(m.Person, new_id) is None
        assert s.get(m.Person, pid) is not None


def test_person_detail_collects_everything(small) -> None:  # noqa: ANN001
    with small.session() as s:
        detail = person_detail(s, _id(s, "Лёвин Артём"), TODAY)
        assert detail.full_name == "Лёвин Артём Олегович"
        assert detail.age == 12  # born 20.11.2013
        (enrolment,) = detail.enrolments
        assert enrolment.group_name == "Робототехника, 2 год, гр. 2"
        assert not enrolment.current and enrolment.leave_order == "№ 52-К от 15.10.2026"
        assert [p.full_name for p in detail.parents] == ["Лёвина Ирина Юрьевна"]
        assert [t.title for t in detail.open_tasks] == ["Исключить Лёвина А. из класса"]
        assert detail.open_tasks[0].overdue
        assert [e.kind for e in detail.events] == ["Отчисление обучающегося"]
        petrov = person_detail(s, _id(s, "Петров Иван"), TODAY)
        assert petrov.employed and petrov.employments[0].position.startswith("Педагог")
        assert [(c.full_name, c.relation) for c in petrov.children] == [
            ("Петрова Алёна Ивановна", m.ParentRelation.FATHER)
        ]
        assert petrov.membership.state == m.MembershipState.INVITED


def test_family_links_from_both_sides(small) -> None:  # noqa: ANN001
    with small.transaction() as s:
        student = _id(s, "Иванова Мария")
        parent = _id(s, "Смирнова Яна")
        teacher = _id(s, "Ёлкина Анна")
        family.link_parent(s, parent, student, m.ParentRelation.MOTHER)
        family.link_parent(s, teacher, student, m.ParentRelation.GUARDIAN)
        with pytest.raises(ValidationError, match="уже указан"):
            family.link_parent(s, parent, student)
        with pytest.raises(ValidationError, match="только обучающийся"):
            family.link_parent(s, parent, teacher)
        with pytest.raises(ValidationError, match="только родитель или сотрудник"):
            family.link_parent(s, _id(s, "Ежов Максим"), student)
    with small.session() as s:
        as_child = person_detail(s, student, TODAY)
        assert {p.full_name for p in as_child.parents} == {
            "Иванов Пётр Семёнович",
            "Смирнова Яна Олеговна",
            "Ёлкина Анна Сергеевна",
        }
        as_parent = person_detail(s, parent, TODAY)
        assert {c.full_name for c in as_parent.children} == {
            "Смирнов Глеб Антонович",
            "Иванова Мария Петровна",
        }
        # The picker leaves out who is linked already and finds by phone digits.
        names = [c.full_name for c in family.link_candidates(s, student)]
        assert "Смирнова Яна Олеговна" not in names and "Ежова Светлана Викторовна" in names
        found = family.link_candidates(s, student, "9002220001")
        assert [c.full_name for c in found] == ["Ежова Светлана Викторовна"]
        assert [c.full_name for c in family.link_candidates(s, parent, "ЛЕВИН")] == [
            "Лёвин Артём Олегович"
        ]
    with small.transaction() as s:
        family.set_relation(s, parent, student, m.ParentRelation.GUARDIAN)
        family.unlink_parent(s, teacher, student)
    with small.session() as s:
        links = {(p.full_name, p.relation) for p in person_detail(s, student, TODAY).parents}
        assert ("Смирнова Яна Олеговна", m.ParentRelation.GUARDIAN) in links
        assert all(name != "Ёлкина Анна Сергеевна" for name, _ in links)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("9001234567", ["9001234567"]),
        ("89001234567", ["79001234567"]),
        ("+7 (900) 123-45-67", ["79001234567"]),
        ("Ёлкина  анна", ["елкина", "анна"]),
        ("2014", ["2014"]),
    ],
)
def test_search_words(query: str, expected: list[str]) -> None:
    assert lookup.search_words(query) == expected


@pytest.mark.parametrize("query", ["9001234567", "89001234567", "+7 900 123-45-67", "123-45-67"])
def test_phone_typed_any_way_matches_the_stored_phone(query: str) -> None:
    text = lookup.phone_search_text("+79001234567")
    assert all(word in text for word in lookup.search_words(query))
    assert not all(word in text for word in lookup.search_words("9001234568"))
