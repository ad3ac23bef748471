"""Admin sign-in throttling per account and per client address: backoff, then lockout.

After FREE_FAILURES failed sign-ins a key (an account name or a client address) must wait
2, 4, 8 ... up to MAX_DELAY seconds before its next attempt is even checked; the LOCK_AFTER-th
failure locks it for LOCK_FOR. Both keys of an attempt count, so cycling names from one
address, or addresses against one name, is throttled all the same.

Bounded: keys are SHA-256 digests (an attempted name that is no user is never stored), rows go
stale after LOCK_FOR without failures, and the table never holds more than MAX_ROWS (the
oldest unlocked rows are dropped first). Shared by every worker process through the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from server import clock
from server.models import LoginThrottle

FREE_FAILURES = 3
LOCK_AFTER = 10
MAX_DELAY = dt.timedelta(seconds=60)
LOCK_FOR = dt.timedelta(minutes=15)
MAX_ROWS = 5_000


@dataclass(frozen=True)
class Keys:
    account: str
    address: str

    def both(self) -> tuple[str, str]:
        return (self.account, self.address)


def keys_for(name: str, address: str) -> Keys:
    def digest(kind: str, value: str) -> str:
        return f"{kind}:{hashlib.sha256(value.encode('utf-8')).hexdigest()}"

    return Keys(digest("user", name.strip().casefold()), digest("addr", address))


def _delay(failures: int) -> dt.timedelta:
    if failures < FREE_FAILURES:
        return dt.timedelta(0)
    seconds = 2 ** min(failures - FREE_FAILURES + 1, 16)
    return min(dt.timedelta(seconds=seconds), MAX_DELAY)


def wait_needed(session: Session, keys: Keys, now: dt.datetime) -> dt.timedelta:
    """How long these keys must still wait before an attempt is checked (0: go ahead)."""
    wait = dt.timedelta(0)
    for row in session.scalars(select(LoginThrottle).where(LoginThrottle.key.in_(keys.both()))):
        if row.locked_until:
            until = clock.parse(row.locked_until)
            if until is not None and until > now:
                wait = max(wait, until - now)
                continue
        last = clock.parse(row.last_at)
        if last is None or now - last > LOCK_FOR:
            continue  # stale: forgotten
        wait = max(wait, last + _delay(row.failures) - now)
    return wait


def record_failure(session: Session, keys: Keys, now: dt.datetime) -> list[str]:
    """Count a failed attempt against both keys; returns the keys it just locked."""
    locked: list[str] = []
    rows = {
        r.key: r
        for r in session.scalars(select(LoginThrottle).where(LoginThrottle.key.in_(keys.both())))
    }
    now_iso = clock.iso(now)
    for key in keys.both():
        row = rows.get(key)
        if row is None:
            row = LoginThrottle(key=key, failures=0, locked_until="", last_at=now_iso)
            session.add(row)
        last = clock.parse(row.last_at)
        until = clock.parse(row.locked_until) if row.locked_until else None
        if (last is None or now - last > LOCK_FOR) and (until is None or until <= now):
            row.failures, row.locked_until = 0, ""
        row.failures += 1
        row.last_at = now_iso
        if row.failures >= LOCK_AFTER:
            row.failures, row.locked_until = 0, clock.iso(now + LOCK_FOR)
            locked.append(key)
    session.flush()
    _bound(session, now)
    return locked


def record_success(session: Session, keys: Keys) -> None:
    session.execute(delete(LoginThrottle).where(LoginThrottle.key == keys.account))


def _bound(session: Session, now: dt.datetime) -> None:
    """Keep the table small: forget stale rows, then the oldest unlocked, then the oldest."""
    count = int(session.scalar(select(func.count()).select_from(LoginThrottle)) or 0)
    if count <= MAX_ROWS:
        return
    now_iso, stale = clock.iso(now), clock.iso(now - LOCK_FOR)
    session.execute(
        delete(LoginThrottle).where(
            LoginThrottle.last_at < stale, LoginThrottle.locked_until < now_iso
        )
    )
    for unlocked_only in (True, False):
        count = int(session.scalar(select(func.count()).select_from(LoginThrottle)) or 0)
        if count <= MAX_ROWS:
            return
        oldest = select(LoginThrottle.key).order_by(LoginThrottle.last_at).limit(count - MAX_ROWS)
        if unlocked_only:
            oldest = oldest.where(LoginThrottle.locked_until < now_iso)
        session.execute(
            delete(LoginThrottle).where(LoginThrottle.key.in_(list(session.scalars(oldest))))
        )
