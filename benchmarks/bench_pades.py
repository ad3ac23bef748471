"""What the desk's PAdES signature adds to a printed receipt: build p99 with the signature (what
the print worker does for every receipt: printing.content.receipt_pdf) beside the same receipt
built without it, in the same run. Wall time and CPU time of this thread."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.figures import Figure, p99, time_calls_ms
from desktop_app.documents.receipt import build_receipt
from desktop_app.documents.receipt_data import load_receipt
from desktop_app.printing.content import receipt_pdf
from tests.documents.factory import make_ceremony, sign_all

TARGET_MS = 250.0  # the receipt must be on paper while the attendee is still at the desk
BASELINE = "the same receipt unsigned (build only)"


def _cpu_ms(fn: Callable[[], object], n: int) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.thread_time()
        fn()
        out.append((time.thread_time() - t0) * 1000.0)
    return out


def run(quick: bool) -> list[Figure]:
    builds = 15 if quick else 200
    with tempfile.TemporaryDirectory(prefix="pakta-bench-pades-") as tmp:
        c = make_ceremony(Path(tmp) / "station", people=2)
        (record_id,) = sign_all(c, 1)
        data = load_receipt(c.store, record_id)
        # Warm, as on a desk after its first receipt: fonts parsed, pyHanko imported, the
        # document key and certificate made.
        signed = receipt_pdf(c.store, data, "a5")
        assert b"/ETSI.CAdES.detached" in signed and b"/ByteRange" in signed
        build_receipt(data, "a5")

        def signed_build() -> bytes:
            return receipt_pdf(c.store, data, "a5")

        def plain_build() -> bytes:
            return build_receipt(data, "a5")

        ours = time_calls_ms(signed_build, builds)
        base = time_calls_ms(plain_build, builds)
        cpu_ours = _cpu_ms(signed_build, builds)
        cpu_base = _cpu_ms(plain_build, builds)
        c.store.close()
    name = "receipt build + PAdES signature (A5) p99"
    target = f"p99 <= {TARGET_MS:.0f} ms"
    return [
        Figure(name, p99(ours), p99(base), "ms", target, p99(ours) <= TARGET_MS, BASELINE),
        Figure(
            name + ", CPU time",
            p99(cpu_ours),
            p99(cpu_base),
            "ms",
            target,
            p99(cpu_ours) <= TARGET_MS,
            BASELINE,
        ),
    ]
