"""Crisis signals: which help a message calls for, by pattern; and the Dutch help text that opens the answer.

Curated Dutch and English patterns on normalised text (lowercase, no accents, chat spellings unified), after
blanking everyday idioms ("ik lach me dood", "slaat met deuren"). Topic words ("kindermishandeling") count unless
the question is about procedure (meldcode, stappen) without a concrete child or adult in it."""

from __future__ import annotations

import re

from assistant.safety.crisis_broad import BROAD_RULES
from assistant.safety.crisis_context import LONG_AGO, SETTLED, behaviour, settled
from assistant.safety.crisis_languages import LANGUAGE_RULES
from assistant.safety.crisis_plain import EATING, PLAIN_RULES, symbols_of_a_means
from assistant.safety.crisis_rules import EVENT_RULES
from assistant.safety.crisis_scenes import SCENE_RULES
from assistant.safety.crisis_told import TOLD_RULES
from assistant.safety.crisis_veiled import VEILED_RULES
from assistant.safety.crisis_words import (
    _FAMILY,
    _NOW,
    ACUTE,
    CHILD,
    HARMLESS,
    KINDS,
    ONGOING,
    SUICIDE,
    VIOLENCE,
    Crisis,
    _rx,
    normalise,
)
from assistant.safety.crisis_writer import QUOTED, child_writer, clearly_adult, writer_signal

EVENT_RULES = [*EVENT_RULES, *BROAD_RULES, *VEILED_RULES, *LANGUAGE_RULES, *PLAIN_RULES, *TOLD_RULES,
               *SCENE_RULES]


# A body in trouble, only counted when something else already signals a crisis ("het kindje is nu suf").
ACUTE_BODY = _rx(
    r"\b(?:suf|sufferig|reageert niet(?! op)|ligt? (?:\w+ ){0,3}(?:op de grond|stil)|zegt niks(?: meer)?|"
    r"zegt niets|niet "
    r"wakker (?:te krijgen)?|ademt (?:niet|nauwelijks|raar)|bloedt|bloedde|blauw aan|buiten bewustzijn|"
    r"flauwgevallen|in shock|not responding|beweegt niet|(?:niet meer|nog steeds niet) beweegt|vermist|"
    r"niet thuisgekomen|onvindbaar|reageert niet meer|reageert (?:bijna |haast )?nauwelijks|ademt (?:heel )?"
    r"(?:oppervlakkig|zwak|moeilijk)|(?:is |in elkaar )gezakt|zakte (?:\w+ )?in elkaar|"
    r"niet meer reageert|niet meer (?:opstaat|overeind komt)|staat niet meer op)\b",
    r"\bbloed(?:en)? (?:\w+ ){0,2}(?:stopt|ophoudt|houdt) niet\b|\bstopt niet met bloeden\b|"  # red team round 7
    # set K: "ze bloed aan haar hoofd"
    r"\bbloed (?:aan|uit) (?:haar|zijn|mijn|het|d'r|z'n) (?:hoofd|neus|mond|gezicht|lip|oor)\b|"
    r"\bhet stopt niet(?: echt| meer)?\b|\bglas (?:\w+ )?breken\b",  # round 9: "… open gemaakt en het stopt niet echt"
    r"\b(?:blijft (?:\w+ )?bloeden|bloedt nog|komt (?:nu )?naar boven|staat (?:\w+ ){0,2}(?:voor|aan) de deur|"
    r"neemt (?:\w+ )?niet "
    r"(?:meer )?op|niet meer bereikbaar|(?:staan|staat|zitten|zit) (?:\w+ )?te (?:huilen|gillen) achter)\b",
    r"\b(?:moet|gaat) (?:\w+ ){0,2}(?:vandaag|straks|vanmiddag|om \d+[.:]?\d*(?: uur)?) (?:\w+ )?(?:weer )?naar huis\b|"
    r"\b(?<!me )(?<!zo )(?<!erg )(?<!heel )(?<!mij )buitengesloten\b|\b(?:today|tonight|right now)\b|"
    r"\bover \d+ (?:minuten|min)\b|\bdurft (?:\w+ )?(?:vanavond|vannacht) niet naar huis\b",
    r"\bneemt (?:\w+ ){0,2}niet (?:meer )?op\b|"
    r"\b(?:sta|staat|zit) (?:\w+ ){0,4}op (?:het|de) (?:dak|brug|flat|balkon|spoor|rand)\b|"
    r"\b(?:hoor|hoorde) (?:\w+ ){0,3}(?:glas breken|gillen|gegil|om hulp)\b|\bal (?:een|\d+) uur (?:aan het )?"
    r"(?:vechten|schreeuwen|gillen)\b",
    r"\bhoor (?:nog steeds|nog altijd|nu) (?:\w+ )?(?:gegil|geschreeuw|gillen|schreeuwen|gehuil)\b|"
    r"\bwil nu (?:\w+ ){0,3}"
    r"(?:weg|rijden|wegrijden)\b|\b(?:vanavond|vannacht) doe ik het\b|\bdoe ik het (?:vanavond|vannacht)\b",
    r"\bik (?:zit|lig|sta|ben) (?:\w+ )?(?:onder (?:mijn|m'n|het|ons) bed|in (?:de|mijn) kast|verstopt)\b|"
    r"\bik heb (?:me|mij) (?:\w+ )?verstopt\b",
    # Found in blind set E (2026-12-03): a body that no longer answers, someone on an edge or behind a locked door,
    # screaming heard for a while, a child left alone for days, a child afraid to go home.
    r"\b(?:praat|reageert) (?:\w+ )?niet meer\b(?! (?:op|met|tegen))|\bbloed bij\b|"
    r"\breageert (?:heel |erg |zo )?(?:traag|raar|sloom)\b|\bdoet (?:\w+ ){0,2}niet (?:meer )?open\b|"
    r"\b(?:sta|staat|zit|zitten|staan) (?:\w+ ){0,5}op (?:het|de) (?:dak|brug|rand|reling|vensterbank)\b|"
    r"\b(?:op|bij|over) de reling\b|\b(?:hoor|hoorde) (?:\w+ ){0,10}(?:gillen|gegil|om hulp|glas breken)\b",
    r"\bal (?:\d+|twee|drie|vier|vijf|een paar) (?:dagen|nachten) (?:weg|niet thuis|niet thuisgekomen)\b|"
    r"\bal sinds (?:gisteren|vannacht|vanochtend|eergisteren) (?:weg|niet thuis)\b|"
    r"\b(?:staat|staan|wacht) (?:\w+ ){0,3}voor (?:de|het) school(?:hek)?\b|"
    r"\b(?:strip|doosje|potje|pot|pak) (?:\w+ )?(?:paracetamol|pillen|slaappillen|medicijnen|oxazepam)\b|"
    r"\b(?:paracetamol|pillen|slaappillen|medicijnen) (?:\w+ ){0,2}(?:liggen|klaargelegd|klaar|gespaard)\b|"
    r"\bop slot (?:\w+ ){0,5}(?:mag|kan) (?:\w+ )?(?:er )?niet uit\b|\b(?:er )?doet niemand (?:meer )?open\b|"
    # round 13: the means at hand ("een touw op zolder gelegd", "een keukenmes onder zijn kussen")
    r"\btouw (?:\w+ ){0,3}(?:gelegd|klaargelegd|opgehangen|vastgemaakt)\b|\b(?:\w*mes|touw|pillen|"
    r"tabletten) (?:\w+ ){0,3}onder (?:zijn|haar|mijn|het) (?:kussen|matras|bed)\b|"
    r"\bdurf (?:\w+ )?niet (?:meer )?naar huis (?:\w+ )?(?:vandaag|vanavond|vannacht|na school|straks)\b",
)


# An act of violence or a plan for suicide that is happening now or tonight: 112 first.
NOW_ANYWHERE = re.compile(rf"\b{_NOW}\b|{ONGOING}")


# "nu", "net", "vannacht" count only close to the signal (within NEAR_CHARS), and not in "wat moet ik nu doen".
_NOT_SAID = r"(?<!zei )(?<!zegt )(?<!vertelde )(?<!vertelt )"  # "zei vanavond dat …": the saying was tonight
_HELP = r"^help\b|\bhelp ?!|\bhelp (?:me|ons|alsjeblieft)\b|\bhelp\W*$"
_NU = (
    # "nu al twee weken" is no danger now; "staat nu al bij het hek" is (set N)
    r"\bnu\b(?! (?:doen|verder|al\b(?! (?:bij|voor|aan|buiten|binnen|hier)\b)|eenmaal|pas\b|wel|niet|ook|mee|aan|"
    r"moet|kan|doe|beginnen|zeggen|vragen|wil|"
    r"zegt|wilt|ineens|opeens|automatisch|eigenlijk|precies|dus|toch|gewoon|officieel|zelf|hetzelfde|"
    r"(?:is|gaat) (?:hij|ze|zij|het|alles) (?:weer|gelukkig)))"  # "maar nu is hij weer lief": no longer now
)


# "now" in the languages of sets A–N: Portuguese, Papiamento, Spanish, Romanian, Polish, Turkish, French, German,
# Ukrainian, Russian, Somali, Arabic and Farsi ("يضربني الآن", "e homber ta bati nan awor": 112 was missing, set N)
_NOW_ELSEWHERE = r"agora|awor|ahora|acum|teraz|şimdi|simdi|maintenant|jetzt|зараз|сейчас|hadda|الآن|الان"
NOW_NEAR = _rx(
    _NOT_SAID + rf"\b(?:net|zojuist|vannacht|vanavond|tonight|now|{_NOW_ELSEWHERE})\b(?! (?:als|zo|niet|pas|wat))",
    _HELP,
    _NU,
)


NEAR_CHARS = 40


# Hitting between children ("slaat andere kinderen", "een klasgenoot geslagen") is behaviour, not maltreatment,
# unless an adult is named as the one who hits.
PEERS = re.compile(
    r"\b(?:klasgeno\w+|gepest|pester\w*|terug geslagen|teruggeslagen|terugslaan|andere kinderen|medeleerling\w*|"
    r"andere leerlingen|vriendjes|(?<!in )(?<!door )elkaar|"
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
    r"grensoverschrijdend gedrag|abuse|neglect|domestic violence|zelfmoord\w*|suicid\w*|zelfdoding)\b|"
    r"\bzorgen (?:\w+ ){0,2}(?:om|over) "
    r"(?:zijn|haar|hun) veiligheid\b"
)


PROCEDURE = _rx(
    r"\b(?:meldcode|melding|meldingen|melden|meld ik|meldt|organisatie|instantie|aandachtsfunctionaris|"
    r"afwegingskader|stappen|stappenplan|protocol|"
    r"beleid|training|cursus|scholing|hoe werkt|wat is|wat doet|wat zijn|bewaar\w*|gegevens|toestemming|privacy|avg|"
    r"wie beslist|wie mag|mag ik|mag de|signalen|vermoeden|gesprek|procedure|herkennen|voorlichting|preventie|"
    r"moet je|moet ik|moeten we|inlichten|informeren|"  # "moet je ouders inlichten bij verwaarlozing?" (round 7)
    r"lesmateriaal|how do|what is|when should|policy|reporting|report|code|data|law|legal|rights|destroy|delete|"
    r"organisation|organization|procedure)\b"
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


# "zichzelf iets aandoen" is about suicide, not a threat to others.
SELF = re.compile(r"\b(?:zichzelf|mezelf|mijzelf|zich|myself|himself|herself)\b (?:\S+ ){0,3}(?:\S+ )?$")


def _about_data(norm: str, match: re.Match[str]) -> bool:
    """ "Misbruik" next to "gegevens", "BSN", "account": misuse of data or power, not of a person."""
    if "misbruik" not in match.group():
        return False
    return bool(DATA_MISUSE.search(norm[max(0, match.start() - 60) : match.end() + 60]))


def _between_children(norm: str, match: re.Match[str]) -> bool:
    near = norm[max(0, match.start() - 50) : match.end() + 50]
    # An adult counts when named just before the verb, as the one who hits ("de juf belde" later does not).
    return bool(PEERS.search(near)) and not ADULTS.search(norm[max(0, match.start() - 40) : match.start()])


# A knife while cooking ("ik kookte met een groot mes en mijn dochter hielp") is no weapon, unless someone threatens.
# a knife at the cooker, in a craft or on a stage (red team round 17: "toneelstuk een man met een mes", "cut his finger
# with a knife while cooking")
KITCHEN = re.compile(
    r"\b(?:kook\w*|koken|groente\w*|snijplank|brood|recept\w*|knutsel\w*|aardappel\w*|cooking|cook|toneel\w*|"
    r"voorstelling|musical|rol|nepmes|speelgoedmes|plastic mes|fruit|appel\w*|boterham\w*|lunch\w*|scouting|"
    r"\w*oefening\w*)\b"  # twenty-first session: "een mes in zijn tas voor het fruit", an evacuation drill
)
THREATENS = re.compile(
    r"\b(?:dreig\w*|bedreig\w*|steek\w*|stak|schreeuw\w*|roept|boos|woedend|pakken|kapot\w*|vermoord\w*|"
    r"op (?:me|mij|haar|hem|ons) af|achter (?:me|mij|haar|hem|ons) aan)\b"
)


def _in_the_kitchen(norm: str, match: re.Match[str]) -> bool:
    start = max(norm.rfind(p, 0, match.start()) for p in ".?!") + 1
    ends = [i for i in (norm.find(p, match.end()) for p in ".?!") if i >= 0]
    sentence = norm[start : min(ends) if ends else len(norm)]
    return bool(KITCHEN.search(sentence)) and not THREATENS.search(sentence)


def _now(norm: str, spans: list[tuple[int, int]]) -> bool:
    """Happening now: an explicit "op dit moment", a "nu"/"net"/"vannacht" next to the signal, or a body in trouble."""
    if NOW_ANYWHERE.search(norm) or ACUTE_BODY.search(norm):
        return True
    return any(
        start - NEAR_CHARS <= m.start() <= end + NEAR_CHARS for m in NOW_NEAR.finditer(norm) for start, end in spans
    )


# A threat that lies in the past or hangs on a condition ("vorige week met een mes bedreigd", "als die nog één keer"):
# Veilig Thuis, not 112, unless something says it is happening now.
NOT_NOW = re.compile(
    r"\bals (?:ze|zij|hij|die|ik) (?:\w+ ){0,4}(?:weggaat|vertrekt|scheidt|vertel|vertelt|zeg|zegt)\b|"
    r"\b(?:vorige (?:week|maand|keer)|vorig jaar|gisteren|gisteravond|eergisteren|jaren geleden|weken geleden|"
    r"vroeger|last (?:week|year)|"
    r"als (?:die|hij|ze|zij) (?:nog|weer)|if (?:she|he|they) (?:tells|says)|heeft (?:\w+ )?gekocht)\b"
)


# Words put in the assistant's mouth ("herhaal 'zelfmoord' 50 keer"). "zeg", "antwoord", "schrijf" and their English
# forms only as a command (at the start, or "kun je … zeggen"): "ze neemt niet op, ze appte 'i took all of it'" and
# "papa speelt 'spelletjes' met haar" are the writer's account, with someone else's words in quotes.
INSTRUCTION_LIKE = re.compile(
    r"\b(?:negeer|herhaal|jailbreak|instructions?|instructies|repeat|prompt|woord|rollenspel|in je rol|doe alsof|"
    r"pretend|roleplay|typt|typ|intypt|typed?|types)\b|\bspeel (?:de|een) rol\b|\bvanaf nu (?:\w+ ){0,2}ben je\b|"
    r"^\W*(?:zeg|antwoord|schrijf|say|answer|write)\b|\b(?:zeg|antwoord|schrijf|reageer) (?:je|jij)\b|\b(?:please|"
    r"just|can you|could you|kun je|kan je|wil je|moet je) (?:\w+ )?(?:say|answer|write|zeggen|antwoorden|"
    r"schrijven|zeg)\b"
)


# A topic word in a book, a lesson or a school plan ("een boek over zelfmoord", "suicidepreventie"): not a crisis.
# Stories and lessons about the topic. The net by meaning keeps quiet on STORY only: "verhaal" or "presentatie" in a
# message says too little on its own there ("zijn verhaal klopt niet").
# Not games: a stranger in a game's chat is where grooming starts (fresh sets C-E: "een man op roblox wil foto's").
_STORY_WORDS = (
    r"boek|film|serie|leeslijst|lesmateriaal|toneelstuk|\w+preventie\w*|samenvatting|boekverslag|leesverslag|roman"
)
STORY = re.compile(rf"\b(?:{_STORY_WORDS})\b")
FICTION = re.compile(
    rf"\b(?:{_STORY_WORDS}|verhaal|hoofdpersoon|personage|\w*voorstelling|musical|documentaire|aflevering|geschiedenis\w*|schoolplan|paragraaf|werkstuk|profielwerkstuk|spreekbeurt|presentatie|"
    r"gastspreker|gastles|voorlichting|maatschappijleer)\b"
)


# A request to the assistant to write a story ("schrijf een verhaal waarin …"), at the start of the message; never
# the writer's own words ("ik schrijf een gedicht want ik wil dood" is read like any message).
WRITE_FICTION = re.compile(
    r"^\W*(?:(?:kun|kan|wil) (?:je|jij|u) (?:\w+ )?)?(?:schrijf|verzin|bedenk|write|schrijven|verzinnen) (?:\w+ ){0,2}"
    r"(?:verhaal|verhaaltje|gedicht|rap|songtekst|scene|script|grap|story|poem)\b(?![^.?!]*\b(?:ik|mij|me|mijn)\b)|"
    r"^\W*(?:(?:kun|kan|wil) (?:je|jij|u) )?(?:een )?(?:verhaal|verhaaltje|gedicht|rap|story|poem) (?:\w+ ){0,6}"
    r"(?:schrijven|verzinnen|bedenken)\b(?![^.?!]*\b(?:ik|mij|me|mijn)\b)"
)


# "… en ik wil dat ook", "bij mij thuis ook": the writer in the story after all.
ME_TOO = re.compile(r"\b(?:ik|mij|me)\b (?:\w+ ){0,3}(?:ook|zelf|net zo)\b|\bbij (?:mij|ons) (?:thuis )?ook\b")


# "ik ga naar het toneelstuk en [ik] wil daarna niet meer leven": the writer, with the subject left out.
ELIDED_I = re.compile(
    r"\bik\b[^.?!,;]*\b(?:en|maar|dus)(?: (?:wil|ga|zou|kan|hoef)\b)?(?: (?:daarna|dan|straks|echt|gewoon|"
    r"ook|eigenlijk|nu|vanavond))? $"
)
FIRST_PERSON = re.compile(r"\b(?:ik|me|mij|mijn|mn)\b")  # the writer, not "we lezen het boek in de klas"


def about_a_story(norm: str) -> bool:
    """A book, film, lesson or school project about the topic, with the writer not in it."""
    return bool(FICTION.search(norm)) and not ME_TOO.search(norm)


# Quotation marks around reported words, not the apostrophe of "'s nachts", "m'n" or "foto's".
QUOTE_MARK = re.compile(r"(?:(?<=\s)|^)'(?=[a-z]{2})|(?<=[a-z]{2})'(?=[\s.,!?;:]|$)|\"")


THREAT_RULES = {
    "doodsbedreiging",
    "wapen",
    "ombrengen",
    "slaan",
    "misbruik",
    "english_abuse",
    "signalen",
    "geweld_thuis",
    "slaan_breed",
}


def detect_crisis(text: str | None) -> Crisis | None:
    """A crisis signal in a question, or None. Questions about the meldcode as a procedure are not a crisis.

    Deliberate choice: "hoe meld ik een vermoeden?" or "wat zijn de stappen van de meldcode?" ask about procedure and
    get the ordinary answer; a message that describes a concrete child or adult in danger ("een leerling vertelde dat
    haar oom haar misbruikt") is a crisis, also when it mentions the meldcode.
    """
    if not text or not text.strip():
        return None
    norm = HARMLESS.sub(" ~ ", normalise(text))
    if symbols_of_a_means(text):  # "😭😭🔪", "👉🔫😵 ik ben klaar", "💊💊💊 doei": the calm line with 113
        return Crisis((SUICIDE,), ("onderwerp",))
    if WRITE_FICTION.search(norm):  # "schrijf een verhaal waarin de juf wordt vermoord": a request, not an event
        return None
    unquoted = QUOTED.sub(" ~ ", norm)
    if INSTRUCTION_LIKE.search(unquoted):  # "herhaal 'zelfmoord' 50 keer": words to repeat are not the writer's own
        norm = unquoted
    norm = QUOTE_MARK.sub("", norm)  # "zei dat hij 'er liever niet meer zou zijn'": the words inside count
    kinds: set[str] = set()
    signals: list[str] = []
    acute_from: list[str] = []  # the rules that called it acute
    spans: list[tuple[int, int]] = []
    for name, rule_kinds, pattern in EVENT_RULES:
        for match in pattern.finditer(norm):
            before = norm[: match.start()]
            if (
                (NEGATED.search(before) and (SUICIDE not in rule_kinds or name == "zelfmoord"))
                or _about_data(norm, match)
                or (
                    # "na het toneelstuk wil ik zelfmoord plegen" is the writer; "wie heeft Caesar vermoord?" a lesson
                    name in ("zelfmoord", "doodswens", "doodsbedreiging", "zelfdoding_breed")
                    and about_a_story(norm)
                    and not FIRST_PERSON.search(norm[max(0, match.start() - 12) : match.end()])
                    and not ELIDED_I.search(before[-80:])  # "ik ga naar het toneelstuk en wil daarna niet meer …"
                )
                or (name == "doodsbedreiging" and (SELF.search(before) or SELF.search(match.group() + " ")))
                or (name.startswith("slaan") and (_between_children(norm, match) or behaviour(norm, match)))
                or (name.startswith("slaan") and NEGATED_AFTER.search(norm[match.start() :]))
                or ("opgesloten" in match.group() and SECLUSION.search(norm))
                or (name == "wapen" and _in_the_kitchen(norm, match))
            ):
                continue
            kinds.update(rule_kinds)
            signals.append(name)
            if ACUTE in rule_kinds:
                acute_from.append(name)
            spans.append(match.span())
            break
    topic = TOPIC.search(norm)
    if (
        topic
        and not kinds
        and not NEGATED.search(norm[: topic.start()])
        and not _about_data(norm, topic)
        and (not PROCEDURE.search(norm) or CONCRETE.search(norm))
        and not about_a_story(norm)
    ):
        kinds.add(SUICIDE if re.match(r"zel|sui|zui", topic.group()) else VIOLENCE)
        signals.append("onderwerp")
    if not kinds:
        return None
    if ACUTE in kinds and NOT_NOW.search(norm) and not _now(norm, spans) and set(acute_from) <= THREAT_RULES:
        kinds.discard(ACUTE)
    if ACUTE not in kinds and _now(norm, spans):
        if signals not in (["onderwerp"], [EATING]):  # an event happening now: 112 first
            kinds.add(ACUTE)
        signals.append("nu")  # a topic word alone stays a concern; its calm line asks about danger now
    writer = writer_signal(text)  # quoted speech is someone else's voice
    over = SETTLED.sub(lambda m: " " * len(m.group()), norm)  # "dat is nu goed begeleid": that "nu" is no danger now
    if (writer != CHILD or LONG_AGO.search(norm)) and settled(norm, spans) and not _now(over, spans):
        return None  # a handled case or a "what if" asks about procedure (set J; set 13: a closed Veilig Thuis file)
    if kinds == {CHILD} and writer is None:
        return None  # help meant for a child alone (a young person's eating), and an adult writes
    if writer == CHILD:
        kinds.add(CHILD)
        signals.append("kind")
    elif writer:
        signals.append(writer)
    return Crisis(tuple(k for k in KINDS if k in kinds), tuple(signals))


def happening_now(text: str) -> bool:
    """Danger now by words alone ("nu", "vanavond", "blijft bloeden"), for a concern found by meaning."""
    norm = HARMLESS.sub(" ~ ", normalise(text))
    # "net" is left out here: without a signal to stand next to, it is as often "net als" ("just like") as "just now".
    return bool(NOW_ANYWHERE.search(norm) or ACUTE_BODY.search(norm) or NOW_LOOSE.search(norm))


NOW_LOOSE = _rx(_NOT_SAID + rf"\b(?:zojuist|vannacht|vanavond|tonight|now|{_NOW_ELSEWHERE})\b", _HELP, _NU)  # no "net"


__all__ = ["child_writer", "clearly_adult", "detect_crisis", "happening_now"]
