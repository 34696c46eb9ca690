"""Crisis told in the other languages our readers write in: Polish, Turkish, Arabic, English and more.

Red team rounds 10 and 11 and fresh set J: "chcę się zabić", "أريد أن أموت", "annem beni her gün kemerle dövüyor",
"my mom hasnt come home for 3 days" got a refusal and no help line. These rules read the normalised text of
safety/crisis.py (lowercase, accents off: "żyć" is "zyc", "öldür" is "oldur", "أموت" is "اموت"; Turkish ı stays ı).
They name the harm, as the Dutch rules do; the help itself is Dutch, with the numbers that work for everyone.
"""

from __future__ import annotations

import re

from assistant.safety.crisis_words import ACUTE, SUICIDE, VIOLENCE, _rx, normalise

_I = "[iı]"  # Turkish dotted and dotless i: writers mix them on Dutch keyboards


def _said(*phrases: str) -> str:
    """Phrases as the normalised text shows them: normalise maps Cyrillic look-alikes to Latin letters and some words
    to Dutch chat spellings ("nie" to "niet", "ich" to "ik"), so each phrase goes through it too."""
    return "|".join(re.escape(normalise(p)) for p in phrases)


# Red team round 12: Ukrainian, Russian, Somali, German, and new Polish, Arabic, Turkish and English wordings.
_SUICIDE_SAID = _said(
    "не хочу жити", "не хочу жить", "хочу померти", "хочу умереть", "покінчу з собою", "покончу с собой",
    "вбити себе", "убить себя", "стрибну з даху", "прыгну с крыши", "суїцид", "суицид", "самогубство",
    "самоубийство", "is dili", "isdil", "dhiman rabaa", "will nicht mehr leben", "mich umbringen", "selbstmord",
    "nie chcę żyć", "nie chcę już żyć", "pocięłam się", "pociąłem się", "tnę się", "سأنهي حياتي", "انهي حياتي",
    "end my life", "kill myself", "want to die",
    # red team round 13 and fresh set K: Polish, Spanish, Papiamento, Romanian
    "nie mam siły już żyć", "nie mam siły żyć", "quiero morir", "no quiero vivir", "me quiero matar", "matarme",
    "mi no ke biba mas", "mi ke muri", "nu mai vreau să trăiesc", "vreau să mor", "să mă sinucid",
    "is dilo", "tomorrow i will be gone", "i won't be here tomorrow",
    "vor den zug", "vor einen zug", "mich vor den zug", "sich vor den zug",  # round 15: German
    # round 16: French, Ukrainian infinitives, Portuguese
    "en finir", "me tuer", "je veux mourir", "me suicider", "envie de mourir", "покінчити з собою",
    "покончить с собой", "не хочу більше жити", "quero morrer", "me matar", "não quero mais viver",
    "sauter sous le", "sous le prochain train", "me jeter sous", "trenin önüne", "під поїзд",  # round 17
    # round 20: Levantine and Moroccan Arabic, in Arabic script and in Latin letters (Arabizi)
    "بغيت نموت", "بدي موت", "بدي انتحر", "بدي اموت", "عايز اموت", "نبغي نموت", "badi antahir", "bdi antahir",
    "bde ento7er", "badi ento7er", "bghit nmout", "bghit nmut", "3ayez amout", "3ayez amoot", "3ayza amoot",
    "می‌خواهم بمیرم", "میخواهم بمیرم", "می خواهم بمیرم",  # round 21: Egyptian Arabizi, Persian
    # set N: reported ("he said he wanted to die") in Portuguese, Spanish, Polish
    "disse que queria morrer", "diz que quer morrer", "dijo que quería morir", "dice que quiere morir",
    "mówi, że chce umrzeć", "powiedział, że chce umrzeć", "powiedziała, że chce umrzeć",
    # red team round 23: Hindi and Urdu in Latin letters and in their own scripts, Egyptian Arabizi
    "khud ko khatam", "apni jaan lena", "apni jaan le lunga", "apni jaan le lungi", "jeene ka mann nahi",
    "jeena nahi chahta", "jeena nahi chahti", "marna chahta hoon", "marna chahti hoon", "mar jaana chahta",
    "mar jaana chahti", "khudkushi", "मरना चाहता", "मरना चाहती", "आत्महत्या", "خودکشی", "مرنا چاہتا", "مرنا چاہتی",
    "3ayez amot", "3ayza amot", "2ayez amot",
    # red team round 24: Roman Urdu, Levantine Arabizi, Chinese
    "main mar jaoon", "main mar jaun", "mar jaana chahti", "zinda rehne ka koi faida nahi", "bade ento7er",
    "badi ento7er", "bade mout", "我不想活了", "我想死", "不想活", "想自杀",
)  # fmt: skip
# Round 14: pills taken, in other languages, often with a child who no longer wakes: 112 and 113.
_OVERDOSE_SAID = _said(
    "połknęła całe opakowanie", "połknął całe opakowanie", "wszystkie tabletki", "nie mogę jej obudzić",
    "nie mogę go obudzić", "bütün ilaçlarını içti", "ilaçlarını içti", "uyanmıyor", "كل حبوب", "حبوب الدواء",
    "todas las pastillas", "no despierta", "took all my", "took a handful", "swallowed a handful",
    "a avalé", "vomit du sang", "vomit de sang", "swallowed a battery", "swallowed bleach",  # round 15
    # round 16: Turkish "not breathing", English pills already taken
    "nefes almıyor", "nefes alamıyor", "took all my pills", "took all the pills", "not breathing",
    "isn't breathing", "is not breathing",
    # round 17: bleach and drain cleaner drunk, pills swallowed, in English, German, French, Turkish
    "drank bleach", "drunk bleach", "drinking bleach", "abflussreiniger getrunken", "reiniger getrunken",
    "toutes les pilules", "bütün haplarımı", "haplarımı yuttum", "atmet nicht", "ne se réveille plus",
    # set N: a parent about a son's pills, in Portuguese and Spanish
    "muitos comprimidos", "todos os comprimidos", "muchas pastillas", "tomou comprimidos",
)  # fmt: skip
# A drunk adult and a car, in other languages (round 14: Ukrainian, Polish, Romanian)
_DRUNK_SAID = _said("п'яний", "п'яна", "пьяный", "пьяная", "pijany", "pijana", "e beat", "e beată", "este beat",
                    "este beată", "sarhoş", "borracho", "borracha", "drunk")  # fmt: skip
_CAR_SAID = _said("машин", "samochod", "mașin", "masin", "araba", "coche", "carro", "drive", "driving", "in the car",
                  "into the car")  # fmt: skip
_VIOLENCE_SAID = _said(
    "б'є мене", "бьет меня", "б'ють мене", "бьют меня", "знущається", "издевается", "i garaacaa", "i garaaca",
    "schlägt mich", "schlaegt mich", "verprügelt mich", "missbraucht mich", "mnie dusi", "dusi mnie", "bije mnie",
    "zamknął mnie", "يحبسني", "بدون أكل",
    # red team round 13 and fresh set K: Ukrainian, Somali, Arabic, Turkish, Spanish, Romanian
    "мене вдарила", "мене вдарив", "мене б'ють", "i garaacdaa", "i garaacay", "way i garaacdaa", "يلمسني",
    "لا تخبري أحدا", "لا تخبر أحدا", "çıplak fotoğraf", "nos pega", "padre me pega", "madre me pega", "papá me pega",
    "mamá me pega", "padrastro me pega", "me pegan", "abusa de mí",
    "o atinge", "mă atinge", "mă bate", "ne bate",
    "mujhe roz maarte", "mujhe maarte hain", "mujhe maarta hai", "mujhe maarti hai", "mujhe peet", "मुझे मारते",
    "مجھے مارتے", "galat jagah chhoo", "galat jagah chhu", "galat tarike se chhoo", "bi darbni", "bidarbni",
    "yedrabni", "bel 7zem", "bil 7izam",
    # round 14: Polish knife threat, Tigrinya, English
    "grozi nożem", "ይወቕዓኒ", "ይወቕዑኒ", "burns me", "beats me", "hits me", "hurts me",
    # round 18: German nude photos shown to a child; Egyptian Arabic in Latin letters ("Arabizi")
    "ohne kleidung", "nacktfotos", "nacktbilder", "nackte fotos", "yadrebni", "yedrabni", "biyadrabni", "yedrebni",
    "byedrabni", "darabni",
    "kicked me", "punched me", "choked me", "strangled me", "ihn umbringen", "umbringen will", "mich umbringen will",
    # set L: a forced marriage in Somali, sextortion in English
    "aan u guursado", "guursado nin", "threatens to share", "threatening to share", "threatened to share",
    "threatens to post", "threatened to post",
)  # fmt: skip
_NOW_SAID = _said(
    "сьогодні", "сегодня", "зараз", "сейчас", "tonight", "right now", "şu anda", "şimdi", "dzisiaj", "teraz", "heute",
    "الليلة", "الآن", "od wczoraj", "krew nie przestaje", "şu an", "kilitlendim", "saldırdı", "кров з голови",
    "awe nochi", "e anochi", "esta noche", "ahora mismo", "în seara asta", "acum", "caawa", "zaraz", "зараз",
    "heute nacht", "heute abend", "still downstairs", "he's still here", "just kicked", "ce soir",
    "hoje à noite", "sur le quai", "il y a dix minutes", "az önce",
)  # fmt: skip

# Someone who does not wake or breathe, in English (round 18: "my mom dont wake up since morning"): 112, no 113.
_UNCONSCIOUS_SAID = _said(
    "dont wake up", "don't wake up", "doesnt wake up", "doesn't wake up", "does not wake up", "wont wake up",
    "won't wake up", "not waking up", "is unconscious", "stopped breathing",
)  # fmt: skip

# Red team round 23: a child's medical emergency now, in the languages parents new to the Netherlands write (a bee
# sting and a swelling face, a fit that goes on, a button battery or bleach swallowed, blue lips, unconscious after a
# fall, a fall into the pool): 112, as the Dutch "medisch_nu" rule gives.
_MEDICAL_SAID = _said(
    "can hardly breathe", "can barely breathe", "struggling to breathe", "lips are blue", "blue lips",
    "turning blue", "button battery", "throat is swelling", "throat is closing", "face is swelling up",
    "fell into the pool", "fell in the pool", "is drowning", "bleeding from his head", "bleeding from her head",
    "won't stop jerking", "seizure won't stop", "fit won't stop",
    "nie oddycha", "nie może oddychać", "ledwo oddycha", "sine usta", "nieprzytomny", "nieprzytomna",
    "stracił przytomność", "straciła przytomność", "nie rusza się", "baterię guzikową", "połknęła baterię",
    "połknął baterię", "wypił wybielacz", "wypiła wybielacz", "gardło puchnie", "spuchło gardło", "krwawi z głowy",
    "wpadł do basenu", "wpadła do basenu", "wpadł do wody", "wpadła do wody", "topi się",
    "dudakları mor", "bilinci kapalı", "bayıldı", "kendinde değil", "pil yuttu", "düğme pil", "nöbet geçiriyor",
    "havale geçiriyor", "boğazı şişiyor", "boğazı şişti", "suya düştü", "havuza düştü", "boğuluyor",
    "kıpırdamıyor", "kafası kanıyor", "çamaşır suyu içti", "çamaşır suyu içmiş",
    "لا يتنفس", "لا تتنفس", "شفتاه زرقاء", "شفتيه زرقاء", "شفاهه زرقاء", "فاقد الوعي", "فاقدة الوعي", "مغمى عليه",
    "مغمى عليها", "ابتلع بطارية", "ابتلعت بطارية", "شرب كلور", "شربت كلور", "شرب الكلور", "يتشنج", "تتشنج",
    "حلقه منتفخ", "انتفاخ الحلق", "سقط في المسبح", "يغرق",
    "bewusstlos", "kann nicht atmen", "bekommt keine luft", "kriegt keine luft", "blaue lippen", "krampfanfall",
    "krampft seit", "batterie verschluckt", "knopfbatterie", "bleichmittel getrunken", "hals schwillt",
    "ins wasser gefallen", "in den pool gefallen",
    "no respira", "no puede respirar", "labios azules", "labios morados", "inconsciente", "se desmayó",
    "no reacciona", "convulsionando", "se tragó una pila", "pila de botón", "bebió lejía",
    "se le hincha la garganta", "garganta hinchada", "se cayó a la piscina", "se está ahogando",
    "не дихає", "не може дихати", "сині губи", "без свідомості", "знепритомнів", "знепритомніла",
    "горло набрякає", "набряк горла", "проковтнув батарейку", "проковтнула батарейку", "судоми",
    "випив відбілювач", "впав у басейн", "не дышит", "синие губы", "без сознания", "потерял сознание",
    "горло опухает", "проглотил батарейку", "судороги",
    "não respira", "lábios roxos", "desmaiou", "engoliu uma pilha", "bebeu lixívia",
    "ne respire pas", "lèvres bleues", "inconscient", "a avalé une pile", "la gorge gonfle",
    # red team round 24: Portuguese, Italian, Romanian, Persian, German
    "bebeu detergente", "engoliu detergente", "non risponde più", "non respira", "svenuto", "svenuta",
    "privo di sensi", "convulsioni", "are convulsii", "convulsii de", "nu respiră", "inconștient", "leșinat",
    "نفس نمی‌کشد", "نفس نمیکشد", "بیهوش", "kaum luft", "atemnot", "schwillt an",
)  # fmt: skip

LANGUAGE_RULES: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    ("bewusteloos_gezegd", (ACUTE,), re.compile(_UNCONSCIOUS_SAID)),
    (
        "medisch_gezegd",
        (ACUTE,),
        re.compile(  # round 24: not what happens "a veces", "sometimes", "manchmal", or last year
            r"\A(?!.*\b(?:a veces|de vez en cuando|sometimes|manchmal|czasem|bazen|as vezes|talvolta|uneori|last year|"
            r"el ano pasado|letztes jahr)\b).*?"
            rf"(?:(?:{_MEDICAL_SAID})|\b(?:having|had|has) an? (?:fit|seizure)\b(?=.*\b(?:minutes|won'?t stop|not "
            r"stopping|jerking)\b))"
        ),
    ),
    ("zelfdoding_gezegd", (SUICIDE,), re.compile(_SUICIDE_SAID)),
    ("overdosis_gezegd", (ACUTE, SUICIDE), re.compile(_OVERDOSE_SAID)),
    ("dronken_auto_gezegd", (ACUTE, VIOLENCE), re.compile(rf"\A(?=.*\b(?:{_DRUNK_SAID})\b)(?=.*\b(?:{_CAR_SAID}))")),
    (
        # English: a child home alone since yesterday, nobody back, no food (round 14)
        "engels_alleen",
        (ACUTE, VIOLENCE),
        re.compile(
            r"\A(?=.*\b(?:home alone|alone at home|by myself)\b)(?=.*\b(?:since yesterday|for \w+ days|no food|"
            r"nothing to eat|hasn'?t come back|didn'?t come back)\b)"
        ),
    ),
    ("geweld_gezegd", (VIOLENCE,), re.compile(_VIOLENCE_SAID)),
    (
        "acuut_gezegd",
        (ACUTE,),
        re.compile(rf"\A(?=.*(?:{_SUICIDE_SAID}|{_VIOLENCE_SAID}|b[iı]cak\w*))(?=.*(?:{_NOW_SAID}))"),
    ),
    (
        # English: sextortion, grooming's "our secret", a shaken baby who is drowsy or vomits (112)
        "engels_verhuld",
        (VIOLENCE,),
        _rx(
            r"\b(?:post|share|send|leak)\w* (?:\w+ ){0,2}(?:nudes|naked (?:pics|photos|pictures)|pics|photos|videos?)\b"
            r"[^.!?]{0,60}\b(?:unless|if i (?:don'?t|do not))\b",
            r"\A(?=.*\b(?:coach|teacher|uncle|stepdad|neighbou?r|trainer|he)\b)(?=.*\b(?:our (?:little )?(?:secret|"
            r"game)|(?:cuddles|hugs|kisses) are special|parents would(?:n'?t| not) understand)\b)",
        ),
    ),
    (
        # English: a goodbye message or note, and the writer's child cannot be reached (red team round 13)
        "engels_afscheid",
        (ACUTE, SUICIDE),
        _rx(
            r"\A(?=.*\b(?:goodbye (?:message|note|letter|post|video)|suicide note|farewell (?:message|note))\b)"
            r"(?=.*\b(?:not answering|isn'?t answering|won'?t answer|can'?t reach|cannot reach|missing|gone|not "
            r"picking up|phone is off)\b)",
        ),
    ),
    (
        "geschud",
        (ACUTE, VIOLENCE),
        _rx(
            r"\A(?=.*\b(?:shook|shaken|shaking|geschud|door elkaar geschud)\b)(?=.*\b(?:sleepy|throws up|throwing up|"
            r"vomit\w*|limp|won'?t wake|not waking|suf|slaperig|spuugt|overgeven|braakt|slap)\b)"
        ),
    ),
    (
        "zelfdoding_anderstalig",
        (SUICIDE,),
        _rx(
            # Polish: kill myself, suicide, do not want to live (anymore), want to die, hang myself
            r"\b(?:zabic sie|zabije sie|sie zabic|sie zabije|zabi[lł]\w* sie|samoboj\w*|powiesic sie|skoncze ze soba|s"
            r"konczyc ze soba)\b",
            r"\bniet? chce (?:juz )?(?:dalej )?zyc\b|\bchce umrzec\b",
            # Turkish: suicide, I do not want to live (anymore), I want to die, kill myself, happier without me
            rf"\bintihar\w*|\bkend{_I}m{_I} oldurme\w*|\b(?:artık |artik )?yasamak {_I}stem{_I}yorum\b|"
            rf"\bolmek {_I}st{_I}yorum\b|"
            rf"\bkend{_I}m{_I} oldur\w*|\bbens{_I}z (?:daha )?mutlu\b",
            # Arabic (hamza and vowel marks off): suicide, kill myself, I want to die, I do not want to live
            r"انتحار|اقتل نفسي|انتحر|اريد (?:ان )?اموت|اريد الموت|(?:لا|ما) ?اريد (?:ان )?اعيش|مابي اعيش|"
            r"القفز من (?:الشرفة|البلكون|السطح|الجسر)",
        ),
    ),
    (
        "overdosis_anderstalig",
        (ACUTE, SUICIDE),
        _rx(
            # English: "she's taken all of them", "took all my pills", "swallowed a whole box"
            r"\b(?:taken|took|swallowed|ate) (?:all|a (?:whole )?(?:bottle|box|pack|handful)|the whole (?:bottle|box|p"
            r"ack))"
            r" (?:of )?(?:the |my |her |his |mum'?s |mom'?s )?(?:pills|tablets|meds|medication|paracetamol)\b",
            r"\A(?=.*\b(?:taken|took|swallowed) all (?:of )?(?:them|it)\b)(?=.*\b(?:sorry|goodbye|pills|tablets|meds|"
            r"toilets?|ambulance)\b)",
            # Polish: I will take / took all (mum's) pills
            r"\b(?:wezme|wzi[aeę]\w*|po[lł]kn\w*) wszystkie (?:\w+ )?(?:tabletki|pigu[lł]ki|leki)\b",
            # Turkish: took / will take all the pills
            rf"\bbutun (?:\w+ )?(?:{_I}laclar{_I}|hapları|haplar{_I}) (?:\w+ )?(?:{_I}ct{_I}m|{_I}cece\w*|yutt\w*)\b",
        ),
    ),
    (
        "geweld_anderstalig",
        (VIOLENCE,),
        _rx(
            # Polish: beats / hit / kicks me, violence, abuses, touches me, comes to my bed at night
            r"\b(?:bije|bija|pobi[lł]\w*|uderz\w*|kopie mnie|kopn[aą][lł]\w*|przemoc\w*|zneca\w*|molest\w*|"
            r"dotyka mnie|przychodzi do mojego [lł]ozka)\b",
            # Turkish: beats (with a belt), hits, violence, knife, will kill, gives no food, sleeps hungry
            rf"\bdov(?:uyor|du|er|mek|ulu\w*|ecek)\w*|\bvuruyor\b|\bs{_I}ddet\w*|\bkemerle\b|\bb{_I}cak\w*|"
            rf"\boldurece\w*|\boldurur\w*|\byemek verm{_I}yor\b|\bac uyuyorum\b",
            # Arabic: hits / hit me / beats with a belt, violence, hurts, harassment, rape
            r"\w*(?:يضرب|ضربني|ضربنا|بالحزام|يوذي|يؤذي|تحرش|اغتصاب)\w*",
            # English: touching or "our game" by an adult, children left alone for days
            r"\b(?:uncle|dad|stepdad|father|man|coach|brother|cousin|he) (?:keeps|kept|is|was) touching me\b|"
            r"\b(?:touches|touched) me (?:\w+ ){0,5}(?:our (?:game|secret)|at night|in my bed)\b",
            r"\b(?:mom|mum|mother|dad|father|parents?) (?:\w+ ){0,2}(?:hasn'?t|has not|haven'?t|have not|didn'?t|did n"
            r"ot) "
            r"(?:come|came|been) (?:back )?home (?:for|in) (?:\d+|two|three|four|five|several|a few) (?:days|nights)\b",
        ),
    ),
    (
        "acuut_anderstalig",
        (ACUTE, VIOLENCE),
        _rx(
            # Turkish: a knife in hand, waiting at the door, says he will kill
            rf"\A(?=.*\bb{_I}cak\w*)(?=.*\b(?:oldur\w*|kap{_I}da|bekl{_I}yor|tehdit\w*|saklan\w*)\b)",
            # Turkish: pills collected with a thought of suicide; Polish: locked in the basement
            rf"\A(?=.*\b(?:kend{_I}m{_I} oldur\w*|{_I}nt{_I}har\w*)\b)"
            rf"(?=.*\b{_I}laclar{_I}\w* (?:toplad\w*|b{_I}r{_I}kt\w*))",
            r"\bzamkn\w* mnie w (?:piwnicy|pokoju|szafie)\b",
            # Polish: screams and blows, now suddenly silent
            r"\A(?=.*\b(?:krzyk\w*|uderzen\w*|uderz\w*)\b)(?=.*\b(?:nagle (?:jest )?cicho|teraz jest cicho)\b)",
        ),
    ),
]


# Danger now in other languages, for a message the net by meaning already judged a crisis (red team round 17: a knife
# waved now in German, Ukrainian, Arabic, Tigrinya; pills or drain cleaner swallowed in French, Turkish, Ukrainian; a
# child pulled from water in German and Somali, not breathing): with meaning, these words call for 112 first, as
# ACUTE_BODY's Dutch words do. Matched on the lowercased text, not normalised (which rewrites some words to Dutch).
DANGER_NOW = re.compile(
    r"knife|couteau|messer|нож|ножем|bıçak|bicak|سكين|ካራ|nóż|nożem|faca|cuchillo|mindi|\bgun\b|pistolet|pistole|"
    r"not breathing|isn'?t breathing|won'?t wake|won'?t open (?:her|his) eyes|not answering me|unconscious|"
    r"ne respire|ne se réveille|ne répond pas|atmet nicht|wacht nicht auf|bewusstlos|не дихає|не прокидається|"
    r"nefes almıyor|uyanmıyor|ma neefsanayo|no respira|não respira|nie oddycha|nie budzi|لا يتنفس|لا تتنفس|"
    r"swallowed|drank|took all|avalé|geschluckt|getrunken|ковтнув|ковтнула|випив|випила|yuttum|içti|połknął|połknęła|"
    r"tomó todas|tomei|engoli|bleach|javel|reiniger|засіб для чищення|çamaşır suyu|"
    r"out of the (?:water|pool)|aus dem (?:pool|wasser)|sorti de l'eau|з води|biyaha|"
    r"sous le (?:prochain )?train|vor den zug|önüne atla|під поїзд|pod pociąg|"
    r"tonight|right now|ce soir|heute nacht|gerade|сьогодні вночі|зараз|bu gece|şu an|dziś w nocy|esta noche|"
    r"hoje à noite|الليلة|الآن|caawa|hadda|ሎሚ ለይቲ|ሕጂ",
    re.IGNORECASE,
)
