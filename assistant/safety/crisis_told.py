"""Danger told in passing, in words the other rules did not know: what fresh set O (half A) showed them missing.

Each rule is a kind of danger, not a wording: self-harm that is hidden, a child afraid of what telling would bring, a
child in a stranger's locked car, a parent afraid of what they will do to a crying baby, a partner's violence told in
the middle of a school question, small round burns, an adult showing a child his genitals, a child heard crying "nee
papa niet doen", a girl taken abroad to be married, a girl "lent out" to friends, a firearm in a bag or a kill threat
with one at home, a pupil who dares not go home after a threat, a goodbye after giving things away. Each was tried
against everyday look-alikes before it was kept (tests/safety/test_crisis_set_o.py).
"""

from __future__ import annotations

import re

from assistant.safety.crisis_words import ACUTE, SUICIDE, VIOLENCE, _rx

_ADULT_MAN = (
    r"(?:ome|oom|opa|buurman|meneer|een man|die man|stiefvader|stiefpapa|oppas|trainer|vriend van (?:mama|papa|"
    r"mijn moeder))"
)
_GENITALS = r"(?:plassertje|piemel|penis|plasser|pielemuis|geslachtsdelen?|blote (?:piemel|billen|lijf))"
_GUN = r"(?<!nep )(?<!speelgoed )(?<!plastic )\b(?:pistool|vuurwapen|revolver|machete|boksbeugel|vlindermes|geweer)\b"
PLAY_WORDS = r"game|gamen|fortnite|minecraft|spel|film|serie|boek|toneel|lasergame|paintball|verhaal"
_PLAY = rf"(?!.*\b(?:{PLAY_WORDS})\b)"  # a game, a film, a story: no weapon in the writer's world
_CAPTOR = r"(?:man|vrouw|meneer|jongen|vreemde|onbekende)"

TOLD_RULES: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    (
        # "ik doe het niet meer zo diep hoor maar het helpt wel", "hoe verberg ik de littekens bij zwemles"
        "zelfbeschadiging_verborgen",
        (SUICIDE,),
        _rx(
            r"\A(?!.*\b(?:wond|wondje|snee|zalf|pleister|hechting\w*|gevallen|schaafwond|splinter)\b).*"
            r"\b(?:niet (?:meer )?zo|minder|te|heel) diep\b[^.?!]{0,40}\b(?:helpt|hielp|opluchting|lucht op)\b",
            r"\bhoe (?:verberg|verstop|bedek) (?:je|ik|jij) (?:\w+ )?(?:littekens|sneetjes|snijwonden|krassen|"
            r"wondjes) (?:op|aan|in) (?:je|mijn|m'n) (?:armen|arm|polsen|pols|bovenbenen|benen|buik)\b",
        ),
    ),
    (
        # a child afraid of what telling brings: "als ik iets vertel over thuis … dan moet ik naar een ander huis"
        "vertellen_over_thuis",
        (VIOLENCE,),
        _rx(
            r"\b(?:als|wat als|wanneer) ik (?:\w+ ){0,4}(?:vertel|zeg|verteld|zeg wat) (?:\w+ ){0,3}(?:over thuis|"
            r"wat er thuis|wat (?:papa|mama|mijn vader|mijn moeder|mijn stiefvader) )"
            r"(?=.*\b(?:ander huis|uit huis|weggehaald|weg moet|pleeggezin|niet meer thuis|boos op (?:mij|me)|straf "
            r"krijg|klappen krijg|in de problemen)\b)",
        ),
    ),
    (
        # in a stranger's car that drives elsewhere, doors locked: 112 now
        "vast_in_auto",
        (ACUTE,),
        _rx(
            rf"\b(?:zit|zitten) (?:\w+ ){{0,2}}in (?:de|een|zijn|haar) (?:auto|bus|busje|bestelbus|wagen) (?:van|met) "
            rf"(?:een|die|zo'?n) {_CAPTOR}\b(?=.*\b(?:op slot|andere kant|verkeerde kant|stopt niet|wil (?:me |mij )?"
            r"niet (?:laten )?(?:uitstappen|gaan))\b)",
            rf"\A(?=.*\bdeuren (?:zitten |zijn |gaan |gingen )?op slot\b)(?=.*\b(?:rijdt|reed|auto|busje)\b)"
            rf"(?=.*\b{_CAPTOR}\b)",
        ),
    ),
    (
        # a parent afraid of what they will do to a crying baby, or who handled it far too roughly
        "te_hard_met_kind",
        (VIOLENCE,),
        _rx(
            r"\A(?=.*\b(?:baby|kindje|zoontje|dochtertje|peuter|bedje|box)\b).*\b(?:veel )?te hard (?:\w+ ){0,5}"
            r"(?:gegooid|neergegooid|geschud|door elkaar geschud|geknepen|geslagen)\b",
            r"\A(?=.*\b(?:baby|kindje|peuter|huilt|krijst|blijft huilen)\b).*\bbang (?:voor )?wat ik (?:\w+ )?"
            r"(?:ga doen|zal doen|kan doen|ga (?:\w+ )?doen)\b",
        ),
    ),
    (
        # a knotted rope or a noose in a young person's room (Turkish "düğümlenmiş bir ip", Dutch)
        "touw_met_lus",
        (SUICIDE,),
        _rx(
            r"\bdugum\w* (?:\w+ ){0,2}ip\b|\bip\w* (?:\w+ ){0,2}dugum\w*|\bilmek\b",
            r"\b(?:touw|koord|riem|kabel) (?:met|in) (?:een )?(?:lus|strop|knoop)\b(?=.*\b(?:kamer|zolder|kast|bed|"
            r"schuur|balk)\b)|\bgeknoopte? (?:touw|strop)\b",
        ),
    ),
    (
        # a partner's violence told in the middle of a school question ("mijn man heeft vorige maand mijn arm
        # gebroken tijdens een ruzie"), or a son who took his mother by the throat
        "letsel_verteld",
        (VIOLENCE,),
        _rx(
            r"\b(?:mijn|haar|m'n) (?:man|vriend|partner|ex|vrouw|vader|stiefvader|zoon|schoonvader) (?:\w+ ){0,6}"
            r"(?:mijn|m'n|haar) (?:arm|neus|kaak|ribben|rib|pols|vinger|been|oogkas|trommelvlies|sleutelbeen) "
            r"gebroken\b",
            r"\b(?:pakte|greep|pakt|grijpt|kneep|knijpt) (?:\w+ ){0,3}bij (?:mijn|haar|zijn|m'n|de) "
            r"(?:keel|nek|hals)\b",
        ),
    ),
    (
        # small round burns, cigarette burns
        "brandplekjes",
        (VIOLENCE,),
        _rx(
            r"\bronde brand(?:wond|plek|blaar)\w*\b(?![^.?!]{0,30}\bnet\b)",
            r"\bsigaret\w* (?:\w+ ){0,4}(?:uitgedrukt|gedoofd)\b|\bsigaretten?brand\w*",
        ),
    ),
    (
        # an adult who shows a child his genitals ("tekent een man met een groot plassertje … ome R laat dat zien")
        "ontbloten",
        (VIOLENCE,),
        _rx(
            rf"\A(?=.*\b{_ADULT_MAN}\b)(?=.*\b{_GENITALS}\b[^.?!]{{0,80}}\blaat (?:\w+ ){{0,2}}zien\b|.*\blaat "
            rf"(?:\w+ ){{0,4}}(?:zijn|z'n) {_GENITALS} (?:\w+ ){{0,2}}zien\b)",
        ),
    ),
    (
        # a child heard crying out against a parent, with shouting or banging
        "kind_roept_nee",
        (VIOLENCE,),
        _rx(
            r"\b(?:nee|niet) (?:papa|mama|pappa|mamma),? (?:niet )?(?:doen|slaan|stop)\b(?=.*\b(?:geschreeuw|gegil|"
            r"gebonk|schreeuw\w*|gil\w*|huil\w*|klappen|bonk\w*|stil)\b)",
        ),
    ),
    (
        # a girl taken abroad by her parents for a marriage, her phone taken (not a family wedding trip)
        "meegenomen_buitenland",
        (VIOLENCE,),
        _rx(
            r"\bnaar (?:marokko|turkije|somalie|pakistan|afghanistan|irak|syrie|egypte|eritrea|ethiopie|india|"
            r"bangladesh|het buitenland|het land van herkomst) (?:\w+ ){0,2}(?:gebracht|gestuurd|meegenomen|"
            r"achtergelaten)\b(?=.*\b(?:bruiloft|trouwen|huwelijk|telefoon af|paspoort af|niet terug|terugvlucht|"
            r"help me)\b)",
        ),
    ),
    (
        # exploitation: a girl "lent out" to a boyfriend's friends
        "uitgeleend",
        (VIOLENCE,),
        _rx(r"\b(?:uitleent|uitgeleend|uitlenen|leent (?:haar|hem) uit)\b(?=.*\b(?:vrienden|mannen|jongens)\b)"),
    ),
    (
        # a firearm in a young person's bag; a kill threat with one at home (not a game or a film)
        "wapen_bij_zich",
        (VIOLENCE,),
        _rx(
            rf"{_GUN} (?:\w+ ){{0,4}}(?:in (?:zijn|haar|z'n|d'r) (?:tas|jas|zak|broekzak|rugzak|kluisje)|bij zich|"
            r"op zak)\b",
        ),
    ),
    (
        "wapen_en_doodsbedreiging",
        (ACUTE, VIOLENCE),
        _rx(
            rf"\A{_PLAY}(?=.*{_GUN})(?=.*\b(?:doodschiet\w*|dood ?schieten|schiet (?:\w+ ){{0,2}}dood|"
            r"neerschiet\w*|vermoord\w*)\b)",
        ),
    ),
    (
        # a pupil who dares not go home after a threat with a weapon: before school ends, 112
        "niet_naar_huis_na_dreiging",
        (ACUTE, VIOLENCE),
        _rx(
            r"\A(?=.*\b(?:wil|durft|durf) (?:\w+ ){0,2}niet (?:meer )?(?:naar huis|thuis ?(?:komen|te komen)?)\b)"
            r"(?=.*\b(?:gedreigd|dreigt|bedreigd|hamer|mes|pistool|vermoord\w*|doodmaken|wurg\w*)\b)",
        ),
    ),
    (
        # a goodbye after giving one's things away ("al mijn spullen verdeeld … het is beter zo, bedankt voor alles")
        "afscheid_spullen_weg",
        (ACUTE, SUICIDE),
        _rx(
            r"\A(?!.*\b(?:verhuiz\w*|verhuisd|emigr\w*|nieuwe school|laatste schooldag|opruim\w*|marktplaats|"
            r"rommelmarkt|kringloop)\b)"
            r"(?=.*\b(?:spullen|gitaar|kleren|hoodies?|knuffels?|spelcomputer|ps5|boeken|alles) (?:\w+ ){0,4}"
            r"(?:verdeeld|weggegeven|weg gegeven|weggeven)\b)(?=.*\b(?:beter zo|bedankt voor alles|vaarwel|tot nooit|"
            r"(?:hoeft|hoeven) (?:zich |je )?(?:geen )?zorgen|afscheid)\b)",
        ),
    ),
    (
        # round 24: an online "friend" who asks a child for photos in underwear, and a pupil's "sorry voor alles" sent
        # in the night
        "kind_foto_gevraagd",
        (VIOLENCE,),
        _rx(
            r"\b(?:vraagt|vroeg|wil|eist|stuur)\b[^.?!]{0,30}\bfoto'?s?\b[^.?!]{0,30}\b(?:onderbroek|ondergoed|bh|"
            r"zonder kleren|bloot|naakt)\b",
            r"\bfoto'?s?\b[^.?!]{0,40}\b(?:onderbroek|ondergoed|zonder kleren|bloot|naakt)\b[^.?!]{0,20}\b(?:vraagt|"
            r"vroeg|wil|eist|sturen|stuurt)\b",
        ),
    ),
    (
        "nachtelijk_afscheid",
        (SUICIDE,),
        _rx(r"\A(?=.*\bsorry (?:\w+ )?voor alles\b)(?=.*\b(?:om [0-5] uur|vannacht|midden in de nacht|'s nachts)\b)"),
    ),
    (
        # a child who looks after a little sister while a parent drinks herself asleep: neglect
        "drinkt_en_kind_zorgt",
        (VIOLENCE,),
        _rx(
            r"\b(?:moeder|mama|vader|papa|ma|pa|ouders) (?:\w+ ){0,2}(?:drinkt|drinken|zuipt|zuipen) (?:\w+ ){0,3}"
            r"(?:wijn|bier|wodka|drank|alcohol)\b(?=.*\b(?:zorg ik|valt (?:ze|hij) (?:\w+ )?in slaap|ligt (?:\w+ ){0,3}"
            r"(?:vloer|grond)|niet wakker|alleen (?:met|voor) (?:mijn )?(?:zusje|broertje))\b)",
        ),
    ),
    (
        # "'s nachts hoor ik haar zeggen dat ze beter dood kan zijn"
        "beter_dood",
        (SUICIDE,),
        # (not a mother's "dat ik beter dood kan zijn" to her child: that is her cruelty, Veilig Thuis)
        _rx(
            r"\b(?:ze|zij|hij) (?:kan |zou |is |was )?beter dood\b",
            r"(?<!dat )\bik (?:ben|kan|zou) (?:\w+ )?beter dood\b",
        ),
    ),
    (
        # English: a dark goodbye online and gone with the car keys minutes ago (set O, a parent)
        "afscheid_en_weg",
        (ACUTE, SUICIDE),
        _rx(
            r"\A(?=.*\b(?:burden|last week of|last day of|goodbye|end it|ending it|not be here|better off without)\b)"
            r"(?=.*\b(?:minutes ago|just now|right now|tonight|took (?:my|the) (?:car|keys|pills)|doesn'?t (?:pick up|"
            r"answer)|not answering)\b)",
        ),
    ),
    (
        # red team round 23: a child's medical emergency in Dutch words "medisch_nu" did not know (a child who cannot
        # be woken, a baby's breathing pauses, spots that do not fade under a glass, a fit that does not stop). Not
        # what happens "soms" or "als", nor a first-aid course or last year.
        "medisch_nu_meer",
        (ACUTE,),
        _rx(
            r"\A(?!.*\b(?:soms|vaak|weleens|af en toe|regelmatig|als (?:hij|ze|zij|het)|cursus|ehbo-?les|training|"
            r"vorig\w* (?:jaar|week|maand)|al eens|ooit|jaar geleden|hersteld|gehad)\b)(?=.*(?:"
            r"\bniet wakker te krijgen\b|\bademt (?:\w+ )?(?:met pauzes|raar|niet meer)\b|\bademhalingspauzes?\b|"
            r"\b(?:paarse|rode|donkere) (?:vlekjes|vlekken|puntjes)\b[^.?!]{0,40}\bniet weg\w*|"
            r"\bgrauw (?:rond|om) (?:de|zijn|haar) mond\b|\bniet aanspreekbaar\b|\bbewusteloos\b|"
            r"\b(?:knoopbatterij\w*|knoopcel\w*|batterijtje|magneetjes?|magneten)\b[^.?!]{0,30}\b(?:ingeslikt|"
            r"doorgeslikt|geslikt|opgegeten)\b|"
            r"\b(?:epileptische aanval|epilepsie-?aanval|stuip|insult)\b[^.?!]{0,20}\b(?:stopt niet|niet stopt|houdt "
            r"niet op|niet ophoudt|blijft duren|gaat maar door)\b|"
            # round 24: limp and no longer responding, an allergic reaction with breathing trouble, a head injury with
            # vomiting, a diabetic child slipping away, a bulging fontanel
            r"\b(?:slap|flauw ?gevallen|in elkaar gezakt)\b[^.?!]{0,40}\breageert (?:\w+ )?(?:nergens|niet|"
            r"nauwelijks)\b|"
            r"\b(?:allergische reactie|bulten|pinda\w*|wesp\w*|bij gestoken)\b[^.?!]{0,60}\b(?:benauwd|ademt|lucht)\b|"
            r"\bhoofd\b[^.?!]{0,40}\b(?:geklapt|gestoten|gevallen|geraakt)\b[^.?!]{0,60}\b(?:braakt|overgeeft|spuugt|"
            r"suf\w*)\b|"
            r"\b(?:diabetes|suikerziekte|hypo)\b[^.?!]{0,60}\b(?:zakt weg|wegzakt|verward|niet aanspreekbaar)\b|"
            r"\bfontanel (?:\w+ )?bol\w*\b))",
        ),
    ),
    # Red team round 25 (tests/safety/test_crisis_round25.py): cutting again and deeper, a night-time "spijt me van
    # alles" that hands over a pet, a firearm or knife taken to school, "kms" and "nobody would notice if I was gone".
    (
        "snijden_dieper",
        (SUICIDE,),
        _rx(
            r"\b(?:weer|opnieuw) (?:\w+ )?(?:begonnen|gestart) met (?:snijden|krassen)\b(?!\s+(?:van|in|op|aan)\b)",
            r"\b(?:snij|snijd|kras)\w*\b[^.?!]{0,40}\bsteeds dieper\b",
        ),
    ),
    (
        "spijt_en_zorg",
        (SUICIDE,),
        _rx(
            r"\A(?=.*\bspijt me (?:\w+ )?(?:van|voor) alles\b)"
            r"(?=.*(?:\bzorg (?:\w+ )?voor (?:mijn|m'n|mn)\b|\bom [0-5] uur\b))"
        ),
    ),
    (
        "wapen_naar_school",
        (ACUTE, VIOLENCE),
        _rx(
            rf"\A{_PLAY}(?=.*{_GUN}[^.?!]{{0,60}}\bmee\w* naar (?:school|de klas|het plein)\b)",
            r"\bshoot (?:up )?(?:the|my|his|her|our) school\b",
            r"\bbring(?:s|ing)? (?:a|his|her|my|\w+'?s) gun to school\b",
        ),
    ),
    (
        # "ik heb de pillen van mijn moeder ingenomen" (then "heel veel, met wodka"): someone else's pills or too many
        "pillen_ingenomen",
        (ACUTE, SUICIDE),
        _rx(
            r"\bik heb\b(?=[^.?!]{0,60}\b(?:pillen|tabletten|medicijnen|slaappillen|paracetamol\w*|pijnstillers)\b)"
            r"(?=[^.?!]{0,80}\b(?:ingenomen|genomen|geslikt|doorgeslikt)\b)(?=.*\b(?:van (?:mijn|m'n|mn) (?:moeder|"
            r"vader|mama|papa|oma|opa|ouders)|heel veel|allemaal|alle pillen|een hele (?:strip|doos|pot)|te veel|"
            r"\d{2,})\b)"
        ),
    ),
    (
        "engels_weg",
        (SUICIDE,),
        _rx(
            r"(?<![\d.,])(?<!\d )\bkms\b(?!\s*(?:per|/|an hour|away|from|to|of)\b)",
            r"\b(?:nobody|no one|noone) would (?:even )?(?:notice|care|miss me)\b[^.?!]{0,30}\bif i "
            r"(?:was|were|disappeared|died)\b",
        ),
    ),
]
