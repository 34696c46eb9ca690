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

    # Document level (the right document or service among the sources): measured 0.904 / 0.794 on 2026-12-02 on the
    # 114 answerable questions with up to 3 passages per document (0.921 / 0.828 with 1).
    assert summary["doc_hit@5"] >= 0.88, summary
    assert summary["doc_mrr"] >= 0.77, summary
    # Passage level (an expected phrase inside a returned passage), the stricter figure: 0.719 / 0.551 on 114
    # questions (first sight with one passage per document: 0.570 / 0.505). These bars keep it from sliding back;
    # the target is 0.90 / 0.75 (issue 15).
    assert summary["hit@5"] >= 0.69, summary
    assert summary["mrr"] >= 0.52, summary
    assert summary["refusal_unanswerable"] >= 0.8, summary
    assert summary["false_refusal"] <= 0.1, summary
