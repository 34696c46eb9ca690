"""ASSISTANT_CHROMA_URL: the same engine against a real Chroma server on loopback gives the same sources."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import chromadb
import httpx
import pytest

from assistant.answering.pipeline import Answerer
from assistant.index.ingest import ingest
from assistant.index.store import IndexStore
from assistant.search.retrieve import LoadedIndex
from tests.helpers import env_for, free_port, ingest_elsewhere, settings_for, start_chat, stop
from tests.test_serving import QUESTION, SUMMER, add_to_plan

HOLIDAY_CLUB = (
    "\n## Vakantieclub\n\nDe vakantieclub biedt in de herfstvakantie sport en spel voor kinderen met een "
    "beperking. Ouders melden hun kind aan via de intern begeleider.\n"
)

QUESTIONS = [
    "Hoe lang duurt het voordat er een besluit is over de TLV?",
    "Wie geeft toestemming bij een kind van 14?",
    "Waar kan ik in Helmond terecht met opvoedvragen?",
    "Wat is de aanpak voor thuiszitters?",
]


@pytest.fixture
def chroma_url(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    chroma = Path(sys.executable).parent / "chroma"
    proc = subprocess.Popen(
        [str(chroma), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(tmp_path / "server")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},  # no network here
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, "chroma run did not start"
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def _sources(settings: object, question: str) -> list[tuple[str, str]]:
    answer = Answerer(LoadedIndex(settings)).ask(question)  # type: ignore[arg-type]
    return [(s.doc, s.service_id) for s in answer.sources]


def test_server_mode_matches_embedded_mode(corpus: Path, tmp_path: Path, chroma_url: str) -> None:
    embedded = settings_for(corpus, tmp_path / "embedded")
    served = settings_for(corpus, tmp_path / "served", chroma_url=chroma_url)
    ingest(embedded)
    report = ingest(served)
    assert report.build_id and report.embedded > 0
    assert not (tmp_path / "served" / "builds" / report.build_id / "chroma").exists()  # vectors live on the server
    for question in QUESTIONS:
        assert _sources(served, question) == _sources(embedded, question), question

    # Incremental on the server too: only the changed file is embedded, and old collections are pruned.
    plan = corpus / "plannen" / "plan-peelrand.md"
    plan.write_text(plan.read_text(encoding="utf-8") + "\n## Zomerschool\n\nEr is een zomerschool.\n", "utf-8")
    again = ingest(served)
    assert again.changed == ["plannen/plan-peelrand.md"] and 0 < again.embedded < report.embedded
    third = ingest(served)
    assert third.embedded == 0 and third.build_id is None
    client = chromadb.HttpClient(host="127.0.0.1", port=int(chroma_url.rsplit(":", 1)[1]))
    names = sorted(getattr(c, "name", c) for c in client.list_collections())
    assert len(names) <= served.keep_builds and all(n.startswith("wegwijs_") for n in names)
    assert "zomerschool" in Answerer(LoadedIndex(served)).ask("Is er een zomerschool?").answer.lower()


def test_several_chat_processes_follow_one_ingest(corpus: Path, tmp_path: Path, chroma_url: str) -> None:
    """The README's scale-out: two `assistant serve` processes on one Chroma server and one index dir, and a
    coordinator's `assistant ingest` in a third process. Both serve the new build without a restart, and no
    question fails on the way, also not when an ingest prunes the collection they started with."""
    settings = settings_for(corpus, tmp_path / "index", data_dir=tmp_path / "data", chroma_url=chroma_url)
    first = ingest(settings).build_id
    env = {**env_for(settings), "ASSISTANT_FOLLOW_INDEX_S": "0.5"}
    chats: list[tuple[str, subprocess.Popen[bytes]]] = []
    try:
        for n in range(2):
            chats.append(start_chat(env, tmp_path / f"chat{n}.log"))

        def ask(url: str, question: str) -> dict[str, object]:
            reply = httpx.post(f"{url}/api/ask", json={"question": question}, timeout=60)
            assert reply.status_code == 200, reply.text
            return reply.json()

        def serving(url: str) -> str:
            reply = httpx.get(f"{url}/api/status", timeout=60)
            assert reply.status_code == 200, reply.text
            return str(reply.json()["build_id"])

        for url, _ in chats:
            assert "zomerschool" not in str(ask(url, QUESTION)["answer"]).lower()
            assert serving(url) == first

        builds = [first]
        for section in (SUMMER, HOLIDAY_CLUB):
            add_to_plan(corpus, section)
            ingest_elsewhere(env, failed_files=True)  # the fixture corpus holds three broken files
            builds.append(IndexStore(settings).current_id() or "")
            assert builds[-1] not in builds[:-1]
            for url, _ in chats:
                deadline = time.monotonic() + 120
                while serving(url) != builds[-1]:
                    assert time.monotonic() < deadline, f"{url} serves {serving(url)}, not {builds[-1]}"
                    assert ask(url, "Wat is een TLV?")["sources"]  # answered while the new build loads
                    time.sleep(0.3)
        # The first build's collection is gone from the server (keep_builds=2): nobody needs it any more.
        client = chromadb.HttpClient(host="127.0.0.1", port=int(chroma_url.rsplit(":", 1)[1]))
        names = {getattr(c, "name", c) for c in client.list_collections()}
        assert IndexStore(settings).collection_name(first) not in names
        for url, _ in chats:
            assert "zomerschool" in str(ask(url, QUESTION)["answer"]).lower()
            assert "vakantieclub" in str(ask(url, "Wat doet de vakantieclub?")["answer"]).lower()
    finally:
        for _, process in chats:
            stop(process)
