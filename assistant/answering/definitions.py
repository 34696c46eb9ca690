"""A question that asks what a word means is answered with the sources' own definition first.

"wat is een TLV?" got the kinds of TLV and how long each lasts, while the plan's list of terms says "TLV
(toelaatbaarheidsverklaring): besluit van het samenwerkingsverband dat een leerling naar het sbo, so of vso mag.";
"wat is een samenwerkingsverband?" got the plan's consultation with the municipalities. The definition is looked
for in the whole documents of the first sources (a plan's list of terms is rarely a retrieved passage): a term list
line ("Term: …"), a statute's definitions ("f. kindcheck: …") or a sentence that says what the term is ("Een
thuiszitter is een …", "Het multidisciplinair overleg (MDO) is het overleg …"). Only the source's own sentence is
shown, never a rewording; none found, the answer stays as it was."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.search.retrieve import Hit

_FILL = r"(?:(?:nou|nu|eigenlijk|eigelijk|precies|toch|dan|nog|even|ff|allemaal|exactly|actually|really)\s+)*"
_ARTICLE = r"(?:(?:een|de|het|die|dat|dit|deze|zo'?n|'?n|'t|a|an|the)\s+)?"
_TERM = r"(?P<term>[\w'’/-]+(?:\s+[\w'’/-]+){0,3}?)"
_END = r"\s*(?:(?:eigenlijk|eigelijk|precies|nou|dan|in|inhoud|voor iets|mean|means)\s*)*(?:[?!.,:;]|$)"
_ASKED = r"(?:is|zijn|betekent|betekend|betekenen|houdt|houd|houden)"
ASKS = [
    re.compile(rf"^(?:wat|wad|wt)\s+{_ASKED}\s+{_FILL}{_ARTICLE}{_TERM}{_END}", re.I),
    re.compile(
        rf"^wat\s+(?:wordt|word|worden)\s+(?:er\s+)?(?:bedoeld|verstaan)\s+(?:met|onder)\s+{_ARTICLE}{_TERM}{_END}",
        re.I,
    ),
    re.compile(
        rf"^wat\s+(?:bedoel(?:t|en)?|verstaa?n?)\s+(?:ze|jullie|je|u|men|de school|school)\s+(?:met|onder)\s+"
        rf"{_ARTICLE}{_TERM}{_END}",
        re.I,
    ),
    re.compile(rf"^waar\s+staat\s+{_ARTICLE}{_TERM}\s+voor{_END}", re.I),
    re.compile(
        rf"^(?:kun|kan|kunt)\s+(?:je|u|jij)\s+(?:mij\s+)?uitleggen\s+wat\s+{_ARTICLE}{_TERM}\s+(?:is|zijn|betekent)"
        rf"{_END}",
        re.I,
    ),
    re.compile(rf"^{_ARTICLE}{_TERM}\s*[,:?]\s*wat\s+(?:is|betekent)\s+(?:dat|dit|het){_END}", re.I),
    re.compile(
        rf"^what(?:\s+(?:exactly|actually|really))?(?:'s|\s+is|\s+are|\s+does)\s+{_FILL}{_ARTICLE}{_TERM}(?:\s+mean)?"
        rf"{_END}",
        re.I,
    ),
]
# Not a word to define: "wat is het telefoonnummer …", "wat is de beste school", "wat is het verschil …".
NOT_TERMS = re.compile(
    r"\b(?:telefoonnummer|nummer|adres|e-?mail|mail|website|site|datum|tijd|tijden|openingstijden|prijs|kosten|"
    r"bedrag|verschil|beste|slimste|handigste|snelste|manier|bedoeling|reden|probleem|volgende|stap|leeftijd|"
    r"afstand|wachttijd|termijn|regel|regels|antwoord|vraag|jouw|je|uw|mijn|ons|hun|zijn|haar|van|voor|in|bij|"
    r"met|tussen|op|over|naar|als|wat|hoe|wie|waar|wanneer|dat|dit|er|het|u|ik|hij|zij|we|wij|number|address|"
    r"difference|best|phone|price)\b",
    re.I,
)
_ENUM = r"(?:[a-z0-9]{1,3}[.)]\s+)?"
_OPEN_ARTICLE = r"(?:(?:een|de|het)\s+)?"
_GLOSS = r"(?:\s*\([^()]{1,80}\))?"
# A label's colon is followed by what the term is ("plan voor …", "de plicht …"), not by a new sentence or a condition.
_NOT_NOUN = r"(?:bij|voor|in|op|met|als|zie|dan|wanneer|indien|na|tot|van|om|door|over|via|niet|wel|ook|alleen|u|je)\b"
_STATES = (
    rf"(?:\s*:\s+(?!{_NOT_NOUN})(?=(?-i:[a-zà-ÿ]))|(?:\s+(?-i:[a-z][\w-]*))?\s+(?:is|zijn)\s+(?:een|de|het)\s"
    r"|\s+(?:betekent|betekenen|houdt in|staat voor|wil zeggen)\b)"
)
_LAW_TERMS = re.compile(r"^(?P<lead>.{0,80}?wordt verstaan onder)\s*:\s*(?P<items>.+)$", re.I)
MAX_WORDS = 60  # a definition is one sentence, not an article's whole paragraph


def asked_term(question: str) -> str | None:
    """The word a question asks the meaning of, or None: "wat is een OPP eigenlijk?" → "OPP"."""
    first = re.split(r"(?<=[?!])\s|\n", question.strip())[0].strip()
    greeting = r"^(?:hoi|hallo|hey|hee|goede(?:morgen|middag|navond)|beste|vraagje|vraag)[,!:.]?\s+"
    first = re.sub(greeting, "", first, flags=re.I)
    for pattern in ASKS:
        match = pattern.match(first)
        if match:
            term = match.group("term").strip(" '’")
            if len(term) >= 2 and not NOT_TERMS.search(term) and not term.isdigit():
                return term
    return None


def _forms(term: str) -> list[str]:
    """The term and its singular ("arrangementen" → "arrangement", "thuiszitters" → "thuiszitter")."""
    forms = [term]
    for ending in ("'s", "’s", "en", "s"):
        if term.lower().endswith(ending) and len(term) - len(ending) >= 3:
            forms.append(term[: -len(ending)])
    return forms


def law_definition(term: str, sentence: str) -> str | None:
    """A statute's definitions run together ("In dit besluit wordt verstaan onder: meldcode: …; kindcheck: …"):
    the lead-in with the asked term's own item, the items left out marked "…"."""
    match = _LAW_TERMS.match(sentence.strip())
    if not match:
        return None
    names = "|".join(re.escape(f) for f in _forms(term))
    items = re.split(r";\s+", match.group("items"))
    for at, item in enumerate(items):
        found = re.match(rf"^{_ENUM}(?:{names})\s*:\s+(?P<said>\S.*)", item, re.I)
        if found and not _circular(term, found.group("said")):
            return f"{match.group('lead')}{': ' if at == 0 else ' … '}{item.rstrip(' .;,')}."
    return None


def defines(term: str, sentence: str) -> bool:
    """The sentence says what ``term`` is: it opens with the term (or the term in brackets after its full name) and
    goes on with a colon, "is een/de/het", "betekent", "houdt in", "staat voor" or "wil zeggen"."""
    text = re.sub(r"^[-*•\s]+", "", sentence.replace("*", "")).strip()
    words = len(text.split())
    if words > MAX_WORDS or words < 5 or re.search(r"\d{3,4}[- ]?\d{4,}|https?://|@", text):  # a contact line
        return False
    names = "|".join(re.escape(f) for f in _forms(term))
    opens = (
        rf"^{_ENUM}{_OPEN_ARTICLE}(?:{names}){_GLOSS}{_STATES}",
        rf"^{_ENUM}{_OPEN_ARTICLE}[\w'’ -]{{2,60}}\((?:{names})\){_STATES}",
        rf"^(?:met|onder)\s+{_OPEN_ARTICLE}(?:{names}){_GLOSS}\s+(?:wordt|worden|bedoelen|verstaan|is bedoeld)\b",
    )
    if not any(re.match(p, text, re.I) for p in opens):
        return False
    said = re.split(r":\s+|\s(?:is|zijn|betekent|betekenen)\s", text, maxsplit=1)[-1]
    return not _circular(term, said)


def _circular(term: str, said: str) -> bool:
    """ "Samenwerkingsverband: samenwerkingsverband als bedoeld in artikel 1 …" says where, not what."""
    letters = re.sub(r"\W", "", re.sub(r"^(?:een|de|het)\s+", "", said.lower()))
    return any(letters.startswith(re.sub(r"\W", "", form.lower())) for form in _forms(term))


def definition(
    question: str, hits: list[Hit], document_sentences: Callable[[Hit], list[str]], limit: int = 5
) -> tuple[int, str] | None:
    """The first definition of the asked term in the documents of the first ``limit`` prose sources, in their rank
    order, with the rank of the source it is cited under; None when the question asks no meaning or none is found."""
    term = asked_term(question)
    if term is None:
        return None
    seen: set[str] = set()
    for rank, hit in enumerate(hits[:limit]):
        if hit.metadata.get("kind") == "sociale_kaart" or hit.doc in seen:
            continue
        seen.add(hit.doc)
        said = document_sentences(hit)
        found = [t for t in said if defines(term, t)] + [d for t in said if (d := law_definition(term, t))]
        # A whole sentence ("Een ontwikkelingsperspectief (OPP) is een plan …") before a list of terms' line.
        found.sort(key=lambda t: bool(re.match(r"^[^:]{1,90}:\s", t)))
        if found:
            return rank, found[0]
    return None
