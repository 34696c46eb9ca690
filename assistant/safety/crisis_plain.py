"""Danger told plainly, in words the other rules did not know: what fresh set K (half A) showed them missing.

Each rule is a kind of danger, not a wording: a counted handful of pills taken, someone who says he will do
himself harm, a jump from a roof tonight, a young child alone in the dark, a threat to "finish off" a teacher or to
make everyone "pay", a trusted adult who kisses a child, a child's own eating that has become dangerous. Each was
tried against everyday look-alikes before it was kept (tests/safety/test_crisis_plain.py).
"""

from __future__ import annotations

import re

from assistant.safety.crisis_words import ACUTE, CHILD, SIGNS, SUICIDE, VIOLENCE, _rx

_PILLS = r"(?:pillen|slaappillen|\w*tabletten|pilletjes|paracetamol\w*|oxazepam|diazepam|ibuprofen|medicijnen)"
_SWEETS = r"(?:chocola\w*|snoep\w*|kauwgom|druivensuiker|dextro\w*|vitamine\w*|pepermunt\w*)"
_NOT_PILLS = rf"(?! {_SWEETS})"
_TAKEN = r"(?:genomen|ingenomen|geslikt|doorgeslikt|opgegeten|leeggegeten|leeg gegeten)"
# Five or more, written as a number ("zo'n 20", "wel 12"): a daily dose is one or two ("mijn 2 pilletjes").
_COUNT = r"(?:[5-9]|[1-9]\d|\d{3})"
EATING = SIGNS + "_eten"  # a young person's own eating: a concern with the Kindertelefoon alone
_ALONE = (
    r"\A(?=.*\bik ben (?:[4-9]|10|11)\b(?! (?:minuten|uur|keer|euro))(?!.*\b(?:mama|papa|mijn moeder|mijn vader|"
    r"oppas) (?:\w+ ){0,3}(?:om \d|straks|zo) (?:\w+ )?(?:terug|thuis)\b))"
    r"(?=.*\b(?:niemand (?:is )?thuis|er is niemand|alleen thuis|helemaal alleen)\b)"
    r"(?=.*\b(?:donker|nacht|honger|op slot|bang)\b)"
)
_OFTEN = r"(?:elke|iedere) (?:dag|avond|week|middag)|vaak|meestal|soms|altijd"
_TRUSTED = (
    r"(?:\w*leraar|\w*lerares|\w*docent|trainer|coach|meester|mentor|oppas|buurman|oom|stiefvader|stiefpapa|"
    r"begeleider|leider)"
)

PLAIN_RULES: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    (
        # "heb net zo'n 20 slaappillen van mn moeder genomen": a counted handful taken, 112 and 113
        "pillen_geteld",
        (ACUTE, SUICIDE),
        _rx(
            rf"(?<!mijn )(?<!zijn )(?<!haar )(?<!de )\b{_COUNT} (?:\w+ )?{_PILLS}\b{_NOT_PILLS}(?! per\b)"
            rf"(?:\s(?!per\b)[\w']+){{0,4}} {_TAKEN}\b",
            # round 13: "een doosje ibuprofen leeggegeten", "alle slaaptabletten van mijn moeder ingenomen"
            rf"\b(?:een|het|de|hele|heel) (?:doosje|doos|strip|strippen|potje|pot|pak|flesje) (?:\w+ )?{_PILLS}\b"
            rf"{_NOT_PILLS}(?:\s[\w']+){{0,4}} {_TAKEN}\b",
            rf"\balle (?:\w+ )?{_PILLS}\b{_NOT_PILLS}(?:\s[\w']+){{0,4}} {_TAKEN}\b",
            # round 14: any medicine by name ("een hele pot sertraline doorgeslikt", "een hele doos melatonine")
            rf"\b(?:een hele|de hele|een volle|een|het) (?:doos|doosje|pot|potje|strip|strippen|flesje|pak|verpakking) "
            rf"(?!{_SWEETS})[\w-]+\b(?:\s[\w']+){{0,6}} (?:geslikt|doorgeslikt|ingeslikt|ingenomen)\b",
        ),
    ),
    (
        # someone else who says he will do himself harm ("hij zegt dat hij zichzelf iets aandoet als het uitkomt")
        "zichzelf_iets_aandoen",
        (SUICIDE,),
        _rx(
            r"\bzichzelf (?:\w+ )?(?:iets|wat) (?:aan ?doet|aan ?doen|aan zal doen|aan gaat doen|aangedaan)\b",
            # round 13: "een keukenmes onder zijn kussen en hij zei dat hij het op zichzelf wil gebruiken"
            r"\b(?:het|dat|die|hem) op (?:zichzelf|mezelf) (?:\w+ )?(?:gebruiken|richten)\b",
        ),
    ),
    (
        # a jump from a height with a time: "vanavond ga ik van het dak van onze flat"
        "sprong_gepland",
        (ACUTE, SUICIDE),
        _rx(
            r"\b(?:vanavond|vannacht|straks|morgen|nu|zo meteen) (?:ga|spring) ik (?:\w+ )?(?:van|vanaf|vanop|af) "
            r"(?:het|de|onze|ons|een) (?:dak|flat|brug|balkon|toren|parkeergarage|viaduct)\b",
            r"\b(?:ga|spring) ik (?:\w+ )?(?:vanavond|vannacht|straks|morgen|nu|zo meteen) (?:van|vanaf|af) (?:het|de|"
            r"onze|ons|een) (?:dak|flat|brug|balkon|toren|parkeergarage|viaduct)\b",
            # round 14: "dat hij straks van de Waalbrug springt"
            r"\b(?:vanavond|vannacht|straks|nu|zo meteen|morgen)\b[^.?!]{0,30}\b(?:van|vanaf|af) (?:het|de|een) "
            r"(?:\w*brug|dak|flat|balkon|toren|viaduct|parkeergarage)\b[^.?!]{0,15}\bspring\w*",
        ),
    ),
    (
        # a young child alone in the dark or hungry: "ik ben 8 en er is niemand thuis en het is al donker"
        "kind_alleen",
        (ACUTE, VIOLENCE),
        _rx(rf"{_ALONE}(?!.*\b{_OFTEN}\b)"),
    ),
    (
        # the same, day after day ("ik ben bijna elke dag alleen thuis tot heel laat … bang in het donker"): neglect,
        # Veilig Thuis and the Kindertelefoon, not 112
        "kind_vaak_alleen",
        (VIOLENCE,),
        _rx(rf"{_ALONE}(?=.*\b{_OFTEN}\b)"),
    ),
    (
        # a threat to finish off a teacher or to make everyone pay, with a weapon (set K: "het mes van zijn vader
        # meeneemt om 'die leraar af te maken'", "een foto van een pistool … morgen gaat iedereen boeten")
        "dreiging_wapen",
        (ACUTE, VIOLENCE),
        _rx(
            r"\A(?=.*\b(?:mes|messen|pistool|geweer|vuurwapen|wapen|bom)\b)(?=.*\b(?:(?:leraar|lerares|juf|meester|"
            r"docent|mentor|iedereen|ze allemaal|klasgenoten) (?:\w+ ){0,2}(?:af te maken|afmaken|neer te steken|"
            r"neersteken|neer te schieten|neerschieten|dood te maken)|(?:iedereen|jullie|ze allemaal) (?:\w+ ){0,2}"
            r"(?:gaat|gaan|zal|zullen) (?:\w+ )?(?:boeten|betalen))\b)",
        ),
    ),
    (
        # an adult who wants to be alone with a young child in the bath or in bed, and the child is afraid of him
        # (red team round 13: "mijn nieuwe vriend wil steeds alleen met haar in bad, ze huilt als hij komt"): a sign
        SIGNS,
        (VIOLENCE,),
        _rx(
            r"\A(?=.*\b(?:alleen met (?:haar|hem|ze|mijn (?:dochter|zoon)) (?:\w+ )?(?:in bad|onder de douche|in bed|"
            r"naar bed|op (?:de|zijn|haar) kamer)|met (?:haar|hem) alleen (?:in bad|onder de douche|in bed))\b)"
            r"(?=.*\b(?:huilt|huilen|bang|wil (?:dat )?niet|schrikt|plast (?:weer )?in bed|klampt)\b)",
        ),
    ),
    (
        # a drunk adult about to drive the children (round 13: "een fles wijn op en zegt dat ze ons in de auto brengt")
        "dronken_rijden",
        (ACUTE, VIOLENCE),
        _rx(
            r"\A(?=.*\b(?:fles wijn|flessen wijn|dronken|bezopen|stomdronken|(?:te ?veel|heel veel) (?:\w+ )?gedronken|"
            r"zat van de drank|lalt|lallen|ruikt (?:\w+ ){0,2}naar (?:drank|alcohol)|beschonken|aangeschoten|"
            r"na een avond drinken|(?:drie|vier|vijf|zes|[3-9]) (?:wijntjes|biertjes|glazen|glaasjes|flesjes))\b)"
            r"(?=.*\b(?:in de auto (?:\w+ ){0,3}(?:brengt|brengen|rijden|rijdt|mee|zetten|zet)|(?:wil|gaat|gaan) "
            r"(?:\w+ ){0,3}(?:rijden|autorijden)|achter het stuur|rijdt (?:\w+ ){0,4}naar|zit(?:ten)? (?:al )?(?:in de "
            r"auto|achterin))\b)",
        ),
    ),
    (
        # a trusted adult who kisses or gropes a child ("mijn gymleraar heeft me gezoend en zei dat ik speciaal ben")
        "volwassene_zoent",
        (VIOLENCE,),
        _rx(
            rf"\b{_TRUSTED}\b[^.?!]{{0,30}}\b(?:heeft|had) (?:me|mij) (?:\w+ ){{0,2}}(?:gezoend|gekust|betast|"
            r"vastgepakt op)\b",
            rf"\b{_TRUSTED} (?:\w+ )?(?:zoende|kuste|zoent|kust|betastte|betast) (?:me|mij)\b"
            r"(?!(?: \w+){0,2} (?:gedag|welterusten|op (?:mijn|m'n|de) (?:wang|hoofd|haar)|op verjaardag))",
        ),
    ),
    (
        # someone unconscious now ("een kind in mijn klas is buiten bewustzijn geraakt, wie bel ik eerst?"): 112
        "bewusteloos",
        (ACUTE,),
        _rx(
            r"\b(?:is|ligt|raakte|werd) (?:\w+ ){0,3}(?:buiten bewustzijn|bewusteloos|niet (?:meer )?aanspreekbaar)\b"
            r"(?! (?:raakt|raken|is|wordt)\b)|\bbuiten bewustzijn geraakt\b|"
            r"\bis (?:\w+ )?flauwgevallen en (?:\w+ ){0,2}(?:reageert|ademt|wordt) (?:niet|slecht|nauwelijks)\b|"
            # round 14: "ligt op het schoolplein, is gevallen van het klimrek en reageert niet meer"
            r"\b(?:ligt|lag|is gevallen)\b[^.?!]{0,80}\breageert (?:niet|nauwelijks)(?: meer)?\b(?! op)|"
            r"\b(?:krijg|krijgen|kreeg) (?:\w+ ){0,3}niet (?:\w+ )?wakker\b",
        ),
    ),
    (
        # something harmful swallowed (round 15: "heeft een knoopcelbatterij ingeslikt", cleaning products): 112
        "ingeslikt",
        (ACUTE,),
        _rx(
            r"\b(?:knoopcel\w*|batterij\w*|magneetje\w*|schoonmaakmiddel\w*|vaatwas\w*|afwasmiddel\w*|bleek\w*|"
            r"ontstopper\w*|wasmiddel\w*|wasbolletje\w*|vaatwastablet\w*|lampenolie|aanstekervloeistof)\b"
            r"(?:\s[\w']+){0,4} (?:ingeslikt|doorgeslikt|opgedronken|gedronken|binnengekregen|opgegeten)\b",
        ),
    ),
    (
        # farewell letters written and the means at hand (round 15): 112 and 113
        "afscheid_klaar",
        (ACUTE, SUICIDE),
        _rx(
            r"\A(?=.*\bafscheids?brie\w*\b)(?=.*\b(?:alles wat ik nodig heb|alles (?:ligt )?klaar|heb (?:ik )?(?:alles|"
            r"het) (?:al )?(?:klaargelegd|geregeld|gekocht))\b)",
        ),
    ),
    (
        # a young person's own eating that has become dangerous: one calm line, the Kindertelefoon
        # ("ik eet bijna niks meer … voel me super schuldig", "ik weeg nu 41 kilo en vind het nog te veel")
        EATING,
        (CHILD,),
        _rx(
            r"\A(?=.*\bik (?:eet|at) (?:\w+ ){0,2}(?:bijna |haast )?(?:niks|niets|nauwelijks|amper) (?:meer|sinds)\b)"
            r"(?=.*\b(?:schuldig|te dik|dik|afvallen|kilo|overgeven|braken|kotsen|hart|flauw)\b)",
            r"\A(?=.*\b(?:ik|en) (?:weeg|woog) (?:nu |nog |maar )*\d{2} ?(?:kilo|kg)\b)"
            r"(?=.*\b(?:te veel|te dik|nog (?:meer )?af|nog steeds|hart|flauw|koud)\b)",
        ),
    ),
]
