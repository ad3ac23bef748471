"""PyInstaller entry of the windowed desk program `pakta-station` (see ui.launcher)."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
