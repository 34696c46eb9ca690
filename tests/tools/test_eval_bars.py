"""The shipped corpus and eval set keep the engine's quality bars (builds the real index: a few minutes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer import Answerer
from assistant.config import Settings
from assistant.evaluate import evaluate, load_questions
from assistant.ingest import ingest
from assistant.retrieve import LoadedIndex

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_shipped_corpus_meets_the_bars(tmp_path: Path) -> None:
    settings = Settings(corpus_dir=ROOT / "corpus", index_dir=tmp_path / "index")
    report = ingest(settings)
    assert not report.failed, report.failed
    questions = load_questions(ROOT / "tests" / "eval" / "questions.jsonl")
    assert len([q for q in questions if q.answerable]) >= 60
    assert len([q for q in questions if not q.answerable]) >= 10

    summary = evaluate(Answerer(LoadedIndex(settings)), questions).summary()

    assert summary["hit@5"] >= 0.90, summary
    # Measured 0.854 (deterministic: exact search); 0.826 without the best-sentence ranking, which this would catch.
    assert summary["mrr"] >= 0.84, summary
    assert summary["refusal_unanswerable"] >= 0.8, summary
    assert summary["false_refusal"] <= 0.1, summary
