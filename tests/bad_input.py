"""What the bad-input tests share: the corpus folder, the database snapshot, and what a
refusal must look like (see ``test_bad_input.py`` for what «unchanged» means)."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from sferum_desk.data import backup

from .conftest import TODAY
from .test_cli import run

CORPUS = Path(__file__).parent / "data" / "bad"
README = CORPUS / "README.md"
NOT_IN_CORPUS = {"README.md", "make_corpus.py"}
ON = f"{TODAY:%d.%m.%Y}"

# Latin words a Russian message may contain: names of formats, programs and options.
LATIN_WORDS = {
    "Excel",
    "xlsx",
    "xls",
    "csv",
    "CSV",
    "PDF",
    "ZIP",
    "Word",
    "docx",
    "ods",
    "odt",
    "OpenDocument",
    "LibreOffice",
    "Calc",
    "SQLite",
    "Sferum",
    "Desk",
    "sferum",
    "desk",
    "skip",
    "invalid",
    "map",
    "sdbackup",
    "https",
}


LINKS = {
    "javascript-links.txt": {
        "javascript:alert(document.cookie)": "нужен защищённый адрес, начинающийся с https://",
        "JavaScript:void(0)": "нужен защищённый адрес, начинающийся с https://",
        "javascript://sferum.ru/%0Aalert(1)": "нужен защищённый адрес, начинающийся с https://",
        "data:text/html,<script>alert(1)</script>": "нужен защищённый адрес",
    },
    "wrong-host-links.txt": {
        "https://sferum.ru.evil.example/join/abc": "сайт «sferum.ru.evil.example» не входит "
        "в разрешённые",
        "https://evilsferum.ru/join/abc": "сайт «evilsferum.ru» не входит в разрешённые",
        "http://sferum.ru/join/abc": "нужен защищённый адрес, начинающийся с https://",
        "https://admin@sferum.ru/join/abc": "в адресе есть имя пользователя или пароль",
        "https://sferum.ru:8443/join/abc": "в адресе указан порт 8443",
    },
}


# -- helpers ----------------------------------------------------------------------------------


def _dump_digest(path: Path) -> str:
    """SHA-256 of the whole database as SQL (schema and every row), lines sorted."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        lines = sorted(conn.iterdump())
    finally:
        conn.close()
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Snapshot:
    dump: str
    file: str

    @classmethod
    def of(cls, path: Path) -> Snapshot:
        return cls(_dump_digest(path), _file_digest(path))


def assert_unchanged(capsys: pytest.CaptureFixture[str], path: Path, before: Snapshot) -> None:
    assert Snapshot.of(path) == before
    assert backup.backup_files(backup.folder_for(path)) == []
    code, out, err = run(capsys, "--db", str(path), "check")
    assert (code, err) == (0, ""), out
    assert "нарушений не найдено" in out


def assert_russian(message: str, file_name: str) -> None:
    """No traceback, and no English beyond names: what is quoted «…» comes from the file."""
    assert "Traceback" not in message
    own = re.sub(r"«[^«»]*»", "", message.replace(file_name, ""))
    own = re.sub(r"[\w-]+(?:\.[\w-]+)+", "", own)  # host and file names: sferum.ru, .xlsx
    latin = set(re.findall(r"[A-Za-z]{3,}", own))
    assert latin <= LATIN_WORDS, f"English in the message: {sorted(latin - LATIN_WORDS)}"
