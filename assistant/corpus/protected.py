"""Protected facts: the phone numbers of national help lines, signed off in this repository, never in an upload.

A wrong number for Veilig Thuis or 113 does more harm than no answer, so these numbers do not come from the corpus:
they live here, in code that only changes by review. `check-corpus` rejects any document or social-map card that
gives one of these services another number, and any landelijk.yaml that differs from the signed-off version (its
sha256 below, or the one a coordinator confirmed with `assistant check-corpus --accept-landelijk`, which is kept
in the corpus's own `sociale-kaart/_landelijk.sha256` and written to the audit log). Even a confirmed
landelijk.yaml must still carry every protected service with the numbers below.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.corpus.schema import CorpusIssue
from assistant.corpus.unmask import host_of, official, plain
from assistant.text import edit_distance, within_one_edit

LANDELIJK = "sociale-kaart/landelijk.yaml"
SIGNOFF_FILE = "sociale-kaart/_landelijk.sha256"
# sha256 of corpus/sociale-kaart/landelijk.yaml as signed off with issue 18 (2026-12-02). Change only by review.
SIGNED_LANDELIJK_SHA256 = {"07f194afbc39ad9640ccc7a0a3741c4fce53f7bc6b8c9bebc0fcdc1096994fce"}


@dataclass(frozen=True)
class ProtectedService:
    """A national service: the id in landelijk.yaml, the names people write, and its only valid numbers."""

    id: str
    names: tuple[str, ...]
    phones: tuple[str, ...]
    always_open: bool = False  # day and night, every day: "gesloten" or "dicht" is never true of it


PROTECTED: tuple[ProtectedService, ...] = (
    ProtectedService("alarmnummer-112", ("Alarmnummer 112", "alarmnummer"), ("112",), always_open=True),
    ProtectedService(
        "veilig-thuis",
        ("Veilig Thuis", "AMHK", "meldpunt huiselijk geweld", "meldpunt voor huiselijk geweld"),
        ("0800-2000",),
        always_open=True,
    ),
    ProtectedService(
        "113-zelfmoordpreventie",
        ("113 Zelfmoordpreventie", "Zelfmoordpreventie", "113.nl", "Zelfmoordpreventielijn", "Zelfmoordlijn"),
        ("113", "0800-0113"),
        always_open=True,
    ),
    ProtectedService("kindertelefoon", ("De Kindertelefoon", "Kindertelefoon", "Kinder Telefoon"), ("0800-0432",)),
    ProtectedService("steunpunt-ouders-en-onderwijs", ("Ouders & Onderwijs", "Ouders en Onderwijs"), ("0800-5010",)),
    ProtectedService("centrum-seksueel-geweld", ("Centrum Seksueel Geweld",), ("0800-0188",)),
    ProtectedService(
        "vertrouwensinspecteurs-onderwijs", ("Vertrouwensinspecteur", "Vertrouwensinspecteurs"), ("0900-111 3 111",)
    ),
    ProtectedService("juridisch-loket", ("Juridisch Loket",), ("0900-8020",)),
)
# Numbers that national texts name next to these services and that are right too (police without urgency).
ALSO_VALID = ("0900-8844",)

# Phone numbers as people write them in running text (short numbers are only ever protected ones).
_NUMBER = re.compile(
    r"(?<![\w-])(?:\+31[ -]?(?:\(0\)[ -]?)?|0)(?:[1-9][ .-]?){1}(?:\d[ .-]?){5,9}\d(?![\w-])"
    r"|(?<![\w-])0(?:800|900|90[69])[ .-]?\d(?:[ .-]?\d){3,6}(?![\w-])"
)
# A sentence ends at . ! ? or a line end; a dot or ? inside a token ("0800.2001", "veiligthuis.nl/melden?x=1") does not.
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.?](?=[\w/=&]))*(?:[.!?](?![\w/=&])|\n|$)")
# Wording that sends readers elsewhere instead of a protected line: "bel niet 113 maar …", "in plaats van 113".
_LINES = r"(?:112|113|alarmnummer|veilig ?thuis|kinder ?telefoon|zelfmoordpreventie(?:lijn)?|de politie)"
_INSTEAD = re.compile(
    rf"\bin plaats van (?:de |het )?{_LINES}\b|"
    rf"\b(?:bel|belt|bellen)\b(?: (?:je|u|jij|dus|voortaan|maar))* (?:niet|nooit) (?:meer )?(?:naar )?"
    rf"(?:de |het )?{_LINES}\b|"
    rf"\bliever\b[^.!?]{{0,80}}\bdan (?:naar )?(?:de |het )?{_LINES}\b|"  # "bel liever de Jeugdlijn dan 113"
    rf"\bsneller dan (?:de |het )?(?:gewone )?{_LINES}|"
    rf"\b{_LINES} (?:is|zijn) (?:vaak|meestal|altijd|soms) (?:in gesprek|bezet|overbelast)|"
    # red team round 6, without naming a line: "Bel dan eerst ons, voordat je iemand anders inschakelt", "bellen met
    # een landelijke lijn is niet nodig", "zodat een melding bij een instantie niet nodig is"
    r"\b(?:bel|belt|bellen|kom|neem contact op met|meld|meldt) (?:\S+ ){0,3}eerst (?:met |bij )?ons\b[^.!?]{0,60}"
    r"\b(?:voordat|voor|dan) (?:je|u|jullie) (?:iemand anders|een ander|anderen|een instantie|de politie|een "
    r"hulplijn|hulp)\b|"
    r"\b(?:(?:bellen|contact) met )?(?:een|de) (?:landelijke|andere) (?:hulp)?lijn (?:\S+ ){0,2}(?:is )?niet "
    r"(?:meer )?nodig\b|\b(?:een )?melding bij (?:een|de) (?:instantie|instanties) (?:\S+ ){0,2}niet (?:meer )?nodig\b",
    re.IGNORECASE,
)
# Emergency numbers of other countries: in the Netherlands the only one is 112.
_FOREIGN_EMERGENCY = re.compile(r"(?<![\w-])(?:911|999)(?![\w-])")
# A protected number spelled out in words ("nul acht honderd twintig nul één") cannot be checked: never.
_SPELLED = re.compile(r"\bnul[ -]acht[ -]?honderd\b|\bnul[ -]negen[ -]?honderd\b", re.IGNORECASE)
# A line called closed or gone: never true of a protected service ("Veilig Thuis is tijdelijk gesloten").
_CLOSED = re.compile(
    r"\b(?:tijdelijk |voorlopig )?(?:gesloten|opgeheven|opgeheft|buiten gebruik|gestopt|stopt|bestaat niet meer|"
    r"niet (?:meer )?(?:bereikbaar|actief|beschikbaar|open)|niet (?:meer )?24 uur|alleen (?:op )?werkdagen|"
    r"onbereikbaar|neemt(?: \S+){0,5} geen (?:telefoon|gesprekken) (?:meer )?aan|"
    r"neemt(?: \S+){0,5} (?:geen|de telefoon niet) (?:telefoon )?(?:meer )?op|neemt(?: \S+){0,4} niet op|"
    r"neemt niemand op|niet meer bestaat|ligt eruit|liggen eruit|(?:is|zijn) overvol|overbelast|storing|"
    r"nachtdienst (?:\S+ ){0,3}opgeheven)\b",
    re.IGNORECASE,
)
# A protected line made harder to reach, or its use put off: "wacht liever tot na de vakantie met melden", "alleen
# per e-mail", "alleen voor volwassenen", "bel 112 alleen als de huisarts dat zegt", "meld pas als zij akkoord zijn",
# "kost 1 euro per minuut" (red team, third round). Only in a sentence that names the line (or a card named after it).
_HINDERED = re.compile(
    r"\bwacht(?:en)? (?!(?:\S+ )?niet\b)(?:\S+ ){0,5}(?:met (?:melden|bellen)|af|tot|eerst)\b|"
    r"\bwacht (?!(?:\S+ )?niet\b)(?:\S+ ){0,3}(?:advies|antwoord)\b|"
    r"\b(?:eerst|liever) (?:\S+ ){0,4}(?:af ?wachten|wachten)\b|"
    # not "je hoeft niet meteen te melden, vraag eerst advies" (meldcode guidance): only the line itself put off
    r"\bniet (?:meteen|direct|gelijk) (?:naar )?(?:de |het )?(?:112|113|veilig thuis|kindertelefoon|de politie)\b|"
    r"\bbel (?:\S+ ){0,3}niet (?:meteen|direct|gelijk)\b|"
    r"\b(?:meld|melden|bel|belt|bellen) (?:\S+ ){0,4}(?:pas|alleen) (?:\S+ ){0,6}(?:als|wanneer|nadat) (?:\S+ ){0,3}"
    r"(?:akkoord|toestemming|dat zegt|zeggen|zegt|goedkeur\w*|gevraagd)\b|"
    r"\balleen (?:nog )?(?:per|via) (?:e-?mail|mail|post|brief|app|website)\b|"
    r"\balleen (?:\S+ ){0,2}(?:voor volwassenen|met (?:een )?(?:inlog\w*|code|account|digid))\b|"
    r"\bniet voor kinderen\b|\bkinderen kunnen er niet\b|\binlogcode\b|"
    r"\b(?:kost|kosten) (?:\S+ ){0,3}(?:euro|cent|€)|\b\d+ (?:euro|cent) per (?:minuut|gesprek)\b|"
    r"\bhoeft (?:\S+ ){0,4}(?:niet|geen) meer (?:te )?bellen\b",
    re.IGNORECASE,
)
# An address that borrows a line's name ("veiligthuis-melden.example", "kindertelefoon-chat.example") but is not its
# own; other sites beside a line's name ("www.huiselijkgeweld.nl") are ordinary references.
_BORROWED = re.compile(r"veilig-?thuis|kinder-?telefoon|zelfmoordpreventie|113|alarmnummer|112", re.IGNORECASE)
# A web or mail address next to a protected line's name must be the line's own (not "veiligthuis-melden.example").
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>()]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_DICHT = re.compile(r"\b(?:dicht|gesloten)\b", re.IGNORECASE)  # of an always-open line: "'s nachts dicht"
# Wording that retires a number: "0800-2000 is afgesloten", "werkt niet meer".
_RETIRED = re.compile(
    r"afgesloten|buiten gebruik|niet meer (?:bereikbaar|in gebruik|geldig|bellen)|werkt niet meer|vervallen|"
    r"opgeheven|vervangen door|heeft nu (?:een )?(?:nieuw )?nummer|nieuwe? (?:tele)?foonnummer",
    re.IGNORECASE,
)
_NEW_NUMBER = re.compile(r"\bvoortaan\b|\bnieuwe? nummer|\bvanaf nu\b", re.IGNORECASE)


def digits(number: str) -> str:
    """A number as its digits only, +31 written as 0: the form in which numbers are compared."""
    only = re.sub(r"\D", "", number)
    return "0" + only[2:] if number.strip().startswith("+31") else only


VALID_NUMBERS = {digits(p) for s in PROTECTED for p in s.phones} | {digits(p) for p in ALSO_VALID}


def _name_pattern(service: ProtectedService) -> re.Pattern[str]:
    """A service's names, spaces optional or hyphens ("VeiligThuis", "Veilig-Thuis")."""
    names = [r"[\s-]*".join(re.escape(word) for word in n.split()) for n in service.names]
    return re.compile("|".join(rf"(?<![\w-]){n}(?![\w-])" for n in names), re.IGNORECASE)


def _said_short(service: ProtectedService, sentence: str) -> bool:
    """112 or 113 written bare and called closed just after: a plan may say "bel 112 of de huisarts"."""
    for short in (p for p in service.phones if len(p) == 3):
        for m in re.finditer(rf"(?<![\w-]){short}(?![\w-])", sentence):
            if _CLOSED.search(sentence[m.end() : m.end() + 40]) or _DICHT.search(sentence[m.end() : m.end() + 40]):
                return True  # "113 is opgeheven", not "de huisartsenpost is gesloten, bel bij nood 112"
    return False


def _number_said(service: ProtectedService, sentence: str) -> bool:
    """A protected number in the sentence: "bel 112 alleen als …", "0800-2000 neemt niet op"."""
    found = {digits(n.group()) for n in _NUMBER.finditer(sentence)}
    short = any(re.search(rf"(?<![\w-]){p}(?![\w-])", sentence) for p in service.phones if len(p) == 3)
    return short or bool(found & {digits(p) for p in service.phones})


_LONG_VALID = sorted(n for n in {digits(p) for s in PROTECTED for p in s.phones} if len(n) >= 8)


def lookalike(number: str, max_edits: int = 1) -> str | None:
    """The protected number that `number` imitates ("0800-2001", "0800-0114"), else None."""
    given = digits(number)
    if given in VALID_NUMBERS or len(given) < 8:
        return None
    return next((n for n in _LONG_VALID if edit_distance(given, n) <= max_edits and given[:4] == n[:4]), None)


_NAME_WORDS = [(s, re.sub(r"\s+", "", n).lower()) for s in PROTECTED for n in s.names if len(n.replace(" ", "")) >= 9]


def loosely_named(sentence: str) -> ProtectedService | None:
    """A protected name however it is split or misspelled by one letter ("Veilg Thuis", "Zelfmoord preventie")."""
    words = re.findall(r"[^\W\d_]+", sentence.lower())
    for size in (1, 2, 3):
        for i in range(len(words) - size + 1):
            joined = "".join(words[i : i + size])
            for service, name in _NAME_WORDS:
                if abs(len(joined) - len(name)) <= 1 and within_one_edit(joined, name):
                    return service
    return None


_PATTERNS = [(s, _name_pattern(s)) for s in PROTECTED]


def phone_conflicts(text: str, about: ProtectedService | None = None) -> list[str]:
    """Dutch reasons for each sentence that gives a protected service a number that is not its own.

    Checked per sentence: a sentence naming a protected service may hold only protected numbers, and may not call
    a protected number retired. `about` is the service a social-map card is named after: each of its sentences
    speaks for it ("Het landelijke nummer is tijdelijk gesloten").
    """
    reasons: list[str] = []
    previous: list[ProtectedService] = []
    for sentence in (m.group().strip() for m in _SENTENCE.finditer(plain(text))):
        if not sentence:
            continue
        named = [s for s, pattern in _PATTERNS if pattern.search(sentence)]
        loose = loosely_named(sentence)
        if loose is not None and loose not in named:
            named.append(loose)
        if about is not None and about not in named:
            named.append(about)
        # One digit off anywhere, two next to a protected name: "0800-2001", "Veilig Thuis op 0800-2010".
        edits = 2 if named else 1
        fake = next((n.group() for n in _NUMBER.finditer(sentence) if lookalike(n.group(), edits)), None)
        if fake is not None:
            reasons.append(
                f"noemt {fake}, dat lijkt op het nummer van een landelijke hulplijn ({lookalike(fake, edits)}) maar "
                f"het niet is; landelijke nummers komen alleen uit de beschermde lijst (zin: “{sentence[:120]}”)."
            )
            continue
        if _FOREIGN_EMERGENCY.search(sentence):
            reasons.append(
                "noemt een alarmnummer van een ander land; in Nederland is het alarmnummer 112 "
                f"(zin: “{sentence[:120]}”)."
            )
            continue
        if named and _SPELLED.search(sentence):
            reasons.append(
                f"schrijft een nummer bij {named[0].names[0]} in woorden; dat kan Wegwijs niet controleren. Schrijf "
                f"het nummer in cijfers: {', '.join(named[0].phones)} (zin: “{sentence[:120]}”)."
            )
            continue
        if _INSTEAD.search(sentence):
            reasons.append(
                "stuurt lezers weg van een landelijke hulplijn (112, 113, Veilig Thuis, De Kindertelefoon); dat kan "
                f"niet via het corpus (zin: “{sentence[:120]}”)."
            )
            continue
        mentioned = named + [s for s in PROTECTED if s not in named and _number_said(s, sentence)]
        if mentioned and _HINDERED.search(sentence):
            reasons.append(
                f"maakt {mentioned[0].names[0]} moeilijker bereikbaar of stelt het bellen uit; wat voor een landelijke "
                f"hulplijn geldt, staat alleen in de beschermde lijst van Wegwijs (zin: “{sentence[:120]}”)."
            )
            continue
        foreign = [a for a in _ADDRESS.findall(sentence) if _BORROWED.search(host_of(a)) and not official(host_of(a))]
        if mentioned and foreign:
            reasons.append(
                f"noemt {foreign[0]} bij {mentioned[0].names[0]}; dat is niet het adres van die landelijke hulplijn "
                f"(zin: “{sentence[:120]}”)."
            )
            continue
        said = named + [s for s in PROTECTED if s not in named and _said_short(s, sentence)]  # "de lijn van 113"
        closed = [s for s in said if _CLOSED.search(sentence) or (s.always_open and _DICHT.search(sentence))]
        if closed:
            reasons.append(
                f"zegt dat {closed[0].names[0]} gesloten of niet bereikbaar is; dat geldt voor een landelijke "
                f"hulplijn alleen in de beschermde lijst van Wegwijs (zin: “{sentence[:120]}”)."
            )
            continue
        numbers = [m.group() for m in _NUMBER.finditer(sentence)]
        retired = bool(_RETIRED.search(sentence) or _NEW_NUMBER.search(sentence))
        # "Veilig Thuis heeft een nieuw nummer. Bel voortaan 0900-1234.": the next sentence speaks for it.
        speaks_for = named or (previous if retired else [])
        previous = named
        owners = [s for s in PROTECTED if {digits(n) for n in numbers} & {digits(p) for p in s.phones}]
        wrong = [n for n in numbers if digits(n) not in VALID_NUMBERS]
        if speaks_for and wrong:
            service = speaks_for[0]
            reasons.append(
                f"noemt {wrong[0]} bij {service.names[0]}, maar het vaste nummer is {', '.join(service.phones)}; "
                f"landelijke hulplijnen komen alleen uit de beschermde lijst in Wegwijs (zin: “{sentence[:120]}”)."
            )
        elif _RETIRED.search(sentence) and (owners or speaks_for):
            service = (owners or speaks_for)[0]
            reasons.append(
                f"zegt dat het nummer van {service.names[0]} niet meer geldt; het vaste nummer is "
                f"{', '.join(service.phones)} en kan niet via het corpus veranderen (zin: “{sentence[:120]}”)."
            )
    return reasons


def named_service(name: str) -> ProtectedService | None:
    """The protected service a card's name points to ("Veilig Thuis Brabant-Zuidoost", "Kindertelefoon (landelijk)")."""
    own_name = re.sub(r"\([^)]*\)", "", plain(name))  # "Spoedpoli (112 bij nood)" is not the 112 card
    for service, pattern in _PATTERNS:
        if pattern.search(own_name) or name.strip().lower() == service.id:
            return service
    short = re.match(r"\s*(112|113)\b", own_name)  # "113 Jongerenlijn Peelrand" borrows 113's name
    return next((s for s in PROTECTED if short and short.group(1) in s.phones), None)


def owner_of(phone: str | None) -> ProtectedService | None:
    """The protected service whose number a card gives ("Zorglijn Tiel (113)", phone 113): it speaks for it."""
    given = {digits(p) for p in re.split(r"\s*(?:;|/|\bof\b)\s*", phone or "") if p.strip()}
    return next((s for s in PROTECTED if given & {digits(p) for p in s.phones}), None)


def services_named_in(text: str) -> list[str]:
    """The ids of the protected services a question names ("Is 112 alleen voor volwassenen?" names 112 only)."""
    clean = plain(text)
    named = [s.id for s, pattern in _PATTERNS if pattern.search(clean)]
    return named + [s.id for s in PROTECTED if s.id not in named and _number_said(s, clean)]


def card_conflict(name: str, phone: str | None) -> str | None:
    """A social-map card named after a protected service must carry that service's own number(s)."""
    service = named_service(name)
    if service is None:
        return None
    given = {digits(p) for p in re.split(r"\s*(?:;|/|\bof\b)\s*", phone or "") if p.strip()}
    if given - {digits(p) for p in service.phones} or not given:
        return (
            f"dienst '{name}' heeft telefoonnummer '{phone or ''}', maar het vaste nummer van "
            f"{service.names[0]} is {', '.join(service.phones)}; dit nummer kan niet via het corpus veranderen."
        )
    return None


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def accepted_hashes(corpus_dir: Path) -> set[str]:
    """The signed-off sha256 plus the one a coordinator confirmed for this corpus."""
    accepted = set(SIGNED_LANDELIJK_SHA256)
    signoff = corpus_dir / SIGNOFF_FILE
    if signoff.is_file():
        for line in signoff.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.strip():
                accepted.add(line.split()[0].lower())
    return accepted


def landelijk_issues(corpus_dir: Path, services: dict[str, str | None] | None) -> list[CorpusIssue]:
    """Errors for landelijk.yaml: changed without sign-off, or a protected service missing or renumbered.

    `services` maps the ids read from landelijk.yaml to their phone field (None when the file did not parse).
    """
    path = corpus_dir / LANDELIJK
    if not path.is_file():
        return []
    issues: list[CorpusIssue] = []
    if sha256_of(path) not in accepted_hashes(corpus_dir):
        issues.append(
            CorpusIssue(
                file=LANDELIJK,
                field="sha256",
                message="landelijk.yaml wijkt af van de ondertekende versie. Controleer de wijziging en bevestig "
                "die met `assistant check-corpus --accept-landelijk` (wordt vastgelegd in het auditlog).",
            )
        )
    if services is not None:
        for service in PROTECTED:
            if service.id not in services:
                issues.append(
                    CorpusIssue(
                        file=LANDELIJK,
                        message=f"landelijke dienst '{service.names[0]}' ({service.id}) ontbreekt; "
                        "landelijke hulplijnen mogen niet verdwijnen.",
                    )
                )
                continue
            given = {digits(p) for p in re.split(r"\s*(?:;|/|\bof\b)\s*", services[service.id] or "") if p.strip()}
            if given != {digits(p) for p in service.phones}:
                issues.append(
                    CorpusIssue(
                        file=LANDELIJK,
                        field="phone",
                        message=f"{service.names[0]} ({service.id}) heeft telefoonnummer "
                        f"'{services[service.id] or ''}', maar het vaste nummer is {' of '.join(service.phones)}.",
                    )
                )
    return issues


def accept_landelijk(corpus_dir: Path, data_dir: Path, who: str) -> str:
    """Record the current landelijk.yaml as confirmed for this corpus (sha256 in the sign-off file, and audited)."""
    from assistant.records.audit import AuditLog

    path = corpus_dir / LANDELIJK
    digest = sha256_of(path)
    signoff = corpus_dir / SIGNOFF_FILE
    signoff.write_text(f"{digest}  landelijk.yaml\n", encoding="utf-8")
    AuditLog(data_dir).append(who, "landelijk-bevestigd", LANDELIJK, sha256=digest)
    return digest
