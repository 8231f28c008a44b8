"""A register of 20,000 pupils on a real ListPage, filtered and sorted like the administrator
does: typed letter by letter, rubbed out, sorted by clicking the headers, reloaded.

The expected rows are worked out here from the records with the plain rule the user sees
(every typed word in some cell, «ё» as «е», any case), not with the proxy's own code.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy.orm import Session

from sferum_desk.data.engine import Database
from sferum_desk.ui.app import install_translators
from sferum_desk.ui.pages.list_page import ListPage, ListSpec
from sferum_desk.ui.table_model import Column, field
from sferum_desk.ui.tasks import wait_for_tasks

from .ui_helpers import click_header, type_text

ROW_COUNT = 20_000
NAME, BORN, GROUP = 0, 1, 2

SURNAMES = [
    "Ёлкин",
    "Ёлкина",
    "ЁЛКИНА",  # imported in capitals
    "Елкин",
    "Ежов",
    "Ершова",
    "Жуков",
    "Абрамов",
    "Иванова",
    "Яковлева",
    "Smith",
]
FIRST_NAMES = ["Анна", "Пётр", "Артём", "Алёна", "Глеб", "Мария"]
GROUPS = ["Робототехника, гр. 1", "Голос, гр. 2", "Шахматы, гр. 3"]


@dataclass(frozen=True)
class Pupil:
    id: int
    full_name: str
    birth_date: dt.date | None
    group: str


def pupils(count: int, seed: int = 1) -> list[Pupil]:
    rnd = random.Random(seed)
    first_day = dt.date(2010, 1, 1)
    return [
        Pupil(
            id=i,
            full_name=f"{rnd.choice(SURNAMES)} {rnd.choice(FIRST_NAMES)}",
            # Few distinct dates, so many pupils share one: the ties show the sort is stable.
            birth_date=None if rnd.random() < 0.1 else first_day + dt.timedelta(rnd.randrange(900)),
            group=rnd.choice(GROUPS),
        )
        for i in range(count)
    ]


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Full name"), field("full_name")),
    Column(QT_TRANSLATE_NOOP("Columns", "Birth date"), field("birth_date")),
    Column(QT_TRANSLATE_NOOP("Columns", "Group"), field("group")),
)


def fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


def matches(pupil: Pupil, typed: str) -> bool:
    born = pupil.birth_date.strftime("%d.%m.%Y") if pupil.birth_date else ""
    cells = fold(f"{pupil.full_name} {born} {pupil.group}")
    return all(word in cells for word in fold(typed).split())


class Listing:
    """What the page's ``fetch`` returns; a test swaps the rows and reloads."""

    def __init__(self, rows: list[Pupil]) -> None:
        self.rows = rows

    def __call__(self, _session: Session) -> list[Pupil]:
        return self.rows


@pytest.fixture
def listing() -> Listing:
    return Listing(pupils(ROW_COUNT))


@pytest.fixture
def page(qtbot, db: Database, listing: Listing):  # noqa: ANN001, ANN201
    install_translators(QApplication.instance())
    spec = ListSpec(
        title=QT_TRANSLATE_NOOP("Pages", "Students"),
        fetch=listing,
        columns=COLUMNS,
        choice_column=GROUP,
        choice_label=QT_TRANSLATE_NOOP("Pages", "Group"),
        name="pupils",
    )
    shown = ListPage(db, spec)
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    qtbot.waitExposed(shown)
    with qtbot.waitSignal(shown.loaded, timeout=20_000):
        shown.reload()
    yield shown
    wait_for_tasks()


def assert_shows(page: ListPage, expected: list[Pupil]) -> None:
    assert page.shown_records() == expected
    assert page.proxy.rowCount() == len(expected)
    assert page.count_label.text() == f"Показано {len(expected)} из {page.model.rowCount()}"


def click_row(qtbot, page: ListPage, pupil: Pupil) -> None:  # noqa: ANN001
    row = page.shown_records().index(pupil)
    index = page.proxy.index(row, NAME)
    page.table.scrollTo(index)
    centre = page.table.visualRect(index).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def rub_out(qtbot, page: ListPage) -> None:  # noqa: ANN001
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Backspace)


def test_typing_letter_by_letter_and_rubbing_out(qtbot, page: ListPage, listing: Listing) -> None:  # noqa: ANN001
    rows = listing.rows
    assert_shows(page, rows)
    typed = ""
    for letter in "ЁЛКИНА":  # capitals with «Ё»: finds «Ёлкина», «ЁЛКИНА» and «Елкина»…
        type_text(page.filter_edit, letter)
        typed += letter
        assert_shows(page, [p for p in rows if matches(p, typed)])
    found = {p.full_name.split()[0] for p in page.shown_records()}
    assert found == {"Ёлкина", "ЁЛКИНА"}  # «Елкин», «Ёлкин» lack the last «а»
    for _ in range(2):  # «ЁЛКИ»: the male «Ёлкин», «Елкин» come back
        rub_out(qtbot, page)
        typed = typed[:-1]
        assert_shows(page, [p for p in rows if matches(p, typed)])
    assert {"Ёлкин", "Елкин"} <= {p.full_name.split()[0] for p in page.shown_records()}
    type_text(page.filter_edit, " алёна")  # a second word, in another column's order
    assert_shows(page, [p for p in rows if matches(p, "ЁЛКИ алёна")])
    page.filter_edit.clear()
    assert_shows(page, rows)


def test_group_choice_and_text_filter_together(qtbot, page: ListPage, listing: Listing) -> None:  # noqa: ANN001
    combo = page.choice_combo
    assert combo is not None
    combo.setCurrentIndex(combo.findData("Голос, гр. 2"))
    type_text(page.filter_edit, "ежов")
    in_voice = [p for p in listing.rows if p.group == "Голос, гр. 2" and matches(p, "ежов")]
    assert in_voice and len(in_voice) < len([p for p in listing.rows if matches(p, "ежов")])
    assert_shows(page, in_voice)
    combo.setCurrentIndex(0)  # «Все»: the text filter still applies
    assert_shows(page, [p for p in listing.rows if matches(p, "ежов")])


def test_the_selected_pupil_stays_selected(qtbot, page: ListPage, listing: Listing) -> None:  # noqa: ANN001
    wanted = next(p for p in listing.rows[5000:] if p.full_name == "Ершова Алёна")
    click_row(qtbot, page, wanted)
    assert page.selected_records() == [wanted]
    type_text(page.filter_edit, "ерш")
    assert page.selected_records() == [wanted]
    type_text(page.filter_edit, "ова ал")
    assert page.selected_records() == [wanted]
    click_header(qtbot, page.table, BORN)
    click_header(qtbot, page.table, BORN)  # descending
    assert page.selected_records() == [wanted]
    current = page.proxy.source_row(page.table.currentIndex().row())
    assert page.model.record(current) is wanted  # the keyboard goes on from it too
    page.filter_edit.clear()
    assert page.selected_records() == [wanted]
    # A filter that hides it selects nothing rather than another pupil.
    type_text(page.filter_edit, "жуков")
    assert page.selected_records() == []
    assert not page.table.currentIndex().isValid()


def test_select_all_then_typing_selects_what_is_shown(qtbot, page: ListPage) -> None:  # noqa: ANN001
    click_header(qtbot, page.table, BORN)  # so that the first and last rows are not in id order
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected_records()) == ROW_COUNT
    type_text(page.filter_edit, "ёлкина")
    filtered = page.shown_records()
    assert 0 < len(filtered) < ROW_COUNT
    assert page.selected_records() == filtered
    page.filter_edit.clear()  # the rows hidden meanwhile come back unselected
    assert sorted(p.id for p in page.selected_records()) == sorted(p.id for p in filtered)


def test_sorting_by_birth_date_orders_dates_and_puts_the_unknown_last(
    qtbot,  # noqa: ANN001
    page: ListPage,
    listing: Listing,
) -> None:
    known = [p for p in listing.rows if p.birth_date is not None]
    unknown = [p for p in listing.rows if p.birth_date is None]
    assert unknown
    click_header(qtbot, page.table, BORN)
    # Stable: pupils born the same day keep the listing's order, the unknown ones too.
    assert page.shown_records() == sorted(known, key=lambda p: p.birth_date) + unknown
    first = page.proxy.index(0, BORN).data()
    assert dt.datetime.strptime(first, "%d.%m.%Y").date() == min(p.birth_date for p in known)
    click_header(qtbot, page.table, BORN)
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    descending = sorted(known, key=lambda p: p.birth_date, reverse=True)
    assert page.shown_records() == descending + unknown


def test_sorting_by_name_reads_yo_as_ye_in_any_case(qtbot, page: ListPage) -> None:  # noqa: ANN001
    click_header(qtbot, page.table, NAME)
    names = [p.full_name for p in page.shown_records()]
    assert names == sorted(names, key=fold)
    surnames = list(dict.fromkeys(name.split()[0] for name in names))
    # Latin first, then Cyrillic alphabetically: «Ё» among «Е», not after «Я» as the code
    # point would put it; capitals beside small letters.
    assert surnames[0] == "Smith" and surnames[-1] == "Яковлева"
    at = surnames.index
    assert at("Ежов") < at("Елкин") < at("Ёлкина") < at("Ершова") < at("Жуков")
    for same in [("Елкин", "Ёлкин"), ("Ёлкина", "ЁЛКИНА")]:  # side by side
        assert sorted(map(at, same)) == [min(map(at, same)), min(map(at, same)) + 1]


def test_a_reload_keeps_the_filter_and_the_sort(qtbot, page: ListPage, listing: Listing) -> None:  # noqa: ANN001
    type_text(page.filter_edit, "артём")
    click_header(qtbot, page.table, BORN)
    click_header(qtbot, page.table, BORN)  # latest first
    listing.rows = pupils(ROW_COUNT // 2, seed=2) + [
        Pupil(ROW_COUNT, "Новиков Артём", dt.date(2030, 1, 1), GROUPS[0]),
        Pupil(ROW_COUNT + 1, "Новикова Анна", dt.date(2031, 1, 1), GROUPS[0]),
    ]
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.reload()
    assert page.model.rowCount() == ROW_COUNT // 2 + 2
    matching = [p for p in listing.rows if matches(p, "артём")]
    known = [p for p in matching if p.birth_date is not None]
    unknown = [p for p in matching if p.birth_date is None]
    expected = sorted(known, key=lambda p: p.birth_date, reverse=True) + unknown
    assert_shows(page, expected)
    assert expected[0].full_name == "Новиков Артём"
    header = page.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        BORN,
        Qt.SortOrder.DescendingOrder,
    )
