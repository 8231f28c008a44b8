"""`sferum-desk screenshots`: every page and main dialog rendered at 100 % and 200 %."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from sferum_desk.data.engine import Database
from sferum_desk.ui.main_window import PAGES

from .test_cli import run

pytestmark = pytest.mark.gui


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
    dialogs = {"welcome", "server", "global-search", "import", "rollover"}
    expected = {f"page-{key}" for key, _title in PAGES} | {f"dialog-{d}" for d in dialogs}
    assert names == {f"{n}.png" for n in expected} | {f"{n}@2x.png" for n in expected}
    assert f"Снимков: {len(names)}" in printed
    for key, _title in PAGES:
        small, large = QImage(str(out / f"page-{key}.png")), QImage(str(out / f"page-{key}@2x.png"))
        assert (small.width(), small.height()) == (1280, 800)
        assert (large.width(), large.height()) == (2560, 1600)
        assert _colours(small) > 3, key  # something is drawn, not an empty frame
    code, _out, err = run(capsys, "screenshots", "--out", str(out / "page-overview.png"))
    assert code == 1 and "файл, а не папка" in err
