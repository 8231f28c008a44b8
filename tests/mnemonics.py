"""Alt+letter in menus and dialogs: which texts have a mnemonic (``&`` before a letter) and
whether a letter is taken twice where the user presses it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QMenu,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QWidget,
    QWizard,
)

from .focus_chain import owner


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), lower-cased."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] != "&":
                return text[index + 1].lower()
            index += 1
        index += 1
    return None


def _cyrillic(text: str) -> bool:
    return any("а" <= char <= "я" or char == "ё" for char in text.lower())


def letter_problem(text: str, seen: dict[str, str]) -> str | None:
    """What is wrong with ``text``'s Alt+letter among the letters ``seen`` so far (which
    it joins): none, a Latin letter in a Russian text, or a letter taken already."""
    letter = mnemonic(text)
    if letter is None:
        return f"«{text}» has no mnemonic"
    if _cyrillic(text) and not _cyrillic(letter):
        return f"«{text}»: Alt+{letter} is not a Russian letter"
    if letter in seen:
        return f"«{text}» and «{seen[letter]}» share Alt+{letter}"
    seen[letter] = text
    return None


def menu_problems(menu: QMenu, where: str) -> list[str]:
    """Every command and submenu of ``menu`` has a letter, none twice; submenus too."""
    problems = []
    seen: dict[str, str] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = action.text()
        if problem := letter_problem(text, seen):
            problems.append(f"{where}: {problem}")
        if action.menu() is not None:
            problems += menu_problems(action.menu(), f"{where} → {text.replace('&', '')}")
    return problems


def _standard(button: QAbstractButton) -> bool:
    """A button whose text Qt's own translation gives (OK, Cancel, a wizard's Back)."""
    box = button.parentWidget()
    if isinstance(box, QDialogButtonBox) and box.standardButton(button) != (
        QDialogButtonBox.StandardButton.NoButton
    ):
        return True
    window = button.window()
    return isinstance(window, QWizard) and button.text() in _qt_wizard_texts()


def _qt_wizard_texts() -> set[str]:
    """The wizard buttons' texts that come from Qt's own translation (not set by the app)."""
    return {
        QCoreApplication.translate("QWizard", text)
        for text in ("< &Back", "&Next >", "&Finish", "Cancel", "&Help", "&Commit")
    }


def _labelled_fields(dialog: QWidget) -> list[tuple[QLabel, QWidget]]:
    """(label, field) of every form row that has a text label, and of every «Label:»
    followed by its field in a row or column of widgets."""
    pairs = []
    for box in dialog.findChildren(QBoxLayout):
        items = [box.itemAt(i).widget() for i in range(box.count())]
        for label, field in zip(items, items[1:], strict=False):
            colon = isinstance(label, QLabel) and label.text().rstrip().endswith(":")
            if colon and field is not None and not isinstance(field, QLabel):
                pairs.append((label, field))
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            widget = field.widget()
            if widget is None or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget = _first_input(field.layout() if widget is None else widget.layout())
            if label.widget().text() and widget is not None:
                pairs.append((label.widget(), widget))
    return pairs


def _first_input(layout: QLayout | None) -> QWidget | None:
    """The first control of a row laid out as a layout (a path and its «Choose…»)."""
    if layout is None:
        return None
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget()
        if widget is not None and widget.isEnabled() and _focus_target(widget) is not None:
            return widget
        found = _first_input(item.layout()) if widget is None else None
        if found is not None:
            return found
    return None


def _focus_target(widget: QWidget) -> QWidget | None:
    """Where Alt+letter on a label sends the focus: its buddy or the buddy's focus proxy."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget if widget.focusPolicy() & Qt.FocusPolicy.TabFocus else None


def dialog_problems(dialog: QWidget) -> list[str]:
    """Each labelled field's label (with a buddy) and each push, check and radio button on
    view has a mnemonic; no letter is used twice in the dialog."""
    problems = []
    texts: list[tuple[str, QWidget]] = []
    for label, field in _labelled_fields(dialog):
        if not label.isVisible() or not field.isVisible():
            continue
        if label.buddy() is None and not isinstance(field, QAbstractButton):
            # (a row of check or radio buttons needs none: each has its own letter)
            problems.append(f"label «{label.text()}» has no buddy")
    for label in dialog.findChildren(QLabel):
        if label.buddy() is not None and label.isVisible():
            texts.append((label.text(), label))
            if not _focus_target(label.buddy()):
                problems.append(f"label «{label.text()}»: its buddy takes no focus")
    for button in dialog.findChildren(QAbstractButton):
        if not isinstance(button, QPushButton | QCheckBox | QRadioButton):
            continue
        if not button.isVisible() or not button.text() or owner(button) is not button:
            continue
        if _standard(button):
            if mnemonic(button.text()):
                texts.append((button.text(), button))
            continue
        texts.append((button.text(), button))
    for box in dialog.findChildren(QGroupBox):
        if box.isCheckable() and box.isVisible():
            texts.append((box.title(), box))
    for tabs in dialog.findChildren(QTabWidget):
        if tabs.isVisible():
            tab_texts = (tabs.tabText(i) for i in range(tabs.count()))
            texts += [(text, tabs) for text in tab_texts if mnemonic(text)]
    seen: dict[str, str] = {}
    problems += [p for text, _widget in texts if (p := letter_problem(text, seen))]
    return problems
