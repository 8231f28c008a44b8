"""Обзор: the Centre's key figures as tiles and charts — the very numbers of the director's
summary report (``services.summary``) and of ``sferum-desk stats`` — and «Требует внимания»."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...services import attention, listings, organisation, stats, summary
from ..charts import ShareBarChart, WeeklyColumnChart, percent_text
from ..formatting import display_text
from ..tasks import run_task
from .base import Page
from .first_steps import FirstSteps
from .list_page import page_title_label

# The tiles, in reading order: people and their share in Sferum, then Sferum roles, links,
# chats, this month's posts and broadcasts, and the structure and the open tasks.
TILE_KEYS = (
    "staff",
    "teachers",
    "students",
    "parents",
    "verified_teachers",
    "extra_admins",
    "invite_links",
    "chats",
    "posts",
    "broadcasts",
    "associations",
    "groups",
    "open_tasks",
)
PEOPLE_KEYS = ("staff", "teachers", "students", "parents")  # the order of summary.people
TILE_CAPTIONS = {
    "teachers": QT_TRANSLATE_NOOP("OverviewPage", "Teachers"),
    "verified_teachers": QT_TRANSLATE_NOOP("OverviewPage", "Verified teachers"),
    "extra_admins": QT_TRANSLATE_NOOP("OverviewPage", "Extra administrators"),
    "chats": QT_TRANSLATE_NOOP("OverviewPage", "Required chats created"),
    "posts": QT_TRANSLATE_NOOP("OverviewPage", "Posts planned this month"),
    "broadcasts": QT_TRANSLATE_NOOP("OverviewPage", "Broadcasts and meetings held this month"),
}


def tile_caption(key: str) -> str:
    if key in TILE_CAPTIONS:
        return QCoreApplication.translate("OverviewPage", str(TILE_CAPTIONS[key]))
    return stats.STAT_LABELS[key]


@dataclass(frozen=True)
class Overview:
    stats: stats.Stats
    card: organisation.OrganisationCard | None
    on: dt.date
    attention: list[attention.AttentionItem]
    figures: summary.SummaryFigures


def _load_overview(db: Database) -> Overview:
    today = dt.date.today()
    with db.session() as session:
        return Overview(
            stats.collect(session, today),
            organisation.load_card(session),
            today,
            attention.collect_attention(session, today),
            summary.summary_figures(session, today),
        )


class Tile(QFrame):
    """A figure in large type with its caption and, for breakdowns, a few lines of parts."""

    def __init__(self, key: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(150)
        self.value_label = QLabel("—")
        self.value_label.setObjectName(f"tile_{key}_value")
        font = QFont(self.value_label.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value_label.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName(f"tile_{key}_details")
        self.details.setWordWrap(True)
        self.details.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption)
        layout.addWidget(self.details)
        layout.addStretch(1)

    def show_text(self, value: str, lines: list[str]) -> None:
        self.value_label.setText(value)
        self.details.setText("\n".join(lines))
        self.details.setVisible(bool(lines))

    def show_figures(self, total: listings.StatFigure, parts: list[listings.StatFigure]) -> None:
        self.show_text(str(total.value), [f"{part.label}: {part.value}" for part in parts])


class OverviewPage(Page):
    open_card_requested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_overview")
        self._db = db
        self.overview: Overview | None = None

        self.name_label = page_title_label(self.tr("Overview"))
        self.name_label.setObjectName("organisation_name")
        self.name_label.setWordWrap(True)
        self.registration_label = QLabel()
        self.registration_label.setObjectName("registration")
        self.registration_label.setWordWrap(True)
        self.card_missing = QLabel(
            self.tr(
                "The organisation card is not filled in. Fill it in under "
                "Settings → Organisation: the Centre's name, INN and the administrator "
                "are needed for the registration application and every report."
            )
        )
        self.card_missing.setObjectName("card_missing")
        self.card_missing.setWordWrap(True)
        self.card_button = QPushButton(self.tr("Fill in the card…"))
        self.card_button.clicked.connect(self.open_card_requested)
        self.first_steps = FirstSteps(self.card_missing, self.card_button, db.read_only)
        self.first_steps.setVisible(False)
        self.first_steps.page_requested.connect(self.page_requested)
        self.first_steps.import_requested.connect(self.import_requested)
        self.as_of_label = QLabel()
        self.attention_title = QLabel(self.tr("Needs attention"))
        bold = QFont(self.attention_title.font())
        bold.setBold(True)
        self.attention_title.setFont(bold)
        self.attention_box = QVBoxLayout()
        self.attention_box.setSpacing(2)
        self.attention_buttons: dict[str, QPushButton] = {}

        self.figures: summary.SummaryFigures | None = None
        self.tiles = {key: Tile(key, tile_caption(key)) for key in TILE_KEYS}
        grid = QGridLayout()
        grid.setSpacing(12)
        for column in range(5):
            grid.setColumnStretch(column, 1)
        for index, key in enumerate(TILE_KEYS):
            grid.addWidget(self.tiles[key], index // 5, index % 5)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.name_label)
        layout.addWidget(self.registration_label)
        layout.addWidget(self.first_steps)  # a new Centre's to-do list, first thing seen
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addWidget(self.as_of_label)
        layout.addSpacing(12)
        # what waits for the administrator comes before the charts, visible without scrolling
        layout.addWidget(self.attention_title)
        layout.addLayout(self.attention_box)
        layout.addSpacing(12)
        self.association_chart = ShareBarChart()
        self.association_chart.setObjectName("association_chart")
        self.posts_chart = WeeklyColumnChart()
        self.posts_chart.setObjectName("posts_chart")
        for title, chart in (
            (self.tr("Joined Sferum by association"), self.association_chart),
            (self.tr("Posts per week by channel"), self.posts_chart),
        ):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(chart)
            layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def reload(self) -> None:
        super().reload()
        run_task(_load_overview, self._on_loaded, self._db)

    @Slot(object)
    def _on_loaded(self, overview: Overview) -> None:
        self.overview = overview
        self._show_tiles(overview)
        self._show_charts(overview.figures)
        card = overview.card
        has_card = card is not None and bool(card.short_name)
        self.name_label.setText(
            (card.full_name or card.short_name) if card and has_card else self.tr("Overview")
        )
        self.first_steps.show_steps(has_card, overview.stats)
        self.registration_label.setText(self._registration_text(card))
        self.as_of_label.setText(
            self.tr(
                "Figures as of {0}: active records only; links, posts and broadcasts from "
                "{1} to {2}."
            ).format(
                display_text(overview.on),
                display_text(overview.figures.start),
                display_text(overview.figures.end),
            )
        )
        self._show_attention(overview.attention)
        self.loaded.emit()

    def _show_tiles(self, overview: Overview) -> None:
        figures = overview.figures
        self.figures = figures
        flat = listings.stat_figures(overview.stats)
        totals = {figure.key: figure for figure in flat}
        for key in ("associations", "groups", "open_tasks"):
            self.tiles[key].show_figures(totals[key], [])
        for key, share in zip(PEOPLE_KEYS, figures.people, strict=True):
            self.tiles[key].caption.setText(share.label)
            self.tiles[key].show_text(
                str(share.total),
                [self.tr("In Sferum: {0} ({1})").format(share.joined, percent_text(share.share))],
            )
        teachers = figures.people[PEOPLE_KEYS.index("teachers")].total
        self.tiles["verified_teachers"].show_text(
            str(figures.verified_teachers), [self.tr("of %n teacher(s)", "", teachers)]
        )
        self.tiles["extra_admins"].show_text(str(figures.extra_admins), [])
        links = [f"{f.label}: {f.value}" for f in flat if f.key.startswith("invite_links.")]
        links += [
            self.tr("This month: issued {0}, used {1}, annulled {2}").format(
                figures.links_issued, figures.links_used, figures.links_annulled
            ),
            self.tr("Unclaimed for over %n day(s): {0}", "", figures.unclaimed_days).format(
                figures.links_unclaimed
            ),
        ]
        self.tiles["invite_links"].show_text(str(totals["invite_links"].value), links)
        self.tiles["chats"].show_text(
            self.tr("{0} of {1}").format(figures.chats_existing, figures.chats_required),
            [self.tr("Active chats in all: {0}").format(overview.stats.chats)],
        )
        self.tiles["posts"].show_text(
            str(sum(c.planned for c in figures.channels)),
            [
                self.tr("{0}: planned {1}, published {2}").format(c.channel, c.planned, c.published)
                for c in figures.channels
            ],
        )
        self.tiles["broadcasts"].show_text(
            str(figures.broadcasts_held + figures.meetings_held),
            [
                self.tr("Broadcasts: {0}, meetings: {1}").format(
                    figures.broadcasts_held, figures.meetings_held
                ),
                self.tr("Attendance: {0}").format(figures.attendance),
                self.tr("Planned for the next 7 days: {0}").format(figures.broadcasts_this_week),
            ],
        )

    def _show_charts(self, figures: summary.SummaryFigures) -> None:
        self.association_chart.set_bars(
            (share.label, share.joined, share.total) for share in figures.associations
        )
        weeks = [monday for monday, _ in figures.channels[0].per_week] if figures.channels else []
        self.posts_chart.set_series(
            weeks, [(c.channel, [n for _, n in c.per_week]) for c in figures.channels]
        )

    def _show_attention(self, items: list[attention.AttentionItem]) -> None:
        for button in self.attention_buttons.values():
            self.attention_box.removeWidget(button)
            button.deleteLater()
        self.attention_buttons = {}
        if not items:
            self.attention_title.setText(self.tr("Nothing needs attention today."))
            return
        self.attention_title.setText(self.tr("Needs attention"))
        for item in items:
            button = QPushButton(f"{'ℹ' if item.informational else '⚠'} {item.text}")
            button.setObjectName(f"attention_{item.key}")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("text-align: left; padding: 2px 4px;")
            button.setProperty("page", item.page)
            button.clicked.connect(self._on_attention_clicked)
            self.attention_box.addWidget(button)
            self.attention_buttons[item.key] = button

    @Slot()
    def _on_attention_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self.page_requested.emit(str(button.property("page")))

    def _registration_text(self, card: organisation.OrganisationCard | None) -> str:
        if card is None:
            return ""
        if card.org_registered_on:
            text = self.tr("Registered in Sferum on {0}.").format(
                display_text(card.org_registered_on)
            )
            if card.admin_registered_on:
                text += " " + self.tr("Administrator registered on {0}.").format(
                    display_text(card.admin_registered_on)
                )
            return text
        if card.application_sent_on:
            return self.tr(
                "Registration application sent on {0}; waiting for Sferum to register the "
                "organisation."
            ).format(display_text(card.application_sent_on))
        return self.tr("Not registered in Sferum yet: the application has not been sent.")
