"""One icon set (Lucide, shipped in resources/icons/ui), drawn in the theme's text colour."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QIcon, QImage
from PySide6.QtWidgets import QApplication, QPushButton, QToolBar, QToolButton

from sferum_desk.data.engine import Database
from sferum_desk.ui import icons, theme
from sferum_desk.ui.main_window import PAGES, MainWindow
from sferum_desk.ui.pages.base import ROLE_ICONS

from .ui_helpers import main_window

UI = Path(icons.__file__).resolve().parent

pytestmark = pytest.mark.gui


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The test sets a theme; the next test starts from the system's again."""
    yield qapp
    theme.apply_theme(qapp, theme.SYSTEM)


def _ink(image: QImage) -> list[int]:
    """The lightness of every pixel the icon paints (alpha above half)."""
    return [
        image.pixelColor(x, y).lightness()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 128
    ]


def test_every_icon_the_code_names_is_shipped_and_nothing_else() -> None:
    shipped = {path.stem for path in icons.ICONS_DIR.glob("*.svg")}
    assert icons.names() == shipped
    licence = (icons.ICONS_DIR / "LICENSE").read_text(encoding="utf-8")
    assert "ISC License" in licence and "Lucide" in licence
    # every icons.NAME written in the interface's code is a constant of the module
    used = set()
    for path in UI.rglob("*.py"):
        used |= set(re.findall(r"\bicons\.([A-Z][A-Z_]*)\b", path.read_text(encoding="utf-8")))
    assert used, "the pages name their icons through ui.icons"
    assert {name for name in used if not hasattr(icons, name)} == set()
    assert set(icons.PAGES) == {key for key, _title in PAGES}
    assert set(ROLE_ICONS.values()) <= icons.names()


def test_icons_render_sharp_at_200_percent(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    for name in sorted(icons.names()):
        icon = icons.icon(name)
        assert not icon.isNull()
        pixmap = icon.pixmap(QSize(16, 16), 2.0)
        assert (pixmap.width(), pixmap.height(), pixmap.devicePixelRatio()) == (32, 32, 2.0)
        painted = _ink(pixmap.toImage())
        assert 20 < len(painted) < 32 * 32, name  # drawn, not a filled square
    with caplog.at_level(logging.ERROR):
        assert icons.icon("no-such-icon").isNull()  # a broken install: no picture, no crash
    assert "no-such-icon" in caplog.text


def test_icons_take_the_text_colour_of_the_light_and_the_dark_theme(themed) -> None:  # noqa: ANN001
    icon = icons.icon(icons.ADD)
    theme.apply_theme(themed, theme.LIGHT)
    assert max(_ink(icon.pixmap(QSize(24, 24)).toImage())) < 80  # dark ink on light
    theme.apply_theme(themed, theme.DARK)
    icons.palette_changed()
    normal = _ink(icon.pixmap(QSize(24, 24)).toImage())
    assert min(normal) > 180  # light ink on dark
    disabled = _ink(icon.pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage())
    assert max(disabled) < min(normal)  # the disabled state is dimmer
    # an icon already on a button follows the switch: it asks for its colour when drawn
    button = QPushButton("Добавить")
    button.setIcon(icon)
    theme.apply_theme(themed, theme.LIGHT)
    assert max(_ink(button.icon().pixmap(QSize(16, 16)).toImage())) < 80


def test_a_toolbar_shows_text_beside_icons_and_a_visible_overflow_button(qapp) -> None:  # noqa: ANN001
    toolbar = QToolBar()
    toolbar.addAction(QAction(icons.icon(icons.EDIT), "Изменить…", toolbar))
    icons.text_beside_icons(toolbar)
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is not None and not extension.icon().isNull()
    assert toolbar.iconSize().width() <= 20


def test_navigation_menus_and_page_buttons_carry_their_icons(qtbot, db: Database) -> None:  # noqa: ANN001
    with main_window(qtbot, db) as window:
        assert isinstance(window, MainWindow)
        navigation = window.navigation
        assert navigation.count() == len(PAGES) == 15
        assert all(not navigation.item(row).icon().isNull() for row in range(len(PAGES)))
        for action in (
            window.search_action,
            window.import_action,
            window.server_action,
            window.quit_action,
            window.rollover_action,
            window.guide_action,
            *window.help_menu.actions.values(),
        ):
            assert not action.icon().isNull(), action.objectName()
        # same meaning, same icon: every page's standard buttons show their role's icon
        roles = 0
        for page in window.pages.values():
            for role, target in page._standard.items():
                roles += 1
                expected = icons.icon(ROLE_ICONS[role]).pixmap(QSize(16, 16)).toImage()
                assert target.icon().pixmap(QSize(16, 16)).toImage() == expected, role
        assert roles >= 15
        buttons = [
            button
            for page in window.pages.values()
            for button in page.findChildren(QPushButton)
            if button.objectName().startswith(("edit", "delete"))
        ]
        assert buttons and all(not b.icon().isNull() for b in buttons)


def test_the_welcome_dialog_s_choices_carry_icons_of_the_set(qtbot) -> None:  # noqa: ANN001
    from sferum_desk.ui.welcome import WelcomeDialog

    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    server = dialog.server_button.icon().pixmap(QSize(16, 16)).toImage()
    assert server == icons.icon(icons.SERVER).pixmap(QSize(16, 16)).toImage()
    assert not dialog.create_button.icon().isNull() and not dialog.demo_button.icon().isNull()
