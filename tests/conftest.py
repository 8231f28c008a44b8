"""Shared fixtures. Every test runs with its own SFERUM_DESK_HOME and a fresh database.

``db``, ``empty_db`` and ``demo_db`` are SQLite files unless ``SFERUM_DESK_TEST_DB`` names a
PostgreSQL server (tests/backends.py); then only the tests that ask for one of them, and are
not GUI tests, run, each on its own PostgreSQL database.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from sferum_desk.config import sqlite_url
from sferum_desk.data.engine import Database, open_database
from sferum_desk.services import clock, organisation

from .backends import DATABASE_FIXTURES, SERVER_URL, Server, on_postgresql

# Demo data and date-dependent figures are computed against this fixed day.
TODAY = dt.date(2026, 11, 16)


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("SFERUM_DESK_HOME", str(home))
    clock.set_zone(None)  # the Centre's clock comes from this home's preferences (Moscow)
    return home


def _fill_card(database: Database) -> None:
    with database.transaction() as session:
        organisation.save_card(
            session,
            organisation.OrganisationCard(
                full_name="Муниципальное бюджетное учреждение дополнительного образования "
                "Детско-юношеский центр «Контакт»",
                short_name="МБУ ДО ДЮЦ «Контакт»",
            ),
        )


def _fill_demo(database: Database) -> None:
    from sferum_desk.services import demo

    with database.transaction() as session:
        demo.generate(session, seed=1, students=600, today=TODAY)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgresql: runs only against a PostgreSQL server")
    config.addinivalue_line("markers", "sqlite_only: a database test about SQLite files")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On PostgreSQL keep the database-facing, non-GUI tests; without it skip the
    PostgreSQL-only ones."""
    if not on_postgresql():
        skip = pytest.mark.skip(reason="needs SFERUM_DESK_TEST_DB=postgresql+psycopg://…")
        for item in items:
            if item.get_closest_marker("postgresql"):
                item.add_marker(skip)
        return
    keep, drop = [], []
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        wanted = item.get_closest_marker("postgresql") or (
            names & DATABASE_FIXTURES
            and not names & {"qtbot", "qapp"}
            and not item.get_closest_marker("gui")
            and not item.get_closest_marker("sqlite_only")
        )
        (keep if wanted else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(scope="session")
def pg_server() -> Server:
    if not on_postgresql():
        pytest.skip("needs SFERUM_DESK_TEST_DB=postgresql+psycopg://…")
    server = Server(SERVER_URL)
    yield server
    server.close()


def _server_database(request: pytest.FixtureRequest, kind: str, fill) -> Database:
    server: Server = request.getfixturevalue("pg_server")
    url = server.clone(server.template(kind, fill))
    database = open_database(url)
    request.addfinalizer(lambda: (database.dispose(), server.drop(url)))
    return database


@pytest.fixture
def db(tmp_path: Path, request: pytest.FixtureRequest) -> Database:
    """An empty, migrated database with the organisation card and base records."""
    if on_postgresql():
        yield _server_database(request, "card", _fill_card)
        return
    database = open_database(sqlite_url(tmp_path / "test.sqlite3"))
    _fill_card(database)
    yield database
    database.dispose()


@pytest.fixture
def empty_db(tmp_path: Path, request: pytest.FixtureRequest) -> Database:
    if on_postgresql():
        yield _server_database(request, "empty", lambda _database: None)
        return
    database = open_database(sqlite_url(tmp_path / "empty.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo Centre is generated once per run and copied for each test that needs it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(sqlite_url(path))
    _fill_demo(database)
    database.dispose()
    return path


@pytest.fixture
def demo_db(tmp_path: Path, request: pytest.FixtureRequest) -> Database:
    if on_postgresql():
        yield _server_database(request, "demo", _fill_demo)
        return
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(request.getfixturevalue("_demo_template"), path)
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
