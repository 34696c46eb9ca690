"""A named person next to what a source read by everyone may not say about them: a pupil's diagnosis, a family's
situation, a care file.

Red team round 6 uploaded a "voorbeeld-verslag" with a real-looking pupil ("Daan Jansen uit groep 5 heeft ADHD,
thuis is er veel ruzie") and it went into the corpus with a warning only. Names alone stay a warning (an author, a
contact person, a minister under a law); a name in the same sentence as a pupil marker or a sensitive word refuses
the upload, unless that line says the person is made up ("fictief", "verzonnen", "voorbeeldnaam").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.safety.pii import find_personal_data, is_first_name

# Health, family and care-file words: special categories (AVG art. 9) and what a school keeps in a pupil's file.
SENSITIVE = re.compile(
    r"\b(?:adhd|add|autis\w*|ass|dyslex\w*|dyscalcul\w*|depress\w*|angststoornis\w*|ptss|trauma\w*|"
    r"hechtings\w*|gedragsstoorn\w*|odd|epilep\w*|diabet\w*|diagnos\w*|medica\w*|medicijn\w*|ritalin\w*|"
    r"psychiat\w*|psycholo\w*|ggz|therapie\w*|behandel\w*|iq|gescheiden|scheiding|uithuisplaats\w*|pleeg\w*|"
    r"ondertoezichtstelling|ots|jeugdbescherming|mishandel\w*|misbruik\w*|verwaarloz\w*|huiselijk geweld|"
    r"verslav\w*|schulden|gedetineerd|veilig thuis|zorgmelding|zorgleerling\w*|opp|ontwikkelingsperspectief\w*|"
    r"tlv|thuiszit\w*|verzuim\w*|geschorst|schorsing|verwijder\w*|dossier\w*|ruzie\w*|suïcid\w*|zelfbeschadig\w*|"
    # red team round 23: "| emma de wit | 7 | anorexia, wordt gewogen bij de jeugdarts |"
    r"anorex\w*|boulim\w*|eetstoorn\w*|ondergewicht|obesitas|kanker|leukemie|zwanger\w*|tourette|zelfmoord\w*|"
    # English (red team round 12: "Mr. and Mrs. Jansen's son Thijs (age 10) was placed in foster care …")
    r"foster\w*|overdos\w*|abuse\w*|neglect\w*|divorce\w*|autism\w*|dyslexia|depression|anxiety|self-harm|custody|"
    r"addict\w*|rehab\w*|child protection|expelled|suspended)\b"
)
# What makes the named person a pupil or a family member: a class, an age, a school role.
PUPIL = re.compile(
    r"\b(?:leerling\w*|groep [1-8]|klas \w+|brugklas\w*|\d{1,2} jaar|geboren|geboortedatum|zoon(?:tje)?|dochter\w*|"
    r"moeder|vader|ouders? van|son|daughter|pupil|student|grade \d+|year \d+|aged? \d{1,2}|mother|father|parents of)\b|"
    r"\((?:age )?\d{1,2}\)"
)
# Said on the detail's own line, and not denied ("Dit is geen fictief voorbeeld", red team round 7). Not at the top of
# the file: round 8 wrote "Fictieve voorbeelden staan in de bijlage; hieronder staat de echte lijst".
MADE_UP = re.compile(
    r"\b(?<!geen )(?<!niet )(?:fictie\w*|verzonnen|voorbeeldnaam\w*|gefingeerd\w*|niet echt bestaand\w*)\b"
)
# An exception on the same line takes the 'fictief' back: "Alle namen zijn fictief, behalve die van Lotte Smit".
# "Op onze fictieve school De Horizon zit Julia Peters …": made up is the school, not the pupil (red team round 10).
NOT_THE_PERSON = re.compile(
    r"\b(?:fictie\w*|verzonnen|gefingeerd\w*) (?:\w+ )?(?:school|scholen|gemeente|stad|dorp|regio|organisatie|"
    r"instelling|samenwerkingsverband|wijk|klas)\b"
)
EXCEPT = re.compile(r"\b(?:behalve|uitgezonderd|met uitzondering van|op \w+ na|except|maar niet|echte?)\b")
# A pupil named in lowercase at the start of a line or sentence: "lieke van dam (groep 6) is onder toezicht gesteld".
LOWER_PERSON = re.compile(
    r"(?m)(?:^|[.:;!?]\s+)(?P<n>[a-zà-ÿ]{2,}(?:\s+(?:van|de|der|den|ter|ten|het|van de|van der))?\s+[a-zà-ÿ]{2,})"
    r"\s*\((?:groep|klas|leerling|\d{1,2})"
)
# Red team round 25: a name in prose in lower case with its surname's particle ("sven de boer uit 2b"), surname first
# ("van der berg, jesse — autisme") or in capitals ("MILAN JACOBS"): its given name must be a known first name.
_PARTICLE = r"(?:van|de|der|den|ter|ten|het|'t)"
PROSE_NAME = re.compile(
    # the given name first only with what a pupil's name is followed by ("lieve de ouders", "mark de datum" are none)
    rf"(?<![\w'-])(?P<n>[a-zà-ÿ]{{2,}}(?:\s+{_PARTICLE}){{1,3}}\s+[a-zà-ÿ]{{2,}}(?=\s+(?:uit|in)\s+(?:groep\s*|klas\s*)?\d"
    r"[a-z]?\b|\s*\(|\s+(?:heeft|had|is|was|krijgt|kreeg|zit|zat|gaat|ging)\b)|(?:"
    rf"{_PARTICLE}\s+){{1,3}}[a-zà-ÿ]{{2,}},\s*[a-zà-ÿ]{{2,}})(?![\w'-])"
)
CAPS_NAME = re.compile(r"(?<![\w-])(?P<n>[A-Z]{2,}(?:\s+(?:VAN|DE|DER|DEN|TER|TEN))*\s+[A-Z]{3,})(?![\w-])")
HEADING_BODY = 300  # characters under a heading that is only a name ("## Sem Bakker", then the case)
# Initials stand for a person as well as a name does ("D.J. uit groep 5 heeft ADHD", round 7): two or more.
INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){2,3}(?=\s|$)")
# deduce also tags law words ("Boek 1", "kader van …") as names: a person's name starts with a capital.
NOT_A_PERSON = re.compile(r"^(?:boek|artikel|wet|rijks|titel|hoofdstuk|afdeling|paragraaf|bijlage)\b", re.IGNORECASE)
BEFORE, AFTER = 40, 80  # characters around the name: "Daan (8) uit groep 5 heeft ADHD", not a quote's far end
SCAN_CHARS = 200_000


BSN_REASON = (
    "bevat een burgerservicenummer (BSN); een BSN hoort niet in de bronnen van Wegwijs, die iedereen leest. "
    "Haal het weg; tot dan blijft de vorige versie in gebruik."
)
CASE_REASON = (
    "noemt een persoon bij naam samen met gegevens over een leerling of gezin (regel {regels}): een diagnose, een "
    "groep of leeftijd, de thuissituatie of een dossier. Iedereen kan de bronnen van Wegwijs lezen; haal de naam weg "
    "of vervang die door een verzonnen naam met 'fictief' erbij. Tot dan blijft de vorige versie in gebruik."
)


def holds_bsn(text: str) -> bool:
    """A citizen service number (nine digits that pass the 11-check, or called a BSN): never in the corpus."""
    from assistant.corpus.unmask import plain

    # and as the reader reads it (plain: digits spelled out, "1l1 222 333" with the letter l; red team round 10)
    texts = {text, plain(text)}
    return spread_bsn(text) or any(f.category == "bsn" for t in texts for f in find_personal_data(t, names=False))


# Red team round 23: a BSN in pieces after its label, over table rows, Word paragraphs or words ("BSN | 467668 |" then
# "| | 772 |"; "het burgerservicenummer eindigt op 668772 en begint met 467").
_BSN_LABEL = re.compile(r"\b(?i:bsn|burgerservicenummer|burgerservice-?nr|sofinummer)\b")


def spread_bsn(text: str) -> bool:
    """Nine digits in at most four pieces within a hundred characters after a BSN label, or just before it, also
    partly in words (round 24: "vier zes zeven 668 772 (dit is het BSN)")."""
    from assistant.corpus.unmask import digit_words, plain

    worded = digit_words(text)
    worded = re.sub(r"(?<=\b\d) (?=\d\b)", "", worded)  # "4 6 7 668 772": the single digits one piece
    for said in {text, plain(text), worded}:
        for label in _BSN_LABEL.finditer(said):
            after = re.findall(r"\d+", said[label.end() : label.end() + 100])[:4]
            before = re.findall(r"\d+", said[max(0, label.start() - 60) : label.start()])[-4:]
            for pieces in (after, before[::-1]):
                if any(sum(len(p) for p in pieces[:n]) == 9 for n in range(2, len(pieces) + 1)):
                    return True
    return False


# Someone's home address, said to be one (red team round 16: "woonadres Hoogstraat 10, Buren" in a privacy note). A
# service's address on a social-map card is public and is not labelled so.
HOME_ADDRESS = re.compile(
    r"\b(?i:woonadres|huisadres|thuisadres|woonachtig (?:op|aan)|woont (?:op|aan)|(?:het )?adres van (?:de |het |"
    r"haar |zijn )?(?:leerling|gezin|ouders?|kind|moeder|vader|familie))\b\s*:?\s*(?:de\s+)?"
    r"(?:(?:[A-Z][\w'.-]+\s+){1,3}|(?i:[a-z][\w'.-]*(?:straat|laan|weg|plein|singel|gracht|kade|dijk|hof|pad|steeg|"
    r"dreef|park|ring|baan|markt|erf|veld)\s+))\d+"  # round 19: all in lower case ("woont op de kerkstraat 12")
)
HOME_ADDRESS_REASON = (
    "noemt het woonadres van een persoon; een adres van een leerling of gezin hoort niet in de bronnen van Wegwijs, "
    "die iedereen leest. Haal het weg; tot dan blijft de vorige versie in gebruik."
)


# A family member's own phone or mail (red team round 20: "moeder van kim: 06-12345678, kim.devries@gmail.com"), and a
# date of birth ("Leerling J.K., geboren 03-04-2014"). A service's number on its card is public and not so placed.
FAMILY_CONTACT = re.compile(
    r"\b(?i:moeder|vader|ouders?|mama|papa|opa|oma|voogd|pleegouders?|gezin)\b[^.\n]{0,40}(?:\b06[- ]?\d{8}\b|"
    r"\+316\d{8}\b|[\w.+-]+@(?i:gmail|hotmail|outlook|live|icloud|yahoo|ziggo|kpnmail|home|planet|xs4all)\.\w+)"
)
BIRTH_DATE = re.compile(
    r"\b(?i:geboren|geb\.|geboortedatum)\s*:?\s*(?:op\s+)?\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d\b"
)
CONTACT_REASON = (
    "noemt het eigen telefoonnummer of e-mailadres van een ouder of gezinslid, of iemands geboortedatum; zulke "
    "gegevens horen niet in de bronnen van Wegwijs, die iedereen leest. Haal ze weg; tot dan blijft de vorige "
    "versie in gebruik."
)


def private_reasons(text: str) -> list[str]:
    """Why a text read by everyone may not be published: a BSN, a home address, or a named pupil with case details
    (Dutch)."""
    reasons = [BSN_REASON] if holds_bsn(text) else []
    reasons += [HOME_ADDRESS_REASON] if HOME_ADDRESS.search(text) else []
    reasons += [CONTACT_REASON] if FAMILY_CONTACT.search(text) or BIRTH_DATE.search(text) else []
    if details := case_details(text, wait=True):
        lines = ", ".join(str(d.line) for d in details[:5]) + (" …" if len(details) > 5 else "")
        reasons.append(CASE_REASON.format(regels=lines))
    return reasons


FILE_NAME_REASON = (
    "de bestandsnaam noemt een persoon bij naam samen met gegevens over een leerling of gezin; de naam van een bron "
    "is voor iedereen zichtbaar. Geef het bestand een naam zonder naam van een leerling."
)


FILE_BSN_REASON = (
    "de bestandsnaam bevat een burgerservicenummer (BSN); de naam van een bron is voor iedereen zichtbaar. Geef het "
    "bestand een naam zonder BSN."
)


def file_name_reason(path: str) -> str | None:
    """Red team round 10: "leerling-sem-bakker-groep7-autisme-vader-in-detentie.md" was served as a source's name.
    The name's words are read as a sentence, capitalised as names would be."""
    stem = re.split(r"[\\/]", path)[-1].split(".")[0]
    whole = re.sub(r"\.[A-Za-z]{2,4}$", "", re.split(r"[\\/]", path)[-1])  # "notitie_111.222.333.md" (round 12)
    if any(holds_bsn(s) for s in (stem, whole, re.sub(r"[-_]", " ", whole))):  # "verslag-111222333.md" (round 11)
        return FILE_BSN_REASON
    words = " ".join(w.capitalize() for w in re.split(r"[-_.\s]+", stem) if w)
    return FILE_NAME_REASON if case_details(re.sub(r"Groep(\d)", r"groep \1", words), wait=True) else None


@dataclass(frozen=True)
class CaseDetail:
    """Where a named person meets a case detail: the line number, never the name or the detail."""

    line: int


def _person(text: str) -> bool:
    return text[:1].isupper() and not NOT_A_PERSON.match(text)


def _only_a_name(heading: str, start: int, end: int, line_start: int) -> bool:
    """A heading that is nothing but the name ("## Sem Bakker"): its section is about that person."""
    rest = heading[: start - line_start] + heading[end - line_start :]
    return not re.sub(r"[#*_\s:.-]", "", rest)


# A table row whose first cell is a lowercase name and which names a class or an age.
TABLE_NAME = re.compile(
    r"^\|\s*(?P<n>[a-zà-ÿ]{2,}(?:\s+(?:van|de|der|den|ter|ten|het|'t))*(?:\s+[a-zà-ÿ]{2,}){1,2}|"
    r"[a-zà-ÿ]{2,}(?:\s+[a-zà-ÿ]{2,})?,\s*[a-zà-ÿ]{2,})\s*\|"  # round 24: "| jansen, noor |", surname first
    r"(?=[^\n]*\b(?:groep\s*\d|gr\.?\s*\d|klas\s*\d|\d{1,2}\s*jaar)\b|(?:[^\n]*\|)?\s*\d{1,2}\s*\|)",  # "| 7 |"
    re.MULTILINE,
)


def _given(name: str) -> str:
    """The given name of "noah de wit" and of "jansen, noor"."""
    return name.split(",")[1].split()[0] if "," in name else name.split()[0]


def case_details(text: str, wait: bool = False) -> list[CaseDetail]:
    """Names of people with a pupil marker or a sensitive word close by, on the same line (not when that line says
    the name is made up). ``wait=False`` does not block on a name recogniser that is still loading."""
    from assistant.corpus.line_tables import html_tables_as_markdown

    text = html_tables_as_markdown(text[:SCAN_CHARS])  # round 24: an HTML table's rows, one per line
    spans = [(f.start, f.end) for f in find_personal_data(text, wait=wait) if f.category == "naam"]
    spans += [m.span() for m in INITIALS.finditer(text)]
    lowercase = [m.span("n") for m in LOWER_PERSON.finditer(text)]
    lowercase += [  # round 12: "| noah de wit | groep 3 | autisme, ouders in scheiding |" in a Markdown table
        m.span("n") for m in TABLE_NAME.finditer(text) if is_first_name(_given(m.group("n")), wait=wait)
    ]
    lowercase += [m.span("n") for m in PROSE_NAME.finditer(text) if is_first_name(_given(m.group("n")), wait=wait)]
    spans += [m.span("n") for m in CAPS_NAME.finditer(text) if is_first_name(m["n"].split()[0].lower(), wait=wait)]
    found: list[CaseDetail] = []
    for start, end in sorted(spans + lowercase):
        if not _person(text[start:end]) and (start, end) not in lowercase:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end) % (len(text) + 1)
        line = text[line_start:line_end].lower()
        if MADE_UP.search(NOT_THE_PERSON.sub(" ", line)) and not EXCEPT.search(line):
            continue  # a line may say its name is made up, unless it makes an exception on the same line
        if text.startswith("#", line_start):
            if not _only_a_name(text[line_start:line_end], start, end, line_start):
                continue  # a heading names a law's authors, not a pupil
            around = text[line_end : line_end + HEADING_BODY].lower()  # "## Sem Bakker" over his case
        else:
            around = text[max(line_start, start - BEFORE) : min(line_end, end + AFTER)].lower()
        if SENSITIVE.search(around) or PUPIL.search(around):
            found.append(CaseDetail(text.count("\n", 0, start) + 1))
    return found
