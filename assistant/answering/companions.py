"""Sentences that must travel with a chosen answer sentence, so that no sentence loses what it depends on.

An extractive answer picks the best-supported sentences, one by one. Read alone, some of them mislead:
- "Normaal vertel je de ouders wel vooraf dat je gaat melden." without the exception the teacher needed (the talk
  may be skipped when it puts the child at risk) pushes her to warn the parents;
- "Bel 0344-014410 of mail …" without the sentence before it does not say whom you are calling;
- "Over de terugkoppeling beslist de jeugdhulpverlener, binnen de toestemming die de ouders en/of de jongere hebben
  gegeven." asked about a 14-year-old, without the age rule, reads as if the parents' consent were enough.
Blind reviewers judged exactly these answers "wrong" (2026-12-03). Each rule below adds the companion from the same
sources; nothing is written, only chosen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.search.retrieve import Hit

# A sentence that leans on the one before it: a bare instruction to call or mail, or "Dat/Dit mag …".
_PRONOUN = r"Die|Deze|Hij|Zij|Daar|Daarvoor"  # a sentence that opens on what the one before said
_THAT = r"(?:Dat|Dit) (?:mag|moet|kan|geldt|hoeft|is|betekent"
NEEDS_BEFORE = re.compile(
    rf"^(?:Bel|Mail|App|Stuur|Kijk op|{_PRONOUN}|Daarna|{_THAT}|gebeurt|doet|doe|gaat)|"
    r"(?:Helpt|Lukt|Werkt) dat niet|\w+ dan)\b"  # "Vraag dan …", "Helpt dat niet, dan …": the condition is before
)

# A rule stated as what usually happens: its exception is part of the rule.
USUALLY = re.compile(r"^(?:Normaal|Normaliter|In principe|In beginsel|Meestal|Gewoonlijk|In de regel)\b", re.I)

# The next sentence narrows the one before it.
QUALIFIES = re.compile(
    r"^(?:Behalve|Tenzij|Maar|Uitzondering|Alleen (?:als|wanneer|met|na)|(?:Dat|Dit) (?:geldt|hoeft|mag) niet|"
    r"Wel\b|Let op|Ook dan|In dat geval)",
    re.I,
)

# A question in the source ("Bent u het niet eens met het besluit over de TLV?") is a lead: its answer follows, after
# any example that still belongs to the question ("Bijvoorbeeld omdat de TLV is geweigerd.").
ELABORATES = re.compile(r"^(?:Bijvoorbeeld|Zoals|Denk aan|Of\b)", re.I)

# Where a "usually" rule's exception is written elsewhere in the sources (a list of conditions).
EXCEPTION = re.compile(r"\b(?:overslaan|tenzij|behalve|uitzondering\w*|hoeft niet als|niet nodig als)\b", re.I)

# An age in the question: "een jongen van 14", "ik ben 17", "mijn dochter (15)", "a 14-year-old".
AGE = re.compile(
    r"\b(?:van|is|ben|wordt|werd|zijn|age|aged)\s+(\d{1,2})\b(?!\s*(?:weken|dagen|maanden|uur|minuten|%|euro|keer))|"
    r"\((\d{1,2})\s*(?:jaar|jr)?\s*[,;)]|\b(\d{1,2})[- ]?(?:jaar|jarige|year)",  # "Daan (14, klas 2 vmbo)"
    re.I,
)
# A question about consent, sharing or who decides: where the age decides the answer.
CONSENT = re.compile(
    r"\b(?:toestemming|terugkoppel\w*|vertellen|doorvertellen|doorgeven|delen|inzage|inzien|dossier|geheim\w*|"
    r"beslis\w*|tekenen|handtekening|weten|intrekken|verwijder\w*|weghalen|weg moet|consent|share|tell|tegenhouden|"
    r"tegen houden|weiger\w*|(?:ja|nee) (?:\w+ )?(?:gezegd|zeggen)|over (?:mij|me|hem|haar|ons|mijn \w+) praten|"
    r"zelf (?:zeggen|beslissen|kiezen|bepalen|vragen|doen|tekenen))\b",
    re.I,
)
# The sources' own statement of the age rule: "jonger dan 12 … 12 tot 16 … vanaf 16", about consent or a decision
# (the verwijsindex's "12 tot 16: de jongere én de ouders" is about who is informed, and no answer to "toestemming?").
AGE_RULE = re.compile(
    r"\b(?:jonger dan|onder de|tot|vanaf|van) (?:12|16)(?: jaar)?\b.*\b(?:12|16)\b|\b12 tot 16\b|\b12 en 16\b|"
    r"\b16 jaar (?:en|of) ouder\b",  # red team round 18: "16 jaar en ouder: de jongere beslist zelf" for a 17-year-old
    re.I,
)
# What a young person of 12 to 15 may do themselves: "Een leerling van 12 jaar of ouder mag de toestemming wel zelf
# intrekken", "12 tot 16 jaar: de jongere én de ouders".
FROM_12 = re.compile(r"\b(?:12 jaar of ouder|vanaf 12|12 tot 16|12 en 16|ouder dan 12|12 jaar en ouder)\b", re.I)
UNDER_12 = re.compile(r"\b(?:jonger dan|onder de|tot|onder) 12(?: jaar)?\b", re.I)
DECIDES = re.compile(r"\b(?:toestemming|beslis\w*|intrekken|inzage|instemm\w*)\b", re.I)
AFTER_PASSAGE = 10_000  # a sentence from elsewhere in a source's document: shown after that source's own sentences
MIN_AGE, MAX_AGE = 4, 25  # "groep 6" or "250 leerlingen" are no ages


@dataclass(frozen=True)
class Sentence:
    """One candidate sentence: its source rank, place in that source, text, and support score."""

    rank: int
    pos: int
    text: str
    score: float


def ages_asked(question: str) -> list[int]:
    """The ages (MIN_AGE to MAX_AGE) a consent or sharing question names; none for any other question."""
    if not CONSENT.search(question):
        return []
    return [a for m in AGE.finditer(question) for n in m.groups() if n and MIN_AGE <= (a := int(n)) <= MAX_AGE]


def beside_the_age(ages: list[int], text: str) -> bool:
    """A rule for 12 to 16 year olds given to a 16-year-old (or a child of 9) misleads: at 16 the young person
    decides alone (blind set 8: "ik ben 16 … mag dat zomaar" got only the 12–16 rules)."""
    outside = bool(ages) and all(a >= 16 or a < 12 for a in ages)
    if outside and bool(FROM_12.search(text)) and not AGE_RULE.search(text.replace("12 tot 16", "")):
        return True
    # and the rule for a child under 12 given alone about a 14-year-old (blind set 13, q09)
    return bool(ages) and all(a >= 12 for a in ages) and bool(UNDER_12.search(text)) and not FROM_12.search(text)


def states_age_rule(text: str) -> bool:
    return bool(AGE_RULE.search(text) and DECIDES.search(text))


def states_from_12(text: str) -> bool:
    return bool(FROM_12.search(text) and DECIDES.search(text))


def companions(
    question: str,
    chosen: list[Sentence],
    by_rank: dict[int, list[str]],
    pool: list[Sentence],
    limit: int = 2,
) -> list[Sentence]:
    """The sentences to add to ``chosen`` (at most ``limit``), in the order the rules found them.

    ``by_rank`` holds each source's sentences in reading order; ``pool`` every scored candidate (best first)."""
    taken = {(s.rank, s.pos) for s in chosen}
    texts = {s.text for s in chosen}
    added: list[Sentence] = []

    def add(s: Sentence) -> None:
        if len(added) < limit and (s.rank, s.pos) not in taken and s.text not in texts:
            added.append(s)
            taken.add((s.rank, s.pos))
            texts.add(s.text)

    def at(rank: int, pos: int) -> Sentence | None:
        own = by_rank.get(rank, [])
        return Sentence(rank, pos, own[pos], 0.0) if 0 <= pos < len(own) else None

    ages = ages_asked(question)
    # A 12- to 15-year-old may do some things alone: what the sources say from 12 comes first.
    if any(12 <= a < 16 for a in ages) and not any(states_from_12(s.text) for s in chosen):
        rule = next((s for s in pool if states_from_12(s.text)), None)
        if rule is not None:
            add(rule)
    if ages and not any(states_age_rule(s.text) for s in [*chosen, *added]):
        rules = [s for s in pool if states_age_rule(s.text)]  # the rule for the asked age first (a 17-year-old: 16+)
        rule = next((s for s in rules if not beside_the_age(ages, s.text)), rules[0] if rules else None)
        if rule is not None:
            add(rule)
    queue = [*chosen, *added]
    for s in queue:  # what a companion leans on comes too ("Helpt dat niet" → "Vraag dan …" → …)
        before_count = len(added)
        if NEEDS_BEFORE.match(s.text) and (before := at(s.rank, s.pos - 1)) is not None:
            add(before)
        after = at(s.rank, s.pos + 1)
        if after is not None and (USUALLY.match(s.text) or QUALIFIES.match(after.text)):
            add(after)
        if after is not None and s.text.rstrip().endswith("?"):  # the source's own question: its answer comes along
            add(after)
            if ELABORATES.match(after.text) and (answer := at(s.rank, s.pos + 2)) is not None:
                add(answer)
        if USUALLY.match(s.text) and not any(EXCEPTION.search(c.text) for c in [*chosen, *added]):
            exception = next((c for c in pool if EXCEPTION.search(c.text)), None)
            if exception is not None:
                add(exception)
        queue += added[before_count:]
    return added


def age_rules(question: str, hits: list[Hit], document_sentences: Callable[[Hit], list[str]]) -> list[Sentence]:
    """For a consent question that names an age: the age rules anywhere in the documents already answering (the
    photo guidance's "Een leerling van 12 jaar of ouder mag de toestemming zelf intrekken" sits in its short
    answer, which need not be among the sources), cited as that document's first source. Only those documents:
    an age rule belongs to its legal frame (a school's photo consent is the parents' below 16, a youth-care
    worker's the young person's and the parents' from 12)."""
    if not ages_asked(question):
        return []
    found: list[Sentence] = []
    for rank, hit in enumerate(hits[:2]):
        if hit.metadata.get("kind") == "sociale_kaart" or any(h.doc == hit.doc for h in hits[:rank]):
            continue
        for n, text in enumerate(document_sentences(hit)):
            if states_age_rule(text) or states_from_12(text):
                found.append(Sentence(rank, AFTER_PASSAGE + n, text, 0.0))  # no neighbours in its source
    return found


# A sentence that points back at the one before it ("Daarvoor is geen toestemming nodig", "Voor hen geldt: …",
# "Zij krijgen een overzicht", "mag de school die termijn verlengen"): shown without it, it answers another question
# (blind set 14 q15, red team round 13 G14: "Daarvoor is geen toestemming van ouders nodig" under a psychologist's
# report, about the school file).
LEANS_BACK = re.compile(
    r"^(?:Hiervoor|Daarom|Daardoor|Daarbij|Daarin|Daarop|Daaruit|Voor (?:hen|hem|haar)|Ook dat|Dat|Dit|Ze|Zo)\b|"
    r"\b(?:die|deze|dezelfde) (?:termijn|periode|toestemming|uitzondering|gegevens|verklaring|melding)\b"
)
POINTS_BACK = re.compile(rf"^(?:{_PRONOUN}|{_THAT}))\b")  # the part of NEEDS_BEFORE that cannot stand alone
PERMITS = re.compile(r"\b(?:toestemming|mag|mogen|hoeft|hoeven|nodig|tegenhouden|verplicht|verboden)\b", re.I)
Chosen = tuple[float, int, int, str]  # score, source rank, position in the source, text


def points_back(text: str) -> bool:
    """Whether a sentence cannot stand without the one before it ("Daarvoor …", "Voor hen geldt", "die termijn")."""
    return bool(LEANS_BACK.search(text) or POINTS_BACK.match(text))


def finished(question: str, chosen: list[Chosen], by_rank: dict[int, list[str]]) -> list[Chosen]:
    """The chosen sentences as shown: none beside the asked age, and none without the sentence it points back at.

    That sentence joins, whatever the length; where the source has none before it, a permission that points back
    ("Daarvoor is geen toestemming nodig") is left out: alone it answers whatever was asked."""
    ages = ages_asked(question)
    chosen = [c for c in chosen if not beside_the_age(ages, c[3])] or chosen
    have = {(c[1], c[2]) for c in chosen}
    out, queue = list(chosen), list(chosen)
    for item in queue:
        _, rank, pos, text = item
        own = by_rank.get(rank)
        leans = points_back(text)
        if pos >= AFTER_PASSAGE and leans and not states_age_rule(text) and item in out:
            out.remove(item)  # from elsewhere in its document: what it points back at cannot come along
            continue
        if own is None or not 0 <= pos < AFTER_PASSAGE or (rank, pos - 1) in have:
            continue
        if not (leans or NEEDS_BEFORE.match(text)):
            continue
        if 0 < pos <= len(own):
            before = (0.0, rank, pos - 1, own[pos - 1])
            out.append(before)
            queue.append(before)
            have.add((rank, pos - 1))
        elif leans and (PERMITS.search(text) or rank > 0) and item in out:
            out.remove(item)  # "Daarvoor is geen toestemming nodig" alone; a second source's "Deze kennisgeving …"
    return without_contradictions(out) or chosen


_NEGATION = re.compile(r"\b(?:niet|geen|nooit)\b", re.I)
_CONDITION = re.compile(r"\b(?:als|wanneer|tenzij|indien|mits|zolang|alleen|pas|behalve|tot|vanaf|onder|boven)\b", re.I)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{4,}", text.lower()) if w not in ("niet", "geen", "nooit")}


def without_contradictions(chosen: list[Chosen]) -> list[Chosen]:
    """A later source's sentence that says the opposite of an earlier source's, with the same words and no
    condition on either side, is left out (blind set 15 q10: "Ouders vragen het niet zelf aan" from the service's
    card, then "Ouders vragen dit zelf aan bij de gemeente" from a plan's passage about something else)."""
    ordered = sorted(chosen, key=lambda c: (c[1], c[2]))
    kept: list[Chosen] = []
    for item in ordered:
        words, negated = _words(item[3]), bool(_NEGATION.search(item[3]))
        clash = not _CONDITION.search(item[3]) and any(
            bool(_NEGATION.search(said)) != negated
            and not _CONDITION.search(said.split(":")[0])
            and len(words & _words(said)) >= max(3, 0.5 * len(words))
            for other in kept
            if other[1] < item[1]
            for said in re.split(r"(?<=[.!?])\s+", other[3])
        )
        if not clash:
            kept.append(item)
    return [c for c in chosen if c in kept]
