"""The web chat end to end: the real server (`assistant serve`) on a mini index, driven by headless Chromium.

Also the REST endpoint POST /api/ask over plain HTTP, and the chat's pure helpers (file names, follow-ups).
Screenshots go to tests/artifacts/ (not committed).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from assistant.answering.followup import is_follow_up, with_context
from assistant.config import Settings
from assistant.corpus.admin import retire, safe_file_name
from assistant.corpus.files import load_regions
from assistant.errors import CorpusError
from assistant.index.ingest import ingest
from assistant.index.reviewed import accept_reviewed
from assistant.records.audit import AuditLog, file_sha256
from assistant.search.filters import places_in
from assistant.search.places import filters_for
from assistant.web.auth import hash_password, verify_password
from tests.helpers import FIXTURES, start_chat, stop

ARTIFACTS = Path(__file__).parent.parent / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
COORDINATOR_USER = "coordinator"
COORDINATOR_PASSWORD = "test-wachtwoord-123"
TLV_QUESTION = "Hoe lang duurt het voordat er een besluit is over de TLV?"
PII_QUESTION = "Mijn zoon Daan Jansen (BSN 111222333, 06-12345678) wacht op de TLV, hoe lang duurt het besluit?"
PII_COMMENT = "Dank! Groeten van Petra de Groot, petra@voorbeeld.nl, 06-87654321"
PII_VALUES = ["Daan", "Jansen", "111222333", "06-12345678", "Petra", "de Groot", "petra@voorbeeld.nl", "06-87654321"]
ZOMERSCHOOL = """---
title: "Zomerschool De Peelrand"
kind: other
region: peelrand
date: 2026-11-20
source: "Testdocument voor de webchat"
example: true
---
# Zomerschool De Peelrand

## Wie kan naar de zomerschool?

De zomerschool is voor leerlingen van groep 6, 7 en 8 met een achterstand in taal of rekenen.
De zomerschool duurt twee weken in augustus en is gratis voor ouders.
Ouders melden hun kind aan via de intern begeleider van de school.
"""


@dataclass
class Server:
    url: str
    corpus: Path
    data: Path
    started: float
    log: Path
    process: subprocess.Popen[bytes]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    base = tmp_path_factory.mktemp("webchat")
    corpus, index, data = base / "corpus", base / "index", base / "data"
    shutil.copytree(FIXTURES / "mini_corpus", corpus)
    accept_reviewed(corpus, data, "test", refused=set())  # a second person read the corpus
    ingest(Settings(corpus_dir=corpus, index_dir=index, data_dir=data))
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "ASSISTANT_CORPUS_DIR": str(corpus),
        "ASSISTANT_INDEX_DIR": str(index),
        "ASSISTANT_DATA_DIR": str(data),
        "ASSISTANT_COORDINATOR_USER": COORDINATOR_USER,
        "ASSISTANT_COORDINATOR_PASSWORD_HASH": hash_password(COORDINATOR_PASSWORD, iterations=10_000),
    }
    log = base / "server.log"
    started = time.monotonic()
    url, process = start_chat(env, log)
    try:
        yield Server(url, corpus, data, started, log, process)
    finally:
        stop(process)


# -- pure helpers ----------------------------------------------------------------------------------------------------
def test_password_hash_round_trip() -> None:
    stored = hash_password("geheim", iterations=1000)
    assert stored.startswith("pbkdf2_sha256$1000$")
    assert verify_password("geheim", stored)
    assert not verify_password("geheim2", stored)
    assert not verify_password("geheim", "onzin")


@pytest.mark.parametrize(
    "name", ["../../x.pdf", "..\\x.pdf", "/etc/passwd", ".verborgen.md", "_regios.yaml", "virus.exe", "", "a b?.md"]
)
def test_unsafe_upload_names_are_refused(name: str) -> None:
    with pytest.raises(CorpusError):
        safe_file_name(name)


def test_safe_upload_names() -> None:
    assert safe_file_name("Zomerschool 2027.md") == "Zomerschool-2027.md"
    assert safe_file_name("plan.pdf.meta.yaml") == "plan.pdf.meta.yaml"


def test_follow_up_questions_are_read_with_the_previous_one() -> None:
    previous = "Waar kan ik terecht met vragen over opvoeden?"
    assert with_context("en in Helmond?", previous) == "Waar kan ik terecht met vragen over opvoeden in Helmond?"
    assert with_context("en voor een kind van 14?", previous).endswith("opvoeden voor een kind van 14?")
    assert is_follow_up("voor een kind van 14?")
    assert not is_follow_up("Hoe lang duurt het voordat er een besluit is over de TLV?")
    assert with_context("Wat is een TLV?", previous) == "Wat is een TLV?"
    assert with_context("en in Helmond?", None) == "en in Helmond?"


def test_areas_become_filters() -> None:
    regions = {k: v for k, v in load_regions(FIXTURES / "mini_corpus").items() if k != "landelijk"}
    assert filters_for("gemeente:Helmond", regions).model_dump() == {
        "kinds": None,
        "region": "peelrand",
        "municipality": "Helmond",
        "examples": True,
    }
    assert filters_for("regio:rivierenland", regions).region == "rivierenland"
    assert filters_for("alle", regions).is_empty()
    assert filters_for("gemeente:Nergensdorp", regions).is_empty()
    assert places_in("en in helmond?", {r.id: r.municipalities for r in regions.values()}) == ("peelrand", "Helmond")


def test_retire_refuses_paths_outside_the_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "mini_corpus", corpus)
    for bad in ["../../etc/passwd", "_regios.yaml", "bestaat/niet.md", ""]:
        with pytest.raises(CorpusError):
            retire(corpus, tmp_path / "data", bad)
    sha256 = file_sha256(corpus / "overig" / "info.html")
    moved = retire(corpus, tmp_path / "data", "overig/info.html")
    assert moved == [("overig/info.html", sha256)]  # hashed before the move, for the audit log
    assert not (corpus / "overig" / "info.html").exists()
    assert list((tmp_path / "data" / "archief").rglob("info.html"))


# -- REST ------------------------------------------------------------------------------------------------------------
# Every call waits up to a minute: httpx's 5 s default once ran out on a loaded machine (a document read as HTML).
def test_api_document_serves_corpus_files_only(server: Server) -> None:
    r = httpx.get(f"{server.url}/api/document", params={"path": "plannen/plan-peelrand.md"}, timeout=60)
    assert r.status_code == 200 and "Toelaatbaarheidsverklaring" in r.text
    page = httpx.get(f"{server.url}/api/document", params={"path": "overig/info.html"}, timeout=60)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/plain")
    for bad in ["../pyproject.toml", "/etc/passwd", "_regios.yaml", "plannen/bestaat-niet.md", ""]:
        r = httpx.get(f"{server.url}/api/document", params={"path": bad}, timeout=60)
        assert r.status_code == 404, bad
        assert "bestaat niet" in r.json()["error"]


def test_api_ask(server: Server) -> None:
    r = httpx.post(f"{server.url}/api/ask", json={"question": TLV_QUESTION}, timeout=60)
    print(f"\nfirst answer over HTTP: {time.monotonic() - server.started:.1f} s after server start")
    assert r.status_code == 200, r.text
    body = r.json()
    assert "zes weken" in body["answer"] and not body["refused"]
    assert body["sources"][0]["doc"] == "plannen/plan-peelrand.md"
    assert {"retrieve", "answer", "total"} <= set(body["timings_ms"])

    r = httpx.post(
        f"{server.url}/api/ask",
        json={"question": "Wie helpt gezinnen met opvoeden?", "municipality": "Tiel", "top_k": 3},
        timeout=60,
    )
    assert r.status_code == 200, r.text
    places = {s["municipality"] for s in r.json()["sources"] if s["kind"] == "sociale_kaart"}
    assert "Helmond" not in places and len(r.json()["sources"]) <= 3

    for payload, expected in [
        ({"question": ""}, "Stel een vraag"),
        ({"question": "x " * 10_000}, "te lang"),
        ({}, "question"),
        ({"question": "Wat is een TLV?", "top_k": 0}, "top_k"),
        ({"question": "Wat is een TLV?", "municipality": "Nergensdorp"}, "Onbekende gemeente"),
        ({"question": "Wat is een TLV?", "region": "mars"}, "Onbekende regio"),
    ]:
        r = httpx.post(f"{server.url}/api/ask", json=payload, timeout=60)
        assert r.status_code == 400, (payload, r.text)
        assert expected in r.json()["error"]
    r = httpx.post(f"{server.url}/api/ask", content=b"{kapot", headers={"content-type": "application/json"}, timeout=60)
    assert r.status_code == 400 and "JSON" in r.json()["error"]
    # The chainlit UI still answers everything else.
    assert httpx.get(f"{server.url}/health", timeout=60).json() == {"status": "ok"}


def test_coordinator_login_page(server: Server) -> None:
    page = httpx.get(f"{server.url}/beheer", timeout=60)
    assert page.status_code == 200 and "Inloggen voor coördinatoren" in page.text
    wrong = httpx.post(f"{server.url}/beheer", data={"username": COORDINATOR_USER, "password": "fout"}, timeout=60)
    assert wrong.status_code == 401 and "klopt niet" in wrong.text
    assert "access_token" not in wrong.headers.get("set-cookie", "")
    login = {"username": COORDINATOR_USER, "password": COORDINATOR_PASSWORD}
    right = httpx.post(f"{server.url}/beheer", data=login, timeout=60)
    assert right.status_code == 303 and right.headers["location"] == "/"
    assert "access_token" in right.headers["set-cookie"]
    # A guest gets a session without any password; it is a guest, not a coordinator.
    guest = httpx.post(f"{server.url}/auth/header", timeout=60)
    assert guest.status_code == 200
    me = httpx.get(f"{server.url}/user", cookies=guest.cookies, timeout=60)
    assert me.json()["identifier"] == "gast" and me.json()["metadata"]["role"] == "gast"


def _wait_for_feedback(db: Path, timeout: float = 15.0) -> list[tuple[int, str, bool]]:
    deadline = time.monotonic() + timeout
    while True:
        rows: list[tuple[int, str, bool]] = []
        if db.exists():
            with sqlite3.connect(db) as con:
                rows = [
                    (value, comment, "zes weken" in (output or ""))
                    for value, comment, output in con.execute(
                        "select f.value, f.comment, m.output from feedback f left join messages m "
                        "on (m.id = f.for_id or m.parent_id = f.for_id) and m.type = 'assistant_message'"
                    )
                ]
        if rows or time.monotonic() > deadline:
            return rows
        time.sleep(0.3)


# -- browser ---------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium ontbreekt: installeer het met 'apt-get install -y chromium'")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _open_chat(browser: object, server: Server) -> object:
    """Parents and professionals: open the address and the chat is there, no account and no login screen."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
    page.set_default_timeout(30_000)
    page.goto(server.url)
    page.wait_for_selector("#chat-input")
    assert page.locator("input[type=password]").count() == 0
    return page


def _login_coordinator(browser: object, server: Server, user: str, password: str) -> object:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
    page.set_default_timeout(30_000)
    page.goto(f"{server.url}/beheer")
    page.fill("#gebruiker", user)
    page.fill("#wachtwoord", password)
    page.click("button[type=submit]")
    page.wait_for_selector("#chat-input")
    return page


def _choose_profile(page: object, name: str) -> None:
    """Pick a chat profile; switching starts a new chat session, so wait until it is ready (settings sent)."""
    page.click("#chat-profiles")  # type: ignore[attr-defined]
    page.get_by_role("option", name=name).click()  # type: ignore[attr-defined]
    page.wait_for_selector("#starters")  # type: ignore[attr-defined]
    page.wait_for_timeout(1500)  # type: ignore[attr-defined]
    # The new session's settings once took over 30 s to arrive on the CI machine with the other test worker busy.
    page.wait_for_selector("#chat-settings-open-modal", timeout=120_000)  # type: ignore[attr-defined]


def _send(page: object, text: str, files: list[Path] | None = None) -> None:
    if files:
        page.set_input_files("#upload-button-input", [str(f) for f in files])  # type: ignore[attr-defined]
        page.wait_for_timeout(1000)  # type: ignore[attr-defined]
    page.fill("#chat-input", text)  # type: ignore[attr-defined]
    page.click("#chat-submit")  # type: ignore[attr-defined]


def test_parent_asks_and_opens_the_source(browser: object, server: Server, tmp_path: Path) -> None:
    page = _open_chat(browser, server)
    _choose_profile(page, "Ouder")
    asked = time.monotonic()
    _send(page, TLV_QUESTION)
    answer = page.locator(".step").filter(has_text="zes weken").last
    answer.wait_for(timeout=60_000)
    now = time.monotonic()
    print(
        f"\ntime to first answer: {now - server.started:.1f} s after server start, "
        f"{now - asked:.1f} s after the question"
    )
    # Every citation is a link to the passage in the side panel.
    answer.locator("a.element-link", has_text="[1]").first.click()
    side = page.locator("#side-view-content")
    side.wait_for()
    assert "[1]" in page.locator("#side-view-title").inner_text()
    assert "zes weken" in side.inner_text()
    assert "Ondersteuningsplan De Peelrand" in side.inner_text()
    assert "AI-assistent" in page.locator("body").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "chat-ouder.png"), full_page=True)

    # Thumbs down with a comment is stored in SQLite under the data dir, next to the answer it is about.
    buttons = answer.locator("button")
    buttons.nth(buttons.count() - 1).click()
    page.locator("[role=dialog] textarea").fill("Ik mis wie de commissie is.")
    page.locator("[role=dialog] button").first.click()
    assert _wait_for_feedback(server.data / "feedback.sqlite3") == [(0, "Ik mis wie de commissie is.", True)]
    # No transcripts: what the parent typed is not in the store (only answers that feedback refers to).
    with sqlite3.connect(server.data / "feedback.sqlite3") as con:
        stored = " ".join(str(row) for row in con.execute("select * from messages"))
    assert "Hoe lang duurt het" not in stored

    # A short follow-up is read together with the previous question, and the municipality filters the map.
    _send(page, "en in Helmond?")
    page.get_by_text("Vervolgvraag, gelezen als").first.wait_for()

    # Names and numbers: the parent is told kindly they are not needed, and still gets the answer.
    _send(page, PII_QUESTION)
    pii_answer = page.locator(".step").filter(has_text="zonder namen en nummers").last
    pii_answer.wait_for(timeout=60_000)
    pii_answer.get_by_text("zes weken").first.wait_for()
    buttons = pii_answer.locator("button")
    buttons.nth(buttons.count() - 2).click()  # thumbs up, with a comment full of personal data
    page.locator("[role=dialog] textarea").fill(PII_COMMENT)
    page.locator("[role=dialog] button").first.click()
    page.wait_for_timeout(1500)

    # A 20,000-character paste gets the Dutch message, not an error.
    _send(page, "lang " * 4000)
    page.get_by_text("te lang om goed te beantwoorden").first.wait_for()
    # Help before every limit (red team round 3, C9): a long crisis message gets the help lines before that message.
    _send(page, "ik wil niet meer leven. " + "x" * 2500)
    long_crisis = page.locator(".step").filter(has_text="te lang om goed te beantwoorden").last
    long_crisis.get_by_text("0800-0113").first.wait_for(timeout=60_000)

    # A parent cannot add documents: the guests' profiles have no upload control (and the chat refuses a file).
    assert page.locator("#upload-button-input").count() == 0
    page.close()


def test_area_setting_filters_the_social_map(browser: object, server: Server) -> None:
    page = _open_chat(browser, server)
    _choose_profile(page, "Professional")
    page.click("#chat-settings-open-modal")
    page.locator("[role=dialog] [role=combobox]").first.click()
    page.get_by_role("option", name="Gemeente Tiel").click()
    page.click("#confirm")
    page.get_by_text("Ik zoek nu voor: Gemeente Tiel").wait_for()
    _send(page, "Wie helpt gezinnen met vragen over opvoeden?")
    answer = page.locator(".step").filter(has_text="Laatst gecontroleerd").last
    answer.wait_for(timeout=60_000)
    text = answer.inner_text()
    assert "Wijkteam Tiel" in text and "0344-012345" in text  # shown as a card with phone and last check
    assert "Wijkteam Helmond" not in text
    page.close()


def test_coordinator_uploads_a_document_and_it_is_answered(browser: object, server: Server, tmp_path: Path) -> None:
    page = _login_coordinator(browser, server, COORDINATOR_USER, COORDINATOR_PASSWORD)
    _choose_profile(page, "Coördinator")

    doc = tmp_path / "zomerschool.md"
    doc.write_text(ZOMERSCHOOL, encoding="utf-8")
    _send(page, "nieuw document", files=[doc])
    page.get_by_text("staat in de index").first.wait_for(timeout=180_000)
    assert (server.corpus / "overig" / "zomerschool.md").is_file()
    assert page.get_by_text("Toegevoegd: 1").count() >= 1

    _send(page, "Voor welke leerlingen is de zomerschool bedoeld?")
    answer = page.locator(".step").filter(has_text="groep 6").last
    try:  # a busy CI machine (the other worker building an index) once needed more than a minute here
        answer.wait_for(timeout=180_000)
    except Exception as exc:  # say what the chat did answer, so a red run can be read
        shown = page.locator(".step").last.inner_text()
        raise AssertionError(f"geen antwoord met 'groep 6'; laatste bericht: {shown!r}") from exc
    page.wait_for_timeout(800)  # let the side panel finish sliding in
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "chat-coordinator.png"), full_page=True)

    # Wrong type and path traversal: refused with a Dutch reason, nothing saved.
    bad = tmp_path / "script.exe"
    bad.write_bytes(b"MZ")
    _send(page, "dit ook", files=[bad])
    page.get_by_text("bestandstype dat Wegwijs niet kan lezen").first.wait_for()
    # A BSN (written with slashes, red team C17-V5) is refused, and no copy of the upload stays anywhere.
    leerling = tmp_path / "leerling.md"
    leerling.write_text("# Leerling\n\nHet nummer van de leerling is 1234/56/782.\n", encoding="utf-8")
    _send(page, "nog een", files=[leerling])
    page.get_by_text("bevat een burgerservicenummer").first.wait_for(timeout=60_000)
    kept = [p for p in [*server.data.rglob("*"), *server.corpus.rglob("*")] if p.is_file()]
    assert not [p for p in kept if b"1234/56/782" in p.read_bytes()]
    # Replacing a file a second person reviewed asks first (red team round 7); "nee" keeps the reviewed one.
    reviewed = server.corpus / "privacy" / "toestemming.md"
    before = reviewed.read_bytes()
    planted = tmp_path / "toestemming.md"
    planted.write_bytes(before + b"\nBespreek het eerst in het teamoverleg na de vakantie.\n")
    _send(page, "privacy", files=[planted])
    page.get_by_text("is nagelezen door een tweede persoon. Weet je zeker").first.wait_for(timeout=60_000)
    assert reviewed.read_bytes() == before
    _send(page, "nee")
    page.get_by_text("blijft zoals het was").first.wait_for()
    assert reviewed.read_bytes() == before and not list((server.data / "wachtrij").rglob("*.md"))
    _send(page, "/verwijder ../../etc/passwd")
    page.get_by_text("is geen document in het corpus").first.wait_for()

    _send(page, "/documenten")
    page.get_by_text("overig/zomerschool.md").first.wait_for()
    # Every change is in the append-only audit log: who, what, when and the file's hash.
    records = [json.loads(line) for f in sorted((server.data / "audit").glob("*.jsonl")) for line in f.open()]
    uploaded = [r for r in records if r["file"] == "overig/zomerschool.md" and r["action"] == "geüpload"]
    assert uploaded and uploaded[0]["who"] == f"chat:{COORDINATOR_USER}"
    assert uploaded[0]["sha256"] == hashlib.sha256(ZOMERSCHOOL.encode("utf-8")).hexdigest()
    assert any(r["file"] == "overig/zomerschool.md" and r["action"] == "toegevoegd" for r in records)
    _send(page, "/verwijder overig/zomerschool.md")  # asks first; "nee" leaves it, "ja" retires it
    page.get_by_text("Weet je zeker dat je").first.wait_for()
    _send(page, "nee")
    page.get_by_text("blijft in het corpus").first.wait_for()
    assert (server.corpus / "overig" / "zomerschool.md").is_file()
    _send(page, "/verwijder overig/zomerschool.md")
    page.get_by_text("Weet je zeker dat je").nth(1).wait_for()
    _send(page, "ja")
    page.get_by_text("Verwijderd: 1").first.wait_for(timeout=180_000)
    assert not (server.corpus / "overig" / "zomerschool.md").exists()
    assert list((server.data / "archief").rglob("zomerschool.md"))
    records = [json.loads(line) for f in sorted((server.data / "audit").glob("*.jsonl")) for line in f.open()]
    actions = [r["action"] for r in records if r["file"] == "overig/zomerschool.md"]
    assert actions[-2:] == ["uit corpus gehaald", "verwijderd"]
    assert not AuditLog(server.data).verify()
    page.close()


def test_nothing_the_app_writes_holds_personal_data(server: Server) -> None:
    """Runs last: grep the server log and every file under the data dir for what the parent typed."""
    r = httpx.post(f"{server.url}/api/ask", json={"question": PII_QUESTION}, timeout=60)
    assert r.status_code == 200 and "persoonsgegevens" in r.json()["notices"]
    leaked = [value for value in PII_VALUES if value in r.text]
    why = [line for line in server.log.read_text(encoding="utf-8").splitlines() if "Naamherkenning" in line]
    assert not leaked, (leaked, why)
    with sqlite3.connect(server.data / "feedback.sqlite3") as con:
        comments = [row[0] for row in con.execute("select comment from feedback")]
    assert any("[NAAM]" in (c or "") and "[E-MAIL]" in (c or "") for c in comments), comments
    written = [server.log, *(p for p in server.data.rglob("*") if p.is_file())]
    for path in written:
        content = path.read_bytes().decode("utf-8", errors="replace")
        for value in PII_VALUES:
            assert value not in content, f"{value!r} staat in {path}"
