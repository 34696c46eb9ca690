"""Short follow-ups ("en voor een kind van 14?", "en in Helmond?") read together with the previous question."""

from __future__ import annotations

import re

from assistant.text import WORD

# Words that make a message a full question of its own; without any of them a short message is a follow-up.
VERB_LIKE = {
    "is", "zijn", "ben", "bent", "was", "waren", "wordt", "worden", "werd", "kan", "kun", "kunt", "kunnen",
    "mag", "mogen", "moet", "moeten", "wil", "wilt", "willen", "zal", "zou", "zullen", "heb", "hebt", "heeft",
    "hebben", "had", "doe", "doet", "doen", "krijg", "krijgt", "krijgen", "ga", "gaat", "gaan", "vraag",
    "vraagt", "aanvragen", "duurt", "duren", "werkt", "werken", "betaal", "betaalt", "betalen", "bel", "bellen",
    "meld", "melden", "deel", "delen", "zit", "zitten", "help", "helpt", "helpen", "weet", "weten", "zoek",
    "zoekt", "zoeken", "beslist", "beslissen", "geeft", "geven", "kost", "kosten", "staat", "staan", "komt",
    "komen", "maak", "maakt", "are", "can", "do", "does", "have", "has", "should", "must", "need",
}  # fmt: skip


FOLLOW_UP_STARTS = ("en ", "and ", "maar ", "ook ", "en,", "en?")
# Openers and thanks start or end a conversation; they are never read together with the previous question.
GREETINGS = {
    "hallo", "hoi", "hey", "hi", "hello", "dag", "goedemorgen", "goedemiddag", "goedenavond", "test", "testen",
    "bedankt", "dank", "dankjewel", "dankuwel", "thanks", "ok", "oke", "oké", "top", "prima", "doei", "groetjes",
}  # fmt: skip


def is_follow_up(text: str) -> bool:
    """'en voor een kind van 14?', 'en in Helmond?': short or starting with 'en', and no verb of its own."""
    low = " ".join(text.lower().split())
    words = WORD.findall(low)
    if words and all(w in GREETINGS or w in {"je", "jij", "u", "wel", "well", "wegwijs", "daar"} for w in words):
        return False
    if low.startswith(FOLLOW_UP_STARTS):
        return True
    words = WORD.findall(low)
    return 0 < len(words) < 6 and not any(w in VERB_LIKE for w in words)


def with_context(text: str, previous: str | None) -> str:
    """The question to retrieve with: a follow-up is read together with the previous question."""
    if not previous or not is_follow_up(text):
        return text
    rest = re.sub(r"^(en|and|maar|ook)\b[\s,]*", "", text.strip(), flags=re.IGNORECASE)
    return f"{previous.rstrip().rstrip('?.!').rstrip()} {rest}".strip()
