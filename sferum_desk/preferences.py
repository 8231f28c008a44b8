"""This computer's preferences: the interface language and the Centre's time zone.

Kept in ``<data folder>/preferences.ini`` (configparser; no Qt, so the CLI and the services
read it too). They belong to the person at this computer, like the window's arrangement,
not to the Centre's shared database. A missing, broken or foreign file means the defaults:
Russian and Moscow time.
"""

from __future__ import annotations

import configparser
import logging
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import config

log = logging.getLogger(__name__)

FILE_NAME = "preferences.ini"
SECTION = "app"
LANGUAGES = ("ru", "en")
DEFAULT_LANGUAGE = "ru"
DEFAULT_TIME_ZONE = "Europe/Moscow"
# The zones of Russia, west to east: what the settings offer.
RUSSIAN_TIME_ZONES = (
    "Europe/Kaliningrad",
    "Europe/Moscow",
    "Europe/Samara",
    "Asia/Yekaterinburg",
    "Asia/Omsk",
    "Asia/Krasnoyarsk",
    "Asia/Irkutsk",
    "Asia/Yakutsk",
    "Asia/Vladivostok",
    "Asia/Magadan",
    "Asia/Kamchatka",
)


@dataclass(frozen=True)
class Preferences:
    language: str = DEFAULT_LANGUAGE
    time_zone: str = DEFAULT_TIME_ZONE


def path() -> Path:
    return config.data_dir() / FILE_NAME


def _valid_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def load() -> Preferences:
    parser = configparser.ConfigParser()
    try:
        parser.read(path(), encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError) as error:
        log.warning("Preferences %s unreadable, using the defaults: %s", path(), error)
        return Preferences()
    language = parser.get(SECTION, "language", fallback=DEFAULT_LANGUAGE)
    zone = parser.get(SECTION, "time_zone", fallback=DEFAULT_TIME_ZONE)
    return Preferences(
        language=language if language in LANGUAGES else DEFAULT_LANGUAGE,
        time_zone=zone if _valid_zone(zone) else DEFAULT_TIME_ZONE,
    )


def save(preferences: Preferences) -> None:
    """Write the file whole (a temporary file renamed over it: never half a file)."""
    if preferences.language not in LANGUAGES:
        raise ValueError(f"unknown language {preferences.language!r}")
    if not _valid_zone(preferences.time_zone):
        raise ValueError(f"unknown time zone {preferences.time_zone!r}")
    parser = configparser.ConfigParser()
    parser[SECTION] = {"language": preferences.language, "time_zone": preferences.time_zone}
    target = path()
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".tmp")
    with temporary.open("w", encoding="utf-8") as stream:
        parser.write(stream)
    temporary.replace(target)
