"""PyInstaller entry of the windowed desk program `pakta-station` (see ui.launcher)."""

import sys
import time

STARTED = time.perf_counter()  # before the heavy imports: the self-test reports cold start

from ui.launcher import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(started=STARTED))
