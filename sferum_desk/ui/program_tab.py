"""Настройки → «Программа»: this computer's interface language and the Centre's time zone
(``preferences``; not in the shared database)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import preferences
from ..services import clock
from . import icons

LANGUAGE_NAMES = {"ru": "Русский", "en": "English"}  # each in its own language
ZONE_NAMES = {
    "Europe/Kaliningrad": QT_TRANSLATE_NOOP("ProgramTab", "Kaliningrad"),
    "Europe/Moscow": QT_TRANSLATE_NOOP("ProgramTab", "Moscow"),
    "Europe/Samara": QT_TRANSLATE_NOOP("ProgramTab", "Samara"),
    "Asia/Yekaterinburg": QT_TRANSLATE_NOOP("ProgramTab", "Yekaterinburg"),
    "Asia/Omsk": QT_TRANSLATE_NOOP("ProgramTab", "Omsk"),
    "Asia/Krasnoyarsk": QT_TRANSLATE_NOOP("ProgramTab", "Krasnoyarsk"),
    "Asia/Irkutsk": QT_TRANSLATE_NOOP("ProgramTab", "Irkutsk"),
    "Asia/Yakutsk": QT_TRANSLATE_NOOP("ProgramTab", "Yakutsk"),
    "Asia/Vladivostok": QT_TRANSLATE_NOOP("ProgramTab", "Vladivostok"),
    "Asia/Magadan": QT_TRANSLATE_NOOP("ProgramTab", "Magadan"),
    "Asia/Kamchatka": QT_TRANSLATE_NOOP("ProgramTab", "Kamchatka"),
}


def zone_label(name: str) -> str:
    """«Москва (UTC+3)»: the city and the zone's present offset."""
    offset = dt.datetime.now(ZoneInfo(name)).utcoffset() or dt.timedelta()
    hours = int(offset.total_seconds() // 3600)
    city = QCoreApplication.translate("ProgramTab", ZONE_NAMES.get(name, name))
    return f"{city} (UTC{hours:+d})"


class ProgramTab(QWidget):
    zone_changed = Signal()  # the pages show times on the new clock after a reload

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("program_settings")
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in preferences.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.zone = QComboBox()
        self.zone.setObjectName("time_zone")
        for name in preferences.RUSSIAN_TIME_ZONES:
            self.zone.addItem(zone_label(name), name)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("save")
        self.save_button.setIcon(icons.icon(icons.SAVE))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        form = QFormLayout()
        language_label = QLabel(self.tr("Interface &language:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        zone_label_widget = QLabel(self.tr("The Centre's &time zone:"))
        zone_label_widget.setBuddy(self.zone)
        form.addRow(zone_label_widget, self.zone)
        note = QLabel(
            self.tr(
                "Kept on this computer, not in the Centre's database. Post, broadcast and "
                "change-log times are shown and planned on the Centre's clock. A new "
                "language takes effect when the program is started again."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("note")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.setTabOrder(self.language, self.zone)
        self.setTabOrder(self.zone, self.save_button)
        self.load()

    def load(self) -> None:
        saved = preferences.load()
        self.language.setCurrentIndex(max(0, self.language.findData(saved.language)))
        index = self.zone.findData(saved.time_zone)
        if index < 0:  # a zone set by hand outside Russia's list: keep it selectable
            self.zone.addItem(saved.time_zone, saved.time_zone)
            index = self.zone.count() - 1
        self.zone.setCurrentIndex(index)
        self.status.clear()

    @Slot()
    def save(self) -> None:
        before = preferences.load()
        chosen = preferences.Preferences(
            language=str(self.language.currentData()), time_zone=str(self.zone.currentData())
        )
        try:
            preferences.save(chosen)
        except OSError as error:
            self.status.setText(self.tr("Could not save the settings: {0}").format(error))
            return
        messages = [self.tr("Saved.")]
        if chosen.language != before.language:
            messages.append(self.tr("Start the program again to switch the language."))
        if chosen.time_zone != before.time_zone:
            clock.set_zone(chosen.time_zone)
            self.zone_changed.emit()
        self.status.setText(" ".join(messages))
