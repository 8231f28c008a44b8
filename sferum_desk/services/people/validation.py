"""Checks and normal forms of a person's fields, shared by the dialogs and the importer.

Names lose extra spaces and get a capital per part («  иванова-петрова  анна » →
«Иванова-Петрова Анна»); phones become +7XXXXXXXXXX; a student's birth date gives an age
of 4–18 or a warning. The messages are Russian and name the field.
"""

from __future__ import annotations

import datetime as dt
import re

from ...data.search import normalize
from ..organisation import normalize_phone

__all__ = [
    "STUDENT_AGE_RANGE",
    "age_on",
    "birth_date_problems",
    "clean_email",
    "clean_name",
    "clean_phone",
    "name_problem",
    "normalize_phone",
    "person_key",
]

STUDENT_AGE_RANGE = (4, 18)  # supplementary education for children: 4 to 18 years
_OLDEST_BIRTH_YEAR = 1900
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_SPACES = re.compile(r"\s+")
_NAME_CHARS = re.compile(r"^[A-Za-zА-Яа-яЁё' .\-]+$")


def _capitalise(part: str) -> str:
    """«ИВАНОВА-петрова» → «Иванова-Петрова»; keeps «оглы»/«кызы» style particles small."""
    if part.casefold() in {"оглы", "кызы", "угли", "заде"}:
        return part.casefold()
    return "-".join(p[:1].upper() + p[1:].lower() for p in part.split("-"))


def clean_name(raw: str | None) -> str:
    """One name part (surname, name or patronymic) in its normal written form."""
    text = _SPACES.sub(" ", (raw or "").strip()).strip(" .")
    text = re.sub(r"\s*-\s*", "-", text)
    if not text:
        return ""
    if text.isupper() or text.islower():
        return " ".join(_capitalise(p) for p in text.split(" "))
    return text  # typed with intent («де Ла Круз»): keep the person's own capitals


_NAME_PARTS = {  # part → (nominative, accusative) for the messages
    "last_name": ("Фамилия", "фамилию"),
    "first_name": ("Имя", "имя"),
    "middle_name": ("Отчество", "отчество"),
}


def name_problem(value: str, part: str, required: bool = True) -> str | None:
    """A Russian message when a cleaned name part (``last_name``, ``first_name``,
    ``middle_name``) cannot be right, else None."""
    nominative, accusative = _NAME_PARTS[part]
    if not value:
        return f"Укажите {accusative}." if required else None
    if len(value) > 100:
        return f"{nominative}: не длиннее 100 знаков."
    if not _NAME_CHARS.match(value):
        return f"{nominative} «{value}»: только буквы, пробел, дефис и апостроф."
    return None


def clean_phone(raw: str | None) -> tuple[str | None, str | None]:
    """(normalised phone or None, error message or None). Empty input is no phone."""
    text = (raw or "").strip()
    if not text:
        return None, None
    phone = normalize_phone(text)
    if phone is None:
        return None, f"Телефон «{text}» не похож на российский номер (+7 и 10 цифр)."
    return phone, None


def clean_email(raw: str | None) -> tuple[str | None, str | None]:
    """(e-mail in lower case or None, error message or None). Empty input is no e-mail."""
    text = (raw or "").strip()
    if not text:
        return None, None
    if len(text) > 254 or not _EMAIL.match(text):
        return None, f"Адрес электронной почты «{text}» записан с ошибкой."
    return text.lower(), None


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def birth_date_problems(
    birth: dt.date | None, today: dt.date, student: bool
) -> tuple[str | None, str | None]:
    """(error, warning) for a birth date: a date in the future or before 1900 is an error;
    a student outside 4–18 years is a warning (the person may still be saved)."""
    if birth is None:
        return None, None
    if birth > today:
        return "Дата рождения не может быть в будущем.", None
    if birth.year < _OLDEST_BIRTH_YEAR:
        return f"Дата рождения раньше {_OLDEST_BIRTH_YEAR} года — проверьте год.", None
    if student:
        age = age_on(birth, today)
        low, high = STUDENT_AGE_RANGE
        if not low <= age <= high:
            return None, (
                f"Возраст по дате рождения — {age} (ожидается от {low} до {high} лет); "
                "проверьте дату."
            )
    return None, None


def person_key(
    last_name: str, first_name: str, middle_name: str | None, birth_date: dt.date | None
) -> tuple[str, str, str, dt.date | None]:
    """The identity of a person for matching: names folded (case, ё/е, spaces) + birth date."""
    return (normalize(last_name), normalize(first_name), normalize(middle_name), birth_date)
