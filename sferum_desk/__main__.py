"""``python -m sferum_desk`` runs the same entry point as ``sferum-desk``."""

import sys

from .cli import main

sys.exit(main())
