"""Bytes as text in a QR code's alphanumeric alphabet: every two bytes as three characters of
an alphabet of N >= 41 characters (N**3 > 65535), a last odd byte as two. Base45 (RFC 9285)
for seals and base41 for receipt links are this one scheme with two alphabets."""

from __future__ import annotations


class BaseN:
    def __init__(self, alphabet: str) -> None:
        n = len(alphabet)
        if n**3 <= 0xFFFF or len(set(alphabet)) != n:
            raise ValueError("an alphabet of distinct characters, at least 41 of them")
        self.alphabet = alphabet
        self._n = n
        self._index = {c: i for i, c in enumerate(alphabet)}

    def encode(self, data: bytes) -> str:
        a, n = self.alphabet, self._n
        out: list[str] = []
        for i in range(0, len(data) - 1, 2):
            v = data[i] * 256 + data[i + 1]
            out += (a[v % n], a[(v // n) % n], a[v // (n * n)])
        if len(data) % 2:
            v = data[-1]
            out += (a[v % n], a[v // n])
        return "".join(out)

    def decode(self, text: str) -> bytes:
        """ValueError naming what is wrong: a foreign character, a group out of range or a
        dangling character."""
        n = self._n
        try:
            values = [self._index[c] for c in text]
        except KeyError as exc:
            raise ValueError(f"character {exc.args[0]!r} is not in the alphabet") from None
        out = bytearray()
        for i in range(0, len(values) - 2, 3):
            v = values[i] + values[i + 1] * n + values[i + 2] * n * n
            if v > 0xFFFF:
                raise ValueError("group out of range")
            out += bytes((v >> 8, v & 0xFF))
        rest = len(values) % 3
        if rest == 2:
            v = values[-2] + values[-1] * n
            if v > 0xFF:
                raise ValueError("group out of range")
            out.append(v)
        elif rest == 1:
            raise ValueError("a dangling character")
        return bytes(out)
