"""The shipped corpus and eval set keep the engine's quality bars (builds the real index: a few minutes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answering.pipeline import Answerer
from assistant.config import Settings
from assistant.index.ingest import ingest
from assistant.search.retrieve import LoadedIndex
from assistant.tools.evaluate import evaluate, load_questions

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.mark.slow
def test_shipped_corpus_meets_the_bars(tmp_path: Path) -> None:
    settings = Settings(corpus_dir=ROOT / "corpus", index_dir=tmp_path / "index")
    report = ingest(settings)
    assert not report.failed, report.failed
    questions = load_questions(ROOT / "tests" / "eval" / "questions.jsonl")
    assert len([q for q in questions if q.answerable]) >= 60
    assert len([q for q in questions if not q.answerable]) >= 10

    summary = evaluate(Answerer(LoadedIndex(settings)), questions).summary()

    # Document level (the right document or service among the sources): 0.912 / 0.820 on 2026-12-03 with
    # structure-aware 512-token passages and per-passage fusion (0.904 / 0.794 with the recipe before).
    assert summary["doc_hit@5"] >= 0.88, summary
    assert summary["doc_mrr"] >= 0.79, summary
    # Passage level (an expected phrase inside a returned passage), the stricter figure: 0.860 / 0.720 on 114
    # questions (0.719 / 0.551 with the recipe before; first sight 0.570 / 0.505). These bars keep it from sliding
    # back; the target is 0.90 / 0.75 (issue 15). Refusal by the model: 0.938 / 0.053.
    assert summary["hit@5"] >= 0.83, summary
    assert summary["mrr"] >= 0.69, summary
    assert summary["refusal_unanswerable"] >= 0.85, summary
    # Answers: facts stated 0.453, fragments 0.000 of 388 sentences.
    assert summary["fact_recall"] >= 0.42, summary
    assert summary["fragment_rate"] <= 0.02, summary
    assert summary["false_refusal"] <= 0.1, summary
