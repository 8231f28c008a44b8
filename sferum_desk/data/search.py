"""Search normalisation that folds Cyrillic the way a Russian reader expects.

SQLite's ``lower()``/``LIKE`` fold ASCII only, and PostgreSQL's depend on the locale, so
searchable records keep a ``search_text`` column filled with :func:`normalize` and queries
compare against ``normalize(query)``. The same function filters the GUI's tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACES = re.compile(r"\s+")


def normalize(text: str | None) -> str:
    """Case-fold, treat «ё» as «е», collapse whitespace."""
    if not text:
        return ""
    folded = text.casefold().replace("ё", "е")
    return _SPACES.sub(" ", folded).strip()


def search_text(values: Iterable[object]) -> str:
    return normalize(" ".join(str(v) for v in values if v not in (None, "")))


def like_pattern(query: str) -> str:
    """A LIKE pattern matching ``query`` anywhere in a normalised column."""
    escaped = normalize(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
