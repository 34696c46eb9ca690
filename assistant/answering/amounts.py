"""What amount a question asks for ("hoeveel uur", "wat kost", "hoe lang"), and whether a sentence states it.

An extractive answer to "hoeveel uur mag ik werken als ik 15 ben?" built from the two best passages reads as an
answer even when no source names a number of hours: the reader then takes a sentence about absence hours for the
rule. A question that asks for an amount is answered only when a source states one of the kind asked; otherwise it
is refused like any question the sources do not cover. Measured on the question sets (2026-12-03), see README.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_NUMBER_WORDS = (
    r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|"
    r"achttien|twintig|dertig|veertig|vijftig|zestig|honderd|duizend|anderhalf|half|halve"
)
# "een" counts in a duration ("een jaar") but not in a count: "een paar uur" names no number.
COUNT_NUMBER = rf"(?:\d+(?:[.,]\d+)?|{_NUMBER_WORDS})"
DURATION_NUMBER = rf"(?:\d+(?:[.,]\d+)?|een|één|{_NUMBER_WORDS})"
_UNITS = (
    r"(?:(?:werk|school|kalender|les)?dag(?:en)?|(?:les|school)?we(?:e)?k(?:en)?|maand(?:en)?|jaar|jaren|uur|uren|"
    r"minuten|kwartaal)"
)
_MONTHS = r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"

MONEY = re.compile(
    r"€|\beuro\b|\bgratis\b|\bkosteloos\b|\bkost (?:niets|niks)\b|\bgeen kosten\b|\bvergoed\w*\b|\beigen bijdrage\b|"
    r"\bkosten\b|\btarief\b|\bbedrag\w*\b",
    re.IGNORECASE,
)
DURATION = re.compile(
    rf"\b{DURATION_NUMBER} (?:\w+ )?{_UNITS}\b|\btot (?:het|de|hij|zij|ze|uw|je) \w+|\b\d{{1,2}} (?:{_MONTHS})\b",
    re.IGNORECASE,
)

ASK_MONEY = re.compile(
    r"\b(?:wat kost\w*|hoeveel (?:kost\w*|geld|euro|subsidie|kinderbijslag|toeslag\w*|salaris|loon|verdien\w*|"
    r"betaal\w*|(?:mag|moet|moeten) (?:\w+ ){0,3}(?:vragen|betalen|rekenen))|hoe hoog (?:is|zijn) (?:de|het) "
    r"(?:\w+ )?(?:boete|bedrag|bijdrage|kosten|tarief|vergoeding|fees?)|hoe duur|wat verdien\w*|how much (?:does|do) "
    r"\w+ cost|what does \w+ cost)\b",
    re.IGNORECASE,
)
ASK_DURATION = re.compile(
    r"\b(?:hoe ?lang|hoeveel tijd|binnen hoeveel|how long|hoeveel (?:dagen|weken|maanden|jaar|jaren)(?! per))\b",
    re.IGNORECASE,
)
ASK_COUNT = re.compile(r"\b(?:hoeveel|hoe veel|how many)\s+((?:[\w-]+ ){0,2}?)([\w-]+)", re.IGNORECASE)

# Words after "hoeveel" that are not what is counted ("hoeveel mag …", "hoeveel moeten ze me betalen").
_NOT_NOUNS = frozenset(
    re.split(
        r"\s+",
        "mag mogen moet moeten kan kunnen krijg krijgt krijgen is zijn heeft hebben wordt worden gaat gaan zit zitten "
        "kost kosten verdient verdien betaal betaalt ik je jij u we wij ze zij hij er de het een extra meer minder "
        "ongeveer precies minimaal maximaal gemiddeld",
    )
)
# Plurals that are not the singular plus a suffix.
_IRREGULAR = {"uur": "uren", "lid": "leden", "kind": "kinderen", "dag": "dagen", "stad": "steden"}


class Amount(NamedTuple):
    kind: str  # "money", "duration" or "count"
    noun: str | None = None  # what is counted ("uur", "leden"); None: any number


def asked_amounts(question: str) -> list[Amount]:
    """The amounts the question asks for, each once; [] when it asks for none."""
    found: list[Amount] = []
    if ASK_MONEY.search(question):
        # "hoeveel euro per leerling krijgt …?" asks for a sum, which "gratis" or "de kosten" do not give (blind set 14)
        found.append(Amount("money", SUM if ASK_SUM.search(question) and not asks_cost(question) else None))
    if ASK_DURATION.search(question):
        # "hoe lang is de wachtlijst?": a term of something else ("de hulp duurt een paar maanden") is no answer
        found.append(Amount("duration", WAIT if WAITING.search(question) else None))
    taken = [m.span() for rx in (ASK_MONEY, ASK_DURATION) for m in rx.finditer(question)]
    for match in ASK_COUNT.finditer(question):
        if any(start <= match.start() < end for start, end in taken):
            continue
        words = [w.lower() for w in (match.group(1) + match.group(2)).split()]
        nouns = [w for w in words if w not in _NOT_NOUNS]
        amount = Amount("count", nouns[-1] if nouns and words[0] not in _NOT_NOUNS else None)
        if amount not in found:
            found.append(amount)
    return found


def asking_words(question: str) -> str:
    """The words that ask for the amount ("hoeveel uur", "wat kost"): not what the question is about."""
    found = [m.group(0) for rx in (ASK_MONEY, ASK_DURATION, ASK_COUNT) for m in rx.finditer(question)]
    return " ".join(found)


def _forms(noun: str) -> str:
    """A pattern for the noun and its plural or singular ("uur"/"uren", "leden"/"lid", "weken"/"week")."""
    forms = {noun}
    for singular, plural in _IRREGULAR.items():
        if noun in (singular, plural):
            forms |= {singular, plural}
    stem = re.sub(r"(?:en|s|e)$", "", noun) if len(noun) > 4 else noun
    return rf"(?:{'|'.join(re.escape(f) for f in sorted(forms))}|{re.escape(stem)}\w*)"


SUM, WAIT = "bedrag", "wachttijd"  # the nouns of a sum of money and of a waiting time
ASK_SUM = re.compile(r"\bhoeveel (?:geld|euro|subsidie|budget)|\bhoe hoog (?:is|zijn)\b|\bwelk bedrag\b", re.I)
A_SUM = re.compile(r"€\s?\d|\b\d[\d.,]*\s*(?:euro|€|miljoen|miljard)", re.IGNORECASE)
WAITING = re.compile(r"\bwacht(?:lijst|tijd|en)\w*", re.IGNORECASE)


def states_amount(amount: Amount, sentence: str) -> bool:
    """Whether the sentence states an amount of the kind asked: a sum (or "gratis" for a cost), a term (of waiting,
    when that is asked), or a number of the thing counted ("zestien uren", "ten minste drie leden")."""
    if amount.kind == "money":
        return bool(A_SUM.search(sentence) if amount.noun == SUM else MONEY.search(sentence))
    if amount.kind == "duration":
        return bool(DURATION.search(sentence)) and (amount.noun != WAIT or bool(WAITING.search(sentence)))
    if amount.noun is None:
        return bool(re.search(rf"\b{COUNT_NUMBER}\b", sentence, re.IGNORECASE))
    return bool(re.search(rf"\b{COUNT_NUMBER}\s+(?:[\w-]+ ){{0,2}}{_forms(amount.noun)}\b", sentence, re.IGNORECASE))


def states_any(amounts: list[Amount], sentence: str) -> int:
    """How many of the asked amounts the sentence states."""
    return sum(states_amount(a, sentence) for a in amounts)


PAYS = re.compile(r"\b(?:kost\w*|betal\w*|gratis|eigen bijdrage|prijs|tarie\w*|duur|cost\w*|pay|fee\w*|free)\b", re.I)


def asks_cost(question: str) -> bool:
    """Whether the question asks what something costs, not an amount one receives ("hoeveel pgb krijg ik?")."""
    return bool(PAYS.search(question))
