"""The app's icons: one set, Lucide (resources/icons/ui, ISC licence in LICENSE there).

Lucide draws in ``currentColor``; :func:`icon` paints it in the palette's text colour
when Qt asks for a pixmap, so an icon reads on the light and the dark theme alike, is
drawn for the disabled state in the disabled text colour, and is rendered at the
device-pixel ratio asked for (sharp at 200 %). Pixmaps are kept per size and colour.

Only the files named here are shipped; the constants say what an icon means, and the same
meaning takes the same icon everywhere (tests/test_icons.py checks every name has its file).
"""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QStyle, QToolBar, QToolButton

log = logging.getLogger(__name__)

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons" / "ui"

# -- what an icon means → its Lucide file -------------------------------------------------

ADD = "plus"
EDIT = "pencil"
DELETE = "trash-2"
ARCHIVE = "archive"
PRINT = "printer"
EXPORT = "file-spreadsheet"  # to Excel
SAVE = "save"
OPEN = "external-link"  # in another program: a saved file, a web page
FOLDER = "folder-open"
COPY = "copy"
CANCEL = "ban"  # cancel a post, an event, a task; annul a link
DONE = "circle-check"  # done, held, published, resolved, used
REVERT = "rotate-ccw"  # reopen; back to the rule, to the defaults
UNDO = "undo-2"
CHECK = "shield-check"  # an audit or a compliance check
HAND_OUT = "send"
IMPORT = "import"
SEARCH = "search"
SERVER = "server"
EXIT = "log-out"
ROLLOVER = "calendar-sync"
GUIDE = "book-open"
CONTENTS = "table-of-contents"
INFO = "info"
BACKUP = "database-backup"
RESTORE = "archive-restore"
PASSWORD = "key-round"
ACCOUNT = "circle-user"  # a person's state in Sferum
CONSENT = "file-signature"
REQUESTS = "user-plus"
BULK = "list-plus"
ROSTER = "clipboard-list"
DOCUMENT = "file-text"
RENAME = "text-cursor-input"
NAMING = "type"  # the naming rule of groups
MORE = "chevrons-right"  # a toolbar's buttons that do not fit

# The main window's navigation, by page key.
PAGES = {
    "overview": "layout-dashboard",
    "structure": "network",
    "staff": "id-card",
    "students": "graduation-cap",
    "parents": "users",
    "movement": "arrow-right-left",
    "invites": "link",
    "chats": "messages-square",
    "posts": "megaphone",
    "broadcasts": "video",
    "support": "life-buoy",
    "tasks": "list-checks",
    "reports": "chart-column",
    "audit": "history",
    "settings": "settings",
}


def names() -> set[str]:
    """Every icon the app uses."""
    constants = globals().items()
    meanings = {value for key, value in constants if key.isupper() and isinstance(value, str)}
    return meanings | set(PAGES.values())


# -- painting --------------------------------------------------------------------------

_svg: dict[str, str] = {}
_pixmaps: dict[tuple[str, int, int, float, int], QPixmap] = {}
_icons: dict[str, QIcon] = {}
_clones: list[QIconEngine] = []


def _source(name: str) -> str:
    if name not in _svg:
        _svg[name] = (ICONS_DIR / f"{name}.svg").read_text(encoding="utf-8")
    return _svg[name]


def colour_for(mode: QIcon.Mode, palette: QPalette | None = None) -> QColor:
    """The colour an icon is drawn in: the text's; the disabled text's; on a selected row
    the highlighted text's."""
    palette = QGuiApplication.palette() if palette is None else palette
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.WindowText)


def render(name: str, size: QSize, scale: float, colour: QColor) -> QPixmap:
    """``name`` in ``colour``, ``size`` logical pixels at device-pixel ratio ``scale``."""
    key = (name, size.width(), size.height(), scale, colour.rgba())
    pixmap = _pixmaps.get(key)
    if pixmap is None:
        side = min(size.width(), size.height())
        pixmap = QPixmap(QSize(round(size.width() * scale), round(size.height() * scale)))
        pixmap.fill(Qt.GlobalColor.transparent)
        svg = _source(name).replace("currentColor", colour.name())
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        painter = QPainter(pixmap)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            left = (size.width() - side) / 2 * scale
            top = (size.height() - side) / 2 * scale
            renderer.render(painter, QRectF(left, top, side * scale, side * scale))
        finally:
            painter.end()
        pixmap.setDevicePixelRatio(scale)
        _pixmaps[key] = pixmap
    return pixmap


class _TintedSvgEngine(QIconEngine):
    """Draws one Lucide icon in the colour of the current palette, at any size."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def clone(self) -> QIconEngine:
        # Qt clones an engine only to change a shared icon, which the app never does. The
        # copy goes to C++ but PySide leaves it owned by Python: kept here until Qt deletes
        # it (its wrapper then turns invalid), else it would be freed under Qt's feet.
        engine = _TintedSvgEngine(self._name)
        _clones[:] = [kept for kept in _clones if shiboken6.Shiboken.isValid(kept)]
        _clones.append(engine)
        return engine

    def key(self) -> str:
        return "sferum-tinted-svg"

    def isNull(self) -> bool:
        return False

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return render(self._name, size, scale, colour_for(mode))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))


def icon(name: str) -> QIcon:
    """The icon ``name`` (a constant of this module or a value of ``PAGES``)."""
    if name not in _icons:
        if not (ICONS_DIR / f"{name}.svg").is_file():
            # a damaged installation: the command still works, without its picture
            log.error("No icon %r in %s", name, ICONS_DIR)
            return QIcon()
        _icons[name] = QIcon(_TintedSvgEngine(name))
    return _icons[name]


def text_beside_icons(toolbar: QToolBar) -> None:
    """A toolbar like the pages' buttons: text beside an icon of the buttons' size; its
    overflow button in this set too (Qt's own arrow is black, lost on a dark theme)."""
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    size = toolbar.style().pixelMetric(QStyle.PixelMetric.PM_ButtonIconSize)
    toolbar.setIconSize(QSize(size, size))
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if extension is not None:
        extension.setIcon(icon(MORE))


def palette_changed() -> None:
    """The palette changed (light ↔ dark): the kept pixmaps are of the old colours. The
    icons themselves stay: they ask for the colour each time they are drawn."""
    _pixmaps.clear()
