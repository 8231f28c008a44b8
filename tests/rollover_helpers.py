"""Helpers shared by the rollover and undo tests: a comparable dump of the whole database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database

_SKIPPED_TABLES = {"audit_entry", "change_batch"}
_SKIPPED_COLUMNS = {"created_at", "updated_at", "version"}


def dump_tables(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table but the log, its rows ordered by primary key, bookkeeping columns left out."""
    dump: dict[str, list[tuple[Any, ...]]] = {}
    with database.session() as session:
        for table in m.Base.metadata.sorted_tables:
            if table.name in _SKIPPED_TABLES:
                continue
            columns = [c for c in table.columns if c.name not in _SKIPPED_COLUMNS]
            query = select(*columns).order_by(*table.primary_key.columns)
            dump[table.name] = [tuple(row) for row in session.execute(query)]
    return dump


def set_programme_years(database: Database, years: dict[str, int | None]) -> None:
    with database.transaction() as session:
        for association in session.scalars(select(m.Association)):
            if association.name in years:
                association.programme_years = years[association.name]
