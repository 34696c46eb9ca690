"""A sentence's age rule read as a claim (ages from, to, who decides) and compared with the law's table.

The consent ages are protected facts. For care (jeugdhulp, treatment: WGBO art. 7:447 and 7:450 BW, Jeugdwet art.
7.3.4): below 12 the parents decide, from 12 to 16 the child and the parents, from 16 the young person. For personal
data (photos, the file: UAVG art. 5): below 16 the parents, from 16 the young person.

corpus/age_claims.py refuses wordings that red teams found, one at a time; each round moved the age in new words
("Zolang een kind minderjarig is, beslissen alleen de ouders", "Bij kinderen tot 14 jaar beslissen de ouders; vanaf
14 jaar beslist de jongere, met de ouders als adviseurs", round 19). Here the sentence is read as what it claims: an
age range (tot, onder, vanaf, van X of Y, zolang minderjarig) and a decider (the parents alone, the parents needed,
the child), and any age of the range where the law says otherwise is a conflict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PARENTS, BOTH, CHILD = "ouders", "samen", "kind"
PARENTS_NEEDED = "ouders-nodig"  # the parents must sign: true below 16 (data) or below 16 together (care)

_CARE = re.compile(
    r"\b(?:jeugdhulp|\w*hulp|behandel\w*|therapie|\w*zorg|huisarts|psycholoog|ggz|begeleiding|"
    r"\w*maatschappelijk\w* werk)\b",
    re.I,
)
_DATA = re.compile(r"\b(?:gegevens|foto\w*|video\w*|beeld\w*|privacy|avg|dossier|inzage|delen|social media)\b", re.I)
_EXCEPTION = re.compile(
    r"\b(?:tenzij|uitzondering\w*|ernstig\w* nadeel|zwaarwegend|wilsonbekwaam|niet in staat|gezag\w* (?:heeft|hebben) "
    r"(?:niet|geen))\b",
    re.I,
)

_N = r"(\d{1,2})"
_RANGES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\bvan\s+{_N}\s*(?:tot\s+en\s+met|t/m|-|–)\s*{_N}\b", re.I), "incl"),
    (re.compile(rf"\bvan\s+{_N}\s*(?:tot|en|of)\s*{_N}\b", re.I), "pair"),
    # red team round 25: "een jongere van 12, 13, 14 of 15 jaar tekent zelf", "voor 12- tot 16-jarigen volstaat …"
    (re.compile(rf"\bvan\s+{_N}(?:\s*,\s*\d{{1,2}})+\s*,?\s*(?:en|of)\s+{_N}\b", re.I), "incl"),
    (re.compile(rf"\b{_N}-?\s*(?:tot|-|–)\s*{_N}-?jarig\w*", re.I), "pair"),
    (re.compile(rf"\b(?:jongere|kind|leerling|tiener|zoon|dochter)\s+van\s+{_N}\b(?!\s*(?:tot|of|en|-|t/m))", re.I),
     "one"),
    (re.compile(rf"\b(?:tot|onder|jonger\s+dan|beneden)\s+(?:de\s+leeftijd\s+van\s+|het\s+)?{_N}(?:e|de)?\b", re.I),
     "to"),
    (re.compile(rf"\b(?:vanaf|van)\s+{_N}\s*(?:jaar\s+)?(?:en|of)\s+ouder\b", re.I), "from"),
    (re.compile(rf"\b(?:vanaf|met|op|bij)\s+{_N}\b(?!\s*(?:%|euro|weken|dagen|uur|maanden))", re.I), "from"),
    (re.compile(rf"\b(?:boven|ouder\s+dan)\s+(?:de\s+)?{_N}\b", re.I), "above"),
    (re.compile(r"\b(?:zolang\s+(?:een|het|je)\s+\w+\s+(?:nog\s+)?(?:niet\s+meerderjarig|minderjarig)|"
                r"minderjarige?n?|tot\s+(?:de\s+|het\s+)?(?:meerderjarig\w*|achttiende|18e|18de))\b", re.I), "minor"),
    (re.compile(rf"\b{_N}-?\s+(?:en|of)\s+{_N}-?jarig\w*", re.I), "pair"),  # "zestien- en zeventienjarigen"
    (re.compile(rf"\b{_N}-?jarig\w*", re.I), "one"),  # "een dertienjarige"
    (re.compile(rf"\bzodra\s+(?:een|het|je|de)\s+\w+\s+{_N}\s+(?:jaar\s+)?(?:wordt|is)\b", re.I), "from"),
)  # fmt: skip

_PARENTS_ONLY = re.compile(
    # round 25: "de handtekening van één ouder is voldoende" ("de jongere hoeft niet te tekenen": _NOT_THE_CHILD)
    r"\bhandtekening\s+van\s+(?:één|een)\s+ouder\b|"
    r"\b(?:alleen|uitsluitend|enkel)\s+(?:de\s+)?ouders\b|\bbeslissen\s+(?:alleen\s+)?de\s+ouders\b|"
    r"\bde\s+ouders\s+(?:met\s+gezag\s+)?(?:beslissen|bepalen|tekenen|geven\s+(?:de\s+)?toestemming)\b",
    re.I,
)
_PARENTS_MUST = re.compile(
    r"\b(?:als|tenzij|nadat)\s+(?:een|de|beide)\s+ouders?\s+(?:met\s+gezag\s+)?mee(?:tekent|tekenen|getekend)\b|"
    r"\b(?:geen|niet|nooit)\b[^.;]{0,60}\bzonder\s+(?:\w+\s+)?(?:handtekening|toestemming|akkoord|instemming)\s+van\s+"
    r"(?:beide\s+|de\s+|zijn\s+|haar\s+)?ouders\b|\b(?:handtekening|toestemming)\s+van\s+(?:beide\s+|de\s+)?ouders\s+"
    r"(?:(?!niet\b|geen\b|nooit\b)\S+\s+){0,3}(?:nodig|vereist|verplicht)\b|\bouders\s+moeten\s+(?:\w+\s+){0,2}(?:mee)?tekenen\b|"
    # round 25: "een jongere van zestien of zeventien kan niet zelf toestemming geven"
    r"\b(?:kan|kunnen|mag|mogen)\s+(?:nog\s+)?niet\s+zelf\s+(?:\S+\s+){0,2}(?:toestemming\s+geven|beslissen|tekenen|"
    r"instemmen)\b",
    re.I,
)
_CHILD_DECIDES = re.compile(
    # round 20: "regelt zijn eigen jeugdhulp", "hun eigen ja voldoende", "tekenen zelf", "stemt zelf in", the parents
    # with no say ("hoeven niets te ondertekenen", "geen zeggenschap meer", "worden niet gevraagd")
    r"\bregel(?:t|en)\s+(?:zijn|haar|hun)\s+eigen\b|\b(?:zijn|haar|hun)\s+eigen\s+(?:ja|toestemming|handtekening)\s+"
    r"(?:is\s+)?(?:voldoende|genoeg)\b|\b(?:tekenen|tekent|stemt|stemmen|beslist|beslissen)\s+(?:\w+\s+){0,5}zelf\b|"
    r"\bouders?\s+(?:\S+\s+){0,3}(?:hoeven|hoeft)\s+(?:niets|niet)\s+(?:\w+\s+)?(?:te\s+)?(?:ondertekenen|tekenen|"
    r"toestemmen)\b|"
    # round 25: "volstaat de instemming van de jongere", "ligt de keuze bij de jongere", "hun handtekening is niet
    # nodig"
    r"\b(?:volstaat|voldoet|is\s+(?:voldoende|genoeg))\s+(?:de\s+|een\s+)?(?:instemming|toestemming|handtekening|ja)\s+"
    r"van\s+(?:de\s+jongere|het\s+kind|de\s+leerling)\b|\b(?:instemming|toestemming|handtekening)\s+van\s+(?:de\s+"
    r"jongere|het\s+kind|de\s+leerling)\s+(?:zelf\s+)?(?:volstaat|is\s+(?:voldoende|genoeg)|voldoende|genoeg)\b|\bligt\s+de\s+"
    r"(?:keuze|beslissing)\s+(?:\w+\s+)?bij\s+(?:de\s+jongere|het\s+kind|de\s+leerling)\b|\b(?:hun|de)\s+handtekening\s+"
    r"(?:van\s+de\s+ouders\s+)?is\s+niet\s+(?:meer\s+)?nodig\b|\bgeen\s+zeggenschap\b|\bouders\s+worden\s+(?:\w+\s+)?niet\s+(?:meer\s+)?gevraagd\b|"
    r"\b(?:beslist|bepaalt|kiest|tekent)\s+(?:de\s+jongere|het\s+kind|de\s+leerling|hij|zij|ze)\b|"
    r"\b(?:de\s+jongere|het\s+kind|de\s+leerling|jongeren|kinderen|leerlingen)\s+(?:\w+\s+){0,4}(?:beslist|beslissen|"
    r"bepaalt|bepalen|tekent|tekenen|geeft|geven)\b(?!\s+(?:de|hun|zijn|haar|alleen\s+de)\s+ouders)",
    re.I,
)
_NOT_THE_CHILD = re.compile(
    r"\b(?:de\s+jongere|het\s+kind|de\s+leerling)\s+(?:zelf\s+)?(?:hoeft|hoeven)\s+(?:niet|niets)\b", re.I
)
_TOGETHER = re.compile(
    r"\b(?:samen\s+met|en\s+(?:de|zijn|haar|hun)\s+ouders(?!\s+(?:\w+\s+)?(?:hoeven|hoeft|niet|geen))|allebei|beiden|"
    r"ook\s+de\s+ouders)\b",
    re.I,
)


@dataclass(frozen=True)
class AgeClaim:
    low: int
    high: int  # both included, 0..17
    who: str


# Ages written as words (red team round 12: "vanaf veertien jaar", "a young person of fifteen"), read as digits.
AGE_WORDS = {
    "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
}  # fmt: skip
_AGED = re.compile(rf"\b({'|'.join(AGE_WORDS)})(?=-?jarig)", re.I)  # "dertienjarige", "zeventienjarigen"


def claims(sentence: str) -> list[AgeClaim]:
    """What the sentence says about who decides at which ages; none when it names no range or no decider."""
    sentence = _AGED.sub(lambda m: str(AGE_WORDS[m.group(1).lower()]), sentence)
    who = _decider(sentence)
    if who is None:
        return []
    out = []
    for pattern, kind in _RANGES:
        for m in pattern.finditer(sentence):
            span = _span(kind, m)
            if span is not None:
                out.append(AgeClaim(*span, who))
        if out:
            return out  # the first, most specific kind of range read
    return out


def conflicts(sentence: str, before: str = "") -> list[AgeClaim]:
    """The claims of a consent sentence that the law's table contradicts at some age of their range. Its matter (care
    or data) is its own, else that of the sentence ``before`` it ("… over jeugdhulp. Vanaf 14 beslist de jongere.")."""
    care, data = bool(_CARE.search(sentence)), bool(_DATA.search(sentence))
    if not (care or data):
        care, data = bool(_CARE.search(before)), bool(_DATA.search(before))
    if not (care or data) or _EXCEPTION.search(sentence):
        return []
    wrong = []
    for claim in claims(sentence):
        ages = range(max(claim.low, 0), min(claim.high, 17) + 1)
        if any(not _allowed(claim.who, age, care, data) for age in ages):
            wrong.append(claim)
    return wrong


def _allowed(who: str, age: int, care: bool, data: bool) -> bool:
    """Whether the claim can be true at this age for the matter (when both or neither is clear, true under one)."""
    tables = ([_care_rule] if care else []) + ([_data_rule] if data else [])
    return any(_fits(who, rule(age)) for rule in tables)


def _care_rule(age: int) -> str:
    return PARENTS if age < 12 else BOTH if age < 16 else CHILD


def _data_rule(age: int) -> str:
    return PARENTS if age < 16 else CHILD


def _fits(who: str, law: str) -> bool:
    if who == PARENTS_NEEDED:
        return law in (PARENTS, BOTH)
    return who == law


def _decider(sentence: str) -> str | None:
    if _PARENTS_MUST.search(sentence):
        return PARENTS_NEEDED
    if _TOGETHER.search(sentence):
        return None  # together is the rule between 12 and 16; its range is read by age_claims.py
    if _NOT_THE_CHILD.search(sentence):
        return PARENTS  # "de jongere zelf hoeft niet te tekenen" reads as the child deciding otherwise
    if _CHILD_DECIDES.search(sentence):
        return CHILD
    if _PARENTS_ONLY.search(sentence):
        return PARENTS
    return None


def _span(kind: str, m: re.Match[str]) -> tuple[int, int] | None:
    if kind == "minor":
        return 0, 17
    if kind == "one":
        return (int(m.group(1)),) * 2 if 4 <= int(m.group(1)) <= 21 else None
    a = int(m.group(1))
    if not 4 <= a <= 21:
        return None
    if kind == "incl":
        return a, int(m.group(2))
    if kind == "pair":
        b = int(m.group(2))
        return (a, b) if b == a + 1 else (a, b - 1)  # "van 16 of 17", "van 12 tot 16"
    if kind == "to":
        return 0, a - 1
    if kind == "above":
        return a + 1, 17
    return a, 17
