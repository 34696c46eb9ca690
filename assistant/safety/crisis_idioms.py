"""Everyday idioms with crisis words in them that fresh sets K and L and red team round 15 found alarming: blanked out
before any rule runs, with the older ones in safety/crisis_words.py's HARMLESS."""

from __future__ import annotations

# Games and play where "dood" or "afmaken" is part of the game (set M: "ik was 'dood' bij trefbal").
_GAMES = (
    r"(?:minecraft|fortnite|roblox|gta|call of duty|among us|fifa|brawl stars|zelda|pokemon|sims|valorant|apex|"
    r"trefbal|tikkertje|verstoppertje|weerwolven|stratego|paintball|lasergame\w*)"
)
_GAME_DEATH = r"['\"]?\b(?:dood|gedood|vermoord|afgeschoten|doodgeschoten|neergeschoten|gekild)\b['\"]?"

IDIOMS: tuple[str, ...] = (
    # set K: "schiet ik mezelf in de voet", "hij jaagt me de dood in", "de sla" (lettuce), blood clotting in biology
    r"\b(?:schiet|schieten|schoot) (?:\w+ )?(?:mezelf|zichzelf|jezelf|onszelf|ons|me|zich) (?:\w+ )?in de voet\b|"
    r"\bde dood in (?:jagen|jaag|jaagt|gejaagd)\b|\bjaagt? (?:\w+ ){0,2}de dood in\b|\bde sla\b|"
    # round 15: a farewell card for a teacher who retires
    r"\bafscheids?(?:brie\w*|kaart\w*|cadeau\w*) (?:\w+ ){0,3}(?:voor|aan) (?:de|mijn|onze|ons|haar|zijn) "
    r"(?:juf|meester|mentor|leraar|lerares|docent|collega|klas|buurvrouw|buurman)\b|"
    r"\bbloed (?:\w+ )?(?:stolt|stolling)[^.?!]*|\bbloedstolling\b[^.?!]*|\b(?:tablet|tabletten|repen|reep) "
    r"(?:chocola\w*|kauwgom|pepermunt\w*|druivensuiker)\b",
    r"\b(?:bloedde|bloedt) (?:\w+ )?een beetje\b[^.?!]{0,60}\bpleister\w*|\bik ga dood als (?:hij|ze|zij) (?:me|mij) "
    r"(?:\w+ ){0,2}(?:vraagt|uitnodigt|aankijkt|appt)\b",
    # set L: a wasp sting, a game's deaths, a lesson about a hard topic, how to write down what one sees
    r"\b(?:door|van) (?:een |de )?(?:wesp|bij|mug|teek|kwal|hommel|horzel|brandnetel)\w* gestoken\b|"
    r"\bgestoken door (?:een |de )?(?:wesp|bij|mug|teek|kwal|hommel|horzel)\w*\b|"
    # a game's deaths only: grooming in a game ("een man in roblox die zegt dat ik fotos moet sturen") stays a crisis
    rf"\b(?:in|bij) {_GAMES}\b[^.?!,]{{0,40}}{_GAME_DEATH}[^.?!,]{{0,30}}|"
    rf"{_GAME_DEATH} (?:(?!\w*sla\w*|\w*schop\w*|\w*trap\w*)\w+ ){{0,5}}(?:in|bij) "
    rf"{_GAMES}\b|"
    r"\b(?:een )?(?:les|lessen|lessenserie|lesmateriaal|lespakket\w*|voorlichting|workshop|spreekbeurt|werkstuk|"
    r"profielwerkstuk|pws|bronnen|boeken|lesstof) (?:\w+ ){0,3}over (?:\w+ ){0,2}(?:sextortion|grooming|"
    r"seksueel misbruik|misbruik|"
    r"kindermishandeling|huiselijk geweld|zelfmoord\w*|suicide\w*|mishandeling|verwaarlozing|loverboys?|"
    r"eerwraak|sexting|oorlog|geweld|de holocaust|wo ?2|de tweede wereldoorlog|terrorisme|aanslag\w*|slavernij)"
    r"\b(?: en (?:\w+ ){0,3}(?:naaktfoto'?s|sexting|grooming|doorsturen van \w+))?|"
    r"\bhoe (?:schrijf|noteer|formuleer|beschrijf) ik (?:\w+ ){0,5}op dat een kind\b[^.?!]*|"
    # round 18: "de meester zei dat ik de les 'vermoord' heb met mijn spreekbeurt haha"
    r"\b(?:de les|het lied|het liedje|de spreekbeurt|de presentatie|het nummer|de voorstelling|de grap)\b "
    r"(?:\w+ ){0,2}['\"‘’“”]?vermoord\w*['\"‘’“”]?",
    # set M: a nosebleed, a plan "om zeep geholpen", a threat called a joke ("wel kunnen wurgen")
    r"\bbloedneus\w*\b[^.?!]{0,60}|\b(?:planning|plan|plannen|rooster|weekend|vakantie|laptop|computer|project|"
    r"agenda|schema|toetsweek|week|avond|dag) (?:\w+ ){0,2}om zeep\b|\bzou (?:\w+ ){0,4}(?:wel )?(?:kunnen )?"
    r"(?:wurgen|vermoorden|villen|afmaken)\b(?=[^?!]{0,40}\b(?:grapje|geintje|haha\w*|lol|zo (?:traag|irritant|"
    r"dom|langzaam))\b)",
    # round 19: sent out of class ("werd vandaag 'de klas uit geschopt'")
    r"\b(?:de klas|het lokaal|de les|de gymzaal) uit ?(?:ge)?(?:schopt|trapt|gezet|gestuurd|gegooid)\b|"
    r"\buit (?:de klas|het lokaal|de les) (?:ge)?(?:schopt|trapt|gezet|gegooid)\b",
    # round 20: "jullie vermoorden me nog met dat lawaai" (you'll be the death of me)
    r"\bvermoord\w* (?:me|mij|ons) nog\b(?: met [^.?!,']{0,30})?",
    # set O: a lesson about death after the class's guinea pig died, how to explain sextortion to pupils, what a
    # school safety plan must say about violence, an alarm that "slaat", red tape one "could strangle"
    r"\b(?:thema|kringgesprek\w*|prentenboek\w*|les|lessen) (?:\w+ ){0,2}(?:over )?(?:de )?(?:dood|doodgaan|"
    r"overlijden|rouw)(?: en (?:rouw|afscheid|verlies|verdriet))?\b|"
    r"\bhoe (?:leg|bespreek|behandel) (?:ik|je|we|jij) (?:\w+ ){0,3}(?:sexting|sextortion|grooming|seksueel misbruik|"
    r"misbruik|kindermishandeling|huiselijk geweld|zelfmoord\w*|loverboys?|geweld)(?: en (?:sexting|sextortion|"
    r"grooming|naaktfoto'?s|geweld|misbruik))?\b|"
    r"\bwat moet(?:en)? er (?:\w+ ){0,4}in (?:staan|het plan|het protocol) over (?:\w+ ){0,2}(?:agressie|geweld|"
    r"pesten)(?: en (?:agressie|geweld|pesten|intimidatie))?\b|"
    r"\b(?:\w*alarm (?:slaat|slaan|sloeg)(?: \w+)?|(?:slaat|slaan|sloeg) (?:\w+ )?\w*alarm)\b|"
    r"\bzou (?:\w+ ){0,4}(?:wel )?(?:kunnen )?(?:wurgen|vermoorden|villen|afmaken)\b(?=[^?!]{0,80}\b(?:kastje naar de "
    r"muur|bureaucratie|formulier\w*|wachtlijst\w*|aanvraag|regeltjes|loket)\b)",
    # set Q: "de meester zei dat we dood moeten stil zijn bij de toets"
    r"\bdood (?:moeten|moet|moest|zijn|was|is|zo|heel) (?:\w+ )?(?:stil|moe|eng|saai)\b",
    # round 26: "ik vermoord haar echt 😂" over a charger, how to talk with a child about death after the dog died,
    # cut on a sheet of paper
    r"\b(?:vermoord|vermoorden|wurg|maak) (?:haar|hem|je|jou|ze) (?:echt |nog |gewoon )?(?:af )?"
    r"(?=[^.?!]{0,20}(?:\U0001f602|\U0001f923|\U0001f605|\U0001f644|\bhaha\w*|\blol\b|\bgrapje\b))|"
    r"\bhoe (?:praat|bespreek|vertel|leg) (?:ik|je|we|jij|u) (?:\w+ ){0,4}(?:over|uit wat) (?:de )?dood\b"
    r"(?! (?:wil|willen|"
    r"gaan|zijn))|\bpraten over de dood van (?:opa|oma|de hond|de kat|ons huisdier|een huisdier|haar opa|zijn opa)\b|"
    r"\b(?:mezelf|me|mij|zich|zichzelf) (?:\w+ )?gesneden aan (?:een|het|de|mijn|m'n) (?:blaadje|papier|blad|"
    r"papiertje|envelop|blikje|schaar)\b",
    r"\bzwembadwater\b[^.?!]{0,50}",  # "zwembadwater met chloor binnengekregen bij zwemles"
)
