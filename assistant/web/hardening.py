"""Limits in front of every request (issue 18): body size, JSON depth, path length, CORS, login lockout.

An ASGI middleware rather than checks in each route: it answers before chainlit's or FastAPI's code parses a huge
or deeply nested body (a RecursionError there is a 500 with a traceback) or logs a megabyte-long path.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

log = logging.getLogger("wegwijs.web")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_BODY_BYTES = 64 * 1024
MAX_PATH_CHARS = 2048
MAX_JSON_DEPTH = 32
LIMITED_PATHS = ("/api/", "/beheer")


def json_depth_exceeds(raw: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether brackets nest deeper than `limit` (outside strings): checked before json.loads can recurse."""
    depth = 0
    in_string = escaped = False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            if depth > limit:
                return True
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return False


def crisis_help_in(raw: bytes) -> dict[str, object]:
    """{"crisis", "help"} for a body that will not be read as a question (too large, not JSON, not UTF-8): the
    patterns run on all of it (safety/screening.help_first), decoded leniently, so help comes before every limit."""
    from pathlib import Path

    from assistant.safety.screening import help_first
    from assistant.web.state import web

    try:
        prompts = Path(web().settings.prompts_dir)
    except Exception:  # no app state (a bare middleware in a test): the repository's prompts
        prompts = Path(__file__).resolve().parents[2] / "prompts"
    kinds, text = help_first(raw.decode("utf-8", "replace").replace("\x00", ""), prompts)
    return {"crisis": kinds, "help": text} if kinds else {}


async def _json(send: Send, status: int, message: str, extra: dict[str, object] | None = None) -> None:
    body = json.dumps({"error": message, **(extra or {})}, ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class Hardening:
    """Body limit on our POST routes, 400 for absurd paths and nested JSON, CORS only for listed origins."""

    def __init__(
        self,
        app: ASGIApp,
        max_body: int = MAX_BODY_BYTES,
        cors_origins: tuple[str, ...] = (),
        max_path: int = MAX_PATH_CHARS,
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.cors_origins = {o.strip().rstrip("/") for o in cors_origins if o.strip()}
        self.max_path = max_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))
        if len(path) > self.max_path or len(scope.get("query_string", b"")) > self.max_path:
            log.warning("Verzoek geweigerd: pad van %d tekens", len(path))  # never the path itself
            await _json(send, 400, "Dit adres is te lang.")
            return
        if scope.get("method") == "POST" and path.startswith(LIMITED_PATHS):
            body, prefix = await self._read_limited(scope, receive)
            if body is None:
                too_big = f"Het verzoek is te groot (hoogstens {self.max_body // 1024} kB)."
                await _json(send, 413, too_big, crisis_help_in(prefix) if path.startswith("/api/") else None)
                return
            if path.startswith("/api/") and json_depth_exceeds(body):
                await _json(send, 400, "De JSON is te diep genest. Stuur een eenvoudig object met 'question'.")
                return
            receive = _replay(body)
        await self.app(scope, receive, self._cors(scope, send))

    async def _read_limited(self, scope: Scope, receive: Receive) -> tuple[bytes | None, bytes]:
        """(the whole body, or None when it is over the limit; what was read of it, at most the limit). Reading
        stops at the limit, whatever Content-Length says: the first part is screened for a crisis all the same."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            chunks.append(chunk)
            if size > self.max_body:
                return None, await self._read_on(b"".join(chunks), message, receive)
            if not message.get("more_body"):
                break
        return b"".join(chunks), b"".join(chunks)

    async def _read_on(self, read: bytes, message: Message, receive: Receive) -> bytes:
        """An oversized body read on to at most 16 times the limit, for the crisis screen only (red team rounds 23
        and 24: 80 kB of padding with "ik wil dood" at its end or in its middle got a 413 without help)."""
        chunks, size = [read], len(read)
        while message.get("more_body") and size < 16 * self.max_body:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
        return b"".join(chunks)[: 16 * self.max_body]

    def _cors(self, scope: Scope, send: Send) -> Send:
        """Drop Access-Control-Allow-* from answers unless the request's Origin is listed (none by default)."""
        origin = next((v.decode("latin-1") for n, v in scope.get("headers", []) if n == b"origin"), "")
        if origin.rstrip("/") in self.cors_origins:
            return send

        async def strip(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [
                    (n, v) for n, v in message.get("headers", []) if not n.lower().startswith(b"access-control-allow")
                ]
            await send(message)

        return strip


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


class LoginGuard:
    """Lockout per account and per address with growing waits: 1, 2, 4 … minutes (at most an hour).

    `free` failures per key are allowed; each failure after that doubles the wait. A success clears the account
    and the address. An attacker who rotates addresses still hits the account's lock, one who rotates user names
    still hits the address's.
    """

    def __init__(self, free: int = 5, base_s: float = 60.0, max_s: float = 3600.0, max_keys: int = 10_000) -> None:
        self.free = free
        self.base_s = base_s
        self.max_s = max_s
        self.max_keys = max_keys
        self._failures: dict[str, tuple[int, float]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def keys(user: str, address: str) -> tuple[str, str]:
        return f"gebruiker:{user.strip().lower()}", f"adres:{address}"

    def wait_s(self, user: str, address: str, now: float | None = None) -> int:
        """Seconds until this account or address may try again (0: now)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            until = max(self._failures.get(k, (0, 0.0))[1] for k in self.keys(user, address))
        return max(0, int(until - now + 0.999))

    def failed(self, user: str, address: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            if len(self._failures) >= self.max_keys:
                self._failures = {k: v for k, v in self._failures.items() if v[1] > now}
            for key in self.keys(user, address):
                count = self._failures.get(key, (0, 0.0))[0] + 1
                wait = 0.0 if count < self.free else min(self.max_s, self.base_s * 2 ** (count - self.free))
                self._failures[key] = (count, now + wait)

    def succeeded(self, user: str, address: str) -> None:
        with self._lock:
            for key in self.keys(user, address):
                self._failures.pop(key, None)


def install(app: Any, max_body: int, cors_origins: str) -> None:
    """Wrap the chainlit app (called once from mount_api, before the server starts)."""
    origins = tuple(o for o in cors_origins.split(",") if o.strip())
    app.add_middleware(Hardening, max_body=max_body, cors_origins=origins)
