"""Is a raw Ed25519 public key a sound station key? Canonical, on the curve, of prime order.

OpenSSL verifies signatures under any 32 bytes that decode to a point, including the eight
small-order points (the all-zero key among them): under such a key, signatures made without any
private key verify for a large share of messages. Enrolment refuses them, and every request of a
station enrolled before this check is refused while its key is one of them. Arithmetic after
RFC 8032 (section 5.1.3 decoding, extended coordinates).
"""

from __future__ import annotations

from functools import lru_cache

P = 2**255 - 19
D = (-121665 * pow(121666, P - 2, P)) % P
SQRT_M1 = pow(2, (P - 1) // 4, P)
L = 2**252 + 27742317777372353535851937790883648493  # the prime order of the base point
Point = tuple[int, int, int, int]  # extended coordinates (X, Y, Z, T)
_IDENTITY: Point = (0, 1, 1, 0)


def _add(a: Point, b: Point) -> Point:
    x1, y1, z1, t1 = a
    x2, y2, z2, t2 = b
    aa = (y1 - x1) * (y2 - x2) % P
    bb = (y1 + x1) * (y2 + x2) % P
    cc = 2 * t1 * t2 * D % P
    dd = 2 * z1 * z2 % P
    e, f, g, h = bb - aa, dd - cc, dd + cc, bb + aa
    return (e * f % P, g * h % P, f * g % P, e * h % P)


def _mul(scalar: int, point: Point) -> Point:
    result = _IDENTITY
    while scalar:
        if scalar & 1:
            result = _add(result, point)
        point = _add(point, point)
        scalar >>= 1
    return result


def _is_identity(point: Point) -> bool:
    x, y, z, _ = point
    return x % P == 0 and (y - z) % P == 0


def _decode(key: bytes) -> Point | str:
    """The point a key encodes, or why it does not encode one canonically."""
    number = int.from_bytes(key, "little")
    sign, y = number >> 255, number & ((1 << 255) - 1)
    if y >= P:
        return "non-canonical encoding (y is not reduced)"
    u, v = (y * y - 1) % P, (D * y * y + 1) % P
    x = u * pow(v, 3, P) * pow(u * pow(v, 7, P), (P - 5) // 8, P) % P
    if (v * x * x - u) % P != 0:
        if (v * x * x + u) % P != 0:
            return "not a point on the Ed25519 curve"
        x = x * SQRT_M1 % P
    if x == 0 and sign:
        return "non-canonical encoding (negative zero)"
    if x & 1 != sign:
        x = P - x
    return (x, y, 1, x * y % P)


@lru_cache(maxsize=1024)
def key_problem(key: bytes) -> str | None:
    """Why ``key`` is not acceptable as a station key, or None when it is."""
    if len(key) != 32:
        return f"an Ed25519 public key has 32 bytes, not {len(key)}"
    point = _decode(key)
    if isinstance(point, str):
        return point
    if _is_identity(_mul(8, point)):
        return "a small-order (weak) key: signatures under it prove nothing"
    if not _is_identity(_mul(L, point)):
        return "a key with a small-order component: not made by an Ed25519 key generator"
    return None
