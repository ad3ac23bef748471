"""Reading CUPS queue states (lpstat -l -p): paused, out of paper, offline, fine."""

from __future__ import annotations

from desktop_app.printing.backends.cups import queue_problem

IDLE = """printer Kantor is idle.  enabled since Mon Nov 23 01:45:39 2026
\tForm mounted:
\tAlerts: none
\tDescription: Kantor
"""
PAUSED = """printer Kantor disabled since Mon Nov 23 01:47:03 2026 -
\tkertas habis
\tForm mounted:
\tAlerts: paused
"""
NO_PAPER = """printer Kantor is idle.  enabled since Mon Nov 23 01:45:39 2026
\tForm mounted:
\tAlerts: media-empty-error media-needed-warning
"""
OFFLINE = """printer Kantor now printing Kantor-7.  enabled since Mon Nov 23 01:45:39 2026
\tAlerts: offline-report
"""


def test_queue_states() -> None:
    assert queue_problem("Kantor", IDLE) is None
    assert queue_problem("Kantor", PAUSED) == "printer Kantor is paused (kertas habis)"
    problem = queue_problem("Kantor", NO_PAPER)
    assert problem is not None and "media-empty-error" in problem
    assert "offline-report" in (queue_problem("Kantor", OFFLINE) or "")
