"""What kind of question this is, in the words the sources use for it.

A parent writes "de tlv is afgewezen, kan ik daar iets tegen doen?"; the plan's section says "bezwaar" and
"binnen zes weken". Dense retrieval bridges part of that gap, the word index none of it. Each kind below adds the
sources' own words for it to the word-index query only (the question's meaning is embedded as asked).
"""

from __future__ import annotations

import re

# kind: (how a reader asks it, the words the documents use for it)
KINDS: dict[str, tuple[re.Pattern[str], str]] = {
    "bezwaar": (
        re.compile(
            r"\b(?:niet eens|oneens|afgewezen|afwijzing|geweigerd|weigert|weigering|iets tegen (?:doen|ondernemen)|"
            r"tegen in gaan|ertegenin|in beroep|bezwaar|klagen|klacht|disagree|appeal|object)\b"
        ),
        "bezwaar bezwaarschrift besluit klacht beroep",
    ),
    "termijn": (
        re.compile(r"\b(?:hoe ?lang|hoeveel tijd|binnen hoeveel|wanneer|termijn|deadline|how long|duurt)\b"),
        "termijn weken binnen",
    ),
    "wie_beslist": (
        re.compile(r"\b(?:wie (?:beslist|besluit|bepaalt|mag beslissen|geeft toestemming)|who decides)\b"),
        "beslist besluit toestemming",
    ),
    "contact": (
        re.compile(
            r"\b(?:telefoonnummer|nummer|bellen|bel ik|mailen|e-?mail\w*|mailadres|contact\w*|bereikbaar|"
            r"waar (?:kan|moet) ik (?:\w+ ){0,3}(?:terecht|heen|klagen|melden|indienen)|waar dien ik|bij wie|"
            r"phone|call)\b"
        ),
        "bel telefoon mail contact",
    ),
    "delen": (
        re.compile(
            r"\b(?:mag (?:ik|de school|school|de leerkracht|de juf|de mentor|jeugdhulp|het wijkteam) "
            r"(?:\w+ ){0,8}(?:delen|doorgeven|vertellen|doorsturen|sturen|mailen|appen|geven|laten zien)|"
            r"(?:delen|doorgeven|doorsturen) zonder toestemming|may i share|can i share|"
            r"mag (?:ik|de school|school|de leerkracht|de juf|de mentor) (?:\w+ ){0,4}(?:melden|bellen) "
            r"(?:\w+ ){0,3}zonder)\b"
        ),
        "toestemming delen gegevens",
    ),
}


# A sentence that states the fact a kind of question asks for: a term, an objection route, who decides, the rule on
# sharing. The extractive answer prefers such sentences among those that match the question (answering/extractive.py).
STATES: dict[str, re.Pattern[str]] = {
    "bezwaar": re.compile(
        r"\b(?:bezwaar\w*|beroep|klacht\w*|geschil\w*|heroverweging|landelijke (?:bezwaar)?adviescommissie)\b", re.I
    ),
    "termijn": re.compile(
        # an age is no term ("tot 23 jaar", "vanaf 16 jaar", "jonger dan 12 jaar"), nor "binnen school" (set 18)
        r"(?<!\btot )(?<!vanaf )(?<!\bvan )(?<!onder )(?<!boven )(?<!\bdan )(?<!\bde )"
        r"\b(?:\d+|een|twee|drie|vier|vijf|zes|acht|tien|twaalf|vijftien|achttien) (?:(?:werk|school|kalender)?dagen|"
        r"weken|maanden|jaar|jaren|schoolweken)\b|\b(?:uiterlijk|termijn|geldig tot|verlengen)\b",
        re.I,
    ),
    "wie_beslist": re.compile(r"\b(?:beslist|beslissen|besluit|bepaalt|toestemming|geeft)\b", re.I),
    "contact": re.compile(r"\b0\d{2,3}-?\d{6,7}\b|\b0[89]00-?[\d ]{4,9}\b|@|\b(?:bel|mail)\b", re.I),
    "delen": re.compile(r"\b(?:toestemming|alleen (?:als|met|na)|niet zonder|mag (?:alleen|niet|wel))\b", re.I),
}


def states(kinds: list[str], sentence: str) -> bool:
    """Whether the sentence states what one of these kinds of question asks for."""
    return any(STATES[kind].search(sentence) for kind in kinds)


def kinds_of(question: str) -> list[str]:
    text = question.lower()
    kinds = [kind for kind, (pattern, _words) in KINDS.items() if pattern.search(text)]
    # "mag ik Veilig Thuis bellen zonder het de ouders te vertellen?" asks whether, not which number.
    return [k for k in kinds if k != "contact"] if "delen" in kinds else kinds


# Everyday (and English) words for what laws and plans name otherwise: a parent asks for a "kopie" of the "dossier",
# the Jeugdwet says "afschrift" and "inzage". Added to the word-index query only, like the kinds above.
LEGAL_WORDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b(?:{lay})\b", re.IGNORECASE), words)
    for lay, words in [
        (r"kopie|kopietje|copy", "afschrift"),
        (
            r"inzien|inkijken|bekijken|lezen wat|zien wat|opvragen|opgeschreven|vastgelegd|access|"
            r"see (?:the|my|his|her)",
            "inzage dossier",
        ),
        (r"wegsturen|weggestuurd|van school (?:gestuurd|getrapt)|eruit gezet|expel\w*", "verwijdering verwijderen"),
        (r"geschorst|schorsen|suspend\w*", "schorsing geschorst"),
        (r"vernietigen|wissen|weggooien|delete|destroy|erase", "vernietiging vernietigen"),
        (r"bewaard|bewaren|opslaan|keep|kept", "bewaartermijn bewaren"),
        (r"voogdij|custody|zeggenschap over", "gezag"),
        (r"consent|permission|goedkeuring|handtekening|tekenen", "toestemming"),
        (r"mr|medezeggenschap", "medezeggenschapsraad"),
        (r"instemmen|tegenstemmen|niet mee eens", "instemming"),
        (r"meldpunt|advies- en meldpunt", "veilig thuis advies- en meldpunt"),
        (r"spijbel\w*|verzuim\w*|thuiszit\w*|niet naar school", "verzuim leerplicht"),
        (r"record|file|dossier\w*", "dossier"),
        (r"complain\w*|klaag\w*|klagen", "klacht klachtencommissie"),
        (r"school attendance|compulsory education", "leerplicht"),
        (r"child benefit|kinderbijslag", "kinderbijslag"),
        (r"erkennen|erkend|acknowledge", "erkenning"),
        (r"overlijdt|overleden|dies|died", "overlijden"),
        (r"gescheiden|scheiden|divorce\w*", "echtscheiding"),
        (
            r"gezinscoach|gezinsbegeleider|ambulant begeleider|jeugdwerker|wijkteammedewerker|hulpverlener",
            "jeugdhulpverlener",
        ),
        # English a parent new to the Netherlands writes, in the sources' Dutch
        (r"counsel\w*|therapy|therapist|psychologist|youth care|youth services", "jeugdhulp hulp psycholoog"),
        (r"parents?|mother|father|mom|dad", "ouders"),
        (r"refuse\w*|won'?t let|do not allow|don'?t allow", "weigeren"),
        (r"teacher'?s?|mentor", "leerkracht"),
        (r"notes?", "aantekeningen werkaantekeningen"),
        (r"danger|emergency|unsafe", "gevaar acuut"),
        (r"interpreter|translat\w*|language", "tolk taal"),
        (r"behind|delay\w*|speech", "achterstand taalontwikkeling"),
        (r"special (?:needs|education|school)", "speciaal onderwijs passend onderwijs"),
        (r"share|sharing|pass on", "delen"),
        # blind set 16 (first sight read): a father who wants to see "everything the school has written about him"
        (
            r"see (?:\w+ ){0,2}(?:everything|all|what)|written about|what (?:they|the school) (?:wrote|ha\w+ written)",
            "inzage dossier",
        ),
        (r"leave (?:\w+ )?out|black(?:ed)? out|redact\w*|withh[oe]ld", "weglaten zwart"),
        (r"police|press charges", "politie aangifte"),
        (r"slimme|(?:erg|heel|super) slim|iq van 1[3-6]\d|gifted|verveelt (?:zich|ze|hij)", "hoogbegaafd verrijking"),
        (r"secret|confidential\w*|secrecy|tell (?:anyone|my school|others|my parents)", "geheimhouding"),
        (r"school nurse|school doctor", "jeugdarts jeugdverpleegkundige"),
        (r"bullied|bullying", "gepest pesten"),
        (r"anxious|anxiety|afraid", "angst"),
        (r"without (?:them|their|my|his|her)", "zonder toestemming"),
        # blind set 17 q35: "door autocomplete is het naar de klassenouder gegaan": a data breach, not the pupils' needs
        (
            r"autocomplete|auto-?aanvull\w*|(?:naar|aan|bij) (?:de|een) verkeerde|verkeerde (?:ontvanger|persoon|ouder|"
            r"adres|mailadres|groep|klas|app)|per ongeluk (?:\w+ ){0,6}(?:gestuurd|verstuurd|gemaild|gedeeld|"
            r"doorgestuurd|ge-?cc'?d|geappt)|wrong (?:person|parent|recipient|address|group)|(?:laptop|usb-?stick) "
            r"(?:\w+ ){0,2}(?:kwijt|verloren|gestolen)",
            "datalek verkeerde ontvanger melden",
        ),
    ]
]


# Laws write ages and terms in words ("de leeftijd van vijf jaren", "zestien jaar"), parents and plans in digits ("ze
# wordt 5"): blind set 20 q15 found only the Leerplichtwet's other clauses. Both forms go to the word index.
_WRITTEN = "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien"
NUMBER_WORDS = dict(enumerate(f"{_WRITTEN} zeventien achttien negentien twintig".split()))
_DIGITS_OF = {word: str(n) for n, word in NUMBER_WORDS.items()}
_NUMBERS = re.compile(
    r"(?<![\d.,:/-])(?:1?\d|20)(?![\d.,:/-]?\d)|\b(?:" + "|".join(list(NUMBER_WORDS.values())[2:]) + r")\b", re.I
)


def number_forms(question: str) -> list[str]:
    """The other written form of each number from 2 to 20 in the question (5 -> vijf, zestien -> 16)."""
    found = [m.group(0).lower() for m in _NUMBERS.finditer(question)]
    forms = [NUMBER_WORDS[int(f)] if f.isdigit() else _DIGITS_OF[f] for f in found if not f.isdigit() or int(f) >= 2]
    return list(dict.fromkeys(forms))


def word_query(question: str) -> str:
    """The question for the word index, with the sources' words for its kinds and plain words added once."""
    extra = [KINDS[kind][1] for kind in kinds_of(question)]
    extra += [words for pattern, words in LEGAL_WORDS if pattern.search(question)]
    extra += number_forms(question)
    return f"{question} {' '.join(extra)}" if extra else question


# "wie kan mij helpen?", "waar kan ik terecht met …?", "is er een cursus voor ouders?": a service is the answer.
HELP_SEEKING = re.compile(
    r"\b(?:wie kan (?:mij|ons|me|haar|hem) (?:\w+ )?helpen|waar kan (?:ik|je|we|hij|ze)(?: \w+){0,4} terecht|"
    r"bij wie kan ik|is er (?:\w+ ){0,3}(?:hulp|iemand|een cursus|iets|een plek|ondersteuning|een organisatie|"
    r"een instantie) (?:voor|in|bij)|who can help|where can (?:i|we) (?:get|find) help|waar vind ik hulp|"
    # blind set 12: "bestaat er iets waardoor hij toch kan sporten?", "is there somewhere we can get help"
    r"(?:bestaat|is) er (?:\w+ ){0,2}(?:iets|een regeling|een fonds|hulp|een plek) (?:waardoor|waarmee|zodat|om|voor)|"
    r"is there (?:somewhere|someone|anything|any help))\b|"
    # blind set 17: "is er een plek waar hij anoniem met iemand kan praten, ook via de chat?"
    r"\b(?:is|zijn) er (?:\w+ ){0,3}(?:een plek|plekken|een plaats|iemand|een chat|een nummer) (?:waar|die|bij wie)\b|"
    # "waar kan ik gewoon praten", "wie kunnen ons hierbij helpen", "waar moeten we heen" (blind set 7)
    r"\bwaar (?:kan|kunnen|moet|moeten) (?:ik|je|we|wij|hij|ze) (?:\w+ ){0,3}(?:praten|heen|naartoe|aankloppen|"
    r"hulp (?:krijgen|vragen|vinden))\b|\bwie (?:kan|kunnen) (?:ons|mij|me|haar|hem) (?:\w+ ){0,3}helpen\b|"
    # red team round 16: a child of 9, "kan ik iemand bellen in de kerstvakantie?"
    r"\b(?:kan|mag|moet) (?:ik|je) (?:\w+ )?(?:iemand|ergens|wie) (?:\w+ )?(?:bellen|appen|spreken|mailen)\b|"
    r"\b(?:wie|welk nummer) (?:kan|moet|mag) (?:ik|je) (?:\w+ )?(?:bellen|appen)\b|"
    # blind set 15 q12: "ik wil met iemand praten maar zij mogen t niet weten. kan dat ergens gratis?"
    r"\bwil (?:\w+ ){0,2}met iemand (?:praten|kletsen|chatten)\b|\bkan (?:dat|dit) ergens\b|"
    r"\bkan (?:ik|je) ergens (?:terecht|praten|heen|hulp)\b",
    re.IGNORECASE,
)


def seeks_help(question: str) -> bool:
    return bool(HELP_SEEKING.search(question))
