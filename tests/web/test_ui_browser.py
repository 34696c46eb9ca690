"""The web chat as a parent sees it, in Chromium at desktop (1280×900) and phone (390×844) size.

Standalone: builds an index of the mini corpus in a temporary folder and starts ``assistant serve`` on a free
loopback port, or uses a running chat when ``WEGWIJS_URL`` is set (then the coordinator test needs
``WEGWIJS_COORDINATOR_USER`` / ``WEGWIJS_COORDINATOR_PASSWORD``).

Accessibility is checked with axe-core: ``WEGWIJS_AXE_JS`` (path to axe.min.js), else the ``axe_playwright_python``
package if importable, else /tmp/axe (``pip install --target /tmp/axe axe-playwright-python``).
Screenshots go to ``WEGWIJS_SHOTS`` (default /tmp/ui-shots).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.helpers import ingest_elsewhere, start_chat, stop

ROOT = Path(__file__).resolve().parent.parent.parent
MINI_CORPUS = ROOT / "tests" / "fixtures" / "mini_corpus"
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
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
SCHEMES = {"desktop": "light", "phone": "dark"}  # both themes get checked for contrast
# The question carries a link as a visitor might paste one: the chat must never make it live (red team C13).
QUESTION = "Ik maak me zorgen over huiselijk geweld bij een gezin. Wie kan ik bellen voor advies? [hier](https://evil.example/x)"
SHOTS = Path(os.environ.get("WEGWIJS_SHOTS", "/tmp/ui-shots"))
COORDINATOR_USER = "coordinator"
COORDINATOR_PASSWORD = "ui-test-wachtwoord-123"


# -- the chat under test ---------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def chat(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """{'url', 'user', 'password'} of a running chat on the mini corpus."""
    if os.environ.get("WEGWIJS_URL"):
        yield {
            "url": os.environ["WEGWIJS_URL"].rstrip("/"),
            "user": os.environ.get("WEGWIJS_COORDINATOR_USER", ""),
            "password": os.environ.get("WEGWIJS_COORDINATOR_PASSWORD", ""),
        }
        return
    from assistant.index.reviewed import accept_reviewed
    from assistant.web.auth import hash_password

    base = tmp_path_factory.mktemp("ui")
    corpus, index, data = base / "corpus", base / "index", base / "data"
    shutil.copytree(MINI_CORPUS, corpus)
    # A reviewed corpus, as a deployment has: the Veilig Thuis card may answer under the help lines (index/reviewed.py).
    accept_reviewed(corpus, data, "test", refused=set())
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        "HF_HUB_OFFLINE": "1",
        "ASSISTANT_CORPUS_DIR": str(corpus),
        "ASSISTANT_INDEX_DIR": str(index),
        "ASSISTANT_DATA_DIR": str(data),
        "ASSISTANT_COORDINATOR_USER": COORDINATOR_USER,
        "ASSISTANT_COORDINATOR_PASSWORD_HASH": hash_password(COORDINATOR_PASSWORD, iterations=10_000),
    }
    ingest_elsewhere(env)
    url, process = start_chat(env, base / "server.log")
    try:
        yield {"url": url, "user": COORDINATOR_USER, "password": COORDINATOR_PASSWORD}
    finally:
        stop(process)


def _axe_script() -> str | None:
    candidates = [os.environ.get("WEGWIJS_AXE_JS", "")]
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec and spec.origin:
        candidates.append(str(Path(spec.origin).parent / "axe.min.js"))
    candidates.append("/tmp/axe/axe_playwright_python/axe.min.js")
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate).read_text(encoding="utf-8")
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium ontbreekt: installeer het met 'apt-get install -y chromium'")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def axe() -> str:
    script = _axe_script()
    if script is None:
        pytest.skip("axe-core ontbreekt: pip install --target /tmp/axe axe-playwright-python")
    return script


# -- helpers ---------------------------------------------------------------------------------------------------------
def _open(browser: object, url: str, viewport: dict[str, int], scheme: str = "light") -> object:
    context = browser.new_context(viewport=viewport, locale="nl-NL", color_scheme=scheme)  # type: ignore[attr-defined]
    context.add_init_script(f"localStorage.setItem('vite-ui-theme', '{scheme}')")  # chainlit's theme choice
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.goto(url)
    page.wait_for_selector("#chat-input")
    page.wait_for_selector("#welcome-screen")
    page.wait_for_function("document.documentElement.lang === 'nl'")
    page.wait_for_selector("#welcome-screen :text('AI-assistent')")
    page.wait_for_timeout(800)  # the welcome screen fades in
    return page


def _serious_violations(page: object, axe: str) -> list[str]:
    page.evaluate(axe)  # type: ignore[attr-defined]
    result = page.evaluate(  # type: ignore[attr-defined]
        "axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => ({"
        "id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))"
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {v['nodes']}"
        for v in result
        if v["impact"] in ("serious", "critical")
    ]


def _side_panel_open(page: object) -> bool:
    content = page.locator("#side-view-content")  # type: ignore[attr-defined]
    return content.count() > 0 and content.first.is_visible()


def _ask(page: object, question: str) -> object:
    page.fill("#chat-input", question)  # type: ignore[attr-defined]
    page.click("#chat-submit")  # type: ignore[attr-defined]
    answer = page.locator(".step").filter(has=page.locator('a[href^="tel:"]')).last  # type: ignore[attr-defined]
    answer.wait_for(timeout=90_000)
    page.locator("a.element-link").first.wait_for()  # type: ignore[attr-defined]
    page.wait_for_timeout(2000)  # the message is complete and any side panel would have opened by now
    return answer


# -- the tests -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", list(VIEWPORTS))
def test_parent_sees_wegwijs_and_gets_a_call_link(browser: object, chat: dict[str, str], axe: str, size: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = _open(browser, chat["url"], VIEWPORTS[size], SCHEMES[size])

    # Before any question: the name, what it is, that it is an AI answering from its sources, and privacy.
    assert page.evaluate("document.documentElement.lang") == "nl"  # type: ignore[attr-defined]
    welcome = page.locator("#welcome-screen")  # type: ignore[attr-defined]
    text = welcome.inner_text()
    for words in ("Wegwijs", "AI-assistent", "alleen uit vaste bronnen", "Privacy"):
        assert words in text, f"'{words}' ontbreekt op het beginscherm: {text!r}"
        assert welcome.get_by_text(words).first.is_visible()
    # ... and on screen, below the header, without scrolling: the name and the AI notice.
    in_view = page.evaluate(  # type: ignore[attr-defined]
        "() => { const h = document.querySelector('#header');"
        " const top = h ? h.getBoundingClientRect().bottom : 0;"
        " return [...document.querySelectorAll('#welcome-screen .prose p')].slice(0, 2).every(p => {"
        " const r = p.getBoundingClientRect(); return r.top >= top - 1 && r.bottom <= window.innerHeight + 1; }); }"
    )
    assert in_view, f"naam en AI-melding staan niet in beeld ({size})"
    # Nothing says Chainlit: not the text, not the logo.
    assert "chainlit" not in page.locator("body").inner_text().lower()  # type: ignore[attr-defined]
    for img in page.locator("img").all():  # type: ignore[attr-defined]
        assert "chainlit" not in (img.get_attribute("alt") or "").lower()
    for theme in ("light", "dark"):
        logo = httpx.get(f"{chat['url']}/logo", params={"theme": theme}, timeout=10)
        assert logo.status_code == 200 and b"Wegwijs" in logo.content, f"logo ({theme}) is niet dat van Wegwijs"
    # A guest has no upload control.
    assert page.locator("#upload-button-input").count() == 0  # type: ignore[attr-defined]
    assert page.get_by_role("button", name="Bestand toevoegen").count() == 0  # type: ignore[attr-defined]
    page.screenshot(path=str(SHOTS / f"start-{size}.png"))  # type: ignore[attr-defined]
    problems = _serious_violations(page, axe)
    assert not problems, f"axe ({size}, beginscherm):\n" + "\n".join(problems)

    # The answer: a contact card with a tap-to-call link, and no side panel that opened by itself.
    answer = _ask(page, QUESTION)
    assert page.locator('a[href*="evil.example"]').count() == 0, "de link uit de vraag is aanklikbaar"  # type: ignore[attr-defined]
    call = answer.locator('a[href="tel:08002000"]')  # type: ignore[attr-defined]
    assert call.count() >= 1, answer.inner_html()  # type: ignore[attr-defined]
    assert call.first.get_attribute("target") is None
    card = answer.locator("li", has=page.locator('a[href^="tel:"]'))  # type: ignore[attr-defined]
    assert card.count() >= 1 and "Telefoon" in card.first.inner_text()
    assert not _side_panel_open(page), f"het bronnenpaneel ging vanzelf open ({size})"
    assert "Bestand:" not in answer.inner_text()  # type: ignore[attr-defined]
    card.first.evaluate("e => e.scrollIntoView({block: 'center'})")
    page.wait_for_timeout(300)  # type: ignore[attr-defined]
    page.screenshot(path=str(SHOTS / f"answer-{size}.png"))  # type: ignore[attr-defined]
    problems = _serious_violations(page, axe)
    assert not problems, f"axe ({size}, na het antwoord):\n" + "\n".join(problems)

    # A citation opens only its own passage, with a heading that fits the screen. (On a slow machine chainlit may
    # reopen its own panel just after wegwijs.js closed it; the script looks again, so wait for no open overlay.)
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => !document.querySelector('div.fixed.inset-0[data-state=open]')", timeout=10_000
    )
    answer.locator("a.element-link").first.click()  # type: ignore[attr-defined]
    content = page.locator("#side-view-content")  # type: ignore[attr-defined]
    content.wait_for()
    page.wait_for_timeout(800)  # type: ignore[attr-defined]
    assert content.is_visible()
    assert content.locator("h3").count() == 1, "het paneel toont meer dan één bron"
    fits = page.evaluate(  # type: ignore[attr-defined]
        "() => [...document.querySelectorAll('#side-view-title, #side-view-content h3')]"
        ".every(e => e.scrollWidth <= e.clientWidth + 1 && e.getBoundingClientRect().right <= window.innerWidth + 1)"
    )
    assert fits, f"de kop van de bron past niet op het scherm ({size})"
    assert "Bestand:" not in content.inner_text(), "ouders zien geen bestandspaden"
    page.screenshot(path=str(SHOTS / f"source-{size}.png"))  # type: ignore[attr-defined]
    page.context.close()  # type: ignore[attr-defined]


def test_coordinator_gets_the_coordinator_profile_and_upload(browser: object, chat: dict[str, str]) -> None:
    if not chat["user"]:
        pytest.skip("geen coördinator bekend voor deze chat (WEGWIJS_COORDINATOR_USER/PASSWORD)")
    context = browser.new_context(viewport=VIEWPORTS["desktop"], locale="nl-NL")  # type: ignore[attr-defined]
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.goto(f"{chat['url']}/beheer")
    page.fill("#gebruiker", chat["user"])
    page.fill("#wachtwoord", chat["password"])
    page.click("button[type=submit]")
    page.wait_for_selector("#chat-input")
    page.wait_for_function("document.querySelector('#chat-profiles')?.innerText.includes('Coördinator')")
    page.locator("#upload-button-input").wait_for(state="attached")
    context.close()
