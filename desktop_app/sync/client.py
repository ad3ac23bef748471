"""HTTP client of API v1 (httpx); transport errors and server trouble become typed errors.

Exceptions::

    SyncError
    ├── ServerUnavailable   network down, reset, timeout, 5xx, 429, garbled answer: retry later
    ├── NotAuthorised       401/403: token missing, unknown or revoked: an admin must act
    └── RequestRefused      any other 4xx: the server will never accept this request as sent
"""

from __future__ import annotations

from typing import TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from pakta_common.wire import (
    API_PREFIX,
    EnrollChallenge,
    EnrollChallengeRequest,
    EnrollRequest,
    EnrollResponse,
    Health,
    PublishRequest,
    PublishResponse,
    PullResponse,
    PushRequest,
    PushResponse,
)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
M = TypeVar("M", bound=BaseModel)


class SyncError(Exception):
    """Base of the errors of talking to the server."""


class ServerUnavailable(SyncError):
    """The server could not be reached or did not answer properly; try again later."""


class NotAuthorised(SyncError):
    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class RequestRefused(SyncError):
    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def _detail(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:200] or response.reason_phrase
    if isinstance(body, dict) and "detail" in body:
        detail = body["detail"]
        return detail if isinstance(detail, str) else str(detail)[:500]
    return str(body)[:200]


class SyncClient:
    """One server, one station token. ``http`` is injectable (e.g. an in-process ASGI client)."""

    def __init__(self, http: httpx.Client, token: str = "") -> None:
        self.http = http
        self.token = token

    @classmethod
    def connect(
        cls,
        url: str,
        token: str = "",
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    ) -> SyncClient:
        http = httpx.Client(base_url=url.rstrip("/"), transport=transport, timeout=timeout)
        return cls(http, token)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(
        self,
        method: str,
        path: str,
        model: type[M],
        body: BaseModel | None = None,
        params: dict[str, str | int] | None = None,
        *,
        exclude_none: bool = False,
    ) -> M:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        content = (
            body.model_dump_json(exclude_none=exclude_none).encode("utf-8")
            if body is not None
            else None
        )
        if content is not None:
            headers["Content-Type"] = "application/json"
        try:
            response = self.http.request(
                method, API_PREFIX + path, content=content, headers=headers, params=params
            )
        except httpx.TransportError as exc:
            raise ServerUnavailable(f"server unreachable: {type(exc).__name__}: {exc}") from exc
        status = response.status_code
        if status >= 500 or status in (408, 425, 429):
            raise ServerUnavailable(f"server answered {status}: {_detail(response)}")
        if status in (401, 403):
            raise NotAuthorised(_detail(response), status)
        if status >= 400:
            raise RequestRefused(
                f"server refused the request ({status}): {_detail(response)}", status
            )
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            # A truncated or garbled answer: the request may or may not have been applied;
            # pushes and pulls are idempotent, so asking again is safe.
            raise ServerUnavailable(f"unreadable answer from server: {exc.errors()[:1]}") from exc

    def health(self) -> Health:
        return self._call("GET", "/health", Health)

    def enrol_challenge(self, code: str) -> EnrollChallenge:
        return self._call(
            "POST", "/enroll/challenge", EnrollChallenge, EnrollChallengeRequest(code=code)
        )

    def enroll(self, request: EnrollRequest) -> EnrollResponse:
        # Without a proof (a server older than proofs), the fields it never knew stay out.
        return self._call(
            "POST", "/enroll", EnrollResponse, request, exclude_none=request.proof is None
        )

    def push(self, request: PushRequest) -> PushResponse:
        return self._call("POST", "/push", PushResponse, request)

    def publish(self, request: PublishRequest) -> PublishResponse:
        return self._call("POST", "/ceremonies", PublishResponse, request)

    def pull(self, cursor: str, limit: int = 1000) -> PullResponse:
        return self._call("GET", "/pull", PullResponse, params={"cursor": cursor, "limit": limit})
