"""Questions Wegwijs does not answer by their nature: a prediction, an opinion or a ranking.

"denk jij dat hij later havo gaat halen?", "wat vindt u van de bezuinigingen?", "welke basisschool in Deurne is de
beste?": the sources state rules, routes and services, never who will succeed or what is best. Such questions got
the nearest passage as if it answered them (blind set 3: a prediction answered with enrolment text). The 18
questions of the eval sets and blind sets 1-3 that match these patterns are all outside the sources; of blind set 4,
written to test them, 8 of 10 opinions match and none of its 15 ordinary "beste"/"denk je" questions (2026-12-03)."""

from __future__ import annotations

import re

_NOT_A_RANKING = r"(?! (?:manier|aanpak|moment|tijd|stap|bereikbaar|te bereiken|geschikt|passend))"

OPINION = re.compile(
    # a prediction about one's own case
    r"\bdenk(?:t)? (?:je|jij|u|jullie) dat\b.{0,80}?\b(?:gaat|gaan|zal|zullen|wordt|worden|haalt|halen|lukt|slaagt|"
    r"toekent|toekennen)\b|\bverwacht(?:en)? (?:je|jij|u|jullie) dat\b"
    # an opinion
    r"|\bwat (?:vind|vindt|vinden) (?:je|jij|u|jullie) (?:van|ervan)\b|\bis dat volgens (?:u|jou|jullie)\b"
    r"|\b(?:vind|vindt) (?:je|jij|u|jullie) (?:het|dat|dit) (?:terecht|eerlijk|goed|normaal|redelijk)\b"
    r"|\bhoe groot is de kans\b|\b(?:is|zijn) (?:[\w-]+ ){1,4}of (?:[\w-]+ ){1,4}beter\b|\bwhich\b.{0,60}\bbetter\b"
    # a ranking ("welke school is de beste", "beste basisschool in Tiel?"), not a way to go ("de beste manier")
    r"|\b(?:welke?|wat is de|wie is de|wat zijn de) (?:[\w-]+ ){0,5}?(?:is|zijn|werkt|werken|heeft|hebben) "
    r"(?:het |de )?(?:beste|best|goedkoopste?|leukste|hoogste)\b" + _NOT_A_RANKING + r"|\b(?:wat|wie) is de "
    r"(?:beste|goedkoopste|leukste) (?!manier|aanpak|moment|tijd|stap)\w+|^beste [\w-]+ (?:in|bij|voor)\b"
    r"|\bbest (?:[\w-]+ )?(?:school|schools)\b|\bbest [\w-]+ near\b|\bwhich\b.{0,90}\bbest\b",
    re.IGNORECASE,
)


def asks_opinion(question: str) -> bool:
    """Whether the question asks for a prediction, an opinion or a ranking rather than what the sources say."""
    return bool(OPINION.search(question.strip()))
