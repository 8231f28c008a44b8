"""Finding people as the administrator types: by name (Cyrillic, «ё»/«е», case) and by
phone however it is typed (9001234567, 89001234567, +7 (900) 123-45-67)."""

from __future__ import annotations

import re

from ...data.search import normalize

__all__ = ["phone_search_text", "search_words"]

_PHONE_LIKE = re.compile(r"^[\d\s()+\-]+$")
_MIN_PHONE_DIGITS = 5  # fewer digits are more likely an age, a year or a group number


def _phone_digits(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    if len(digits) == 11 and digits[0] == "8":
        digits = "7" + digits[1:]
    return digits


def phone_search_text(phone: str | None) -> str:
    """Extra search text for a stored phone (+79001234567 → «79001234567»), so digits typed
    without the spaces and dashes of the shown number still find it."""
    return _phone_digits(phone) if phone else ""


def search_words(query: str) -> list[str]:
    """The words to look for: a query that is a phone number becomes its digits (a leading
    8 read as 7), any other query its folded words."""
    if _PHONE_LIKE.match(query) and len(re.sub(r"\D", "", query)) >= _MIN_PHONE_DIGITS:
        return [_phone_digits(query)]
    words = []
    for word in normalize(query).split():
        if _PHONE_LIKE.match(word) and len(re.sub(r"\D", "", word)) >= _MIN_PHONE_DIGITS:
            word = _phone_digits(word)
        words.append(word)
    return words
