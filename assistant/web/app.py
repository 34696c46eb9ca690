"""The Wegwijs web chat (chainlit callbacks only). Start it with ``assistant serve``.

Parents and professionals need no account: everyone who opens the chat is a guest. A coordinator signs in at
``/beheer`` and may upload documents, list them (``/documenten``) and retire one (``/verwijder <pad>``)."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import chainlit as cl
from chainlit.config import ChainlitConfigOverrides, FeaturesSettings, SpontaneousFileUploadFeature
from chainlit.input_widget import Select

from assistant.answering.models import Audience
from assistant.errors import IndexError_, QuestionError
from assistant.safety.screening import help_first
from assistant.search.places import ALL_AREAS, filters_for
from assistant.text import flatten_links
from assistant.web.api import mount_api
from assistant.web.coordinator import confirm_pending, handle_command, handle_uploads
from assistant.web.data_layer import FeedbackStore
from assistant.web.render import AI_NOTICE, answer_parts, area_items, link_phones, quiet_links, welcome_markdown
from assistant.web.session import is_coordinator
from assistant.web.state import start_warm_up, web

log = logging.getLogger("wegwijs.app")


# -- chainlit's own files (uploads, element contents): under the data dir, made again whenever they are missing -------
def use_files_dir(root: Path) -> None:
    """Chainlit keeps per-session files in <app root>/.files, made once at import and never again, so a removed
    folder made every answer with sources fail. Keep them under the data dir and make the folder when missing."""
    import chainlit.config
    import chainlit.server
    from chainlit.session import BaseSession

    root = root.resolve()
    root.mkdir(parents=True, exist_ok=True)
    chainlit.config.FILES_DIRECTORY = root  # read by BaseSession.files_dir
    chainlit.server.FILES_DIRECTORY = root  # removed by chainlit when the server stops

    def files_dir(session: BaseSession) -> Path:
        root.mkdir(parents=True, exist_ok=True)
        return root / session.id

    BaseSession.files_dir = property(files_dir)  # type: ignore[assignment,method-assign]


use_files_dir(Path(web().settings.data_dir) / "chainlit-files")
start_warm_up()


@cl.data_layer
def data_layer() -> FeedbackStore:
    """Thumbs up/down and comments go to data/feedback.sqlite3 (see assistant/feedback.py)."""
    return FeedbackStore(
        Path(web().settings.data_dir) / "feedback.sqlite3", store_transcripts=web().settings.store_transcripts
    )


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


# Guests (Ouder, Professional) get no paperclip: the upload control is switched off in their profiles, while the
# global setting stays on so that chainlit accepts a coordinator's upload. handle() refuses a guest's file anyway.
NO_UPLOAD = ChainlitConfigOverrides(
    features=FeaturesSettings(spontaneous_file_upload=SpontaneousFileUploadFeature(enabled=False))
)
ICON = "/public/wegwijs-icon.svg"


def welcome(audience: str) -> str:
    settings = web().settings
    return welcome_markdown(audience, settings.store_transcripts, settings.feedback_retention_days)


@cl.set_chat_profiles
async def chat_profiles(current_user: cl.User | None = None, language: str | None = None) -> list[cl.ChatProfile]:
    """Ouder and Professional for everyone; Coördinator too, and chosen at once, after signing in at /beheer."""
    coordinator = is_coordinator(current_user)
    profiles = [
        cl.ChatProfile(
            name="Ouder",
            icon=ICON,
            markdown_description=welcome("Voor ouders en verzorgers."),
            default=not coordinator,
            starters=PARENT_STARTERS,
            config_overrides=NO_UPLOAD,
        ),
        cl.ChatProfile(
            name="Professional",
            icon=ICON,
            markdown_description=welcome("Voor leerkrachten, intern begeleiders en jeugdhulpverleners."),
            starters=PROFESSIONAL_STARTERS,
            config_overrides=NO_UPLOAD,
        ),
    ]
    if coordinator:
        profiles.append(
            cl.ChatProfile(
                name="Coördinator",
                icon=ICON,
                markdown_description=welcome(
                    "Voor coördinatoren: documenten toevoegen, bekijken en uit het corpus halen (typ /help)."
                ),
                default=True,
                starters=COORDINATOR_STARTERS,
            )
        )
    return profiles


@cl.on_chat_start
async def on_chat_start() -> None:
    cl.user_session.set("area", ALL_AREAS)
    cl.user_session.set("last_question", None)
    cl.user_session.set("notice_shown", False)
    items = area_items(web().engine.regions())
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
    if area == ALL_AREAS:
        await cl.Message(
            content="Ik zoek nu in **alle regio's**. Kies een gemeente voor hulp bij jou in de buurt."
        ).send()
        return
    label = next((k for k, v in area_items(web().engine.regions()).items() if v == area), "alle regio's")
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
    if await confirm_pending(text):  # "ja" to /verwijder's question
        return
    if text.startswith("/"):
        await handle_command(text)
        return
    await answer_question(text)


async def answer_question(text: str) -> None:
    session = str(cl.user_session.get("id") or "")
    if not web().question_limit.allow(f"chat:{session}"):
        wait = web().question_limit.retry_after(f"chat:{session}")
        # Help before every limit: a crisis message over the limit still gets the help lines first.
        profile = "professional" if cl.user_session.get("chat_profile") == "Professional" else "ouder"
        _, help_text = help_first(text, Path(web().settings.prompts_dir), profile)
        limit = f"Je stelt veel vragen kort na elkaar. Wacht ongeveer {wait} seconden en probeer het dan opnieuw."
        await cl.Message(content=f"{help_text}\n\n{limit}" if help_text else limit).send()
        return
    previous = cl.user_session.get("last_question")
    filters = filters_for(cl.user_session.get("area"), web().engine.regions())
    audience: Audience = "professional" if cl.user_session.get("chat_profile") == "Professional" else "ouder"
    try:
        stream = await asyncio.to_thread(web().engine.stream, text, filters, audience, previous)
    except (QuestionError, IndexError_) as exc:
        # Help before every limit: an over-long message or a missing index still gets the crisis lines first.
        _, help_text = help_first(text, Path(web().settings.prompts_dir), audience)
        why = str(exc) if isinstance(exc, QuestionError) else f"Wegwijs kan nu geen vragen beantwoorden: {exc}"
        await cl.Message(content=f"{help_text}\n\n{why}" if help_text else why).send()
        return
    # Follow-ups keep building on the last full question ("en in Helmond?", then "en in Deurne?").
    follow_up = stream.read_as is not None
    cl.user_session.set("last_question", previous if follow_up else stream.question)

    msg = cl.Message(content="")
    read_as = quiet_links(flatten_links(stream.read_as or ""), set())  # the visitor's own link is never live
    heading = f"*Vervolgvraag, gelezen als: “{read_as}”*\n\n" if follow_up else ""
    if heading:
        await msg.stream_token(heading)
    if web().settings.llm_backend == "none":
        answer = stream.answer
        pieces, tail, elements = answer_parts(answer, is_coordinator())
        for piece in pieces:
            await msg.stream_token(piece + " ")
            await asyncio.sleep(0.02)
    else:
        # Verified sentences as the model writes them; withdrawn for the extractive answer if too few held.
        pieces_iter = iter(stream)
        while (piece := await asyncio.to_thread(next, pieces_iter, None)) is not None:
            await msg.stream_token(link_phones(piece))
        answer = stream.answer
        if stream.replaced:
            msg.content = heading + link_phones(answer.answer)
            await msg.update()
        _, tail, elements = answer_parts(answer, is_coordinator())
    await msg.stream_token(tail)
    if not cl.user_session.get("notice_shown"):
        await msg.stream_token("\n\n---\n" + AI_NOTICE)
        cl.user_session.set("notice_shown", True)
    msg.elements = elements  # type: ignore[assignment]
    await msg.send()


mount_api()
