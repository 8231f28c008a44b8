"""PyInstaller runtime hook: portable mode.

With a file ``portable.txt`` beside the executable (a copy of the folder on a USB stick),
the app keeps its database, backups, logs and settings in ``data`` beside it instead of the
user's profile — ``SFERUM_DESK_HOME``, which every folder of the app follows. A variable set
by the user wins.
"""

import os
import sys
from pathlib import Path

_here = Path(sys.executable).resolve().parent
if (_here / "portable.txt").is_file() and not os.environ.get("SFERUM_DESK_HOME"):
    os.environ["SFERUM_DESK_HOME"] = str(_here / "data")
