"""Cyrillic case- and ё-insensitive search, which SQLite's own lower() cannot do."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from sferum_desk.data.models import Association, Direction, Person, PersonKind
from sferum_desk.data.search import like_pattern, normalize


def _add_people(db) -> None:
    with db.transaction() as s:
        s.add_all(
            [
                Person(kind=PersonKind.STUDENT, last_name="ЁЛКА", first_name="Ирина"),
                Person(kind=PersonKind.STUDENT, last_name="Елкина", first_name="Анна"),
                Person(kind=PersonKind.STUDENT, last_name="Сосна", first_name="Пётр"),
            ]
        )


def test_the_databases_own_lower_is_not_enough(db) -> None:
    # SQLite folds ASCII only; PostgreSQL folds by the server's locale but keeps «ё».
    with db.session() as s:
        assert s.scalar(text("SELECT lower('ЁЛКА')")) != "елка"
        assert not s.scalar(text("SELECT 'ЁЛКА' LIKE 'ёлка'"))


def test_normalize_folds_case_yo_and_spaces() -> None:
    assert normalize("ЁЛКА") == normalize("ёлка") == normalize("Елка") == "елка"
    assert normalize("  Пётр   Иванович ") == "петр иванович"
    assert normalize(None) == ""


def test_search_column_finds_yolka_in_any_spelling(db) -> None:
    _add_people(db)
    with db.session() as s:

        def find(query: str) -> list[str]:
            return s.scalars(
                select(Person.last_name)
                .where(Person.search_text.like(like_pattern(query), escape="\\"))
                .order_by(Person.id)
            ).all()

        for query in ("ёлка", "ЕЛКА", "Ёлка", "елка"):
            assert find(query) == ["ЁЛКА"], query
        for query in ("ёлк", "ЕЛК"):
            assert find(query) == ["ЁЛКА", "Елкина"], query
        assert s.scalars(
            select(Person.first_name).where(Person.search_text.like(like_pattern("пётр")))
        ).all() == ["Пётр"]


def test_search_column_follows_edits(db) -> None:
    _add_people(db)
    with db.transaction() as s:
        person = s.scalars(select(Person).where(Person.last_name == "Сосна")).one()
        person.last_name = "Ёжиков"
    with db.session() as s:
        assert s.scalar(select(Person.search_text).where(Person.first_name == "Пётр")) == (
            "ежиков петр"
        )


def test_association_search_and_sql_function(db) -> None:
    with db.transaction() as s:
        direction = s.scalars(select(Direction).order_by(Direction.id)).first()
        s.add(Association(direction=direction, name="Студия «ЁЖИК»"))
    with db.session() as s:
        found = s.scalars(
            select(Association.name).where(Association.search_text.like(like_pattern("ёжик")))
        ).all()
        assert found == ["Студия «ЁЖИК»"]


@pytest.mark.sqlite_only
def test_sqlite_has_the_folding_function_for_ad_hoc_queries(db) -> None:
    with db.session() as s:
        assert s.scalar(select(func.sd_fold("ЁЛКА"))) == "елка"


def test_like_pattern_escapes_wildcards() -> None:
    assert like_pattern("50%_скидка") == "%50\\%\\_скидка%"
