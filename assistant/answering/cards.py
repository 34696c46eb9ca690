"""A social-map service as answer sentences: who, what, how to get in, cost, when, where, how to reach them."""

from __future__ import annotations

import re
from typing import Any

from assistant.safety.injection import looks_like_instruction
from assistant.text import is_fragment, sentences

# How a reader reaches a service, as a sentence (the card's own "Toegang" field is a label, not an answer).
ACCESS_SENTENCES = {
    "vrij toegankelijk": "Hiervoor is geen verwijzing nodig.",
    "via school": "Aanmelden gaat via school.",
    "via huisarts of wijkteam": "Aanmelden gaat via de huisarts of het wijkteam.",
    "met een beschikking van de gemeente": "Hiervoor is een beschikking van de gemeente nodig.",
}


SEE_WEBSITE = re.compile(r"zie (?:de )?website", re.IGNORECASE)  # says nothing the website line does not


def card_line(meta: dict[str, Any]) -> str:
    """A social-map service in whole sentences: who, what, how to get in, what it costs, when and where, how to
    reach them and in which languages, all from the service's own fields (the facts a parent acts on: "kan ik
    zonder afspraak binnenlopen?", "is het gratis?", "met een tolk?")."""
    name = str(meta.get("title", ""))
    what = str(meta.get("what", ""))
    # The first two sentences: "Het consultatiebureau volgt … baby's en peuters. Schoolkinderen en jongeren zien hier
    # de jeugdarts …": with the first alone a parent of a 10-year-old read it as a service for toddlers (blind set 7).
    said = sentences(what) if what else []
    first = " ".join(said[:1] + [t for t in said[1:2] if not is_fragment(t)])
    parts = [f"{name}: {first}" if first else name]

    def field(key: str) -> str:
        # Service fields are data like documents: one that talks to the assistant is left out, never shown.
        value = str(meta.get(key, "") or "").strip()
        return "" if looks_like_instruction(value) else value

    access = field("access_label")
    if access:
        parts.append(ACCESS_SENTENCES.get(access, f"Toegang is {access}."))
    cost = field("cost")
    if cost:
        parts.append("Er zijn geen kosten." if cost.lower() == "gratis" else f"De kosten: {cost}.")
    hours = field("opening_hours")
    if hours and not SEE_WEBSITE.fullmatch(hours):
        parts.append(f"Open of bereikbaar: {hours}.")
    if address := field("address"):
        parts.append(f"Het adres is {address}.")
    if phone := field("phone"):
        parts.append(f"Telefonisch bereikbaar op {phone}.")
    if email := field("email"):
        parts.append(f"Mailen kan naar {email}.")
    others = [lang.strip() for lang in field("languages").split(",") if lang.strip() and lang.strip() != "Nederlands"]
    if others:
        listed = others[0] if len(others) == 1 else ", ".join(others[:-1]) + " en " + others[-1]
        parts.append(f"Een gesprek kan ook in het {listed}.")
    if website := field("website"):
        parts.append(f"Meer informatie staat op {website}.")
    # Example data is always labelled, in the answer too (blind set 19's judge read three example cards as real).
    parts += ["Let op: dit zijn voorbeeldgegevens, geen echte organisatie."] if meta.get("example") else []
    return " ".join(p if p.endswith((".", "!", "?")) else p + "." for p in parts)
