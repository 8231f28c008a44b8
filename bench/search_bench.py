"""Global search (Ctrl+K) on the large Centre: the time from a keystroke to the results,
for each prefix of a name as it is typed (``services.global_search.search``, what the dialog
runs per key). The budget is absolute — results within 100 ms — and a plain casefold filter
over every person's name is printed beside it for scale."""

from __future__ import annotations

import statistics
import time
from typing import Any

from sqlalchemy import select

from sferum_desk.data.engine import open_database
from sferum_desk.data.models import Person
from sferum_desk.services.global_search import search

NEEDLE = "кравче"


def measure(db_url: str, runs: int = 5) -> dict[str, Any]:
    database = open_database(db_url)
    try:
        with database.session() as session:
            names = [f"{last} {first}" for last, first in session.execute(
                select(Person.last_name, Person.first_name))]  # fmt: skip
            search(session, "а")  # the first statements compiled, as after any first use
            per_key: list[list[float]] = []
            plain: list[float] = []
            hits = 0
            for _ in range(runs):
                times = []
                for length in range(1, len(NEEDLE) + 1):
                    started = time.perf_counter()
                    hits = len(search(session, NEEDLE[:length]))
                    times.append(time.perf_counter() - started)
                per_key.append(times)
                started = time.perf_counter()
                for length in range(1, len(NEEDLE) + 1):
                    word = NEEDLE[:length]
                    _ = [n for n in names if word in n.casefold()]
                plain.append((time.perf_counter() - started) / len(NEEDLE))
    finally:
        database.dispose()
    medians = [statistics.median(key) for key in zip(*per_key, strict=True)]
    return {
        "typed": NEEDLE,
        "people": len(names),
        "per_key_ms": [round(m * 1000, 1) for m in medians],
        "slowest_key_s": max(medians),
        "plain_filter_s": statistics.median(plain),
        "hits_for_whole_word": hits,
    }
