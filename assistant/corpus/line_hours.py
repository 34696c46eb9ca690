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
