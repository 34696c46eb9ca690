"""The broad nets of crisis detection: rules added after each blinded set showed what the event rules missed
(neglect, self-harm in other words, a missing child, grooming, threats, English). Each describes harm to a person,
on normalised text; safety/crisis.py reads them after the event rules of safety/crisis_rules.py."""

from __future__ import annotations

import re

from assistant.safety.crisis_words import _WEAPON, ACUTE, OTHER_CAUSE, SIGNS, SUICIDE, VIOLENCE, _rx


def _two_of(*signs: str) -> str:
    """A pattern that holds when at least two of the signs occur, in any order (one sign alone is everyday)."""
    return "|".join(rf"\A(?=.*(?:{a}))(?=.*(?:{b}))" for i, a in enumerate(signs) for b in signs[i + 1 :])


BROAD_RULES: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
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
            r"stompte|gestompt|mept|mepte|gemept|knijpt(?! (?:\w+ ){0,2}neus)|kneep|geknepen|wurgt|wurgde|"
            r"gewurgd|afgetuigd|in elkaar "
            r"geslagen|trappen gekregen|timmert|timmerde|getimmerd|aftuigen|afranselen|billenkoek|pak rammel|"
            r"rammelt|tikken (?:geeft|krijgt|gekregen)|in elkaar (?:getrapt|geschopt|gebeukt))\b",
            r"\bmet (?:een |de |zijn |haar )?(?:riem|stok|slof|pollepel|lat|tak|zweep|broeksriem|tuinslang)"
            r"\b(?! om \w+ nek)",
            r"\b(?:door elkaar (?:\w+ )?(?:geschud|schudt|schudden|schudde|schudt)|"
            r"schudt (?:\w+ ){0,2}door elkaar|shaken|"
            r"tegen de muur (?:\w+ )?(?:gegooid|geduwd|gesmeten|gegooit|geslagen|gedrukt)|(?:gooit|gooide|smijt|smeet) "
            r"(?:\w+ ){0,2}(?:met|naar) (?:stoelen|spullen|borden|dingen|meubels|glazen|ons|mij|me|haar|hem))\b",
            r"\b(?:geeft|gaf|geven|krijg|krijgt|kreeg) (?:me |mij |hem |haar |ons )?(?:\w+ ){0,3}(?:een )?(?:klap|"
            r"klappen|mep|tik|tikken|pak slaag)\b|"
            r"\b(?:een )?(?:klap|klappen|mep|tik) (?:\w+ ){0,2}(?:gegeven|geven|gaf|gekregen|verkocht)\b|\baan "
            r"(?:haar|zijn|de|mijn) haren (?:\w+ ){0,5}(?:trekken|trekt|trok|getrokken|sleurt|sleurde|gesleurd|"
            r"sleept)\b",
            r"\bbij (?:mijn|de|haar|zijn) (?:keel|nek) (?:gepakt|gegrepen|vastgepakt|vastgehouden|pakt|grijpt|"
            r"pakte|greep)\b|"
            r"\b(?:keel|nek) (?:\w+ )?dichtgeknepen\b|\b(?:word|wordt|worden|werd) (?:\w+ ){0,2}gestalkt\b|"
            r"\bstalkt (?:mij|me|ons|haar)\b",
            r"\b(?:deur|ruit|raam|tafel|spullen) (?:\w+ )?kapot (?:getrapt|geslagen|gegooid|geschopt)\b|"
            r"\b(?:trapt|trapte|slaat|sloeg|schopt|schopte) (?:\w+ ){0,2}(?:deur|ruit|raam) (?:\w+ )?(?:kapot|in)\b",
            # Low Saxon and Limburgish "slaat" ("mien pa slöt mien moo"), only with a family member after it
            # and Frisian "myn heit slacht myn mem"
            r"\b(?:papa|va|vader|heit|stiefvader|vent|man) (?:\w+ )?(?:slot|sloat|slaot|sleit|sleet|slat|sluut|slacht|"
            r"sloech) "
            r"(?:(?:mien|mijn|myn|zien|syn|heur|ons|oos|us) (?:moo|moe|moeder|mam|mama|mem|memke|vrouw|frou|zus|zusje|"
            r"broer|broertje|broerke|kinder|kiender|kinderen|bern)|my|mij|mi|ús)\b",
            # Papiamento and Sranan: "mi tata ta bati mi", "mi papa e fon mi" (red team round 4)
            r"\bmi (?:tata|mama|mai|papa|pai|mama|masra) (?:ta |e |de )?(?:bati|fon|fom|sla|dal|naki|nak) mi\b",
            r"\b(?:myn|mien|mijn|us|ons) (?:mem|moo|moe|mam|mama|heit|va|pake|beppe) (?:\w+ )?"
            r"(?:slacht|slot|slaot|sleit|slaat) (?:my|mij|me|mi|us|ons)\b",
            r"\bik (?:doe|sla) (?:mijn|m'n|het|ons) (?:kind|kindje|zoon|dochter|baby|zoontje|dochtertje) (?:\w+ ){0,2}"
            r"(?:iets aan|pijn)\b",
            r"\b(?:papa|mama|vader|moeder|stiefvader|stiefmoeder|opa|oom|hij|zij) (?:\w+ )?(?:mama|papa|me|mij|haar|"
            r"hem|ons|de kinderen) (?:\w+ )?pijn (?:doet|deed|doen)\b",
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
            r"(?<!het )(?<!dat )(?<!dit )\b(?:raakt|raakte) (?:me|mij|haar|hem) (?:\w+ ){0,4}aan\b",
            r"\b(?:stiefvader|stiefpapa|vader|papa|oom|opa|broer|vriend van (?:mijn|mama)) (?:\w+ ){0,8}(?:komt|kwam) "
            r"(?:\w+ ){0,3}(?:mijn|haar|zijn) (?:slaapkamer|kamer|bed) (?:in|binnen)\b",
            r"\b(?:komt|kwam|kruipt|kroop) (?:\w+ ){0,3}bij (?:mij|me|haar|hem) in (?:bed|bad)\b|\bdoet (?:\w+ )?raar "
            r"bij (?:mij|me|haar|hem)\b|\baan (?:mijn|haar|zijn) \w+ (?:heeft|had) gezeten\b|\bgeheime? spelletjes?\b",
            # set N: "mijn broer van 16 … doet dingen die ik niet wil", a person, not "school laat ons dingen doen"
            r"\b(?:hij|ze|zij|vader|papa|stiefvader|oom|opa|broer|neef|man|trainer|buurman|vriend) (?:\w+ ){0,8}"
            r"(?:doet|deed) (?:\w+ ){0,3}dingen (?:\w+ ){0,3}die ik (?:echt |helemaal )?niet (?:wil|wou|leuk vind)\b",
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
            r"\b(?:me|mij|mezelf|mijzelf|zich|zichzelf) (?:\w+ ){0,3}(?:opknopen|opknope|opgeknoopt|opknoopt)\b|"
            r"\b(?:mijn|zijn|haar) polsen (?:\w+ )?(?:door|open|in)?(?:snijden|snijdt|gesneden)\b|"
            r"\b(?:ik wil|i wanna|ik ga|want to|wanna|gonna|going to|will|about to) kms\b|^kms$|"
            r"\b(?:wanna|want to|gonna|going to) end it\b|"
            r"\b(?:so |completely )?done with (?:everything|life|it all)\b|"
            r"\b(?:mes|touw|strop|pillen) (?:\w+ ){0,2}klaar ?(?:liggen|gelegd|leggen|ligt|liggend|staan)\b|"
            r"\bals ik (?:\w+ ){0,2}(?:begraven|gecremeerd) (?:ben|word|lig)\b|"
            r"\b(?:mijn|m'n) laatste (?:bericht|berichtje|appje)\b|\bafscheid (?:\w+ ){0,2}van (?:iedereen|jullie "
            r"allemaal|de wereld)\b|\bzich (?:\w+ ){0,3}iets (?:aandoet|aan doet|aandoen|aan te doen)\b|"
            r"\bknoop (?:me|mij|mezelf|mijzelf) (?:\w+ ){0,3}op\b|"
            r"\b(?:strop|zich op te hangen|me op te hangen)\b|\b(?:zich|zichzelf|mezelf|mijzelf|me|mij) (?:\w+ ){0,3}"
            r"(?:ophangen|opgehangen|ophangt)\b|"
            r"\bhang (?:ik |je |hij |ze )?(?:me|mij|mezelf|mijzelf|zich|zichzelf) (?:\w+ ){0,3}op\b|"
            r"\btouw (?:\w+ ){0,5}(?:kamer|nek|zolder|"
            r"balk)\b|\b(?:voor|onder) de trein\b|\b(?:van|vanaf|af) (?:de|het|een) (?:flat|brug|dak) "
            r"(?:springen|af|te springen|gesprongen)\b|\bspring\w* (?:\w+ ){0,3}(?:van|voor|vanaf) (?:de|het|een) "
            r"(?:flat|brug|dak|trein)\b",
            r"\bliever dood\b|\bdood (?:willen|zou willen|wil|wilt) zijn\b|\bwas ik (?:maar )?dood\b|\b(?:doods|"
            r"zelfmoord)gedachte\w*|\bdoodswens\b|\bgedachten? (?:\w+ )?aan (?:de dood|doodgaan|sterven|er een "
            r"eind aan)\b",
            r"\b(?:gesneden|snijd\w*|sneed|kras\w*|gekrast|kerf\w*|gekerfd) (?:\w+ ){0,3}(?:mezelf|zichzelf|mijzelf|"
            r"zich|armen|polsen|benen|arm|pols)\b" + OTHER_CAUSE + "|"
            r"\b(?:mezelf|zichzelf|mijzelf) (?:\w+ ){0,3}(?:gesneden|gekrast|"
            r"bezeerd|beschadigd|pijn gedaan|pijn doen|pijn doet)\b",
            r"\b(?:fles|strip|strips|doosje|potje|alle|een hoop|heel veel) (?:\w+ )?(?:pillen|medicijnen|tabletten|"
            r"paracetamol|slaappillen)\b(?![^.?!]{0,40}\b(?:ehbo\w*|verbanddoos|medicijnkast\w*|apotheek)\b)|"
            r"\b(?:(?:slaap)?pillen|medicijnen|tabletten|paracetamol) (?:\w+ ){0,4}"
            r"(?:leeggegeten|geslikt|ingeslikt|gespaard|verzameld|opgespaard|verstopt)\b|"
            r"\b(?:(?:slaap)?pillen|tabletten|medicijnen|mes|touw|strop) (?:\w+ ){0,3}(?:liggen|ligt|staan|staat) "
            r"(?:al )?klaar (?:in|onder|naast|op) (?:mijn|m'n)\b",
            # red team round 4: one's own grave, a farewell, "weg voor altijd", slang
            r"\b(?:als|wanneer|straks) (?:ik )?(?:\w+ ){0,2}(?:onder de grond|op het kerkhof|in (?:mijn|een) "
            r"(?:graf|kist)) (?:lig|ben)\b|\bstraks lig ik (?:\w+ ){0,2}(?:onder de grond|op het kerkhof|"
            r"in (?:mijn|een) (?:graf|kist))\b|\bna mijn (?:begrafenis|crematie|uitvaart)\b[^.?!]{0,40}\b(?:hoeven|"
            r"hoeft|niet meer|niemand|eindelijk)\b|\bvaarwel (?:allemaal|iedereen|wereld|jullie)\b"
            r"(?![^.?!]*\b(?:zegt|zei|feest|afscheidsfeest|pensioen|verhuis\w*|vakantie)\b)|"
            r"\b(?:jullie|iedereen|ze) (?:zijn|is|bent) (?:\w+ )?(?:binnenkort|straks|snel|bijna) van (?:me|mij) af\b|"
            r"\b(?:ik ben|ben ik) (?:\w+ ){0,2}(?:weg voor altijd|voor altijd weg)\b(?! (?:van|uit)\b)|"
            r"\bunalive\w*|\bwil (?:even )?kys\b|\bdood wil ik\b|"
            # Papiamento and Sranan: "mi no ke biba mas", "mi no wani libi moro" (red team round 4)
            r"\bmi no (?:ke|kier|wani|wan) (?:biba|libi) (?:mas|moro)\b|"
            # red team round 5: Frisian, Papiamento and Sranan, one's grave and coffin, quoted goodbyes, pills
            # kept "voor als het te veel wordt", emoji read as words
            r"\bik (?:wil|wol|sil) (?:\w+ ){0,2}(?:stjerre|stjerren|dea wêze|dea weze|ophingje)\b|\bophingje\b|"
            r"\b(?:wil|wol) (?:hjir |hier )?(?:net|niet) (?:mear|meer) (?:wêze|weze|wêzen|libje|libben)\b|"
            r"\bmi (?:ke|kier|wani|wan|ta bai) (?:muri|dede|dedi|kaba ku mi bida|mata mi mes)\b|"
            # red team round 19: Arabizi "ana bdi mout" (I want to die)
            r"\b(?:ana )?(?:bdi|badi|bde|bedi|biddi) (?:mout|moot|amout|amoot)\b|"
            r"\bbloemen op mijn graf\b|\bmijn (?:doods)?kist (?:\w+ ){0,2}(?:bestellen|uitzoeken|klaar)\b|"
            r"\bik wil (?:in )?(?:mijn |het |een )?(?:graf|kist|doodskist)\b|\b(?:pistool|geweer) mezelf\b|"
            r"\bik wil (?:een )?(?:touw|strop)\s*(?:[.!?]|$)|"
            r"\bsorry voor alles\b[^.?!]{0,60}\bzorg (?:\w+ )?voor\b|\btot nooit (?:meer|weer)\b(?! ?ziens)|"
            r"\b(?:bewaard|gespaard|verstopt|verzameld|opgespaard) voor als (?:het|ik)\b|"
            r"\bhet zijn er (?:nu )?genoeg\b|"
            r"\b(?:googelt|googlet|googled|zoekt op|zocht op|opzoeken) (?:\w+ ){0,2}hoe je (?:\w+ ){0,3}(?:doodgaat|"
            r"dood gaat|sterft|zelfmoord pleegt)\b|\b(?:ze|hij|zij|ik) (?:\w+ )?(?:op|bij) het spoor (?:staat|sta|zit|"
            r"ligt|loopt)\b|"
            r"\bmijn spullen (?:\w+ )?(?:verdeeld|weggegeven|weggedaan)\b|"
            r"\b(?:wil|ga) (?:\w+ )?mezelf (?:\w+ )?(?:mes|snijden|pillen|touw)\b|"
            r"\b(?:tekent|tekende|getekend|tekening) (?:\w+ ){0,4}(?:graf|doodskist|grafsteen)\b[^.?!]{0,40}"
            r"\b(?:eigen naam|zichzelf|haar naam|zijn naam)\b",
            r"\bspullen (?:\w+ ){0,2}weg(?:geeft|geven|gegeven|gaf)\b|\b(?:geeft|geef|gaf) (?:\w+ ){0,3}spullen weg\b",
            r"\b(?:het )?leven (?:is|heeft) (?:\w+ ){0,2}(?:geen zin|zinloos|niks waard|niets waard|pointless)\b|"
            r"\blife is (?:\w+ )?(?:pointless|meaningless|not worth)\b|\bwants? (?:it )?(?:all )?to (?:stop|end)\b|"
            r"\bwil (?:dat )?(?:het|alles) (?!(?:gepest|pesten|ruzie|lawaai|geluid|huilen|gezeur|gedoe|schelden) )"
            r"(?:\w+ )?(?:stopt|ophoudt|voorbij is)\b",
            r"\b(?:zichzelf|zich|mezelf) (?:\w+ ){0,4}(?:van|uit|vanaf|voor) (?:het|de|een) (?:balkon|dak|flat|brug|"
            r"raam|trein) (?:\w+ ){0,2}(?:gooien|gooit|storten|werpen|springen)\b",
            r"\b(?:appte|appt|stuurde|stuurt|schreef|schrijft|berichtje?)\b[^.?!]{0,30}\bbedankt voor alles\b",
            r"\ber (?:\w+ )?(?:binnenkort|straks|toch|gewoon|allemaal|alle drie|alle twee|volgende week|morgen|"
            r"vanavond|na vanavond|over een week) (?:\w+ )?niet meer\b|"
            r"\b(?:als ik|dat ik) er (?:\w+ ){0,2}niet meer (?:ben|was|zou zijn)\b",
            r"\bmaakt (?:toch )?(?:niet|niks) uit of ik (?:er )?(?:morgen |straks )?(?:nog )?(?:ben|leef|besta)\b|"
            r"\b(?:als|wanneer|zodra|tegen de tijd dat) ik dood ben\b|\bna mijn dood\b[^.?!]{0,40}\b(?:niks|niets|"
            r"toch niet) (?:meer )?uit\b|\b(?:niks|niets) (?:meer )?uit\b[^.?!]{0,30}\bna mijn dood\b|"
            r"\b(?:slapen|inslapen) voor altijd\b|"
            r"\bvoor altijd (?:gaan )?(?:in)?slapen\b|\b\w*(?:nietmeerleven|wildood|meophangen|mezelfdood)\w*|"
            r"\b(?:going to|gonna|will) end it\b",
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
            r"\bafscheids(?:brie\w*|bericht\w*|appje|video\w*|filmpje|gedicht)\b",  # not "afscheidsfeest"
            r"\b(?:denk|denkt|dacht|denken|praat|praten|heeft het) (?:\w+ ){0,3}(?:aan|over) (?:doodgaan|dood gaan|"
            r"de dood|sterven|er een eind|zelfmoord|zichzelf (?:iets )?aan)\b|\b(?:wil|wilt) (?:\w+ ){0,2}doodgaan\b",
        ),
    ),
    (
        "dwang_uitbuiting",
        (VIOLENCE,),
        _rx(
            # Something put in a drink (at a party): a drugging, as a rule for sexual violence.
            r"\b(?:iets|wat|pillen|drugs) (?:\w+ )?in (?:mijn|mn|m'n|haar|zijn) (?:drinken|drankje|glas|cola|drank) "
            r"(?:\w+ )?(?:gedaan|gestopt|gegooid|gekregen|gedrupt)\b|\b(?:drink|drinks?|drankje) (?:was |were )?"
            r"(?:drugged|spiked)\b|\bsomeone (?:drugged|spiked)\b",
            r"\b(?:geheim (?:houden|moet houden)|geheimpje)\b(?=.*\b(?:videobellen|webcam|robux|v-bucks|cadeau\w*|"
            r"foto'?s)\b)|\b(?:robux|v-bucks|cadeautjes?) (?:\w+ ){0,8}(?:videobellen|foto'?s|afspreken|webcam)\b",
            r"\b(?:stepdad|stepfather|dad|father|uncle|brother) (?:\w+ ){0,3}(?:coming|comes|came|walks?|walking) into "
            r"(?:the |my )?(?:bathroom|shower|bedroom|room)\b",
            r"\b(?:besneden|besnijden|besnijdenis|uitgehongerd|uithongeren|hongert (?:\w+ )?uit)\b",
            r"\bmag (?:\w+ ){0,4}(?:nooit|niet) (?:\w+ )?eten\b(?! (?:\w+ ){0,4}(?:les|klas|lokaal|toets|bus|gym|"
            r"examen|operatie|narcose|ramadan|vasten)\b)|\b(?:nooit|geen) eten (?:als|krijg|krijgt)\b",
            r"\b(?:mee te nemen|meenemen|ontvoer\w*) (?:\w+ ){0,3}(?:naar het buitenland|naar \w+ en niet terug)\b|"
            r"\bnaar het buitenland (?:\w+ ){0,3}(?:mee te nemen|meenemen|ontvoeren)\b|\bkinderontvoering\b",
            r"\b(?:moet|moeten|wordt gedwongen te|gedwongen|dwingen) (?:\w+ ){0,5}trouwen\b|\btrouwen met "
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
        # A parent who would end it together with the children: danger now to them, and the parent's own life too.
        "samen_een_eind",
        (ACUTE, VIOLENCE, SUICIDE),
        _rx(
            r"\b(?:met|samen met) (?:de|haar|zijn|mijn|onze) kinderen (?:\w+ ){0,4}(?:een eind\w* aan|uit het "
            r"leven)\b|\b(?:er )?samen (?:\w+ ){0,2}een eind\w* aan (?:te )?maken\b|\bkinderen (?:\w+ ){0,2}meenemen "
            r"in de dood\b",
        ),
    ),
    (
        "ombrengen",
        (ACUTE, VIOLENCE),
        _rx(
            # Young children left alone for days; threats to kill.
            r"\b(?:kinderen|kindjes|kids|kleintjes|baby|peuter|kleuter|broertjes?|zusjes?)\b[^.?!]{0,40}\b(?:zit|"
            r"zitten|is|zijn) (?:\w+ ){0,2}(?:al )?(?:sinds (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|"
            r"zondag|gisteren|eergisteren|het weekend)|(?:twee|drie|vier|\d) dagen) (?:\w+ )?alleen\b(?! op "
            r"(?:zijn|haar|hun|de) kamer)",
            r"\b(?:gaat|ga|gaan|wil|wilt|zal) (?:\w+ ){0,4}(?:steken|neersteken|neerschieten|doodschieten|afmaken)\b",
            r"\bdood (?:\w+ )?(?:gaat|zal|wil|gaan) maken\b",
            rf"\b{_WEAPON} (?:\w+ ){{0,3}}(?:op|tegen) (?:mijn|haar|zijn|de) (?:keel|nek|hals|buik|hoofd)\b",
            r"\b(?:he'?ll|he will|she'?ll|she will|they'?ll) (?:\w+ )?(?:kill|hurt|murder) (?:me|us|her|him)\b",
            r"\buit huis gezet\b",
            r"\b(?:ons|haar|hem|me|mij|jullie|allemaal) (?:\w+ ){0,2}(?:om te brengen|af te maken|om zeep te "
            r"helpen|koud te maken)\b|\bbrengt (?:\w+ ){0,3}om\b(?! (?:het|de) )|\bom zeep\b",
        ),
    ),
    # Set F, half A (2026-12-03): a parent or a stranger who makes a child keep it secret, an adult who wants to meet
    # a child alone, a threat to take a child abroad for good.
    (
        "geheim_ontvoering",
        (VIOLENCE,),
        _rx(
            r"\b(?:papa|mama|vader|moeder|stiefvader|stiefmoeder|oom|opa|hij|ze|die man|trainer|coach) (?:\w+ )?zegt "
            r"dat ik (?:het )?(?:niet|niks|niets|nooit|niemand) (?:\w+ ){0,4}(?:mag|moet) (?:\w+ ){0,3}(?:vertellen|ze"
            r"ggen)\b",
            r"\b(?:zegt|zei) dat ik (?:\w+ ){0,2}(?:niks|niets|niet) (?:\w+ ){0,2}(?:tegen|aan) (?:mijn|de) "
            r"(?:ouders|moeder|vader|mama|papa)\b",
            r"\b(?:alleen met (?:hem|haar|mij|me) (?:wil|wilt) afspreken|wil (?:\w+ )?alleen met (?:hem|haar|mij|me) "
            r"afspreken)\b",
            r"\b(?:mee (?:te )?nemen|meenemen|meeneemt|take (?:\w+ ){0,2}(?:son|daughter|kids|children)) (?:\w+ ){0,3}"
            r"(?:naar het buitenland|abroad)\b[^.?!]{0,40}\b(?:nooit meer|never)\b",
        ),
    ),
    # Signs rather than events (2026-12-04, from the misses of sets A-F as a whole; judged on the new set G): a child
    # who shows two or more signs of neglect, an adult who asks a minor for photos, gifts plus an older man or work
    # for him (exploitation), a child made to "do things", the third "fall" of a baby, a cousin who never came back.
    (
        SIGNS,
        (VIOLENCE,),
        _rx(
            _two_of(
                r"(?<!geen )(?<!gein )(?<!niet zo'n )\bhonger\b",
                r"\b(?:geen|zonder) (?:ontbijt|eten|lunch|brood)\b",
                r"\b(?:dezelfde|zelfde|vieze|smerige) (?:vieze )?(?:kleren|kleding|shirt|broek|trui)\b|"
                r"\bkleren zijn vies\b",
                r"\bstinkt?\b",
                r"\b(?:zonder|geen) (?:jas|winterjas)\b",
                r"\b(?:valt|viel|vallen) (?:\w+ )?in slaap (?:in de klas|op de mat|op school|tijdens de les)\b",
                r"\b(?:onverzorgd|ondervoed|vermagerd)\b",
                r"\b(?:ligt|lag|liggen) (?:al )?(?:weken|maanden|dagen|de hele dag|altijd|steeds) (?:\w+ )?in bed\b",
                r"\bik zorg (?:\w+ ){0,2}voor (?:mijn|mn|m'n|de) (?:\d+ |drie |twee |vier )?(?:broertjes?|zusjes?)\b",
            ),
            r"\A(?=.*\b(?:vraagt|vroeg|vragen) (?:\w+ ){0,3}(?:om )?(?:foto'?s|fotos|fotootjes|"
            r"pics)\b)(?=.*(?:\bschatje\b|\blieverd\b|\bsexy\b|\bgeheim\b|\bprive\b|\bsnap\w*|\bondergoed\b|\bbikini\b|"
            r"\bnaakt\b|\bbloot\b|\b(?:meisjes?|"
            r"jongens?|leerlingen?|kinderen) van (?:[89]|1[0-5])\b))",
            r"\A(?=.*\b(?:dure (?:spullen|cadeaus?|kleren|kleding|telefoon|schoenen|tas|auto)|nieuwe iphone|"
            r"ineens (?:veel )?geld)\b)(?=.*\b(?:oudere (?:man|mannen|jongen|jongens|neef|vriend)|opgehaald door|"
            r"(?:die|hij) (?:haar|hem) ophaalt|voor hem werkt|werkt voor hem|een schuld heeft|"
            r"drugs (?:te )?verkopen)\b)",
            r"\b(?:laat|liet|dwingt|dwong) (?:hem|haar|me|mij|ons) (?:\w+ ){0,2}dingen doen\b|\bspelletjes? "
            r"(?:\w+ ){0,2}met (?:de|een|die|haar|zijn|mijn|onze) (?:buurman|oom|opa|meneer|oppas|trainer|"
            r"stiefvader|buurjongen)\b",
            r"\A(?=.*\b(?:derde|vierde|zoveelste|weer een|alweer een) (?:keer|val|ongeluk\w*)\b)(?=.*\b(?:baby|"
            r"peuter|kleuter|dreumes|kindje)\b)(?=.*\b(?:gezwollen|gebroken|blauwe plek\w*|brandwond\w*|bult\w*|"
            r"breuk)\b)",
            r"\b(?:naar het land van|naar het buitenland) (?:\w+ ){0,6}(?:nooit|niet) meer (?:terug|teruggekomen)\b",
            # red team round 5: an adult who undresses when alone with a child, secret messages, pay for photos
            r"\b(?:laat|liet|doet|deed) (?:zijn|haar) (?:onder)?broek (?:\w+ )?(?:zakken|uit|omlaag)\b"
            r"[^.?!]{0,40}\b(?:alleen|bij hem|bij haar|als ik)\b",
            r"\b(?:mag|mogen|moet|moest) (?:het |dat )?(?:niet|nooit) (?:aan|tegen) (?:mama|papa|mijn moeder|mijn "
            r"vader|mijn ouders|je ouders|iemand|niemand) (?:\w+ )?(?:vertellen|zeggen)\b"
            r"(?=[^.?!]*\b(?:\w*trainer|coach|meester|juf|leraar|oppas|oom|opa|buurman|man|berichtje\w*|foto\w*|"
            r"mooi)\b)|"
            r"\A(?=.*\b(?:\w*trainer|coach|meester|leraar|oppas|oom|opa|buurman)\b[^.?!]*\b(?:berichtjes|appjes|"
            r"berichten)\b)(?=.*\b(?:niet (?:aan|tegen) (?:mama|papa|mijn ouders)|geheim)\b)",
            r"\A(?=.*\b(?:\w*trainer|coach|meester|leraar|oppas|oom|opa|buurman)\b[^.?!]*\b(?:berichtjes|appjes|"
            r"berichten)\b)(?=.*\bniet (?:aan|tegen) (?:mama|papa|mijn ouders|mijn moeder|mijn vader) (?:mag|mogen) "
            r"(?:vertellen|zeggen)\b)",
            r"\b(?:betaalt (?:haar|hem|me|mij|ons)|(?:haar|hem|me|mij|ons) (?:\w+ )?betaalt) (?:\w+ ){0,2}voor "
            r"(?:foto'?s|fotootjes|filmpjes|naaktfoto'?s|pics)\b",
            r"\A(?=.*\b(?:weggelopen|van huis weg|ben (?:1[0-7]|\w+tien)|ik ben (?:1[0-7]))\b)(?=.*\b(?:man|kerel|"
            r"meneer|vent)\b)(?=.*\b(?:slaapplek|onderdak|plek om te slapen|bij hem (?:slapen|logeren|wonen))\b)",
        ),
    ),
    # A rope bought, said in the first person and for no stated purpose: a sign, a calm line with 113 (red team A17).
    (
        SIGNS,
        (SUICIDE,),
        _rx(
            r"\b(?:ik heb|heb ik|ik ga|ga ik|ik had) (?:\w+ ){0,2}(?:touw|touwen|strop) (?:\w+ ){0,2}"
            r"(?:gekocht|gehaald|besteld|kopen|halen)\b(?! (?:voor|om) )",
            r"\bik heb (?:mijn|een) testament (?:\w+ )?(?:geschreven|gemaakt|opgesteld)\b",
            r"\btekening (?:\w+ ){0,6}(?:aan een touw|met een strop|in een graf|dood)\b",
        ),
    ),
    (
        "afscheid_verhuld",
        (SUICIDE,),
        _rx(
            r"\bals ik er (?:\w+ ){0,3}niet (?:meer )?ben,? (?:dan )?weet (?:je|jij|jullie|u) waarom\b",
            r"\b(?:loop|lopen|ga|gaan) (?:\w+ ){0,4}naar het spoor\b(?! ?(?:om|station|kijken))|\bop het spoor "
            r"(?:gaan )?(?:liggen|staan)\b",
            r"\b(?:mijn|zijn|haar) leven is (?:\w+ ){0,2}voorbij\b(?! als)",
            r"\A(?=.*\b(?:appje|bericht|berichtje|briefje|sms)\b[^.?!]{0,40}\bafscheid\b)(?=.*\bneemt (?:\w+ ){0,2}"
            r"niet (?:meer )?op\b)",
            r"\A(?=.*\b(?:sorry voor alles|bedankt voor alles|vaarwel)\b)(?=.*\b(?:neemt (?:\w+ ){0,2}(?:niet|nie) "
            r"(?:meer )?op|ik hou van (?:je|jullie)|reageert (?:niet|nergens) meer)\b)",
        ),
    ),
    (
        # What a neighbour hears through the wall: screaming and blows, more than one, with a home named.
        "door_de_muur",
        (VIOLENCE,),
        _rx(
            r"\A(?=.*\b(?:buren|bovenburen|onderburen|buurvrouw|buurman|naast ons|door de muur|hiernaast)\b)"
            + _two_of(
                r"\bgeschreeuw\b|\bschreeuwen\b|\bgehuil\b|\bjanken\b",
                r"\bharde klappen\b|\bgegil\b|\bgillen\b|\bgekrijs\b|\bom hulp\b",
            ).replace("\\A", ""),
        ),
    ),
]
