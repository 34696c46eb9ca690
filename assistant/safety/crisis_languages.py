"""Crisis told in the other languages our readers write in: Polish, Turkish, Arabic and English.

Red team rounds 10 and 11 and fresh set J: "chcę się zabić", "أريد أن أموت", "annem beni her gün kemerle dövüyor",
"my mom hasnt come home for 3 days" got a refusal and no help line. These rules read the normalised text of
safety/crisis.py (lowercase, accents off: "żyć" is "zyc", "öldür" is "oldur", "أموت" is "اموت"; Turkish ı stays ı).
They name the harm, as the Dutch rules do; the help itself is Dutch, with the numbers that work for everyone.
"""

from __future__ import annotations

import re

from assistant.safety.crisis_words import ACUTE, SUICIDE, VIOLENCE, _rx

_I = "[iı]"  # Turkish dotted and dotless i: writers mix them on Dutch keyboards

LANGUAGE_RULES: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    (
        "zelfdoding_anderstalig",
        (SUICIDE,),
        _rx(
            # Polish: kill myself, suicide, do not want to live (anymore), want to die, hang myself
            r"\b(?:zabic sie|zabije sie|sie zabic|sie zabije|zabi[lł]\w* sie|samoboj\w*|powiesic sie|skoncze ze soba|s"
            r"konczyc ze soba)\b",
            r"\bnie chce (?:juz )?(?:dalej )?zyc\b|\bchce umrzec\b",
            # Turkish: suicide, I do not want to live (anymore), I want to die, kill myself, happier without me
            rf"\bintihar\w*|\b(?:artık |artik )?yasamak {_I}stem{_I}yorum\b|\bolmek {_I}st{_I}yorum\b|"
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
            rf"\A(?=.*\bb{_I}cak\w*)(?=.*\b(?:oldur\w*|kap{_I}da|bekl{_I}yor)\b)",
            # Polish: screams and blows, now suddenly silent
            r"\A(?=.*\b(?:krzyk\w*|uderzen\w*|uderz\w*)\b)(?=.*\b(?:nagle (?:jest )?cicho|teraz jest cicho)\b)",
        ),
    ),
]
