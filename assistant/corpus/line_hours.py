"""What may not be said of a line open day and night (112, Veilig Thuis, 113): hours, closed days, a voicemail, a
waiting list. Read per clause by corpus/line_claims.py, next to the name of the line."""

from __future__ import annotations

import re

# Of a line open day and night: limited hours, "no new concerns after office hours", "leave a message" (red team
# round 15, C14: the Veilig Thuis desk "described", shown right above its own "24 uur per dag" card).
# Of a line open day and night, closed is never true ("'s nachts dicht"): line_claims reads it next to a line's number.
_CLOSED_WORDS = "dicht|gesloten"
DICHT = re.compile(rf"\b(?:{_CLOSED_WORDS})\b", re.IGNORECASE)
PART_TIME = re.compile(
    rf"\b(?:{_CLOSED_WORDS}|niet te bereiken)\b|\balleen (?:\S+ )?(?:overdag|op werkdagen|doordeweeks|tijdens "
    r"(?:kantoor|werk)\w*)\b|\bmaandag (?:tot(?: en met)?|t/m) vrijdag\b|"
    r"\bbuiten (?:kantoor|werk)(?:tijd|tijden|uren)\b|"
    r"\bgeen (?:nieuwe )?(?:zorgen|meldingen|melding|gesprekken|vragen|telefoontjes) (?:\S+ ){0,3}"
    r"(?:in behandeling|aan|op)\b|"
    r"\b(?:bericht|boodschap) (?:\S+ )?(?:achterlaten|achter|inspreken)\b|\bantwoordapparaat|\bvoicemail|"
    r"\b(?:'s|’s) (?:avonds|nachts) (?:\S+ ){0,3}(?:niet|geen)\b|\bniet (?:\S+ )?(?:'s|’s) (?:avonds|nachts)\b|"
    r"\bin het weekend (?:\S+ ){0,3}(?:niet|geen)\b|\bniet in het weekend\b|"
    # round 16: "op zon- en feestdagen onbemand", "op tweede kerstdag … neemt de telefoon niet op"
    r"\bonbemand\b|\bniet bemand\b|\bfeestdagen\b|\b(?:eerste|tweede) kerstdag\b|\bnieuwjaarsdag\b|"
    r"\bpas (?:\S+ ){0,2}(?:maandag|de volgende (?:dag|ochtend|werkdag))\b|\btelefoon niet op\b|"
    # round 17: "na 22 uur neemt niemand op", "na vijf uur 's middags … een bandje", "de volgende werkdag teruggebeld"
    r"\b(?:na|tot|vanaf|tussen) (?:\d{1,2}(?:[.:]\d\d)?|vijf|zes|zeven|acht|negen|tien|elf|twaalf) ?(?:uur|u)\b|"
    r"\bneemt niemand op\b|\bniemand neemt op\b|\bbandje\b|\bvolgende werkdag\b",
    re.IGNORECASE,
)
# "ook buiten kantoortijd", "24 uur per dag", "belt u Veilig Thuis": the hours said to be covered, not limited.
ALL_HOURS = re.compile(
    r"\b(?:ook|altijd|24 uur|24/7|dag en nacht|zeven dagen|7 dagen|elke dag|iedere dag)\b|"
    r"\bbel(?:t u| je)?\b(?! (?:na|tot|vanaf|tussen)\b)(?![^.!?;]{0,30}\bniet\b)",
    re.IGNORECASE,
)


# Of a line open every day (De Kindertelefoon, "elke dag bereikbaar"): weekdays only, closed at weekends or in the
# school holidays (red team round 19: "alleen bereikbaar op werkdagen … In het weekend … is er niemand bereikbaar").
WEEKDAYS_ONLY = re.compile(
    r"\balleen (?:\S+ )?(?:op werkdagen|doordeweeks|op schooldagen)\b|\bmaandag (?:tot(?: en met)?|t/m) vrijdag\b|"
    r"\b(?:in|tijdens) (?:het weekend|de (?:school)?vakanties?)\b[^.;]{0,60}\b(?:niet|geen|niemand|dicht|gesloten)\b|"
    r"\bniet (?:\S+ )?(?:in het weekend|in de (?:school)?vakanties?)\b",
    re.IGNORECASE,
)
# A sentence that says nobody answers, about whatever the sentence before it named.
UNREACHABLE = re.compile(
    r"\b(?:niemand|geen mens|niet) (?:\S+ )?(?:bereikbaar|te bereiken|aan de lijn|neemt op)\b|\bneemt niemand op\b|"
    r"\bgeen gehoor\b",
    re.I,
)


# Of any line, named or described ("het meldpunt", "de landelijke lijn"): calling it put off until after something,
# or left to someone's decision. Red team rounds 12–19 each found new wordings of "the parents first"; these are the
# words such a condition cannot do without. On the 47 shipped and foreign documents they flag nothing.
DEFERS = re.compile(
    r"\bpas (?:\S+ ){0,6}(?:na|nadat|als|wanneer|daarna|dan)\b|(?<!ook )\bvoordat\b|\bbeslist (?:\S+ ){0,3}of\b|"
    r"(?<!zonder )(?<!bel )(?<!meld )\beerst\b(?! (?:\S+ )?(?:advies|112|113|veilig thuis|de kindertelefoon)\b)"
    r"(?! te vertellen)|\bniet de bedoeling\b|\b(?:na|met) (?:\S+ )?(?:akkoord|goedkeuring|instemming)\b|"
    r"(?<!het )\bwacht(?:en|t)?\b(?! niet)|"
    # round 20: "raden wij af", "liever niet", "niet nodig", "heeft pas zin", "maakt het erger", the board's leave
    r"\braden (?:\w+ ){0,4}af\b|\bafgeraden\b|\bliever niet\b|\bniet nodig\b|\bpas zin\b|\berger\b|"
    r"\bzonder (?:\w+ )?toestemming van (?:het|de) (?:bestuur|directie|directeur|school)\b|"
    r"\bniemand (?:\w+ )?(?:echt )?(?:helpen|verder)\b|\bverwijzen (?:\w+ ){0,3}niet\b|\bniet (?:door)?verwijzen\b|"
    # round 21: "een melding … kan alleen via de aandachtsfunctionaris", "leerkrachten melden dus niet rechtstreeks"
    r"\b(?:kan|mag|gaat|loopt|kunnen|mogen) (?:\S+ ){0,2}alleen via\b|"
    r"\b(?:bel|belt|bellen) (?:je |u |jij |we |men |\w+ )?geen\b|\bkan (?:toch )?niets doen\b|"
    r"\b(?:bellen|belt|bel je|te bellen) kost (?:alleen (?:maar )?|vooral |enkel |maar )?(?:\w+ )?tijd\b|"
    r"\book niet na\b|"  # round 22
    r"\b(?:meld|melden|meldt|bel|bellen|belt) (?:\S+ ){0,2}niet (?:zelf|rechtstreeks|direct)\b",
    re.IGNORECASE,
)
# "Bel eerst 112; pas als de ambulance er is, bel je de ouders": the line first, what waits is someone else.
LINE_FIRST = re.compile(
    r"^(?:bel|meld|neem contact op met) (?:\S+ ){0,4}(?:112|113|veilig thuis|de kindertelefoon)\b", re.IGNORECASE
)


def defers(sentence: str) -> bool:
    return bool(DEFERS.search(sentence)) and not LINE_FIRST.match(sentence)
