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
    # a child who is missing and cannot be reached: 112
    (
        "vermist",
        (ACUTE,),
        _rx(
            r"\A(?=.*\b(?:niet (?:thuis|op school) (?:\w+ )?(?:gekomen|aangekomen)|niet thuisgekomen|vermist|spoorloos|"
            r"onvindbaar|is weg|weggelopen|niet teruggekomen|missing)\b)(?=.*\b(?:neemt (?:\w+ ){0,2}niet op|"
            r"niet bereikbaar|niemand weet|weten "
            r"van niks|weet niemand|staat uit)\b)",
        ),
    ),
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
            r"\b(?:door elkaar (?:\w+ )?(?:geschud|schudt|schudden|schudde|schudt)|"
            r"schudt (?:\w+ ){0,2}door elkaar|shaken|"
            r"tegen de muur (?:\w+ )?(?:gegooid|geduwd|gesmeten|gegooit|geslagen|gedrukt)|(?:gooit|gooide|smijt|smeet) "
            r"(?:\w+ ){0,2}(?:met|naar) (?:stoelen|spullen|borden|dingen|meubels|glazen|ons|mij|me|haar|hem))\b",
            r"\b(?:een )?(?:klap|klappen|mep|tik) (?:\w+ ){0,2}(?:gegeven|geven|gaf|gekregen|verkocht)\b|\baan "
            r"(?:haar|zijn|de|mijn) haren (?:\w+ ){0,5}(?:trekken|trekt|trok|getrokken|sleurt|sleurde|gesleurd|"
            r"sleept)\b",
            r"\bbij (?:mijn|de|haar|zijn) (?:keel|nek) (?:gepakt|gegrepen|vastgepakt|vastgehouden|pakt|grijpt|"
            r"pakte|greep)\b|"
            r"\b(?:keel|nek) (?:\w+ )?dichtgeknepen\b|\b(?:word|wordt|worden|werd) (?:\w+ ){0,2}gestalkt\b|"
            r"\bstalkt (?:mij|me|ons|haar)\b",
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
            r"bloeduitstorting\w*)\b|\bbont en blauw\b",
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
            r"\b(?:hem|haar|mij|me) (?:\w+ ){0,4}(?:aanraakt|aanraakte|aangeraakt|betast|betastte|bevoelt|bevoelde)\b",
            r"\b(?:stiefvader|stiefpapa|vader|papa|oom|opa|broer|vriend van (?:mijn|mama)) (?:\w+ ){0,8}(?:komt|kwam) "
            r"(?:\w+ ){0,3}(?:mijn|haar|zijn) (?:slaapkamer|kamer|bed) (?:in|binnen)\b",
            r"\b(?:komt|kwam|kruipt|kroop) (?:\w+ ){0,3}bij (?:mij|me|haar|hem) in (?:bed|bad)\b|\bdoet (?:\w+ )?raar "
            r"bij (?:mij|me|haar|hem)\b|\baan (?:mijn|haar|zijn) \w+ (?:heeft|had) gezeten\b|\bgeheime? spelletjes?\b",
            r"\b(?:heeft|hebben|verspreid\w*|stuurt|sturen|delen|gedeeld) (?:\w+ ){0,4}(?:nudes|naaktfoto\w*|"
            r"naaktbeelden)\b|"
            r"\b(?:nudes|naaktfoto\w*) (?:\w+ ){0,10}(?:tenzij|als ik|betaal|geld)\b|\b(?:me|mij|haar|"
            r"hem) pijn (?:doet|deed|"
            r"doen) tussen (?:haar|mijn|zijn) benen\b|\bvastbindt|vastbinden|bindt (?:\w+ ){0,2}vast\b",
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
            r"\b(?:er is|is er|hebben we|krijg ik|krijgen we|krijgt (?:hij|ze|zij)) (?:\w+ ){0,2}(?:nooit|geen) "
            r"(?:genoeg )?eten\b",
            r"\balleen thuis (?:\w+ ){0,3}(?:'?s ?nachts|snachts|de hele nacht)\b",
            r"\b(?:zie|zag|zien) (?:\w+ )?geen (?:volwassenen?|ouders?|grote mensen)\b",
            r"\b(?:dronken|stomdronken|bezopen|laveloos|onder invloed|stoned|ladderzat)\b[^?!]{0,80}\b(?:auto|rijden|"
            r"rijdt|wegrijden|weggereden|reed|achter het stuur)\b|\b(?:auto|rijden|rijdt|wegrijden|weggereden|reed|"
            r"achter het stuur)\b[^?!]{0,80}\b(?:dronken|stomdronken|bezopen|laveloos|onder invloed|stoned)\b",
            r"\A(?=.*\b(?:mager|onverzorgd|ondervoed|vieze kleren)\b)(?=.*\b(?:alleen (?:buiten|thuis|"
            r"op straat)|honger|"
            r"geen eten|tot (?:1[0-2]|[7-9]) uur)\b)",
        ),
    ),
    (
        "zelfdoding_breed",
        (SUICIDE,),
        _rx(
            r"\b(?:ik |hij |ze |zij )?(?:wil|wilt) (?:echt |gewoon |eigenlijk )?niet meer"
            r"(?= ?(?:[.!?,;]|$| en\b| echt))",
            r"\bniemand (?:zou|zal|gaat) (?:me|mij|hem|haar) (?:\w+ )?missen\b|\bniemand mist (?:me|mij)\b",
            r"\b(?:strop|zich op te hangen)\b|\b(?:zich|zichzelf|mezelf|mijzelf) (?:\w+ ){0,3}(?:ophangen|"
            r"opgehangen|ophangt)\b|\btouw (?:\w+ ){0,5}(?:kamer|nek|zolder|"
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
            r"\b(?:zichzelf|zich|mezelf) (?:\w+ ){0,4}(?:van|uit|vanaf|voor) (?:het|de|een) (?:balkon|dak|flat|brug|"
            r"raam|trein) (?:\w+ ){0,2}(?:gooien|gooit|storten|werpen|springen)\b",
            r"\b(?:appte|appt|stuurde|stuurt|schreef|schrijft|berichtje?)\b[^.?!]{0,30}\bbedankt voor alles\b",
            r"\ber (?:\w+ )?(?:binnenkort|straks|toch|gewoon|allemaal|alle drie|alle twee) (?:\w+ )?niet meer\b|"
            r"\b(?:als ik|dat ik) er (?:\w+ ){0,2}niet meer (?:ben|was|zou zijn)\b",
            r"\bmaakt (?:toch )?(?:niet|niks) uit of ik (?:er )?(?:morgen |straks )?(?:nog )?(?:ben|leef|besta)\b|"
            r"\bals ik dood ben\b|\b(?:going to|gonna|will) end it\b",
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
            r"\b(?:geheim (?:houden|moet houden)|geheimpje)\b(?=.*\b(?:videobellen|webcam|robux|v-bucks|cadeau\w*|"
            r"foto'?s)\b)|\b(?:robux|v-bucks|cadeautjes?) (?:\w+ ){0,8}(?:videobellen|foto'?s|afspreken|webcam)\b",
            r"\b(?:stepdad|stepfather|dad|father|uncle|brother) (?:\w+ ){0,3}(?:coming|comes|came|walks?|walking) into "
            r"(?:the |my )?(?:bathroom|shower|bedroom|room)\b",
            r"\b(?:besneden|besnijden|besnijdenis|uitgehongerd|uithongeren|hongert (?:\w+ )?uit)\b",
            r"\bmag (?:\w+ ){0,4}(?:nooit|niet) (?:\w+ )?eten\b|\b(?:nooit|geen) eten (?:als|krijg|krijgt)\b",
            r"\b(?:mee te nemen|meenemen|ontvoer\w*) (?:\w+ ){0,3}(?:naar het buitenland|naar \w+ en niet terug)\b|"
            r"\bnaar het buitenland (?:\w+ ){0,3}(?:mee te nemen|meenemen|ontvoeren)\b|\bkinderontvoering\b",
            r"\b(?:moet|moeten|gaat|wordt gedwongen te|gedwongen|dwingen) (?:\w+ ){0,5}trouwen\b|\btrouwen met "
            r"(?:een |haar |zijn )?(?:neef|nicht|oom|oudere man)\b",
            r"\A(?=.*\b(?:is|van|ben|zijn) 1[0-5]\b).*\b(?:vriend|vriendje|man|jongen|vriendin) van "
            r"(?:1[89]|[2-9]\d)\b",
            r"\b(?:pushed|shoved|threw|kicked|hit|slapped|punched|beat) (?:\w+ ){0,4}(?:down the stairs|against the "
            r"wall)\b|\b(?:hits|beats|kicks|slaps|punches|pushed|hit|kicked|slapped|punched) (?:me|us|"
            r"the (?:\d+ year old|"
            r"kids?|child|children|baby|boy|girl))\b|\bnobody feeds (?:us|me|them)\b|\bno food (?:at home|"
            r"in the house)\b",
            r"\bgeld (?:\w+ ){0,3}verdienen met seks\b|\bseks (?:\w+ ){0,3}(?:voor|tegen) (?:geld|cadeaus)\b|"
            r"\bloverboy\w*|\bgedwongen (?:\w+ ){0,2}prostitutie\b",
            r"\b(?:geeft|gaf|gegeven|krijgt|kreeg) (?:\w+ ){0,3}drugs\b|\bdrugs (?:\w+ ){0,2}(?:geeft|gaf|gegeven)\b",
        ),
    ),
    (
        "ombrengen",
        (ACUTE, VIOLENCE),
        _rx(
            r"\b(?:gaat|ga|gaan|wil|wilt|zal) (?:\w+ ){0,4}(?:steken|neersteken|neerschieten|doodschieten|afmaken)\b",
            r"\bdood (?:\w+ )?(?:gaat|zal|wil|gaan) maken\b",
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
    r"\b(?:suf|sufferig|reageert niet(?! op)|ligt (?:\w+ ){0,3}(?:op de grond|stil)|zegt niks(?: meer)?|"
    r"zegt niets|niet "
    r"wakker (?:te krijgen)?|ademt (?:niet|nauwelijks|raar)|bloedt|bloedde|blauw aan|buiten bewustzijn|"
    r"flauwgevallen|in shock|not responding|beweegt niet|vermist|niet thuisgekomen|onvindbaar)\b",
    r"\b(?:blijft bloeden|bloedt nog|komt (?:nu )?naar boven|staat (?:\w+ ){0,2}(?:voor|aan) de deur|"
    r"neemt (?:\w+ )?niet "
    r"(?:meer )?op|niet meer bereikbaar|(?:staan|staat|zitten|zit) (?:\w+ )?te (?:huilen|gillen) achter)\b",
    r"\b(?:moet|gaat) (?:\w+ ){0,2}(?:vandaag|straks|vanmiddag|om \d+[.:]?\d*(?: uur)?) (?:\w+ )?(?:weer )?naar huis\b|"
    r"\bbuitengesloten\b|\bdoet (?:\w+ )?niet open\b|\b(?:today|tonight|right now)\b|"
    r"\bover \d+ (?:minuten|min)\b|\bdurft (?:\w+ )?(?:vanavond|vannacht) niet naar huis\b",
    r"\bneemt (?:\w+ ){0,2}niet (?:meer )?op\b|\b(?:sta|staat|zit) (?:nu )?op (?:het|de) (?:dak|brug|flat|balkon|spoor|"
    r"rand)\b|\b(?:hoor|hoorde) (?:\w+ ){0,3}(?:glas breken|gillen|gegil|om hulp)\b|\bal (?:een|\d+) uur (?:aan het )?"
    r"(?:vechten|schreeuwen|gillen)\b",
    r"\bhoor (?:nog steeds|nog altijd|nu) (?:\w+ )?(?:gegil|geschreeuw|gillen|schreeuwen|gehuil)\b|"
    r"\bwil nu (?:\w+ ){0,3}"
    r"(?:weg|rijden|wegrijden)\b|\b(?:vanavond|vannacht) doe ik het\b|\bdoe ik het (?:vanavond|vannacht)\b",
)


# An act of violence or a plan for suicide that is happening now or tonight: 112 first.
NOW_ANYWHERE = re.compile(rf"\b{_NOW}\b")


# "nu", "net", "vannacht" count only close to the signal (within NEAR_CHARS), and not in "wat moet ik nu doen".
NOW_NEAR = _rx(
    r"(?<!zei )(?<!zegt )(?<!vertelde )(?<!vertelt )\b(?:net|zojuist|vannacht|vanavond|tonight|now)\b"
    r"(?! (?:als|zo|niet|pas|wat))",
    r"^help\b|\bhelp ?!|\bhelp (?:me|ons|alsjeblieft)\b",
    r"\bnu\b(?! (?:doen|verder|al\b|eenmaal|pas\b|wel|niet|ook|mee|aan|moet|kan|doe|beginnen|zeggen|vragen|wil|"
    r"zegt|wilt))",
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
    r"\b(?:meldcode|melding|melden|meld ik|meldt|aandachtsfunctionaris|afwegingskader|stappen|stappenplan|protocol|"
    r"beleid|training|cursus|scholing|hoe werkt|wat is|wat doet|wat zijn|bewaar\w*|gegevens|toestemming|privacy|avg|"
    r"wie beslist|wie mag|mag ik|mag de|signalen|vermoeden|gesprek|procedure|herkennen|voorlichting|preventie|"
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


CHILD_AGE = re.compile(
    r"\b(?:ik ben|ik bin|ik bun|ben|i'm|i am|im) (?:pas |net |bijna |zelf )?(?:een (?:meisje|jongen|kind) van |"
    r"a (?:girl|boy|kid) of )?"
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
    # An adult counts when named just before the verb, as the one who hits ("de juf belde" later does not).
    return bool(PEERS.search(near)) and not ADULTS.search(norm[max(0, match.start() - 40) : match.start()])


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
    r"\b(?:school|klas|vwo|havo|vmbo)\b.*\b(?:ik|me|mij)\b|\b(?:ik|me|mij)\b.*\bgroep [1-8]\b|"
    r"\bgroep [1-8]\b.*\b(?:ik|me|mij)\b|"
    r"\b(?:bij|van|aan|tegen|naar) (?:juf|meester)\b|\bmijn (?:broertje|zusje|opa|oma)\b|"
    r"(?<!mijn )(?<!je )(?<!jouw )(?<!zijn )(?<!haar )(?<!hun )(?<!onze )(?<!de )(?<!als )\b(?:papa|mama)\b|"
    r"\bmy (?:mom|mum|dad|parents)\b|\bat school\b|\bmijn klasgeno\w+"
)


# Teen words ("boeit niet", "alles is kut"), read before chat spellings are unified.
YOUNG_WORDS = re.compile(r"\b(?:boeit|boeien|kut|gwn|idk|wtf|egt|ff|ofzo|sws|omg|like)\b")


# A writer who is clearly an adult: a parent of the child, a partner, someone at work.
ADULT_WRITER = re.compile(
    r"\b(?:mijn|onze|mien) (?:zoon|dochter|kind|kinderen|kids|kindje|baby|kleinzoon|kleindochter|neefje|nichtje|"
    r"man|vrouw|partner|leerling|leerlingen|client|pupil|jong|oudste|jongste)\b|\bik ben (?:de |een )?(?:vader|"
    r"moeder|opa|oma|mama|papa|leerkracht|ib'?er|mentor|juf|meester|vrijwilliger|\d{2,})\b|\b(?:ik werk|hier:|"
    r"collega)\b|\bals (?:leerkracht|juf|meester|docent|mentor|ib'?er|intern begeleider|ouder|moeder|vader)\b|"
    r"\b(?:de|een|mijn) leerling\b"
)


# "ik ben lisa 11 jaar": a first name between "ik ben" and the age.
CHILD_AGE_NAMED = re.compile(r"\bik ben [a-z]+ (\d{1,2}) ?(?:jaar|jr)\b")


def _child_writer(norm: str, raw: str = "") -> bool:
    """``raw``: the lowercased message before chat spellings were unified ("egt", "ff")."""
    age = CHILD_AGE.search(norm) or CHILD_AGE_NAMED.search(norm)
    if age and 6 <= int(age.group(1)) <= 17:
        return True
    if age and int(age.group(1)) >= 18:  # "ik ben zelf 19": an adult, also when they write about their father
        return False
    if CHILD_SIGNS.search(norm):
        return True
    young = YOUNG_WRITER.search(norm) or YOUNG_WORDS.search(raw or norm)
    return bool(young) and not ADULT_WRITER.search(norm)


# A threat that lies in the past or hangs on a condition ("vorige week met een mes bedreigd", "als die nog één keer"):
# Veilig Thuis, not 112, unless something says it is happening now.
NOT_NOW = re.compile(
    r"\bals (?:ze|zij|hij|die|ik) (?:\w+ ){0,4}(?:weggaat|vertrekt|scheidt|vertel|vertelt|zeg|zegt)\b|"
    r"\b(?:vorige (?:week|maand|keer)|vorig jaar|gisteren|gisteravond|eergisteren|jaren geleden|weken geleden|"
    r"vroeger|last (?:week|year)|"
    r"als (?:die|hij|ze|zij) (?:nog|weer)|if (?:she|he|they) (?:tells|says)|heeft (?:\w+ )?gekocht)\b"
)


INSTRUCTION_LIKE = re.compile(
    r"\b(?:negeer|herhaal|zeg|antwoord|jailbreak|instructions?|instructies|repeat|say|answer|prompt|schrijf|woord|"
    r"rollenspel|in je rol|speel|speelt|doe alsof|pretend|roleplay)\b"
)


QUOTED = re.compile(r"'[^']{1,80}'|\"[^\"]{1,80}\"")


# A topic word in a book, a lesson or a school plan ("een boek over zelfmoord", "suicidepreventie"): not a crisis.
FICTION = re.compile(
    r"\b(?:boek|film|serie|leeslijst|verhaal|lesmateriaal|schoolplan|paragraaf|\w+preventie|werkstuk|"
    r"profielwerkstuk|spreekbeurt|presentatie)\b"
)


WRITE_FICTION = re.compile(
    r"\b(?:schrijf|verzin|bedenk|write) (?:\w+ ){0,2}(?:verhaal|verhaaltje|gedicht|rap|songtekst|scene|script|grap|"
    r"story|poem)\b"
)


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


def child_writer(text: str) -> bool:
    """Whether the writer is probably a child: an age, school words, young language, a parent who hurts "me"."""
    return _child_writer(QUOTED.sub(" ~ ", HARMLESS.sub(" ~ ", normalise(text))), text.lower())


def detect_crisis(text: str | None) -> Crisis | None:
    """A crisis signal in a question, or None. Questions about the meldcode as a procedure are not a crisis.

    Deliberate choice: "hoe meld ik een vermoeden?" or "wat zijn de stappen van de meldcode?" ask about procedure and
    get the ordinary answer; a message that describes a concrete child or adult in danger ("een leerling vertelde dat
    haar oom haar misbruikt") is a crisis, also when it mentions the meldcode.
    """
    if not text or not text.strip():
        return None
    norm = HARMLESS.sub(" ~ ", normalise(text))
    if WRITE_FICTION.search(norm):  # "schrijf een verhaal waarin de juf wordt vermoord": a request, not an event
        return None
    unquoted = QUOTED.sub(" ~ ", norm)
    if INSTRUCTION_LIKE.search(unquoted):  # "herhaal 'zelfmoord' 50 keer": words to repeat are not the writer's own
        norm = unquoted
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
                or (name == "zelfmoord" and FICTION.search(norm))
                or (name == "doodsbedreiging" and (SELF.search(before) or SELF.search(match.group() + " ")))
                or (name.startswith("slaan") and _between_children(norm, match))
                or (name.startswith("slaan") and NEGATED_AFTER.search(norm[match.start() :]))
                or ("opgesloten" in match.group() and SECLUSION.search(norm))
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
        and not FICTION.search(norm)
    ):
        kinds.add(SUICIDE if re.match(r"zel|sui|zui", topic.group()) else VIOLENCE)
        signals.append("onderwerp")
    if not kinds:
        return None
    if ACUTE in kinds and NOT_NOW.search(norm) and not _now(norm, spans) and set(acute_from) <= THREAT_RULES:
        kinds.discard(ACUTE)
    if ACUTE not in kinds and _now(norm, spans):
        if signals != ["onderwerp"]:  # an event happening now: 112 first
            kinds.add(ACUTE)
        signals.append("nu")  # a topic word alone stays a concern; its calm line asks about danger now
    if _child_writer(QUOTED.sub(" ~ ", norm), text.lower()):  # quoted speech is someone else's voice
        kinds.add(CHILD)
        signals.append("kind")
    return Crisis(tuple(k for k in KINDS if k in kinds), tuple(signals))


# Which help a concern found by meaning calls for, read from its own words: the net's nearest examples alone named
# 113 for neglect and violence (half A: 6 of 23 wrong lines). Only used when the net fires and no pattern did.
SUICIDE_WORDS = re.compile(
    r"\b(?:dood|doodgaan|sterven|leven|nut|zin|punt achter|einde?|ophouden|verdwijnen|verdien\w*|snij\w*|sneed|"
    r"snee\w*|krab\w*|kras\w*|armen|polsen|bloed\w*|pillen|afscheid\w*|balkon|spring\w*|somber\w*|depressi\w*|"
    r"wakker|zichzelf|mezelf|mijzelf|littekens|niks waard|niets waard|klaar mee|weggeven|weggegeven|niet meer is|"
    r"niet meer ben|er niet meer)\b"
)
VIOLENCE_WORDS = re.compile(
    r"\b(?:sla|slaat|slaan|sloeg|geslagen|geslage|klap\w*|schop\w*|geschopt|tekeer|schreeuw\w*|gooit|gooide|"
    r"dreig\w*|aanraak\w*|aangeraakt|kamer in|sleutel|stiefvader|stiefmoeder|dronken|alleen thuis|alleen buiten|"
    r"mager|honger|haren|gegil|mishandel\w*|misbruik\w*|geboren|uitscheld\w*|scheldt|riem|blauw\w*|pijn|boos|"
    r"ineenkrimp\w*|krimpt|streng|eten|drinkt|zuipt|drugs|kelder|op slot|gillen|gil|tekeer\w*|bonkt|bonken|mes|"
    r"steken|spelletje\w*|buurman|oudere m[ae]n\w*|dure spullen|tril\w*|nudes|naaktfoto\w*|chant\w*|afpers\w*|"
    r"betaal|duikt weg|wegduik\w*|harder|hand opsteek|"
    r"baby|seks|uitbuit\w*|loverboy\w*)\b"
)


def kinds_by_words(text: str) -> set[str]:
    """SUICIDE, VIOLENCE, both, or nothing when the words say neither."""
    norm = HARMLESS.sub(" ~ ", normalise(text))
    found = set()
    if SUICIDE_WORDS.search(norm):
        found.add(SUICIDE)
    if VIOLENCE_WORDS.search(norm):
        found.add(VIOLENCE)
    return found


def happening_now(text: str) -> bool:
    """Danger now by words alone ("nu", "vanavond", "blijft bloeden"), for a concern found by meaning."""
    norm = HARMLESS.sub(" ~ ", normalise(text))
    # "net" is left out here: without a signal to stand next to, it is as often "net als" ("just like") as "just now".
    return bool(NOW_ANYWHERE.search(norm) or ACUTE_BODY.search(norm) or NOW_LOOSE.search(norm))


NOW_LOOSE = _rx(
    r"(?<!zei )(?<!zegt )(?<!vertelde )(?<!vertelt )\b(?:zojuist|vannacht|vanavond|tonight|now)\b",
    r"^help\b|\bhelp ?!|\bhelp (?:me|ons|alsjeblieft)\b",
    r"\bnu\b(?! (?:doen|verder|al\b|eenmaal|pas\b|wel|niet|ook|mee|aan|moet|kan|doe|beginnen|zeggen|vragen))",
)
