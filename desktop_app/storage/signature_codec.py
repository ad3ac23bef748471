"""The one codec through which signatures (specific personal data) are written and read.

Blobs are encrypted at rest in the AES-256-GCM envelope shared with the server
(pakta_common.envelope); the record id is the associated data, so a blob copied onto another
record does not decrypt. Records are sealed under their ceremony's own key
(``ceremony_keys``: deleting it is how a ceremony's signatures are erased when the retention
period ends); the station's data key wraps those keys.
"""

from __future__ import annotations

from desktop_app.domain.errors import IntegrityFailure
from pakta_common.envelope import Envelope, EnvelopeError

STATION_MAGIC = b"ENC1"  # under the station's data key (also wraps the ceremony keys)
CEREMONY_MAGIC = b"ENC2"  # under a ceremony's own key (storage.ceremony_keys)


class SignatureCodec:
    """pakta_common.envelope with the record id as associated data, errors as the core's."""

    def __init__(self, key: bytes, magic: bytes = STATION_MAGIC) -> None:
        self._envelope = Envelope(key, magic)
        self.magic = magic

    def seal(self, record_id: str, plaintext: bytes) -> bytes:
        return self._envelope.seal(record_id.encode("ascii"), plaintext)

    def open(self, record_id: str, blob: bytes) -> bytes:
        try:
            return self._envelope.open(record_id.encode("ascii"), blob)
        except EnvelopeError as exc:
            if exc.reason == "format":
                raise IntegrityFailure(
                    f"record {record_id}: signature data is not in a known format"
                ) from None
            raise IntegrityFailure(
                f"record {record_id}: signature data was altered or belongs elsewhere"
            ) from None
