"""Scoring on evidence: a hit is the expected passage, not just the expected document; odd questions are refusals."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from assistant.answering.models import Answer, Source
from assistant.errors import QuestionError
from assistant.tools.bench import _scored, ask_latencies, retrieval_figures
from assistant.tools.evaluate import (
    EvalResult,
    Outcome,
    Question,
    answer_sentences,
    evaluate,
    fact_found,
    is_fragment,
    load_questions,
    ranks,
)


def src(doc: str, text: str, service_id: str = "") -> dict[str, Any]:
    return {"doc": doc, "text": text, "service_id": service_id}


def test_hit_needs_the_phrase_in_the_passage_not_just_the_document() -> None:
    q = Question(id="q", question="?", expected_doc="privacy/wet.md", expected_phrases=["ten hoogste 5  UREN"])
    sources = [
        src("privacy/wet.md", "Artikel 1. Begripsbepalingen."),
        src("overig/ander.md", "ten hoogste 5 uren per week"),
        src("privacy/wet.md", "Het kind kan voor Ten hoogste\n5 uren per week worden vrijgesteld."),
    ]
    assert ranks(q, sources) == (3, 1)  # passage level 3, documentniveau 1


def test_social_map_expectation_needs_the_service() -> None:
    q = Question(id="q", question="x", expected_doc="sociale-kaart/d.yaml#ggd", expected_phrases=["opvoeden"])
    sources = [src("sociale-kaart/d.yaml", "helpt bij opvoeden", "cjg"), src("sociale-kaart/d.yaml", "opvoeden", "ggd")]
    assert ranks(q, sources) == (2, 2)


def test_fact_recall_and_fragments() -> None:
    assert fact_found("ten hoogste 5 uren per week", "Vrijstelling voor ten hoogste 5 uren per week [1].")
    assert not fact_found("mededeling aan het hoofd", "U doet een mededeling aan de leerplichtambtenaar.")
    for fragment in [
        "Ja.",
        "Dit zijn de regels:",
        "https://wetten.overheid.nl/x",
        "Telefoon: 040 123 4567",
        "en dan nog het hoofd van de school.",
    ]:
        assert is_fragment(fragment), fragment
    for sentence in ["Een kind van 5 mag 5 uur per week thuisblijven.", "- de ouders melden dit aan het hoofd"]:
        assert not is_fragment(sentence), sentence
    assert answer_sentences("Eerste zin hier [1]. Tweede zin daar [2].\n\n- punt een") == [
        "Eerste zin hier .",
        "Tweede zin daar .",
        "- punt een",
    ]


def answer(text: str, sources: list[Source], refused: bool = False) -> Answer:
    return Answer(question="q", answer=text, refused=refused, sources=sources, timings_ms={"total": 1.0})


def test_answer_level_figures() -> None:
    q = Question(
        id="a", question="q", expected_doc="d.md", expected_phrases=["x"], expected_facts=["vijf uur", "hoofd"]
    )
    text = "Een kind mag vijf uur per week thuisblijven [1]. Ja."
    result = EvalResult([Outcome(q, answer(text, []), None, None)])
    figures = result.answer_figures()
    assert figures["fact_recall"] == 0.5
    assert figures["fragment_rate"] == 0.5


class Fake:
    """An answerer: "?" and over-long questions raise QuestionError like the pipeline's check step."""

    def ask(self, question: str, **_: Any) -> Answer:
        if not question.strip("? ") or len(question) > 2000:
            raise QuestionError("Stel een vraag van minder dan 2.000 tekens.")
        source = Source(doc="d.md", title="D", kind="plan", text="het arrangement rustpunt", score=1.0)
        return answer("Het arrangement Rustpunt helpt [1].", [source])


def questions_file(tmp_path: Path) -> Path:
    rows = [
        {
            "id": "1",
            "question": "wat is rustpunt?",
            "expected_doc": "d.md",
            "expected_phrases": ["Rustpunt"],
            "split": "A",
        },
        {"id": "2", "question": "?", "answerable": False, "split": "A"},
        {"id": "3", "question": "x" * 5000, "answerable": False, "split": "B", "voice": "other"},
    ]
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return path


def test_empty_and_overlong_questions_are_refusals(tmp_path: Path) -> None:
    asked = load_questions(questions_file(tmp_path))
    result = evaluate(Fake(), asked)  # type: ignore[arg-type]
    s = result.summary()
    assert s["hit@1"] == 1.0 and s["refusal_unanswerable"] == 1.0 and s["false_refusal"] == 0.0
    assert [q.id for q in load_questions(questions_file(tmp_path), "a")] == ["1", "2"]
    assert [q.id for q in load_questions(questions_file(tmp_path), "B")] == ["3"]


def test_bench_scores_passages_and_survives_odd_questions(tmp_path: Path) -> None:
    asked = load_questions(questions_file(tmp_path))
    base = _scored(asked, lambda q: [({"doc": "d.md"}, "ander stuk", 0.9), ({"doc": "d.md"}, "rustpunt", 0.8)])
    figures = retrieval_figures(base)
    assert figures["hit@1"] == 0.0 and figures["hit@3"] == 1.0 and figures["doc_hit@1"] == 1.0

    class Timed(Fake):
        def __init__(self) -> None:
            self.index = SimpleNamespace(_lock=threading.Lock(), _query_cache={})
            self.extractor = SimpleNamespace(_sentence_lock=threading.Lock(), _sentence_cache={})

    latency = ask_latencies(Timed(), asked, warmup=1)
    assert latency["n"] == 3 and latency["hit@5"] == 1.0
