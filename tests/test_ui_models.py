"""The table-model recipe, tested without a window."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QApplication

from sferum_desk.services.sferum_tasks import TaskGroup, TaskItem
from sferum_desk.ui.app import install_translators
from sferum_desk.ui.filter_proxy import FilterProxyModel
from sferum_desk.ui.movement.task_list_model import TaskListModel, branches_of
from sferum_desk.ui.table_model import (
    RECORD_ROLE,
    SORT_ROLE,
    Column,
    RecordTableModel,
    field,
)


@dataclass(frozen=True)
class Row:
    name: str
    born: dt.date | None
    groups: int
    active: bool


ROWS = [
    Row("ЁЛКИНА Анна", dt.date(2014, 3, 5), 2, True),
    Row("ИВАНОВ Пётр", dt.date(2012, 12, 31), 10, True),
    Row("Ежов Максим", None, 9, False),
    Row("Ярцева Ольга", dt.date(2013, 1, 1), 1, True),
]

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Full name"), field("name")),
    Column(QT_TRANSLATE_NOOP("Columns", "Birth date"), field("born")),
    Column(QT_TRANSLATE_NOOP("Columns", "Groups"), field("groups")),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: "да" if r.active else "нет"),
)


@pytest.fixture
def models(qapp: QApplication) -> tuple[RecordTableModel, FilterProxyModel]:
    model = RecordTableModel(COLUMNS, muted=lambda r: not r.active)
    model.set_rows(ROWS)
    proxy = FilterProxyModel()
    proxy.setSourceModel(model)
    return model, proxy


def column_texts(proxy: FilterProxyModel, column: int) -> list[str]:
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_display_sort_and_record_roles(models) -> None:  # noqa: ANN001
    model, _proxy = models
    assert model.rowCount() == 4 and model.columnCount() == 4
    index = model.index(0, 1)
    assert index.data() == "05.03.2014"
    assert index.data(SORT_ROLE) == dt.date(2014, 3, 5)
    assert model.index(2, 1).data() == ""
    assert model.index(1, 2).data(SORT_ROLE) == 10
    assert model.index(1, 0).data(RECORD_ROLE) is ROWS[1]
    alignment = model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(alignment) & Qt.AlignmentFlag.AlignRight
    assert model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # muted
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_headers_are_translated(models) -> None:  # noqa: ANN001
    model, _proxy = models
    install_translators(QApplication.instance())
    header = model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "ФИО"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Дата рождения"


def test_set_rows_resets(models, qtbot) -> None:  # noqa: ANN001
    model, proxy = models
    with qtbot.waitSignal(model.modelReset):
        model.set_rows(ROWS[:2])
    assert proxy.rowCount() == 2


def test_dates_sort_as_dates_with_empty_last(models) -> None:  # noqa: ANN001
    _model, proxy = models
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert column_texts(proxy, 1) == ["31.12.2012", "01.01.2013", "05.03.2014", ""]
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert column_texts(proxy, 1) == ["05.03.2014", "01.01.2013", "31.12.2012", ""]


def test_numbers_sort_as_numbers(models) -> None:  # noqa: ANN001
    _model, proxy = models
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert column_texts(proxy, 2) == ["1", "2", "9", "10"]


def test_text_sorts_with_yo_as_ye_ignoring_case(models) -> None:  # noqa: ANN001
    _model, proxy = models
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert column_texts(proxy, 0) == ["Ежов Максим", "ЁЛКИНА Анна", "ИВАНОВ Пётр", "Ярцева Ольга"]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("ёлкина", ["ЁЛКИНА Анна"]),
        ("елкина", ["ЁЛКИНА Анна"]),
        ("иванов", ["ИВАНОВ Пётр"]),
        ("петр иванов", ["ИВАНОВ Пётр"]),  # every word, in any column and order
        ("2013", ["Ярцева Ольга"]),  # the displayed date
        ("  ", ["ЁЛКИНА Анна", "ИВАНОВ Пётр", "Ежов Максим", "Ярцева Ольга"]),
        ("нет такого", []),
    ],
)
def test_filter_folds_cyrillic(models, typed: str, found: list[str]) -> None:  # noqa: ANN001
    _model, proxy = models
    proxy.set_filter_text(typed)
    assert column_texts(proxy, 0) == found


def test_choice_filter_combines_with_text(models) -> None:  # noqa: ANN001
    _model, proxy = models
    proxy.set_choice(3, "да")
    assert len(column_texts(proxy, 0)) == 3
    proxy.set_filter_text("ежов")
    assert column_texts(proxy, 0) == []
    proxy.set_choice(3, None)
    assert column_texts(proxy, 0) == ["Ежов Максим"]


def _task(task_id: int, title: str, *, overdue: bool = False) -> TaskItem:
    return TaskItem(
        id=task_id,
        kind="Отправить приглашение",
        title=title,
        person=None,
        target="Робототехника, 1 год, гр. 1",
        state="Открыта",
        is_open=True,
        due_on=dt.date(2026, 11, 19),
        done_on=None,
        overdue=overdue,
        note=None,
    )


def test_task_list_filters_tasks_and_keeps_their_group_rows(qapp) -> None:  # noqa: ANN001
    install_translators(QApplication.instance())
    groups = [
        TaskGroup(
            1, "Ёлкина Анна", [_task(1, "Исключить из класса"), _task(2, "Исключить из чата")]
        ),
        TaskGroup(2, "Петров Иван", [_task(3, "Отправить приглашение", overdue=True)]),
    ]
    model = TaskListModel()
    model.set_branches(branches_of(groups, "person"), "person")
    assert model.rowCount() == 5 and model.shown_task_count() == model.task_count() == 3
    assert model.index(0, 2).data() == "Ёлкина Анна"
    assert model.index(0, 4).data() == "открыто: 2, просрочено: 0"
    assert model.index(4, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue red

    model.set_filter_text("ЕЛКИНА чат")  # a group's title and a task's words, ё/е, case
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == [
        "Ёлкина Анна",
        "Исключить из чата",
    ]
    assert model.rows_of_group(0) == [1]  # a group row stands for its shown tasks only
    model.set_filter_text("нет такого")
    assert model.rowCount() == 0 and model.shown_task_count() == 0
