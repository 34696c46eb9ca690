"""Fit the refusal model (answering/refusal.py) on question sets with their indexes, and judge it on others.

Each set is ``INDEX:QUESTIONS[:SPLIT]``: the signals are read from that index, the labels from the questions'
``answerable`` field. Fit on one set (the shipped questions and the foreign set's half A), report on another
(half B): the figures of both go into the model file, so the choice stays visible.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from assistant.answering.pipeline import Answerer
from assistant.answering.refusal import RefusalModel, Signals, fit, signals
from assistant.config import Settings
from assistant.errors import WegwijsError
from assistant.search.retrieve import LoadedIndex
from assistant.tools.evaluate import load_questions


@dataclass(frozen=True)
class QuestionSet:
    index_dir: Path
    questions: Path
    split: str | None = None

    @classmethod
    def parse(cls, text: str) -> QuestionSet:
        parts = text.split(":")
        if len(parts) not in (2, 3) or not all(parts[:2]):
            raise WegwijsError(f"'{text}' is geen INDEX:VRAGEN[:SPLIT].")
        return cls(Path(parts[0]), Path(parts[1]), parts[2] if len(parts) == 3 and parts[2] else None)

    def label(self) -> str:
        half = f", helft {self.split.upper()}" if self.split else ""
        return f"{self.questions} (index {self.index_dir.name}{half})"


def collect(settings: Settings, question_set: QuestionSet) -> list[tuple[Signals, bool]]:
    """(signals, answerable) per question, read the way the answer pipeline reads them."""
    answerer = Answerer(LoadedIndex(settings.model_copy(update={"index_dir": question_set.index_dir})))
    index = answerer.index
    out = []
    for q in load_questions(question_set.questions, question_set.split):
        text = q.question.strip()
        if not text or len(text) > settings.max_question_chars:
            continue  # refused before retrieval, whatever the model says
        hits = index.retriever(top_k=settings.top_k, filters=index.filters_for(None, text)).hits(text)
        stems = answerer.evidence.stems(text)
        out.append((signals(text, stems, hits, index, answerer.evidence), q.answerable))
    return out


def judge(model: RefusalModel, examples: list[tuple[Signals, bool]]) -> dict[str, float | int]:
    answerable = [model.supports(s) for s, ok in examples if ok]
    unanswerable = [model.supports(s) for s, ok in examples if not ok]
    return {
        "refusal_unanswerable": round(sum(not s for s in unanswerable) / max(len(unanswerable), 1), 3),
        "false_refusal": round(sum(not s for s in answerable) / max(len(answerable), 1), 3),
        "n_answerable": len(answerable),
        "n_unanswerable": len(unanswerable),
    }


def calibrate(
    settings: Settings, fit_on: list[QuestionSet], check_on: list[QuestionSet], max_false_refusal: float = 0.08
) -> RefusalModel:
    examples = [pair for qs in fit_on for pair in collect(settings, qs)]
    embed_model = LoadedIndex(settings.model_copy(update={"index_dir": fit_on[0].index_dir})).manifest.embed_model
    model = fit(examples, embed_model, max_false_refusal=max_false_refusal, fitted_on=[qs.label() for qs in fit_on])
    checks = {qs.label(): judge(model, collect(settings, qs)) for qs in check_on}
    return replace(model, measured={"fit": model.measured, **checks})
