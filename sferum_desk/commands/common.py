"""What the command-line modules share: the one-line error, argument types, opening the
database without a traceback."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from typing import Any

from .. import server

PROG = "sferum-desk"
PASSWORD_ATTEMPTS = 3  # asked on the terminal for a PostgreSQL server, never stored


class CliError(Exception):
    """A failure to report as one line on stderr with exit code 1."""


def parse_date(text: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        f"неверная дата «{text}», нужен формат ГГГГ-ММ-ДД или ДД.ММ.ГГГГ"
    )


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» — не целое число") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"нужно положительное число, а не {value}")
    return value


def open_or_fail(url: str, *, must_exist: bool = False, writes: bool = False) -> Any:
    """The database at ``url``, or a :class:`CliError` with the engine's Russian message.

    A command that ``writes`` takes the database's write lock, so it never changes a
    database another instance (the open window) is changing."""
    from ..data.engine import DatabaseError, PasswordRequiredError, open_database

    for _attempt in range(PASSWORD_ATTEMPTS):
        try:
            return open_database(url, must_exist=must_exist, lock=writes)
        except PasswordRequiredError as exc:
            if not sys.stdin.isatty():
                raise CliError(str(exc)) from exc
            if exc.wrong:
                print("Неверный пароль.", file=sys.stderr)
            url = server.with_password(
                url, getpass.getpass(f"Пароль пользователя «{exc.user}» на {exc.server}: ")
            )
        except DatabaseError as exc:
            raise CliError(str(exc)) from exc
    raise CliError(f"Пароль не подошёл {PASSWORD_ATTEMPTS} раза подряд.")
