"""Our own words in English for a reader who asks in English: the sources stay Dutch, what Wegwijs says itself need not.

Blind set 19's judge read three English questions answered wholly in Dutch (a refusal, a service card, a law) as only
partly useful: a parent new to the Netherlands could not read the opening hours or that the service speaks
Ukrainian. The fixed texts (``prompts/en/``, same names as their Dutch originals) and the sentences a service card is
made of (``cards.card_line``) are put in English; quoted source text is never translated, it is what the sources say.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from assistant.text import english_share

# English function words in an English question are 0.3-0.5 of its words, in a Dutch one ~0 (a loanword or two).
ENGLISH_NOTE_SHARE = 0.2

DAYS = {
    "maandag": "Monday", "dinsdag": "Tuesday", "woensdag": "Wednesday", "donderdag": "Thursday",
    "vrijdag": "Friday", "zaterdag": "Saturday", "zondag": "Sunday", "werkdagen": "weekdays", "weekend": "weekend",
    "dag en nacht": "day and night", "ma": "Mon", "di": "Tue", "wo": "Wed", "do": "Thu", "vr": "Fri", "za": "Sat",
    "zo": "Sun", "en": "and", "tot en met": "to", "uur": "", "van": "from", "tot": "to", "t/m": "to",
    "tijdens schooldagen": "on school days",
    "op afspraak": "by appointment", "elke": "every", "eerste": "first", "tweede": "second", "laatste": "last",
    "van de maand": "of the month", "7 dagen per week": "7 days a week", "24 uur per dag": "24 hours a day",
    "schoolvakanties": "school holidays", "behalve": "except", "gesloten": "closed", "inloop": "walk-in",
}  # fmt: skip
LANGUAGES = {
    "Engels": "English", "Arabisch": "Arabic", "Turks": "Turkish", "Pools": "Polish", "Oekraïens": "Ukrainian",
    "Russisch": "Russian", "Tigrinya": "Tigrinya", "Somalisch": "Somali", "Farsi": "Farsi", "Perzisch": "Persian",
    "Dari": "Dari", "Spaans": "Spanish", "Frans": "French", "Duits": "German", "Portugees": "Portuguese",
    "Roemeens": "Romanian", "Bulgaars": "Bulgarian", "Papiaments": "Papiamento", "Berbers": "Berber",
    "Tamazight": "Tamazight", "Koerdisch": "Kurdish", "Chinees": "Chinese", "Gebarentaal": "sign language",
    "Nederlandse Gebarentaal": "Dutch Sign Language", "Fries": "Frisian", "en": "and",
}  # fmt: skip


def _words(table: dict[str, str]) -> Callable[[str], str]:
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + r")\b", re.I)
    return lambda text: re.sub(r"\s{2,}", " ", pattern.sub(lambda m: table.get(m[1].lower(), table.get(m[1], m[1])),
                                                         text)).strip()


_days, _languages = _words(DAYS), _words(LANGUAGES)

# The sentences of a service card (cards.card_line), each with its value.
CARD = [
    (re.compile(r"Let op: dit zijn voorbeeldgegevens, geen echte organisatie\."),
     lambda m: "Note: this is example data, not a real organisation."),
    (re.compile(r"Hiervoor is geen verwijzing nodig\."), lambda m: "No referral is needed."),
    (re.compile(r"Aanmelden gaat via school\."), lambda m: "You sign up through the school."),
    (re.compile(r"Aanmelden gaat via de huisarts of het wijkteam\."),
     lambda m: "You sign up through the family doctor (huisarts) or the local youth and family team (wijkteam)."),
    (re.compile(r"Hiervoor is een beschikking van de gemeente nodig\."),
     lambda m: "You need a decision (beschikking) from the municipality for this."),
    (re.compile(r"Toegang is ([^\n]+?)\.(?= |$|\n)"), lambda m: f"Access is {m[1]}."),
    (re.compile(r"Er zijn geen kosten\."), lambda m: "It is free of charge."),
    (re.compile(r"De kosten: ([^\n]+?)\.(?= |$|\n)"), lambda m: f"The cost is {m[1]}."),
    (re.compile(r"Open of bereikbaar: ([^\n]+?)\.(?= [A-Z]|$|\n)"), lambda m: f"They are open {_days(m[1])}."),
    (re.compile(r"Het adres is ([^\n]+?)\.(?= [A-Z]|$|\n)"), lambda m: f"The address is {m[1]}."),
    (re.compile(r"Telefonisch bereikbaar op ([^\n]+?)\.(?= |$|\n)"), lambda m: f"You can call them on {m[1]}."),
    (re.compile(r"Mailen kan naar (\S+?)\.(?= |$|\n)"), lambda m: f"You can e-mail them at {m[1]}."),
    (re.compile(r"Een gesprek kan ook in het ([^\n]+?)\.(?= |$|\n)"),
     lambda m: f"They can also talk with you in {_languages(m[1])}."),
    (re.compile(r"Meer informatie staat op (\S+?)\.(?= |$|\n)"), lambda m: f"More information is on {m[1]}."),
]  # fmt: skip


def in_another_language(question: str) -> bool:
    """An English question (the language other than Dutch our readers use most) gets our own words in English."""
    return len(question.split()) >= 4 and english_share(question) >= ENGLISH_NOTE_SHARE


@cache
def _prompt_pairs(prompts_dir: Path) -> list[tuple[re.Pattern[str], str]]:
    """Each Dutch fixed text with its English version, placeholders as groups; longest first (a text may hold
    another: the calm crisis line inside "crisis-misschien")."""
    pairs = []
    for english in sorted((prompts_dir / "en").glob("*.md")):
        dutch = (prompts_dir / english.name).read_text(encoding="utf-8").strip()
        target = english.read_text(encoding="utf-8").strip()
        names = re.findall(r"\{(\w+)\}", dutch)
        pattern = re.escape(dutch)
        for name in names:
            pattern = pattern.replace(re.escape("{" + name + "}"), rf"(?P<{name}>[^\n]+?)", 1)
            target = target.replace("{" + name + "}", rf"\g<{name}>")
        pairs.append((re.compile(pattern + (r"(?=\n|$)" if names else "")), target))
    return sorted(pairs, key=lambda p: len(p[0].pattern), reverse=True)


def for_english_reader(text: str, prompts_dir: Path) -> str:
    """The answer with Wegwijs's own words in English; quoted source text as it is."""
    for pattern, target in _prompt_pairs(prompts_dir):
        text = pattern.sub(lambda m, t=target: m.expand(t), text)
    for card_pattern, english in CARD:
        text = card_pattern.sub(english, text)
    return text
