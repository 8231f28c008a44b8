"""Which database server the database-facing tests run on.

Without ``SFERUM_DESK_TEST_DB`` every test uses SQLite files in its own temporary folder.
With ``SFERUM_DESK_TEST_DB=postgresql+psycopg://user@host:port/postgres`` the fixtures
``db``, ``empty_db`` and ``demo_db`` hand out PostgreSQL databases instead: each test gets
its own, cloned (``CREATE DATABASE … TEMPLATE``) from a template migrated once per run, and
dropped afterwards. `.ci/run` starts a throwaway cluster and runs those tests a second time.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

from sferum_desk.data.engine import Database, open_database

SERVER_URL = os.environ.get("SFERUM_DESK_TEST_DB", "")

# The fixtures that hand out a database; a test asking for one of them is database-facing.
DATABASE_FIXTURES = frozenset({"db", "empty_db", "demo_db"})


def on_postgresql() -> bool:
    return SERVER_URL.startswith("postgresql")


class Server:
    """Template and per-test databases on one PostgreSQL server (this run's names only)."""

    def __init__(self, url: str) -> None:
        self.url: URL = make_url(url)
        self._admin: Engine = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self._prefix = f"sd_{os.getpid()}"
        self._templates: dict[str, str] = {}
        self._counter = itertools.count(1)
        self._roles: list[str] = []

    def _url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def _execute(self, sql: str) -> None:
        with self._admin.connect() as conn:
            conn.execute(text(sql))

    def template(self, kind: str, fill: Callable[[Database], None]) -> str:
        """A migrated database named after ``kind``, filled once by ``fill``."""
        name = self._templates.get(kind)
        if name is None:
            name = f"{self._prefix}_tpl_{kind}"
            self._execute(f'DROP DATABASE IF EXISTS "{name}"')
            self._execute(f'CREATE DATABASE "{name}"')
            database = open_database(self._url_of(name))
            try:
                fill(database)
            finally:
                database.dispose()
            self._templates[kind] = name
        return name

    def clone(self, template: str) -> str:
        """A new database copied from ``template``; returns its URL."""
        name = f"{self._prefix}_t{next(self._counter)}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self._url_of(name)

    def new_database(self) -> str:
        name = f"{self._prefix}_t{next(self._counter)}"
        self._execute(f'CREATE DATABASE "{name}"')
        return self._url_of(name)

    def database_with_password(self, password: str) -> str:
        """A new empty database owned by a new role that logs in with ``password`` (the
        cluster of .ci/postgres asks every role but the suite's superuser for its password);
        returns its URL without the password."""
        number = next(self._counter)
        role, name = f"{self._prefix}_admin{number}", f"{self._prefix}_t{number}"
        quoted = password.replace("'", "''")
        self._execute(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{quoted}'")
        self._roles.append(role)
        self._execute(f'CREATE DATABASE "{name}" OWNER "{role}"')
        return self.url.set(database=name, username=role, password=None).render_as_string(
            hide_password=False
        )

    def drop(self, url: str) -> None:
        name = make_url(url).database
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        for name in self._templates.values():
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for role in self._roles:
            self._execute(f'DROP ROLE IF EXISTS "{role}"')
        self._admin.dispose()
