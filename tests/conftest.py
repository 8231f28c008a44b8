"""Shared fixtures. Every test runs with its own SFERUM_DESK_HOME and a fresh database."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from sferum_desk.config import sqlite_url
from sferum_desk.data.engine import Database, open_database
from sferum_desk.services import organisation

# Demo data and date-dependent figures are computed against this fixed day.
TODAY = dt.date(2026, 11, 16)


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("SFERUM_DESK_HOME", str(home))
    return home


@pytest.fixture
def db(tmp_path: Path) -> Database:
    """An empty, migrated database with the organisation card and base records."""
    database = open_database(sqlite_url(tmp_path / "test.sqlite3"))
    with database.transaction() as session:
        organisation.save_card(
            session,
            organisation.OrganisationCard(
                full_name="Муниципальное бюджетное учреждение дополнительного образования "
                "Детско-юношеский центр «Контакт»",
                short_name="МБУ ДО ДЮЦ «Контакт»",
            ),
        )
    yield database
    database.dispose()


@pytest.fixture
def empty_db(tmp_path: Path) -> Database:
    database = open_database(sqlite_url(tmp_path / "empty.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo Centre is generated once per run and copied for each test that needs it."""
    from sferum_desk.services import demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(sqlite_url(path))
    with database.transaction() as session:
        demo.generate(session, seed=1, students=600, today=TODAY)
    database.dispose()
    return path


@pytest.fixture
def demo_db(_demo_template: Path, tmp_path: Path) -> Database:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(_demo_template, path)
    database = open_database(sqlite_url(path))
    yield database
    database.dispose()


def older_database(path: Path, revision: str = "0003") -> Path:
    """A database at ``path`` made by an older version of the app (schema ``revision``)."""
    from alembic import command

    from sferum_desk.data import migrate

    database = open_database(sqlite_url(path))
    cfg = migrate.alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
    database.dispose()
    return path


@pytest.fixture
def centre(_demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo Centre (built once per run), closed: the commands open it."""
    path = tmp_path / "centre.sqlite3"
    shutil.copyfile(_demo_template, path)
    return path
