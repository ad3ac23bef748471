"""The station store: one data folder with the database, keys and files; opened once per process."""

from __future__ import annotations

import contextlib
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.clock import utc_now_iso
from desktop_app.domain.errors import IntegrityFailure
from desktop_app.paths import StationPaths, default_data_dir
from desktop_app.private_files import (
    make_private_dir,
    remove_plaintext_receipts,
    secure_data_folder,
)
from desktop_app.storage.ceremony_keys import CeremonyKeys
from desktop_app.storage.checkpointer import WalCheckpointer
from desktop_app.storage.engine import make_engine
from desktop_app.storage.migrate import upgrade_store
from desktop_app.storage.models import Station, TrustedKey
from desktop_app.storage.signature_codec import SignatureCodec
from pakta_common.integrity.keys import (
    StationKey,
    load_or_create_secret,
    load_or_create_station_key,
)


class Store:
    """Everything a service needs: sessions, the station identity and its keys."""

    def __init__(
        self, paths: StationPaths, engine: Engine, key: StationKey, codec: SignatureCodec
    ) -> None:
        self.paths = paths
        self.engine = engine
        self.key = key
        self.codec = codec  # the station's data key: wraps ceremony keys, enrolment tokens
        self.blobs = CeremonyKeys(codec, engine)  # signatures and images, per ceremony
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.checkpointer = WalCheckpointer(paths.db)
        self.station_id = ""
        self.station_name = ""
        # Caches for the scan path; both only ever grow (ceremonies and trusted keys are never
        # deleted), so a stale entry cannot exist and a miss simply asks the database.
        self.trusted_keys: dict[str, bytes] = {}
        self.known_ceremonies: set[str] = set()

    @classmethod
    def open(cls, data_dir: Path | None = None, *, station_name: str | None = None) -> Store:
        """Open (initialising when new) the station in ``data_dir``; migrations run here."""
        paths = StationPaths(Path(data_dir) if data_dir else default_data_dir())
        # the folder is the station user's alone: 0700/0600 (an owner-only ACL on Windows);
        # an older store is tightened, and no plaintext receipt copy or crash leftover stays
        secure_data_folder(paths.root)
        make_private_dir(paths.keys)
        remove_plaintext_receipts(paths.receipts)
        key = load_or_create_station_key(paths.station_key)
        codec = SignatureCodec(load_or_create_secret(paths.data_key))
        engine = make_engine(paths.db)
        upgrade_store(engine)
        store = cls(paths, engine, key, codec)
        store._load_station(station_name)
        return store

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE), committed on success, rolled back on error."""
        with (
            self.engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn,
            Session(bind=conn, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session
        self.checkpointer.committed()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def _load_station(self, name: str | None) -> None:
        """Create this station's identity on first open; check the key file matches it."""
        with self.write() as session:
            station = session.scalars(select(Station)).one_or_none()
            if station is None:
                station = Station(
                    id=str(uuid.uuid4()),
                    name=name or f"Meja {socket.gethostname()}",
                    public_key=self.key.public_bytes,
                    key_id=self.key.key_id,
                    created_at=utc_now_iso(),
                )
                session.add(station)
                session.add(
                    TrustedKey(
                        key_id=self.key.key_id,
                        public_key=self.key.public_bytes,
                        owner="this station",
                    )
                )
            elif station.public_key != self.key.public_bytes:
                raise IntegrityFailure(
                    "the station key file does not match this store; restore keys/ from backup"
                )
            elif name and station.name != name:
                station.name = name
            self.station_id, self.station_name = station.id, station.name

    def close(self) -> None:
        self.checkpointer.stop()
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
