"""A fault-injecting TCP proxy on loopback: drops, resets, delays, truncates, duplicates.

Each accepted connection gets one fault drawn from a seeded plan. "duplicate" sends every
request byte to the server twice over two connections (the second answer is thrown away),
"reset" lets the request through and answers the client with a TCP RST instead of the
response, "truncate" cuts the response short, "delay" holds it back, "drop" closes at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import struct
import threading
from collections import Counter
from collections.abc import Sequence

FAULTS = ("pass", "drop", "reset", "delay", "truncate", "duplicate")


class FaultProxy:
    def __init__(
        self,
        upstream_port: int,
        *,
        weights: dict[str, float] | None = None,
        seed: int = 1,
        delay_range: tuple[float, float] = (0.2, 1.5),
    ) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.weights = weights or {f: 1.0 for f in FAULTS}
        self.rng = random.Random(seed)
        self.delay_range = delay_range
        self.counts: Counter[str] = Counter()
        self.port = 0
        self.enabled = True
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._started = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(10)
        return self

    def stop(self) -> None:
        async def _close() -> None:
            if self._server is not None:
                self._server.close()

        asyncio.run_coroutine_threadsafe(_close(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    def _choose(self) -> str:
        if not self.enabled:
            return "pass"
        names: Sequence[str] = list(self.weights)
        return self.rng.choices(names, [self.weights[n] for n in names])[0]

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        fault = self._choose()
        self.counts[fault] += 1
        if fault == "drop":
            writer.transport.abort()
            return
        try:
            up_r, up_w = await asyncio.open_connection(*self.upstream)
        except OSError:
            self.counts["upstream_down"] += 1
            writer.transport.abort()
            return
        dup: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        if fault == "duplicate":
            try:
                dup = await asyncio.open_connection(*self.upstream)
            except OSError:
                dup = None
        tasks = [
            asyncio.ensure_future(self._client_to_server(reader, up_w, dup[1] if dup else None)),
            asyncio.ensure_future(self._server_to_client(up_r, writer, fault)),
        ]
        if dup is not None:
            tasks.append(asyncio.ensure_future(self._discard(dup[0])))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), 60)
        for t in tasks:
            t.cancel()
        for w in (up_w, writer, *([dup[1]] if dup else [])):
            w.transport.abort()

    async def _client_to_server(
        self,
        reader: asyncio.StreamReader,
        up: asyncio.StreamWriter,
        twin: asyncio.StreamWriter | None,
    ) -> None:
        try:
            while data := await reader.read(65536):
                up.write(data)
                if twin is not None:
                    twin.write(data)
                await up.drain()
                if twin is not None:
                    await twin.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            for w in (up, twin):
                if w is not None and not w.is_closing():
                    with contextlib.suppress(OSError, RuntimeError):
                        w.write_eof()

    async def _server_to_client(
        self, up: asyncio.StreamReader, writer: asyncio.StreamWriter, fault: str
    ) -> None:
        sent = 0
        limit = self.rng.randint(0, 400)
        first = True
        try:
            while data := await up.read(65536):
                if fault == "reset":
                    sock = writer.get_extra_info("socket")
                    if sock is not None:
                        sock.setsockopt(
                            socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                        )
                    writer.transport.abort()
                    return
                if fault == "delay" and first:
                    await asyncio.sleep(self.rng.uniform(*self.delay_range))
                first = False
                if fault == "truncate":
                    data = data[: max(0, limit - sent)]
                    if data:
                        writer.write(data)
                        await writer.drain()
                    sent += len(data)
                    if sent >= limit:
                        writer.transport.abort()
                        return
                    continue
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.transport.abort() if fault in ("reset", "truncate") else writer.close()

    async def _discard(self, reader: asyncio.StreamReader) -> None:
        try:
            while await reader.read(65536):
                pass
        except (ConnectionError, OSError):
            pass
