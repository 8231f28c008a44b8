"""Light and dark themes both readable: WCAG contrast of every text colour the app chooses
against the background it is drawn on, under the light and the dark palette."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from sferum_desk.commands import screenshots as screenshots_command
from sferum_desk.services.nomenclature import AssociationNode, GroupNode
from sferum_desk.services.sferum_tasks import TaskGroup, TaskItem
from sferum_desk.ui import theme
from sferum_desk.ui.form_widgets import paint_error, paint_plain
from sferum_desk.ui.movement.task_list_model import TaskListModel, branches_of
from sferum_desk.ui.schedule.calendar_canvas import chip_colours
from sferum_desk.ui.structure_model import StructureModel
from sferum_desk.ui.table_model import Column, RecordTableModel, field

Role = QPalette.ColorRole
TEXT, LARGE = 4.5, 3.0  # WCAG AA: body text; large or bold text and marks

pytestmark = pytest.mark.gui


@pytest.fixture(params=[theme.LIGHT, theme.DARK])
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The test runs under the light and again under the dark palette."""
    theme.apply_theme(qapp, request.param)
    try:
        yield qapp.palette()
    finally:
        theme.apply_theme(qapp, theme.SYSTEM)


def _on_rows(palette: QPalette) -> list[QColor]:
    """The backgrounds of a table's rows: plain and alternate."""
    return [palette.color(Role.Base), palette.color(Role.AlternateBase)]


def test_the_contrast_ratio_is_wcag_s() -> None:
    black, white = QColor("#000000"), QColor("#ffffff")
    assert theme.contrast_ratio(black, white) == pytest.approx(21.0)
    assert theme.contrast_ratio(white, white) == pytest.approx(1.0)
    assert theme.contrast_ratio(QColor("#767676"), white) == pytest.approx(4.54, abs=0.01)
    # the formula can fail: the old greys of muted rows and the palette's disabled text
    assert theme.contrast_ratio(QColor("#bebebe"), white) < TEXT


def test_the_palettes_own_text_reads_on_its_backgrounds(themed: QPalette) -> None:
    pairs = [
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.Text, Role.AlternateBase),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
        (Role.ToolTipText, Role.ToolTipBase),
        (Role.PlaceholderText, Role.Base),
        (Role.Link, Role.Base),
        (Role.Link, Role.Window),
    ]
    for text, background in pairs:
        ratio = theme.contrast_ratio(themed.color(text), themed.color(background))
        assert ratio >= TEXT, (text, background, ratio)


def test_the_app_s_own_colours_read_on_either_theme(themed: QPalette) -> None:
    backgrounds = [themed.color(Role.Window), *_on_rows(themed)]
    for colour in (theme.error_colour(themed), theme.muted_text(themed)):
        for background in backgrounds:
            assert theme.contrast_ratio(colour, background) >= TEXT, colour.name()
    text = themed.color(Role.Text)
    for background in (
        theme.error_background(themed),  # a row with a problem (the naming rule's preview)
        theme.highlight_background(themed),  # today in the calendar
        theme.drop_background(themed),
        theme.tint(text, 0.05, themed),  # a day of another month
    ):
        assert theme.contrast_ratio(text, background) >= TEXT, background.name()
    other_month = theme.tint(text, 0.05, themed)
    assert theme.contrast_ratio(theme.muted_text(themed), other_month) >= TEXT
    # marks that are not text: an overdue or a crowded post's frame; a grid line (the
    # palette's Mid all but vanishes on the dark base)
    base = themed.color(Role.Base)
    for mark in (theme.error_colour(themed), theme.warning_colour(themed)):
        assert theme.contrast_ratio(mark, base) >= LARGE, mark.name()
    assert theme.contrast_ratio(theme.line_colour(themed), base) >= 1.8


@dataclass(frozen=True)
class Row:
    name: str
    active: bool


def test_a_muted_row_of_a_register_reads(themed: QPalette) -> None:
    columns = (Column(QT_TRANSLATE_NOOP("Columns", "Full name"), field("name")),)
    model = RecordTableModel(columns, muted=lambda r: not r.active)
    model.set_rows([Row("Иванов Пётр", True), Row("Ежов Максим", False)])
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None  # the theme's
    muted = model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).color()
    for background in _on_rows(themed):
        assert theme.contrast_ratio(muted, background) >= TEXT


def _task(task_id: int, *, overdue: bool = False, is_open: bool = True) -> TaskItem:
    return TaskItem(
        id=task_id,
        kind="Отправить приглашение",
        title=f"Задача {task_id}",
        person=None,
        target="Робототехника, 1 год, гр. 1",
        state="Открыта" if is_open else "Выполнена",
        is_open=is_open,
        due_on=dt.date(2026, 11, 19),
        done_on=None,
        overdue=overdue,
        note=None,
    )


def test_overdue_and_done_tasks_read(themed: QPalette) -> None:
    groups = [TaskGroup(1, "Петров Иван", [_task(1, overdue=True), _task(2, is_open=False)])]
    model = TaskListModel()
    model.set_branches(branches_of(groups, "person"), "person")
    group_background = model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color()
    group_due = model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color()  # overdue
    assert theme.contrast_ratio(group_due, group_background) >= TEXT
    texts = [model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) for row in (1, 2)]
    assert all(brush is not None for brush in texts)
    for brush in texts:
        for background in _on_rows(themed):
            assert theme.contrast_ratio(brush.color(), background) >= TEXT


def test_an_archived_association_and_its_group_read(themed: QPalette) -> None:
    group = GroupNode(
        id=7,
        is_staff_room=False,
        number="1",
        study_year=1,
        teacher="Комаров А.Ю.",
        academic_year="2026/2027",
        planned_size=15,
        enrolled=12,
        sferum_class_name="Робототехника — гр. 1",
        class_name_manual=False,
        sferum_state="Создан",
        archived=True,
    )
    node = AssociationNode(
        id=3,
        name="Робототехника",
        head_teacher="",
        programme_years=2,
        archived=True,
        groups=(group,),
    )
    model = StructureModel()
    model.appendRow(model._association_row(node))
    association = model.index(0, 0)
    for index in (association, model.index(0, 0, association)):
        colour = index.data(Qt.ItemDataRole.ForegroundRole).color()
        for background in _on_rows(themed):
            assert theme.contrast_ratio(colour, background) >= TEXT


@pytest.mark.parametrize(
    "channel",
    ["#1f77b4", "#2ca02c", "#d62728", "#ffeb3b", "#000080", "#ffffff", "#000000", None, "нет"],
)
def test_a_calendar_chip_s_text_reads_on_its_fill(themed: QPalette, channel: str | None) -> None:
    for cancelled in (False, True):
        bar, fill, text = chip_colours(channel, cancelled, themed)
        assert bar.isValid() and fill.isValid()
        assert theme.contrast_ratio(text, fill) >= TEXT, (channel, cancelled)


def test_an_error_label_follows_a_switch_of_theme(qtbot, qapp) -> None:  # noqa: ANN001
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("Неверный ИНН", window)
    window.show()
    try:
        theme.apply_theme(qapp, theme.LIGHT)
        paint_error(label)
        light = label.palette().color(Role.WindowText)
        assert light == theme.error_colour(theme.light_palette())
        theme.apply_theme(qapp, theme.DARK)
        qtbot.waitUntil(
            lambda: (
                label.palette().color(Role.WindowText) == theme.error_colour(theme.dark_palette())
            )
        )
        paint_plain(label)  # the warning is gone: the theme's own text again
        qtbot.waitUntil(
            lambda: (
                label.palette().color(Role.WindowText)
                == theme.dark_palette().color(Role.WindowText)
            )
        )
    finally:
        theme.apply_theme(qapp, theme.SYSTEM)


def test_the_system_s_dark_scheme_is_followed(qapp, monkeypatch) -> None:  # noqa: ANN001
    try:
        monkeypatch.setattr(theme, "system_is_dark", lambda _app: True)
        assert theme.apply_theme(qapp, theme.SYSTEM)  # the style paints light: our dark
        assert qapp.style().name().lower() == "fusion"
        assert theme.is_dark(qapp.palette())
        monkeypatch.setattr(theme, "system_is_dark", lambda _app: False)
        assert not theme.apply_theme(qapp, theme.SYSTEM)
        assert not theme.is_dark(qapp.palette())
        with pytest.raises(ValueError, match="unknown theme"):
            theme.apply_theme(qapp, "sepia")
    finally:
        theme.apply_theme(qapp, theme.SYSTEM)


def test_screenshots_take_the_theme_asked_for(qapp, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    assert screenshots_command.THEMES == theme.THEMES
    parser = argparse.ArgumentParser()
    screenshots_command.add_parser(parser.add_subparsers())
    args = parser.parse_args(["screenshots", "--out", str(tmp_path), "--theme", "dark"])
    assert args.theme == "dark"
    assert parser.parse_args(["screenshots", "--out", str(tmp_path)]).theme == "system"
    seen: list[bool] = []

    def take(_database, _out, _scales):  # noqa: ANN001, ANN202
        seen.append(theme.is_dark(QApplication.palette()))
        return []

    monkeypatch.setattr("sferum_desk.ui.screenshots.take", take)
    for name in ("dark", "light"):
        screenshots_command._take(None, tmp_path, [1.0], name)
    assert seen == [True, False]
    assert not theme.is_dark(qapp.palette())  # as it was after the run
