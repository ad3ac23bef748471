"""A simulated serial badge scanner on a pty or socket: each code sent CR LF terminated."""

from __future__ import annotations

from desktop_app.devices.scanners.ssi import encode_decode_data
from desktop_app.devices.simulators.transport import Transport, open_line


class ScannerSimulator:
    def __init__(
        self, *, link: str | None = None, ssi: bool = False, transport: Transport | None = None
    ) -> None:
        self.pty = open_line(transport, link)  # a pty or a socket (see transport.py)
        self.ssi = ssi  # Zebra SSI packet mode instead of CR/LF lines

    @property
    def port(self) -> str:
        return self.pty.path

    def send(self, code: str | bytes) -> bool:
        """Emit one scan; False if nobody could take it (port closed or buffer full)."""
        raw = code.encode("utf-8") if isinstance(code, str) else code
        frame = encode_decode_data(raw) if self.ssi else raw + b"\r\n"
        return self.pty.write(frame) == len(frame)

    def read_replies(self) -> bytes:
        """What the host sent back (SSI ACK/NAK, triggers)."""
        return self.pty.read()

    def unplug(self) -> None:
        self.pty.close()

    def replug(self) -> None:
        self.pty.open()

    def close(self) -> None:
        self.pty.close()

    def __enter__(self) -> ScannerSimulator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
