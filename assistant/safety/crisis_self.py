"""Crisis events about suicide and self-harm, of the writer or someone they worry about (see safety/crisis.py)."""

from __future__ import annotations

import re

from assistant.safety.crisis_words import _W, OTHER_CAUSE, SUICIDE, _rx

SELF_RULES: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    # suicide and self-harm, of the writer or someone they worry about
    (
        "zelfmoord",
        (SUICIDE,),
        _rx(r"\b(?:zel?f ?moo?r[dt]\w*|selfmoo?r[dt]\w*|zelfdoding\w*|su[iy]?c[iy]d\w*|zuicid\w*|levensmoe\w*)"),
    ),
    (
        # a means and a moment, with no word for death (red team round 7: "ik heb de pillen van oma al in mijn la
        # liggen, morgen na school doe ik het" got only the calm line)
        "plan",
        (SUICIDE,),
        _rx(
            r"\b(?:pillen|pilletjes|touw|mes|scheermes\w*|pistool|tabletten)\b[^.?!]{0,80}"
            r"\b(?:doe ik het|ga ik het doen|doe ik het gewoon|ik doe het|is het klaar|is het voorbij)\b",
            r"\b(?:doe ik het|ga ik het doen|ik doe het)\b[^.?!]{0,40}\b(?:met|want) (?:\w+ ){0,3}"
            r"(?:pillen|touw|mes)\b",
        ),
    ),
    (
        # red team round 8: a rope hung, a roof and the depth below, how deep to cut, a lethal amount
        "middel",
        (SUICIDE,),
        _rx(
            r"\b(?:touw|strop)\b (?:\w+ ){0,3}(?:hangt|hang|opgehangen|vastgemaakt|geknoopt)\b"
            r"(?!.*\b(?:schommel|was|wasgoed|tent|vlag\w*|hangmat|klimrek|gym|boot|kerst\w*)\b)|\bstrop\b",
            r"\A(?!.*\b(?:zwem\w*|duik\w*|trampoline|springkussen|sloot)\b).*"  # not the edge of the pool
            r"\b(?:sta|staat|zit|ben)\b (?:\w+ ){0,3}op (?:het|de|een) (?:dak|brug|rand|flat|balkonrand|spoor)\b"
            r"[^.?!]{0,40}\b(?:beneden|springen|spring|diep|omlaag)\b",
            # set N: "zit op de vensterbank van het open raam … en zegt dat hij springt als iemand dichterbij komt"
            r"\A(?!.*\b(?:zwem\w*|duik\w*|water|trampoline|springkussen|sloot|parachute\w*)\b).*"
            r"\b(?:vensterbank|raam|rand|reling|dak|balkon|brug)\b[^.?!]{0,80}\b(?:zegt|dreigt|roept|schreeuwt) "
            r"(?:\w+ ){0,2}(?:springt|springen|te springen|gaat springen)\b",
            r"\b(?:snij\w*|doorsnij\w*)\b[^.?!]{0,40}\bslagader\w*|\bhoe diep (?:\w+ ){0,4}snijden\b|"
            r"\bpolsen (?:\w+ ){0,2}(?:doorsnijden|doorsnijd)\b",
            r"\b(?:hoeveel|hoe veel|welke hoeveelheid)\b[^.?!]{0,50}\b(?:dodelijk\w*|fataal)\b|"
            r"\b(?:dodelijke|fatale) (?:dosis|hoeveelheid)\b|\boverdosis\b",
        ),
    ),
    (
        "doodswens",
        (SUICIDE,),
        _rx(
            rf"\b(?:wil|wilt|willen|wou|wilde|wens|wenst|hoop) {_W}{{0,3}}(?:dood|sterven|doodgaan|dood gaan|"
            r"verdwijnen|weg van (?:deze|de) wereld)\b(?! ?(?:moe|op|gaan van|lachen|aan|aan het))",
            r"\b(?:hij|ze|zij|ik|die|het) (?:\w+ )?dood (?:wil|wilt|wou|wilde)\b(?! (?:hebben|maken))",
            r"\ber (?:\w+ ){0,2}(?:liever|beter) (?:niet|nooit) meer (?:zou |zal )?(?:zijn|wezen)\b|"
            # red team round 10: a farewell call, "de kinderen zijn beter af bij hun vader"
            r"\b(?:de kinderen|ze|zij|jullie|iedereen) (?:zijn|is) (?:\w+ )?beter af (?:bij (?:hun|mijn|de|haar|zijn) "
            r"(?:vader|moeder|papa|mama|oma|opa|ex)|zonder (?:mij|me|ons))\b|"
            r"\bnog (?:één|een|1) keer (?:\w+ ){0,4}(?:gebeld|gezien|geknuffeld|opgezocht) om (?:gedag|dag|afscheid) "
            r"te\b|"
            # red team round 9: "liever onder een auto loopt dan …", "morgen ben ik er niet meer", a farewell
            r"\bliever (?:\w+ ){0,3}(?:onder een (?:auto|trein|bus|vrachtwagen)|voor de trein|van (?:de|een) "
            r"(?:brug|flat))\b|"
            r"\b(?:morgen|straks|vanavond|vannacht|zaterdag|zondag|volgende week) (?:ben|is) (?:ik|hij|ze|zij) er "
            r"niet meer\b|\bsorry voor alles\b(?=.*\b(?:pillen|afscheid|doei|vaarwel|dag allemaal|weggegeven|mes|"
            r"touw)\b)|\b(?:pillen|afscheid|weggegeven)\b[^.?!]{0,80}\bsorry voor alles\b|"
            r"\b(?:wil|wilt|willen|wou|wilde) (?:er )?(?:echt |gewoon |liever )?(?:niet|nooit) meer (?:leven|zijn|"
            r"bestaan|wakker worden|hier zijn)\b",
            r"\bleven (?:wil|wilt|wou) (?:ik|hij|ze|zij) (?:echt |gewoon )?(?:niet|nooit) meer\b|"
            r"\bik (?:ga|ben) (?:vannacht|vanavond|morgen|vandaag|straks|zo|binnenkort) dood\b(?! ?(?:van|aan|als|om|"
            r"zonder|met)\b)|"
            r"\b(?:niet|nooit) meer (?:wil|wilt|willen|wou|wilde) (?:leven|zijn|bestaan)\b|\bniet meer (?:willen )?"
            r"leven\b|\b(?:nooit|niet) meer wakker (?:worden|te worden)\b",
            r"\b(?:beter|fijner) (?:\w+ ){0,2}(?:af )?(?:zonder (?:mij|me)|als ik (?:er )?(?:niet meer|dood|weg) "
            r"(?:ben|was|zou zijn|ben dan))\b|\biedereen (?:\w+ )?beter af\b",
            r"\b(?:eind|einde) (?:\w+ ){0,2}aan (?:mijn|zijn|haar|hun|het) leven\b|"
            r"\b(?:er|dr|d'r) (?:\w+ ){0,2}(?:een )?(?:eind|einde) "
            r"aan (?:te )?(?:maken|maakt|maak|make|breien)\b(?![^.?!]*\b(?:pesten|ruzie|gedoe|overlast|discussie)\b)|"
            r"\bvan kant (?:te )?maken\b|"
            r"(?<!snel )(?<!vlug )(?<!eerste )(?<!eerder )\bklaar met (?:het )?(?:leven|alles)\b",
            r"\b(?:zichzelf|mezelf|mijzelf|zich) (?:\w+ ){0,4}(?:doodmaken|dood maken|ophangen|iets aandoen|"
            r"wat aandoen|iets aan te doen|van het leven (?:te )?beroven|verdrinken|voor de trein)\b",
            r"\b(?:zie|ziet|zien) (?:het|alles|het leven) (?:echt |helemaal |gewoon )?niet meer zitten\b|"
            r"\b(?:het|alles|het leven) (?:echt |helemaal |gewoon )?niet meer (?:zie|ziet|zien|zag|zagen) zitten\b|"
            r"\bniemand (?:\w+ )?meer tot last\b|"
            r"\bzie?t? geen (?:uitweg|toekomst|zin meer)\b|\bgeen zin meer in (?:het|mijn|zijn|haar) leven\b|"
            r"\b(?:het )?leven (?:heeft )?geen zin\b",
            r"\bik kan (?:het )?(?:echt |gewoon |het gewoon )?niet meer\b(?! (?:\w+ )?(?:inloggen|betalen|bellen|"
            r"vinden|volgen|mee|naar|werken|slapen|opbrengen|uit|bij|op|in|lezen|zien|horen|lopen|bereiken)\b)",
            r"\bik (?:trek|hou|houd) het (?:echt |gewoon )?niet meer(?: vol)?\b",
            r"\b(?:pillen|medicijnen|tabletten) (?:\w+ ){0,2}(?:gespaard|verzameld|opgespaard|sparen|verstopt)\b|"
            r"\bafscheidsbrie\w*|\bafscheid (?:\w+ )?(?:genomen|nemen) van iedereen\b",
            r"\b(?:praat|praten|praatte|heeft het|hebben het|schrijft|schreef|tekent|zoekt|googelt|googlet) "
            r"(?:\w+ ){0,4}(?:over|naar|op) (?:doodgaan|dood gaan|de dood|sterven|manieren om|hoe je (?:dood|"
            r"zelfmoord))\b",
        ),
    ),
    (
        "zelfbeschadiging",
        (SUICIDE,),
        _rx(
            r"\b(?:snij\w*|sneed|kras\w*|kerf\w*|beschadig\w*|bezeer\w*|verwond\w*|brandt|bonkt|mes) (?:\w+ ){0,2}"
            r"(?:zichzelf|mezelf|mijzelf|zich)\b",  # "mes": "ik 🔪 mezelf" (red team round 7)
            r"\b(?:zichzelf|mezelf|mijzelf) (?:\w+ ){0,2}(?:pijn (?:doet|doen|te doen|deed)|snijdt|snijden|krast|"
            r"krassen|beschadigt|beschadigen)\b",
            r"\b(?:pols|polsen|arm|armen|aders?) (?:\w+ )?open (?:gemaakt|gesneden|gehaald|gekrast)\b|"
            r"\bzelfbeschadig\w*|\bautomutilatie\b|\blittekens op (?:haar|zijn|mijn) (?:\w*armen|\w*benen|"
            r"polsen|pols)\b",
            # round 21: "heb gisteren weer met de schaar in mn bovenbenen gezeten"
            r"\bmet (?:de|een|het) (?:schaar|mes|mesje|scheermesje|passer) (?:\w+ )?in (?:mijn|mn|m'n|haar|zijn) "
            r"(?:\w*armen|\w*arm|\w*benen|polsen|pols|buik|huid) (?:\w+ )?gezeten\b|"
            r"\b(?:snij|snijd|snijdt|sneed|kras|krast) (?:\w+ ){0,6}in (?:mijn|haar|zijn) (?:\w*armen|\w*arm|\w*benen|"
            r"polsen|pols|buik|huid)\b|\blange mouwen\b(?=.*\b(?:bloed\w*|littekens|wondjes|krassen|sneetjes)\b)",
            r"\b(?:armen|polsen|benen|arm|pols) (?:\w+ ){0,3}(?:sneden|sneeen|sneen|sneetjes|snees|kerven|krassen)\b|"
            r"\b(?:krab|krabt|krabde|kras|krast|kraste) (?:\w+ ){0,2}(?:armen|polsen|benen|arm|pols) (?:\w+ )?open\b",
            # Many cuts on arms or legs, unless the message names another cause (the cat, a fall, broken glass).
            r"\b(?:snijwonden|sneetjes|sneden|snijsporen|krassen|kerven|brandwondjes) (?:\w+ ){0,3}(?:\w*armen|\w*arm|"
            r"polsen|pols|\w*benen|dijen|buik)\b" + OTHER_CAUSE,
            # set N: "ik snij weer sinds vorige week", not "ik snij weer de groente"
            r"\bik (?:snij|kras|kerf) (?:weer|opnieuw|nog steeds|soms|vaak|elke dag|al (?:weken|maanden))\b"
            r"(?! (?:de|het|een|mijn|m'n|mn|die|dat|deze|groente|brood|papier|stof|hout|in (?:de|het|een)))",
            r"\b(?:ik heb|heb|ze heeft|hij heeft|heeft ze|heeft hij) (?:\w+ )?(?:weer|opnieuw) (?:gekrast|gesneden)\b"
            r"(?! (?:op|in (?:de|het|een)|met (?:de|een) (?:schaar|mes) (?:in|op) (?:de|het|een)))" + OTHER_CAUSE,
            r"(?:\bverberg\w* (?:\w+ ){0,5}(?:krassen|sneden|sneetjes|wondjes|littekens)\b|"
            r"\b(?:krassen|sneden|sneetjes|littekens|gekrast|gesneden)\b[^.?!]{0,60}\bverberg\w*)(?=.*\b(?:arm\w*|pols\w*|benen|been|mouwen|gym|"
            r"zwem\w*|huid|dijen)\b)" + OTHER_CAUSE,
            r"\b(?:scheermesjes?|mesjes|scheerblad\w*) (?:\w+ ){0,4}(?:etui|kamer|tas|lade|la|kast|bed|verstopt|"
            r"gevonden)\b|\b(?:vond|vonden|gevonden|verstopt|verstopte) (?:\w+ ){0,4}(?:scheermesjes?|mesjes|"
            r"scheerblad\w*)\b",
        ),
    ),
    (
        "english_suicide",
        (SUICIDE,),
        _rx(
            r"\bkill(?:ing|ed|s)? (?:my|him|her|them)sel(?:f|ves)\b|\b(?:just )?wants? to disappear\b|"
            r"\b(?:walk|walking|jump|jumping|step|stepping) (?:\w+ ){0,2}in front of a (?:train|car|bus|truck)\b|"
            r"\bjump(?:ing)? (?:off|from) (?:a|the) (?:bridge|roof|building|balcony)\b|\b(?:want|wants|wanted|"
            r"wish) (?:\w+ )?to die\b",
            r"\b(?:don't|do not|doesn't|does not|no longer) (?:want to|wanna) (?:live|be alive|be here|exist)\b",
            r"\bend (?:it all|(?:my|his|her|their) (?:own )?life)\b|\bno reason to live\b|\bbetter off "
            r"(?:dead|without me)\b|\bwish (?:i|he|she) (?:was|were) dead\b",
            r"\b(?:cuts?|cutting|hurts?|hurting|harms?|harming) (?:herself|himself|myself|themselves)\b|"
            r"\bself[- ]?harm\w*",
        ),
    ),
]
