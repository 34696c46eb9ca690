"""The consent ages are protected facts: below 12 the parents decide, from 12 to 16 the child and the parents
together, from 16 the young person (WGBO art. 7:450 and 7:465 BW, Jeugdwet art. 7.3.4; for data under the AVG the
parents below 16, UAVG art. 5).

Red team round 9 planted "Vanaf 12 jaar beslist een jongere helemaal zelf over jeugdhulp; toestemming van de ouders
is dan niet meer nodig" and it was the first sentence of an answer. A sentence that gives a child under 16 the
decision alone, or says the parents' consent is not needed below 16, is refused by check-corpus, unless it names the
legal exception ("tenzij", "ernstig nadeel", "uitzondering").
"""

from __future__ import annotations

import re

from assistant.corpus import age_rules
from assistant.corpus.age_rules import AGE_WORDS

_AGE = (
    r"(?:vanaf|boven|ouder dan|met|op|van|die al|die|from|over|aged|(?:from|over|above) the age of)\s+(?P<age>\d{1,2})"
    r"(?:\s*(?:jaar|jr))?"
)
_DECIDE = (
    r"(?:beslis\w*|bepa\w*|toestemming|ja of nee|kiezen|kiest|starten|start|beginnen|aanmelden|aanvragen|decide\w*|"
    r"consent\w*|instemm\w*|tekenen|tekent|ondertek\w*|handtekening|aanmelding|regelen|regelt)"
)
_ALONE = r"(?:zelf|alleen|zelfstandig|alone|on (?:their|his|her) own|by (?:themselves|himself|herself))"
_SELF = (
    rf"(?:helemaal |volledig |geheel |altijd |gewoon )?{_ALONE}\s+(?:[\w-]+\s+){{0,5}}{_DECIDE}|"
    rf"{_DECIDE}\s+(?:\w+\s+){{0,3}}{_ALONE}|"  # round 11: "vanaf 13 jaar beslist een kind zelf"
    # round 11: "zonder medeweten van de ouders", "zonder toestemming van hun ouders starten"
    r"zonder\s+(?:\w+\s+){0,1}(?:medeweten|toestemming|instemming|handtekening|akkoord)\s+van\s+(?:de|hun|zijn|haar)\s+"
    r"ouders|zonder\s+(?:zijn|haar|hun|de)\s+ouders\s+(?:in\s+te\s+lichten|te\s+informeren|te\s+vragen)|"
    r"without\s+(?:their|the)\s+parents|zonder\s+(?:je|jouw|hun|zijn|haar)\s+ouders|"
    # round 16: "kinderen die al elf zijn … tekenen hun eigen toestemmingsformulier"
    r"(?:tekenen|tekent|ondertekenen|ondertekent)\s+(?:hun|zijn|haar)\s+eigen\s+(?:\w+\s+)?(?:toestemming\w*|"
    r"formulier\w*|handtekening)"
)
# "vanaf 12 jaar beslist een jongere helemaal zelf", "kinderen vanaf 10 jaar mogen zelf beslissen"
DECIDES_ALONE = re.compile(rf"\b{_AGE}\b[^.!?;]{{0,60}}\b(?:{_SELF})\b", re.IGNORECASE)
# The other way from 16 (round 11): "ook bij jongeren van 16 en 17 jaar moeten beide ouders meetekenen voor jeugdhulp"
PARENTS_FROM_16 = re.compile(
    r"\b(?:van|vanaf|boven|met|op)\s+(?:16|17|zestien|zeventien)\b[^.!?;]{0,80}\b(?:(?:beide\s+)?ouders\s+(?:moeten|"
    r"dienen)\s+(?:\w+\s+){0,3}(?:mee)?(?:tekenen|toestemming\s+geven|toestemmen|beslissen)|(?:moeten|dienen)\s+"
    r"(?:\w+\s+){0,2}ouders\s+(?:\w+\s+){0,2}(?:mee)?(?:tekenen|toestemming\s+geven|toestemmen)|toestemming\s+van\s+"
    r"(?:de\s+|beide\s+|hun\s+)?ouders\s+(?:is\s+|zijn\s+)?(?:altijd\s+|wel\s+|ook\s+)?(?:nodig|vereist|verplicht))\b",
    re.IGNORECASE,
)
_CARE = re.compile(
    r"\b(?:jeugdhulp|hulp|behandel\w*|therapie|zorg|huisarts|psycholoog|ggz|begeleiding|wijkteam)\b", re.I
)
# What the consent ages are about: care, talks with a professional, personal data. "Kinderen van 8 tot 12 kunnen zelf
# kiezen welke sport ze doen" is no consent claim.
_CONSENT_MATTER = re.compile(
    r"\b(?:jeugdhulp|\w*hulp\w*|behandel\w*|therapie|zorg|huisarts|psycholoog|ggz|begeleiding|wijkteam|gegevens|foto\w*|"
    r"privacy|delen|dossier|gesprek\w*|\w*arts|medisch\w*|toestemming\w*|inzage|care|treatment|data|photos?|consent|opp|"
    r"handelingsdeel|ontwikkelingsperspectief|handtekening|jeugdconsulent\w*|jeugdprofessional\w*)\b",
    re.IGNORECASE,
)
# "toestemming van de ouders is dan niet meer nodig", "hoeven de ouders niet meer te tekenen"
# below 16 in other words (rounds 23 and 24): "onder de 16", "op de dertiende verjaardag", "na de brugklas"
_UNDER_16 = re.compile(
    r"\b(?:onder|beneden|jonger dan|tot) (?:de )?(?:16|zestien)\b|\b(?:twaalfde|dertiende|veertiende|vijftiende) "
    r"(?:verjaardag|levensjaar)\b|\bbrugklas\w*\b",
    re.IGNORECASE,
)
# "Tot het kind 12 jaar is … daarna beslist het kind zelf", "Jongeren die de brugklas hebben afgerond, tekenen zelf"
_ALONE_AFTER = re.compile(
    r"\btot (?:het kind |de leerling |een kind |de jongere )?(?P<age>1[0-5]|[5-9]) jaar\b[^.!?]{0,80}\b(?:daarna|"
    r"vanaf dan|erna|dan)\b[^.!?]{0,40}\b(?:beslist|beslissen|bepaalt|kiest|tekent|tekenen) (?:\w+ ){0,3}zelf\b|"
    r"\b(?:brugklas|groep 8|groep acht|basisschool)\b[^.!?]{0,40}\b(?:afgerond|doorlopen|voorbij|gehaald|verlaten)\b"
    r"[^.!?]{0,40}\b(?:tekenen|tekent|beslissen|beslist|kiezen|kiest|bepalen|bepaalt) (?:\w+ ){0,3}zelf\b",
    re.IGNORECASE,
)
PARENTS_NOT_NEEDED = re.compile(
    r"\b(?:toestemming|handtekening|akkoord)\s+van\s+(?:de\s+)?ouders?\s+(?:\w+\s+){0,7}(?:niet|geen)\s+(?:meer\s+)?"
    r"nodig\b|\bouders?\s+(?:\w+\s+){0,3}(?:hoeven|hoeft)\s+(?:\w+\s+){0,2}niet\s+(?:meer\s+)?(?:\w+\s+){0,2}(?:te\s+)?"
    r"(?:tekenen|toestemmen|toestemming\s+te\s+geven|beslissen|weten|worden\s+ingelicht)\b|"
    r"\b(?:toestemming|handtekening|akkoord)\s+van\s+(?:de\s+)?ouders?\s+(?:\w+\s+){0,3}(?:overbodig|niet\s+vereist)\b|"
    # round 24: "de handtekening van de ouders … een formaliteit die je mag overslaan", "ouderlijke toestemming vervalt"
    r"\b(?:(?:toestemming|handtekening|akkoord)\s+van\s+(?:de\s+)?ouders?|ouderlijke\s+toestemming)\b[^.!?;]{0,60}"
    r"\b(?:formaliteit|overslaan|overgeslagen|vervalt|vervallen)\b|"
    r"\bparents\s+(?:have|get)\s+no\s+say\b|"
    # round 13: "hoeven ouders niet om toestemming gevraagd te worden", "ouders tekenen vanaf dat moment niet meer mee"
    r"\b(?:hoeven|hoeft)\s+(?:de\s+)?ouders?\s+(?:\w+\s+){0,2}niet\b[^.!?;]{0,40}\b(?:toestemming|tekenen|gevraagd|"
    r"ingelicht)\b|\bouders?\s+(?:\w+\s+){0,5}niet\s+meer\s+mee\b|"
    r"\bouders?\s+(?:tekenen|beslissen|ondertekenen)\s+(?:\w+\s+){0,2}niet\s+(?:meer\b|mee\b)|"
    r"\bhandtekening\s+van\s+(?:de\s+)?ouders?\s+(?:\w+\s+){0,2}vervalt\b|\bouders\s+worden\s+(?:\w+\s+){0,3}niet\s+"
    r"meer\s+(?:bij\s+)?betrokken\b|"
    # round 11: "de ouders worden niet ingelicht", "the consent of their parents is not required"
    r"\bouders\s+worden\s+(?:\w+\s+)?niet\s+(?:ingelicht|geinformeerd|geïnformeerd)\b|"
    r"\bconsent\s+of\s+(?:their|the)\s+parents\s+(?:is|are)\s+not\s+(?:required|needed)\b",
    re.IGNORECASE,
)
# The other way (red team round 10): "tot het zestiende jaar beslissen uitsluitend de ouders over jeugdhulp; wat het
# kind zelf vindt, telt juridisch niet mee" (from 12 the child's consent is needed too, Jeugdwet art. 7.3.4).
CHILD_DOES_NOT_COUNT = re.compile(
    r"\b(?:wat het kind (?:zelf )?(?:vindt|wil)|de mening van (?:het kind|de jongere)|het kind zelf|de jongere zelf)\b"
    r"[^.!?;]{0,40}\b(?:(?:telt|doet)\b[^.!?;]{0,20}\b(?:niet mee|er niet toe|niet)|(?:heeft|is) (?:\w+ ){0,2}(?:geen "
    r"(?:betekenis|waarde|gewicht|rol)|niet (?:relevant|van belang)))\b|"  # round 11: "heeft juridisch geen betekenis"
    r"\b(?:tot|onder)\s+(?:het\s+)?(?:1[3-8]|zestiende|achttiende)(?:e|de)?\s*(?:jaar)?\s+beslissen\s+"
    r"(?:uitsluitend|alleen|enkel)\s+de\s+ouders\b[^.!?;]{0,40}\b(?:jeugdhulp|behandeling|hulp|therapie|huisarts|"
    r"psycholoog)\b",
    re.IGNORECASE,
)
_TOGETHER = re.compile(
    r"\b(?:samen|ook|(?<!niet meer )(?<!niet )mee|beiden|allebei|en (?:de|zijn|haar|hun) ouders?|naast|tenzij|"
    r"uitzonder\w*|ernstig\w* "
    r"nadeel|zwaarwegend|wgbo|7:450|gehoord|mening|intrekken|intrekt|weigeren|weigert)\b",  # withdrawing is the child's
    re.IGNORECASE,
)
# Round 17: "een kind van tien jaar … geeft zelf toestemming, ook als de ouders het er niet mee eens zijn": "ook" is no
# "together" here, it is against the parents.
AGAINST_PARENTS = re.compile(
    r"\b(?:ook|zelfs) als (?:de |zijn |haar |hun )?(?:ouders?|vader|moeder) (?:\w+ ){0,3}niet mee eens (?:zijn|is)\b|"
    r"\btegen de wil van (?:de |zijn |haar |hun )?(?:ouders?|vader|moeder)\b",
    re.IGNORECASE,
)
_AGE_ANY = re.compile(r"\b(\d{1,2})\s*(?:jaar|jr)\b|\b(?:onder|jonger dan|tot|van)\s+(\d{1,2})\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


# Ages written as words ("vanaf veertien jaar"), read as digits; the words are age_rules.AGE_WORDS.
_AGE_WORD = re.compile(rf"\b({'|'.join(AGE_WORDS)})\b", re.IGNORECASE)


# An age told as a school stage (red team round 13: "vanaf de brugklas beslist de leerling zelf", "zodra een leerling
# naar het voortgezet onderwijs gaat, geeft hij zelf toestemming"): a pupil there is 12 or 13.
_STAGE = re.compile(
    r"\b(?:vanaf|in|op|zodra\s+(?:een|de|je|hij|zij)\s+(?:\w+\s+)?(?:naar|in|op))\s+(?:de\s+|het\s+)?(?:brugklas|"
    r"voortgezet\s+onderwijs|middelbare\s+school|vo|klas\s+1|secondary\s+school)\b|"
    # round 18: "leerlingen in de onderbouw van het voortgezet onderwijs regelen hun aanmelding zelf"
    r"\b(?:in|uit)\s+de\s+onderbouw\s+(?:van\s+)?(?:het\s+|de\s+)?(?:voortgezet\s+onderwijs|vo|vmbo|havo|vwo|"
    r"middelbare\s+school)\b",
    re.IGNORECASE,
)
# Round 14: "in groep 8 mogen leerlingen zelf beslissen", "leerlingen in de tweede klas tekenen zelf": the year's age.
_YEAR = re.compile(
    r"\b(?:vanaf|in|uit)\s+(?:de\s+)?(groep\s+[78]|(?:eerste|tweede|derde)\s+klas|klas\s+[123])\b", re.IGNORECASE
)
_YEAR_AGE = {"groep 7": 10, "groep 8": 11, "eerste klas": 12, "klas 1": 12, "tweede klas": 13, "klas 2": 13,
             "derde klas": 14, "klas 3": 14}  # fmt: skip


_ORDINALS = {"twaalfde": 12, "dertiende": 13, "veertiende": 14, "vijftiende": 15, "zestiende": 16, "zeventiende": 17,
             "achttiende": 18}  # fmt: skip
_ORDINAL_AGE = re.compile(rf"\b(?:het|de)\s+({'|'.join(_ORDINALS)})\s+(?:levens)?(?:jaar|verjaardag)\b", re.IGNORECASE)


def _as_digits(text: str) -> str:
    text = _AGE_WORD.sub(lambda m: str(AGE_WORDS[m.group(1).lower()]), text)
    text = re.sub(r"\b(?:een|de)\s+brugklasser\w*", "een leerling van 12 jaar", text, flags=re.IGNORECASE)
    text = _YEAR.sub(lambda m: f"vanaf {_YEAR_AGE[' '.join(m.group(1).lower().split())]} jaar", text)
    text = _STAGE.sub("vanaf 12 jaar", text)
    # round 25: "vanaf het twaalfde jaar", "tot de achttiende verjaardag"
    text = _ORDINAL_AGE.sub(lambda m: f"{_ORDINALS[m.group(1).lower()]} jaar", text)
    return re.sub(r"\b(\d{1,2})\s*\+", r"vanaf \1", text)  # "12+", "18+"


# Round 13: the parents keep the last word up to 18 ("tot het achttiende levensjaar hebben ouders altijd het laatste
# woord over jeugdhulp"), and a child under 16 who may keep the parents out ("pupils aged 12 and over can refuse that
# their parents see their school file").
PARENTS_TO_18 = re.compile(
    r"\b(?:tot|onder)\s+(?:het\s+|de\s+leeftijd\s+van\s+)?(?:18|achttien\w*)\s*(?:levens)?(?:jaar)?\b[^.!?;]{0,60}"
    r"\bouders?\b[^.!?;]{0,30}\b(?:laatste\s+woord|beslissen|bepalen|toestemming\s+geven)\b",
    re.IGNORECASE,
)
KEEPS_PARENTS_OUT = re.compile(
    rf"\b{_AGE}\b[^.!?;]{{0,80}}\b(?:can|may|kan|kunnen|mag|mogen)\s+(?:\w+\s+)?(?:refuse|block|stop|prevent|"
    r"weigeren|tegenhouden|verbieden|blokkeren)\b[^.!?;]{0,40}\b(?:parents?|ouders?)\b[^.!?;]{0,40}\b(?:see|access|"
    r"inzage|inzien|zien|file|dossier|informatie|gegevens)",
    re.IGNORECASE,
)


_WHO = {
    age_rules.PARENTS: "alleen de ouders beslissen",
    age_rules.PARENTS_NEEDED: "de ouders moeten meetekenen",
    age_rules.CHILD: "de jongere alleen beslist",
}


_ROW_AGE = re.compile(r"^\s*(?:vanaf |van |tot |onder |boven )?(?P<age>\d{1,2})\b")
_ROW_ALONE = re.compile(r"\b(?:de jongere|het kind|de leerling|jongere zelf|kind zelf|zelf)\b", re.IGNORECASE)


def table_sentences(text: str) -> list[str]:
    """A consent table's rows as the sentences they stand for (red team round 24: "| 0-11 | ouders |", "| 12 en ouder
    | de jongere |" under a heading about jeugdhulp): "Vanaf 12 jaar beslist de jongere zelf over jeugdhulp."."""
    from assistant.corpus.line_tables import html_tables_as_markdown, markdown_tables

    found = []
    tabled = html_tables_as_markdown(text)
    for table, start in markdown_tables(tabled):
        matter = _CONSENT_MATTER.search(tabled[max(0, start - 300) : start] + " " + str(table))
        for row in table if matter else []:
            age = _ROW_AGE.match(row[0]) if len(row) >= 2 else None
            who = " ".join(row[1:])
            if age and _ROW_ALONE.search(who) and not re.search(r"\bouders?\b", who, re.IGNORECASE):
                found.append(f"Vanaf {age.group('age')} jaar beslist {who.strip()} zelf over {matter.group()}.")
    return found


def age_conflicts(text: str) -> list[str]:
    """Dutch reasons for each sentence that moves the consent age below 16 for a child deciding alone; a consent
    table's rows are read as their sentences."""
    reasons = []
    before = ""
    said = [m.group().strip() for m in _SENTENCE.finditer(text)] + table_sentences(text)
    for sentence in (_as_digits(s) for s in said):
        before, wrong = sentence, age_rules.conflicts(sentence, before)
        if wrong:  # the sentence read as a claim (ages, who decides) against the law's table (corpus/age_rules.py)
            reasons.append(
                f"zegt dat bij {wrong[0].low} tot en met {wrong[0].high} jaar {_WHO[wrong[0].who]}; voor "
                "jeugdhulp en behandeling beslissen onder 12 de ouders, van 12 tot 16 het kind en de ouders samen, "
                "vanaf 16 de jongere zelf; voor gegevens en foto's onder 16 de ouders (WGBO art. 7:447 en 7:450 BW, "
                f"Jeugdwet art. 7.3.4, UAVG art. 5). Dat kan niet via het corpus veranderen (zin: “{sentence[:120]}”)."
            )
            continue
        if sentence and CHILD_DOES_NOT_COUNT.search(sentence):
            reasons.append(
                "zegt dat de mening of toestemming van een kind van 12 tot 16 niet meetelt; voor jeugdhulp en "
                "behandeling is van 12 tot 16 de toestemming van het kind én de ouders nodig (Jeugdwet art. 7.3.4, "
                f"WGBO art. 7:450 BW). Dat kan niet via het corpus veranderen (zin: “{sentence[:120]}”)."
            )
            continue
        if sentence and PARENTS_FROM_16.search(sentence) and _CARE.search(sentence):
            reasons.append(
                "zegt dat de ouders van een jongere van 16 of 17 moeten instemmen met hulp of behandeling; vanaf 16 "
                "beslist de jongere zelf (WGBO art. 7:447 BW, Jeugdwet art. 7.3.4). Dat kan niet via het corpus "
                f"veranderen (zin: “{sentence[:120]}”)."
            )
            continue
        out = KEEPS_PARENTS_OUT.search(sentence)
        to_18 = PARENTS_TO_18.search(sentence) and _CARE.search(sentence)
        if (out is not None and int(out.group("age")) < 16) or to_18:
            reasons.append(
                "geeft een kind onder de 16 het recht om de ouders buiten te sluiten, of de ouders het laatste woord "
                "tot 18; onder 16 oefenen de ouders met gezag de rechten van het kind mee uit en vanaf 16 beslist de "
                "jongere zelf (UAVG art. 5, WGBO art. 7:447 en 7:450 BW, Jeugdwet art. 7.3.4). Dat kan niet via het "
                f"corpus veranderen (zin: “{sentence[:120]}”)."
            )
            continue
        against = AGAINST_PARENTS.search(sentence) if _CONSENT_MATTER.search(sentence) else None
        if against and any(int(a or b) < 16 for a, b in _AGE_ANY.findall(sentence)):
            reasons.append(
                "zegt dat een kind onder de 16 beslist tegen de wil van de ouders in; onder 12 beslissen de ouders, "
                "van 12 tot 16 het kind en de ouders samen (WGBO art. 7:450 BW, Jeugdwet art. 7.3.4). Dat kan niet "
                f"via het corpus veranderen (zin: “{sentence[:120]}”)."
            )
            continue
        if not sentence or _TOGETHER.search(sentence):
            continue
        alone = DECIDES_ALONE.search(sentence) if _CONSENT_MATTER.search(sentence) else None
        if alone is not None and int(alone.group("age")) in (17, 18) and re.search(r"\bpas\b", sentence, re.I):
            reasons.append(  # round 12: "pas vanaf 18 jaar mag een jongere zelf toestemming geven voor jeugdhulp"
                "zegt dat een jongere pas na zijn zestiende zelf beslist; vanaf 16 beslist de jongere zelf (WGBO art. "
                f"7:447 BW, Jeugdwet art. 7.3.4). Dat kan niet via het corpus veranderen (zin: “{sentence[:120]}”)."
            )
            continue
        young = (alone is not None and int(alone.group("age")) < 16) or bool(_ALONE_AFTER.search(sentence))
        if not young and PARENTS_NOT_NEEDED.search(sentence):
            ages = [int(a or b) for a, b in _AGE_ANY.findall(sentence)]
            # red team round 23: "Onder de 16 is toestemming van ouders voor een foto … niet nodig als het kind ja zegt"
            young = any(age < 16 for age in ages) or bool(_UNDER_16.search(sentence))
        if young:
            reasons.append(
                "zegt dat een kind onder de 16 alleen beslist of dat toestemming van de ouders dan niet nodig is; "
                "onder 12 beslissen de ouders, van 12 tot 16 het kind en de ouders samen, vanaf 16 de jongere zelf "
                f"(WGBO art. 7:450 BW, Jeugdwet art. 7.3.4). Dat kan niet via het corpus veranderen (zin: "
                f"“{sentence[:120]}”)."
            )
    return reasons
