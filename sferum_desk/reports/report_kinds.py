"""What a director's report is asked for: its kinds and the request. Apart from
``reports.director`` so that the Отчёты page can offer the kinds without importing openpyxl
at start-up; ``reports.director`` re-exports both."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

KINDS: dict[str, str] = {
    "summary": "Сводный отчёт об использовании ИКОП «Сферум»",
    "movement": "Движение обучающихся и сотрудников",
    "invites": "Реестр ссылок-приглашений",
    "schedule": "Контент-план каналов",
    "nomenclature": "Номенклатура классов",
    "chats": "Реестр чатов и соответствие положению",
    "all": "Все отчёты в одной книге",
}
SHEET_KINDS = ("summary", "movement", "invites", "schedule", "nomenclature", "chats")


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    on: dt.date
    start: dt.date | None = None  # the period; the month of ``on`` by default
    end: dt.date | None = None
    # False: counts only — no column or line that names a person (152-ФЗ)
    personal_data: bool = True
