"""Run every benchmarks/bench_*.py module and print one table.

Usage: python -m benchmarks [--quick] [--only NAME]
Each module exposes ``run(quick: bool) -> list[Figure]``.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import traceback

import benchmarks
from benchmarks.figures import Figure


def collect(quick: bool, only: str | None = None) -> list[Figure]:
    figures: list[Figure] = []
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda m: m.name):
        if not info.name.startswith("bench_"):
            continue
        if only and only not in info.name:
            continue
        module = importlib.import_module(f"benchmarks.{info.name}")
        try:
            figures.extend(module.run(quick))
        except Exception as exc:  # the table goes on; the name says what broke
            traceback.print_exc()
            why = f"{type(exc).__name__}: {exc}"[:160]
            figures.append(Figure(f"{info.name} FAILED ({why})", float("nan"), None, "", "", False))
    return figures


def format_table(figures: list[Figure]) -> str:
    rows = [("figure", "ours", "baseline (same run)", "ratio", "target", "met")]
    for f in figures:
        base = "-" if f.baseline is None else f"{f.baseline:.3f} {f.unit} ({f.baseline_name})"
        ratio = "-" if f.ratio is None else f"{f.ratio:.2f}"
        met = {True: "yes", False: "NO", None: "-"}[f.met]
        rows.append((f.name, f"{f.ours:.3f} {f.unit}", base, ratio, f.target, met))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="small sizes (used by the tests)")
    parser.add_argument("--only", help="run only bench modules whose name contains this")
    args = parser.parse_args()
    figures = collect(args.quick, args.only)
    print(format_table(figures))
    return 0 if all(f.met is not False for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
