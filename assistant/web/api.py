"""REST on the chat's own server: POST /api/ask, GET /api/status, GET /api/document, and the coordinators' /beheer."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from pathlib import Path
from typing import Any

from chainlit.auth.cookie import set_auth_cookie
from chainlit.auth.jwt import create_jwt
from chainlit.server import app as fastapi_app
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.answering.lines import shown_source, signed_or_reviewed
from assistant.answering.lists import document_text
from assistant.answering.models import Audience
from assistant.corpus.admin import inside
from assistant.corpus.filetypes import file_type, is_hidden
from assistant.errors import IndexError_, QuestionError
from assistant.safety.crisis_help import crisis_message
from assistant.safety.crisis_words import names_harm
from assistant.safety.screening import help_first, without_lone_surrogates
from assistant.search.filters import Filters
from assistant.search.retrieve import Hit
from assistant.web.hardening import LoginGuard
from assistant.web.hardening import install as install_hardening
from assistant.web.session import coordinator_credentials, coordinator_login
from assistant.web.state import web

# -- REST: POST /api/ask ---------------------------------------------------------------------------------------------
api = APIRouter()

log = logging.getLogger("wegwijs.web")


def _bad(message: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _with_help(payload: dict[str, object], question: object, status: int, **headers: str) -> JSONResponse:
    """An error that still carries the crisis help when the question holds a crisis signal: the patterns, and for a
    message that names a harm ("nu volgt hij haar") the net by meaning too (a regex first, so a flood of rate-limited
    requests does not make the server embed each one)."""
    if isinstance(question, str):
        prompts = Path(web().settings.prompts_dir)
        kinds, help_text = help_first(question, prompts)
        if not kinds and names_harm(question[:2000]):
            try:
                crisis = web().engine.answerer().crisis_by_meaning(without_lone_surrogates(question[:2000]))
            except Exception:  # no index yet, or the model failed: the patterns were the help we had
                crisis = None
            if crisis:
                kinds, help_text = list(crisis.kinds), crisis_message(crisis, prompts)
        if kinds:
            payload = {**payload, "crisis": kinds, "help": help_text}
    return JSONResponse(payload, status_code=status, headers=headers or None)


PROFILES: dict[str, Audience] = {"ouder": "ouder", "professional": "professional"}
FIELDS = {"question", "region", "municipality", "top_k", "profile"}


class _KeyTwice(ValueError):
    """A JSON object with a key twice: which value counts is a guess, and a guess may drop a crisis."""


def _no_twice(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) < len(pairs):  # linear: a body of thousands of keys must not cost seconds
        seen: set[str] = set()
        raise _KeyTwice(next(k for k, _ in pairs if k in seen or seen.add(k)))  # type: ignore[func-returns-value]
    return found


@api.post("/api/ask")
async def api_ask(request: Request) -> JSONResponse:
    """{"question", "region"?, "municipality"?, "top_k"?, "profile"?} → the engine's answer JSON; 400 with a Dutch
    error.

    Crisis help comes before every limit: a rate-limited, over-long or failing crisis question still gets the help
    lines in the body ({"error", "crisis", "help"}).
    """
    client = request.client.host if request.client else "?"
    raw = await request.body()
    try:
        body = json.loads(raw, object_pairs_hook=_no_twice)
    except _KeyTwice as twice:  # {"question": "ik wil niet meer leven", "question": "wat is een tlv?"}: both screened
        text = raw[:80_000].decode("utf-8", "replace").replace("\x00", "")
        return _with_help({"error": f"Het veld '{twice}' staat er meer dan eens in; stuur het één keer."}, text, 400)
    except ValueError:  # not JSON, not UTF-8, form-encoded: still screened for a crisis below
        body = None
    question = body.get("question") if isinstance(body, dict) else None
    # What the sender wrote, when it is not a "question" string ({"vraag": …}, a form, broken JSON): screened too.
    written = question if isinstance(question, str) else raw[:80_000].decode("utf-8", "replace").replace("\x00", "")
    if isinstance(question, str):
        question = without_lone_surrogates(question)
    if not web().api_limit.allow(f"api:{client}"):
        wait = web().api_limit.retry_after(f"api:{client}")
        return _with_help(
            {"error": f"Te veel vragen vanaf dit adres. Probeer het over {wait} seconden opnieuw."},
            written,
            429,
            **{"Retry-After": str(wait)},
        )
    if body is None:
        example = 'Stuur bijvoorbeeld {"question": "Wat is een TLV?"}.'
        return _with_help({"error": f"De inhoud is geen geldige JSON. {example}"}, written, 400)
    if not isinstance(body, dict):
        return _with_help(
            {"error": 'Stuur een JSON-object, bijvoorbeeld {"question": "Wat is een TLV?"}.'}, written, 400
        )
    if not isinstance(question, str):
        return _with_help({"error": "Het veld 'question' ontbreekt of is geen tekst."}, written, 400)
    # Every text the sender put in is screened for a crisis in an error (red team round 12: "ik wil dood" in an unknown
    # key or as the municipality got a bare 400 or the TLV answer).
    sent = " ".join([question, *(v for v in body.values() if isinstance(v, str) and v is not question)])
    unknown = sorted(set(body) - FIELDS)
    if unknown:
        return _with_help({"error": f"Onbekend veld '{unknown[0]}'. Bekend: {', '.join(sorted(FIELDS))}."}, sent, 400)
    region, municipality, top_k = body.get("region"), body.get("municipality"), body.get("top_k")
    profile = body.get("profile", "ouder")
    if not isinstance(profile, str) or profile not in PROFILES:  # round 11: "admin" and ["ouder"] were ignored
        return _with_help({"error": "'profile' is 'ouder' of 'professional'."}, sent, 400)
    regions = web().engine.regions()
    if region is not None and (not isinstance(region, str) or (region and region not in regions)):
        return _with_help({"error": f"Onbekende regio '{region}'. Bekend: {', '.join(regions) or 'geen'}."}, sent, 400)
    if municipality is not None:
        owner = next(
            (r for r in regions.values() if isinstance(municipality, str) and municipality and r.knows(municipality)),
            None,
        )
        if municipality and owner is None:
            return _with_help({"error": f"Onbekende gemeente '{municipality}'."}, sent, 400)
        if owner is not None:
            region = region or owner.id
    if top_k is not None and (isinstance(top_k, bool) or not isinstance(top_k, int) or not 1 <= top_k <= 50):
        return _with_help({"error": "'top_k' moet een geheel getal van 1 tot en met 50 zijn."}, question, 400)
    filters = Filters(region=region or None, municipality=municipality or None)
    try:
        answer = await asyncio.to_thread(web().engine.ask, question, filters, top_k, PROFILES[profile])
    except QuestionError as exc:
        return _with_help({"error": str(exc)}, question, 400)
    except IndexError_ as exc:
        return _with_help({"error": f"Wegwijs kan nu geen vragen beantwoorden: {exc}"}, question, 503)
    except Exception:  # never a 500 without help: log it, answer in Dutch
        log.exception("Fout bij /api/ask")
        return _with_help({"error": "Er ging iets mis bij het beantwoorden. Probeer het nog eens."}, question, 500)
    return JSONResponse(answer.to_json_dict())


@api.api_route("/api/ask", methods=["GET", "PUT", "PATCH", "DELETE"])
async def api_ask_other_method(request: Request) -> JSONResponse:
    """Only POST asks; any other method gets a Dutch answer, not the framework's English one (red team round 12)."""
    return JSONResponse(
        {"error": 'Stel een vraag met POST en een JSON-object, bijvoorbeeld {"question": "Wat is een TLV?"}.'},
        status_code=405,
        headers={"Allow": "POST"},
    )


@api.get("/api/status")
async def api_status() -> JSONResponse:
    """Which build this process serves and whether it is the current one: with several chat processes behind a
    proxy, each can be asked after an ingest."""
    status = web().engine.status()
    if status.build_id is None:  # nothing loaded yet: load now, so the answer says whether there is an index
        try:
            await asyncio.to_thread(web().engine.answerer)
        except IndexError_ as exc:
            return _bad(f"Wegwijs kan nu geen vragen beantwoorden: {exc}", status=503)
        status = web().engine.status()
    return JSONResponse(status.to_json_dict())


LOGIN_PAGE = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wegwijs – inloggen voor coördinatoren</title>
<style>
body{{font-family:system-ui,sans-serif;max-width:26rem;margin:4rem auto;padding:0 1rem;color:#1f2937}}
label{{display:block;margin-top:1rem}} input{{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}}
button{{margin-top:1.2rem;padding:.6rem 1.2rem;font-size:1rem}} .fout{{color:#b91c1c}}
</style></head><body>
<h1>Inloggen voor coördinatoren</h1>
<p>Ouders en professionals hebben geen account nodig: <a href="/">ga naar de chat</a>.</p>
<p class="fout" role="alert">{error}</p>
<form method="post" action="/beheer">
<label for="gebruiker">Gebruikersnaam</label><input id="gebruiker" name="username" autocomplete="username" required>
<label for="wachtwoord">Wachtwoord</label>
<input id="wachtwoord" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Inloggen</button>
</form></body></html>"""


@api.get("/beheer")
async def beheer_page() -> HTMLResponse:
    """The coordinators' way in; the chat itself never asks anyone to log in."""
    if coordinator_credentials() is None:
        return HTMLResponse(LOGIN_PAGE.format(error="Er is geen coördinator ingesteld (zie de README)."), 503)
    return HTMLResponse(LOGIN_PAGE.format(error=""))


_login_guard: LoginGuard | None = None


def login_guard() -> LoginGuard:
    global _login_guard
    if _login_guard is None:
        _login_guard = LoginGuard(free=web().settings.login_attempts_per_10_min)
    return _login_guard


@api.post("/beheer")
async def beheer_login(request: Request) -> Response:
    client = request.client.host if request.client else "?"
    form = await request.form()
    name = str(form.get("username") or "")[:200]
    wait = login_guard().wait_s(name, client)
    if wait or not web().login_limit.allow(f"login:{client}"):
        wait = max(wait, web().login_limit.retry_after(f"login:{client}"), 1)
        page = LOGIN_PAGE.format(error=f"Te veel pogingen. Probeer het over {wait // 60 + 1} minuten opnieuw.")
        return HTMLResponse(page, 429, headers={"Retry-After": str(wait)})
    user = await coordinator_login(name, str(form.get("password") or ""))
    if user is None:
        login_guard().failed(name, client)
        log.warning("Mislukte inlogpoging voor coördinator vanaf %s", client)
        return HTMLResponse(LOGIN_PAGE.format(error="Gebruikersnaam of wachtwoord klopt niet."), 401)
    login_guard().succeeded(name, client)
    web().login_limit.refund(f"login:{client}")
    web().audit.append(f"chat:{user.identifier}", "ingelogd", "", "")
    response = RedirectResponse("/", status_code=303)
    set_auth_cookie(request, response, create_jwt(user))
    return response


@api.get("/api/document")
async def api_document(path: str = "") -> Response:
    """The whole source document behind a cited passage; only files the index may read, nothing else."""
    root = Path(web().settings.corpus_dir)
    target = root / path
    hidden = is_hidden(path) or file_type(path) is None
    if not path or hidden or not inside(target, root) or not target.is_file():
        return _bad("Dit document bestaat niet (meer) in de bronnen.", status=404)
    reviewed = await asyncio.to_thread(_served, path, target)
    if reviewed is None:
        return _bad("Dit document staat niet (in deze versie) in de index en wordt daarom niet getoond.", status=404)
    found = file_type(target)
    media = found.media_type if found and found.family == "binary" else None
    if media and signed_or_reviewed(Path(path).as_posix(), reviewed):
        return FileResponse(target, media_type=media, filename=target.name)
    # Text of any kind, HTML included, is shown as plain text: an uploaded page must not run in our origin. An
    # unreviewed file, also a PDF or Word file, as the text the index read, without what it says about a help line.
    text = target.read_text(encoding="utf-8", errors="replace") if not media else _indexed_text(path)
    return PlainTextResponse(shown_source(text, Path(path).as_posix(), reviewed))


def _indexed_text(rel: str) -> str:
    """A binary file's text as the served build holds it: its passages in order, their overlap written once, as the
    list answers read a whole document (``answering/lists.document_text``)."""
    rows = web().engine.answerer().index.rows
    first = next((r for r in rows.values() if r["metadata"].get("doc") == Path(rel).as_posix()), None)
    if first is None:
        return "Dit document is niet nagekeken; de tekst wordt hier niet getoond."
    return document_text(rows, Hit(first["id"], first["text"], first["metadata"], 0.0))


def _served(rel: str, target: Path) -> list[str] | None:
    """The reviewed files of the served build when it indexed this one byte for byte, else None: not a file that
    failed ingest or was replaced since."""
    from assistant.index.store import IndexStore
    from assistant.records.audit import file_sha256

    build_id = web().engine.status().build_id or IndexStore(web().settings).current_id()
    if not build_id:
        return None
    try:
        manifest = IndexStore(web().settings).manifest(build_id)
    except Exception:  # an unreadable manifest serves nothing
        return None
    entry = manifest.files.get(Path(rel).as_posix())
    return list(manifest.reviewed) if entry is not None and entry.sha256 == file_sha256(target) else None


@api.get("/bel/{number}")
async def call(number: str) -> Response:
    """A phone number in the chat links here (the chat's markdown drops tel: links); public/wegwijs.js makes it a
    tel: link in the page, and without the script the browser is sent on to the phone's dialer."""
    digits = re.sub(r"[^\d+]", "", number)
    if not 3 <= len(digits) <= 15:
        return _bad("Dit is geen telefoonnummer.", status=404)
    return RedirectResponse(f"tel:{digits}", status_code=302)


def mount_api() -> None:
    """Put our /api routes before chainlit's router, whose catch-all GET would otherwise serve the UI page."""
    if getattr(fastapi_app.state, "wegwijs_api", False):
        return  # chainlit may load this module more than once
    install_hardening(fastapi_app, web().settings.max_body_bytes, web().settings.cors_origins)
    routes = fastapi_app.router.routes
    before = len(routes)
    fastapi_app.include_router(api)
    ours = routes[before:]
    del routes[before:]
    routes[0:0] = ours
    fastapi_app.add_exception_handler(StarletteHTTPException, _dutch_http_error)
    fastapi_app.state.wegwijs_api = True


async def _dutch_http_error(request: Request, exc: Exception) -> Response:
    """The framework's own "Method Not Allowed" and "Not Found" under /api in Dutch, with the same "error" field as
    every other API error (red team round 13: DELETE /api/status, POST /api/ask/ got English)."""
    from fastapi.exception_handlers import http_exception_handler

    assert isinstance(exc, StarletteHTTPException)
    if not request.url.path.startswith("/api"):
        return await http_exception_handler(request, exc)
    message = {
        405: "Deze methode kan hier niet. Vragen stelt u met POST op /api/ask; de status leest u met GET /api/status.",
        404: "Dit adres bestaat niet. Vragen stelt u met POST op /api/ask; de status leest u met GET /api/status.",
    }.get(exc.status_code, "Dit verzoek kan Wegwijs niet verwerken.")
    return JSONResponse({"error": message}, status_code=exc.status_code, headers=getattr(exc, "headers", None))
