"""Обзор: the Centre's key figures as tiles — the very numbers ``sferum-desk stats`` prints."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...services import attention, listings, organisation, stats
from ..formatting import display_text
from ..tasks import run_task
from .base import Page
from .list_page import page_title_label

# The tiles, in reading order; each key is a field of ``stats.Stats``.
TILE_KEYS = (
    "staff",
    "students",
    "parents",
    "associations",
    "groups",
    "invite_links",
    "chats",
    "posts",
    "broadcasts",
    "open_tasks",
)


@dataclass(frozen=True)
class Overview:
    stats: stats.Stats
    card: organisation.OrganisationCard | None
    on: dt.date
    attention: list[attention.AttentionItem]


def _load_overview(db: Database) -> Overview:
    today = dt.date.today()
    with db.session() as session:
        return Overview(
            stats.collect(session, today),
            organisation.load_card(session),
            today,
            attention.collect_attention(session, today),
        )


class Tile(QFrame):
    """A figure in large type with its caption and, for breakdowns, a line of parts."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
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
        self.caption = QLabel(stats.STAT_LABELS[key])
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

    def show_figures(self, total: listings.StatFigure, parts: list[listings.StatFigure]) -> None:
        self.value_label.setText(str(total.value))
        self.details.setText("\n".join(f"{part.label}: {part.value}" for part in parts))
        self.details.setVisible(bool(parts))


class OverviewPage(Page):
    open_card_requested = Signal()
    page_requested = Signal(str)  # a page key of the main window

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
        self.card_missing.setVisible(False)
        self.card_button = QPushButton(self.tr("Fill in the card…"))
        self.card_button.setVisible(False)
        self.card_button.clicked.connect(self.open_card_requested)
        self.as_of_label = QLabel()
        self.attention_title = QLabel(self.tr("Needs attention"))
        bold = QFont(self.attention_title.font())
        bold.setBold(True)
        self.attention_title.setFont(bold)
        self.attention_box = QVBoxLayout()
        self.attention_box.setSpacing(2)
        self.attention_buttons: dict[str, QPushButton] = {}

        self.tiles = {key: Tile(key) for key in TILE_KEYS}
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, key in enumerate(TILE_KEYS):
            grid.addWidget(self.tiles[key], index // 5, index % 5)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.name_label)
        layout.addWidget(self.registration_label)
        warning = QHBoxLayout()
        warning.addWidget(self.card_missing, 1)
        warning.addWidget(self.card_button)
        layout.addLayout(warning)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addWidget(self.as_of_label)
        layout.addSpacing(12)
        layout.addWidget(self.attention_title)
        layout.addLayout(self.attention_box)
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
        figures = listings.stat_figures(overview.stats)
        totals = {figure.key: figure for figure in figures}
        for key, tile in self.tiles.items():
            parts = [f for f in figures if f.is_part and f.key.startswith(f"{key}.")]
            tile.show_figures(totals[key], parts)
        card = overview.card
        has_card = card is not None and bool(card.short_name)
        self.name_label.setText(
            (card.full_name or card.short_name) if card and has_card else self.tr("Overview")
        )
        self.card_missing.setVisible(not has_card)
        self.card_button.setVisible(not has_card)
        self.registration_label.setText(self._registration_text(card))
        self.as_of_label.setText(
            self.tr("Figures as of {0}: active records only.").format(display_text(overview.on))
        )
        self._show_attention(overview.attention)
        self.loaded.emit()

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
            button = QPushButton(f"⚠ {item.text}")
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
