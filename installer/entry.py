"""What the bundled executables run: the same entry point as the ``sferum-desk`` script."""

import sys

from sferum_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
