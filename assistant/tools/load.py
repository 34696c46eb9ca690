"""Concurrent clients on a running chat's POST /api/ask (loopback only), bounded in requests and seconds."""

from __future__ import annotations

import contextlib
import ipaddress
import threading
import time
from collections import Counter
from typing import Any
from urllib.parse import urlparse

from assistant.tools.measure import percentile

CONTRACT_KEYS = {"question", "answer", "refused", "sources", "timings_ms"}


# -- load test against a running server -------------------------------------------------------------------------------
class NotLoopback(ValueError):
    """The load test only ever talks to this machine."""


def loopback_url(url: str) -> str:
    """The base URL without a trailing slash, or NotLoopback (Dutch message) for anything not on this machine."""
    parsed = urlparse(url)
    host = parsed.hostname or ""
    if parsed.scheme not in ("http", "https") or not host:
        raise NotLoopback(f"'{url}' is geen geldige http-URL. Voorbeeld: http://127.0.0.1:8000")
    loopback = host == "localhost"
    with contextlib.suppress(ValueError):
        loopback = ipaddress.ip_address(host).is_loopback
    if not loopback:
        raise NotLoopback(
            f"De belastingtest draait alleen tegen deze machine (127.0.0.1, ::1 of localhost), niet tegen '{host}'."
        )
    return url.rstrip("/")


def _valid_answer(body: Any) -> bool:
    return isinstance(body, dict) and set(body) >= CONTRACT_KEYS and isinstance(body["sources"], list)


def run_load(
    url: str,
    questions: list[str],
    *,
    clients: int,
    requests: int,
    max_seconds: float,
    request_timeout: float = 60.0,
) -> dict[str, Any]:
    """``clients`` threads post questions to POST /api/ask until ``requests`` are sent or ``max_seconds`` pass
    (a request under way then still gets ``request_timeout``), so a run is bounded in count and in time.

    Every reply must be 200 with the answer contract; anything else (status, bad JSON, timeout) is an error."""
    import httpx

    base = loopback_url(url)
    if not questions:
        raise ValueError("geen vragen om te stellen")
    lock = threading.Lock()
    sent = 0
    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    start = threading.Barrier(clients)
    deadline = time.monotonic() + max_seconds

    def next_request() -> int | None:
        nonlocal sent
        with lock:
            if sent >= requests or time.monotonic() >= deadline:
                return None
            sent += 1
            return sent - 1

    def client() -> None:
        # trust_env=False: no proxy from the environment may carry a request off this machine.
        with httpx.Client(base_url=base, timeout=request_timeout, trust_env=False) as http:
            with contextlib.suppress(threading.BrokenBarrierError):
                start.wait(timeout=30)  # all clients start together; a client that never arrives holds no one up
            while (number := next_request()) is not None:
                question = questions[number % len(questions)]
                began = time.perf_counter()
                try:
                    reply = http.post("/api/ask", json={"question": question})
                    status, kind = str(reply.status_code), None
                    if reply.status_code != 200:
                        kind = f"HTTP {reply.status_code}"
                    else:
                        try:
                            if not _valid_answer(reply.json()):
                                kind = "antwoord mist velden"
                        except ValueError:
                            kind = "geen geldige JSON"
                except httpx.HTTPError as exc:
                    status, kind = "geen antwoord", type(exc).__name__
                elapsed = (time.perf_counter() - began) * 1000
                with lock:
                    statuses[status] += 1
                    latencies.append(elapsed)
                    if kind:
                        errors[kind] += 1

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - began
    done = len(latencies)
    return {
        "url": base,
        "clients": clients,
        "requests": done,
        "requests_asked": requests,
        "stopped_by_time": done < requests,
        "seconds": round(seconds, 2),
        "throughput_rps": round(done / seconds, 2) if seconds > 0 else 0.0,
        "p50_ms": round(percentile(latencies, 50), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "max_ms": round(max(latencies, default=0.0), 1),
        "errors": sum(errors.values()),
        "error_kinds": dict(errors),
        "status_codes": dict(statuses),
    }


def render_load(result: dict[str, Any]) -> str:
    codes = ", ".join(f"{code}: {n}" for code, n in sorted(result["status_codes"].items()))
    lines = [
        f"Belastingtest {result['url']}/api/ask: {result['clients']} gelijktijdige clients, "
        f"{result['requests']} vragen in {result['seconds']:.1f} s"
        + (" (gestopt op de tijdslimiet)" if result["stopped_by_time"] else ""),
        f"Doorvoer: {result['throughput_rps']:.2f} vragen/s; responstijd p50 {result['p50_ms']:.0f} ms, "
        f"p95 {result['p95_ms']:.0f} ms, max {result['max_ms']:.0f} ms",
        f"Statuscodes: {codes or '-'}",
        f"Fouten: {result['errors']}"
        + (" (" + ", ".join(f"{k}: {n}" for k, n in result["error_kinds"].items()) + ")" if result["errors"] else ""),
    ]
    return "\n".join(lines)
