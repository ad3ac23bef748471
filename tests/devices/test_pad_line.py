"""A real serial line (a pseudo-terminal, or socket:// on any OS): the simulator draws on one
end, the reader yields the same strokes.

Also the faults: wrong baud, a pad that never answers, unplug mid-stroke, replug. How fast an
unplug is noticed and how long a probe takes are figures in benchmarks/bench_devices.py; these
tests check that each happens, in order, with generous time-outs for a busy machine.
"""

from __future__ import annotations

import time

import pytest

from desktop_app.devices.pads.connection import PadConnection, PadUpdate
from desktop_app.devices.pads.events import PenEvent
from desktop_app.devices.pads.probe import ProbeStatus, probe_port
from desktop_app.devices.pads.protocol import ISDV4, TOPAZ
from desktop_app.devices.pads.strokes import StrokeAssembler, assemble
from desktop_app.devices.serial_link import LinkStatus, StatusChange
from desktop_app.devices.simulators.pad_simulator import PadSimulator
from desktop_app.devices.simulators.transport import Transport
from tests.devices.conftest import drain

WAIT_S = 30  # generous: these wait for an event, they do not measure


def points(sig: object) -> list[list[tuple[int, int, int]]]:
    return [[(s.x, s.y, s.pressure) for s in st.samples] for st in sig.strokes]  # type: ignore[attr-defined]


def statuses(updates: list[PadUpdate]) -> list[LinkStatus]:
    return [u.status for u in updates if isinstance(u, StatusChange)]


@pytest.mark.parametrize("protocol", [ISDV4, TOPAZ])
def test_simulator_signature_arrives_as_the_same_strokes(
    protocol, transport: Transport, link: str | None
) -> None:
    with PadSimulator(protocol, link=link, transport=transport, rate_hz=400) as sim:
        conn = PadConnection(sim.port, protocol)
        with conn:
            assert conn.wait_for(LinkStatus.CONNECTED, timeout=WAIT_S)
            sent = sim.draw_signature(seed=3)
            assembler = StrokeAssembler(conn.device_info())
            got = drain(
                conn.updates,
                lambda u: sum(isinstance(x, PenEvent) for x in u) >= len(sent),
                WAIT_S,
            )
            for update in got:
                assembler.handle(update)
        capture = assembler.capture()
    assert points(capture.signature) == points(assemble(sent))
    assert len(capture.signature.strokes) >= 2
    times = [s.t_ms for s in capture.signature.samples()]
    assert times == sorted(times) and times[-1] > 100  # stamped by the reader, monotonic
    assert capture.signature.device.protocol == protocol.name


@pytest.mark.posix  # a socket has no line speed: only a pty can hear the wrong baud rate
def test_autodetect_tries_the_second_baud_rate(port_path: str) -> None:
    with PadSimulator("isdv4", link=port_path, transport="pty", baud=38400):
        result = probe_port(port_path)
        assert result.status == ProbeStatus.FOUND
        assert (result.protocol, result.baud) == ("isdv4", 38400)
        assert result.capabilities is not None and result.capabilities.firmware == "0x0403"


def test_pad_that_never_answers_is_no_reply(transport: Transport, link: str | None) -> None:
    with PadSimulator("isdv4", link=link, transport=transport, answer_queries=False) as sim:
        result = probe_port(sim.port, [ISDV4])
    assert result.status == ProbeStatus.NO_REPLY


def test_connection_reports_no_reply_then_keeps_trying(
    transport: Transport, link: str | None
) -> None:
    with PadSimulator("isdv4", link=link, transport=transport, answer_queries=False) as sim:
        conn = PadConnection(sim.port, ISDV4)
        with conn:
            assert conn.wait_for(LinkStatus.NO_REPLY, timeout=WAIT_S)
            sim.answer_queries = True  # the pad was switched on late
            assert conn.wait_for(LinkStatus.CONNECTED, timeout=WAIT_S)


@pytest.mark.parametrize("where", ["path", "socket"])
def test_missing_port_is_not_found(tmp_path, where: str) -> None:
    url = str(tmp_path / "nothing") if where == "path" else "socket://127.0.0.1:1"
    conn = PadConnection(url, ISDV4, reconnect=False)
    with conn:
        assert conn.wait_for(LinkStatus.STOPPED, timeout=WAIT_S)
    assert statuses(drain(conn.updates, lambda u: False, 0.1))[0] == LinkStatus.NOT_FOUND


def test_unplug_mid_stroke_is_reported_and_replug_resumes(
    transport: Transport, link: str | None
) -> None:
    with PadSimulator("isdv4", link=link, transport=transport) as sim:
        conn = PadConnection(sim.port, ISDV4, retry_s=0.1)
        with conn:
            assert conn.wait_for(LinkStatus.CONNECTED, timeout=WAIT_S)
            assembler = StrokeAssembler(conn.device_info())
            sim.draw([PenEvent(1000 + 40 * i, 2000 + 10 * i, 400, tip=True) for i in range(30)])
            got = drain(conn.updates, lambda u: len(u) >= 20, WAIT_S)
            for u in got:
                assembler.handle(u)
            assert assembler.pen_down
            sim.unplug()
            # Disconnected, then at least one failed attempt to re-open while the cable is out.
            lost = drain(conn.updates, lambda u: LinkStatus.RECONNECTING in statuses(u), WAIT_S)
            assert statuses(lost)[:2] == [LinkStatus.DISCONNECTED, LinkStatus.RECONNECTING]
            for u in lost:
                assembler.handle(u)
            capture = assembler.capture()
            assert capture.interrupted and not assembler.pen_down
            assert len(capture.signature.strokes) == 1

            sim.replug()
            assert conn.wait_for(LinkStatus.CONNECTED, timeout=WAIT_S)
            sim.draw([PenEvent(5, 6, 7, tip=True), PenEvent(5, 6, 0, tip=False)])
            after = drain(
                conn.updates, lambda u: sum(isinstance(x, PenEvent) for x in u) >= 2, WAIT_S
            )
    assert [e.x for e in after if isinstance(e, PenEvent)] == [5, 5]
    assert LinkStatus.CONNECTED in statuses(after)


def test_garbage_on_the_line_does_not_stop_the_reader(
    transport: Transport, link: str | None
) -> None:
    with PadSimulator("isdv4", link=link, transport=transport) as sim:
        conn = PadConnection(sim.port, ISDV4)
        with conn:
            assert conn.wait_for(LinkStatus.CONNECTED, timeout=WAIT_S)
            sim.pty.write(bytes(range(256)) * 4)
            sim.draw([PenEvent(77, 88, 99, tip=True)])
            got = drain(
                conn.updates,
                lambda u: any(isinstance(x, PenEvent) and x.x == 77 for x in u),
                WAIT_S,
            )
            assert conn.status == LinkStatus.CONNECTED
    assert any(isinstance(x, PenEvent) and (x.x, x.y, x.pressure) == (77, 88, 99) for x in got)


def _wait(condition: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.002)
    return False


@pytest.mark.posix  # termios.error is the pty's (a serial port's) own failure
def test_unplug_during_the_hand_shake_is_a_disconnect_not_a_dead_reader(port_path: str) -> None:
    """The pad goes away between the start-up's stop command and its input flush: pyserial
    raises termios.error there (it used to end the reader thread for good)."""
    with PadSimulator("isdv4", link=port_path, transport="pty") as sim:
        conn = PadConnection(port_path, ISDV4, retry_s=0.05)
        with conn:
            assert conn.wait_for(LinkStatus.CONNECTED, timeout=WAIT_S)
            for _ in range(3):
                sim.unplug()
                assert conn.wait_for(LinkStatus.RECONNECTING, timeout=WAIT_S)
                sim.commands.clear()
                sim.replug()
                # The reader re-opens the port and sends "0" (stop), then pauses 0.25 s before
                # flushing: pull the plug inside that pause.
                assert _wait(lambda: b"0" in sim.commands, WAIT_S)
                sim.unplug()
                assert conn.wait_for(LinkStatus.RECONNECTING, timeout=WAIT_S)
                assert conn._thread is not None and conn._thread.is_alive()
                sim.replug()
                assert conn.wait_for(LinkStatus.CONNECTED, timeout=WAIT_S)
            sent = sim.draw_signature(seed=5)
            got = drain(
                conn.updates, lambda u: sum(isinstance(x, PenEvent) for x in u) >= len(sent), WAIT_S
            )
    pen = [u for u in got if isinstance(u, PenEvent)]
    assert [(e.x, e.y) for e in pen[-len(sent) :]] == [(e.x, e.y) for e in sent]


def test_twenty_unplug_replug_cycles_then_a_whole_signature(
    transport: Transport, link: str | None
) -> None:
    with PadSimulator("isdv4", link=link, transport=transport, rate_hz=700) as sim:
        conn = PadConnection(sim.port, ISDV4, retry_s=0.05)
        with conn:
            assert conn.wait_for(LinkStatus.CONNECTED, timeout=WAIT_S)
            for cycle in range(20):
                sim.unplug()
                if cycle % 2:  # half the time the reader has noticed before the replug
                    gone = (LinkStatus.DISCONNECTED, LinkStatus.RECONNECTING)
                    assert conn.wait_for(*gone, timeout=WAIT_S)
                sim.replug()
                assert conn.wait_for(LinkStatus.CONNECTED, timeout=WAIT_S), f"cycle {cycle}"
                assert conn._thread is not None and conn._thread.is_alive()
            drain(conn.updates, lambda u: False, 0.05)  # the statuses so far
            sent = sim.draw_signature(seed=8)
            assembler = StrokeAssembler(conn.device_info())
            for update in drain(
                conn.updates, lambda u: sum(isinstance(x, PenEvent) for x in u) >= len(sent), WAIT_S
            ):
                assembler.handle(update)
    assert points(assembler.capture().signature) == points(assemble(sent))
