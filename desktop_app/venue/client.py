"""HTTP client of the hub's ``/venue`` endpoints (and of push and pull, as to any server)."""

from __future__ import annotations

import httpx

from desktop_app.sync.client import RequestRefused, ServerUnavailable, SyncClient
from pakta_common.venue_wire import Board, Changes, HubInfo, JoinCode, JoinRequest, JoinResponse

# Short: on a LAN a hub that does not answer in 3 s is away, and the desk must not wait.
HUB_TIMEOUT = httpx.Timeout(10.0, connect=3.0)


class VenueClient(SyncClient):
    """The errors are SyncClient's: ServerUnavailable, NotAuthorised, RequestRefused."""

    @classmethod
    def to_hub(
        cls, url: str, token: str = "", *, transport: httpx.BaseTransport | None = None
    ) -> VenueClient:
        http = httpx.Client(base_url=url.rstrip("/"), transport=transport, timeout=HUB_TIMEOUT)
        return cls(http, token)

    def __enter__(self) -> VenueClient:
        return self

    def info(self) -> HubInfo:
        return self._call("GET", "/venue/info", HubInfo)

    def join(self, request: JoinRequest) -> JoinResponse:
        return self._call("POST", "/venue/join", JoinResponse, request)

    def wait(self, after: int, timeout_s: float) -> Changes:
        """Long poll: returns when the hub has news after change ``after``, or at timeout."""
        return self._call(
            "GET", "/venue/wait", Changes, params={"after": after, "timeout": f"{timeout_s:.1f}"}
        )

    def new_code(self, host_secret: str) -> JoinCode:
        """Only the host desk can: it holds the secret in the hub folder."""
        headers = {"X-Venue-Host-Secret": host_secret}
        try:
            response = self.http.post("/api/v1/venue/codes", headers=headers)
        except httpx.TransportError as exc:
            raise ServerUnavailable(f"hub unreachable: {exc}") from exc
        if response.status_code != 200:
            raise RequestRefused(
                f"hub refused a new code ({response.status_code})", response.status_code
            )
        return JoinCode.model_validate_json(response.content)

    def board(self, ceremony_id: str = "") -> Board:
        params: dict[str, str | int] = {"ceremony": ceremony_id} if ceremony_id else {}
        return self._call("GET", "/venue/board", Board, params=params)
