"""What a page shows when it has nothing to show: a short message in place of its table.

Two cases, told apart on purpose:

- nothing exists yet — :class:`EmptyState` in an :class:`EmptyStack` takes the table's
  place: what the list is for and what to do next, with buttons that do it;
- the filter hides every row — :class:`NoMatchOverlay` lies over the view's rows, leaving
  its header and the filter above it where they are, and offers to clear the filter.

Colours come from the palette only, so both read in a dark theme too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

_TEXT_WIDTH = 560  # a message wider than this is hard to read in one glance


class EmptyState(QWidget):
    """A title, a line or two of text and a row of buttons, centred.

    With ``read_only`` a button that writes (``writes=True``) is not offered and the text
    says why."""

    def __init__(self, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty_state")
        self.read_only = read_only
        self.title_label = QLabel()
        self.title_label.setObjectName("empty_title")
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel()
        self.text_label.setObjectName("empty_text")
        self.text_label.setWordWrap(True)
        self.text_label.setMaximumWidth(_TEXT_WIDTH)
        for label in (self.title_label, self.text_label):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: list[QPushButton] = []
        self._held_back = False  # a writing button was not offered (read-only)
        self._text = ""
        self._button_row = QHBoxLayout()
        self._button_row.addStretch(1)
        self._button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title_label)
        # a wrapped label centred by an alignment flag gets its one-line size hint and
        # loses lines: between stretches it takes the width it may and the lines it needs
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self.text_label, 10)
        text_row.addStretch(1)
        layout.addLayout(text_row)
        layout.addSpacing(8)
        layout.addLayout(self._button_row)
        layout.addStretch(3)  # a little above the middle, where the eye expects it

    def has_message(self) -> bool:
        return bool(self.title_label.text())

    def set_message(self, title: str, text: str = "") -> None:
        self.title_label.setText(title)
        self._text = text
        self._show_text()

    def add_button(
        self, text: str, slot: Callable[[], object], name: str = "", writes: bool = True
    ) -> QPushButton | None:
        """A button that does the next step (``slot`` is the page's own action); None
        when it writes and the database is open for viewing only."""
        if writes and self.read_only:
            self._held_back = True
            self._show_text()
            return None
        button = QPushButton(text)
        button.setObjectName(name or f"empty_button_{len(self.buttons)}")
        button.clicked.connect(slot)
        self._button_row.insertWidget(self._button_row.count() - 1, button)
        self.buttons.append(button)
        return button

    def button(self, name: str) -> QPushButton | None:
        return next((b for b in self.buttons if b.objectName() == name), None)

    def _show_text(self) -> None:
        text = self._text
        if self._held_back:
            note = self.tr("The database is open for viewing only.")
            text = f"{text}\n{note}" if text else note
        self.text_label.setText(text)
        self.text_label.setVisible(bool(text))


class EmptyStack(QStackedWidget):
    """The content (a table, a tree, a splitter holding one) or, when there is nothing in
    it, its :class:`EmptyState`; the hidden one is not visible at all."""

    def __init__(self, content: QWidget, empty: EmptyState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty_stack")
        self.content = content
        self.empty = empty
        self._showing_empty = False
        self.addWidget(content)
        self.addWidget(empty)
        self.setCurrentWidget(content)

    def set_content(self, content: QWidget) -> None:
        """A new widget (one that now holds the old content) takes its place."""
        old = self.content
        if self.indexOf(old) >= 0:
            self.removeWidget(old)
        elif old.parentWidget() is not None:
            old.show()  # moved into ``content``, but still hidden as the stack left it
        self.content = content
        self.insertWidget(0, content)
        self.show_empty(self._showing_empty)

    def show_empty(self, empty: bool) -> None:
        self._showing_empty = empty
        self.setCurrentWidget(self.empty if empty else self.content)


class NoMatchOverlay(EmptyState):
    """«Nothing found for “text”» over the rows of ``view`` while a filter hides them
    all; «Clear the filter» calls ``reset``."""

    def __init__(self, view: QAbstractScrollArea, reset: Callable[[], object]) -> None:
        super().__init__(read_only=False, parent=view.viewport())
        self.setObjectName("no_match")
        self.add_button(self.tr("Clear the filter"), reset, name="reset_filter", writes=False)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        self.hide()

    def show_for(self, text: str | None) -> None:
        """Show the message for the filter ``text`` (empty: another filter, such as a
        choice or a period, hides the rows); None hides it."""
        if text is None:
            self.hide()
            return
        text = text.strip()
        self.set_message(
            self.tr("Nothing found for «{0}»").format(text)
            if text
            else self.tr("Nothing matches the chosen filter")
        )
        self.setGeometry(self._viewport.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._viewport.rect())
        return super().eventFilter(watched, event)
