"""Scenes of danger the other rules did not know: what fresh set Q's tuning half (odd ids) showed them missing.

Each rule is a kind of scene, not one wording: a body that stops responding or breathing well, a toddler who drank a
household product, a weapon in the building or shown with a threat, self-harm told in passing ("snij al maanden",
"brand mezelf"), a rope or belt around someone's neck, someone on a roof saying goodbye, a child's drawings of
herself hanged, "ben er toch niet lang meer", a child who locks herself in when a parent is angry, a young person put
out of the house, a threat to kill a parent, a neck squeezed shut now, parents who refuse a doctor for an infected
wound. Each was tried against everyday look-alikes before it was kept (tests/safety/test_crisis_set_q.py).
"""

from __future__ import annotations

import re

from assistant.safety.crisis_told import PLAY_WORDS
from assistant.safety.crisis_words import ACUTE, SUICIDE, VIOLENCE, _rx

_PARENT = (
    r"(?:moeder|mama|mam|vader|papa|pap|ouders|stiefvader|stiefmoeder|stiefpapa|stiefmama|zijn vader|haar vader|"
    r"zijn moeder|haar moeder|mijn vader|mijn moeder|mn vader|mn moeder)"
)
_UNRESPONSIVE = (
    r"(?:reageert (?:\w+ )?(?:niet|nergens|nauwelijks)(?! (?:op|meer op) (?:mijn|m'n|mn|de|het|haar|zijn|onze|"
    r"berichten|mails|appjes))|(?:nauwelijks|niet|amper|slecht) aanspreekbaar|niet wakker te krijgen|bewusteloos|"
    r"buiten bewustzijn|(?:zakt|zakte) (?:\w+ )?in elkaar|in elkaar gezakt|wegzakt|zakt weg)"
)
_BREATHING = (
    r"(?:ademt|ademde|ademhaling|adem)\b[^.?!]{0,25}\b(?:onregelmatig|traag|niet|nauwelijks|raar|zwak|oppervlakkig|"
    r"stopt|gestopt|heel langzaam|rochel\w*|hijg\w*)"
)
_HOUSEHOLD = (
    r"(?:onder (?:het|de) (?:aanrecht|gootsteen)|schoonmaakmiddel\w*|allesreiniger|bleekmiddel|bleekwater|javel|"
    r"(?:slok|fles|beetje) bleek|bleek(?= (?:gedronken|opgedronken|ingeslikt|doorgeslikt))|"
    r"chloor|ontstopper|gootsteenontstopper|wasmiddel\w*|vaatwas(?:tablet|middel|blok|capsule)\w*|lampenolie|"
    r"aanmaakvloeistof|terpentine|wasbolletje\w*|ammoniak|antivries|wc[- ]?(?:eend|reiniger|blok\w*)|ontkalker|"
    r"knoopcel\w*|knoopbatterij\w*|batterijtje\w*)"
)
_SWALLOWED = r"(?:gedronken|opgedronken|ingeslikt|doorgeslikt|binnengekregen|opgegeten|gegeten)"
_NOT_TOY = r"(?<!nep)(?<!nep )(?<!speelgoed)(?<!speelgoed )(?<!plastic )(?<!water)"
_GUN = rf"{_NOT_TOY}\b(?:pistool|vuurwapen|revolver|geweer|machete|bijl)\b"
_WEAPON = rf"{_NOT_TOY}\b(?:pistool|vuurwapen|revolver|geweer|machete|mes|messen|steekwapen|bijl|zwaard)\b"
_PLAY = rf"(?!.*\b(?:{PLAY_WORDS}|spelletje|carnaval|verkleed\w*|musical|les over)\b)"
_THREAT = (
    r"(?:afrekenen|neersteken|lek steken|neerschieten|kapotmaken|kapot maken|te grazen nemen|wraak|afmaken|"
    r"vermoorden)"
)
_LESSON = r"(?!.*\b(?:ehbo|bhv|cursus|reanimatie\w*|protocol|oefening|als iemand|wat (?:moet|doe) je als)\b)"
_EDGE = r"(?:op (?:het|de) (?:dak|brug|flat|balkon|spoor|rails|reling|rand|vensterbank)|op het dak van)"
_GOODBYE = (
    r"(?:voor(?:dat)? ik ga(?! \w)|voor(?:dat)? ik spring|laatste (?:bericht|berichtje)|vaarwel|doei allemaal|"
    r"niemand (?:zal|gaat) me missen|naar beneden (?:springen|spring)|spring ik)"
)

SCENE_RULES: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    (
        # "zakt in elkaar tijdens gym, reageert niet en ademt heel onregelmatig"; "alcohol en pillen gemengd, is
        # nauwelijks aanspreekbaar, ademhaling heel traag": 112, whoever writes
        "lichaam_noodgeval",
        (ACUTE,),
        _rx(
            rf"\A{_LESSON}(?=.*\b{_UNRESPONSIVE}\b)(?=.*\b{_BREATHING}\b)",
            rf"\A{_LESSON}(?=.*\b(?:alcohol|drank|wodka|pillen|drugs|xtc|ghb|lachgas|medicijnen)\b[^.?!]{{0,60}}"
            rf"\b(?:gemengd|genomen|gebruikt|op|gedronken|geslikt)\b)(?=.*\b{_UNRESPONSIVE}\b)",
        ),
    ),
    (
        # "mijn broertje van 2 heeft iets uit de fles onder het aanrecht gedronken en hij hoest heel raar"
        "huishoudmiddel_ingeslikt",
        (ACUTE,),
        _rx(
            rf"\A(?!.*\bzwembad)(?=.*\b{_HOUSEHOLD}\b[^.?!]{{0,50}}\b{_SWALLOWED}\b)",
            rf"\b(?:gedronken|opgedronken|ingeslikt|doorgeslikt)\b[^.?!]{{0,40}}\b{_HOUSEHOLD}\b",
        ),
    ),
    (
        # "ligt moeder bewusteloos op de bank met lege pillenpotjes naast zich": an overdose, 113 after 112
        "lege_pillen",
        (ACUTE, SUICIDE),
        _rx(rf"\A(?=.*\b{_UNRESPONSIVE}\b)(?=.*\blege (?:pillen\w*|strips?|doosjes?|potjes?|medicijn\w*|flessen)\b)"),
    ),
    (
        # "kinderen van 2 en 5 alleen in huis" while the parent lies unconscious or drunk: Veilig Thuis too
        "kinderen_alleen_bij_nood",
        (VIOLENCE,),
        _rx(
            rf"\A(?=.*\b(?:{_UNRESPONSIVE}|stomdronken|ladderzat|laveloos)\b)(?=.*\b(?:kinderen|kind|kindje|baby|"
            r"peuter|kleuter|broertje|zusje)s? (?:van [\d en]+ (?:jaar )?)?(?:\w+ )?alleen (?:in huis|thuis)\b)"
        ),
    ),
    (
        # "er loopt nu een man door de gang met iets wat op een pistool lijkt, we hebben de deur gebarricadeerd";
        # "liet een mes zien in z'n broekband" and "gaat afrekenen met iemand"
        "wapen_dreiging",
        (ACUTE, VIOLENCE),
        _rx(
            rf"\A{_PLAY}(?!.*oefening)(?=.*{_GUN})(?=.*\b(?:gebarricadeerd|barricade\w*|lockdown|we (?:zitten|hebben "
            r"ons) (?:\w+ )?verstopt|ontruim\w*)\b)",
            rf"\A{_PLAY}(?=.*\b(?:liet|laat|toonde|toont|had|heeft|droeg|draagt)\b[^.?!]{{0,30}}{_WEAPON}[^.?!]{{0,40}}"
            rf"\b(?:zien|bij zich|op zak|in (?:z'n|zijn|haar|d'r) (?:broek\w*|tas|jas\w*|zak))\b)"
            rf"(?=.*\b{_THREAT}\b)",
        ),
    ),
    (
        # "snij al een paar maanden, nu gaat het dieper dan eerst"; "ik brand mezelf met een aansteker"
        "zelfbeschadiging_verteld",
        (SUICIDE,),
        _rx(
            r"\b(?:ik )?(?:snij|snijd|kras|brand) (?:me |mezelf |mijzelf )?(?:al|nu al|weer|steeds|elke|iedere) "
            r"(?:\w+ ){0,3}(?:maanden|weken|jaren|dagen|dag|avond|nacht|keer|week|maand)\b(?=\s*(?:[.,!?;]|$|en |nu |"
            r"maar |want ))",
            r"\b(?:snij|snijd|kras)\w*\b[^.?!]{0,60}\bdieper (?:dan|als) (?:eerst|eerder|vroeger|de vorige keer|"
            r"normaal)\b",
            r"\bik (?:brand|snij|snijd|kras|bijt|verwond|beschadig) (?:mezelf|mijzelf)\b(?! (?:\w+ )?(?:per ongeluk|"
            r"bij het|tijdens het|in de vingers?|aan de|aan het|aan een|aan mijn|op de|op mijn))",
            r"\bik doe (?:het|dat) (?:\w+ )?(?:zelf|bij mezelf) (?:\w+ ){0,2}met (?:een |de |mijn |m'n |mn )?"
            r"(?:aansteker|mes|mesje|schaar|scheermesje|passer|glas|scherf)\b",
        ),
    ),
    (
        # "ik heb haar vorige week gevonden met een riem om haar nek in de kast"; drawings of a girl on a rope with
        # her own name; "ben er toch niet lang meer"
        "zelfdoding_teken",
        (SUICIDE,),
        _rx(
            r"\b(?:gevonden|aangetroffen|zag|zat|hing|lag|stond) (?:\w+ ){0,3}met (?:een )?(?:riem|touw|koord|kabel|"
            r"snoer|strop|sjaal|ceintuur|broekriem) (?:strak )?om (?:haar|zijn|z'n|d'r|mijn|m'n|mn) (?:nek|hals)\b",
            r"\b(?:riem|touw|koord|strop|broekriem|snoer|kabel|draad) om (?:mijn|m'n|mn|zijn|z'n|haar|d'r) "
            r"(?:nek|hals) "
            r"(?:\w+ )?(?:gedaan|gebonden|geknoopt|gelegd|getrokken|gehangen)\b",
            r"\b(?:tekent|tekende|tekening\w*|schrijft|schreef)\b[^.?!]{0,80}\b(?:aan een touw|strop|opgehangen|"
            r"ophangt|hangend)\b[^.?!]{0,60}\b(?:eigen naam|haar naam|zijn naam|zichzelf)\b",
            # round 26: herself drawn in a coffin, "eindelijk rust"; a diary about how her own funeral must be
            r"\b(?:zichzelf|zijn eigen|haar eigen) (?:\w+ ){0,4}getekend (?:\w+ ){0,3}in (?:een|de|zijn|haar) "
            r"(?:kist|doodskist|graf)\b|\b(?:schrijft|schreef|tekent|dagboek|schrift)\b[^.?!]{0,60}\b(?:haar|zijn|"
            r"mijn|m'n|mn) (?:eigen )?(?:begrafenis|uitvaart|graf)\b",
            r"\b(?:ik )?ben er (?:toch|straks|binnenkort|eh|immers) (?:\w+ )?niet (?:zo )?lang meer\b"
            r"(?![^.?!]{0,40}\b(?:verhuiz\w*|vakantie|pensioen|ander werk|nieuwe baan|stage|examen))",
        ),
    ),
    (
        # "ik sta nu op het dak van de flat. wou alleen nog even iemand iets zeggen voor ik ga"
        "rand_en_afscheid",
        (ACUTE, SUICIDE),
        _rx(
            rf"\A(?=.*\b(?:ik )?(?:sta|zit|lig|ben) (?:\w+ ){{0,3}}{_EDGE}\b)(?=.*\b{_GOODBYE}\b)",
            # round 26: "im on the bridge rn … before i go"; "staat aan de verkeerde kant van de reling"
            r"\A(?=.*\bi'?m (?:\w+ )?on (?:the|a) (?:bridge|roof|ledge|edge|tracks|railing)\b)(?=.*\b(?:before i go|"
            r"goodbye|bye forever|this is it|last (?:message|text))\b)",
            r"\b(?:aan|op) de verkeerde kant van (?:de|het) (?:reling|brug|balustrade|hek|spoor)\b",
        ),
    ),
    (
        # "ze moet thuis 'de slaapkamerdeur op slot doen als papa boos is'": hiding from a parent's anger
        "verstoppen_voor_ouder",
        (VIOLENCE,),
        _rx(
            r"\b(?:op slot|verstop\w*|verschuil\w*|onder (?:het|mijn|m'n|mn|haar|zijn) bed|in de kast|wegkruip\w*)\b"
            rf"[^.?!]{{0,40}}\b(?:als|wanneer|zodra|omdat) {_PARENT} (?:\w+ )?(?:boos|kwaad|dronken|agressief|"
            r"ruzie|gaat schreeuwen|begint te schreeuwen)\b",
        ),
    ),
    (
        # round 26: "ik heb mn deur gebarricadeerd met mn bureau" against a drunk or angry parent: 112 now
        "barricade_thuis",
        (ACUTE, VIOLENCE),
        _rx(
            rf"\A(?=.*\b(?:gebarricadeerd|barricadeer\w*|dichtgezet met|stoel (?:\w+ )?(?:voor|tegen) de deur)\b)"
            rf"(?=.*\b(?:{_PARENT}|dad|mom|mum|father|mother|stepdad)\b)(?=.*\b(?:dronken|drunk|boos|kwaad|"
            r"schreeuwt|bonkt|slaat|pakken)\b)",
        ),
    ),
    (
        # "slaapt 's nachts in de auto omdat zijn vader hem eruit gegooid heeft"
        "uit_huis_gezet",
        (VIOLENCE,),
        _rx(
            rf"\b{_PARENT} (?:\w+ )?(?:heeft )?(?:hem|haar|mij|me|ons|mijn (?:zoon|dochter)) (?:\w+ ){{0,2}}"
            r"(?:eruit|buiten|de deur uit|op straat|het huis uit) (?:heeft )?(?:gegooid|gezet|geschopt|getrapt)\b",
            rf"\b(?:eruit|de deur uit|het huis uit|op straat) (?:gegooid|gezet|geschopt) (?:\w+ )?door "
            rf"(?:zijn|haar|mijn|m'n|mn) {_PARENT}\b",
            # round 26: "zijn moeder wil hem niet meer thuis hebben", "ik hoef niet meer thuis te komen"
            rf"\b{_PARENT} (?:\w+ ){{0,2}}(?:wil|willen) (?:hem|haar|mij|me) niet meer (?:thuis|in huis)\b",
            r"\b(?:ik|hij|zij|ze) (?:\w+ )?niet meer thuis (?:hoef|hoeft|mag|mogen) (?:te )?komen\b",
        ),
    ),
    (
        # "papa zei dat hij me komt halen en dan gaan we ver weg en dat mama dood moet"
        "dreigt_ouder_te_doden",
        (VIOLENCE,),
        _rx(
            rf"\b(?:dat|want) {_PARENT} (?:\w+ )?dood (?:moet|gaat|zal)\b",
            rf"\b(?:dreigt|dreigde|zei|zegt|zegde) (?:\w+ ){{0,4}}(?:{_PARENT}|me|mij|ons) (?:\w+ ){{0,2}}"
            r"(?:dood te maken|te vermoorden|af te maken|dood maakt|vermoordt|afmaakt|dood gaat maken)\b"
            r"(?![^.?!]{0,30}\b(?:als ik|als je|haha\w*|grapje|lol)\b)",
        ),
    ),
    (
        # "mijn vader knijpt mijn moeder haar keel dicht in de woonkamer": strangling, told in the present tense
        "wurgen_nu",
        (ACUTE, VIOLENCE),
        _rx(
            r"\bknijpt (?:\w+ ){0,4}(?:keel|hals|nek) (?:\w+ )?dicht\b|\b(?:hij|zij|ze|vader|moeder|papa|mama) "
            r"wurgt\b",
            # round 26: "heeft mn moeder nu bij de keel, ze krijgt geen lucht"; "in een wurggreep … laat niet los"
            r"\bbij de keel\b[^.?!]{0,40}\b(?:krijgt geen lucht|kan niet ademen|laat niet los)\b|"
            r"\bnu (?:\w+ ){0,4}bij de keel\b|\bbij de keel\b (?:\w+ ){0,2}nu\b",
            r"\bwurggreep\b[^.?!]{0,60}\b(?:laat niet los|wordt (?:\w+ )?(?:rood|blauw|paars)|krijgt geen lucht)\b"
        ),
    ),
    (
        # "isn't allowed to see a doctor, an infected wound for weeks, his parents refuse": medical neglect
        "zorg_geweigerd",
        (VIOLENCE,),
        _rx(
            r"\A(?=.*\b(?:parents?|father|mother|dad|mum|mom)\b[^.?!]{0,60}\brefus\w*)(?=.*\b(?:doctor|gp|hospital|"
            r"treatment|wound|infect\w*|medicine|medication)\b)",
            r"\A(?=.*\b(?:ouders|vader|moeder|papa|mama)\b[^.?!]{0,60}\b(?:weigeren|weigert|(?:willen|wil) "
            r"(?:\w+ ){0,3}niet)\b)"
            r"(?=.*\b(?:naar de (?:dokter|huisarts|tandarts|eerste hulp)|huisarts|dokter|ziekenhuis|behandeling|"
            r"ontstoken|ontsteking|etterende?|wond|medicijnen)\b)(?=.*\b(?:al (?:weken|maanden)|stinkt|ruikt|etter\w*|"
            r"steeds erger|ontstoken|hoge koorts|kan (?:bijna )?niet (?:staan|lopen))\b)",
            # round 26: "ouders geven sinds zondag geen insuline meer, ze vertrouwen op gebed"
            r"\b(?:geven|geeft) (?:\w+ ){0,3}geen (?:insuline|medicijnen|medicatie|epilepsiemedicatie) meer\b",
        ),
    ),
]
