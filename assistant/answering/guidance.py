"""A guidance file's own short answer leads: "mag ik een klassenfoto op Instagram zetten?" is answered by the rule
(toestemming, van de ouders onder 16, per kanaal), not by the first matching line of its list of conditions.

Privacy guidance is written as a question with a short answer, conditions, who decides and the article. The
extractive answer picks sentences by how well they match the question; a teacher's wording often matches a
condition ("Per doel: …", "Gebruik voor onderwijs in de klas …") better than the rule itself, which then goes
missing. When the best source is such a file, the best sentence of its short answer joins the answer, first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from assistant.answering.asker import own_service_last
from assistant.answering.companions import points_back
from assistant.index.sentences import sibling_id
from assistant.search.retrieve import Hit

SOURCE_SECTION = re.compile(r"^(?:bron|bronnen|wetsartikelen|bron en wet\w*)$", re.IGNORECASE)
LAW_ASKED = re.compile(r"\b(?:artikel\w*|art\.|wet(?!telijk)\w*|grondslag|bron\w*|juridisch\w*)\b", re.IGNORECASE)


def leaf(hit: Hit) -> str:
    """The passage's own section: a Markdown heading opening its text ("## Bron"), else the end of its heading path."""
    first = hit.text.lstrip().split("\n", 1)[0]
    if first.startswith("#"):
        return first.lstrip("#").strip()
    return str(hit.metadata.get("heading", "")).rsplit(">", 1)[-1].strip()


def sources_last(question: str, hits: list[Hit]) -> list[Hit]:
    """A guidance file's list of laws ("## Bron") shares every word of "kun je de vijf stappen van de meldcode
    huiselijk geweld en kindermishandeling op een rij zetten?" and led its answer with "… zijn gebaseerd op: de Wet
    …" (blind set 17): unless the law is asked for, it goes after the first source that is not such a list. The
    asker's own kind of service goes last too (answering/asker.py)."""
    hits = own_service_last(question, hits)
    if not hits or LAW_ASKED.search(question) or not SOURCE_SECTION.search(leaf(hits[0])):
        return hits
    after = next((i for i, h in enumerate(hits) if not SOURCE_SECTION.search(leaf(h))), None)
    return hits if after is None else [*hits[1 : after + 1], hits[0], *hits[after + 1 :]]


SHORT_ANSWER = re.compile(r"^#+\s*(?:kort antwoord|in het kort|het korte antwoord)\s*$", re.IGNORECASE)
GUIDANCE_KINDS = frozenset({"privacy"})
LEAD_WORDS = 70
PASSAGES_READ = 60  # a guidance file's short answer opens it: no need to read a long file to its end

# "mag ik / mogen we / moet de school / is het toegestaan / may I": the question asks for a rule.
ASKS_RULE = re.compile(
    r"\b(?:mag|mogen|moet|moeten|hoeft|hoeven|is het (?:toegestaan|verplicht|goed|ok[eé]?|normaal)|"
    r"(?:is|ben) (?:ik|je|de school|school) verplicht|"
    r"may (?:i|we|the school)|can (?:i|we|the school)|must (?:i|we|the school)|is it (?:ok|okay|allowed|legal))\b",
    re.IGNORECASE,
)


def short_answer(
    question: str, hit: Hit, rows: dict[str, dict[str, Any]], shown: Callable[[str], list[str]]
) -> list[str]:
    """The sentences of the short answer of the hit's guidance file, when the question asks for a rule."""
    if hit.metadata.get("kind") not in GUIDANCE_KINDS or not ASKS_RULE.search(question):
        return []
    for n in range(PASSAGES_READ):
        node_id = sibling_id(hit.node_id, n)
        if node_id is None or node_id not in rows:
            return []
        first = str(rows[node_id]["text"]).lstrip().split("\n", 1)[0]
        if SHORT_ANSWER.match(first):
            own = _words(str(rows[node_id]["text"]))
            return [t for t in shown(node_id) if _words(t)[:40] in own]  # not the next section's sentences
    return []


def _words(text: str) -> str:
    """Text as its words only, list numbers and markup left out: a list item is shown joined to its lead-in ("Er
    gelden drie regels: Het onderwijskundig rapport …" for "Er gelden drie regels:\n1. **Het onderwijskundig …")."""
    return " ".join(re.sub(r"(?:^|(?<=\s))\d{1,2}[.)](?=\s)", " ", text).lower().translate(_MARKS).split())


_MARKS = str.maketrans({c: " " for c in "*_#>:;.,!?()[]`\"'"})


# A short answer that opens by pointing back at its file's question ("Dat mag zonder toestemming …"): read alone, under
# another question, it says yes to that one (red team round 11: "moet school bij nood eerst de ouders bellen?").
POINTS_BACK = re.compile(r"^(?:dat|dit|ja|nee|meestal wel|meestal niet)\b", re.IGNORECASE)


def lead(sentences: list[str], words: int = LEAD_WORDS, asked: str = "") -> list[str]:
    """The short answer's opening whole sentences, up to ``words`` (two at least): the rule, then its condition.
    ``asked``: the file's own question, put before an opening that points back at it."""
    out: list[str] = []
    for i, sentence in enumerate(sentences):
        if sentence.rstrip()[-1:] not in ".!?)":
            continue
        if len(out) >= 2 and sum(len(s.split()) for s in out) + len(sentence.split()) > words:
            break
        if out and points_back(sentence) and sentences[i - 1] not in out:
            break  # "Daarvoor is geen toestemming nodig" without what it points back at says yes to anything
        out.append(sentence)
    if out and asked.strip().endswith("?") and POINTS_BACK.match(out[0]):
        out[0] = f"{asked.strip()} {out[0]}"
    return out
