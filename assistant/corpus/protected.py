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
from assistant.corpus.unmask import plain

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
    every_day: bool = False  # every day of the week (not day and night): weekdays only is never true of it
    # Old and colloquial names ("het AMK", "het kindernummer"): matched as written, never one letter off, because
    # "kinderlijn" is one letter from the everyday word "kinderlijk" (red team round 8).
    other_names: tuple[str, ...] = ()
    # described instead of named, as regular expressions (red team round 10: "de landelijke lijn voor
    # zelfdodingspreventie", "het noodnummer werkt slecht; bel eerst de buren")
    described: tuple[str, ...] = ()


PROTECTED: tuple[ProtectedService, ...] = (
    ProtectedService(
        "alarmnummer-112",
        ("Alarmnummer 112", "alarmnummer"),
        ("112",),
        always_open=True,
        other_names=("alarmcentrale", "alarmlijn"),
        described=(
            r"het (?:\w+ ){0,2}noodnummer(?! van)|(?:de |het )?driecijferige? (?:nood|alarm)?nummer",
            # red team round 21: "bel je geen ambulance", "sneller dan de meldkamer", "niet meteen de hulpdiensten"
            r"(?:bel|belt|bellen) (?:\w+ ){0,2}(?:een |de |geen )(?:ambulance|ziekenwagen)|(?:een |de )?(?:ambulance|"
            r"ziekenwagen) (?:\w+ ){0,2}nodig|"
            r"(?:de )?meldkamer|(?:de )?hulpdiensten",
            r"het landelijke? (?:alarm|nood)nummer",
            r"(?:the )?(?:dutch |national )?emergency (?:phone |telephone )?(?:number|line)",
            # red team round 11: "een ambulance wordt alleen gebeld als de ouders toestemming geven"
            r"(?:een|de) ambulance (?:\w+ ){0,2}(?:bellen|gebeld|laten komen|gebeld worden)|call(?:ing)? an ambulance",
            # red team round 23: "bel je eerst de huisartsenpost; die schakelt zelf de ambulance in"
            r"(?:schakel\w*|roept|regelt|bestelt|stuurt) (?:\w+ ){0,3}(?:de|een) (?:ambulance|ziekenwagen)\b",
        ),
    ),
    ProtectedService(
        "veilig-thuis",
        ("Veilig Thuis", "AMHK", "meldpunt huiselijk geweld", "meldpunt voor huiselijk geweld"),
        ("0800-2000",),
        always_open=True,
        other_names=("AMK", "Steunpunt Huiselijk Geweld", "SHG", "meldpunt kindermishandeling", "VT"),  # round 22
        described=(
            r"(?:landelijke |gratis )*(?:meldnummer|meldlijn|advieslijn) (?:voor |bij )?(?:huiselijk geweld|"
            r"kindermishandeling)",
            # English (red team round 10, H7: help lines described in English passed unnoticed)
            r"(?:domestic (?:violence|abuse)|child abuse) (?:hot|help|report(?:ing)? )?(?:line|number|cent(?:re|er))",
            r"(?:advice (?:and|&) )?report(?:ing)? cent(?:re|er) for (?:domestic (?:violence|abuse)|child abuse)",
            # round 11: "het landelijke nummer tegen kindermishandeling en huiselijk geweld verdwijnt in 2027"
            r"(?:landelijke |nationale )(?:nummer|lijn|meldpunt|meldlijn) (?:tegen|voor|bij) (?:kindermishandeling|"
            r"huiselijk geweld)",
            # round 16: "het advies- en meldpunt" on its own is the AMHK, Veilig Thuis's former name
            r"advies- en meldpunt",
        ),
    ),
    ProtectedService(
        "113-zelfmoordpreventie",
        ("113 Zelfmoordpreventie", "Zelfmoordpreventie", "113.nl", "Zelfmoordpreventielijn", "Zelfmoordlijn"),
        ("113", "0800-0113"),
        always_open=True,
        other_names=("zelfmoordhulplijn", "suïcidelijn", "113 Online"),
        described=(
            r"(?:landelijke|nationale|anonieme) (?:\w+ )?(?:hulp|chat|telefoon|praat)?lijn\b[^.!?]{0,60}"
            r"\b(?:zelfmoord\w*|zelfdoding\w*|su[iï]cid\w*)",
            r"(?:zelfmoord|zelfdodings|su[iï]cide)(?:preventie)?(?:lijn|chat)",
            r"suicide (?:prevention )?(?:hot|help|crisis |chat )?line",
            # round 16: "de hulplijn voor zelfdoding werkt met een wachtlijst"
            r"(?:hulp|help|telefoon|chat)?lijn (?:voor|bij|tegen|rond) (?:zelfdoding|zelfmoord|su[iï]cide)",
        ),
    ),
    ProtectedService(
        "kindertelefoon",
        ("De Kindertelefoon", "Kindertelefoon", "Kinder Telefoon"),
        ("0800-0432",),
        every_day=True,  # "elke dag bereikbaar via telefoon en chat" (its signed card)
        # described instead of named (red team round 9: "de gratis 0800-lijn voor kinderen is alleen overdag open")
        other_names=(
            "kindernummer",
            "kinderlijn",
            "kinderhulplijn",
            "0800-lijn voor kinderen",
            "lijn voor kinderen",
            "hulplijn voor kinderen",
            "telefoon voor kinderen",
            "nummer voor kinderen",
            "children's helpline",
            "child helpline",
            "kids helpline",
            "helpline for children",
            "hotline for children",
            # round 13: the line named in the languages our readers write in
            "Kindertelefon",
            "Kinder- und Jugendtelefon",
            "çocuk yardım hattı",
            "cocuk yardim hatti",
            "telefon zaufania dla dzieci",
            "línea de ayuda para niños",
            "línea de ayuda infantil",
        ),
    ),
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
PHONE_NUMBER = re.compile(
    r"(?<![\w-])(?:\+31[ -]?(?:\(0\)[ -]?)?|0)(?:[1-9][ .-]?){1}(?:\d[ .-]?){5,9}\d(?![\w-])"
    r"|(?<![\w-])0(?:800|900|90[69])[ .-]?\d(?:[ .-]?\d){3,6}(?![\w-])"
)


def digits(number: str) -> str:
    """A number as its digits only, +31 written as 0: the form in which numbers are compared."""
    only = re.sub(r"\D", "", number)
    return "0" + only[2:] if number.strip().startswith("+31") else only


VALID_NUMBERS = {digits(p) for s in PROTECTED for p in s.phones} | {digits(p) for p in ALSO_VALID}


def _name_pattern(service: ProtectedService) -> re.Pattern[str]:
    """A service's names, spaces optional or hyphens ("VeiligThuis", "Veilig-Thuis")."""
    names = [r"[\s-]*".join(re.escape(word) for word in n.split()) for n in (*service.names, *service.other_names)]
    names += list(service.described)
    return re.compile("|".join(rf"(?<![\w-]){n}(?![\w-])" for n in names), re.IGNORECASE)


def number_said(service: ProtectedService, sentence: str) -> bool:
    """A protected number in the sentence: "bel 112 alleen als …", "0800-2000 neemt niet op"."""
    found = {digits(n.group()) for n in PHONE_NUMBER.finditer(sentence)}
    return short_number_said(service, sentence) or bool(found & {digits(p) for p in service.phones})


def short_number_said(service: ProtectedService, sentence: str) -> bool:
    """112 or 113 standing on its own; "€ 1.112,50" and "artikel 2:113" hold no line's number."""
    return any(re.search(rf"(?<![\w.,:-]){p}(?![\w-]|[.,:]\d)", sentence) for p in service.phones if len(p) == 3)


NAME_PATTERNS = [(s, _name_pattern(s)) for s in PROTECTED]


_OLD_NAMES = [
    (re.compile(rf"(?<![\w-]){re.escape(n)}(?![\w-])", re.IGNORECASE), s.names[0].removeprefix("De "))
    for s in PROTECTED
    for n in s.other_names
]


def current_names(text: str) -> str:
    """A line's old or colloquial name as its own ("is het AMK alleen voor professionals?" asks about Veilig Thuis):
    searched and judged by the name its card carries."""
    for pattern, name in _OLD_NAMES:
        text = pattern.sub(name, text)
    return text


def named_service(name: str) -> ProtectedService | None:
    """The protected service a card's name points to ("Veilig Thuis Brabant-Zuidoost", "Kindertelefoon (landelijk)")."""
    own_name = re.sub(r"\([^)]*\)", "", plain(name))  # "Spoedpoli (112 bij nood)" is not the 112 card
    for service, pattern in NAME_PATTERNS:
        if pattern.search(own_name) or name.strip().lower() == service.id:
            return service
    short = re.match(r"\s*(112|113)\b", own_name)  # "113 Jongerenlijn Peelrand" borrows 113's name
    return next((s for s in PROTECTED if short and short.group(1) in s.phones), None)


def owner_of(phone: str | None) -> ProtectedService | None:
    """The protected service whose number a card gives ("Zorglijn Tiel (113)", phone 113): it speaks for it."""
    given = {digits(p) for p in re.split(r"\s*(?:;|/|\bof\b)\s*", phone or "") if p.strip()}
    return next((s for s in PROTECTED if given & {digits(p) for p in s.phones}), None)


# The lines a person in danger is sent to: an unreviewed file may not speak for them (answering/lines.py).
CRISIS_LINE_IDS = ("alarmnummer-112", "veilig-thuis", "113-zelfmoordpreventie", "kindertelefoon")


def names_a_crisis_line(text: str) -> bool:
    """A crisis line by any name, old name, description or number ("het noodnummer", "de kinderlijn", "0800-0113")."""
    return any(pattern.search(text) or number_said(s, text) for s, pattern in NAME_PATTERNS if s.id in CRISIS_LINE_IDS)


def services_named_in(text: str) -> list[str]:
    """The ids of the protected services a question names ("Is 112 alleen voor volwassenen?" names 112 only)."""
    clean = plain(text)
    named = [s.id for s, pattern in NAME_PATTERNS if pattern.search(clean)]
    return named + [s.id for s in PROTECTED if s.id not in named and number_said(s, clean)]


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


# A line described, not named: "Pas daarna mag het advies- en meldpunt gebeld worden", "De mentor beslist of het nodig
# is om de landelijke lijn te bellen", "zelf een meldpunt bellen is voor leerlingen niet de bedoeling" (red team round
# 19). From a file nobody reviewed such a sentence is not shown either (answering/lines.py), law wording included.
LINE_TALK = re.compile(
    r"\b(?:advies- en )?meldpunt\w*(?! (?:datalek|discriminatie|fraude|van de autoriteit))|"
    r"\b(?:hulp|meld|crisis|nood|kinder|jongeren|chat|zorg)lijn\w*|\blandelijke (?:\w+ )?(?:lijn|"
    r"nummer|telefoon\w*)\b|\bhulpnummer\w*|\bzelfmoordpreventie\b|"
    # round 20: "een nationaal nummer voor zelfdodingspreventie", "anonieme chatdiensten", "een gratis kindernummer"
    r"\b(?:nationale?|landelijke?|gratis|anonieme?) (?:\w+ )?(?:nummers?|lijnen|chatdienst\w*|chats?|"
    r"telefoonnummers?)\b|"
    r"\b(?:kinder|jongeren)nummer\w*|\banoniem (?:\w+ )?(?:bellen|chatten)\b|\bzelfdodingspreventie\b",
    re.IGNORECASE,
)
