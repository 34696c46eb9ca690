"""`assistant load`: concurrent clients against the real server's POST /api/ask, loopback only."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.tools.load import CONTRACT_KEYS, NotLoopback, loopback_url, run_load
from tests.helpers import free_port
from tests.web import test_app_e2e

ROOT = Path(__file__).resolve().parent.parent.parent
# The real `assistant serve` on the mini index, as the web-chat tests start it (once for this module).
server = test_app_e2e.server
QUESTIONS = [
    "Hoe lang duurt het voordat er een besluit is over de TLV?",
    "Wie geeft toestemming om gegevens te delen van een kind van 13?",
    "Waar kan ik terecht bij zorgen over kindermishandeling?",
    "Wie helpt gezinnen in Tiel met opvoeden?",
    "Wat kost een parkeervergunning voor een camper?",
]


def load(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", "load", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def test_twenty_concurrent_clients_get_valid_answers(server: test_app_e2e.Server, tmp_path: Path) -> None:
    questions = tmp_path / "vragen.jsonl"
    questions.write_text("\n".join(json.dumps({"id": str(i), "question": q}) for i, q in enumerate(QUESTIONS)))
    done = load(
        *("--url", server.url, "--clients", "20", "--requests", "60", "--max-seconds", "540"),
        *("--questions", str(questions), "--json"),
    )
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    result = json.loads(done.stdout)
    assert result["errors"] == 0, result
    assert result["requests"] == 60 and not result["stopped_by_time"]
    # Every reply was 200 and a JSON object with the whole answer contract (anything else counts as an error).
    assert result["status_codes"] == {"200": 60}
    assert {"question", "answer", "refused", "sources", "timings_ms"} == CONTRACT_KEYS
    assert result["clients"] == 20 and result["throughput_rps"] > 0
    assert 0 < result["p50_ms"] <= result["p95_ms"] <= result["max_ms"]


def test_errors_are_counted_not_raised() -> None:
    port = free_port()  # nothing listens there
    result = run_load(f"http://127.0.0.1:{port}", QUESTIONS, clients=3, requests=6, max_seconds=60)
    assert result["requests"] == 6 and result["errors"] == 6
    assert result["status_codes"] == {"geen antwoord": 6} and "ConnectError" in result["error_kinds"]
    done = load("--url", f"http://127.0.0.1:{port}", "--clients", "2", "--requests", "2")
    assert done.returncode == 1 and "Fouten: 2" in done.stdout


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000", "http://localhost:8000/", "http://[::1]:8000", "http://127.1.2.3"]
)
def test_loopback_urls_are_accepted(url: str) -> None:
    assert loopback_url(url) == url.rstrip("/")


@pytest.mark.parametrize(
    "url",
    ["http://example.com:8000", "http://10.0.0.5:8000", "http://127.0.0.1.nip.io", "ftp://127.0.0.1", "127.0.0.1:8000"],
)
def test_other_hosts_are_refused(url: str) -> None:
    with pytest.raises(NotLoopback):
        loopback_url(url)
    done = load("--url", url, "--requests", "1")
    assert done.returncode == 2 and "Traceback" not in done.stderr
