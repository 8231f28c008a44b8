"""Обзор on a new Centre: the first steps — the card, the structure, the lists, the invite
links — each with a button that takes the administrator there. A step goes once it is
done, the whole box once all are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from ...services import stats

STEPS = ("card", "structure", "lists", "invites")
_IMPORT = "import"  # a button's target: the import wizard, not a page


class FirstSteps(QFrame):
    """``card_text`` and ``card_button`` are the overview's own «the card is not filled in»
    line and its button (connected by the overview), made the first step."""

    page_requested = Signal(str)  # a page key of the main window
    import_requested = Signal(str)

    def __init__(
        self,
        card_text: QLabel,
        card_button: QPushButton,
        read_only: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_steps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = QLabel(self.tr("First steps"))
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        structure = QCoreApplication.translate("MainWindow", "Structure")
        invites = QCoreApplication.translate("MainWindow", "Invite links")
        self.texts: dict[str, QLabel] = {"card": card_text}
        self.buttons: dict[str, QPushButton | None] = {"card": card_button}
        for key, text, button_text, target in (
            (
                "structure",
                self.tr(
                    "Create the structure: the associations of the six directions and their "
                    "groups, each group a class in Sferum."
                ),
                self.tr("Open «{0}»").format(structure),
                "structure",
            ),
            (
                "lists",
                self.tr(
                    "Load the lists of staff and students from Excel: the students come with "
                    "their parents and groups."
                ),
                self.tr("Import…"),
                _IMPORT,
            ),
            (
                "invites",
                self.tr(
                    "Add the invite links of the classes and chats, to hand them out and print "
                    "the invitation lists."
                ),
                self.tr("Open «{0}»").format(invites),
                "invites",
            ),
        ):
            label = QLabel(text)
            label.setObjectName(f"step_{key}")
            label.setWordWrap(True)
            self.texts[key] = label
            button = None
            if not (target == _IMPORT and read_only):  # the import writes; the rest only show
                button = QPushButton(button_text)
                button.setObjectName(f"step_{key}_button")
                button.setProperty("target", target)
                button.clicked.connect(self._on_step_clicked)
            self.buttons[key] = button
        grid = QGridLayout(self)
        grid.addWidget(heading, 0, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        for row, key in enumerate(STEPS, start=1):
            grid.addWidget(self.texts[key], row, 0)
            button = self.buttons[key]
            if button is not None:
                grid.addWidget(button, row, 1)

    def show_steps(self, has_card: bool, figures: stats.Stats) -> None:
        """Hide the steps that are done, and the box when every one is."""
        done = {
            "card": has_card,
            "structure": figures.associations > 0 or figures.groups > 0,
            "lists": figures.staff > 0 and figures.students > 0,
            "invites": sum(figures.invite_links.values()) > 0,
        }
        for key in STEPS:
            self.texts[key].setVisible(not done[key])
            button = self.buttons[key]
            if button is not None:
                button.setVisible(not done[key])
        self.setVisible(not all(done.values()))

    @Slot()
    def _on_step_clicked(self) -> None:
        button = self.sender()
        target = str(button.property("target")) if isinstance(button, QPushButton) else ""
        if target == _IMPORT:
            self.import_requested.emit("students")
        elif target:
            self.page_requested.emit(target)
