"""Who helps with what the sources leave out: a medicine dose, taxes, child benefit, a job at 15, a teacher's cao, a
divorce. A refusal names that body (``prompts/buiten-de-bronnen.yaml``), not the school and youth-care desks, which
would only send the reader on again (blind review, set 7: a medicine question got the CJG and the Kinderombudsman);
an answer about the rest of a question says which part the sources leave out, and who answers that part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.answering.lines import number_check
from assistant.corpus.schema import SOCIAL_MAP
from assistant.search.parts import asking_sentences
from assistant.search.retrieve import Hit
from assistant.text import english_share

TABLE = "buiten-de-bronnen.yaml"
MAX_TOPICS = 2


@dataclass(frozen=True)
class OutsideTopic:
    name: str
    words: re.Pattern[str]
    who: str


@dataclass(frozen=True)
class OutsideTable:
    refusal: str  # "Voor vragen over {onderwerp} kunt u terecht bij {wie}"
    partly: str  # "Over {onderwerp} staat niets in de bronnen van Wegwijs. Daarvoor …"
    topics: tuple[OutsideTopic, ...]


@lru_cache(maxsize=8)
def load_table(prompts_dir: Path) -> OutsideTable:
    """The table, read once per prompts folder; a missing table means no such topics."""
    path = prompts_dir / TABLE
    if not path.exists():
        return OutsideTable("", "", ())
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    topics = tuple(
        OutsideTopic(str(r["onderwerp"]), re.compile(str(r["woorden"])), str(r["wie"]).strip())
        for r in data.get("onderwerpen", [])
    )
    return OutsideTable(str(data.get("weigering", "")), str(data.get("deels", "")), topics)


def _flat(text: str) -> str:
    return " ".join(text.lower().split())


def outside_topics(question: str, prompts_dir: Path) -> list[OutsideTopic]:
    """The topics outside the sources that the question is about, in the table's order (at most two). In a long
    story only what it asks counts: a father who just lost his job or a former pupil now at the mbo is background,
    not the question (blind set 13: a note on pay and conditions above a truancy answer)."""
    text = _flat(asking_sentences(question, lean=False))
    return [t for t in load_table(prompts_dir).topics if t.words.search(text)][:MAX_TOPICS]


def referral_lines(question: str, prompts_dir: Path) -> list[str]:
    """For a refusal: who answers each outside topic of the question."""
    template = load_table(prompts_dir).refusal
    return [template.format(onderwerp=t.name, wie=t.who) for t in outside_topics(question, prompts_dir)]


def uncovered_note(question: str, passages: list[str], prompts_dir: Path) -> str:
    """After an answer: the outside topics of the question that its passages do not mention, with who answers them
    ("kan ik De Kansel aftrekken van de belasting?" gets the service card, then the Belastingdienst). A national
    line's number said in the question is confirmed or corrected first (answering/lines.py)."""
    checked = number_check(question)
    if english_share(question) >= 0.3:  # English words never appear in the Dutch passages: no note from them
        return checked
    template = load_table(prompts_dir).partly
    shown = [_flat(p) for p in passages]
    lines = [
        template.format(onderwerp=t.name, wie=t.who)
        for t in outside_topics(question, prompts_dir)
        if not any(t.words.search(p) for p in shown)
    ]
    return checked + "".join(f"\n\n{line}" for line in lines)


# An answer about the rest of a question needs this much support from the refusal model (answering/evidence.py)
# when the passages do not mention the question's outside topic at all. Below it, the sources only share its other
# words ("de kosten van huiswerkbegeleiding aftrekken", "how do I apply for child benefit"), and the topic's own
# body is the answer. Chosen on the shipped and foreign sets and blind sets 1-10: 12 such questions refused, no
# answerable one (the lowest answerable, "mijn ex heeft geen gezag zegt mijn advocaat …", has 0.78).
OUTSIDE_SUPPORT = 0.75


# Words that ask how, not about what: "Hoe maak ik bezwaar tegen mijn belastingaanslag?" asks about the tax only (red
# team round 19 got the TLV objection route, which shares "bezwaar").
_HOW = frozenset(
    {"bezwaar", "maken", "aanvragen", "aanvraag", "kosten", "regelen", "krijgen", "hoeveel", "wanneer", "waarom",
     "welke", "werkt", "betalen", "terug", "zoon", "dochter", "kinderen", "week", "weken", "maand", "jaren", "moeten",
     "kunnen", "mogen", "indienen", "naast", "school", "tegen", "heeft", "hebben", "worden"}
)  # fmt: skip


def _asks_more(question: str, prompts_dir: Path) -> bool:
    """Whether the question names something besides its outside topic and how-words (a rest the sources may answer)."""
    text = _flat(asking_sentences(question, lean=False))
    topics = outside_topics(question, prompts_dir)
    for topic in topics:
        text = topic.words.sub(" ", text)
    return not topics or any(w not in _HOW for w in re.findall(r"[^\W\d_]{5,}", text))


def only_outside(question: str, hits: list[Hit], support: float | None, prompts_dir: Path) -> bool:
    """Whether the question is about a topic outside the sources that its best passages never mention, with too
    little support for an answer about the rest: then the refusal names who answers that topic. A question that
    names a social-map service among the best two ("kan het wijkteam in helmond ons helpen?") has a rest to answer."""
    if support is None or (support >= OUTSIDE_SUPPORT and _asks_more(question, prompts_dir)):
        return False
    passages = [h.matched_text for h in hits[:2]]
    titles = [str(h.metadata.get("title", "")) for h in hits[:2] if h.metadata.get("kind") == SOCIAL_MAP]
    asked = set(re.findall(r"\w{5,}", question.casefold()))
    if any(asked & set(re.findall(r"\w{5,}", title.casefold())) for title in titles):
        return False
    topics = outside_topics(question, prompts_dir)
    shown = [_flat(p) for p in passages]
    return bool(topics) and not any(t.words.search(p) for t in topics for p in shown)
