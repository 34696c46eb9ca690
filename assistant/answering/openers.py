"""A greeting, a thank-you or a bare call for help is not a question the sources answer: it gets a short reply of
its own instead of "Dit staat niet in de bronnen" and a list of desks.

"help me" with nothing else may come from someone in trouble who does not know what to write: the reply asks what it
is about and, calmly, names 112 for danger now and the lines to talk to (prompts/weigering-hulpvraag.md). A message
the crisis screen flags never gets here: its help comes first.
"""

from __future__ import annotations

import re

from assistant.text import has_symbol

GREETING = "begroeting"
THANKS = "bedankt"
HELP = "hulpvraag"
INTRO = "introductie"
KINDS = (GREETING, THANKS, HELP, INTRO)

_WHO = r"(?: (?:wegwijs|daar|allemaal|iedereen|jullie|there|team))?"
_OPENERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        GREETING,
        re.compile(
            rf"^(?:hallo|hoi|hey|hi|hello|dag|goedemorgen|goedemiddag|goedenavond|goeiedag|test|testen|"
            rf"good (?:morning|afternoon|evening)){_WHO}$"
        ),
    ),
    (
        THANKS,
        re.compile(
            rf"^(?:(?:heel )?(?:erg )?bedankt|dank (?:je|u)(?: wel)?|dankjewel|dankuwel|thanks|thank you|merci|top|"
            rf"prima|ok|oke|oké|super|fijn|duidelijk|doei|tot ziens|groetjes|bye){_WHO}$"
        ),
    ),
    (
        HELP,
        re.compile(
            r"^(?:help|hulp|sos|help (?:me|mij|ons)|hulp nodig|ik heb (?:hulp|help) nodig|ik wil hulp|ik zoek hulp|"
            r"(?:kan|kun|kunt|wil) (?:iemand|je|jij|u) (?:me|mij|ons) (?:helpen|help)|wie kan (?:me|mij|ons) helpen|"
            r"ik weet het niet meer|i need help|please help(?: me)?|help me please)$"
        ),
    ),
)


def _plain(text: str) -> str:
    low = re.sub(r"[^\w\s]|_", " ", text.lower().replace("\U0001f198", " sos "))  # "🆘"
    low = re.sub(r"(\w)\1{2,}", r"\1", low)  # "helppp", "hallooo"
    return " ".join(low.split())


def opener(text: str) -> str | None:
    """The kind of a message that only greets, thanks or calls for help, else None. Symbols alone ("🌉⬇️🌊",
    "🔥🏠👶", red team round 8) get the help reply with 112, the Kindertelefoon and 113, not an empty-question error."""
    if not re.search(r"[^\W\d_]", text) and has_symbol(text):
        return HELP
    plain = _plain(text)
    for kind, pattern in _OPENERS:
        if pattern.match(plain) or pattern.match(plain.rstrip("p")):
            return kind
    if _INTRO.match(plain) and len(plain.split()) <= 12 and not _ASKS.search(plain):
        return INTRO
    return None


# Who the writer is, and nothing asked (red team round 16: "ik ben juf in groep 3" was answered with whatever
# passage came closest): the reply asks what they want to know.
_INTRO = re.compile(
    r"^(?:(?:hallo|hoi|hey|hi|goedemorgen|goedemiddag|goedenavond|dag)\s+)?(?:ik ben|wij zijn|ik werk als|ik werk "
    r"(?:op|bij|in))\s+\S+"
)
_ASKS = re.compile(
    r"\b(?:wat|hoe|waar|wie|wanneer|waarom|welke|mag|mogen|kan|kun|kunt|moet|moeten|wil|vraag|niet|geen|gepest|"
    r"bang|zorgen|probleem|help|hulp|nodig|autisme|adhd|add|dyslexie|tlv|opp|angst\w*|ruzie|geslagen|thuiszit\w*|"
    r"diagnose|pesten|verwijderd|geschorst)\b"
)
