"""Light and dark: the application's palette and the few colours of the app's own.

At start the app follows the system's colour scheme (:func:`follow_system`); where the
system is dark but the style paints light (Windows' default style), the Fusion style gets
the dark palette here, so the window is never half dark. ``sferum-desk screenshots
--theme`` chooses one (:func:`apply_theme`).

The app's own colours — an error's red, a muted row's grey, the calendar's fills — come
from functions of the palette, chosen per theme so that text reads at the WCAG contrast of
4.5:1 on either (tests/test_theme.py measures them).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

SYSTEM, LIGHT, DARK = "system", "light", "dark"
THEMES = (SYSTEM, LIGHT, DARK)
STYLE = "Fusion"  # the style that paints a given palette as it is, on every platform

_Role = QPalette.ColorRole
_DISABLED = QPalette.ColorGroup.Disabled

# (role, colour) of each palette; the shades of the 3D frame (Light, Mid, Dark…) are
# derived from Button by QPalette itself.
_LIGHT = {
    _Role.Window: "#efefef",
    _Role.WindowText: "#000000",
    _Role.Base: "#ffffff",
    _Role.AlternateBase: "#f5f5f5",
    _Role.Text: "#000000",
    _Role.Button: "#efefef",
    _Role.ButtonText: "#000000",
    _Role.BrightText: "#ffffff",
    _Role.ToolTipBase: "#ffffdc",
    _Role.ToolTipText: "#000000",
    _Role.PlaceholderText: "#6e6e6e",
    _Role.Highlight: "#2d6bbf",
    _Role.HighlightedText: "#ffffff",
    _Role.Link: "#0b57d0",
    _Role.LinkVisited: "#7b1fa2",
}
_LIGHT_DISABLED = {
    _Role.WindowText: "#9a9a9a",
    _Role.Text: "#9a9a9a",
    _Role.ButtonText: "#9a9a9a",
    _Role.Highlight: "#9a9a9a",
}
_DARK = {
    _Role.Window: "#323232",
    _Role.WindowText: "#e8e8e8",
    _Role.Base: "#232323",
    _Role.AlternateBase: "#2c2c2c",
    _Role.Text: "#e8e8e8",
    _Role.Button: "#3a3a3a",
    _Role.ButtonText: "#e8e8e8",
    _Role.BrightText: "#ffffff",
    _Role.ToolTipBase: "#3f3f3f",
    _Role.ToolTipText: "#e8e8e8",
    _Role.PlaceholderText: "#a0a0a0",
    _Role.Highlight: "#2d6bbf",
    _Role.HighlightedText: "#ffffff",
    _Role.Link: "#7ab7ff",
    _Role.LinkVisited: "#c59bff",
}
_DARK_DISABLED = {
    _Role.WindowText: "#808080",
    _Role.Text: "#808080",
    _Role.ButtonText: "#808080",
    _Role.Highlight: "#505050",
    _Role.HighlightedText: "#a0a0a0",
}

# The app's own colours: (light theme, dark theme).
_ERROR = ("#b00020", "#ff8a80")  # error text; overdue marks
_WARNING = ("#e65100", "#ffb74d")  # a warning's mark (not text): «too close» posts
_DROP = ("#f9a825", "#ffd54f")  # the calendar day a dragged post would land on
_MUTED_WEIGHT = 0.6  # a muted text: this much of the text colour, the rest the base's

_default_style = ""  # the style before the first apply_theme, restored by SYSTEM
_following = False  # follow_system has connected to the system's scheme


def _palette(colours: dict[_Role, str], disabled: dict[_Role, str]) -> QPalette:
    palette = QPalette(QColor(colours[_Role.Button]), QColor(colours[_Role.Window]))
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(_Role.Accent, QColor(colours[_Role.Highlight]))
    for role, colour in disabled.items():
        palette.setColor(_DISABLED, role, QColor(colour))
    return palette


def light_palette() -> QPalette:
    return _palette(_LIGHT, _LIGHT_DISABLED)


def dark_palette() -> QPalette:
    return _palette(_DARK, _DARK_DISABLED)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (the application's by default) draws light text on dark."""
    palette = QGuiApplication.palette() if palette is None else palette
    window = palette.color(_Role.Window).lightness()
    return window < palette.color(_Role.WindowText).lightness()


def apply_theme(app: QApplication, theme: str = SYSTEM) -> bool:
    """Give ``app`` the light or the dark palette (with the Fusion style), or — ``SYSTEM``
    — the style's own, dark where the system is dark. Returns whether it is dark now."""
    global _default_style
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}")
    if not _default_style:
        _default_style = app.style().name()
    if theme == DARK:
        _set(app, dark_palette())
    elif theme == LIGHT:
        _set(app, light_palette())
    else:
        if app.style().name().lower() != _default_style.lower():
            app.setStyle(_default_style)
        app.setPalette(QPalette())  # no colour set: the style's and the platform's own
        if system_is_dark(app) and not is_dark(app.palette()):
            _set(app, dark_palette())
    return is_dark(app.palette())


def system_is_dark(app: QApplication) -> bool:
    """Whether the system's colour scheme is dark (Qt 6.5+ knows it on Windows, macOS and
    the Linux desktops it supports; elsewhere it is unknown: light)."""
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def _set(app: QApplication, palette: QPalette) -> None:
    if app.style().name().lower() != STYLE.lower():
        app.setStyle(STYLE)
    app.setPalette(palette)


def follow_system(app: QApplication) -> bool:
    """Apply the system's scheme now and again whenever it changes while the app runs."""
    global _following
    if not _following:  # once per process (tests start the GUI several times)
        _following = True
        app.styleHints().colorSchemeChanged.connect(_system_scheme_changed)
    return apply_theme(app, SYSTEM)


def _system_scheme_changed(_scheme: Qt.ColorScheme) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, SYSTEM)


# -- the app's own colours --------------------------------------------------------------


def _pick(pair: tuple[str, str], palette: QPalette | None) -> QColor:
    return QColor(pair[1] if is_dark(palette) else pair[0])


def error_colour(palette: QPalette | None = None) -> QColor:
    """Error text, overdue dates: a red that reads on the palette's window and base."""
    return _pick(_ERROR, palette)


def warning_colour(palette: QPalette | None = None) -> QColor:
    return _pick(_WARNING, palette)


def mix(first: QColor, second: QColor, weight: float) -> QColor:
    """``weight`` of ``first`` and the rest of ``second``, opaque."""
    rest = 1.0 - weight
    return QColor.fromRgbF(
        first.redF() * weight + second.redF() * rest,
        first.greenF() * weight + second.greenF() * rest,
        first.blueF() * weight + second.blueF() * rest,
    )


def muted_text(palette: QPalette | None = None) -> QColor:
    """The text of a row that no longer counts (dismissed, archived, done): greyer than
    the text but still readable, which the palette's disabled grey is not."""
    palette = QGuiApplication.palette() if palette is None else palette
    return mix(palette.color(_Role.Text), palette.color(_Role.Base), _MUTED_WEIGHT)


def line_colour(palette: QPalette | None = None) -> QColor:
    """A grid line that shows on the base of either theme (the palette's Mid may not)."""
    palette = QGuiApplication.palette() if palette is None else palette
    return mix(palette.color(_Role.Text), palette.color(_Role.Base), 0.3)


def tint(colour: QColor, amount: float, palette: QPalette | None = None) -> QColor:
    """A background of ``colour`` faded into the palette's base: ``amount`` 0.15 is a
    tint under ordinary text, on light and dark bases alike."""
    palette = QGuiApplication.palette() if palette is None else palette
    return mix(colour, palette.color(_Role.Base), amount)


def error_background(palette: QPalette | None = None) -> QColor:
    """A row with a problem: the error red faded into the base."""
    return tint(error_colour(palette), 0.18, palette)


def highlight_background(palette: QPalette | None = None) -> QColor:
    """A cell marked as current (today in the calendar)."""
    palette = QGuiApplication.palette() if palette is None else palette
    return tint(palette.color(_Role.Highlight), 0.22, palette)


def drop_background(palette: QPalette | None = None) -> QColor:
    """The calendar day under a dragged post."""
    return tint(_pick(_DROP, palette), 0.3, palette)


_brushes: dict[Callable[[QPalette], QColor], tuple[int, QBrush]] = {}


def brush(colour: Callable[[QPalette], QColor]) -> QBrush:
    """``colour`` of the application's palette as a brush, made again only when the palette
    changes: a model hands one out for every painted cell."""
    palette = QGuiApplication.palette()
    kept = _brushes.get(colour)
    if kept is None or kept[0] != palette.cacheKey():
        kept = (palette.cacheKey(), QBrush(colour(palette)))
        _brushes[colour] = kept
    return kept[1]


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21: 4.5 is readable text, 3 large text and marks."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_on(background: QColor, preferred: QColor) -> QColor:
    """``preferred`` if it reads on ``background``, else black or white, whichever reads."""
    if contrast_ratio(preferred, background) >= 4.5:
        return preferred
    black, white = QColor("#000000"), QColor("#ffffff")
    return max((black, white), key=lambda c: contrast_ratio(c, background))


class _KeepColour(QObject):
    """Sets a role of its widget's palette again when the application's palette changes."""

    def __init__(
        self, widget: QWidget, role: QPalette.ColorRole, colour: Callable[[QPalette], QColor]
    ) -> None:
        super().__init__(widget)
        self.role = role
        self._colour = colour
        widget.installEventFilter(self)
        self.apply(widget)

    def apply(self, widget: QWidget) -> None:
        colour = self._colour(QGuiApplication.palette())
        palette = widget.palette()
        if palette.color(self.role) != colour or not palette.isBrushSet(
            QPalette.ColorGroup.Active, self.role
        ):
            palette.setColor(self.role, colour)
            widget.setPalette(palette)  # a PaletteChange again, with the colour already set

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A child widget hears of a new application palette as its own PaletteChange.
        changes = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in changes and isinstance(watched, QWidget):
            self.apply(watched)
        return False


def keep_colour(
    widget: QWidget,
    colour: Callable[[QPalette], QColor],
    role: QPalette.ColorRole = _Role.WindowText,
) -> None:
    """Give ``widget``'s palette ``role`` the colour ``colour(application palette)``, now
    and whenever the application switches between light and dark."""
    release_colour(widget, role)
    _KeepColour(widget, role, colour)


def release_colour(widget: QWidget, role: QPalette.ColorRole = _Role.WindowText) -> None:
    """Undo :func:`keep_colour`: the widget's palette is its parent's again (the widgets
    given a kept colour have no other colour of their own)."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    kept = [k for k in widget.findChildren(_KeepColour, options=direct) if k.role == role]
    for keeper in kept:
        widget.removeEventFilter(keeper)
        keeper.setParent(None)
        keeper.deleteLater()
    if kept:
        widget.setPalette(QPalette())  # nothing set: all inherited
