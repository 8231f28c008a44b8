"""Personal data stays private: masked logs and crash files, 0600/0700 files and folders,
and a warning when the data is on a network share or a removable drive."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from sferum_desk import config, privacy
from sferum_desk.data import models as m
from sferum_desk.data.engine import Database, open_database
from sferum_desk.errors import ValidationError
from sferum_desk.privacy import mask_personal, storage_kind, storage_warning
from sferum_desk.ui import crash

from .test_cli import run
from .ui_helpers import click_navigation, main_window

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Иванова Мария Петровна left", "<ФИО> left"),
        ("owner Ёлкина Анна, group 3", "owner <ФИО>, group 3"),
        ("Салтыкова-Щедрина Ольга Ивановна", "<ФИО>"),
        ("teacher Иванов И. И. resigned", "teacher <ФИО> resigned"),
        ("call +7 900 123-45-67 or 8(900)1234567", "call <телефон> or <телефон>"),
        ("phone=+79001234567", "phone=<телефон>"),
        ("mail maria.ivanova+1@mail.ru now", "mail <e-mail> now"),
        ("Backup (daily) of demo.sqlite3 written to /tmp/b-1/x.sdbackup", None),
        ("import of 10000 rows took 2.5 s; order № 12 from 01.09.2026", None),
    ],
)
def test_mask_personal(text: str, masked: str | None) -> None:
    assert mask_personal(text) == (text if masked is None else masked)


MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
40 22 0:35 / /srv/share rw,relatime shared:20 - cifs //nas/centre rw,vers=3.0
41 22 8:17 / /home/admin/stick rw,relatime shared:21 - vfat /dev/sdb1 rw
42 22 0:36 / /home/admin/nfs\\040data rw - nfs4 nas:/data rw
"""


def test_storage_kind_tells_network_removable_and_local(tmp_path: Path) -> None:
    sys_block = tmp_path / "block"
    for disk, removable in (("sda", "0"), ("sdb", "1")):
        (sys_block / disk).mkdir(parents=True)
        (sys_block / disk / "removable").write_text(removable + "\n")
    probe = {"mountinfo": MOUNTINFO, "sys_block": sys_block}
    assert storage_kind(Path("/home/admin/.local/share/x"), **probe) is None
    assert storage_kind(Path("/srv/share/sferum"), **probe) == "network"
    assert storage_kind(Path("/home/admin/nfs data/db"), **probe) == "network"
    assert storage_kind(Path("/home/admin/stick/sferum"), **probe) == "removable"
    assert storage_kind(Path("/media/admin/USB/sferum"), **probe) == "removable"
    warning = storage_warning(Path("/srv/share/sferum"), **probe)
    assert warning is not None and "сетевом диске (/srv/share/sferum)" in warning
    assert "съёмном диске" in (storage_warning(Path("/home/admin/stick"), **probe) or "")
    assert storage_warning(Path("/home/admin"), **probe) is None


@posix_only
def test_database_logs_and_backups_are_the_users_only(tmp_path: Path) -> None:
    from sferum_desk.data.backup import Reason, make_backup

    os.umask(0o022)  # what a desktop session usually has
    path = config.data_dir() / "new.sqlite3"
    privacy.private_dir(path.parent)
    database = open_database(config.sqlite_url(path), lock=True)
    database.dispose()
    assert _mode(path) == 0o600
    assert _mode(config.data_dir()) == 0o700
    copy = make_backup(path, Reason.MANUAL)
    assert _mode(copy) == 0o600 and _mode(copy.parent) == 0o700
    log_path = privacy.setup_logging(config.log_dir())
    try:
        handler = privacy._log_handler
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        logging.getLogger("test").info("first")
        handler.doRollover()  # the file rotation opens is private too
        logging.getLogger("test").info("second")
        assert _mode(log_path) == 0o600 and _mode(log_path.parent) == 0o700
        assert _mode(log_path.with_name(log_path.name + ".1")) == 0o600
    finally:
        privacy.close_logging()


def test_the_storage_warning_shows_in_the_main_window(
    qtbot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from sferum_desk.services.listings import figures

    monkeypatch.setattr(figures, "storage_warning", lambda folder: f"сетевой диск {folder}")
    with main_window(qtbot, demo_db) as window:
        label = window.storage_label
        assert label.isVisible() and label.text() == "Не локальный диск"
        assert label.toolTip().startswith("сетевой диск ")
        click_navigation(qtbot, window, "settings")
        with qtbot.waitSignal(window.settings.database_tab.described, timeout=20_000):
            window.settings.database_tab.reload()
        assert window.settings.database_tab.storage.text().startswith("сетевой диск ")


def test_a_full_demo_session_leaves_no_personal_data_in_the_log(
    qtbot, demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # noqa: ANN001
    """Every page, the CLI's reports, backup and check, a refusal and a crash that carry a
    name, a phone and an e-mail: the log and the crash file hold none of the Centre's."""
    log_path = privacy.setup_logging(config.log_dir())
    try:
        with demo_db.session() as s:
            people = s.scalars(select(m.Person)).all()
            person = next(p for p in people if p.phone and p.email)
            secrets = {p.full_name for p in people} | {p.short_name for p in people}
            secrets |= {p.phone for p in people if p.phone}
            secrets |= {p.email for p in people if p.email}
        with main_window(qtbot, demo_db) as window:
            for key in window.page_keys():
                click_navigation(qtbot, window, key)
            hook = crash.ExceptHook(config.log_dir(), show_dialog=False)
            refusal = ValidationError({"owner": f"«{person.full_name}» — не сотрудник"})
            hook(ValidationError, refusal, None)
            try:
                raise RuntimeError(f"UNIQUE failed: {person.full_name}, {person.phone}")
            except RuntimeError as exc:
                hook(RuntimeError, exc, exc.__traceback__)
            logging.getLogger("sferum_desk.test").warning(
                "Sent to %s (%s)", person.email, person.short_name
            )
        for argv in (
            ["report", "all", "--out", str(tmp_path / "all.xlsx")],
            ["backup"],
            ["check"],
        ):
            code, _out, err = run(capsys, "--db", demo_db.location, *argv)
            assert code == 0, err
    finally:
        privacy.close_logging()
    crash_files = list(config.log_dir().glob("crash-*.txt"))
    assert len(crash_files) == 1
    written = log_path.read_text(encoding="utf-8") + crash_files[0].read_text(encoding="utf-8")
    assert "Refused" in written and "Uncaught exception" in written and "Sent to" in written
    assert "<ФИО>" in written and "<телефон>" in written and "<e-mail>" in written
    leaked = sorted(secret for secret in secrets if secret in written)
    assert leaked == []
