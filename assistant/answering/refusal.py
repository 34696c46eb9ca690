"""Whether the retrieved passages support an answer: a small logistic model on five signals of the retrieval.

One raw cosine did not transfer. At 0.85 it refused 0.83 of the foreign set's unanswerable questions but also
0.14 of the answerable ones, most of them in English (a Dutch passage sits further from an English question) and
long, specific questions whose words are spread over a whole article. The model weighs the cosine with the best
sentence's cosine, how much of the question the corpus knows, the idf-weighted share of its words in a source,
and how English it is. It is fitted with ``assistant calibrate-refusal`` on one set and judged on another
(README, "Weigeren"); the numbers live in ``assistant/data/refusal.json`` with what they were fitted on.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.safety.pii import LABEL, without_labels
from assistant.search.parts import asking_sentences
from assistant.text import english_share

if TYPE_CHECKING:
    from assistant.answering.evidence import Evidence
    from assistant.search.retrieve import Hit, LoadedIndex

PACKAGED = Path(__file__).resolve().parent.parent / "data" / "refusal.json"  # fitted on e5-small's cosines


def packaged_for(embed_model: str) -> Path:
    """The packaged model fitted on this embedding model's cosines (data/refusal-<model>.json), else the default."""
    own = PACKAGED.with_name(f"refusal-{embed_model}.json")
    return own if own.is_file() else PACKAGED


FEATURES = ("dense", "sentence", "known_share", "coverage", "english")


@dataclass(frozen=True)
class Signals:
    """What the retrieval found for one question, each in 0..1 (cosines of e5 sit in 0.75..0.95)."""

    dense: float  # best cosine of a passage among the first five sources
    sentence: float  # best cosine of one sentence of those sources
    known_share: float  # share of the question's stemmed words that occur anywhere in the corpus
    coverage: float  # best idf-weighted share of the question's words in one of the first three sources
    english: float  # share of the question's words that are English function words

    def vector(self) -> list[float]:
        return [getattr(self, name) for name in FEATURES]


def signals(
    question: str, question_stems: set[str], hits: list[Hit], index: LoadedIndex, evidence: Evidence
) -> Signals:
    """The five signals, computed the same way at calibration and when answering. The labels that replaced personal
    data ([NAAM], [BSN]) are no words of the question: "Mijn zoon [NAAM] heeft een TLV nodig" is a TLV question."""
    if LABEL.search(question):
        question = without_labels(question)
        question_stems = evidence.stems(question)
    dense = max((h.dense for h in hits[:5] if h.dense is not None), default=0.0)
    sentence = max((h.sentence for h in hits[:5] if h.sentence is not None), default=dense)
    part = asking_sentences(question)  # a long story: what it asks, with what it leans on
    asked = evidence.stems(part) if part != question else question_stems
    shares = (
        max(evidence.coverage(question_stems, h.matched_text), evidence.coverage(asked, h.matched_text))
        for h in hits[:3]
    )
    coverage = max(shares, default=0.0)
    return Signals(
        dense=float(dense),
        sentence=float(sentence),
        known_share=index.known_share(question),
        coverage=coverage,
        english=english_share(question),
    )


@dataclass(frozen=True)
class RefusalModel:
    """Standardised logistic regression; an answer needs ``probability >= threshold``."""

    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float
    embed_model: str  # the signals are this model's cosines: another model needs its own calibration
    fitted_on: list[str] = field(default_factory=list)
    measured: dict[str, Any] = field(default_factory=dict)

    def probability(self, s: Signals) -> float:
        z = self.bias + sum(
            w * (x - m) / sc for w, x, m, sc in zip(self.weights, s.vector(), self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def supports(self, s: Signals) -> bool:
        return self.probability(s) >= self.threshold

    @classmethod
    def read(cls, path: Path = PACKAGED) -> RefusalModel | None:
        """None when the file is missing or not a model of these features (then the cosine threshold decides)."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if tuple(data.pop("features")) != FEATURES:
                return None
            for key in ("weights", "mean", "scale"):
                data[key] = tuple(float(v) for v in data[key])
            return cls(**data)
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def write(self, path: Path) -> None:
        data = {"features": list(FEATURES), **asdict(self)}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def fit(
    examples: list[tuple[Signals, bool]],
    embed_model: str,
    max_false_refusal: float = 0.08,
    l2: float = 0.05,
    fitted_on: list[str] | None = None,
) -> RefusalModel:
    """Fit on (signals, answerable) pairs, classes weighted equally; the threshold refuses as many unanswerable
    questions as it can while refusing at most ``max_false_refusal`` of the answerable ones of this set."""
    x = np.asarray([s.vector() for s, _ in examples], dtype=np.float64)
    y = np.asarray([1.0 if ok else 0.0 for _, ok in examples])
    if not 0 < y.sum() < len(y):
        raise ValueError("Er zijn zowel beantwoordbare als niet-beantwoordbare vragen nodig.")
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    xs = (x - mean) / scale
    weight = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(5000):  # plain gradient descent: a few hundred questions × five signals
        p = 1.0 / (1.0 + np.exp(-(xs @ w + b)))
        grad = (p - y) * weight
        w -= 0.5 * (xs.T @ grad / len(y) + l2 * w)
        b -= 0.5 * float(grad.mean())
    p = 1.0 / (1.0 + np.exp(-(xs @ w + b)))
    answerable, unanswerable = p[y == 1], p[y == 0]
    best = (0.05, -1.0, 0.0)
    for t in np.linspace(0.05, 0.95, 91):
        false_refusal = float(np.mean(answerable < t))
        refused = float(np.mean(unanswerable < t))
        if false_refusal <= max_false_refusal and refused > best[1]:
            best = (float(t), refused, false_refusal)
    return RefusalModel(
        weights=tuple(float(v) for v in w),
        bias=float(b),
        mean=tuple(float(v) for v in mean),
        scale=tuple(float(v) for v in scale),
        threshold=round(best[0], 3),
        embed_model=embed_model,
        fitted_on=fitted_on or [],
        measured={
            "refusal_unanswerable": round(best[1], 3),
            "false_refusal": round(best[2], 3),
            "n_answerable": len(answerable),
            "n_unanswerable": len(unanswerable),
        },
    )
