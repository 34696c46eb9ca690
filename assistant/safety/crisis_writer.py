"""Who is writing: a child (the Kindertelefoon first), clearly an adult (never addressed as a child), or unknown.

Read on normalised text; safety/crisis.py and the net by meaning (safety/crisis_net.py) both ask."""

from __future__ import annotations

import re

from assistant.safety.crisis_words import _HIT_ACTIVE, _PARENTS, CHILD, HARMLESS, MAYBE_YOUNG, _rx, normalise

# "ik ben 14", "ik ben pas 12", "i'm 15": the writer's own age (not "ik ben 3 weken", "ik ben 20 jaar leerkracht").
CHILD_AGE = re.compile(
    r"\b(?:ik ben|ik bin|ik bun|ben|i'm|i am|im) (?:(?:pas|net|bijna|zelf|nog|maar) ){0,2}"
    r"(?:een (?:meisje|jongen|kind) van |"
    r"a (?:girl|boy|kid) of )?"
    r"(\d{1,2})\b(?! (?:weken|maanden|kilo|kg|cm|keer|x|uur|minuten|jaar (?:geleden|terug|lang|getrouwd|samen|"
    r"moeder|vader|leerkracht|werkzaam|docent|juf|meester|ib'er))\b)"
)


CHILD_SIGNS = _rx(
    rf"\b(?:mijn|my) {_PARENTS} (?:\w+ ){{0,5}}(?:{_HIT_ACTIVE}|zit aan|doet "
    rf"dingen met|beats|hits|hurts|abuses|touches|kicks|slaps|locks) (?:\w+ ){{0,2}}(?:mij|me|ons|us)\b",
    rf"\bmijn (?:mama|papa|ouders) (?:\w+ ){{0,5}}(?:{_HIT_ACTIVE}) (?:\w+ ){{0,2}}(?:ons|mij|me)\b",
    r"\bik zit in (?:groep \d|de brugklas|klas \d|de \d\w* klas|(?:havo|vwo|vmbo|mavo) ?\d)",
    r"\bi'?m in (?:grade|year) \d",
    r"\bik ben (?:een |nog een )?(?:kind|meisje|jongen|tiener|puber)\b|\bmijn (?:juf|meester|mentor)\b",
    # "zit in groep 6 en …" without "ik" (chat style), but not "mijn zoon zit in groep 5": someone else's class.
    r"\b(?:ik )?(?<!zoon )(?<!dochter )(?<!kind )(?<!kindje )(?<!hij )(?<!zij )(?<!ze )(?<!die )(?<!leerling )"
    r"(?<!broer )(?<!zus )(?<!broertje )(?<!zusje )(?<!\d en )zit in (?:groep \d|de brugklas|klas \d)",
    r"\bpapa (?:\w+ ){0,3}mama\b|\bmama (?:\w+ ){0,3}papa\b|\b(?:door|van) (?:papa|mama)\b.*\b(?:mij|me|ik)\b|"
    r"\b(?:mij|me|ik)\b.*\b(?:door|van) (?:papa|mama)\b",
    rf"\b(?:mijn|my) {_PARENTS} (?:\w+ ){{0,3}}{_HIT_ACTIVE} (?:\w+ ){{0,2}}(?:mijn|my) (?:moeder|mama|vader|papa|"
    r"mom|dad|mother|father)\b",
    r"\b(?:mijn|my) (?:papa|mama|stiefvader|stiefmoeder|dad|mom|stepdad) (?:\w+ ){0,6}(?:mij|me)\b.*\b(?:durf|"
    r"bang|scared)\b",
)


# A writer who speaks of their own parents, school or friends in young language: probably a child or teenager.
YOUNG_WRITER = re.compile(
    r"\b(?:mijn|mien|my) (?:papa|mama|pa|ma|pap|mam|vader|moeder|stiefvader|stiefmoeder|stiefpapa|stiefmama|ouders|"
    r"broers?|mentor|klas|school)\b|\b(?:gwn|bro|mijn klas|iedereen in mijn klas)\b|\b(?:wij zitten|ik zit) in "
    r"(?:groep|de brugklas|klas|de \d|\d ?(?:havo|vwo|vmbo|mavo|gym)|havo|vwo|vmbo|mavo|de onderbouw|de bovenbouw)|"
    r"\bons (?:moeder|vader|ma|pa|mam|pap)\b|"
    r"\b(?:school|klas|vwo|havo|vmbo|toetsweek|proefwerk\w*|huiswerk)\b.*\b(?:ik|me|mij)\b|"
    r"\b(?:ik|me|mij)\b.*\bgroep [1-8]\b|"
    r"\bgroep [1-8]\b.*\b(?:ik|me|mij)\b|"
    r"\b(?:bij|van|aan|tegen|naar) (?:juf|meester)\b|\bmijn (?:broertje|zusje|opa|oma)\b|"
    r"(?<!mijn )(?<!je )(?<!jouw )(?<!zijn )(?<!haar )(?<!hun )(?<!onze )(?<!de )(?<!als )\b(?:papa|mama)\b|"
    r"\bmy (?:mom|mum|dad|parents)\b|\bat school\b|\bmijn klasgeno\w+|"
    # set O: "als ik iets vertel … moet de juf dat dan aan iemand anders zeggen?"
    r"\b(?:moet|mag) (?:de|mijn|onze) (?:juf|meester) (?:dat|het) (?:\w+ ){0,2}(?:aan iemand|doorvertellen|"
    r"vertellen|zeggen)\b"
)


# Teen words ("boeit niet", "alles is kut"), read before chat spellings are unified.
YOUNG_WORDS = re.compile(r"\b(?:boeit|boeien|kut|gwn|idk|wtf|egt|ff|ofzo|sws|omg|like|lowkey|op snap|snapchat)\b")


# A writer who is clearly an adult: a parent of the child, a partner, someone at work.
# Who works with children: "ik ben jeugdhulpverlener en begeleid een jongen van 14" is not a child writing.
_PROFESSIONS = (
    r"leerkracht|ib'?er|mentor|juf|meester|docent|intern begeleider|\w*hulpverlener|jeugdprofessional|\w*begeleider|"
    r"gezinscoach|\w*consulent|schoolmaatschappelijk werker|smw'?er|zorgco[oö]rdinator|jeugdarts|"
    r"\w*verpleegkundige|orthopedagoog|psycholoog|leerplichtambtenaar|wijkteammedewerker|pedagogisch medewerker"
)
ADULT_WRITER = re.compile(
    r"\b(?:mijn|onze|mien) (?:zoon|dochter|kind|kinderen|kids|kindje|baby|kleinzoon|kleindochter|neefje|nichtje|"
    r"man|vrouw|partner|leerling|leerlingen|client|pupil|jong|oudste|jongste|zoontje|dochtertje|tiener|puber|"
    r"peuter|kleuter|\d{1,2} ?-?jarige)\b|\bons (?:kind|kindje|zoontje|dochtertje)\b|"
    r"\b(?:ons|onze) [a-z]+ \(\d{1,2}\)|"  # "ons Lieke (9)": a parent, in Brabant and Limburg
    rf"\bik ben (?:de |een )?(?:vader|moeder|opa|oma|mama|papa|{_PROFESSIONS}|vrijwilliger|\d{{2,}})\b|"
    r"\b(?:ik werk|hier:|ik begeleid|collega)\b|\b(?:met|aan|tegen|bij|door) de ouders\b(?! van)|"
    rf"\bals (?:{_PROFESSIONS}|ouder|moeder|vader)\b|"
    r"\b(?:de|een|mijn) leerling\b|"
    # set O: an English-speaking parent ("our son is in groep 8", "my 17 year old son"), a separated parent
    r"\b(?:my|our) (?:\d{1,2}[- ]?(?:year[- ]old|yo) )?(?:son|daughter|kids?|children|child|baby|husband|wife|"
    r"partner|pupils?|students?|grandson|granddaughter|toddler|stepson|stepdaughter)\b|"
    r"\bi(?:'m| am) (?:a |the |his |her )?(?:teacher|mother|father|mom|mum|dad|parent|social worker|youth worker)\b|"
    r"\bmijn (?:ex-?man|ex-?vrouw|ex-?partner|schoonmoeder|schoonvader|werkgever|baas)\b|\bouderschapsplan\b|"
    r"\bomgangsregeling\b|\b(?:als|wanneer) (?:je|jouw|uw) (?:kind|zoon|dochter)\b"  # set Q: a parent's "als je kind"
)


# A teacher reporting what a child said, in a child's words ("papa", "mama"): never addressed as a child.
TEACHER_WRITER = re.compile(
    r"\b(?:een|het|dat) (?:kind|kindje|meisje|jongetje) (?:in|uit) (?:mijn|onze) (?:klas|groep)\b|"
    rf"\b(?:mijn|een|de) leerling(?:en)?\b|\bik ben (?:de |een )?(?:{_PROFESSIONS})\b|"
    r"\blln?\b (?:\w+ )?(?:zegt|vertelt|vertelde|zei|wil|is|heeft|kwam|durft)\b"  # "ll zegt": a teacher's shorthand
)


# "ik ben lisa 11 jaar": a first name between "ik ben" and the age.
CHILD_AGE_NAMED = re.compile(
    r"\bik ben [a-z]+ (\d{1,2}) ?(?:jaar|jr)\b|\bik \((?:[a-z]+, ?)?(\d{1,2})\)|"  # "ik (mark, 41)"
    # Polish "mam 13 lat", Turkish "12 yaşındayım", Arabic "عمري ١٤ سنة" (digits made ASCII by normalise), English
    r"\bmam (\d{1,2}) lat\b|\b(\d{1,2}) ya[sş][iı]nda(?:y[iı]m)?\b|عمري (\d{1,2})|\bi'?m (\d{1,2}) years old\b|"
    r"\bi(?:'?m| am) an? (\d{1,2})[ -]years?[ -]old\b"
)


def _child_writer(norm: str, raw: str = "") -> bool:
    """``raw``: the lowercased message before chat spellings were unified ("egt", "ff")."""
    age = stated_age(norm)
    if age is not None and 6 <= age <= 17:
        return True
    if age is not None and age >= 18:  # "ik ben zelf 19": an adult, also when they write about their father
        return False
    if TEACHER_WRITER.search(norm):  # "een kind in mijn klas zegt dat papa mama pijn doet": a teacher reports
        return False
    if CHILD_SIGNS.search(norm):
        return True
    young = YOUNG_WRITER.search(norm) or YOUNG_WORDS.search(raw or norm)
    return bool(young) and not ADULT_WRITER.search(norm)


# A quotation ('...' or "..."), not the apostrophes of "I'm ... he'll" or "zo'n ... m'n".
QUOTED = re.compile(r"(?<![\w'])'[^']{1,80}'(?![\w'])|\"[^\"]{1,80}\"")


def child_writer(text: str) -> bool:
    """Whether the writer is probably a child: an age, school words, young language, a parent who hurts "me"."""
    norm = _PAST_AGE.sub(" ~ ", QUOTED.sub(" ~ ", HARMLESS.sub(" ~ ", normalise(text))))
    return _child_writer(norm, text.lower())


# An adult's own childhood ("toen ik 10 was", red team round 19) is no age of the writer now.
_PAST_AGE = re.compile(r"\btoen (?:ik|wij|we) (?:\w+ ){0,2}\d{1,2}(?: jaar)? (?:was|waren|oud was)\b")


def clearly_adult(norm: str) -> bool:
    """A parent of the child, a partner, a professional, a neighbour or a stated age of 18 or more."""
    age = stated_age(norm)
    return bool(ADULT_WRITER.search(norm) or NEIGHBOUR_WRITER.search(norm) or (age is not None and age >= 18))


def stated_age(norm: str) -> int | None:
    """The writer's own age ("ik ben 14", "ik ben lisa 11 jaar", "ik (20)"), or None."""
    found = CHILD_AGE.search(norm) or CHILD_AGE_NAMED.search(norm)
    return next((int(g) for g in found.groups() if g), None) if found else None


# "buurman hier", "ik ben de buurvrouw": a neighbour writes, an adult.
NEIGHBOUR_WRITER = re.compile(r"\b(?:buurman|buurvrouw|buren) hier\b|\bik ben (?:de |een )?(?:buurman|buurvrouw)\b")


def writer_signal(text: str) -> str | None:
    """CHILD for a child writer, MAYBE_YOUNG when nothing marks the writer as an adult, None for a clear adult: one
    rule for the patterns and the net by meaning."""
    if child_writer(text):
        return CHILD
    return None if clearly_adult(normalise(text)) else MAYBE_YOUNG
