"""Personal data by pattern (BSN only with the 11-check) plus names of people (safety/names.py): found, then
replaced by labels such as [NAAM] before a question is searched, shown back, stored or sent to a language model."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.safety import names as _names

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


IBAN = re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d){10}\b", re.IGNORECASE)


_SEP = r"(?:[ \t]?[-.]?[ \t]?)"  # "06-12345678", "06 - 123 456 78", "040 123 45 67", "06.12.34.56.78"


# A number spoken digit by digit ("nul zes een twee drie vier vijf zes zeven acht", red team round 7): nine or more
# digit words in a row are a phone number or a BSN, never a sentence.
_DIGIT_WORD = (
    r"(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|zero|one|two|three|four|five|six|seven|eight|nine)"
)
SPELLED_NUMBER = re.compile(rf"(?<!\w){_DIGIT_WORD}(?:[\s,.-]+{_DIGIT_WORD}){{8,}}(?!\w)", re.IGNORECASE)
PHONE = re.compile(
    rf"(?<![\w-])(?:(?:\+|00)31{_SEP}(?:\(0\){_SEP})?|0)(?:[1-9](?:{_SEP}\d){{8}})(?![\w-])"
    rf"|\(0\d{{2,3}}\)[ \t]?\d(?:{_SEP}\d){{5,6}}(?![\w-])"
)


# Postcode letters in capitals (or glued to the digits): "vanaf 2025 is het" is a year, not an address.
POSTCODE_HOUSE = re.compile(r"\b[1-9]\d{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|[a-z]{2})\b(?:[\s,]+\d{1,5}[a-z]?\b)?")


_STREET_SUFFIX = r"(?:straat|laan|weg|plein|singel|gracht|dijk|kade|hof|markt|pad|park|steeg|dreef|baan|plantsoen)"


STREET_HOUSE = re.compile(
    rf"\b(?:[A-Z][\w'.-]*\s+(?:(?:van|de|der|den|het|ter|ten|op|aan)\s+)*)?[A-Za-z][a-zà-ÿ]+{_STREET_SUFFIX}"
    r"\s+\d{1,5}(?:\s?[a-zA-Z]\b|-\d{1,3}|-[a-zA-Z]\b)?\b"
)


# A house number on its own line of a form: "Postcode 3521 CV, huisnummer 8".
HOUSE_NUMBER = re.compile(r"\b(?i:huisnummer|huisnr\.?)[:\s]+\d{1,5}(?:\s?[a-zA-Z]\b|-\w{1,3}\b)?")


_MONTHS = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)"
)


DATE = re.compile(
    r"\b(?:[0-3]?\d[-/.][01]?\d[-/.](?:19|20)\d{2}|(?:19|20)\d{2}-[01]\d-[0-3]\d)\b"
    rf"|\b[0-3]?\d\s+{_MONTHS}\.?\s+(?:19|20)\d{{2}}\b",
    re.IGNORECASE,
)


# Nine digits, grouped any way people group them ("1234 56 782", "1234 5678 2", "12.34.56.782"): one space, dot or
# dash at most between two digits (red team, 2026-12-04: the 4-4-1 and 2-2-2-3 groupings were echoed back).
# Nine digits with any grouping: spaces, dots, dashes of any kind, slashes or underscores, with or without spaces
# around them ("1234 / 56 / 782", "123–456–782", red team).
# A line break counts as a space: "111222\n333" in a hard-wrapped file was printed as "111222 333" (red team round 13).
# round 21: "304·582·177", table bars
_BSN_SEP = r"(?: ?(?:[./_\u2010-\u2015\u2212\u00b7\u2022\u2219\u22c5|-]|\u2026|\.\.\.) ?| ?\r?\n ?| )?"
# "/" and "=" before it are allowed: a BSN in a web address ("…/bsn/123456782", red team round 15) is still one.
NINE_DIGITS = re.compile(rf"(?<![\d._-])(\d(?:{_BSN_SEP}\d){{8}})(?!\d|{_BSN_SEP}\d)")
# A spreadsheet's scientific notation of nine digits ("1,11222333E+08", round 13): a BSN when it passes the 11-check.
SCIENTIFIC_BSN = re.compile(r"(?<![\d.,])(\d)[.,](\d{8})[eE]\+0?8\b")
# Nine digits with a spreadsheet's decimals ("123456782.00", round 14): the same number.
# round 22: three groups of three as thousands are written ("467,668,772", "550'312'705") or as a phone number with
# its first group in brackets ("(292) 045-694"); not "2.15, 2.18, 2.31" (a statute's article numbers).
GROUPED_BSN = re.compile(r"(?<![\d.,'’])\(?(\d{3})(?:[,'’]|\) ?)(\d{3})[,'’ .-]?(\d{3})(?![\d])")
DECIMAL_BSN = re.compile(r"(?<![\d.,])(\d{9})[.,]0{1,2}\b")

# Nine digits that someone calls a BSN are redacted even when they fail the 11-check (a typo is still a BSN).
LABELLED_BSN = re.compile(
    # round 16: "burgerservicenr.", "burgerservice-nr", "BSN-nr", "sofinr"
    r"\b(?i:bsn|burgerservicenummer|burgerservice-?nr\.?|bs-nr\.?|sofinummer|sofi-nummer|sofi-?nr\.?)"
    r"(?:[- ]?(?i:nummer|nr\.?))?"
    # "BSN: …", "BSN van Daan is …", "Burgerservicenummer leerling: …" (red team round 11)
    rf"(?:\s*(?:[:=]|is|(?i:van \w+(?: \w+)? is))|(?:\s+[^\W\d_]+){{1,3}}\s*[:=])?"
    rf"\s*(?P<v>\d(?:{_BSN_SEP}\d){{8}})(?!\d)"
)

# School names: "basisschool De Regenboog", "obs Het Kompas", "het Dr. Knippenbergcollege", "de Al Amana school",
# "zit op De Klimop". A school plus a group number identifies a child in a small village.
_SCHOOL_TYPE = (
    r"(?:basisschool|obs|cbs|pcbs|rkbs|kbs|ikc|sbo|sbao|o\.b\.s\.|c\.b\.s\.|kindcentrum|montessorischool|"
    r"daltonschool|jenaplanschool|vrije school|islamitische basisschool|school|college|lyceum|scholengemeenschap)"
)
_NAME_PART = (
    r"(?:(?:[Dd]e|[Hh]et|'t|[Tt]|[Dd]r\.|[Ss]t\.|[Aa]l|[Ee]l)\s+)?[A-Z][\w'’-]+"
    r"(?:\s+(?:[Dd]e\s+|[Vv]an\s+)?[A-Z][\w'’-]+){0,2}"
)
# Words after "de"/"het" that name a kind of school or class, not a school: "groep 3 van het sbo".
_TYPE_WORDS = (
    r"(?:sbo|so|vso|sbao|vmbo|havo|vwo|mavo|basisschool|school|speciaal|middelbare|nieuwe|oude|eigen|andere|"
    r"huidige|klas|groep|week|dag|maand|jaar|les|ochtend|middag)\b"
)
SCHOOL = re.compile(
    rf"\b(?:(?i:{_SCHOOL_TYPE})|SO|VSO)(?:\s*:)?\s+{_NAME_PART}"
    r"|\b(?:[Dd]e|[Hh]et)\s+(?:(?:[Dd]r|[Ss]t)\.\s+)?(?:(?:[A-Z][\w'’-]+\s+){1,3}(?:school|[Cc]ollege|[Ll]yceum)"
    r"|[A-Z][\w'’-]*(?:school|[Cc]ollege|[Ll]yceum|[Gg]ymnasium))\b"
    r"|(?:(?<=\bop )|(?<=\bbij )|(?<=\bnaar )|(?<=\bto )|(?<=\bat ))(?:De|Het) [A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?"
    r"|(?:(?<=\bzit op )|(?<=\bzat op )|(?<=\bzitten op ))(?:de|het) [a-zà-ÿ][\w'’-]+"
    # lowercase too: "obs de regenboog", "groep 8 van de klimop" (red team round 3)
    r"|\b(?:obs|cbs|pcbs|rkbs|kbs|ikc) (?:de|het|'t|t) (?!" + _TYPE_WORDS + r")[a-zà-ÿ][\w'’-]+"
    r"|(?<=\bgroep \d van )(?:de|het) (?!" + _TYPE_WORDS + r")[a-zà-ÿ][\w'’-]+"
    # "(groep 6, De Regenboog Helmond)": a name after the child's group in brackets (red team round 7)
    r"|(?<=\(groep \d, )(?:[Dd]e|[Hh]et|'t) (?!" + _TYPE_WORDS + r")[\w'’-]+"
    r"|(?<=\(groep \d\d, )(?:[Dd]e|[Hh]et|'t) (?!" + _TYPE_WORDS + r")[\w'’-]+"
)


LABELS = {
    "naam": "[NAAM]",
    "bsn": "[BSN]",
    "telefoon": "[TELEFOON]",
    "e-mail": "[E-MAIL]",
    "iban": "[IBAN]",
    "adres": "[ADRES]",
    "datum": "[DATUM]",
    "school": "[SCHOOL]",
}


# Any of the labels above in a text: not words of the question (retrieval and refusal leave them out).
LABEL = re.compile("|".join(re.escape(label) for label in LABELS.values()))


def without_labels(text: str) -> str:
    return " ".join(LABEL.sub(" ", text).split())


# When two findings overlap, the more specific one wins (an e-mail address contains a name, an IBAN digits).
PRIORITY = ["e-mail", "iban", "bsn", "telefoon", "datum", "adres", "school", "naam"]


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


# Written out so that no pattern sees it (red team rounds 8 and 9): "jan(dot)devries(at)ziggo(dot)nl", "m.jansen at
# gmail punt com", "Kerkstraat nummer zeventien", "geboren op de twaalfde maart tweeduizendvijftien", "mijn zoon
# jayden-lee (9)", "onze daan uit 7b".
EMAIL_IN_WORDS = re.compile(
    r"\b[\w+-]+(?:\s*(?:\((?:dot|punt)\)|\[dot\]|\.)\s*[\w+-]+)*"
    r"\s*(?:\((?:at|a)\)|\[at\]|\{at\}| at | apenstaartje )\s*[\w-]+"
    r"(?:\s*(?:\((?:dot|punt)\)|\[dot\]| punt | dot |\.)\s*[\w-]+)*"
    r"\s*(?:\((?:dot|punt)\)|\[dot\]| punt | dot |\.)\s*(?:nl|com|be|org|net|eu|de|info)\b",
    re.IGNORECASE,
)
_NUMBER_WORD = (
    r"(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|"
    r"zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|"
    r"\w+en(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)|\w*honderd\w*)"
)
STREET_IN_WORDS = re.compile(
    rf"\b[A-Za-z][a-zà-ÿ]+{_STREET_SUFFIX}\s+(?:(?i:nummer|nr\.?|huisnummer)\s+)?"
    rf"(?:\d{{1,5}}[a-zA-Z]?\b|(?i:{_NUMBER_WORD})\b(?=\s*(?:[,.;!?)]|$|(?:in|te|bij|en|hoog)\b)))"
)
_ORDINAL = r"(?:\w+(?:de|ste)|eerste|derde|achtste)"
# and the day as a plain number word with the year in words or digits (red team round 11: "geboren op vijf maart
# tweeduizend vijftien")
DATE_IN_WORDS = re.compile(
    rf"\b(?:{_ORDINAL}|[0-3]?\d|{_NUMBER_WORD})\s+{_MONTHS}\s+(?:negentienhonderd\w*|tweeduizend\w*|(?:19|20)\d{{2}})"
    rf"(?:\s+(?:en\s+)?{_NUMBER_WORD})?\b",
    re.IGNORECASE,
)
_NOT_A_NAME = {
    "zoon", "dochter", "kind", "kindje", "leerling", "broertje", "zusje", "broer", "zus", "jongen", "meisje",
    "oudste", "jongste", "tweeling", "neef", "nicht", "baby", "peuter", "kleuter", "puber", "vriend", "vriendin",
}  # fmt: skip
LOWER_NAME = re.compile(
    r"\b(?:zoon|dochter|kind|leerling|broertje|zusje|pupil|onze|ons)\s+(?P<n>[a-zà-ÿ]{3,}(?:-[a-zà-ÿ]{2,})?)"
    r"(?=\s*\((?:\d{1,2})(?: jaar| jr)?\)|\s+uit (?:groep\s+)?\d{1,2}[a-d]?\b)"
)


def _lower_name(m: re.Match[str]) -> bool:
    return m.group("n") not in _NOT_A_NAME


RULES: list[tuple[str, re.Pattern[str], Callable[[re.Match[str]], bool] | None]] = [
    ("e-mail", EMAIL, None),
    ("e-mail", EMAIL_IN_WORDS, None),
    ("adres", STREET_IN_WORDS, None),
    ("datum", DATE_IN_WORDS, None),
    ("iban", IBAN, None),
    ("bsn", NINE_DIGITS, lambda m: bsn_valid(m.group(1))),
    ("bsn", SCIENTIFIC_BSN, lambda m: bsn_valid(m.group(1) + m.group(2))),
    ("bsn", DECIMAL_BSN, lambda m: bsn_valid(m.group(1))),
    ("bsn", GROUPED_BSN, lambda m: bsn_valid("".join(m.groups()))),
    ("bsn", LABELLED_BSN, None),
    ("telefoon", PHONE, None),
    ("telefoon", SPELLED_NUMBER, None),
    ("datum", DATE, None),
    ("adres", POSTCODE_HOUSE, None),
    ("adres", STREET_HOUSE, None),
    ("adres", HOUSE_NUMBER, None),
    ("school", SCHOOL, None),
]
NAME_RULES = [("naam", LOWER_NAME, _lower_name)]


def names_active() -> bool:
    """True once deduce is loaded: names are found. False means patterns only (still loading, or not installed)."""
    return _names.status() == "ready"


def names_status() -> str:
    """ready / loading / not_loaded / unavailable (with `assistant.safety.names.last_error()` saying why)."""
    return _names.status()


def warm_pii(background: bool = True) -> None:
    """Load the name recogniser once: ~0.5 s from its cache; the very first run builds that cache (~3 s)."""
    _names.warm(background=background)


def _resolve(candidates: list[Finding], text: str = "") -> list[Finding]:
    """Non-overlapping findings: specific categories first, then the longer span."""
    chosen: list[Finding] = []
    for f in sorted(candidates, key=lambda f: (PRIORITY.index(f.category), f.start - f.end, f.start)):
        if all(f.end <= c.start or c.end <= f.start for c in chosen):
            chosen.append(f)
        elif f.category == "naam" and (cut := _before_overlap(f, chosen, text)) is not None:
            chosen.append(cut)  # "Fenna Groot van OBS" ran into the school: the name before it stays a name
    return sorted(chosen, key=lambda f: f.start)


def _before_overlap(found: Finding, chosen: list[Finding], text: str) -> Finding | None:
    """A name's span cut off where the first finding it runs into begins, less the small words before it ("van"),
    when a name of two letters or more is left."""
    end = min((c.start for c in chosen if c.start < found.end and found.start < c.end), default=found.start)
    if end <= found.start or any(c.start <= found.start < c.end for c in chosen):
        return None
    kept = _TRAILING_LINK.sub("", text[found.start : end])
    return Finding(found.category, found.start, found.start + len(kept), found.source) if len(kept) >= 2 else None


_TRAILING_LINK = re.compile(r"(?:\s+(?:van|de|der|den|in|op|uit|bij|het|en))*[\s,(]*$", re.IGNORECASE)


def find_personal_data(text: str | None, names: bool = True, wait: bool = True) -> list[Finding]:
    """Every identifier and (with deduce) name in `text`, in reading order, overlaps resolved.

    `wait=False` does not block on a deduce that is still loading: patterns only for that call.
    """
    if not text:
        return []
    candidates = [
        Finding(category, *(m.span("v") if "v" in pattern.groupindex else m.span()), "patroon")
        for category, pattern, valid in RULES
        if category != "school"
        for m in pattern.finditer(text)
        if valid is None or valid(m)
    ]
    candidates += _schools(text, wait=wait)
    if names:
        candidates += [
            Finding("naam", *m.span("n"), "patroon") for _, rx, ok in NAME_RULES for m in rx.finditer(text) if ok(m)
        ]
        candidates += [
            Finding("naam", *m.span("n"), "patroon")
            for m in OPENING_NAME.finditer(text)
            if m.group("n") not in _NOT_A_NAME and is_first_name(m.group("n"), wait=wait)
        ]
        spans = _names.find(text, wait=wait)
        candidates += [Finding(s.category, s.start, s.end, "deduce") for s in spans or []]
    return _resolve(candidates, text)


def is_first_name(word: str, wait: bool = True) -> bool:
    """Whether deduce's lists know the word as a first name (and it is no common or domain word)."""
    return (model := _names.engine(wait=wait)) is not None and _names.known_first_name(model.lookup_structs, word)


# A first name in lowercase that opens the message or a sentence, with the child's age (red team round 11: "jesse is 8
# en heeft dyslexie"); only when deduce knows it as a first name ("het is 8 uur", "hij is 8" stay).
OPENING_NAME = re.compile(
    r"(?:^|[.!?]\s+)(?P<n>[a-zà-ÿ]{3,}(?:-[a-zà-ÿ]{2,})?)\s+(?:is|wordt|werd)\s+(?:net\s+|bijna\s+|pas\s+)?\d{1,2}\b"
    r"(?!\s*(?:uur|minuten|keer|euro|%|procent))"
)


# Words that make a "school name" match something else: a service, a generic school type, a common place word.
_NOT_SCHOOL = {
    "kindertelefoon", "veilig", "thuis", "juridisch", "loket", "steunpunt", "gemeente", "ggd", "cjg", "wijkteam",
    "basisschool", "school", "middelbare", "brugklas", "bank", "gang", "speciaal", "regulier", "reguliere",
    "onderwijs", "zelfde", "andere", "nieuwe", "oude", "eerste", "tweede", "havo", "vwo", "vmbo", "mavo", "mbo",
    "opp", "tlv", "sop", "avg", "mr", "ib", "ib'er", "ibʼer",  # "mag de school het OPP mailen?" (red team round 9)
    # kinds of school, not a school's name (blind set 13: "zit op het praktijkonderwijs" became [SCHOOL])
    "praktijkonderwijs", "vso", "so", "sbo", "sbao", "pro", "vavo", "hbo", "gymnasium", "atheneum", "lyceum",
    "lwoo", "isk", "kopklas", "taalklas", "schakelklas", "internationale", "montessori", "dalton", "vrije",
}  # fmt: skip
_SCHOOL_PREFIX = re.compile(r"^(?:\S+\s*:?\s+)?(?:(?:de|het|'t)\s+)?", re.IGNORECASE)


def _schools(text: str, wait: bool) -> list[Finding]:
    """School-name matches, minus services ("De Kindertelefoon") and a trailing place ("Het Baken Almere")."""
    found = []
    for m in SCHOOL.finditer(text):
        start, end = m.span()
        words = list(re.finditer(r"[\w'’.-]+", m.group()))
        name = [w for w in words if w.group().lower() not in {"de", "het", "'t", "dr.", "st."}]
        checked = name[1:-1] if name and name[-1].group().lower() in {"school", "college", "lyceum"} else name[1:]
        if any(w.group().lower().strip(".") in _NOT_SCHOOL for w in checked or name):
            continue
        while len(name) > 2 and _names.is_place(name[-1].group(), wait=wait):
            end = start + name[-1].start()
            name.pop()
        found.append(Finding("school", start, start + len(m.group()[: end - start].rstrip()), "patroon"))
    return found


def _apply(text: str, findings: list[Finding]) -> str:
    for f in sorted(findings, key=lambda f: f.start, reverse=True):
        text = text[: f.start] + LABELS[f.category] + text[f.end :]
    return text


def redact(text: str | None, names: bool = True) -> str | None:
    """Replace identifiers and names with a label such as [NAAM]; text without them comes back unchanged."""
    if not text:
        return text
    return _apply(text, find_personal_data(text, names=names))
