"""What a start of the window costs: no module it does not need, and the timing switch
`make bench` starts it with (``SFERUM_DESK_BENCH_SHOWN``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sferum_desk.data.engine import Database

# Each is imported when first needed: openpyxl by a report, an export or an import; Alembic
# by a database that needs an upgrade.
NOT_AT_START = ("openpyxl", "alembic")


def test_the_window_starts_without_openpyxl_or_alembic() -> None:
    code = (
        "import sys\n"
        "import sferum_desk.cli, sferum_desk.ui.app, sferum_desk.ui.main_window\n"
        f"print(*[m for m in {NOT_AT_START!r} if m in sys.modules])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == []


@pytest.mark.sqlite_only
def test_bench_switch_quits_once_the_pages_named_have_loaded(
    demo_db: Database, tmp_path: Path
) -> None:
    url = str(demo_db.url)
    demo_db.dispose()  # the app takes the writer's lock
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SFERUM_DESK_HOME": str(tmp_path / "home"),
        "SFERUM_DESK_BENCH_SHOWN": "students,movement",
    }
    process = subprocess.run(
        [sys.executable, "-m", "sferum_desk", "--no-crash-dialog", "--db", url],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert process.returncode == 0, process.stderr
    shown = [line for line in process.stdout.splitlines() if line.startswith("shown ")]
    assert len(shown) == 1
    assert float(shown[0].split()[1]) > 0
