"""Crisis events as patterns on normalised text: each rule describes harm to a person (see safety/crisis.py)."""

from __future__ import annotations

import re

from assistant.safety.crisis_self import SELF_RULES
from assistant.safety.crisis_words import (
    _FAMILY,
    _HARMLESS_AFTER_HIT,
    _HIT_ACTIVE,
    _HIT_PART,
    _OBJ_PRONOUN,
    _VICTIM,
    _W,
    _WEAPON,
    ACUTE,
    SUICIDE,
    VIOLENCE,
    _rx,
)

# (name, kinds, pattern) on normalised text. Each rule describes harm to a person; a topic word alone is handled below.
EVENT_RULES: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    # acute danger: threats to life, weapons, someone at the door, a body in trouble
    (
        "doodsbedreiging",
        (ACUTE, VIOLENCE),
        _rx(
            # "na mijn dood maakt het niks uit" is not a threat (but is itself a sign, in zelfdoding_breed)
            r"(?<!zichzelf )(?<!mezelf )(?<!zich )(?<!mijn )(?<!zijn )(?<!haar )(?<!de )"
            r"\b(?:vermoordt|vermoorden|vermoord|ombrengen|doodmaakt|"
            r"dood maakt|doodslaat|dood slaat|dood te (?:maken|slaan)|doodsbedreiging\w*|met de dood "
            r"(?:bedreigd|bedreigt|gedreigd))\b",
            # red team round 9: "als het kind zegt dat papa haar vermoordt als ze iets vertelt"
            r"\b(?:papa|mama|vader|moeder|stiefvader|stiefmoeder|oom|opa|hij|zij) (?:haar|hem|mij|me|ons) (?:\w+ )?"
            r"(?:vermoordt|vermoorden|doodmaakt|dood maakt)\b",
            r"\b(?:maakt|maakte|gaat) (?:ons|mij|me|haar|hem|mama|papa|de kinderen|mijn (?:moeder|vader|zus|broer)) "
            r"(?:\w+ )?dood\b(?! (?:van|met)\b)",
            rf"\b(?:dreigt|dreigde|gedreigd|zegt|zei|gezegd|gaat|ging) {_W}{{0,4}}(?:\w+ )?(?:iets aan te doen|"
            r"iets aandoen|te vermoorden|vermoorden|dood te maken|doodmaken|pijn te doen)\b",
            r"\b(?:threaten\w* to|going to|gonna|will|wants? to|tried to) (?:kill|murder|hurt|stab|shoot) "
            r"(?:me|us|her|him|them|the kids|my \w+)\b",
            r"\b(?:bang|scared|afraid|angst) (?:\w+ ){0,2}(?:dat|that) (?:hij|ze|zij|he|she|mijn \w+) "
            r"(?:\w+ ){0,3}(?:vermoordt|doodmaakt|iets aandoet|kills?|hurts?|murders?)\b",
        ),
    ),
    (
        "wapen",
        (ACUTE, VIOLENCE),
        _rx(
            rf"\b{_WEAPON}\b.{{0,60}}\b(?:bedreig\w*|dreig\w*|zwaai\w*|steek\w*|stak|gestoken|buiten|voor de deur|"
            r"boos|woedend|agressief|dronken|in huis|binnen|threat\w*|hurt|outside|inside|angry|drunk|kill)\b",
            rf"\b(?:met|heeft|pakt|pakte|trekt|trok|hield|houdt|with|has|holding|grabbed|pulled) (?:een |het |zijn |"
            rf"haar |a |the |his |her )?(?:(?:groot|grote|big|large) )?{_WEAPON}\b",
            r"\bthere'?s a (?:knife|gun)\b",
            rf"\b{_WEAPON} (?:\w+ )?(?:gepakt|getrokken|gegrepen) (?:tegen|naar|op) \w+",
            rf"\b{_WEAPON}\b (?:\w+ ){{0,4}}bij (?:zich|zijn|haar) (?:heeft|draagt|had)\b|\b{_WEAPON}\b (?:\w+ ){{0,4}}"
            r"(?:laten zien|liet zien|getoond|showde)\b",
            r"\b(?:gedreigd|dreigt|dreigde) (?:\w+ ){0,3}(?:te laten verdwijnen|te vermoorden|dood te maken|"
            r"iets aan te "
            r"doen)\b|\b(?:bang|zo ver) (?:ben |was )?dat ik (?:haar|hem|de baby|mijn (?:kind|zoon|dochter|baby|"
            r"kinderen|zoontje|dochtertje)|de kinderen) (?:\w+ ){0,2}iets (?:aandoe|aan "
            r"doe|ga aandoen)\b",
            r"\b(?:druk|duw|hou|houd) (?:ik )?(?:\w+ ){0,2}(?:een |het |de )?kussen (?:\w+ ){0,2}op "
            r"(?:zijn|haar|het|z'n) (?:gezicht\w*|hoofd\w*|mond\w*)\b",
            r"\b(?:gooi|smijt|sla|schud) ik (?:hem|haar|het|de baby|mijn (?:kind|baby|zoon|dochter)) (?:\w+ ){0,3}"
            r"(?:tegen de muur|door elkaar|uit het raam|kapot|bont en blauw)\b",
        ),
    ),
    (
        "nu_gevaar",
        (ACUTE,),
        _rx(
            r"\b(?:bewusteloos|ik bloed|bloedt (?:heel )?erg|ademt niet|niet meer aanspreekbaar|in levensgevaar|"
            r"levensgevaarlijk|ben in gevaar|zijn in gevaar|unconscious|not breathing|in danger)\b",
            r"\bkom (?:snel|alsjeblieft|nu)\b|\bhelp (?:me|ons) (?:nu|snel|alsjeblieft)\b|\bplease help\b",
            # fresh set I: a body that no longer answers, a fire, a small child in a hot car, a child in the water
            r"\bkrijg (?:\w+ ){0,2}niet (?:meer )?wakker\b|\bblauw aangelopen\b|"
            r"\b(?:lippen|gezicht) (?:\w+ )?(?:is|zijn|wordt|worden) (?:\w+ )?blauw\b|"
            r"\bis (?:helemaal )?blauw en (?:\w+ )?(?:doet|ademt|reageert|beweegt)\b|"
            r"\b(?:ligt|lag|liggen) (?:\w+ ){0,8}(?:reageert|reageren|beweegt) (?:\w+ )?(?:niet|nauwelijks)\b(?! op)|"
            r"\b(?:ruikt (?:\w+ ){0,3}naar (?:rook|brand|gas)|(?:staat|staan) in (?:de )?(?:brand|vlammen)|"
            r"er is brand)\b"
            r"(?=.*\b(?:thuis|huis|gang|kamer|keuken|ik kan|kan er niet|zit vast|binnen)\b)|"
            r"\b(?:kind|kindje|kleuter|baby|peuter|kleintje|jongetje|meisje)\w* (?:\w+ ){0,4}in (?:een|de|zijn|haar) "
            r"(?:\w+ )?auto\b(?=.*\b(?:heet|bloedheet|warm|zon|hitte|graden|beweegt)\b)|"
            r"\bin (?:de|het|een) (?:sloot|water|zwembad|vijver|kanaal|gracht) (?:\w+ )?(?:gevallen|gevalle)\b"
            r"(?=.*\b(?:doet (?:niks|niets)|reageert|ademt|blauw|bewusteloos|wakker)\b)|"
            r"\b(?:zit|ligt|zitten|liggen|staat) (?:\w+ )?onder (?:het |t )?bloed\b|"
            r"\bbloedt (?:\w+ )?uit (?:zijn|haar|het|z'n) (?:hoofd|oor|oren)\b",
        ),
    ),
    (
        "indringer",
        (ACUTE, VIOLENCE),
        _rx(
            r"\b(?:breekt|trapt|bonkt|beukt|ramt) (?:\w+ ){0,2}(?:de |onze |mijn )?deur",
            r"\b(?:hij|ze|zij|mijn ex) (?:\w+ ){0,2}staat (?:nu )?(?:hier )?voor (?:de|onze|mijn) deur\b",
            # round 10: "de voordeur op slot … ik en de kinderen mogen het huis niet uit", a phone smashed
            r"\b(?:mogen|mag|kunnen|kan) (?:\w+ ){0,2}(?:het huis|de deur|naar buiten|de kamer) niet uit\b|"
            r"\b(?:mijn|onze) telefoon (?:\w+ )?(?:kapotgegooid|kapot gegooid|stukgeslagen)\b",  # not "afgepakt"
            r"\bstaat (?:een|die|de) (?:man|vrouw|vent|gast|jongen) (?:\w+ ){0,6}(?:bij|voor|aan) (?:de|onze|mijn|het) "
            r"(?:voor)?deur\b(?=.*\b(?:schreeuwt|dreigt|bonkt|mes|pakken|slaan|vermoorden)\b)",
            r"\b(?:ik zit|we zitten|wij zitten|ik heb me|we hebben ons) (?:\w+ ){0,3}(?:verstopt|opgesloten in|"
            r"in de (?:badkamer|wc|slaapkamer)|op slot)\b",
        ),
    ),
    (
        "overdosis",
        (ACUTE, SUICIDE),
        _rx(
            r"\b(?:overdosis|overdose[d]?|(?:alle|een hoop|veel|te veel|heel veel|een paar) (?:\w+ )?(?:pillen|medicij"
            r"nen|"
            r"tabletten|slaappillen|paracetamol) (?:\w+ )?(?:geslikt|doorgeslikt|ingeslikt|ingenomen|genomen|opgegeten"
            r")|"
            # "mijn (ADHD-)pillen genomen" is everyday; pills swallowed are not
            r"(?<!mijn )(?<!zijn )(?<!haar )(?<!m'n )(?<!z'n )(?<!d'r )(?<!adhd )(?:pillen|medicijnen|tabletten|"
            r"slaappillen|paracetamol) (?:\w+ )?(?:geslikt|doorgeslikt|ingeslikt|opgegeten|ingenomen)|"
            r"(?:een hele|de hele|een volle) (?:doos|strip|pot|fles|potje|doosje) (?:\w+ )?(?:pillen|medicijnen|"
            r"tabletten|slaappillen|paracetamol|ibuprofen|oxazepam|\w*pam) (?:\w+ )?(?:geslikt|doorgeslikt|ingeslikt|"
            r"ingenomen|genomen|opgegeten|op)|"
            r"(?:(?:neem|nam) (?:nu |net |zo |gewoon )?(?:al mijn|al m'n|alle|mijn hele|een hele|heel veel) (?:\w+ )?"
            r"(?:pillen|medicijnen|tabletten|slaappillen|paracetamol|strip\w*|doosje\w*) in|"
            r"(?:slik|slikte) (?:nu |net |zo |gewoon )?(?:al mijn|al m'n|alle|mijn hele|een hele|heel veel) (?:\w+ )?"
            r"(?:pillen|medicijnen|tabletten|slaappillen|paracetamol|strip\w*|doosje\w*)(?! (?:mee|op school|bij))"
            r")|"
            r"allemaal (?:\w+ )?(?:ingenomen|in genomen|geslikt|doorgeslikt|opgegeten)|"
            r"(?:handvol|hand vol|handjevol) (?:\w+ )?(?:pillen|tabletten|medicijnen|slaappillen)|"
            r"(?:pillen|tabletten|medicijnen|slaappillen) (?:\w+ ){0,3}(?:ingenomen|geslikt) met "
            r"(?:wodka|drank|alcohol|bier|wijn)|"
            r"took (?:all )?(?:the )?pills|(?:i|he|she) took (?:all of (?:it|them)|them all|the whole (?:bottle|pack|"
            r"strip)|too many))\b(?! (?:to|with|for|out|home|back|along|outside)\b)",
        ),
    ),
    (
        "op_de_rand",
        (ACUTE, SUICIDE),
        _rx(
            # red team round 5: "een leerling appte me net dat ze op het dak van de school zit", "belde om middernacht
            # vanaf de brug"
            r"\b(?:appte|appt|belde|belt|schreef|stuurde|zegt|zei)\b[^.?!]{0,40}\b(?:op het dak|op de rand|"
            r"(?:op|vanaf|van) de brug|(?:op|bij) het spoor|op de flat)\b[^.?!]{0,20}(?:\b(?:zit|staat|stond|zat)\b|$)|"
            r"\b(?:om middernacht|midden in de nacht|vannacht|'s nachts)\b[^.?!]{0,30}\b(?:vanaf|van|op) de brug\b",
            # round 10: "heeft vanmiddag in de schuur een touw opgehangen": the means is ready, 112 with 113
            r"\A(?=.*\b(?:klaar mee|klaar met|eind\w*|dood|leven|zelfmoord|niet meer|als iedereen slaapt|afscheid)\b)"
            r".*?(?:\btouw (?:\w+ ){0,2}(?:opgehangen|vastgemaakt|geknoopt)\b|"
            r"\b(?:opgehangen|vastgemaakt) (?:\w+ ){0,3}touw\b)|"
            # fresh set I: "hij roept dat hij een mes heeft en dat hij er een eind aan maakt"
            r"\b(?:een|het|zijn|haar|mijn) (?:mes|scheermes|touw|pistool)\b (?:\w+ ){0,2}(?:heeft|heb|vast|"
            r"in (?:zijn|haar) hand)\b(?=.*\b(?:eind\w* aan|dood|zelfmoord|ophangen|leven)\b)",
        ),
    ),
    (
        "hoor_geweld",
        (ACUTE, VIOLENCE),
        _rx(
            # red team round 9: "schreeuwt elke nacht en vanochtend hoorde ik glas breken en toen werd het heel stil"
            r"\b(?:schreeuw\w*|gil\w*|ruzie)\b[^.?!]{0,80}\bglas (?:\w+ )?breken\b|"
            r"\bglas (?:\w+ )?breken\b[^.?!]{0,40}\b(?:stil|gegil|geschreeuw|gillen)\b",
            r"\A(?=.*\b(?:buren|hiernaast|bovenburen|onderburen|nu|al uren|al een uur|next door)\b).*\bhoor "
            r"(?:\w+ ){0,3}(?:een |het |de )?(?:kind|kinderen|baby|vrouw|moeder|meisje|jongen)\w* (?:\w+ )?"
            r"(?:gillen|schreeuwen|krijsen|om hulp)\b",
        ),
    ),
    # violence, abuse, coercion and neglect happening to someone
    (
        "slaan",
        (VIOLENCE,),
        _rx(
            rf"\b{_HIT_ACTIVE}\b (?!{_HARMLESS_AFTER_HIT}){_W}{{0,2}}{_VICTIM}\b",
            rf"\b(?:dat|als|omdat|wanneer|want|die|toen|zodat|of) {_W}{{0,3}}{_OBJ_PRONOUN} {_W}{{0,3}}"
            rf"(?:{_HIT_ACTIVE}|pijn doet|pijn deed|op sluit|opsluit|iets aandoet)\b",
            rf"\b(?:word|wordt|worden|werd|werden|is|zijn|ben|was|waren|wordt er|raakt|raakte|gets?|got|is being|"
            rf"are being|was being|been) {_W}{{0,6}}{_HIT_PART}\b",
            rf"\b(?:heeft|hebben|had|hadden) {_W}?{_VICTIM} {_W}{{0,5}}{_HIT_PART}\b",
            rf"\b{_HIT_PART} (?:door|by) (?:\w+ ){{0,2}}(?:{_FAMILY}|hem|haar|iemand|een)\b",
            r"\b(?:krijgt|krijg|krijgen|kreeg|kregen|gehad|gekregen) (?:\w+ ){0,3}(?:klappen|een pak slaag|slaag|"
            r"een pak rammel|trappen|schoppen)\b|\b(?:klappen|slaag) (?:krijgt|krijg|krijgen|kreeg|gehad)\b",
            r"\b(?:doet|deed) (?:me|mij|haar|hem|ons|de kinderen) (?:\w+ )?pijn\b",
            r"\bkeel (?:\w+ ){0,2}(?:dichtgeknepen|dichtgedrukt|dichtknijpen)|\bnaar (?:mijn|haar|de) keel\b",
            # red team round 10: strangled till black spots, a split lip the day after "als hij iets vindt"
            r"\bbij (?:mijn|haar|zijn|m'n|de) (?:keel|nek) (?:\w+ )?(?:gepakt|gegrepen|vastgepakt|vastgehouden)\b|"
            r"\b(?:keel|nek|knijp\w*|kneep|wurg\w*)\b[^.?!]{0,60}\b(?:zwarte vlekken|zwart voor (?:mijn|m'n|de) "
            r"ogen)\b",
            r"\b(?:als|wanneer) (?:hij|zij|ze|mijn (?:vriend|man|partner|vader|moeder))\b[^.?!]{0,80}\b(?:dikke lip|"
            r"blauw oog|blauwe plekken|bloedneus|gekneusde ribben)\b",
        ),
    ),
    (
        "misbruik",
        (VIOLENCE,),
        _rx(
            r"\b(?:mishandel(?!ing)\w*|misbruikt\w*|misbruikte\w*|misbruiken|verkracht\w*|aangerand\w*|aanrand\w*|"
            r"incest\w*|wurg\w*|gewurgd|loverboy\w*|uithuwelijk\w*|uitgehuwelijkt|huwelijksdwang|eerwraak|"
            r"eergerelateerd\w*|besnijdenis bij meisjes|genitale verminking|sextortion|grooming|kinderporno\w*|"
            r"pak slaag|afgeranseld|verwaarloo?s[dt]|naaktfoto'?s|naaktbeelden|naaktfotos|uitbuit\w*|uitgebuit|"
            r"mensenhandel|gedwongen prostitutie)\b",
            rf"\b(?:dwingt|dwong|dwingen|gedwongen|forces?|forced) {_W}{{0,3}}(?:tot|om|to) {_W}{{0,3}}(?:seks|dingen|"
            r"sex|things|aan te raken|uit te kleden)\b",
            r"\b(?:aan (?:me|mij|haar|hem) (?:zit|zat|zitten|te zitten)|(?:zit|zat|zitten) (?:\w+ ){0,3}aan (?:me|mij)"
            r"\b(?! te\b)|"
            r"(?:zit|zat|zitten) (?:\w+ ){0,2}aan (?:mijn|haar|zijn) (?:lichaam|borsten|kruis|billen|piemel|"
            r"vagina|onderlichaam))",
            r"\b(?:ongewenst|ongevraagd) (?:\w+ )?(?:aangeraakt|aanraken|seksueel)\b|\bdingen (?:met|bij) (?:me|mij|"
            r"haar|hem) die (?:ik|ze|zij|hij) niet (?:wil|wilt|wilde)\b|\b(?:seks|seksueel|sexueel|sexuel|sex) "
            r"(?:\w+ ){0,2}(?:met (?:een )?(?:volwassene|leraar|trainer|oom|opa|stiefvader)|tegen (?:mijn|haar|zijn) "
            r"wil)\b",
            # red team round 4: "mijn judoleraar kust me en zegt dat ik het aan niemand mag vertellen"
            r"\b(?:\w*leraar|\w*trainer|\w*coach|meester|oom|buurman|stiefvader|stiefpapa|neef) (?:\w+ ){0,2}(?:kust|"
            r"zoent|betast|streelt) (?:me|mij)\b(?=.*\b(?:niemand|geheim|niet (?:mag )?vertellen|"
            r"op (?:de|mijn) mond)\b)",
            # red team round 4: "moet 's nachts in de schuur slapen als straf"
            r"\b(?:moet|moest|moeten) (?:\w+ ){0,3}(?:in de schuur|in de kelder|buiten|in de kast|in het hok|"
            r"op de grond|op de gang|in de kofferbak) "
            r"(?:\w+ ){0,2}slapen\b[^.?!]{0,30}\bstraf\b|\b(?:in de schuur|in de kelder|in de kast|in het hok|"
            r"op de grond) "
            r"(?:\w+ ){0,2}(?:moet|moest|moeten) (?:\w+ )?slapen\b[^.?!]{0,30}\bstraf\b",
            # red team round 9: a man in a car at the school gate offers sweets and asks children to ride along
            r"\b(?:snoep|snoepjes|cadeautjes?|geld|chips)\b[^.?!]{0,40}\b(?:aanbiedt|aanbood|geeft|gaf)\b[^.?!]{0,60}"
            r"\b(?:mee (?:willen |wil |wilden )?(?:rijden|gaan|komen)|instappen|in (?:de|zijn) auto)\b",
            # fresh set I: "de vriend van haar moeder kietelt haar 's nachts onder haar nachthemd"
            # round 10: a parent drunk at school who then drives the children away
            r"\b(?:dronken|met een kegel|stomdronken|onder invloed|waggelend)\b[^.?!]{0,80}\b(?:rijdt|rijden|reed)\b"
            r"[^.?!]{0,40}\b(?:kinderen|kind|achterin|weg)\b",
            r"\b(?:kietelt|kietelde|zit|zat|voelt|voelde|aait|aaide|streelt|streelde|friemelt)\b (?:\S+ ){0,4}onder "
            r"(?:haar|zijn|mijn|m'n) (?:nachthemd|pyjama|rok|rokje|kleren|shirt|onderbroek|broek)\b",
            # fresh set H: "mijn neef van 24 komt 's nachts naar mijn kamer als hij bij ons logeert"
            r"(?<!broertje )(?<!zusje )(?<!hond )(?<!kat )(?<!poes )(?<!dochtertje )(?<!zoontje )(?<!peuter )"
            r"\b(?:komt|kwam|sluipt|sloop|kruipt|kroop) (?:\w+ ){0,3}(?:'?s ?nachts) (?:\w+ ){0,2}(?:naar|in|op) "
            r"(?:mijn|m'n|mn) (?:kamer|bed)\b",
        ),
    ),
    (
        "signalen",
        (VIOLENCE,),
        _rx(
            r"\b(?:blauwe plekken|verwondingen|brandwonden|striemen|bijtwonden|botbreuken|onverklaarbare? "
            r"(?:letsel|wonden)|bruises)\b",
            rf"\b(?:bang|doodsbang|angstig|scared|afraid) (?:voor|of) (?:mijn |haar |zijn |hun |de |my |her |his )?"
            rf"{_FAMILY}\b",
            r"\b(?:bang|durft?|durven|durfde|scared|afraid) (?:\w+ ){0,3}(?:naar huis|thuis te slapen|om thuis|"
            r"to go home)\b",
            r"\b(?:krijgt|krijg|krijgen|kreeg) (?:\w+ ){0,2}(?:geen|nooit|bijna nooit) (?:\w+ )?"
            r"(?:eten|ontbijt|avondeten)\b|"
            r"\bgeen (?:eten|ontbijt|avondeten) (?:\w+ ){0,2}(?:krijgt|krijg|krijgen|kreeg)\b(?=.*\bstraf\b)|"
            r"\b(?:als straf|for punishment) (?:\w+ ){0,6}(?:in de kofferbak|in de kast|opgesloten|buiten gezet)\b|"
            r"\b(?:in de kofferbak|in de kast|buiten) (?:\w+ ){0,3}(?:gezet|opgesloten|gestopt)\b(?=.*\bstraf\b)|"
            # round 21: "zegt dat hij thuis in de hondenkooi moet slapen als straf", not the dog's own bench
            r"(?<!hond )\b(?:moet|moest|slaapt|sliep|opgesloten) (?:\w+ ){0,3}in (?:de|een) honden(?:kooi|bench|hok)\b|"
            r"\bin (?:de|een) honden(?:kooi|bench|hok) (?:\w+ ){0,2}(?:moet|moest|slapen|zitten)\b(?=.*\bstraf\w*)|"
            r"\b(?:slaap|slaapt|slapen|sliep|moet|moeten) (?:\w+ ){0,2}(?:in de schuur|in de kelder|in de garage|op "
            r"straat)(?: slapen)?\b(?! (?:met|bij) (?:vrienden|de scouting|het kamp))|"
            r"\bgeen eten (?:krijgt|krijg|krijgen|kreeg)\b|"  # set N: "niet mag eten als ze niet …"
            r"\bniet (?:mag|mocht) eten als (?:ze|hij|zij|ik|we) (?:\w+ ){0,3}niet\b|"
            r"\baltijd honger\b|\bluiers? (?:\w+ ){0,2}niet verschoond\b|\b(?:dagen|vaak|steeds|alleen) (?:\w+ )?"
            r"alleen (?:thuis )?gelaten\b|\baan (?:zijn|haar|hun) lot overgelaten\b",
        ),
    ),
    (
        # fresh set H: a parent at the end of their tether who hurt the child ("ik heb hem net tegen de kast geduwd")
        "ouder_deed_pijn",
        (VIOLENCE,),
        _rx(
            r"\bik heb (?:hem|haar|ze|mijn (?:zoon|dochter|kind|zoontje|dochtertje|baby)|de baby|ons kind) "
            r"(?:\w+ ){0,4}(?:geslagen|geduwd|geschopt|door elkaar geschud|gegooid|gesmeten|geknepen|gewurgd)\b"
        ),
    ),
    (
        # fresh set H: "ze wil 'met de kids gewoon tegen een boom' rijden": a parent who would take the children along
        "meenemen",
        (SUICIDE, VIOLENCE),
        _rx(
            r"\bmet (?:de|mijn|haar|zijn|onze) (?:kids|kinderen|kinders|kleintjes) (?:\w+ ){0,3}(?:tegen een "
            r"(?:boom|muur|vrachtwagen)|van (?:de|een) (?:brug|flat) (?:af )?spring\w*|voor de trein)\b"
        ),
    ),
    (
        "geweld_thuis",
        (VIOLENCE,),
        _rx(
            r"(?<!veilig )\b(?:thuis|bij ons|in huis) (?:\w+ ){0,3}(?:geweld|geslagen|gevochten)\b",
            r"\bgeweld (?:thuis|in huis|in (?:ons|het) gezin|van (?:mijn|haar|zijn) \w+)\b",
        ),
    ),
    (
        "english_abuse",
        (VIOLENCE,),
        _rx(
            r"\b(?:beats?|hits?|hurts?|abuses?|rapes?|touches|chokes?|slaps?|kicks?|punch(?:es)?) "
            r"(?:me|us|her|him|my \w+)\b",
            r"\b(?:abused|beaten|neglected|raped|molested|assaulted|hit|touched|groomed)\b (?:by|at home)\b",
            r"\b(?:being|been|was|were|gets?|got) (?:\w+ ){0,2}(?:abused|beaten|neglected|raped|molested|assaulted)\b",
            r"\b(?:hitting|beating|kicking|slapping|punching|choking|hurting) (?:a |the |my |his |her |their )?"
            r"(?:child|kid|baby|woman|girl|boy|wife|son|daughter|mother|mom)\b",
        ),
    ),
    (
        # something poisonous swallowed now (round 8: "een fles wasmiddel leeggedronken"): 112
        "vergiftiging",
        (ACUTE,),
        _rx(
            r"\b(?:wasmiddel|afwasmiddel|bleekmiddel|bleekwater|(?:slok|fles|beetje) bleek|chloor|ontstopper|lampolie|"
            r"terpentine|batterij\w*|rattengif|gif)\b"
            r"[^.?!]{0,40}\b(?:leeggedronken|opgedronken|gedronken|ingeslikt|doorgeslikt|opgegeten|binnengekregen)\b",
            r"\b(?:pilletjes|pillen|medicijnen|tabletten) van (?:\w+ )?(?:oma|opa|mama|papa|moeder|vader|mijn \w+|"
            r"zijn \w+|haar \w+) (?:\w+ ){0,3}(?:opgegeten|ingeslikt|doorgeslikt|gekauwd|opgekauwd|leeggegeten)\b",
            r"\b(?:vaatwastablet\w*|wastablet\w*|wascapsule\w*|wasmiddelcapsule\w*)\b[^.?!]{0,20}\b(?:gekauwd|"
            r"opgegeten|ingeslikt|gegeten|doorgeslikt|in (?:zijn|haar) mond)\b",
            r"\b(?:leeggedronken|opgedronken|ingeslikt|doorgeslikt)\b[^.?!]{0,30}\b(?:wasmiddel|bleek|chloor|"
            r"ontstopper|lampolie|batterij\w*|gif)\b",
        ),
    ),
    (
        # a child left without care (round 8: "er is al 4 dagen niemand thuis en de koelkast is leeg")
        "verwaarlozing",
        (VIOLENCE,),
        _rx(
            r"\b(?:al \w+ dagen|sinds \w+) (?:\w+ ){0,3}niemand thuis\b",
            r"\bniemand thuis (?:\w+ ){0,6}(?:koelkast|eten)\b",
            r"\bkoelkast (?:is )?(?:al )?(?:\w+ )?leeg\b[^.?!]{0,60}\b(?:niemand|alleen|mama|papa|ouders)\b",
            r"\bslaapt in (?:zijn|haar|z'n|d'r) eigen (?:poep|plas|ontlasting)\b",
            # red team round 10: "de baby van de bovenburen huilt al sinds gisterochtend … er is niemand thuis"
            r"\b(?:baby|kindje|peuter|kleintje)\b[^.?!]{0,40}\bhuilt al (?:sinds|de hele|uren|\w+ uur|dagen)\b"
            r"(?=.*\b(?:niemand|alleen|weg)\b)",
            # red team round 9: "we hebben al drie dagen niks warms gegeten, ik zorg voor mijn broertjes"
            r"\bal (?:\w+ )?(?:dagen|weken) (?:\w+ )?(?:niks|niets|geen) (?:warms |warm eten |te eten )?(?:gegeten|"
            r"eten|gehad)\b",
            r"\b(?:mama|papa|moeder|vader) (?:\w+ ){0,2}drinkt (?:\w+ ){0,4}(?:fles|flessen|de hele dag)\b"
            r"[^.?!]{0,80}\b(?:ligt|zorg|slaapt|eten)\b",
        ),
    ),
    *SELF_RULES,
]
