"""`sferum-desk screenshots`: every page and main dialog rendered at 100 % and 200 %."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from sferum_desk.data.engine import Database
from sferum_desk.ui.main_window import PAGES

from .test_cli import run

pytestmark = pytest.mark.gui

VIEWS = {
    "overview-charts",
    "settings-orders",
    "settings-backups",
    "settings-program",
    "posts-week",
    "posts-list",
}
DIALOGS = {
    "welcome",
    "server",
    "global-search",
    "import",
    "rollover",
    "person",
    "post",
    "broadcast",
    "movement-event",
    "print-slips",
    "print-setup",
    "import-check",
    "print-invites",
    "chats-compliance",
    "invite-audit",
    "guide",
}


def _colours(image: QImage) -> int:
    """Distinct colours on a coarse grid: a blank or one-colour picture has one or two."""
    step = 16
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_every_page_and_dialog_at_100_and_200_percent(
    capsys,
    qapp,
    demo_db: Database,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    out = tmp_path / "снимки"
    code, printed, err = run(capsys, "--db", demo_db.location, "screenshots", "--out", str(out))
    assert (code, err) == (0, "")
    names = {path.name for path in out.iterdir()}
    expected = {f"page-{key}" for key, _title in PAGES} | {f"page-{v}" for v in VIEWS}
    expected |= {f"dialog-{d}" for d in DIALOGS}
    assert names == {f"{n}.png" for n in expected} | {f"{n}@2x.png" for n in expected}
    assert f"Снимков: {len(names)}" in printed
    for key, _title in PAGES:
        small, large = QImage(str(out / f"page-{key}.png")), QImage(str(out / f"page-{key}@2x.png"))
        assert (small.width(), small.height()) == (1280, 800)
        assert (large.width(), large.height()) == (2560, 1600)
        assert _colours(small) > 3, key  # something is drawn, not an empty frame
    code, _out, err = run(capsys, "screenshots", "--out", str(out / "page-overview.png"))
    assert code == 1 and "файл, а не папка" in err


def test_150_percent_is_drawn_at_its_own_resolution(
    capsys,
    qapp,
    demo_db: Database,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    out = tmp_path / "shots"
    args = ("--db", demo_db.location, "screenshots", "--out", str(out), "--scale", "1.5")
    code, _printed, err = run(capsys, *args)
    assert (code, err) == (0, "")
    image = QImage(str(out / "page-students@1.5x.png"))
    assert (image.width(), image.height()) == (1920, 1200)
    assert not (out / "page-students.png").exists()


ROOT = Path(__file__).resolve().parents[1]
SHOWN = re.compile(r"\(((?:\.\./|docs/)screenshots/[^)]+)\)")


def test_readme_and_the_guide_show_only_images_make_screenshots_makes() -> None:
    documents = [ROOT / "README.md", *sorted((ROOT / "docs" / "guide").glob("*.md"))]
    shown = {
        (document.parent / link).resolve()
        for document in documents
        for link in SHOWN.findall(document.read_text(encoding="utf-8"))
    }
    names = {path.name for path in shown}
    made = {f"page-{key}.png" for key, _title in PAGES} | {f"page-{v}.png" for v in VIEWS}
    made |= {f"dialog-{d}.png" for d in DIALOGS}
    assert names and names <= made, sorted(names - made)
    assert all(path.is_file() for path in shown), "run make screenshots"
    committed = {path.name for path in (ROOT / "docs" / "screenshots").glob("*.png")}
    assert committed - {n for n in committed if "@" in n} <= made, "stale screenshots"
