"""Each question of a message that asks several gets its own best sentence, when the answer so far leaves it out.

Blind set 18 (first sight): "Moet ik hem of zijn ouders om toestemming vragen, en hoe lang blijft zo'n signaal erin
staan?" got the verwijsindex's introduction; the guidance's "Daarvoor is geen toestemming … nodig" and "uiterlijk
twee jaar" were three passages down. The judges named "only part of the question answered" second most often. The
sentences chosen for the whole message are scored against each part; when a sentence of the first five prose
sources answers that part clearly better, it joins the answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from assistant.search.intent import kinds_of, states
from assistant.search.parts import asked_pieces
from assistant.search.retrieve import Hit

Chosen = tuple[float, int, int, str]
BETTER = 1.15  # a part's best sentence must beat what the answer already says for it by this much
FLOOR = 0.55  # and be a fair answer to the part on its own (support: coverage and meaning, 0..~1.3)
KIND_FLOOR = 0.25  # lower for a sentence that states the kind of fact asked (a term, a route)
MAX_ADDED = 2


class _Scorer(Protocol):
    def support(self, question: str, texts: list[str]) -> list[float]: ...


def part_answers(
    question: str,
    chosen: Sequence[Chosen],
    hits: list[Hit],
    by_rank: dict[int, list[str]],
    sentences_of: Callable[[Hit], list[str]],
    scorer: _Scorer,
) -> list[Chosen]:
    """The sentences to add, at most one per part and ``MAX_ADDED`` in all, best part first."""
    parts = asked_pieces(question)
    if not parts or not chosen:
        return []
    pool: dict[str, tuple[int, int]] = {}
    for rank, hit in enumerate(hits[:5]):
        if hit.metadata.get("kind") == "sociale_kaart":
            continue
        for pos, text in enumerate(by_rank.setdefault(rank, sentences_of(hit))):
            if text.rstrip()[-1:] in ".!?)" and len(text.split()) >= 5:
                pool.setdefault(text, (rank, pos))
    taken = {c[3] for c in chosen}
    texts = [t for t in pool if t not in taken]
    if not texts:
        return []
    added: list[tuple[float, Chosen]] = []
    for part in parts:
        # "hoe lang …?", "kan ik bezwaar maken?": only a sentence that states a term or a route answers it, and the
        # answer so far answers it only with such a sentence
        kinds = kinds_of(part)
        asked = [t for t in texts if states(kinds, t)] if kinds else texts
        so_far = [c[3] for c in chosen if not kinds or states(kinds, c[3])]
        if not asked:
            continue
        said = max(scorer.support(part, so_far), default=0.0)
        fits = scorer.support(part, asked)
        score, text = max((fit / (1 + 0.25 * pool[t][0]), t) for fit, t in zip(fits, asked, strict=True))
        floor = KIND_FLOOR if kinds else FLOOR
        if score >= floor and score >= BETTER * said and text not in {a[1][3] for a in added}:
            added.append((score, (0.0, *pool[text], text)))
    return [item for _, item in sorted(added, reverse=True)[:MAX_ADDED]]
