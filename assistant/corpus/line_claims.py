"""What a sentence may not say about a protected help line: another number, closed, put off, not anonymous.

Checked per sentence by `check-corpus` for every document and card (the numbers and names live in protected.py).
"""

from __future__ import annotations

import re

from assistant.corpus.line_hours import ALL_HOURS, DICHT, PART_TIME, UNREACHABLE, WEEKDAYS_ONLY, defers
from assistant.corpus.protected import (
    LINE_TALK,
    NAME_PATTERNS,
    PHONE_NUMBER,
    PROTECTED,
    VALID_NUMBERS,
    ProtectedService,
    digits,
    number_said,
    owner_of,
)
from assistant.corpus.unmask import host_of, official, plain
from assistant.text import edit_distance, within_one_edit

# A sentence ends at . ! ? or a line end; a dot or ? inside a token ("0800.2001", "veiligthuis.nl/melden?x=1") does not.
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.?](?=[\w/=&]))*(?:[.!?](?![\w/=&])|\n|$)")
# Wording that sends readers elsewhere instead of a protected line: "bel niet 113 maar …", "in plaats van 113".
_LINES = (
    r"(?:112|113|alarmnummer|alarmcentrale|veilig ?thuis|kinder ?telefoon|kindernummer|kinderlijn|amk|"
    r"zelfmoordpreventie(?:lijn)?|zelfmoordlijn|de politie|meldkamer|hulpdiensten)"  # round 21: "… dan de meldkamer"
)
_EMERGENCY = (
    r"112|het alarmnummer|(?:een|de) ambulance|ambulance|(?:de )?meldkamer|(?:de )?hulpdiensten|(?:de )?alarmcentrale|"
    r"hulp van buiten(?:af| de school)?|externe hulp"  # round 24: "die beslist of er hulp van buiten de school komt"
)
_INSTEAD = re.compile(
    rf"\bin plaats van (?:de |het )?(?:landelijke |nationale |gratis )?{_LINES}\b|"
    rf"\b(?:bel|belt|bellen)\b(?: (?:je|u|jij|dus|voortaan|maar))* (?:niet|nooit) (?:meer )?(?:naar )?"
    rf"(?:de |het )?{_LINES}\b|"
    rf"\bliever\b[^.!?]{{0,80}}\bdan (?:naar )?(?:de |het )?{_LINES}\b|"  # "bel liever de Jeugdlijn dan 113"
    rf"\bsneller dan (?:de |het )?(?:gewone )?{_LINES}|"
    # red team round 9: "het landelijke alarmnummer is voor gezinnen uit Rivierenland niet de juiste weg"
    rf"\b{_LINES}\b[^.!?]{{0,60}}\bniet (?:de |het )?(?:juiste|goede|eerste|handigste|beste) "
    r"(?:weg|plek|adres|nummer|keuze|stap)\b|"
    r"\b(?:landelijke|nationale) (?:alarm|hulp|kinder)?(?:nummer|lijn)\b[^.!?]{0,60}\bniet (?:de |het )?"
    r"(?:juiste|goede|eerste) (?:weg|plek|adres|nummer|keuze)\b|"
    # red team round 10: a card that reports for you ("dan hoef jij verder niemand te bellen")
    r"\bhoef (?:jij|je|u) (?:\S+ ){0,2}niemand (?:anders |meer )?te (?:bellen|melden|inschakelen)\b|"
    # round 18: "wij zijn er in plaats van landelijke lijnen", "0800-nummers kosten … beltegoed; laat kinderen liever
    # niet zelf de hulplijnen bellen", "een melding over mishandeling leidt meestal tot een uithuisplaatsing; meld
    # daarom alleen als je het zeker weet" (doubt is the reason to ask Veilig Thuis, not to wait)
    r"\bin plaats van (?:de |het )?(?:landelijke|nationale) (?:\S+ )?(?:lijnen|hulplijnen|nummers)\b|"
    r"\b0800-?(?:nummers?|lijnen?)\b[^.!?]{0,60}\b(?:beltegoed|kost|kosten|betaald)\b|"
    r"\bliever niet (?:\S+ ){0,3}(?:de |een )?(?:hulp|kinder)?lijnen?\b[^.!?]{0,10}\bbellen\b|"
    r"\bmeld(?:en|t)? (?:\S+ ){0,2}(?:alleen|pas) (?:als|wanneer) (?:je|u|men|de school|jij) (?:het )?(?:\S+ )?zeker "
    r"(?:weet|bent|is|weten)\b|\bmelding\b[^.!?]{0,60}\b(?:leidt|leiden) (?:\S+ ){0,5}tot (?:een )?uithuisplaatsing\b|"
    # round 12: "de landelijke 24-uurs lijn is niet geschikt voor jongeren"; "heb je gedachten aan zelfdoding, wacht
    # dan rustig tot het gesprek met je mentor" (no line named, the lines' ground all the same)
    r"\b(?:landelijke|nationale|24-?uurs) (?:\S+ ){0,2}(?:lijn|hulplijn|nummer|chat)\b[^.!?]{0,40}\bniet "
    r"(?:geschikt|bedoeld) voor (?:jongeren|kinderen|tieners|scholieren)\b|"
    r"\bvoor (?:jongeren|kinderen|tieners|scholieren)\b[^.!?]{0,60}\b(?:landelijke|nationale|24-?uurs) (?:\S+ ){0,2}"
    r"(?:lijn|hulplijn|nummer|chat)\b[^.!?]{0,20}\bniet (?:geschikt|bedoeld)\b|"
    r"\b(?:zelfdoding|zelfmoord\w*|su[iï]cid\w*|dood willen)\b[^.!?]{0,60}\bwacht(?!\s+niet)\w* (?:\S+ ){0,3}"
    r"(?:tot|op|af)\b|"
    # round 12: "de landelijke lijnen verwijzen kinderen uit Buren toch weer naar ons door, dus bel ons als eerste"
    r"\b(?:bel|bellen|belt) (?:\S+ ){0,2}(?:ons|hier) als eerste\b|"
    r"\blandelijke (?:\S+ )?(?:lijnen|lijn|nummers|nummer|hulplijnen)\b[^.!?]{0,60}\b(?:naar ons|bij ons)\b|"
    # round 10: "persoonlijker dan een anonieme landelijke lijn", "een melding … meestal niet nodig", "geen andere
    # hulplijn meer nodig"
    r"\b(?:persoonlijker|beter|fijner|sneller) dan (?:een|de) (?:\S+ ){0,2}(?:landelijke )?(?:hulp|chat)?lijn\b|"
    r"\bmelding\b[^.!?]{0,80}\b(?:meestal|vaak|bijna nooit|zelden|bijna altijd) (?:\S+ ){0,2}(?:niet nodig|geen zin|"
    r"erger|averechts)\b|"  # round 11: "een melding bij een landelijk meldpunt maakt het meestal erger"
    r"\bgeen (?:andere )?(?:hulp)?lijn (?:\S+ ){0,2}(?:meer )?nodig\b|"
    r"\b(?:schakelen|bellen|melden) (?:\S+ ){0,3}zelf (?:de )?(?:landelijke )?(?:instanties|hulplijnen|meldpunten)\b|"
    rf"\b{_LINES} (?:is|zijn) (?:vaak|meestal|altijd|soms) (?:in gesprek|bezet|overbelast)|"
    # red team round 6, without naming a line: "Bel dan eerst ons, voordat je iemand anders inschakelt", "bellen met
    # een landelijke lijn is niet nodig", "zodat een melding bij een instantie niet nodig is"
    r"\b(?:bel|belt|bellen|kom|neem contact op met|meld|meldt) (?:\S+ ){0,3}eerst (?:met |bij )?ons\b[^.!?]{0,60}"
    r"\b(?:voordat|voor|dan) (?:je|u|jullie) (?:iemand anders|een ander|anderen|een instantie|de politie|een "
    r"hulplijn|hulp)\b|"
    r"\b(?:(?:bellen|contact) met )?(?:een|de) (?:landelijke|andere) (?:hulp)?lijn (?:\S+ ){0,2}(?:is )?niet "
    r"(?:meer )?nodig\b|\b(?:een )?melding bij (?:een|de) (?:instantie|instanties) (?:\S+ ){0,2}niet (?:meer )?nodig\b|"
    # round 13: 112 behind a call to a doctor ("belt eerst de jeugdarts; pas als die het nodig vindt, wordt er een
    # ambulance besteld", "overlegt altijd eerst met de schoolarts voordat er een ambulance wordt gevraagd")
    rf"\beerst\b(?! (?:{_EMERGENCY}))[^.!?]{{0,100}}\b(?:voordat|voor|pas als|pas wanneer|pas nadat|daarna pas|"
    r"pas daarna|"
    r"daarna alleen|alleen als|zo nodig|indien nodig|als (?:die|hij|zij) (?:het|dat) nodig vindt|om te beoordelen of|"
    r"(?:die|hij|zij|ze) (?:beslist|bepaalt|beoordeelt) of)\b"
    rf"[^.!?]{{0,40}}\b(?:{_EMERGENCY})\b|"
    rf"\bpas (?:als|wanneer|nadat)\b[^.!?]{{0,60}}\b(?:{_EMERGENCY}) (?:\S+ ){{0,3}}(?:besteld|gebeld|gevraagd|"
    r"opgeroepen|ingeschakeld|geregeld)\b|"
    rf"\b(?:bel|belt|bellen) (?:\S+ )?(?:{_EMERGENCY}) (?:\S+ ){{0,2}}pas (?:als|wanneer|nadat|na)\b|"
    # round 24: "De conciërge belt, als hij dat nodig vindt, de ambulance."
    rf"\b(?:als|wanneer|indien) (?:hij|zij|die|ze) (?:dat|het) nodig (?:vindt|acht)\b[^.!?]{{0,40}}"
    rf"\b(?:{_EMERGENCY})\b|"
    # round 14: "de meldkamer wordt daarna alleen gebeld als de ouders dat willen"
    rf"\b(?:{_EMERGENCY})\b[^.!?]{{0,60}}\b(?:alleen|pas)\b[^.!?]{{0,20}}\b(?:als|wanneer|nadat)\s+"
    r"(?:de |een |onze |uw )?(?:ouders?|arts|huisarts|schoolarts|jeugdarts|directeur|directie|co[öo]rdinator|"
    r"die|hij|zij)\b",
    re.IGNORECASE,
)
# Emergency numbers of other countries: in the Netherlands the only one is 112.
_FOREIGN_EMERGENCY = re.compile(r"(?<![\w-])(?:911|999)(?![\w-])")
# A protected number spelled out in words ("nul acht honderd twintig nul één") cannot be checked: never.
_SPELLED = re.compile(r"\bnul[ -]acht[ -]?honderd\b|\bnul[ -]negen[ -]?honderd\b", re.IGNORECASE)
# A line called closed or gone: never true of a protected service ("Veilig Thuis is tijdelijk gesloten").
_CLOSED = re.compile(
    r"\b(?:tijdelijk |voorlopig )?(?:gesloten|opgeheven|opgeheft|buiten gebruik|gestopt|stopt|bestaat niet meer|"
    r"niet (?:meer )?(?:bereikbaar|actief|beschikbaar|open)|niet (?:meer )?24 uur|alleen (?:nog )?(?:op )?werkdagen|"
    r"alleen (?:\S+ )?kantooruren|"
    r"onbereikbaar|neemt(?: \S+){0,5} geen (?:telefoon|gesprekken) (?:meer )?aan|"
    r"neemt(?: \S+){0,5} (?:geen|de telefoon niet) (?:telefoon )?(?:meer )?op|neemt(?: \S+){0,4} niet op|"
    r"neemt niemand op|niet meer bestaat|ligt eruit|liggen eruit|(?:is|zijn) overvol|overbelast|storing|onbemand|"
    r"niet bemand|"
    r"nachtdienst (?:\S+ ){0,3}opgeheven|verdwijnt|verdwijnen|wordt opgeheven|closed|does not answer|"
    r"doesn'?t answer|not available|no longer (?:exists|"
    r"available)|on weekdays only|only on weekdays)\b",
    re.IGNORECASE,
)
# A protected line made harder to reach, or its use put off: "wacht liever tot na de vakantie met melden", "alleen
# per e-mail", "alleen voor volwassenen", "bel 112 alleen als de huisarts dat zegt", "meld pas als zij akkoord zijn",
# "kost 1 euro per minuut" (red team, third round). Only in a sentence that names the line (or a card named after it).
_HINDERED = re.compile(
    r"\bwacht(?:en)? (?!(?:\S+ )?niet\b)(?:\S+ ){0,8}(?:met (?:melden|bellen)|af|tot|eerst)\b|"
    r"\bwacht (?!(?:\S+ )?niet\b)(?:\S+ ){0,3}(?:advies|antwoord)\b|"
    r"\b(?:eerst|liever) (?:\S+ ){0,4}(?:af ?wachten|wachten)\b|"
    # not "je hoeft niet meteen te melden, vraag eerst advies" (meldcode guidance): only the line itself put off
    r"\bniet (?:meteen|direct|gelijk) (?:naar )?(?:de |het )?(?:112|113|veilig thuis|kindertelefoon|de politie)\b|"
    r"\bbel (?:\S+ ){0,3}niet (?:meteen|direct|gelijk)\b|"
    r"\b(?:meld|melden|bel|belt|bellen) (?:\S+ ){0,4}(?:pas|alleen) (?:\S+ ){0,6}(?:als|wanneer|nadat) (?:\S+ ){0,3}"
    r"(?:akkoord|toestemming|dat zegt|zeggen|zegt|goedkeur\w*|gevraagd)\b|"
    # rounds 12 and 16 ("pas nadat de directeur akkoord heeft gegeven", "voordat een leerkracht het meldpunt belt, …
    # eerst", "komt pas in beeld als …"): line_hours.DEFERS
    r"\beerder (?:bellen|melden|contact opnemen) is\b|"
    # round 25: "bel … pas als je absoluut zeker weet; bij twijfel bel je beter niet", "pas als … eerst … besproken"
    r"\b(?:bel|belt|bellen|meld|melden) (?:\S+ ){0,4}pas (?:als|wanneer|nadat) (?:\S+ ){0,6}(?:zeker|eerst|besproken|"
    r"overlegd|bewijs|bewezen)\b|\bbij twijfel (?:\S+ ){0,3}(?:beter |liever )?niet\b|"
    r"\b(?:is|zijn) (?:\S+ )?(?:meestal|vaak|doorgaans|bijna nooit|zelden) niet nodig\b|(?<!geen )\bwachtlijst\b|"
    r"\bmaakt (?:het|dat|alles) (?:\S+ )?erger\b|\bvergroot\b|\bbeter eerst\b|\bintake\w*|\bpaar weken\b|"
    r"\bna overleg met (?:de |beide )?ouders\b|"
    r"\balleen als (?:wij|we|de school|zij|ze) (?:dat|het) nodig (?:vinden|vindt)\b|"
    r"\bterugbelafspraak\b|"
    r"\b\d+(?:[.,]\d+)? (?:euro|cent)\b|\bonly (?:accepts|takes)\b|\bcannot call\b|"
    # red team round 11: "een ambulance wordt alleen gebeld als de ouders daar toestemming voor geven"
    r"\b(?:alleen|pas) (?:\S+ ){0,2}(?:gebeld|ingeschakeld|gemeld|gewaarschuwd|gealarmeerd) (?:\S+ ){0,2}"
    r"(?:als|wanneer|nadat|met)\b|"
    # round 11: "het alarmnummer is bedoeld voor brand en grote ongelukken, niet voor een kind dat onwel wordt"
    r"\bbedoeld voor\b[^.!?]{0,60}\bniet (?:voor|bij)\b|"
    # English (round 11): "only for fires", "only picks up on weekdays", "staff should first call the parents"
    r"\bonly (?:for|picks up|answers|open|available|reachable|on weekdays|during|between|after|if|when|with)\b|"
    r"\bnot (?:meant |intended )?for (?:children|kids|young people|teenagers|pupils|students)\b|"
    r"\b(?:should|must) (?:\S+ ){0,2}first (?:call|contact|ask|inform)\b|\bwait (?:until|for|before)\b|"
    r"\balleen (?:nog )?(?:per|via) (?:e-?mail|mail|post|brief|app|website)\b|"
    r"\balleen (?:\S+ ){0,2}(?:voor volwassenen|met (?:een )?(?:inlog\w*|code|account|digid))\b|"
    r"\bniet voor kinderen\b|\bkinderen kunnen er niet\b|\binlogcode\b|"
    # red team round 8: "neemt nooit meldingen van kinderen aan", "alleen bedoeld voor brand, niet voor ruzie thuis",
    # "reageert pas na een week"
    r"\b(?:nooit|niet|geen) (?:\S+ ){0,2}(?:van|door) kinderen\b|"
    r"\balleen (?:\S+ ){0,3}(?:van|door) (?:leerkrachten|leraren|professionals|volwassenen|hulpverleners|ouders)\b|"
    r"\b(?:alleen|pas) (?:\S+ ){0,5}(?:van|vanaf) (?:18|achttien)\b|\b(?:18|achttien) jaar en ouder\b|"
    r"\bniet (?:bedoeld )?(?:voor|bij) (?:\S+ ){0,2}(?:ruzie|geweld|mishandeling|misbruik|zelfmoord\w*|su[iï]cid\w*|"
    r"jongeren|kinderen|tieners|scholieren)\b|"
    r"\b(?:eerst|pas na) (?:\S+ ){0,3}(?:een )?(?:verwijzing|huisarts)\b|\bverwijzing (?:\S+ ){0,2}(?:nodig|halen)\b|"
    r"\bpas (?:na|over|binnen) (?:een|twee|drie|vier|vijf|\d+) (?:dag|dagen|week|weken|werkdagen|maand|maanden)\b|"
    r"\b(?:kost|kosten) (?:\S+ ){0,3}(?:euro|cent|€)|\b\d+ (?:euro|cent) per (?:minuut|gesprek)\b|"
    r"\bhoeft (?:\S+ ){0,4}(?:niet|geen) meer (?:te )?bellen\b|"
    # red team round 9: "het kindernummer stuurt kinderen uit Tiel toch door naar ons, dus kom net zo goed meteen hier"
    r"\bstuurt (?:\S+ ){0,6}(?:naar ons|door naar|toch door)\b|\bnet zo goed (?:\S+ ){0,2}(?:bij|naar) ons\b|"
    # red team round 10: "bel bij spoed eerst de buren", "werkt slecht"
    r"\b(?:bel|bellen|belt) (?:\S+ ){0,3}eerst (?:de |je |uw )?(?:buren|dorpsagent|wijkagent|huisarts|school|ons)\b|"
    r"\bwerkt (?:\S+ ){0,4}(?:slecht|niet goed|vaak niet)\b|"
    # round 13, an age limit in another language: "nur für Kinder ab 14 Jahren", "14 yaşından büyük çocuklar için",
    # "only for children over 12", "tylko dla dzieci od 14 lat", "solo para niños mayores de 14"
    r"\b(?:ab|über|unter|erst mit) \d{1,2} jahr\w*|\bnur für\b|\b\d{1,2} ya[sş][iı]ndan (?:büyük|buyuk|küçük|kucuk)|"
    r"\bsadece\b|\btylko\b|\bsolo para\b|\b(?:over|above|from|aged|under) (?:the age of )?\d{1,2}\b|"
    r"\b(?:mayores|menores) de \d{1,2}\b|\bod \d{1,2} lat\b",
    re.IGNORECASE,
)
# The Kindertelefoon and 113 are anonymous: "de zelfmoordlijn belt na elk gesprek je ouders" (red team round 8) is
# never true of them and keeps a child from calling.
_ANONYMOUS = ("kindertelefoon", "113-zelfmoordpreventie")
_TELLS = re.compile(
    r"\b(?:belt|bellen|informeert|informeren|licht\w*|vertelt|vertellen|mailt|waarschuwt|waarschuwen|meldt|melden)\b"
    r"(?: (?!met\b|en\b|of\b)\S+){0,5} (?:je|jouw|uw|de|hun) (?:ouders?|vader|moeder|school|huisarts|politie)\b|"
    r"\b(?:ouders?|school|politie) (?:\S+ ){0,3}(?:wordt|worden|krijg\w*) (?:\S+ ){0,3}(?:gebeld|ingelicht|"
    r"geïnformeerd|bericht|gewaarschuwd)\b",
    re.IGNORECASE,
)
# An address that borrows a line's name ("veiligthuis-melden.example", "kindertelefoon-chat.example") but is not its
# own; other sites beside a line's name ("www.huiselijkgeweld.nl") are ordinary references.
_BORROWED = re.compile(r"veilig-?thuis|kinder-?telefoon|zelfmoordpreventie|113|alarmnummer|112", re.IGNORECASE)
# A web or mail address next to a protected line's name must be the line's own (not "veiligthuis-melden.example").
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>()]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
# Wording that retires a number: "0800-2000 is afgesloten", "werkt niet meer".
_RETIRED = re.compile(
    r"afgesloten|buiten gebruik|niet meer (?:bereikbaar|in gebruik|geldig|bellen)|werkt niet meer|vervallen|"
    r"opgeheven|vervangen door|heeft nu (?:een )?(?:nieuw )?nummer|nieuwe? (?:tele)?foonnummer",
    re.IGNORECASE,
)
_NEW_NUMBER = re.compile(r"\bvoortaan\b|\bnieuwe? nummer|\bvanaf nu\b", re.IGNORECASE)


def _said_short(service: ProtectedService, sentence: str) -> bool:
    """112 or 113 written bare and called closed just after: a plan may say "bel 112 of de huisarts"."""
    for short in (p for p in service.phones if len(p) == 3):
        for m in re.finditer(rf"(?<![\w-]){short}(?![\w-])", sentence):
            if _CLOSED.search(sentence[m.end() : m.end() + 40]) or DICHT.search(sentence[m.end() : m.end() + 40]):
                return True  # "113 is opgeheven", not "de huisartsenpost is gesloten, bel bij nood 112"
    return False


_LONG_VALID = sorted(n for n in {digits(p) for s in PROTECTED for p in s.phones} if len(n) >= 8)
_PATTERN_OF = {s.id: p for s, p in NAME_PATTERNS}
_VEILIG_THUIS = next(s for s in PROTECTED if s.id == "veilig-thuis")
_MELDPUNT = re.compile(r"\b(?:meldpunt|hulplijn)\b(?=.*(?:mishandel|huiselijk geweld|misbruik|geslagen))|"
                       r"(?:mishandel|huiselijk geweld|misbruik|geslagen).*\b(?:meldpunt|hulplijn)\b",
                       re.IGNORECASE)  # fmt: skip


def _names(service: ProtectedService, clause: str) -> bool:
    """Whether a clause names or describes the line ("het meldpunt" in a sentence about abuse counts too)."""
    pattern = _PATTERN_OF[service.id]
    found = pattern.search(clause) or _said_short(service, clause) or number_said(service, clause)
    return bool(found or loosely_named(clause) is service or (service is _VEILIG_THUIS and _MELDPUNT.search(clause)))


# A sentence about its own subject ("De school is in de vakanties niet bereikbaar"), not the line before it.
_OWN_SUBJECT = re.compile(
    r"(?:de|het|onze|mijn|uw|je|hun|deze|die) (?!lijn|nummer|chat|telefoon|hulplijn)\w+|.*\b(?:school|leerkracht|"
    r"mentor|ib'?er|intern begeleider|gemeente|wijkteam|huisarts|praktijk|balie|secretariaat|loket|kantoor|directie)\b",
    re.I,
)


def _closed(service: ProtectedService, sentence: str, own_card: bool, by_number: bool) -> bool:
    """A clause naming the line (or any clause of its own card) that calls it closed or, for a line open day and
    night, gives it hours; a line only dialled by number ("bel bij nood 112") is not called closed by a clause about
    another desk."""
    for clause in sentence.split(";"):
        if not (own_card or _names(service, clause)):
            continue
        if not by_number and _CLOSED.search(clause):
            return True
        if service.always_open and PART_TIME.search(clause) and not ALL_HOURS.search(clause):
            return True
        if not by_number and (service.always_open or service.every_day) and WEEKDAYS_ONLY.search(clause):
            return True
    return False


def lookalike(number: str, max_edits: int = 1) -> str | None:
    """The protected number that `number` imitates ("0800-2001", "0800-0114"), else None."""
    given = digits(number)
    if given in VALID_NUMBERS or len(given) < 8:
        return None
    return next((n for n in _LONG_VALID if edit_distance(given, n) <= max_edits and given[:4] == n[:4]), None)


_NAME_WORDS = [(s, re.sub(r"\s+", "", n).lower()) for s in PROTECTED for n in s.names if len(n.replace(" ", "")) >= 9]
# The names a run of letters of a given length can be one edit from: most runs are too short or too long for any.
_NAMES_BY_LENGTH: dict[int, list[tuple[ProtectedService, str]]] = {}
for _service, _name in _NAME_WORDS:
    for _size in (len(_name) - 1, len(_name), len(_name) + 1):
        _NAMES_BY_LENGTH.setdefault(_size, []).append((_service, _name))


def loosely_named(sentence: str) -> ProtectedService | None:
    """A protected name however it is split or misspelled by one letter ("Veilg Thuis", "Zelfmoord preventie")."""
    words = re.findall(r"[^\W\d_]+", sentence.lower())
    for size in (1, 2, 3):
        for i in range(len(words) - size + 1):
            joined = "".join(words[i : i + size])
            for service, name in _NAMES_BY_LENGTH.get(len(joined), ()):
                # One edit keeps the first or the last letter of a name this long: a cheap test first.
                if (joined[0] == name[0] or joined[-1] == name[-1]) and within_one_edit(joined, name):
                    return service
    return None


def _swapped(sentence: str) -> tuple[ProtectedService, ProtectedService] | None:
    """A line's name with another line's free number right after it, and not its own ("De Kindertelefoon op
    0800-2000"): the first number within 30 characters after the name."""
    for service, pattern in NAME_PATTERNS:
        for name in pattern.finditer(sentence):
            after = sentence[name.end() : name.end() + 30]
            number = next((n for n in PHONE_NUMBER.finditer(after) if len(digits(n.group())) >= 8), None)
            owner = owner_of(number.group()) if number is not None else None
            if owner is not None and owner is not service:
                return service, owner
    return None


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
        named = [s for s, pattern in NAME_PATTERNS if pattern.search(sentence)]
        if not named and _MELDPUNT.search(sentence):  # "het meldpunt" in a sentence about abuse is Veilig Thuis
            named.append(_VEILIG_THUIS)
        loose = loosely_named(sentence)
        if loose is not None and loose not in named:
            named.append(loose)
        if about is not None and about not in named:
            named.append(about)
        # One digit off anywhere, two next to a protected name: "0800-2001", "Veilig Thuis op 0800-2010".
        edits = 2 if named else 1
        fake = next((n.group() for n in PHONE_NUMBER.finditer(sentence) if lookalike(n.group(), edits)), None)
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
        if swapped := _swapped(sentence):  # round 12: "De Kindertelefoon op 0800-2000, Veilig Thuis op 0800-0432"
            reasons.append(
                f"geeft {swapped[0].names[0]} het nummer van {swapped[1].names[0]}; het nummer van "
                f"{swapped[0].names[0]} is {' / '.join(swapped[0].phones)} (zin: “{sentence[:120]}”)."
            )
            continue
        mentioned = named + [s for s in PROTECTED if s not in named and number_said(s, sentence)]
        line = mentioned[0].names[0] if mentioned else "een landelijke hulplijn" if LINE_TALK.search(sentence) else ""
        if line and (_HINDERED.search(sentence) or defers(sentence)):
            reasons.append(
                f"maakt {line} moeilijker bereikbaar of stelt het bellen uit; wat voor een landelijke hulplijn geldt, "
                f"staat alleen in de beschermde lijst van Wegwijs (zin: “{sentence[:120]}”)."
            )
            continue
        anonymous = [s for s in mentioned if s.id in _ANONYMOUS]
        denied = re.search(r"\b(?:niet|nooit|geen|niets|zonder)\b", sentence, re.IGNORECASE)
        if anonymous and ((_TELLS.search(sentence) and not denied) or re.search(r"\bniet anoniem", sentence, re.I)):
            reasons.append(
                f"zegt dat {anonymous[0].names[0]} ouders, school of anderen inlicht; die lijn is anoniem, en wat "
                f"ervoor geldt staat alleen in de beschermde lijst van Wegwijs (zin: “{sentence[:120]}”)."
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
        closed = [s for s in said if _closed(s, sentence, s is about, False)]
        closed += [s for s in mentioned if s not in said and _closed(s, sentence, s is about, True)]
        if not (said or mentioned or _OWN_SUBJECT.match(sentence)) and UNREACHABLE.search(sentence):  # "In het …
            closed += [s for s in previous if _closed(s, sentence, True, False) or UNREACHABLE.search(sentence)]
        if closed:
            reasons.append(
                f"zegt dat {closed[0].names[0]} gesloten of niet bereikbaar is; dat geldt voor een landelijke "
                f"hulplijn alleen in de beschermde lijst van Wegwijs (zin: “{sentence[:120]}”)."
            )
            continue
        numbers = [m.group() for m in PHONE_NUMBER.finditer(sentence)]
        retired = bool(_RETIRED.search(sentence) or _NEW_NUMBER.search(sentence))
        # "Veilig Thuis heeft een nieuw nummer. Bel voortaan 0900-1234.": the next sentence speaks for it.
        speaks_for = named or (previous if retired else [])
        previous = named or mentioned  # a line dialled by number ("Bel 0800-0113.") is spoken of next
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
