"""`pakta` cold start: a fresh process per run, until it exits, beside a bare interpreter.

Commands that need no GUI, printing or HTTP must start in <= 0.5 s: only the asked command's
module is imported and a current store opens without Alembic. `python -c "import sqlalchemy"`
is shown as context: a command that opens the store cannot start faster than that import.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Figure

REPO = Path(__file__).resolve().parent.parent
TARGET_MS = 500.0


def _run_ms(args: list[str], runs: int) -> float:
    """Median wall time of ``runs`` fresh processes (after one warm-up for the OS caches)."""
    times = []
    for i in range(runs + 1):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, *args], cwd=REPO, capture_output=True, check=False, timeout=120
        )
        if i:  # the first run only warms the file cache
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def run(quick: bool) -> list[Figure]:
    runs = 3 if quick else 15
    with tempfile.TemporaryDirectory(prefix="pakta-bench-cli-") as tmp:
        data = str(Path(tmp) / "station")
        cli = ["-m", "desktop_app.cli.main", "--data-dir", data]
        subprocess.run(
            [sys.executable, *cli, "ceremony", "create", "--title", "Ikrar",
             "--date", "2024-08-26", "--venue", "Balai Kota"],
            cwd=REPO, capture_output=True, check=True, timeout=120,
        )  # fmt: skip
        bare = _run_ms(["-c", "pass"], runs)
        sqlalchemy = _run_ms(["-c", "import sqlalchemy"], runs)
        commands = {
            "pakta --help": [*cli, "--help"],
            "pakta simulate --help (devices)": [*cli, "simulate", "--help"],
            "pakta ceremony list (opens the store)": [*cli, "ceremony", "list"],
            "pakta lookup NIP (opens the store)": [*cli, "lookup", "199001012015031001"],
        }
        figures = [
            Figure(
                "python -c 'import sqlalchemy' (context)", sqlalchemy, bare, "ms", "-", None,
                "python -c pass",
            )
        ]  # fmt: skip
        for name, args in commands.items():
            ours = _run_ms(args, runs)
            store = "store" in name  # beside the import it cannot do without
            figures.append(
                Figure(
                    f"cold start: {name}", ours, sqlalchemy if store else bare, "ms",
                    f"<= {TARGET_MS:.0f} ms", ours <= TARGET_MS,
                    "python -c 'import sqlalchemy'" if store else "python -c pass",
                )
            )  # fmt: skip
    return figures
