"""The desk's venue actions (join, host, new code, stop, find hubs), each run aside.

Network calls take seconds when a hub is away, so they run on a thread of their own, neither
on the GUI thread nor on the database worker (whose jobs must stay short); the answer comes
back on the owner thread through ``call_soon``, like ``DeskController.submit``'s. A hub this
desk started from its settings is stopped when the desk closes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.desk.controller import DeskController
    from desktop_app.venue.desk_actions import Hosting, Joined, VenueProblem

log = logging.getLogger(__name__)

OnProblem = Callable[["VenueProblem"], None]
FIND_S = 4.0  # how long the join dialog listens for hubs by mDNS


def _actions() -> Any:
    """desk_actions on first use (on the action's thread): httpx and zeroconf stay out of the
    desk's start."""
    from desktop_app.venue import desk_actions

    return desk_actions


class VenueOps:
    def __init__(self, desk: DeskController) -> None:
        self.desk = desk
        self.hosting: Hosting | None = None  # the hub this desk started (stopped at close)
        # Where a hub started here listens and announces itself (0: the default port, all
        # addresses); tests keep it on loopback. mdns_interfaces: where the join dialog looks.
        self.host_port = 0
        self.host_bind = "0.0.0.0"
        self.mdns_interfaces: list[str] | None = None
        self._closed = False

    def aside(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_problem: OnProblem,
        name: str = "venue",
    ) -> threading.Thread:
        """Run ``fn`` on its own thread; one callback later on the owner thread. Any error
        that is not a VenueProblem is logged and reported as an unreachable hub."""
        callbacks: list[Callable[[Any], None] | None] = [on_done, on_problem]

        def hand_over(index: int, value: Any) -> None:
            box = [callbacks[index]]  # the owner thread drops the last reference (Qt objects)
            callbacks.clear()
            self.desk.call_soon(lambda: _call_boxed(box, value))

        def run() -> None:
            va = _actions()
            try:
                value = fn()
            except va.VenueProblem as exc:
                log.warning("%s: %s (%s)", name, exc.kind, exc.detail)  # why, in the desk log
                hand_over(1, exc)
            except Exception as exc:  # never a traceback to the attendant
                log.exception("venue action failed")
                hand_over(1, va.VenueProblem(va.ProblemKind.UNREACHABLE, str(exc)))
            else:
                hand_over(0, value)

        thread = threading.Thread(target=run, name=name, daemon=True)
        thread.start()
        return thread

    # -- the actions -------------------------------------------------------------------------
    def find_hubs(
        self,
        then: Callable[[list[tuple[str, str]]], None],
        on_problem: OnProblem,
        *,
        timeout_s: float = FIND_S,
    ) -> None:
        interfaces = self.mdns_interfaces
        self.aside(
            lambda: _actions().find_hubs(timeout_s, interfaces), then, on_problem, "venue-find"
        )

    def join(
        self, address: str, code: str, then: Callable[[Joined], None], on_problem: OnProblem
    ) -> None:
        """Join and take the venue's ceremony; then the desk reloads (its active ceremony
        changed) and the venue worker starts talking to the hub at once."""
        store = self.desk.store

        def joined(result: Joined) -> None:
            self._after_link_change()
            then(result)

        self.aside(
            lambda: _actions().join_venue(store, address, code), joined, on_problem, "venue-join"
        )

    def host(self, then: Callable[[Hosting], None], on_problem: OnProblem) -> None:
        store, port, bind = self.desk.store, self.host_port, self.host_bind

        def start() -> Hosting:
            result: Hosting = _actions().host_venue(store, port=port, bind=bind)
            if self._closed:  # the desk closed while the hub started: it goes too
                _actions().stop_hosting(store)
            return result

        def hosting(result: Hosting) -> None:
            self.hosting = result
            self._after_link_change()
            then(result)

        self.aside(start, hosting, on_problem, "venue-host")

    def adopt(self, then: Callable[[Hosting | None], None]) -> None:
        """A desk restarted (after a crash) whose hub still runs takes it back, with a fresh
        code: the switch shows it on, and the desk stops it when it closes."""
        store = self.desk.store

        def look() -> Hosting | None:
            va = _actions()
            found: Hosting | None = va.renew_code(store) if va.hosting_now(store) else None
            return found

        def adopted(result: Hosting | None) -> None:
            if result is not None and self.hosting is None:
                self.hosting = result
            then(self.hosting)

        self.aside(look, adopted, lambda _problem: then(self.hosting), "venue-adopt")

    def renew_code(self, then: Callable[[Hosting], None], on_problem: OnProblem) -> None:
        store = self.desk.store
        lan_url = self.hosting.url if self.hosting is not None else ""

        def renewed(result: Hosting) -> None:
            if self.hosting is not None:
                result = replace(result, pid=self.hosting.pid)
            self.hosting = result
            then(result)

        self.aside(lambda: _actions().renew_code(store, lan_url), renewed, on_problem, "venue-code")

    def stop_hosting(self, then: Callable[[bool], None], on_problem: OnProblem) -> None:
        store = self.desk.store

        def stopped(result: bool) -> None:
            self.hosting = None
            self._after_link_change()
            then(result)

        self.aside(lambda: _actions().stop_hosting(store), stopped, on_problem, "venue-stop")

    def stop(self) -> None:
        """At desk close: the hub this desk started goes with it (the other desks carry on
        alone and meet again when a hub is back)."""
        self._closed = True
        if self.hosting is not None:
            from desktop_app.venue.host import stop_hub

            try:
                stop_hub(self.desk.store, wait_s=None)  # it stops on its own; the window closes
            except OSError:
                log.exception("could not stop the venue hub")
            self.hosting = None

    def _after_link_change(self) -> None:
        self.desk.reload()  # the venue's ceremony is now the active one (join/host)
        venue = self.desk.ops.venue
        if venue is not None:
            venue.nudge()
            venue.recheck()


def _call_boxed(box: list[Callable[[Any], None] | None], value: Any) -> None:
    callback = box.pop()
    if callback is not None:
        callback(value)
