"""Safety before anything else: personal data out of what is stored or searched, and crisis signals recognised.

Personal data: Dutch identifiers by pattern (BSN only with the 11-check) plus names of people, found with deduce
(`assistant/names.py`); without deduce the patterns still run and `names_status()` says why. Place names stay: the
municipality in a question chooses the region.

Crisis: curated Dutch and English patterns on normalised text (lowercase, no accents, no letter repeated three times,
chat spellings unified), after blanking everyday idioms ("ik lach me dood", "slaat met deuren"). Words for violence
and suicide count on their own; topic words ("kindermishandeling", "huiselijk geweld") count unless the question is
about procedure (meldcode, stappen, melden) without a concrete child or adult in it. Recall matters more than
precision, but patterns only know the phrasings someone thought of: on sets written after each round the detector
caught about half of the crisis messages at first sight (see tests/test_crisis.py), so the answer's own sources
(Veilig Thuis, 113 and De Kindertelefoon are in the social map) remain a second net.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assistant import names as _names

# --- Personal data by pattern ------------------------------------------------------------------------------------

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d){10}\b", re.IGNORECASE)
_SEP = r"(?:[ \t]?-?[ \t]?)"  # "06-12345678", "06 - 123 456 78", "040 123 45 67"
PHONE = re.compile(
    rf"(?<![\w-])(?:(?:\+|00)31{_SEP}(?:\(0\){_SEP})?|0)(?:[1-9](?:{_SEP}\d){{8}})(?![\w-])"
    rf"|\(0\d{{2,3}}\)[ \t]?\d(?:{_SEP}\d){{5,6}}(?![\w-])"
)
# Postcode letters in capitals (or glued to the digits): "vanaf 2025 is het" is a year, not an address.
POSTCODE_HOUSE = re.compile(r"\b[1-9]\d{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|[a-z]{2})\b(?:[\s,]+\d{1,5}[a-z]?\b)?")
_STREET_SUFFIX = r"(?:straat|laan|weg|plein|singel|gracht|dijk|kade|hof|markt|pad|park|steeg|dreef|baan|plantsoen)"
STREET_HOUSE = re.compile(
    rf"\b(?:[A-Z][\w'.-]*\s+(?:(?:van|de|der|den|het|ter|ten|op|aan)\s+)*)?[A-Za-z][a-zà-ÿ]+{_STREET_SUFFIX}"
    r"\s+\d{1,5}(?:\s?[a-zA-Z]\b|-\d{1,3})?\b"
)
_MONTHS = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)"
)
DATE = re.compile(
    r"\b(?:[0-3]?\d[-/.][01]?\d[-/.](?:19|20)\d{2}|(?:19|20)\d{2}-[01]\d-[0-3]\d)\b"
    rf"|\b[0-3]?\d\s+{_MONTHS}\.?\s+(?:19|20)\d{{2}}\b",
    re.IGNORECASE,
)
NINE_DIGITS = re.compile(r"(?<![\d.])(\d{4}[. ]?\d{2}[. ]?\d{3}|\d{3}[. ]\d{3}[. ]\d{3}|\d{9})(?![\d])")

LABELS = {
    "naam": "[NAAM]",
    "bsn": "[BSN]",
    "telefoon": "[TELEFOON]",
    "e-mail": "[E-MAIL]",
    "iban": "[IBAN]",
    "adres": "[ADRES]",
    "datum": "[DATUM]",
}
# When two findings overlap, the more specific one wins (an e-mail address contains a name, an IBAN digits).
PRIORITY = ["e-mail", "iban", "bsn", "telefoon", "datum", "adres", "naam"]


def bsn_valid(digits: str) -> bool:
    """The elfproef: 9·d1 + 8·d2 + … + 2·d8 − d9 must be divisible by 11 (and not all zeros)."""
    d = [int(c) for c in re.sub(r"\D", "", digits)]
    if len(d) != 9 or not any(d):
        return False
    return (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 0


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: where it is (never the value itself, so a Finding is safe to log)."""

    category: str
    start: int
    end: int
    source: str  # "patroon" or "deduce"


RULES: list[tuple[str, re.Pattern[str], Callable[[re.Match[str]], bool] | None]] = [
    ("e-mail", EMAIL, None),
    ("iban", IBAN, None),
    ("bsn", NINE_DIGITS, lambda m: bsn_valid(m.group(1))),
    ("telefoon", PHONE, None),
    ("datum", DATE, None),
    ("adres", POSTCODE_HOUSE, None),
    ("adres", STREET_HOUSE, None),
]


def names_active() -> bool:
    """True once deduce is loaded: names are found. False means patterns only (still loading, or not installed)."""
    return _names.status() == "ready"


def names_status() -> str:
    """ready / loading / not_loaded / unavailable (with `assistant.names.last_error()` saying why)."""
    return _names.status()


def warm_pii(background: bool = True) -> None:
    """Load the name recogniser once: ~0.5 s from its cache; the very first run builds that cache (~3 s)."""
    _names.warm(background=background)


def _resolve(candidates: list[Finding]) -> list[Finding]:
    """Non-overlapping findings: specific categories first, then the longer span."""
    chosen: list[Finding] = []
    for f in sorted(candidates, key=lambda f: (PRIORITY.index(f.category), f.start - f.end, f.start)):
        if all(f.end <= c.start or c.end <= f.start for c in chosen):
            chosen.append(f)
    return sorted(chosen, key=lambda f: f.start)


def find_personal_data(text: str | None, names: bool = True, wait: bool = True) -> list[Finding]:
    """Every identifier and (with deduce) name in `text`, in reading order, overlaps resolved.

    `wait=False` does not block on a deduce that is still loading: patterns only for that call.
    """
    if not text:
        return []
    candidates = [
        Finding(category, m.start(), m.end(), "patroon")
        for category, pattern, valid in RULES
        for m in pattern.finditer(text)
        if valid is None or valid(m)
    ]
    if names:
        spans = _names.find(text, wait=wait)
        candidates += [Finding(s.category, s.start, s.end, "deduce") for s in spans or []]
    return _resolve(candidates)


def _apply(text: str, findings: list[Finding]) -> str:
    for f in sorted(findings, key=lambda f: f.start, reverse=True):
        text = text[: f.start] + LABELS[f.category] + text[f.end :]
    return text


def redact(text: str | None, names: bool = True) -> str | None:
    """Replace identifiers and names with a label such as [NAAM]; text without them comes back unchanged."""
    if not text:
        return text
    return _apply(text, find_personal_data(text, names=names))


# --- Crisis signals ----------------------------------------------------------------------------------------------

ACUTE = "acuut"
VIOLENCE = "geweld_mishandeling"
SUICIDE = "zelfdoding"
CHILD = "kind_zelf"
KINDS = (ACUTE, VIOLENCE, SUICIDE, CHILD)


@dataclass(frozen=True)
class Crisis:
    """What kind of help the message calls for; `kinds` in the order of KINDS, `signals` the rules that fired."""

    kinds: tuple[str, ...]
    signals: tuple[str, ...] = ()

    @property
    def acute(self) -> bool:
        return ACUTE in self.kinds


_SPELLING = {
    "mn": "mijn", "m'n": "mijn", "mij'n": "mijn", "z'n": "zijn", "zn": "zijn", "k": "ik", "'k": "ik", "t": "het",
    "'t": "het", "nie": "niet", "nit": "niet", "ni": "niet", "ie": "hij", "im": "i'm", "dont": "don't",
    "doesnt": "doesn't", "cant": "can't", "pa": "papa", "ma": "mama", "pap": "papa", "mam": "mama", "mams": "mama",
    "paps": "papa", "ff": "even", "egt": "echt", "eg": "echt", "wil'": "wil", "zelfmoordt": "zelfmoord",
}  # fmt: skip


def normalise(text: str) -> str:
    """Lowercase, accents off, a letter repeated 3+ times kept twice ("doooood" → "dood"), common chat spellings."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"([a-z])\1{2,}", r"\1\1", text)
    text = re.sub(r"[a-z']+", lambda m: _SPELLING.get(m.group(), m.group()), text)
    return re.sub(r"\s+", " ", text).strip()


def _rx(*parts: str) -> re.Pattern[str]:
    """One pattern from alternatives, so each rule reads as a list of phrasings."""
    return re.compile("|".join(f"(?:{p})" for p in parts))


_W = r"(?:[\w']+ )"  # one word and its space, for "up to n words in between"
# Who gets hurt: object pronouns, or family and children named with a determiner ("de kinderen", "zijn vrouw").
_VICTIM = (
    r"(?:me|mij|mijzelf|ons|haar|hem|hun|(?:de|het|mijn|zijn|haar|hun|onze|ons|die|dat) (?:kinderen|kind|kids|"
    r"kindje|kleintjes|baby|zoon|dochter|zusje|broertje|zus|broer|moeder|mama|vader|papa|vrouw|man|partner|"
    r"vriendin|vriend|meisje|jongen|leerling|pleegkind))"
)
_OBJ_PRONOUN = r"(?:me|mij|ons|haar|hem|hun|de kinderen|het kind|zijn kinderen|haar kinderen|hun kinderen)"
_HIT_ACTIVE = (
    r"(?:sla|slaat|slaan|sloeg|sloegen|schop|schopt|schoppen|schopte|schopten|stompt|stompen|stompte|duwt|duwen|"
    r"duwde|duwden|knijpt|kneep|knepen|wurgt|wurgen|wurgde|trapt|trapte|traptem|mept|mepte|mishandelt|mishandelen|"
    r"mishandelde|misbruikt|misbruiken|misbruikte|verkracht|verkrachtte|aanrandt|aanrandde|betast|betastte|"
    r"bedreigt|bedreigde|bedreigen|slaat|gooit (?:\w+ ){0,2}naar|bijt|beet|brandt|sluit|sloot|dwingt|dwong)"
)
_HIT_PART = (
    r"(?:geslagen|geschopt|gestompt|geduwd|geknepen|dichtgeknepen|gewurgd|getrapt|gemept|mishandeld|misbruikt|"
    r"verkracht|aangerand|betast|bedreigd|opgesloten|vastgebonden|verwaarloosd|verwaarloost|gedwongen|"
    r"afgeranseld|in elkaar geslagen|uitgehuwelijkt|gechanteerd|afgeperst|geintimideerd|gestoken|gebeten)"
)
_HARMLESS_AFTER_HIT = r"(?:met (?:de )?deur|de bal|op hol|alarm|een klas|een jaar|over\b|toe\b|dicht\b|de maat|op de)"
_NOW = r"(?:op dit moment|op het moment|zojuist|nu nog|right now|as we speak)"
_FAMILY = (
    r"(?:man|vrouw|partner|ex|vriend|vriendin|vader|moeder|papa|mama|stiefvader|stiefmoeder|stiefpapa|stiefmama|"
    r"opa|oma|oom|tante|broer|zus|schoonvader|schoonmoeder|husband|wife|boyfriend|girlfriend|dad|mom|mum|father|"
    r"mother|stepdad|stepfather|stepmom|stepmother|uncle)"
)
# For a child writer: who at home hurts them (not a partner: that is an adult writing).
_PARENTS = (
    r"(?:vader|moeder|papa|mama|ouders|stiefvader|stiefmoeder|stiefpapa|stiefmama|opa|oma|oom|tante|broer|zus|"
    r"pleegvader|pleegmoeder|dad|mom|mum|father|mother|stepdad|stepfather|stepmom|stepmother|parents|brother|"
    r"sister|uncle|grandpa|grandfather)"
)
_WEAPON = (
    r"(?:mes|messen|keukenmes|pistool|vuurwapen|wapen|geweer|bijl|hamer|knuppel|honkbalknuppel|knife|gun|weapon|"
    r"bat)"
)

# Everyday idioms with crisis words in them, blanked out before any rule runs ("ik lach me dood", "slaat met deuren").
HARMLESS = _rx(
    r"\b(?:lach\w*|schrok|schrik\w*|schaam\w*|ergert?|ergerde|verveel\w*|vervelen|werk\w*|zoek\w*|ren\w*|"
    r"schrokken) (?:me|mij|zich|ons|je|hem|haar|mezelf|zichzelf)? ?(?:\w+ )?dood\b",
    r"\b(?:me|mij|zich|ons|je) (?:\w+ )?dood (?:verveel\w*|vervelen|schamen|schaamt|ergeren|ergert|schrikken|"
    r"schrok|lachen|lacht|werken|werkt|zoeken|zoekt)\b",
    r"\bdood ?(?:moe|op|graag|ziek|eng|gewoon|normaal|stil|kalm|leuk|saai|serieus|simpel|jammer|zonde)\b|"
    r"\bdood(?:lopend\w*|sangst\w*|gewoon|leuk|eng|moe|op)\b|\bop sterven na dood\b",
    r"\b(?:hond|hondje|kat|poes|konijn|cavia|hamster|vis|vogel|paard|huisdier|opa|oma|overgrootvader|overgrootmoeder|"
    r"oom|tante|buurman|buurvrouw|grootvader|grootmoeder) (?:\w+ ){0,2}(?:is|was|ging|gaat|zijn) (?:\w+ ){0,3}"
    r"(?:dood|overleden|gestorven)(?: ?gegaan)?\b|\b(?:overlijden|dood) van (?:opa|oma|haar|zijn|mijn|onze|de|een|"
    r"hun)\b|\bdat (?:opa|oma|\w+ hond|de kat) dood is\b",
    r"\bsla\w* (?:\w+ ){0,3}over\b|\bsla\w* (?:\w+ )?(?:dicht|op hol|alarm|toe|nergens op|op de trom)\b|"
    r"\bsla\w* (?:\w+ )?met (?:de )?deur\w*|\bwaar slaat\b|\bslaat (?:dat|dit|het) op\b|"
    r"\bsla\w* (?:de|een|zijn|haar) (?:bal|plank|spijker|brug|slag|handen)\b",
    r"\bgewelddadig\w* (?:game|games|spel|spelletje|spelletjes|film|films|serie|video|muziek)\b|"
    r"\bgeweld in (?:games|films|spelletjes)\b|\bvecht(?:scheiding|sport\w*)\b",
    r"\b(?:blauwe plek|wond|wondje|bloedneus|schaafwond\w*|bult) (?:\w+ ){0,4}(?:van|bij|door|na) (?:de |het |een )?(?:"
    r"val|gym|"
    r"sport|voetbal|vallen|gevallen|spelen|buitenspelen|schoolplein|fietsen)\b",
)

# (name, kinds, pattern) on normalised text. Each rule describes harm to a person; a topic word alone is handled below.
EVENT_RULES: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    # acute danger: threats to life, weapons, someone at the door, a body in trouble
    (
        "doodsbedreiging",
        (ACUTE, VIOLENCE),
        _rx(
            r"(?<!zichzelf )(?<!mezelf )(?<!zich )\b(?:vermoordt|vermoorden|vermoord|ombrengen|doodmaakt|"
            r"dood maakt|doodslaat|dood slaat|dood te (?:maken|slaan)|doodsbedreiging\w*|met de dood "
            r"(?:bedreigd|bedreigt|gedreigd))\b",
            rf"\b(?:dreigt|dreigde|gedreigd|zegt|zei|gezegd|gaat|ging) {_W}{{0,4}}(?:\w+ )?(?:iets aan te doen|"
            r"iets aandoen|te vermoorden|vermoorden|dood te maken|doodmaken|pijn te doen)\b",
            r"\b(?:threaten\w* to|going to|gonna|will|wants? to|tried to) (?:kill|murder|hurt|stab|shoot) "
            r"(?:me|us|her|him|them|the kids|my \w+)\b",
            r"\b(?:bang|scared|afraid|angst) (?:\w+ ){0,2}(?:dat|that) (?:hij|ze|zij|he|she|mijn \w+) "
            r"(?:\w+ ){0,3}(?:vermoordt|doodmaakt|iets aandoet|kills?|hurts?|murders?)\b",
        ),
    ),
    (
        "wapen",
        (ACUTE, VIOLENCE),
        _rx(
            rf"\b{_WEAPON}\b.{{0,60}}\b(?:bedreig\w*|dreig\w*|zwaai\w*|steek\w*|stak|gestoken|buiten|voor de deur|"
            r"boos|woedend|agressief|dronken|in huis|binnen|threat\w*|hurt|outside|inside|angry|drunk|kill)\b",
            rf"\b(?:met|heeft|pakt|pakte|trekt|trok|hield|houdt|with|has|holding|grabbed|pulled) (?:een |het |zijn |"
            rf"haar |a |the |his |her )?{_WEAPON}\b",
            r"\bthere'?s a (?:knife|gun)\b",
        ),
    ),
    (
        "nu_gevaar",
        (ACUTE,),
        _rx(
            r"\b(?:bewusteloos|ik bloed|bloedt (?:heel )?erg|ademt niet|niet meer aanspreekbaar|in levensgevaar|"
            r"levensgevaarlijk|ben in gevaar|zijn in gevaar|unconscious|not breathing|in danger)\b",
            r"\bkom (?:snel|alsjeblieft|nu)\b|\bhelp (?:me|ons) (?:nu|snel|alsjeblieft)\b|\bplease help\b",
        ),
    ),
    (
        "indringer",
        (ACUTE, VIOLENCE),
        _rx(
            r"\b(?:breekt|trapt|bonkt|beukt|ramt) (?:\w+ ){0,2}(?:de |onze |mijn )?deur",
            r"\b(?:hij|ze|zij|mijn ex) (?:\w+ ){0,2}staat (?:nu )?(?:hier )?voor (?:de|onze|mijn) deur\b",
            r"\b(?:ik zit|we zitten|wij zitten|ik heb me|we hebben ons) (?:\w+ ){0,3}(?:verstopt|opgesloten in|"
            r"in de (?:badkamer|wc|slaapkamer)|op slot)\b",
        ),
    ),
    (
        "overdosis",
        (ACUTE, SUICIDE),
        _rx(
            r"\b(?:overdosis|overdose[d]?|(?:alle |een hoop |veel |te veel )?(?:pillen|medicijnen|tabletten|"
            r"slaappillen|paracetamol) (?:\w+ )?(?:geslikt|ingenomen|genomen|opgegeten)|"
            r"took (?:all )?(?:the )?pills)\b",
        ),
    ),
    (
        "hoor_geweld",
        (ACUTE, VIOLENCE),
        _rx(
            r"\A(?=.*\b(?:buren|hiernaast|bovenburen|onderburen|nu|al uren|al een uur|next door)\b).*\bhoor "
            r"(?:\w+ ){0,3}(?:een |het |de )?(?:kind|kinderen|baby|vrouw|moeder|meisje|jongen)\w* (?:\w+ )?"
            r"(?:gillen|schreeuwen|krijsen|om hulp)\b",
        ),
    ),
    # violence, abuse, coercion and neglect happening to someone
    (
        "slaan",
        (VIOLENCE,),
        _rx(
            rf"\b{_HIT_ACTIVE}\b (?!{_HARMLESS_AFTER_HIT}){_W}{{0,2}}{_VICTIM}\b",
            rf"\b(?:dat|als|omdat|wanneer|want|die|toen|zodat|of) {_W}{{0,3}}{_OBJ_PRONOUN} {_W}{{0,3}}"
            rf"(?:{_HIT_ACTIVE}|pijn doet|pijn deed|op sluit|opsluit|iets aandoet)\b",
            rf"\b(?:word|wordt|worden|werd|werden|is|zijn|ben|was|waren|wordt er|raakt|raakte|gets?|got|is being|"
            rf"are being|was being|been) {_W}{{0,6}}{_HIT_PART}\b",
            rf"\b(?:heeft|hebben|had|hadden) {_W}?{_VICTIM} {_W}{{0,5}}{_HIT_PART}\b",
            rf"\b{_HIT_PART} (?:door|by) (?:\w+ ){{0,2}}(?:{_FAMILY}|hem|haar|iemand|een)\b",
            r"\b(?:krijgt|krijg|krijgen|kreeg|kregen|gehad|gekregen) (?:\w+ ){0,3}(?:klappen|een pak slaag|slaag|"
            r"een pak rammel|trappen|schoppen)\b|\b(?:klappen|slaag) (?:krijgt|krijg|krijgen|kreeg|gehad)\b",
            r"\b(?:doet|deed) (?:me|mij|haar|hem|ons|de kinderen) (?:\w+ )?pijn\b",
            r"\bkeel (?:\w+ ){0,2}(?:dichtgeknepen|dichtgedrukt|dichtknijpen)|\bnaar (?:mijn|haar|de) keel\b",
        ),
    ),
    (
        "misbruik",
        (VIOLENCE,),
        _rx(
            r"\b(?:mishandel(?!ing)\w*|misbruikt\w*|misbruikte\w*|misbruiken|verkracht\w*|aangerand\w*|aanrand\w*|"
            r"incest\w*|wurg\w*|gewurgd|loverboy\w*|uithuwelijk\w*|uitgehuwelijkt|huwelijksdwang|eerwraak|"
            r"eergerelateerd\w*|besnijdenis bij meisjes|genitale verminking|sextortion|grooming|kinderporno\w*|"
            r"pak slaag|afgeranseld|verwaarloo?s[dt]|naaktfoto'?s|naaktbeelden|naaktfotos|uitbuit\w*|uitgebuit|"
            r"mensenhandel|gedwongen prostitutie)\b",
            rf"\b(?:dwingt|dwong|dwingen|gedwongen|forces?|forced) {_W}{{0,3}}(?:tot|om|to) {_W}{{0,3}}(?:seks|dingen|"
            r"sex|things|aan te raken|uit te kleden)\b",
            r"\b(?:aan (?:me|mij|haar|hem) (?:zit|zat|zitten|te zitten)|(?:zit|zat|zitten) (?:\w+ )?aan (?:me|mij)\b|"
            r"(?:zit|zat|zitten) (?:\w+ ){0,2}aan (?:mijn|haar|zijn) (?:lichaam|borsten|kruis|billen|piemel|"
            r"vagina|onderlichaam))",
            r"\b(?:ongewenst|ongevraagd) (?:\w+ )?(?:aangeraakt|aanraken|seksueel)\b|\bdingen (?:met|bij) (?:me|mij|"
            r"haar|hem) die (?:ik|ze|zij|hij) niet (?:wil|wilt|wilde)\b|\b(?:seks|seksueel|sexueel|sexuel|sex) "
            r"(?:\w+ ){0,2}(?:met (?:een )?(?:volwassene|leraar|trainer|oom|opa|stiefvader)|tegen (?:mijn|haar|zijn) "
            r"wil)\b",
        ),
    ),
    (
        "signalen",
        (VIOLENCE,),
        _rx(
            r"\b(?:blauwe plekken|verwondingen|brandwonden|striemen|bijtwonden|botbreuken|onverklaarbare? "
            r"(?:letsel|wonden)|bruises)\b",
            rf"\b(?:bang|doodsbang|angstig|scared|afraid) (?:voor|of) (?:mijn |haar |zijn |hun |de |my |her |his )?"
            rf"{_FAMILY}\b",
            r"\b(?:bang|durft?|durven|durfde|scared|afraid) (?:\w+ ){0,3}(?:naar huis|thuis te slapen|om thuis|"
            r"to go home)\b",
            r"\b(?:krijgt|krijg|krijgen|kreeg) (?:\w+ ){0,2}geen eten\b|\bgeen eten (?:krijgt|krijg|krijgen|kreeg)\b|"
            r"\baltijd honger\b|\bluiers? (?:\w+ ){0,2}niet verschoond\b|\b(?:dagen|vaak|steeds|alleen) (?:\w+ )?"
            r"alleen (?:thuis )?gelaten\b|\baan (?:zijn|haar|hun) lot overgelaten\b",
        ),
    ),
    (
        "geweld_thuis",
        (VIOLENCE,),
        _rx(
            r"(?<!veilig )\b(?:thuis|bij ons|in huis) (?:\w+ ){0,3}(?:geweld|geslagen|gevochten)\b",
            r"\bgeweld (?:thuis|in huis|in (?:ons|het) gezin|van (?:mijn|haar|zijn) \w+)\b",
        ),
    ),
    (
        "english_abuse",
        (VIOLENCE,),
        _rx(
            r"\b(?:beats?|hits?|hurts?|abuses?|rapes?|touches|chokes?|slaps?|kicks?|punch(?:es)?) "
            r"(?:me|us|her|him|my \w+)\b",
            r"\b(?:abused|beaten|neglected|raped|molested|assaulted|hit|touched|groomed)\b (?:by|at home)\b",
            r"\b(?:being|been|was|were|gets?|got) (?:\w+ ){0,2}(?:abused|beaten|neglected|raped|molested|assaulted)\b",
            r"\b(?:domestic violence|sexual(?:ly)? abuse[d]?|child abuse)\b",
            r"\b(?:hitting|beating|kicking|slapping|punching|choking|hurting) (?:a |the |my |his |her |their )?"
            r"(?:child|kid|baby|woman|girl|boy|wife|son|daughter|mother|mom)\b",
        ),
    ),
    # suicide and self-harm, of the writer or someone they worry about
    (
        "zelfmoord",
        (SUICIDE,),
        _rx(r"\b(?:zel?f ?moo?r[dt]\w*|selfmoo?r[dt]\w*|zelfdoding\w*|su[iy]?c[iy]d\w*|zuicid\w*|levensmoe\w*)"),
    ),
    (
        "doodswens",
        (SUICIDE,),
        _rx(
            rf"\b(?:wil|wilt|willen|wou|wilde|wens|wenst|hoop) {_W}{{0,3}}(?:dood|sterven|doodgaan|dood gaan|"
            r"verdwijnen|weg van (?:deze|de) wereld)\b(?! ?(?:moe|op|gaan van|lachen|aan|aan het))",
            r"\b(?:wil|wilt|willen|wou|wilde) (?:er )?(?:echt |gewoon |liever )?(?:niet|nooit) meer (?:leven|zijn|"
            r"bestaan|wakker worden|hier zijn)\b",
            r"\b(?:niet|nooit) meer (?:wil|wilt|willen|wou|wilde) (?:leven|zijn|bestaan)\b|\bniet meer (?:willen )?"
            r"leven\b|\b(?:nooit|niet) meer wakker (?:worden|te worden)\b",
            r"\b(?:beter|fijner) (?:\w+ ){0,2}(?:af )?(?:zonder (?:mij|me)|als ik (?:er )?(?:niet meer|dood|weg) "
            r"(?:ben|was|zou zijn|ben dan))\b|\biedereen (?:\w+ )?beter af\b",
            r"\b(?:eind|einde) (?:\w+ ){0,2}aan (?:mijn|zijn|haar|hun|het) leven\b|\ber (?:een )?(?:eind|einde) aan "
            r"(?:te )?(?:maken|maakt|maak|breien)\b|\bvan kant (?:te )?maken\b|\bklaar met (?:het )?(?:leven|alles)\b",
            r"\b(?:zichzelf|mezelf|mijzelf|zich) (?:\w+ ){0,4}(?:doodmaken|dood maken|ophangen|iets aandoen|iets aan "
            r"te doen|van het leven (?:te )?beroven|verdrinken|voor de trein)\b",
            r"\b(?:zie|ziet|zien) (?:het|alles|het leven) (?:echt |helemaal |gewoon )?niet meer zitten\b|"
            r"\bzie?t? geen (?:uitweg|toekomst|zin meer)\b|\bgeen zin meer in (?:het|mijn|zijn|haar) leven\b|"
            r"\b(?:het )?leven (?:heeft )?geen zin\b",
            r"\bik kan (?:het )?(?:echt |gewoon |het gewoon )?niet meer\b(?! (?:\w+ )?(?:inloggen|betalen|bellen|"
            r"vinden|volgen|mee|naar|werken|slapen|opbrengen|uit|bij|op|in|lezen|zien|horen|lopen|bereiken)\b)",
            r"\bik (?:trek|hou|houd) het (?:echt |gewoon )?niet meer(?: vol)?\b",
            r"\b(?:pillen|medicijnen|tabletten) (?:\w+ ){0,2}(?:gespaard|verzameld|opgespaard|sparen|verstopt)\b|"
            r"\bafscheidsbrie\w*|\bafscheid (?:\w+ )?(?:genomen|nemen) van iedereen\b",
            r"\b(?:praat|praten|praatte|heeft het|hebben het|schrijft|schreef|tekent|zoekt|googelt|googlet) "
            r"(?:\w+ ){0,4}(?:over|naar|op) (?:doodgaan|dood gaan|de dood|sterven|manieren om|hoe je (?:dood|"
            r"zelfmoord))\b",
        ),
    ),
    (
        "zelfbeschadiging",
        (SUICIDE,),
        _rx(
            r"\b(?:snij\w*|sneed|kras\w*|kerf\w*|beschadig\w*|bezeer\w*|verwond\w*|brandt|bonkt) (?:\w+ ){0,2}"
            r"(?:zichzelf|mezelf|mijzelf|zich)\b",
            r"\b(?:zichzelf|mezelf|mijzelf) (?:\w+ ){0,2}(?:pijn (?:doet|doen|te doen|deed)|snijdt|snijden|krast|"
            r"krassen|beschadigt|beschadigen)\b",
            r"\bzelfbeschadig\w*|\bautomutilatie\b|\blittekens op (?:haar|zijn|mijn) (?:armen|benen|polsen)\b",
        ),
    ),
    (
        "english_suicide",
        (SUICIDE,),
        _rx(
            r"\bkill (?:my|him|her|them)sel(?:f|ves)\b|\b(?:want|wants|wanted|wish) (?:\w+ )?to die\b",
            r"\b(?:don't|do not|doesn't|does not|no longer) want to (?:live|be alive|be here|exist)\b",
            r"\bend (?:it all|(?:my|his|her|their) (?:own )?life)\b|\bno reason to live\b|\bbetter off "
            r"(?:dead|without me)\b|\bwish (?:i|he|she) (?:was|were) dead\b",
            r"\b(?:cuts?|cutting|hurts?|hurting|harms?|harming) (?:herself|himself|myself|themselves)\b|"
            r"\bself[- ]?harm\w*",
        ),
    ),
]
EVENT_RULES += [
    # broad nets: single words that rarely appear in an ordinary school question (idioms were blanked out above)
    (
        "slaan_breed",
        (VIOLENCE,),
        _rx(
            r"\b(?:sla|slaat|slaan|sloeg|sloegen|geslagen|slaag|schop|schopt|schopte|schopten|geschopt|stomp|stompt|"
            r"stompte|gestompt|mept|mepte|gemept|knijpt|kneep|geknepen|wurgt|wurgde|gewurgd|afgetuigd|in elkaar "
            r"geslagen|trappen gekregen|timmert|timmerde|getimmerd|aftuigen|afranselen|billenkoek|pak rammel|"
            r"rammelt|tikken (?:geeft|krijgt|gekregen)|in elkaar (?:getrapt|geschopt|gebeukt))\b",
            r"\bmet (?:een |de |zijn |haar )?(?:riem|stok|slof|pollepel|lat|tak|zweep|broeksriem|tuinslang)\b",
            r"\b(?:door elkaar (?:geschud|schudt|schudden|schudde|schudt)|schudt (?:\w+ ){0,2}door elkaar|shaken|"
            r"tegen de muur (?:\w+ )?(?:gegooid|geduwd|gesmeten|gegooit|geslagen|gedrukt)|(?:gooit|gooide|smijt|smeet) "
            r"(?:\w+ ){0,2}(?:met|naar) (?:stoelen|spullen|borden|dingen|meubels|glazen|ons|mij|me|haar|hem))\b",
            r"\bpijn (?:gedaan|te doen)\b|\b(?:doet|deed|doen) (?:\w+ ){0,2}(?:me|mij|haar|hem|ons|de kinderen|mama|"
            r"papa) (?:\w+ )?pijn\b",
            r"\b(?:scheldt|schold|scheld) (?:\w+ ){0,5}uit\b|\buitgescholden door (?:mijn|haar|zijn|m'n) \w+\b",
            r"\b(?:laat|liet) (?:\w+ ){0,2}niet (?:gaan|weg|naar buiten)\b|\bvastgehouden tegen\b|"
            r"\bvastgebonden\b|\bopgesloten\b|\bsluit (?:\w+ ){1,3}op\b|\bopsluit\b",
            r"\bagressie?f\w* (?:\w+ ){0,4}(?:thuis|tegen (?:mij|me|ons|haar|hem|de kinderen)|"
            r"naar (?:mij|me|ons|haar))\b|"
            r"\b(?:vriend|man|vader|stiefvader|partner|ex|moeder|vrouw) (?:\w+ ){0,4}(?:heel |erg |zo )?agressie?f\b",
        ),
    ),
    (
        "letsel",
        (VIOLENCE,),
        _rx(
            r"\b(?:wonden|wond|verwonding\w*|brandplek\w*|\w*brandplekken|blauwe plek\w*|striemen|bulten|botbreuk\w*|"
            r"bloeduitstorting\w*)\b",
        ),
    ),
    (
        "seksueel",
        (VIOLENCE,),
        _rx(
            r"\b(?:zit|zat|zitten) (?:\w+ ){0,2}aan (?:me|mij|haar|hem|mijn \w+|zijn \w+|haar \w+)\b(?! (?:spullen|"
            r"telefoon|tas|eten|computer|laptop|fiets|haar\b|bord|boeken|werk))",
            r"\b(?:oudere|volwassen|veel oudere) (?:man|vrouw|jongen|kerel) (?:\w+ ){0,12}(?:cadeau\w*|auto|foto\w*|"
            r"afspr\w*|chat\w*|seks|geld|mee)\b",
            r"\bsexually (?:assaulted|abused|harassed)|\b(?:assaulted|molested|raped|groped)\b|\btouched "
            r"(?:me|her|him) (?:\w+ )?(?:inappropriately|down there)\b",
        ),
    ),
    (
        "verwaarlozing_breed",
        (VIOLENCE,),
        _rx(
            r"\b(?:zonder eten|geen eten|niks te eten|niets te eten|geen eten en drinken|honger lijden|lijdt honger)\b",
            r"\b(?:dagen|dagenlang|nachten|nachtenlang|urenlang|weekenden|de hele nacht|'s nachts) (?:\w+ ){0,3}"
            r"alleen\b",
            r"\b(?:zwerft|zwerven|zwierf|rondzwerft|rondzwerven)\b|\bgeen toezicht\b",
        ),
    ),
    (
        "zelfdoding_breed",
        (SUICIDE,),
        _rx(
            r"\b(?:ik |hij |ze |zij )?(?:wil|wilt) (?:echt |gewoon |eigenlijk )?niet meer"
            r"(?= ?(?:[.!?,;]|$| en\b| echt))",
            r"\bniemand (?:zou|zal|gaat) (?:me|mij|hem|haar) (?:\w+ )?missen\b|\bniemand mist (?:me|mij)\b",
            r"\b(?:strop|ophang\w*|opgehangen|zich op te hangen)\b|\btouw (?:\w+ ){0,5}(?:kamer|nek|zolder|"
            r"balk)\b|\b(?:voor|onder) de trein\b|\b(?:van|vanaf|af) (?:de|het|een) (?:flat|brug|dak) "
            r"(?:springen|af|te springen|gesprongen)\b|\bspring\w* (?:\w+ ){0,3}(?:van|voor|vanaf) (?:de|het|een) "
            r"(?:flat|brug|dak|trein)\b",
            r"\bliever dood\b|\bdood (?:willen|zou willen|wil|wilt) zijn\b|\bwas ik (?:maar )?dood\b|\b(?:doods|"
            r"zelfmoord)gedachte\w*|\bdoodswens\b|\bgedachten? (?:\w+ )?aan (?:de dood|doodgaan|sterven|er een "
            r"eind aan)\b",
            r"\b(?:gesneden|snijd\w*|sneed|kras\w*|gekrast|kerf\w*|gekerfd) (?:\w+ ){0,3}(?:mezelf|zichzelf|mijzelf|"
            r"zich|armen|polsen|benen|arm|pols)\b|\b(?:mezelf|zichzelf|mijzelf) (?:\w+ ){0,3}(?:gesneden|gekrast|"
            r"bezeerd|beschadigd|pijn gedaan|pijn doen|pijn doet)\b",
            r"\b(?:fles|strip|strips|doosje|potje|alle|een hoop|heel veel) (?:\w+ )?(?:pillen|medicijnen|tabletten|"
            r"paracetamol|slaappillen)\b|\b(?:pillen|medicijnen|tabletten|paracetamol) (?:\w+ ){0,2}"
            r"(?:leeggegeten|geslikt|ingeslikt|gespaard|verzameld|opgespaard|verstopt)\b",
            r"\bspullen (?:\w+ ){0,2}weg(?:geeft|geven|gegeven|gaf)\b|\bgeeft (?:\w+ ){0,3}spullen weg\b",
            r"\b(?:het )?leven (?:is|heeft) (?:\w+ ){0,2}(?:geen zin|zinloos|niks waard|niets waard|pointless)\b|"
            r"\blife is (?:\w+ )?(?:pointless|meaningless|not worth)\b|\bwants? (?:it )?(?:all )?to (?:stop|end)\b|"
            r"\bwil (?:dat )?(?:het|alles) (?:\w+ )?(?:stopt|ophoudt|voorbij is)\b",
            r"\bik stap (?:\w+ ){0,2}(?:voor|onder|uit)\b|\beruit stappen\b|\bstap (?:ik )?eruit\b",
            r"\b(?:het )?leven (?:\w+ )?zat\b|\b(?:verhang\w*|verhangen)\b|\b(?:liefst|liever) (?:\w+ ){0,3}"
            r"(?:verdwijnen|dood|weg zijn|er niet zijn)\b|\b(?:waardeloos|nutteloos)\b.*\b(?:verdwijnen|dood|weg)\b",
            r"\b(?:al mijn|al zijn|al haar|alle) (?:pillen|medicijnen|tabletten) (?:\w+ )?(?:in te nemen|innemen|"
            r"slikken|op te eten|opeten|geslikt)\b",
            r"\b(?:dak|flat|brug|balkon|raam) (?:\w+ ){0,6}(?:springen|te springen|spring\w*)\b|"
            r"\b(?:springen|spring\w*) (?:\w+ ){0,4}(?:van het dak|van de flat|van de brug|uit het raam)\b",
            r"\bnog (?:\w+ )?(?:wil|wilt|willen) leven\b|\bwaarom (?:ik|hij|ze|zij) nog (?:leef|leeft|besta|bestaat)\b|"
            r"\bgeen reden (?:meer )?om te leven\b|\b(?:een )?eind(?:e)? aan alles\b|\bniet meer wakker "
            r"(?:wordt|word|worden|te worden)\b",
            r"\b(?:hoeveel|welke dosis|hoe veel) (?:\w+ ){0,4}(?:dodelijk|dood)\b|\bdodelijke dosis\b|"
            r"\bafscheids\w+",
            r"\b(?:denk|denkt|dacht|denken|praat|praten|heeft het) (?:\w+ ){0,3}(?:aan|over) (?:doodgaan|dood gaan|"
            r"de dood|sterven|er een eind|zelfmoord|zichzelf (?:iets )?aan)\b|\b(?:wil|wilt) (?:\w+ ){0,2}doodgaan\b",
        ),
    ),
    (
        "dwang_uitbuiting",
        (VIOLENCE,),
        _rx(
            r"\b(?:besneden|besnijden|besnijdenis|uitgehongerd|uithongeren|hongert (?:\w+ )?uit)\b",
            r"\bmag (?:\w+ ){0,4}(?:nooit|niet) (?:\w+ )?eten\b|\b(?:nooit|geen) eten (?:als|krijg|krijgt)\b",
            r"\b(?:mee te nemen|meenemen|ontvoer\w*) (?:\w+ ){0,3}(?:naar het buitenland|naar \w+ en niet terug)\b|"
            r"\bnaar het buitenland (?:\w+ ){0,3}(?:mee te nemen|meenemen|ontvoeren)\b|\bkinderontvoering\b",
            r"\b(?:moet|moeten|gaat|wordt gedwongen te|gedwongen|dwingen) (?:\w+ ){0,5}trouwen\b|\btrouwen met "
            r"(?:een |haar |zijn )?(?:neef|nicht|oom|oudere man)\b",
            r"\A(?=.*\b(?:is|van|ben|zijn) 1[0-5]\b).*\b(?:vriend|vriendje|man|jongen|vriendin) van "
            r"(?:1[89]|[2-9]\d)\b",
            r"\b(?:geeft|gaf|gegeven|krijgt|kreeg) (?:\w+ ){0,3}drugs\b|\bdrugs (?:\w+ ){0,2}(?:geeft|gaf|gegeven)\b",
        ),
    ),
    (
        "ombrengen",
        (ACUTE, VIOLENCE),
        _rx(
            rf"\b{_WEAPON} (?:\w+ ){{0,3}}(?:op|tegen) (?:mijn|haar|zijn|de) (?:keel|nek|hals|buik|hoofd)\b",
            r"\b(?:he'?ll|he will|she'?ll|she will|they'?ll) (?:\w+ )?(?:kill|hurt|murder) (?:me|us|her|him)\b",
            r"\buit huis gezet\b",
            r"\b(?:ons|haar|hem|me|mij|jullie|allemaal) (?:\w+ ){0,2}(?:om te brengen|af te maken|om zeep te "
            r"helpen|koud te maken)\b|\bbrengt (?:\w+ ){0,3}om\b(?! (?:het|de) )|\bom zeep\b",
        ),
    ),
]

# A body in trouble, only counted when something else already signals a crisis ("het kindje is nu suf").
ACUTE_BODY = _rx(
    r"\b(?:suf|sufferig|reageert niet|ligt (?:\w+ ){0,3}(?:op de grond|stil)|zegt niks(?: meer)?|zegt niets|niet "
    r"wakker (?:te krijgen)?|ademt (?:niet|nauwelijks|raar)|bloedt|bloedde|blauw aan|buiten bewustzijn|"
    r"flauwgevallen|in shock|not responding|beweegt niet|vermist|niet thuisgekomen|onvindbaar)\b",
)
# An act of violence or a plan for suicide that is happening now or tonight: 112 first.
NOW_ANYWHERE = re.compile(rf"\b{_NOW}\b")
# "nu", "net", "vannacht" count only close to the signal (within NEAR_CHARS), and not in "wat moet ik nu doen".
NOW_NEAR = _rx(
    r"\b(?:net|zojuist|vannacht|vanavond|tonight|now)\b(?! (?:als|zo|niet|pas|wat))",
    r"^help\b|\bhelp ?!|\bhelp (?:me|ons|alsjeblieft)\b",
    r"\bnu\b(?! (?:doen|verder|al\b|eenmaal|pas\b|wel|niet|ook|mee|aan|moet|kan|doe|beginnen|zeggen|vragen))",
)
NEAR_CHARS = 40
# Hitting between children ("slaat andere kinderen", "een klasgenoot geslagen") is behaviour, not maltreatment,
# unless an adult is named as the one who hits.
PEERS = re.compile(
    r"\b(?:klasgeno\w+|andere kinderen|medeleerling\w*|andere leerlingen|vriendjes|(?<!in )(?<!door )elkaar|"
    r"schoolplein|ruzie|(?:zijn|haar) (?:broertje|zusje)|"
    r"speelkwartier|pauze)\b"
)
# Seclusion at school ("time-out ruimte") is a question about school rules, not a child locked up at home.
SECLUSION = re.compile(r"\b(?:time-?out|afzonder\w*|separeer\w*|prikkelarme ruimte)\b")
NEGATED_AFTER = re.compile(r"^\S+ (?:nooit|niet|geen|never)\b")
ADULTS = re.compile(
    rf"\b(?:{_FAMILY}|juf|meester|leraar|leerkracht|trainer|oppas|volwassene|buurman|coach|baas|docent|schoonzoon|"
    r"schoondochter|stiefvader|stiefmoeder|pleegvader|pleegmoeder)\b"
)
# Harm words about data, not people: "mijn gegevens zijn misbruikt".
DATA_MISUSE = re.compile(
    r"\b(?:gegevens|persoonsgegevens|data|bsn|identiteit|account|wachtwoord|datalek|pas|pinpas|vertrouwen|"
    r"positie|macht|regeling|toeslag\w*|pgb|budget)\b"
)

# Topic words: a crisis when they describe a situation, not when the question is about procedure.
TOPIC = _rx(
    r"\b(?:geweld|verwaarloz\w*|kindermishandeling|mishandeling|huiselijk geweld|(?:seksueel|sexueel|sexuel) "
    r"(?:geweld|misbruik|grensoverschrijdend)|misbruik|geweld in (?:het|ons) gezin|verwaarlozing|"
    r"grensoverschrijdend gedrag|abuse|neglect|zelfmoord\w*|suicid\w*|zelfdoding)\b"
)
PROCEDURE = _rx(
    r"\b(?:meldcode|melding|melden|meld ik|meldt|aandachtsfunctionaris|afwegingskader|stappen|stappenplan|protocol|"
    r"beleid|training|cursus|scholing|hoe werkt|wat is|wat doet|wat zijn|bewaar\w*|gegevens|toestemming|privacy|avg|"
    r"wie beslist|wie mag|mag ik|mag de|signalen|vermoeden|gesprek|procedure|herkennen|voorlichting|preventie|"
    r"lesmateriaal|how do|what is|when should|policy)\b"
)
CONCRETE = _rx(
    r"\b(?:mijn|onze|ons) (?:zoon|dochter|kind|kinderen|kindje|baby|vrouw|man|partner|ex|zus|broer|moeder|vader|"
    r"mama|papa|leerling|pupil)\b",
    r"\b(?:een|die|deze) (?:leerling|kind|meisje|jongen|peuter|kleuter)\b (?:\w+ ){0,3}(?:in|uit|van|bij) "
    r"(?:mijn|onze)\b",
    r"\bbij ons thuis\b|\b(?:vertelde|vertelt|zei|zegt) (?:me|mij|dat)\b|\b(?:vandaag|gisteren|vanochtend|vannacht)\b",
    r"\bik (?:zag|heb gezien|vermoed)\b|(?<!veilig )\bthuis\b",
)
NEGATED = re.compile(
    r"\b(?:geen|niet|nooit|zonder|not|no|never)\b (?:\w+ ){0,1}$|\b(?:geen|zonder) (?:sprake|teken|tekenen|"
    r"aanwijzingen?|signalen|vermoeden) (?:van|voor|op) $"
)

CHILD_AGE = re.compile(
    r"\b(?:ik ben|ben|i'm|i am|im) (?:pas |net |bijna )?(?:een (?:meisje|jongen|kind) van |a (?:girl|boy|kid) of )?"
    r"(\d{1,2})\b(?! (?:weken|maanden|kilo|kg|cm|keer|x|uur|minuten|jaar (?:getrouwd|samen|moeder|vader|"
    r"leerkracht|werkzaam|docent|juf|meester|ib'er))\b)"
)
CHILD_SIGNS = _rx(
    rf"\b(?:mijn|my) {_PARENTS} (?:\w+ ){{0,5}}(?:{_HIT_ACTIVE}|zit aan|doet "
    rf"dingen met|beats|hits|hurts|abuses|touches|kicks|slaps|locks) (?:\w+ ){{0,2}}(?:mij|me|ons|us)\b",
    rf"\bmijn (?:mama|papa|ouders) (?:\w+ ){{0,5}}(?:{_HIT_ACTIVE}) (?:\w+ ){{0,2}}(?:ons|mij|me)\b",
    r"\bik zit in (?:groep \d|de brugklas|klas \d|de \d\w* klas|(?:havo|vwo|vmbo|mavo) ?\d)",
    r"\bi'?m in (?:grade|year) \d",
    r"\bik ben (?:een |nog een )?(?:kind|meisje|jongen|tiener|puber)\b|\bmijn (?:juf|meester|mentor)\b",
    r"\b(?:ik )?zit in (?:groep \d|de brugklas|klas \d)",
    r"\bpapa (?:\w+ ){0,3}mama\b|\bmama (?:\w+ ){0,3}papa\b|\b(?:door|van) (?:papa|mama)\b.*\b(?:mij|me|ik)\b|"
    r"\b(?:mij|me|ik)\b.*\b(?:door|van) (?:papa|mama)\b",
    rf"\b(?:mijn|my) {_PARENTS} (?:\w+ ){{0,3}}{_HIT_ACTIVE} (?:\w+ ){{0,2}}(?:mijn|my) (?:moeder|mama|vader|papa|"
    r"mom|dad|mother|father)\b",
    r"\b(?:mijn|my) (?:papa|mama|stiefvader|stiefmoeder|dad|mom|stepdad) (?:\w+ ){0,6}(?:mij|me)\b.*\b(?:durf|"
    r"bang|scared)\b",
)


# "zichzelf iets aandoen" is about suicide, not a threat to others.
SELF = re.compile(r"\b(?:zichzelf|mezelf|mijzelf|zich|myself|himself|herself)\b (?:\S+ ){0,3}(?:\S+ )?$")


def _about_data(norm: str, match: re.Match[str]) -> bool:
    """ "Misbruik" next to "gegevens", "BSN", "account": misuse of data or power, not of a person."""
    if "misbruik" not in match.group():
        return False
    return bool(DATA_MISUSE.search(norm[max(0, match.start() - 60) : match.end() + 60]))


def _between_children(norm: str, match: re.Match[str]) -> bool:
    near = norm[max(0, match.start() - 50) : match.end() + 50]
    return bool(PEERS.search(near)) and not ADULTS.search(norm)


def _now(norm: str, spans: list[tuple[int, int]]) -> bool:
    """Happening now: an explicit "op dit moment", a "nu"/"net"/"vannacht" next to the signal, or a body in trouble."""
    if NOW_ANYWHERE.search(norm) or ACUTE_BODY.search(norm):
        return True
    return any(
        start - NEAR_CHARS <= m.start() <= end + NEAR_CHARS for m in NOW_NEAR.finditer(norm) for start, end in spans
    )


def _child_writer(norm: str) -> bool:
    age = CHILD_AGE.search(norm)
    if age and 6 <= int(age.group(1)) <= 17:
        return True
    return bool(CHILD_SIGNS.search(norm))


def detect_crisis(text: str | None) -> Crisis | None:
    """A crisis signal in a question, or None. Questions about the meldcode as a procedure are not a crisis.

    Deliberate choice: "hoe meld ik een vermoeden?" or "wat zijn de stappen van de meldcode?" ask about procedure and
    get the ordinary answer; a message that describes a concrete child or adult in danger ("een leerling vertelde dat
    haar oom haar misbruikt") is a crisis, also when it mentions the meldcode.
    """
    if not text or not text.strip():
        return None
    norm = HARMLESS.sub(" ~ ", normalise(text))
    kinds: set[str] = set()
    signals: list[str] = []
    spans: list[tuple[int, int]] = []
    for name, rule_kinds, pattern in EVENT_RULES:
        for match in pattern.finditer(norm):
            before = norm[: match.start()]
            if (
                (NEGATED.search(before) and (SUICIDE not in rule_kinds or name == "zelfmoord"))
                or _about_data(norm, match)
                or (name == "doodsbedreiging" and (SELF.search(before) or SELF.search(match.group() + " ")))
                or (name.startswith("slaan") and _between_children(norm, match))
                or (name.startswith("slaan") and NEGATED_AFTER.search(norm[match.start() :]))
                or ("opgesloten" in match.group() and SECLUSION.search(norm))
            ):
                continue
            kinds.update(rule_kinds)
            signals.append(name)
            spans.append(match.span())
            break
    topic = TOPIC.search(norm)
    if (
        topic
        and not kinds
        and not NEGATED.search(norm[: topic.start()])
        and not _about_data(norm, topic)
        and (not PROCEDURE.search(norm) or CONCRETE.search(norm))
    ):
        kinds.add(SUICIDE if re.match(r"zel|sui|zui", topic.group()) else VIOLENCE)
        signals.append("onderwerp")
    if not kinds:
        return None
    if ACUTE not in kinds and _now(norm, spans):
        kinds.add(ACUTE)
        signals.append("nu")
    if _child_writer(norm):
        kinds.add(CHILD)
        signals.append("kind")
    return Crisis(tuple(k for k in KINDS if k in kinds), tuple(signals))


# Which prompt file speaks to which kind, in the order the help is offered.
CRISIS_PROMPTS = {
    ACUTE: "crisis-acuut.md",
    CHILD: "crisis-kind.md",
    SUICIDE: "crisis-zelfdoding.md",
    VIOLENCE: "crisis-geweld.md",
}
CRISIS_OPENING = "crisis.md"
CRISIS_MAYBE = "crisis-misschien.md"  # found by meaning only: less sure, so gentler


def _prompt(prompts_dir: Path, name: str) -> str:
    return (prompts_dir / name).read_text(encoding="utf-8").strip()


def crisis_message(crisis: Crisis, prompts_dir: Path) -> str:
    """The Dutch text that goes before the answer: who to call, most urgent first, with one warm line.

    Acute danger opens with 112 itself; otherwise the warm line comes first and the help lines follow.
    """
    helps = [_prompt(prompts_dir, CRISIS_PROMPTS[kind]) for kind in CRISIS_PROMPTS if kind in crisis.kinds]
    opening = _prompt(prompts_dir, CRISIS_MAYBE if crisis.signals == (MEANING,) else CRISIS_OPENING)
    parts = [helps[0], opening, *helps[1:]] if crisis.acute else [opening, *helps]
    return "\n\n".join(parts)


# --- One call for the app ----------------------------------------------------------------------------------------

NOUNS = {
    "naam": ("een naam", "namen"),
    "bsn": ("een BSN", "BSN's"),
    "telefoon": ("een telefoonnummer", "telefoonnummers"),
    "e-mail": ("een e-mailadres", "e-mailadressen"),
    "iban": ("een rekeningnummer", "rekeningnummers"),
    "adres": ("een adres", "adressen"),
    "datum": ("een datum", "datums"),
}
PRIVACY_PROMPT = "persoonsgegevens.md"


@dataclass(frozen=True)
class Screening:
    """A question after screening: the text to search and store, what was taken out, and any crisis signal."""

    text: str
    categories: tuple[str, ...]  # in order of first appearance, each once
    counts: tuple[tuple[str, int], ...]
    crisis: Crisis | None
    names_checked: bool  # False: deduce was not (yet) available, only patterns ran

    @property
    def redacted(self) -> bool:
        return bool(self.categories)


def screen(text: str, wait_for_names: bool = True) -> Screening:
    """Redact personal data and look for a crisis in one call; crisis detection reads the original text."""
    findings = find_personal_data(text, wait=wait_for_names)
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.category] = counts.get(f.category, 0) + 1
    return Screening(
        text=_apply(text, findings) if text else text,
        categories=tuple(counts),
        counts=tuple(counts.items()),
        crisis=detect_crisis(text),
        names_checked=names_active(),
    )


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def privacy_notice(screening: Screening, prompts_dir: Path) -> str | None:
    """The kind notice that personal data was left out, e.g. "… ik heb een naam en een BSN weggelaten."; else None."""
    if not screening.redacted:
        return None
    nouns = [NOUNS[c][0 if n == 1 else 1] for c, n in screening.counts]
    return _prompt(prompts_dir, PRIVACY_PROMPT).replace("{gegevens}", _join(nouns))


# --- Crisis by meaning: the second net ----------------------------------------------------------------------------

CRISIS_EXAMPLES = Path(__file__).parent / "data" / "crisis"


def load_examples(paths: list[Path] | None = None) -> list[dict[str, object]]:
    """Labelled messages ({"text", "crisis", "kinds"}): the crisis sets are both the eval sets and the bank."""
    import json

    rows: list[dict[str, object]] = []
    for path in paths if paths is not None else sorted(CRISIS_EXAMPLES.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


class CrisisNet:
    """A crisis by meaning, for the phrasings no pattern thought of ("op het dak en wil springen").

    Patterns caught about half of each new set's crisis messages at first sight. This net is a logistic
    regression on the question's embedding (the retrieval model's, so the vector is already there), trained at
    start-up on the labelled crisis sets: ordinary questions in them are deliberately close to crisis ones ("slaat
    met deuren"), which is what teaches the boundary. Measured leave-one-set-out in evaluate.py. A detection by
    meaning alone gets the gentler message (``crisis-misschien.md``): it is less sure than a pattern.
    """

    def __init__(
        self,
        embed: Callable[[list[str]], list[list[float]]],
        examples: list[dict[str, object]] | None = None,
        threshold: float = 0.5,
        l2: float = 1e-3,
        epochs: int = 3000,
    ) -> None:
        import numpy as np

        self.examples = examples if examples is not None else load_examples()
        self.threshold = threshold
        x = np.asarray(embed([str(e["text"]) for e in self.examples]), dtype=np.float64)
        x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-12
        y = np.asarray([1.0 if e["crisis"] else 0.0 for e in self.examples])
        self._mean = x.mean(axis=0)
        xc = x - self._mean
        w, b = np.zeros(x.shape[1]), 0.0
        for _ in range(epochs):  # plain gradient descent: 350 examples × 384 dimensions take about a second
            grad = 1.0 / (1.0 + np.exp(-(xc @ w + b))) - y
            w -= 2.0 * (xc.T @ grad / len(y) + l2 * w)
            b -= 2.0 * float(grad.mean())
        self._w, self._b = w, b
        # Which help to name: the kinds of the most similar crisis examples.
        crisis = [i for i, e in enumerate(self.examples) if e["crisis"]]
        self._crisis_rows = xc[crisis] + self._mean
        self._crisis_kinds = [tuple(self.examples[i].get("kinds") or ()) for i in crisis]  # type: ignore[arg-type]

    def probability(self, vector: list[float]) -> float:
        import numpy as np

        q = np.asarray(vector, dtype=np.float64)
        q /= np.linalg.norm(q) + 1e-12
        return float(1.0 / (1.0 + np.exp(-((q - self._mean) @ self._w + self._b))))

    def detect(self, vector: list[float]) -> Crisis | None:
        import numpy as np

        if self.probability(vector) < self.threshold:
            return None
        q = np.asarray(vector, dtype=np.float64)
        q /= np.linalg.norm(q) + 1e-12
        nearest = np.argsort(-(self._crisis_rows @ q))[:5]
        votes: dict[str, int] = {}
        for i in nearest:
            for kind in self._crisis_kinds[int(i)]:
                votes[str(kind)] = votes.get(str(kind), 0) + 1
        # Less sure than a pattern, so every kind among the nearest examples gets its help line; 112 stays in the
        # opening text ("Is er nu gevaar?") rather than as an acute alarm, which only patterns raise.
        kinds = [kind for kind in KINDS if kind != ACUTE and votes.get(kind, 0) > 0] or [VIOLENCE]
        return Crisis(kinds=tuple(kinds), signals=(MEANING,))


MEANING = "betekenis"


def example_vectors(model_name: str, embed: Callable[[list[str]], list[list[float]]]) -> list[list[float]]:
    """The crisis examples embedded with one model, cached on disk (embedding them is the slow part of start-up)."""
    import hashlib
    import os
    import sys

    import numpy as np

    texts = [str(e["text"]) for e in load_examples()]
    digest = hashlib.sha256("\n".join([model_name, *texts]).encode("utf-8")).hexdigest()[:16]
    root = Path(sys.prefix) / "share" / "wegwijs"
    if not os.access(sys.prefix, os.W_OK):
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "wegwijs"
    path = root / f"crisis-vectors-{digest}.npy"
    if path.exists():
        cached = np.load(path)
        if cached.shape[0] == len(texts):
            return cached.tolist()
    vectors = np.asarray(embed(texts), dtype=np.float32)
    try:
        root.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp.npy")
        np.save(partial, vectors)
        partial.replace(path)
    except OSError:  # a read-only install still works, it only embeds the examples at every start
        pass
    return vectors.tolist()


def crisis_net_for(model_name: str, embed: Callable[[list[str]], list[list[float]]]) -> CrisisNet:
    vectors = example_vectors(model_name, embed)
    return CrisisNet(lambda _texts: vectors, load_examples())


def combine(by_pattern: Crisis | None, by_meaning: Crisis | None) -> Crisis | None:
    """Patterns, when they fire, name the help precisely; the net by meaning only speaks when they are silent."""
    return by_pattern or by_meaning
