"""The Centre's PostgreSQL server: its address remembered on this computer, its password
asked at start (GUI and terminal) and never written — not to the settings, not to the log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sferum_desk import config, server
from sferum_desk.cli import main
from sferum_desk.commands import common
from sferum_desk.data.engine import PasswordRequiredError, open_database
from sferum_desk.errors import ValidationError

from .backends import Server

PASSWORD = "Сфера-2026!"


# -- the address, remembered without the password -----------------------------------------


def test_a_wrong_address_is_told_field_by_field() -> None:
    with pytest.raises(ValidationError) as wrong:
        server.validate(" ", "70000", "", "")
    assert set(wrong.value.errors) == {"host", "port", "database", "user"}
    assert "от 1 до 65535" in wrong.value.errors["port"]
    with pytest.raises(ValidationError) as slash:
        server.validate("db/centre", 5432, "centre", "admin")
    assert "не может содержать" in slash.value.errors["host"]
    address = server.validate(" db.centre.local ", " 5433 ", "centre", "ivanova")
    assert address.url == "postgresql+psycopg://ivanova@db.centre.local:5433/centre"


def test_the_remembered_server_has_no_password_and_is_the_default(app_home: Path) -> None:
    assert server.saved_server() is None
    assert config.db_url(None) == config.sqlite_url(config.default_db_path())
    server.save_server(f"postgresql+psycopg://ivanova:{PASSWORD}@db.centre.local/centre")
    stored = (app_home / server.SERVER_FILE).read_text(encoding="utf-8")
    assert PASSWORD not in stored and "Сфера" not in stored
    assert json.loads(stored) == {"url": "postgresql+psycopg://ivanova@db.centre.local/centre"}
    assert config.db_url(None) == "postgresql+psycopg://ivanova@db.centre.local/centre"
    assert config.db_url("other.sqlite3").startswith("sqlite:///")  # --db still wins
    server.forget_server()
    assert config.db_url(None) == config.sqlite_url(config.default_db_path())


def test_a_damaged_server_file_reads_as_none(app_home: Path) -> None:
    (app_home / server.SERVER_FILE).write_text("{not json", encoding="utf-8")
    assert server.saved_server() is None
    (app_home / server.SERVER_FILE).write_text('{"url": "sqlite:///x"}', encoding="utf-8")
    assert server.saved_server() is None


# -- on a server that asks for the password -----------------------------------------------


@pytest.fixture
def guarded(pg_server: Server, request: pytest.FixtureRequest) -> str:
    """An empty database whose owner must give PASSWORD; its URL has none."""
    url = pg_server.database_with_password(PASSWORD)
    request.addfinalizer(lambda: pg_server.drop(url))
    return url


@pytest.mark.postgresql
def test_no_or_a_wrong_password_is_a_russian_message_without_it(guarded: str) -> None:
    with pytest.raises(PasswordRequiredError) as none_given:
        open_database(guarded)
    assert not none_given.value.wrong
    assert str(none_given.value).startswith("Нужен пароль пользователя")
    with pytest.raises(PasswordRequiredError) as wrong:
        open_database(server.with_password(guarded, "не тот"))
    assert wrong.value.wrong and "не тот" not in str(wrong.value)
    assert str(wrong.value).startswith("Неверный пароль")
    database = open_database(server.with_password(guarded, PASSWORD))
    try:
        assert PASSWORD not in database.location and PASSWORD not in repr(database)
    finally:
        database.dispose()


@pytest.mark.postgresql
def test_the_terminal_asks_for_the_password(
    guarded: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # not a terminal (a script, cron): one line saying what to do, no prompt
    monkeypatch.setattr(common.sys.stdin, "isatty", lambda: False, raising=False)
    assert main(["--db", guarded, "stats", "--json"]) == 1
    err = capsys.readouterr().err
    assert "Нужен пароль" in err and "PGPASSWORD" in err and "Traceback" not in err

    asked: list[str] = []
    answers = iter(["не тот", PASSWORD])

    def type_password(prompt: str) -> str:
        asked.append(prompt)
        return next(answers)

    monkeypatch.setattr(common.sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(common.getpass, "getpass", type_password)
    assert main(["--db", guarded, "stats", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["students"] == 0
    assert "Неверный пароль." in err
    assert len(asked) == 2 and "на 127.0.0.1:" in asked[0]


@pytest.mark.postgresql
def test_the_server_dialog_connects_asks_the_password_and_keeps_only_the_address(
    guarded: str, app_home: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sferum_desk.server import address_of
    from sferum_desk.ui import opening
    from sferum_desk.ui.server_dialog import ServerDialog

    asked: list[bool] = []

    def ask(needed: PasswordRequiredError, _parent: object) -> str:
        asked.append(needed.wrong)
        return PASSWORD

    monkeypatch.setattr(opening, "ask_password", ask)
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    address = address_of(guarded)
    dialog.host.setText(address.host)
    dialog.port.setValue(address.port)
    dialog.database_name.setText(address.database)
    dialog.user.clear()
    dialog.connect_button.click()
    assert "Укажите пользователя" in dialog.errors.text() and dialog.database is None

    dialog.user.setText(address.user)
    dialog.connect_button.click()  # no password typed: asked, as at every start
    assert asked == [False]
    assert dialog.database is not None and dialog.result() == ServerDialog.DialogCode.Accepted
    dialog.database.dispose()
    assert server.saved_server() == guarded
    written = [p for p in app_home.rglob("*") if p.is_file()]
    assert written and all(PASSWORD not in p.read_text(errors="replace") for p in written)


def test_the_dialog_shows_the_remembered_server_and_forgets_it(
    app_home: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from sferum_desk.ui.server_dialog import ServerDialog

    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    fresh = ServerDialog()
    qtbot.addWidget(fresh)
    fresh.show()
    assert not fresh.forget_button.isVisible()  # nothing to forget yet

    server.save_server("postgresql+psycopg://ivanova@db.centre.local:5433/centre")
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.host.text(), dialog.port.value()) == ("db.centre.local", 5433)
    assert (dialog.database_name.text(), dialog.user.text()) == ("centre", "ivanova")
    assert dialog.password.text() == ""  # never filled from anywhere
    assert dialog.forget_button.isVisible()
    dialog.forget_button.click()
    assert server.saved_server() is None and not dialog.forget_button.isVisible()
