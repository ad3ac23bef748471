"""The long fuzz run: every station parser target of tests/fuzz, random (not the CI's fixed
examples), for as long as asked, and a table of how many inputs each survived.

Usage: python -m benchmarks.fuzz --minutes N [--only TEXT]
Exit 0 when every target held, 1 when one failed (its smallest failing input is printed).
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings

from tests.fuzz.targets import TARGETS, Target

BATCH = 300  # examples per hypothesis run; runs repeat until the target's time is up


@dataclass(frozen=True)
class Outcome:
    name: str
    examples: int
    seconds: float
    failure: str  # "" when the target held


def fuzz(target: Target, seconds: float) -> Outcome:
    count = 0

    def counted(value: object) -> None:
        nonlocal count
        count += 1
        target.check(value)

    started = time.monotonic()
    failure = ""
    while time.monotonic() - started < seconds and not failure:
        run = settings(
            max_examples=BATCH,
            derandomize=False,
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )(given(target.strategy)(counted))
        try:
            run()
        except Exception as exc:  # the falsifying example, already shrunk by hypothesis
            failure = f"{type(exc).__name__}: {exc}".strip()
    return Outcome(target.name, count, time.monotonic() - started, failure)


def format_outcomes(outcomes: list[Outcome]) -> str:
    rows = [("target", "inputs", "seconds", "result")]
    for o in outcomes:
        result = "held" if not o.failure else "FAILED: " + o.failure.splitlines()[0][:120]
        rows.append((o.name, str(o.examples), f"{o.seconds:.1f}", result))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    total = sum(o.examples for o in outcomes)
    lines.append(f"{total} inputs in {sum(o.seconds for o in outcomes):.0f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fuzz")
    parser.add_argument("--minutes", type=float, default=5.0, help="total time, shared out")
    parser.add_argument("--only", help="run only targets whose name contains this")
    args = parser.parse_args(argv)
    chosen = [t for n, t in sorted(TARGETS.items()) if not args.only or args.only in n]
    if not chosen:
        parser.error(f"no target matches {args.only!r}")
    share = args.minutes * 60 / len(chosen)
    outcomes = [fuzz(target, share) for target in chosen]
    print(format_outcomes(outcomes))
    for o in outcomes:
        if o.failure:
            print(f"\n{o.name}:\n{o.failure}", file=sys.stderr)
    return 0 if all(not o.failure for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
