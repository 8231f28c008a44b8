"""Настройки → Программа: the interface language and the Centre's time zone, per computer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from sferum_desk import preferences
from sferum_desk.services import clock
from sferum_desk.ui.app import install_translators
from sferum_desk.ui.program_tab import ProgramTab

NOON_UTC = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)


def test_the_defaults_are_russian_and_moscow_time(app_home: Path) -> None:
    assert preferences.load() == preferences.Preferences("ru", "Europe/Moscow")
    assert clock.local(NOON_UTC) == dt.datetime(2026, 12, 4, 15, 0)


@pytest.mark.parametrize(
    "content",
    [
        b"\xff\xfe not text",
        b"[app\nlanguage = en",
        b"[app]\nlanguage = klingon\ntime_zone = Mars/Olympus\n",
    ],
)
def test_a_broken_or_foreign_file_means_the_defaults(app_home: Path, content: bytes) -> None:
    (app_home / preferences.FILE_NAME).write_bytes(content)
    assert preferences.load() == preferences.Preferences()


def test_saved_preferences_come_back_and_move_the_clock(app_home: Path) -> None:
    preferences.save(preferences.Preferences("en", "Asia/Yekaterinburg"))
    assert preferences.load() == preferences.Preferences("en", "Asia/Yekaterinburg")
    clock.set_zone(None)
    assert clock.local(NOON_UTC) == dt.datetime(2026, 12, 4, 17, 0)
    assert clock.to_db(dt.datetime(2026, 12, 4, 17, 0)) == NOON_UTC
    with pytest.raises(ValueError):
        preferences.save(preferences.Preferences("ru", "Nowhere/Atlantis"))
    assert preferences.load().time_zone == "Asia/Yekaterinburg"  # the file is as it was


def test_the_calendar_export_names_the_centres_zone(app_home: Path, db) -> None:  # noqa: ANN001
    from sferum_desk.services.schedule.ics import calendar_ics

    clock.set_zone("Asia/Vladivostok")
    with db.session() as session:
        text = calendar_ics(session, dt.date(2026, 12, 1), dt.date(2026, 12, 31)).decode()
    assert "X-WR-TIMEZONE:Asia/Vladivostok" in text
    assert "TZID:Asia/Vladivostok" in text


def test_the_program_tab_saves_language_and_zone(qtbot, app_home: Path) -> None:  # noqa: ANN001
    install_translators(QApplication.instance(), "ru")
    tab = ProgramTab()
    qtbot.addWidget(tab)
    zones = [tab.zone.itemText(i) for i in range(tab.zone.count())]
    assert zones[1] == "Москва (UTC+3)" and zones[0] == "Калининград (UTC+2)"
    assert tab.zone.currentText() == "Москва (UTC+3)"
    assert tab.language.currentText() == "Русский"
    changed: list[bool] = []
    tab.zone_changed.connect(lambda: changed.append(True))

    tab.language.setCurrentIndex(tab.language.findData("en"))
    tab.save_button.click()
    status = tab.findChild(QLabel, "status").text()
    assert status == "Сохранено. Перезапустите программу, чтобы сменить язык."
    assert preferences.load().language == "en" and not changed

    tab.zone.setCurrentIndex(tab.zone.findData("Asia/Irkutsk"))
    tab.findChild(QPushButton, "save").click()
    assert changed == [True]
    assert preferences.load().time_zone == "Asia/Irkutsk"
    assert clock.local(NOON_UTC) == dt.datetime(2026, 12, 4, 20, 0)


def test_english_shows_the_source_texts_and_russian_comes_back(qapp) -> None:  # noqa: ANN001
    try:
        assert install_translators(qapp, "en") == []
        assert QCoreApplication.translate("MainWindow", "Overview") == "Overview"
    finally:
        install_translators(qapp, "ru")
    assert QCoreApplication.translate("MainWindow", "Overview") == "Обзор"


def test_the_window_starts_in_english_when_chosen(qtbot, db, app_home: Path) -> None:  # noqa: ANN001
    from sferum_desk.ui.main_window import MainWindow

    preferences.save(preferences.Preferences("en", "Europe/Moscow"))
    app = QApplication.instance()
    try:
        install_translators(app)
        window = MainWindow(db)
        qtbot.addWidget(window)
        texts = [window.navigation.item(i).text() for i in range(window.navigation.count())]
        assert "Students" in texts and "Обучающиеся" not in texts
    finally:
        install_translators(app, "ru")
