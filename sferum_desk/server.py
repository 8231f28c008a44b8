"""The PostgreSQL server the Centre's administrators share, as this computer remembers it.

When several administrators work at once (the regulation lets the administrator appoint
extra ones), the Centre's database lives on a PostgreSQL server. Each computer remembers
the server's address — host, port, database, user — in ``server.json`` in the app's data
folder (the current user's only); the password is asked at every start and kept in memory
only, never written (the URL stored has none, whatever it was given). With a server
remembered, the app and the CLI open it unless ``--db`` names another database.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from . import config
from .errors import ValidationError
from .privacy import private_dir, private_file

log = logging.getLogger(__name__)

SERVER_FILE = "server.json"
DEFAULT_PORT = 5432
DRIVER = "postgresql+psycopg"


@dataclass(frozen=True)
class ServerAddress:
    host: str = "localhost"
    port: int = DEFAULT_PORT
    database: str = "sferum_desk"
    user: str = ""

    @property
    def url(self) -> str:
        """The SQLAlchemy URL, without a password."""
        url = URL.create(
            DRIVER, username=self.user, host=self.host, port=self.port, database=self.database
        )
        return url.render_as_string(hide_password=False)


def validate(host: str, port: str | int, database: str, user: str) -> ServerAddress:
    """The address typed in the connection dialog, or a Russian message per wrong field."""
    errors: dict[str, str] = {}
    host, database, user = host.strip(), database.strip(), user.strip()
    if not host:
        errors["host"] = "Укажите адрес сервера: имя компьютера или IP-адрес."
    elif any(ch.isspace() or ch in "/@?#" for ch in host):
        errors["host"] = f"Адрес сервера «{host}» не может содержать пробелы и знаки / @ ? #."
    try:
        number = int(str(port).strip())
    except ValueError:
        number = 0
    if not 1 <= number <= 65535:
        errors["port"] = f"Порт — число от 1 до 65535 (обычно {DEFAULT_PORT}), а не «{port}»."
    if not database:
        errors["database"] = "Укажите имя базы данных на сервере."
    if not user:
        errors["user"] = "Укажите пользователя PostgreSQL."
    if errors:
        raise ValidationError(errors)
    return ServerAddress(host, number, database, user)


def address_of(url: str) -> ServerAddress:
    parsed = make_url(url)
    return ServerAddress(
        parsed.host or "localhost",
        parsed.port or DEFAULT_PORT,
        parsed.database or "",
        parsed.username or "",
    )


def with_password(url: str, password: str) -> str:
    """``url`` with ``password`` in it, for this run's connection only."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def without_password(url: str) -> str:
    # URL.set(password=None) keeps the password ("not given"); the named tuple's own
    # _replace drops it
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def is_server_url(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def _file() -> Path:
    return config.data_dir() / SERVER_FILE


def saved_server() -> str | None:
    """The remembered server's URL (no password), or None; a damaged file reads as none."""
    path = _file()
    try:
        url = json.loads(path.read_text(encoding="utf-8"))["url"]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("Ignoring the unreadable %s: %s", path, exc)
        return None
    if not isinstance(url, str) or not is_server_url(url):
        return None
    return without_password(url)


def save_server(url: str) -> None:
    """Remember the server (its password, if ``url`` has one, is dropped)."""
    path = _file()
    private_dir(path.parent)
    temporary = private_file(path.with_suffix(".tmp"))
    temporary.write_text(
        json.dumps({"url": without_password(url)}, ensure_ascii=False), encoding="utf-8"
    )
    temporary.replace(path)


def forget_server() -> None:
    """Back to this computer's own database at the next start."""
    _file().unlink(missing_ok=True)
