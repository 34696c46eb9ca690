"""How answers, sources and service cards look in the chat (Markdown for chainlit)."""

from __future__ import annotations

import re
from urllib.parse import quote

import chainlit as cl

from assistant.answering.models import Answer, Source
from assistant.corpus.schema import Region
from assistant.corpus.unmask import host_of, official
from assistant.safety.injection import looks_like_instruction
from assistant.search.filters import NATIONAL
from assistant.search.places import ALL_AREAS, ALL_AREAS_LABEL
from assistant.text import flatten_links

KIND_LABELS = {
    "plan": "Ondersteuningsplan",
    "sociale_kaart": "Sociale kaart",
    "privacy": "Privacy-informatie",
    "other": "Overig document",
}


AI_NOTICE = (
    "Je praat met **Wegwijs, een AI-assistent** (geen mens). Wegwijs antwoordt alleen met zinnen uit de bronnen "
    "die onder elk antwoord staan. Controleer belangrijke zaken bij de school, het wijkteam of het "
    "samenwerkingsverband."
)


# -- helpers -------------------------------------------------------------------------
def area_items(regions: dict[str, Region]) -> dict[str, str]:
    """Select items: label → value ('alle', 'regio:<id>' or 'gemeente:<naam>')."""
    items = {ALL_AREAS_LABEL: ALL_AREAS}
    for region in regions.values():
        items[f"{region.name} – hele regio"] = f"regio:{region.id}"
        for name in region.municipalities:
            items[f"Gemeente {name}"] = f"gemeente:{name}"
    return items


# Dutch phone numbers: 0800-2000, 0800-0113, 0492-012345, 0900-111 3 111, +31 ..., and the emergency number 112.
PHONE = re.compile(r"(?<![\w/.\[-])(?:(?:\+31[ -]?|0)\d{2,3}[ -]?\d(?:[ ]?\d){3,7}|112|113)(?![\w-]|\.\w)")


def call_href(number: str) -> str:
    """Where a phone number links to: /bel/<digits>. The chat's markdown renderer drops ``tel:`` links, so the
    browser script (public/wegwijs.js) turns these into ``tel:`` links; without it the server redirects."""
    return "/bel/" + re.sub(r"[^\d+]", "", number)


def link_phones(text: str) -> str:
    """Every phone number in a text (an answer, a crisis line, a card) as a tap-to-call link; numbers that already
    are a link stay as they are."""
    parts = re.split(r"(\[[^\]]*\]\([^)]*\))", text)
    return "".join(
        part if i % 2 else PHONE.sub(lambda m: f"[{m.group(0)}]({call_href(m.group(0))})", part)
        for i, part in enumerate(parts)
    )


# Web addresses in answers and source panels come from documents anyone with upload rights wrote. Only the signed
# national services' hosts, the government and the answer's own social-map cards stay clickable; any other address is
# shown as text, so a planted "https://evil.example/hulp" is never one tap away (red team C15, R57).
BARE_URL = re.compile(r"(?<!\]\()(?<![\[`<])\b(?:https?://|www\.)[^\s<>()\[\]`]+[^\s<>()\[\]`.,;:!?'\"]")


def card_hosts(sources: list[Source]) -> set[str]:
    """The hosts of these sources' own service websites: clickable beside the official ones."""
    return {host_of(src.service["website"]) for src in sources if src.service.get("website")}


def quiet_links(text: str, extra_hosts: set[str]) -> str:
    """Addresses on hosts we cannot vouch for as inline code: readable and copyable, never a live link."""
    return BARE_URL.sub(lambda m: m.group() if official(host_of(m.group()), extra_hosts) else f"`{m.group()}`", text)


# -- rendering -------------------------------------------------------------------------------------------------------
def source_label(n: int) -> str:
    return f"[{n}]"


def section_of(source: Source) -> str:
    """The part of the document the passage comes from, without the title repeated: the heading path starts with
    the document's own top heading, which is (nearly) its title ('Titel > Kop' → 'Kop')."""
    title = (source.title or "").strip().casefold()
    parts = [p.strip() for p in (source.heading or "").split(" > ") if p.strip()]
    while parts and title and (title.startswith(parts[0].casefold()) or parts[0].casefold().startswith(title)):
        parts.pop(0)
    return " > ".join(parts)


def source_markdown(source: Source, coordinator: bool = False) -> str:
    """A citation's panel: title, kind, date, where, and the passage itself (the file path only for coordinators)."""
    lines = [f"### {source.title}"]
    facts = [KIND_LABELS.get(source.kind, source.kind)]
    if source.date:
        facts.append(("laatst gecontroleerd " if source.kind == "sociale_kaart" else "datum ") + source.date)
    if source.municipality:
        facts.append(f"gemeente {source.municipality}")
    elif source.region:
        facts.append("landelijk" if source.region == NATIONAL else f"regio {source.region}")
    if source.example:
        facts.append("voorbeeldgegevens")
    lines.append(" · ".join(facts))
    section = section_of(source)
    if section:
        lines.append(f"**Onderdeel:** {section}")
    lines.append("")
    hosts = card_hosts([source])
    for line in source.text.strip().splitlines():
        heading = re.match(r"^#+\s*(.+)$", line.strip())
        shown = link_phones(quiet_links(flatten_links(line), hosts))
        lines.append(f"> **{heading.group(1)}**" if heading else (f"> {shown}" if line.strip() else ">"))
    link = f"/api/document?path={quote(source.doc)}"
    if coordinator:
        lines += ["", f"Bestand: [{source.doc}]({link}) (hele document openen)"]
    elif source.kind != "sociale_kaart":
        lines += ["", f"[Het hele document lezen]({link})"]
    return "\n".join(lines)


def source_line(n: int, source: Source) -> str:
    """One line of the source list under an answer: '[1] Titel – Kop (Ondersteuningsplan, 2026-03-01)'."""
    section = section_of(source)
    where = f" – {section}" if section else ""
    date = f", {source.date}" if source.date else ""
    checked = f", gecontroleerd op {source.checked}" if source.checked else ""
    example = ", voorbeeldgegevens" if source.example else ""
    kind = KIND_LABELS.get(source.kind, source.kind)
    return f"- {source_label(n)} {source.title}{where} ({kind}{date}{checked}{example})"


CARD_FIELDS = (
    ("what", "Wat"),
    ("audience", "Voor wie"),
    ("access_label", "Toegang"),
    ("cost", "Kosten"),
    ("phone", "Telefoon"),
    ("email", "E-mail"),
    ("website", "Website"),
    ("opening_hours", "Openingstijden"),
    ("address", "Adres"),
    ("languages", "Talen"),
)


def card_markdown(n: int, source: Source) -> str:
    """A social-map service as a card from the service's own fields (stored with the passage at ingest); phone
    numbers tap to call. Plain bold and a list, not a block quote (which the chat shows in italics)."""
    facts = source.service
    rows = [f"**{source.title}** {source_label(n)}", ""]
    for key, shown in CARD_FIELDS:
        value = facts.get(key, "")
        if value and not looks_like_instruction(value):  # data that talks to the assistant is never shown
            rows.append(f"- {shown}: {link_phones(value) if key == 'phone' else value}")
    if source.example:
        rows.append("- Let op: voorbeeldgegevens, geen echte organisatie")
    if source.date:
        rows.append(f"- Laatst gecontroleerd: {source.date}")
    return "\n".join(rows)


def welcome_markdown(audience: str, store_transcripts: bool, feedback_days: int) -> str:
    """The first screen (a chat profile's description), short enough for a phone: what Wegwijs is, for whom, that it
    is an AI that answers only from its sources, and what happens to what you type."""
    kept = "bewaart je vragen zonder namen en nummers" if store_transcripts else "bewaart je vragen niet"
    days = f"{feedback_days} dagen " if feedback_days else ""
    return (
        f"**Wegwijs** beantwoordt vragen over school, extra ondersteuning en jeugdhulp. {audience}\n\n"
        "Je praat met een **AI-assistent, geen mens**. Wegwijs antwoordt alleen uit vaste bronnen; "
        "die staan onder elk antwoord.\n\n"
        f"**Privacy:** geen account nodig. Wegwijs {kept}. Een duim omhoog of omlaag wordt {days}bewaard, "
        "zonder namen en nummers.\n\n"
        f"Acuut gevaar? Bel [112]({call_href('112')}). "
        f"Geweld thuis? Veilig Thuis [0800-2000]({call_href('0800-2000')})."
    )


def answer_pieces(answer: Answer) -> list[str]:
    """The answer's sentences as shown: addresses we cannot vouch for as text, phone numbers as call links."""
    hosts = card_hosts(answer.sources)
    return [link_phones(quiet_links(p, hosts)) for p in re.split(r"(?<=\])\s+", answer.answer) if p]


def answer_parts(answer: Answer, coordinator: bool = False) -> tuple[list[str], str, list[cl.Text]]:
    """Sentences to stream (phone numbers as call links), the rest of the message (cards, source list), and one
    side element per source. Side elements are opened by a click on their [n] only: public/wegwijs.js closes the
    panel chainlit opens by itself with all of them after each answer."""
    pieces = answer_pieces(answer)
    if answer.refused:
        return pieces, "", []
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)}
    elements = [
        cl.Text(name=source_label(n), content=source_markdown(src, coordinator), display="side")
        for n, src in enumerate(answer.sources, start=1)
    ]
    cards = [
        card_markdown(n, src)
        for n, src in enumerate(answer.sources, start=1)
        if src.kind == "sociale_kaart" and n in cited
    ]
    listing = [source_line(n, src) for n, src in enumerate(answer.sources, start=1)]
    tail = ""
    if cards:
        tail += "\n\n**Contact**\n\n" + "\n\n".join(cards)
    tail += "\n\n**Bronnen** (klik op een nummer om de tekst te lezen)\n" + "\n".join(listing)
    return pieces, tail, elements
