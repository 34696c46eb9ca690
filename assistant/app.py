"""The Wegwijs web chat (chainlit), plus ``POST /api/ask`` on the same server. Start it with ``assistant serve``.

Parents and professionals need no account: everyone who opens the chat is a guest. A coordinator signs in at
``/beheer`` with the credentials from ``ASSISTANT_COORDINATOR_USER`` / ``ASSISTANT_COORDINATOR_PASSWORD_HASH``
(see assistant/auth.py) and may upload documents, list them (``/documenten``) and retire one (``/verwijder <pad>``).
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import re
import shutil
import threading
from pathlib import Path
from typing import Any, Literal

import chainlit as cl
from chainlit.auth.cookie import set_auth_cookie
from chainlit.auth.jwt import create_jwt
from chainlit.input_widget import Select
from chainlit.server import app as fastapi_app
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.datastructures import Headers

from assistant.answer import Answer, QuestionError
from assistant.audit import AuditLog, file_sha256
from assistant.auth import verify_password
from assistant.chat import (
    AI_NOTICE,
    ALL_AREAS,
    KIND_LABELS,
    area_items,
    card_markdown,
    corpus_files,
    filters_for,
    folder_for,
    inside,
    municipality_in,
    retire,
    safe_file_name,
    source_label,
    source_markdown,
    with_context,
)
from assistant.config import get_settings
from assistant.corpus import CorpusError, check_corpus
from assistant.feedback import FeedbackStore
from assistant.guard import warm_pii
from assistant.index import IndexError_
from assistant.limits import MAX_UPLOAD_BYTES, RateLimiter, check_upload
from assistant.retention import purge
from assistant.retrieve import Filters
from assistant.serving import Engine

log = logging.getLogger("wegwijs.app")

GUEST_USER = "gast"
COORDINATOR = "coordinator"
GUEST = "gast"


# -- engine ----------------------------------------------------------------------------------------------------------
settings = get_settings()
engine = Engine(settings)


def warm_up() -> None:
    """Load the index, the models and the screening in the background, so the first question does not wait."""
    warm_pii(background=False)  # deduce's name lists
    try:
        engine.answerer().crisis_by_meaning("warm")  # the embedding model and the crisis net
    except Exception as exc:  # the chat reports a missing index per question, in Dutch
        log.warning("Index niet geladen: %s", exc)
    engine.watch()  # from now on, follow builds made by other processes (assistant ingest, another chat)


threading.Thread(target=warm_up, daemon=True).start()
audit = AuditLog(Path(settings.data_dir))
question_limit = RateLimiter(settings.questions_per_minute, 60.0)
api_limit = RateLimiter(settings.api_requests_per_minute, 60.0)
login_limit = RateLimiter(settings.login_attempts_per_10_min, 600.0)
try:
    log.info("Bewaartermijnen toegepast: %s", purge(settings).render())
except Exception as exc:  # retention must never keep the chat from starting
    log.warning("Bewaartermijnen niet toegepast: %s", exc)


def answer_parts(answer: Answer) -> tuple[list[str], str, list[cl.Text]]:
    """Sentences to stream, the rest of the message (cards, source list), and one side element per source."""
    pieces = [p for p in re.split(r"(?<=\])\s+", answer.answer) if p]
    if answer.refused:
        return pieces, "", []
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)}
    elements = [
        cl.Text(name=source_label(n), content=source_markdown(src), display="side")
        for n, src in enumerate(answer.sources, start=1)
    ]
    cards = [
        card_markdown(n, src)
        for n, src in enumerate(answer.sources, start=1)
        if src.kind == "sociale_kaart" and (n in cited or n <= 2)
    ]
    listing = []
    for n, src in enumerate(answer.sources, start=1):
        where = f" – {src.heading}" if src.heading and src.heading != src.title else ""
        date = f", {src.date}" if src.date else ""
        listing.append(f"- {source_label(n)} {src.title}{where} ({KIND_LABELS.get(src.kind, src.kind)}{date})")
    tail = ""
    if cards:
        tail += "\n\n**Contact**\n\n" + "\n\n".join(cards)
    tail += "\n\n**Bronnen** (klik op een nummer om de tekst te lezen)\n" + "\n".join(listing)
    return pieces, tail, elements


@cl.data_layer
def data_layer() -> FeedbackStore:
    """Thumbs up/down and comments go to data/feedback.sqlite3 (see assistant/feedback.py)."""
    return FeedbackStore(Path(settings.data_dir) / "feedback.sqlite3", store_transcripts=settings.store_transcripts)


# -- chainlit: login, profiles, settings -----------------------------------------------------------------------------
def coordinator_credentials() -> tuple[str, str] | None:
    user = (settings.coordinator_user or "").strip()
    stored = (settings.coordinator_password_hash or "").strip()
    return (user, stored) if user and stored else None


@cl.header_auth_callback
async def guest_callback(headers: Headers) -> cl.User:
    """Everyone enters as a guest, with no account and no login screen; coordinators sign in at /beheer."""
    return cl.User(identifier=GUEST_USER, display_name="Gast", metadata={"role": GUEST})


async def coordinator_login(username: str, password: str) -> cl.User | None:
    creds = coordinator_credentials()
    if (
        creds
        and (username or "").strip() == creds[0]
        and await asyncio.to_thread(verify_password, password or "", creds[1])
    ):
        return cl.User(identifier=creds[0], display_name="Coördinator", metadata={"role": COORDINATOR})
    return None


def is_coordinator(user: Any = None) -> bool:
    user = user if user is not None else cl.user_session.get("user")
    return bool(user and (user.metadata or {}).get("role") == COORDINATOR)


def actor() -> str:
    """Who changes the corpus, for the audit log: the coordinator's user name."""
    user = cl.user_session.get("user")
    return f"chat:{getattr(user, 'identifier', 'onbekend')}"


PARENT_STARTERS = [
    cl.Starter(label="Hoe lang duurt een TLV?", message="Hoe lang duurt het voordat er een besluit is over de TLV?"),
    cl.Starter(
        label="Hulp bij opvoeden in mijn buurt",
        message="Waar kan ik in Helmond terecht met vragen over opvoeden?",
    ),
    cl.Starter(
        label="Mijn kind zit thuis",
        message="Mijn kind zit al weken thuis en durft niet naar school. Wie kan ik bellen in Someren?",
    ),
    cl.Starter(
        label="Gescheiden ouders",
        message="Ik ben gescheiden. Heb ik recht op informatie van school over mijn kind?",
    ),
    cl.Starter(
        label="Zorgen over thuis",
        message="Ik maak me zorgen over huiselijk geweld bij een gezin. Wie kan ik bellen voor advies?",
    ),
]
PROFESSIONAL_STARTERS = [
    cl.Starter(
        label="Delen zonder toestemming?",
        message="Mag ik als leerkracht zonder toestemming van ouders met het wijkteam praten over een leerling?",
    ),
    cl.Starter(
        label="Mail naar de verkeerde ouder",
        message="Wat moet ik doen als ik per ongeluk een leerlingenlijst naar de verkeerde ouder heb gemaild?",
    ),
    cl.Starter(
        label="Besluit over een arrangement",
        message="Hoe lang duurt het voordat we een besluit krijgen over een arrangement?",
    ),
    cl.Starter(
        label="Meldcode",
        message="Welke stappen zet ik volgens de meldcode bij zorgen over kindermishandeling?",
    ),
]
COORDINATOR_STARTERS = [
    cl.Starter(label="Welke documenten staan erin?", message="/documenten"),
    cl.Starter(label="Hoe voeg ik een document toe?", message="/help"),
    cl.Starter(label="Bewaartermijn dossier", message="Hoe lang moet de school het leerlingdossier bewaren?"),
]


@cl.set_chat_profiles
async def chat_profiles(current_user: cl.User | None = None, language: str | None = None) -> list[cl.ChatProfile]:
    profiles = [
        cl.ChatProfile(
            name="Ouder",
            markdown_description="Voor ouders en verzorgers. " + AI_NOTICE,
            default=True,
            starters=PARENT_STARTERS,
        ),
        cl.ChatProfile(
            name="Professional",
            markdown_description="Voor leerkrachten, intern begeleiders en jeugdhulpverleners. " + AI_NOTICE,
            starters=PROFESSIONAL_STARTERS,
        ),
    ]
    if is_coordinator(current_user):
        profiles.append(
            cl.ChatProfile(
                name="Coördinator",
                markdown_description="Documenten toevoegen, bekijken en uit het corpus halen. " + AI_NOTICE,
                starters=COORDINATOR_STARTERS,
            )
        )
    return profiles


@cl.on_chat_start
async def on_chat_start() -> None:
    cl.user_session.set("area", ALL_AREAS)
    cl.user_session.set("last_question", None)
    cl.user_session.set("notice_shown", False)
    items = area_items(engine.regions())
    await cl.ChatSettings(
        [
            Select(
                id="area",
                label="Gemeente of regio (voor de sociale kaart; landelijke hulp blijft altijd zichtbaar)",
                items=items,
                initial_value=ALL_AREAS,
            )
        ]
    ).send()


@cl.on_settings_update
async def on_settings_update(values: dict[str, Any]) -> None:
    area = str(values.get("area") or ALL_AREAS)
    cl.user_session.set("area", area)
    label = next((k for k, v in area_items(engine.regions()).items() if v == area), "alle regio's")
    await cl.Message(content=f"Ik zoek nu voor: **{label}**.").send()


# -- chainlit: messages ----------------------------------------------------------------------------------------------
@cl.on_message
async def on_message(message: cl.Message) -> None:
    try:
        await handle(message)
    except Exception:  # never a traceback in the chat
        log.exception("Fout bij het verwerken van een bericht")
        await cl.Message(
            content="Er ging iets mis bij het verwerken van je bericht. Probeer het nog eens, of stel je vraag anders."
        ).send()


async def handle(message: cl.Message) -> None:
    text = (message.content or "").strip()
    files = [el for el in (message.elements or []) if getattr(el, "path", None)]
    if files:
        if not is_coordinator():
            await cl.Message(
                content="Alleen een coördinator kan documenten toevoegen. Je bestand is niet opgeslagen. "
                "Je kunt wel gewoon je vraag typen."
            ).send()
            if not text:
                return
        else:
            await handle_uploads(files, text)
            return
    if text.startswith("/"):
        await handle_command(text)
        return
    await answer_question(text)


async def answer_question(text: str) -> None:
    session = str(cl.user_session.get("id") or "")
    if not question_limit.allow(f"chat:{session}"):
        wait = question_limit.retry_after(f"chat:{session}")
        await cl.Message(
            content=f"Je stelt veel vragen kort na elkaar. Wacht ongeveer {wait} seconden en probeer het dan opnieuw."
        ).send()
        return
    regions = engine.regions()
    previous = cl.user_session.get("last_question")
    question = with_context(text, previous)
    follow_up = question != text
    filters = filters_for(cl.user_session.get("area"), regions)
    named = municipality_in(text, regions) or (municipality_in(question, regions) if follow_up else None)
    if named:
        filters = Filters(kinds=filters.kinds, region=named[0], municipality=named[1])
    audience: Literal["ouder", "professional"] = (
        "professional" if cl.user_session.get("chat_profile") == "Professional" else "ouder"
    )
    try:
        stream = await asyncio.to_thread(engine.stream, question, filters, audience)
    except QuestionError as exc:
        await cl.Message(content=str(exc)).send()
        return
    except IndexError_ as exc:
        await cl.Message(content=f"Wegwijs kan nu geen vragen beantwoorden: {exc}").send()
        return
    # Follow-ups keep building on the last full question ("en in Helmond?", then "en in Deurne?").
    cl.user_session.set("last_question", previous if follow_up else question)

    msg = cl.Message(content="")
    heading = f"*Vervolgvraag, gelezen als: “{stream.question}”*\n\n" if follow_up else ""
    if heading:
        await msg.stream_token(heading)
    if engine.settings.llm_backend == "none":
        answer = stream.answer
        pieces, tail, elements = answer_parts(answer)
        for piece in pieces:
            await msg.stream_token(piece + " ")
            await asyncio.sleep(0.02)
    else:
        # Verified sentences as the model writes them; withdrawn for the extractive answer if too few held.
        pieces_iter = iter(stream)
        while (piece := await asyncio.to_thread(next, pieces_iter, None)) is not None:
            await msg.stream_token(piece)
        answer = stream.answer
        if stream.replaced:
            msg.content = heading + answer.answer
            await msg.update()
        _, tail, elements = answer_parts(answer)
    await msg.stream_token(tail)
    if not cl.user_session.get("notice_shown"):
        await msg.stream_token("\n\n---\n" + AI_NOTICE)
        cl.user_session.set("notice_shown", True)
    msg.elements = elements  # type: ignore[assignment]
    await msg.send()


HELP_TEXT = """**Coördinator: zo werk je het corpus bij**

- **Document toevoegen:** sleep een bestand in het invoerveld (of klik op de paperclip) en verstuur het.
  Toegestaan: .md, .pdf, .docx, .html, .txt, .csv, .yaml, hoogstens 10 MB.
  Zet eventueel de map in je bericht: `plannen`, `privacy`, `sociale-kaart` of `overig`.
  Zonder map kiest Wegwijs zelf (op `kind` in de front matter, of op het bestandstype).
  Een bestand met dezelfde naam wordt vervangen.
- **/documenten** — lijst van alle documenten.
- **/verwijder <pad>** — haal een document uit het corpus (het gaat naar het archief), bijv. `/verwijder overig/oud.md`.

Na elke wijziging controleert Wegwijs het corpus en werkt de index bij; je ziet het wijzigingsrapport."""


async def handle_command(text: str) -> None:
    command, _, arg = text.partition(" ")
    command = command.lower()
    if command not in ("/documenten", "/verwijder", "/help"):
        await cl.Message(content=f"Onbekende opdracht '{command}'. Stel je vraag zonder '/' ervoor.").send()
        return
    if not is_coordinator():
        await cl.Message(content="Deze opdracht is alleen voor coördinatoren. Stel gerust je vraag.").send()
        return
    corpus_dir = Path(settings.corpus_dir)
    if command == "/help":
        await cl.Message(content=HELP_TEXT).send()
    elif command == "/documenten":
        files = corpus_files(corpus_dir)
        lines = [f"**{len(files)} documenten in het corpus** (`{corpus_dir}`)", ""]
        for path in files:
            stat = path.stat()
            when = datetime.datetime.fromtimestamp(stat.st_mtime).strftime("%Y-%m-%d")
            lines.append(f"- `{path.relative_to(corpus_dir).as_posix()}` ({stat.st_size / 1024:.0f} kB, {when})")
        lines += ["", "Uit het corpus halen: `/verwijder <pad>`."]
        await cl.Message(content="\n".join(lines)).send()
    else:
        try:
            moved = retire(corpus_dir, Path(settings.data_dir), arg)
        except CorpusError as exc:
            await cl.Message(content=f"Niet gelukt: {exc}").send()
            return
        for rel, sha256 in moved:
            audit.append(actor(), "uit corpus gehaald", rel, sha256)
        names = ", ".join(rel for rel, _ in moved)
        status = cl.Message(content=f"Verplaatst naar het archief: {names}. De index wordt bijgewerkt…")
        await status.send()
        report = await asyncio.to_thread(engine.update_index, actor())
        await cl.Message(content=f"**Wijzigingsrapport**\n```\n{report.render()}\n```").send()


async def handle_uploads(files: list[Any], hint: str) -> None:
    corpus_dir = Path(settings.corpus_dir)
    problems: list[str] = []
    saved: list[tuple[str, Path, Path | None]] = []  # rel, path, backup of a replaced file
    for element in files:
        raw_name = str(getattr(element, "name", "") or "")
        try:
            name = safe_file_name(raw_name)
            size = Path(element.path).stat().st_size
            if size > MAX_UPLOAD_BYTES:
                raise CorpusError(f"'{raw_name}' is {size / 1024 / 1024:.1f} MB; het maximum is 10 MB.")
            data = Path(element.path).read_bytes()
            check_upload(name, data)
            folder = folder_for(name, data, hint)
            target = corpus_dir / folder / name
            if not inside(target, corpus_dir):
                raise CorpusError(f"de bestandsnaam '{raw_name}' is niet toegestaan.")
        except CorpusError as exc:
            problems.append(f"Niet opgeslagen: {exc}")
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        backup = None
        if target.exists():
            backup = target.with_name(f".vervangen-{target.name}")
            shutil.move(str(target), backup)
        target.write_bytes(data)
        rel = target.relative_to(corpus_dir).as_posix()
        audit.append(actor(), "vervangen" if backup else "geüpload", rel, file_sha256(target), size=len(data))
        saved.append((rel, target, backup))

    if not saved:
        await cl.Message(content="\n".join(problems) or "Geen bestand ontvangen.").send()
        return
    await cl.Message(content=f"Opgeslagen: {', '.join(rel for rel, _, _ in saved)}. Ik controleer het corpus…").send()

    try:
        check = await asyncio.to_thread(check_corpus, corpus_dir)
    except CorpusError as exc:
        check = None
        problems.append(f"Controle mislukt: {exc}")
    lines: list[str] = []
    kept: list[str] = []
    for rel, target, backup in saved:
        errors = [i.message for i in (check.errors if check else []) if i.file == rel]
        if errors:
            target.unlink(missing_ok=True)
            if backup is not None:
                shutil.move(str(backup), target)
            problems.append(f"Niet toegevoegd: `{rel}` – " + "; ".join(errors))
            audit.append(actor(), "afgewezen bij controle", rel, "", reason="; ".join(errors)[:500])
            continue
        if backup is not None:
            backup.unlink(missing_ok=True)
        kept.append(rel)
    if check is not None:
        lines.append(
            f"**Controle:** {check.plans} plannen, {check.social_map_entries} diensten op de sociale kaart, "
            f"{check.privacy_topics} privacyonderwerpen."
        )
        for issue in check.warnings:
            if issue.file in kept:
                lines.append(f"- Let op, `{issue.file}`: {issue.message}")
        others = [i for i in check.errors if i.file not in {rel for rel, _, _ in saved}]
        if others:
            lines.append(f"- Er zijn {len(others)} fout(en) in andere bestanden; zie `assistant check-corpus`.")
    if problems:
        lines += ["", *problems]
    if kept:
        report = await asyncio.to_thread(engine.update_index, actor())
        lines += ["", "**Wijzigingsrapport**", "```", report.render(), "```"]
        failed = [f"`{rel}`: {report.failed[rel]}" for rel in kept if rel in report.failed]
        if failed:
            lines.append("Niet ingelezen: " + "; ".join(failed))
        else:
            lines.append(f"Klaar: {', '.join(kept)} staat in de index. Je kunt er nu vragen over stellen.")
    await cl.Message(content="\n".join(lines)).send()


# -- REST: POST /api/ask ---------------------------------------------------------------------------------------------
api = APIRouter()


def _bad(message: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


@api.post("/api/ask")
async def api_ask(request: Request) -> JSONResponse:
    """{"question", "region"?, "municipality"?, "top_k"?} → the engine's answer JSON; 400 with a Dutch error."""
    client = request.client.host if request.client else "?"
    if not api_limit.allow(f"api:{client}"):
        wait = api_limit.retry_after(f"api:{client}")
        return JSONResponse(
            {"error": f"Te veel vragen vanaf dit adres. Probeer het over {wait} seconden opnieuw."},
            status_code=429,
            headers={"Retry-After": str(wait)},
        )
    try:
        body = await request.json()
    except ValueError:
        return _bad('De inhoud is geen geldige JSON. Stuur bijvoorbeeld {"question": "Wat is een TLV?"}.')
    if not isinstance(body, dict):
        return _bad('Stuur een JSON-object, bijvoorbeeld {"question": "Wat is een TLV?"}.')
    question = body.get("question")
    if not isinstance(question, str):
        return _bad("Het veld 'question' ontbreekt of is geen tekst.")
    region, municipality, top_k = body.get("region"), body.get("municipality"), body.get("top_k")
    regions = engine.regions()
    if region is not None and (not isinstance(region, str) or (region and region not in regions)):
        return _bad(f"Onbekende regio '{region}'. Bekend: {', '.join(regions) or 'geen'}.")
    if municipality is not None:
        owner = next(
            (r for r in regions.values() if isinstance(municipality, str) and municipality and r.knows(municipality)),
            None,
        )
        if municipality and owner is None:
            return _bad(f"Onbekende gemeente '{municipality}'.")
        if owner is not None:
            region = region or owner.id
    if top_k is not None and (isinstance(top_k, bool) or not isinstance(top_k, int) or not 1 <= top_k <= 50):
        return _bad("'top_k' moet een geheel getal van 1 tot en met 50 zijn.")
    filters = Filters(region=region or None, municipality=municipality or None)
    try:
        answer = await asyncio.to_thread(engine.ask, question, filters, top_k)
    except QuestionError as exc:
        return _bad(str(exc))
    except IndexError_ as exc:
        return _bad(f"Wegwijs kan nu geen vragen beantwoorden: {exc}", status=503)
    return JSONResponse(answer.to_json_dict())


@api.get("/api/status")
async def api_status() -> JSONResponse:
    """Which build this process serves and whether it is the current one: with several chat processes behind a
    proxy, each can be asked after an ingest."""
    status = engine.status()
    if status.build_id is None:  # nothing loaded yet: load now, so the answer says whether there is an index
        try:
            await asyncio.to_thread(engine.answerer)
        except IndexError_ as exc:
            return _bad(f"Wegwijs kan nu geen vragen beantwoorden: {exc}", status=503)
        status = engine.status()
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


@api.post("/beheer")
async def beheer_login(request: Request) -> Response:
    client = request.client.host if request.client else "?"
    if not login_limit.allow(f"login:{client}"):
        wait = login_limit.retry_after(f"login:{client}")
        page = LOGIN_PAGE.format(error=f"Te veel pogingen. Probeer het over {wait // 60 + 1} minuten opnieuw.")
        return HTMLResponse(page, 429, headers={"Retry-After": str(wait)})
    form = await request.form()
    user = await coordinator_login(str(form.get("username") or ""), str(form.get("password") or ""))
    if user is None:
        log.warning("Mislukte inlogpoging voor coördinator vanaf %s", client)
        return HTMLResponse(LOGIN_PAGE.format(error="Gebruikersnaam of wachtwoord klopt niet."), 401)
    audit.append(f"chat:{user.identifier}", "ingelogd", "", "")
    response = RedirectResponse("/", status_code=303)
    set_auth_cookie(request, response, create_jwt(user))
    return response


DOCUMENT_TYPES = {".pdf": "application/pdf", ".docx": "application/octet-stream"}


@api.get("/api/document")
async def api_document(path: str = "") -> Response:
    """The whole source document behind a cited passage; only files the index may read, nothing else."""
    root = Path(settings.corpus_dir)
    target = root / path
    hidden = any(part.startswith(("_", ".")) for part in Path(path).parts)
    if not path or hidden or not inside(target, root) or not target.is_file():
        return _bad("Dit document bestaat niet (meer) in de bronnen.", status=404)
    media = DOCUMENT_TYPES.get(target.suffix.lower())
    if media:
        return FileResponse(target, media_type=media, filename=target.name)
    # Text of any kind, HTML included, is shown as plain text: an uploaded page must not run in our origin.
    return PlainTextResponse(target.read_text(encoding="utf-8", errors="replace"))


def mount_api() -> None:
    """Put our /api routes before chainlit's router, whose catch-all GET would otherwise serve the UI page."""
    if getattr(fastapi_app.state, "wegwijs_api", False):
        return  # chainlit may load this module more than once
    routes = fastapi_app.router.routes
    before = len(routes)
    fastapi_app.include_router(api)
    ours = routes[before:]
    del routes[before:]
    routes[0:0] = ours
    fastapi_app.state.wegwijs_api = True


mount_api()
