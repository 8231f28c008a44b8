"""«Номенклатура классов ИКОП «Сферум»»: one row per Sferum class, ready to print.

Built from :func:`sferum_desk.services.nomenclature.export_rows`; no Qt here, so the CLI, the
GUI's worker thread and the tests share it. :func:`nomenclature_table` is the sheet the
director's combined report (``reports.director``) writes into its own workbook.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook

from ..services.nomenclature import NomenclatureExport
from .xlsx import Column, Table, table_workbook

TITLE = "Номенклатура классов ИКОП «Сферум»"
HEADERS = (
    "Направленность",
    "Объединение",
    "Группа",
    "Год обучения",
    "Педагог",
    "Учебный год",
    "Название класса в Сферуме",
    "Название задано вручную",
    "Состояние в Сферуме",
    "Зачислено обучающихся",
)
HEADER_ROW = 6  # title rows 1–3, the personal-data notice, a blank row, then the table
_KINDS = {"Год обучения": "int", "Зачислено обучающихся": "int"}


def nomenclature_table(export: NomenclatureExport) -> Table:
    rows: list[tuple[object, ...]] = [
        (
            row.direction,
            row.association,
            row.group,
            row.study_year,
            row.teacher,
            row.academic_year,
            row.class_name,
            "да" if row.manual else "нет",
            row.sferum_state,
            row.enrolled,
        )
        for row in export.rows
    ]
    return Table(
        name="Номенклатура",
        title=export.centre,
        lines=[TITLE, f"Учебный год: {export.academic_year}. Дата: {export.made_on:%d.%m.%Y}"],
        bold_lines=1,
        columns=[
            Column(header, _KINDS.get(header, "text"), personal=header == "Педагог")
            for header in HEADERS
        ],
        rows=rows,
        ruled=True,
    )


def build_workbook(export: NomenclatureExport, *, personal: bool = True) -> Workbook:
    """The nomenclature as a workbook; ``personal=False`` leaves out the teachers."""
    return table_workbook(replace(nomenclature_table(export), personal=personal), export.centre)


def save_nomenclature(
    export: NomenclatureExport, path: Path | str, *, personal: bool = True
) -> int:
    """Write the workbook to ``path``; returns the number of table rows."""
    build_workbook(export, personal=personal).save(path)
    return len(export.rows)
