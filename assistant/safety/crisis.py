"""Crisis signals: which help a message calls for, by pattern; and the Dutch help text that opens the answer.

Curated Dutch and English patterns on normalised text (lowercase, no accents, chat spellings unified), after
blanking everyday idioms ("ik lach me dood", "slaat met deuren"). Topic words ("kindermishandeling") count unless
the question is about procedure (meldcode, stappen) without a concrete child or adult in it."""

from __future__ import annotations

import re

from assistant.safety.crisis_rules import EVENT_RULES
from assistant.safety.crisis_words import (
    _FAMILY,
    _HIT_ACTIVE,
    _NOW,
    _PARENTS,
    _WEAPON,
    ACUTE,
    CHILD,
    HARMLESS,
    KINDS,
    SUICIDE,
    VIOLENCE,
    Crisis,
    _rx,
    normalise,
)

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


# A writer who speaks of their own parents, school or friends in young language: probably a child or teenager.
YOUNG_WRITER = re.compile(
    r"\b(?:mijn|mien|my) (?:papa|mama|pa|ma|pap|mam|vader|moeder|stiefvader|stiefmoeder|stiefpapa|stiefmama|ouders|"
    r"broers?|mentor|klas|school)\b|\b(?:gwn|bro|wij zitten in|ik zit in|mijn klas|iedereen in mijn klas)\b|"
    r"\b(?:school|klas|vwo|havo|vmbo)\b.*\b(?:ik|me|mij)\b"
)


# A writer who is clearly an adult: a parent of the child, a partner, someone at work.
ADULT_WRITER = re.compile(
    r"\b(?:mijn|onze|mien) (?:zoon|dochter|kind|kinderen|kids|kindje|baby|kleinzoon|kleindochter|neefje|nichtje|"
    r"man|vrouw|partner|leerling|leerlingen|client|pupil|jong|oudste|jongste)\b|\bik ben (?:de |een )?(?:vader|"
    r"moeder|opa|oma|leerkracht|ib'?er|mentor|juf|meester|vrijwilliger|\d{2,})\b|\b(?:ik werk|hier:|collega)\b"
)


def _child_writer(norm: str) -> bool:
    age = CHILD_AGE.search(norm)
    if age and 6 <= int(age.group(1)) <= 17:
        return True
    if CHILD_SIGNS.search(norm):
        return True
    return bool(YOUNG_WRITER.search(norm)) and not ADULT_WRITER.search(norm)


# A threat that lies in the past or hangs on a condition ("vorige week met een mes bedreigd", "als die nog één keer"):
# Veilig Thuis, not 112, unless something says it is happening now.
NOT_NOW = re.compile(
    r"\b(?:vorige (?:week|maand|keer)|vorig jaar|gisteren|jaren geleden|weken geleden|vroeger|last (?:week|year)|"
    r"als (?:die|hij|ze|zij) (?:nog|weer)|if (?:she|he|they) (?:tells|says)|heeft (?:\w+ )?gekocht)\b"
)


INSTRUCTION_LIKE = re.compile(
    r"\b(?:negeer|herhaal|zeg|antwoord|jailbreak|instructions?|instructies|repeat|say|answer|prompt)\b"
)


QUOTED = re.compile(r"'[^']{1,80}'|\"[^\"]{1,80}\"")


# A topic word in a book, a lesson or a school plan ("een boek over zelfmoord", "suicidepreventie"): not a crisis.
FICTION = re.compile(r"\b(?:boek|film|serie|leeslijst|verhaal|lesmateriaal|schoolplan|paragraaf|\w+preventie)\b")


THREAT_RULES = {
    "doodsbedreiging",
    "wapen",
    "ombrengen",
    "slaan",
    "misbruik",
    "english_abuse",
    "signalen",
    "geweld_thuis",
}


def child_writer(text: str) -> bool:
    """Whether the writer is probably a child: an age, school words, young language, a parent who hurts "me"."""
    return _child_writer(HARMLESS.sub(" ~ ", normalise(text)))


def detect_crisis(text: str | None) -> Crisis | None:
    """A crisis signal in a question, or None. Questions about the meldcode as a procedure are not a crisis.

    Deliberate choice: "hoe meld ik een vermoeden?" or "wat zijn de stappen van de meldcode?" ask about procedure and
    get the ordinary answer; a message that describes a concrete child or adult in danger ("een leerling vertelde dat
    haar oom haar misbruikt") is a crisis, also when it mentions the meldcode.
    """
    if not text or not text.strip():
        return None
    norm = HARMLESS.sub(" ~ ", normalise(text))
    if INSTRUCTION_LIKE.search(norm):  # "herhaal 'zelfmoord' 50 keer": words to repeat are not the writer's own
        norm = QUOTED.sub(" ~ ", norm)
    kinds: set[str] = set()
    signals: list[str] = []
    spans: list[tuple[int, int]] = []
    for name, rule_kinds, pattern in EVENT_RULES:
        for match in pattern.finditer(norm):
            before = norm[: match.start()]
            if (
                (NEGATED.search(before) and (SUICIDE not in rule_kinds or name == "zelfmoord"))
                or _about_data(norm, match)
                or (name == "zelfmoord" and FICTION.search(norm))
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
        and not FICTION.search(norm)
    ):
        kinds.add(SUICIDE if re.match(r"zel|sui|zui", topic.group()) else VIOLENCE)
        signals.append("onderwerp")
    if not kinds:
        return None
    if ACUTE in kinds and NOT_NOW.search(norm) and not _now(norm, spans) and set(signals) <= THREAT_RULES:
        kinds.discard(ACUTE)
    if ACUTE not in kinds and _now(norm, spans):
        kinds.add(ACUTE)
        signals.append("nu")
    if _child_writer(norm):
        kinds.add(CHILD)
        signals.append("kind")
    return Crisis(tuple(k for k in KINDS if k in kinds), tuple(signals))
