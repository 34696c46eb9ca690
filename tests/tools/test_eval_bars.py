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

    answerer = Answerer(LoadedIndex(settings))
    summary = evaluate(answerer, questions).summary()

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
    # Answers: facts stated 0.526, fragments 0.000 of 537 sentences (0.449 before cards with their facts, companions
    # and the PDF plan read in sections).
    assert summary["fact_recall"] >= 0.47, summary
    assert summary["fragment_rate"] <= 0.02, summary
    assert summary["false_refusal"] <= 0.1, summary

    # Answers a blind reviewer judged wrong or unusable (2026-12-03), each now with what it depended on.
    def answer(question: str) -> str:
        return answerer.ask(question).answer

    teacher = answer(
        "een leerling van 8 uit mijn klas had vandaag blauwe plekken en zei dat papa boos was. ik ben bang dat de "
        "ouders haar van school halen als ik met ze praat. mag ik veilig thuis bellen zonder het eerst te zeggen?"
    )
    assert "overslaan" in teacher, teacher  # the exception to "Normaal vertel je de ouders vooraf"
    worker = answer(
        "ik ben jeugdhulpverlener en begeleid een jongen van 14. zijn ouders vinden het prima dat ik de mentor op "
        "de hoogte hou, maar hij wil zelf niet dat school iets weet. mag ik terugkoppelen?"
    )
    assert "12 tot 16" in worker, worker  # the age rule: the young person's consent as well as the parents'
    complaint = answer(
        "ik wil een klacht indienen over hoe samenwerkingsverband rivierenland-oost onze aanvraag heeft behandeld"
    )
    assert "klachten@rivierenland-oost.example" in complaint, complaint  # the PDF plan's own complaint section
    arrangement = answer(
        "ons zoontje zit in tiel op school en het arrangement koers is afgewezen. wij zijn het daar niet mee eens. "
        "kunnen we hier iets tegen doen en hoelang hebben we daarvoor?"
    )
    assert "heroverweging" in arrangement and "vier weken" in arrangement, arrangement  # the route, from source 3
    # Blind set 11: an English question shares no words with a second source, so only the best one speaks (it got
    # a TLV deadline under the Dutch class).
    taalhaven = answer(
        "Hello, we moved to Tiel from Eritrea. My daughter is 9 and does not speak Dutch yet. Is there a special "
        "class where she can learn Dutch first? And how long does that take?"
    )
    assert "Taalhaven" in taalhaven and "[2]" not in taalhaven and "15 maart" not in taalhaven, taalhaven
    # A crisis whose words match no passage well enough, with the national service for it retrieved: that card is
    # the answer, not a refusal (2026-12-03: "verkracht" got the crisis block and "Dit staat niet in de bronnen").
    rape = answerer.ask("mijn dochter is op een feestje verkracht, wat moeten we nu doen??")
    assert (
        not rape.refused
        and "0800-0188" in rape.answer
        and [s.title for s in rape.sources] == ["Centrum Seksueel Geweld"]
    ), rape.answer
