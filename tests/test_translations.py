"""The Russian translation is complete, natural and compiled; a missing one fails here.

When this fails after a change to the GUI: run ``make translations``, translate every new
message in ``sferum_desk/resources/translations/sferum_desk_ru.ts`` (Qt Linguist or any
editor) and run ``make translations`` again to compile the .qm.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

import sferum_desk

PACKAGE = Path(sferum_desk.__file__).resolve().parent
TRANSLATIONS = PACKAGE / "resources" / "translations"
TS = TRANSLATIONS / "sferum_desk_ru.ts"
QM = TRANSLATIONS / "sferum_desk_ru.qm"
TOOLS = Path(sys.executable).parent
# Source texts that stay as they are in Russian: the product's name.
UNTRANSLATED = {"Sferum Desk"}
CYRILLIC = re.compile(r"[А-Яа-яЁё№]")
PLACEHOLDER = r"\{[^}]*\}|%n"


def tool(name: str) -> str:
    path = TOOLS / name
    if not path.exists():
        pytest.skip(f"{name} is not installed next to the interpreter")
    return str(path)


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts brought up to date with the code by lupdate, in a temporary copy."""
    copy = tmp_path_factory.mktemp("ts") / TS.name
    shutil.copyfile(TS, copy)
    sources = sorted(str(p) for p in (PACKAGE / "ui").rglob("*.py"))
    result = subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(copy), "-no-obsolete"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return copy


def test_every_message_in_the_code_is_translated(refreshed: Path) -> None:
    untranslated = [
        f"{context}: {source!r}"
        for (context, source), message in messages(refreshed).items()
        if message.find("translation").get("type")
        or not any(t.strip() for t in translations(message))
    ]
    assert not untranslated, "Translate these (then run make translations):\n" + "\n".join(
        untranslated
    )


def test_the_committed_ts_matches_the_code(refreshed: Path) -> None:
    assert set(messages(refreshed)) == set(messages(TS)), "Run make translations"
    assert len(messages(TS)) > 150


def translations(message: ET.Element) -> list[str]:
    """The translation, or each of the three Russian plural forms of a count (%n)."""
    element = message.find("translation")
    assert element is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in element.iter("numerusform")]
    return [element.text or ""]


def test_translations_are_russian(refreshed: Path) -> None:
    for (context, source), message in messages(refreshed).items():
        if source in UNTRANSLATED:
            continue
        texts = translations(message)
        if message.get("numerus") == "yes":
            assert len(texts) == 3, f"{context}: {source!r} needs the 3 Russian plural forms"
        for text in texts:
            assert CYRILLIC.search(text), f"{context}: {source!r} → {text!r} is not Russian"
            assert set(re.findall(PLACEHOLDER, text)) == set(re.findall(PLACEHOLDER, source)), (
                f"{context}: {source!r} → {text!r} changes the placeholders"
            )


def test_the_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / QM.name
    result = subprocess.run(
        [tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert fresh.read_bytes() == QM.read_bytes(), "The .qm is stale: run make translations"


def test_the_qm_translates(qapp) -> None:  # noqa: ANN001
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("MainWindow", "Overview") == "Обзор"
    assert translator.translate("ListPage", "Shown {0} of {1}") == "Показано {0} из {1}"
    assert translator.translate("Columns", "Full name") == "ФИО"


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "Отменить 1 задачу?"),
        (2, "Отменить 2 задачи?"),
        (5, "Отменить 5 задач?"),
        (11, "Отменить 11 задач?"),
        (21, "Отменить 21 задачу?"),
        (104, "Отменить 104 задачи?"),
    ],
)
def test_counts_take_the_russian_plural_form(qapp, n: int, expected: str) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication

    from sferum_desk.ui.app import install_translators

    install_translators(qapp, "ru")
    assert QCoreApplication.translate("TasksPage", "Cancel %n task(s)?", "", n) == expected
