"""Everyday idioms with crisis words in them that fresh set K and red team round 15 found alarming: blanked out
before any rule runs, with the older ones in safety/crisis_words.py's HARMLESS."""

from __future__ import annotations

IDIOMS: tuple[str, ...] = (
    # set K: "schiet ik mezelf in de voet", "hij jaagt me de dood in", "de sla" (lettuce), blood clotting in biology
    r"\b(?:schiet|schieten|schoot) (?:\w+ )?(?:mezelf|zichzelf|jezelf|onszelf|ons|me|zich) (?:\w+ )?in de voet\b|"
    r"\bde dood in (?:jagen|jaag|jaagt|gejaagd)\b|\bjaagt? (?:\w+ ){0,2}de dood in\b|\bde sla\b|"
    # round 15: a farewell card for a teacher who retires
    r"\bafscheids?(?:brie\w*|kaart\w*|cadeau\w*) (?:\w+ ){0,3}(?:voor|aan) (?:de|mijn|onze|ons|haar|zijn) "
    r"(?:juf|meester|mentor|leraar|lerares|docent|collega|klas|buurvrouw|buurman)\b|"
    r"\bbloed (?:\w+ )?(?:stolt|stolling)[^.?!]*|\bbloedstolling\b[^.?!]*|\b(?:tablet|tabletten|repen|reep) "
    r"(?:chocola\w*|kauwgom|pepermunt\w*|druivensuiker)\b",
    r"\b(?:bloedde|bloedt) (?:\w+ )?een beetje\b[^.?!]{0,60}\bpleister\w*|\bik ga dood als (?:hij|ze|zij) (?:me|mij) "
    r"(?:\w+ ){0,2}(?:vraagt|uitnodigt|aankijkt|appt)\b",
)
