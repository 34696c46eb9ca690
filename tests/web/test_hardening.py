"""Issue 18, finding 5: the real `assistant serve` refuses what the red team sent, in Dutch, without a traceback."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from assistant.config import Settings
from assistant.index.ingest import ingest
from assistant.web.auth import hash_password
from assistant.web.hardening import LoginGuard, json_depth_exceeds
from tests.helpers import FIXTURES, start_chat, stop

USER, PASSWORD = "coordinator", "test-wachtwoord-123"


@dataclass
class Server:
    url: str
    corpus: Path
    log: Path


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One server for all checks: the mini corpus plus a file that fails ingest."""
    base = tmp_path_factory.mktemp("hardening")
    corpus, index, data = base / "corpus", base / "index", base / "data"
    shutil.copytree(FIXTURES / "mini_corpus", corpus)
    (corpus / "overig" / "kapot.md").write_bytes(b"\xff\xfe geen utf-8 \x80")
    report = ingest(Settings(corpus_dir=corpus, index_dir=index, data_dir=data))
    assert "overig/kapot.md" in report.failed
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "ASSISTANT_CORPUS_DIR": str(corpus),
        "ASSISTANT_INDEX_DIR": str(index),
        "ASSISTANT_DATA_DIR": str(data),
        "ASSISTANT_COORDINATOR_USER": USER,
        "ASSISTANT_COORDINATOR_PASSWORD_HASH": hash_password(PASSWORD, iterations=10_000),
        "ASSISTANT_LOGIN_ATTEMPTS_PER_10_MIN": "3",
    }
    env.pop("ASSISTANT_TRUSTED_PROXIES", None)
    env.pop("ASSISTANT_CORS_ORIGINS", None)
    log = base / "server.log"
    url, process = start_chat(env, log)
    try:
        yield Server(url, corpus, log)
    finally:
        stop(process)


def test_big_body_is_413_in_dutch(server: Server) -> None:
    big = b'{"question": "' + b"a" * 70_000 + b'"}'
    for path in ("/api/ask", "/beheer"):
        response = httpx.post(server.url + path, content=big, headers={"content-type": "application/json"})
        assert response.status_code == 413, (path, response.text)
        assert "te groot" in response.json()["error"]


def test_help_comes_before_the_size_and_format_limits(server: Server) -> None:
    """Red team, 2026-12-04: a crisis message over 64 kB, not UTF-8, form-encoded or under another key lost its help."""
    ask = server.url + "/api/ask"
    json_header = {"content-type": "application/json"}
    big = b'{"question": "ik wil niet meer leven. ' + b"a" * 100_000 + b'"}'
    latin1 = '{"question": "ik wil niet meer leven, ik ben zo moe van één keer"}'.encode("latin-1")
    for content, headers in [
        (big, json_header),
        (latin1, json_header),
        (b"question=ik wil niet meer leven", {"content-type": "application/x-www-form-urlencoded"}),
        (b'{"vraag": "ik wil niet meer leven"}', json_header),
        (b'{"question": "ik wil niet meer leven"}}', json_header),
    ]:
        response = httpx.post(ask, content=content, headers=headers)
        assert response.status_code in (400, 413), response.text
        body = response.json()
        assert "zelfdoding" in body.get("crisis", []) and "0800-0113" in body.get("help", ""), (content[:60], body)
    ordinary = httpx.post(ask, content=b'{"vraag": "wat is een tlv"}', headers=json_header).json()
    assert "help" not in ordinary and "question" in ordinary["error"]


def test_nested_json_and_long_path_are_400_without_traceback(server: Server) -> None:
    nested = b'{"question": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    response = httpx.post(server.url + "/api/ask", content=nested, headers={"content-type": "application/json"})
    assert response.status_code == 400 and "genest" in response.json()["error"]
    long_path = "/api/" + "a" * 10_000
    response = httpx.get(server.url + long_path)
    assert response.status_code == 400 and "te lang" in response.json()["error"]
    log = server.log.read_text(errors="replace")
    assert "Traceback" not in log and "a" * 200 not in log


def test_no_cors_headers_by_default(server: Server) -> None:
    evil = {"Origin": "https://evil.example"}
    answer = httpx.get(server.url + "/api/status", headers=evil)
    assert not any(k.lower().startswith("access-control-allow") for k in answer.headers)
    preflight = httpx.options(server.url + "/api/ask", headers={**evil, "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers


def test_document_that_failed_ingest_is_not_served(server: Server) -> None:
    assert httpx.get(server.url + "/api/document", params={"path": "privacy/toestemming.md"}).status_code == 200
    failed = httpx.get(server.url + "/api/document", params={"path": "overig/kapot.md"})
    assert failed.status_code == 404 and "niet" in failed.json()["error"]
    # Changed on disk after the build: not what the index read, so not shown either.
    (server.corpus / "privacy" / "toestemming.md").write_text("---\ntitle: x\n---\nAnders.\n", encoding="utf-8")
    assert httpx.get(server.url + "/api/document", params={"path": "privacy/toestemming.md"}).status_code == 404


def test_login_lockout_ignores_forwarded_for(server: Server) -> None:
    """Three failures lock the address, whatever user name and X-Forwarded-For each one claims.

    Were X-Forwarded-For believed, every attempt would come from a new address under a new name and never lock.
    """
    for i in range(3):
        wrong = httpx.post(
            server.url + "/beheer",
            data={"username": f"gok{i}", "password": "fout"},
            headers={"X-Forwarded-For": f"203.0.113.{i}"},
        )
        assert wrong.status_code == 401
    right = httpx.post(
        server.url + "/beheer",
        data={"username": USER, "password": PASSWORD},
        headers={"X-Forwarded-For": "198.51.100.7"},
    )
    assert right.status_code == 429 and "Te veel pogingen" in right.text
    assert int(right.headers["Retry-After"]) >= 50


def test_login_guard_backs_off_per_account_and_address() -> None:
    guard = LoginGuard(free=3, base_s=60)
    for _ in range(3):
        guard.failed("coordinator", "10.0.0.1", now=0)
    assert guard.wait_s("coordinator", "10.0.0.2", now=1) == 59  # the account, from another address
    assert guard.wait_s("iemand", "10.0.0.1", now=1) == 59  # the address, for another account
    guard.failed("coordinator", "10.0.0.1", now=61)
    assert guard.wait_s("coordinator", "10.0.0.9", now=61) == 120  # backoff doubles
    guard.succeeded("coordinator", "10.0.0.1")
    assert guard.wait_s("coordinator", "10.0.0.1", now=62) == 0


def test_json_depth() -> None:
    assert not json_depth_exceeds(b'{"question": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}')
    assert json_depth_exceeds(b"[" * 40)


# -- finding 3: uploads ----------------------------------------------------------------------------------------------
def test_upload_with_bsn_is_refused_and_names_are_a_warning(tmp_path: Path) -> None:
    from assistant.safety.pii import warm_pii
    from assistant.web.coordinator import screen_upload

    warm_pii(background=False)
    bsn = tmp_path / "lijst.md"
    bsn.write_text("# Lijst\n\nLeerling met BSN 111222333 gaat naar het vso.\n", encoding="utf-8")
    screened = screen_upload("lijst.md", bsn)
    assert screened.refusal and "burgerservicenummer" in screened.refusal and "111222333" not in screened.refusal
    assert screened.reason == "BSN"

    named = tmp_path / "contact.md"
    named.write_text("# Contact\n\nContactpersoon: Petra Smit, intern begeleider.\n", encoding="utf-8")
    screened = screen_upload("contact.md", named)
    assert screened.refusal is None and screened.warnings and "regel 3" in screened.warnings[0]
    assert "Petra" not in screened.warnings[0]

    clean = tmp_path / "schoon.md"
    clean.write_text("# Passend onderwijs\n\nBel Veilig Thuis: 0800-2000.\n", encoding="utf-8")
    assert screen_upload("schoon.md", clean) == (None, "", [])


@pytest.mark.parametrize(
    "text",
    [
        "# Voorbeeld-verslag\n\nDaan Jansen uit groep 5 heeft ADHD en thuis is er veel ruzie.\n",  # red team round 6
        "Leerling: Sanne de Vries (9). Diagnose: dyslexie.\n",
        "Vandaag sprak ik met de moeder van Fatima El Amrani over de scheiding.\n",
        "Tim Bakker heeft een OPP gekregen.\n",
        "Dit is geen fictief voorbeeld. Daan Jansen uit groep 5 heeft ADHD en zijn moeder is depressief.\n",  # round 7
        "D.J. uit groep 5 heeft ADHD en woont sinds de scheiding bij oma.\n",  # initials, round 7
    ],
)
def test_upload_naming_a_pupil_with_case_details_is_refused(tmp_path: Path, text: str) -> None:
    """A name with a diagnosis, a class, an age or a family matter close by is a pupil's file, not a source."""
    from assistant.safety.pii import warm_pii
    from assistant.web.coordinator import screen_upload

    warm_pii(background=False)
    path = tmp_path / "verslag.md"
    path.write_text(text, encoding="utf-8")
    screened = screen_upload("verslag.md", path)
    assert screened.refusal and "fictief" in screened.refusal and screened.reason == "leerlinggegevens"
    assert not any(word in screened.refusal for word in ("Daan", "D.J.", "Sanne", "Fatima", "Tim", "ADHD", "dyslexie"))
    # Labelled as made up on its own line ("Example data is always labelled"), the same text may go in.
    marked = "\n".join(f"Fictief: {line}" if line and not line.startswith("#") else line for line in text.splitlines())
    path.write_text(marked, encoding="utf-8")
    assert screen_upload("verslag.md", path).refusal is None
    # Round 8: "fictief" at the top of the file does not cover the real list under it.
    path.write_text("Fictieve voorbeelden staan in de bijlage; hieronder de echte lijst.\n\n" + text, encoding="utf-8")
    assert screen_upload("verslag.md", path).refusal


def test_case_details_leave_law_texts_and_articles_alone() -> None:
    """The foreign law texts and the seed articles name ministers, MPs and quoted professionals: never refused."""
    from assistant.safety.case_details import case_details
    from assistant.safety.pii import warm_pii

    warm_pii(background=False)
    texts = [
        "## Artikel XXXVII. Samenloop met het wetsvoorstel van de leden Hamer, Jasper van Dijk en Dibi over leerlingen",
        "3°. het overnemen van activiteiten, bedoeld in Boek 1 van het Burgerlijk Wetboek, ondertoezichtstelling",
        "Contactpersoon: Petra Smit, intern begeleider, 0492-123456.",
        "Mevrouw Jansen van het wijkteam helpt ouders met vragen.",
    ]
    assert [t for t in texts if case_details(t, wait=True)] == []


def test_quarantine_and_archive_keep_files_out_of_the_corpus(tmp_path: Path) -> None:
    from assistant.corpus.check import check_corpus
    from assistant.web.coordinator import archive_replaced, quarantine

    corpus, data = tmp_path / "corpus", tmp_path / "data"
    shutil.copytree(FIXTURES / "mini_corpus", corpus)
    bad = corpus / "privacy" / "nep.md"
    bad.write_text("---\ntitle: Nep\nkind: privacy\ndate: 2026-01-01\n---\nVeilig Thuis: 0900-1234.\n", "utf-8")
    reasons = [e.message for e in check_corpus(corpus).errors if e.file == "privacy/nep.md"]
    where = quarantine(data, corpus, bad, "; ".join(reasons))
    assert not bad.exists() and where.is_file() and where.is_relative_to(data / "quarantaine")
    assert "0900-1234" in where.with_name("nep.md.reden.txt").read_text(encoding="utf-8")

    backup = corpus / "privacy" / ".vervangen-toestemming.md"
    shutil.copy(corpus / "privacy" / "toestemming.md", backup)
    archived = archive_replaced(data, corpus, backup, "privacy/toestemming.md")
    assert not backup.exists() and archived.is_relative_to(data / "archief")
    assert archived.as_posix().endswith("privacy/toestemming.md")
