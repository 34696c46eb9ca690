"""The refusal model: fitted on labelled signals, stored with what it was fitted on, read back the same."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from assistant.answering.refusal import FEATURES, PACKAGED, RefusalModel, Signals, fit
from assistant.errors import WegwijsError
from assistant.tools.calibrate import QuestionSet, judge


def _signals(answerable: bool, rng: random.Random, english: bool = False) -> Signals:
    base = 0.87 if answerable else 0.83
    dense = base + rng.uniform(-0.02, 0.02) - (0.03 if english else 0.0)
    return Signals(
        dense=dense,
        sentence=dense + rng.uniform(-0.01, 0.02),
        known_share=0.1 if english else rng.uniform(0.5, 0.9) if answerable else rng.uniform(0.0, 0.6),
        coverage=rng.uniform(0.1, 0.4) if answerable else rng.uniform(0.0, 0.15),
        english=0.4 if english else 0.0,
    )


def _examples(seed: int) -> list[tuple[Signals, bool]]:
    rng = random.Random(seed)
    out = [(_signals(True, rng), True) for _ in range(80)]
    out += [(_signals(True, rng, english=True), True) for _ in range(15)]
    out += [(_signals(False, rng), False) for _ in range(25)]
    return out


def test_fit_learns_to_refuse_and_keeps_english_questions(tmp_path: Path) -> None:
    model = fit(_examples(1), "e5-small", max_false_refusal=0.08)
    assert model.measured["false_refusal"] <= 0.08
    held_out = judge(model, _examples(2))  # another draw: the fit must carry over
    assert held_out["refusal_unanswerable"] >= 0.8
    assert held_out["false_refusal"] <= 0.15
    rng = random.Random(3)
    english = [model.supports(_signals(True, rng, english=True)) for _ in range(20)]
    assert sum(english) >= 16  # a lower cosine in English is not taken for "not in the sources"


def test_model_file_round_trip_and_refuses_a_foreign_file(tmp_path: Path) -> None:
    model = fit(_examples(1), "e5-small", fitted_on=["set A"])
    path = tmp_path / "refusal.json"
    model.write(path)
    again = RefusalModel.read(path)
    assert again == model
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES) and data["fitted_on"] == ["set A"]
    data["features"] = ["dense"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert RefusalModel.read(path) is None  # other features: the cosine threshold decides instead
    assert RefusalModel.read(tmp_path / "missing.json") is None
    path.write_text("{kapot", encoding="utf-8")
    assert RefusalModel.read(path) is None


def test_the_packaged_model_is_readable_and_says_what_it_was_fitted_on() -> None:
    model = RefusalModel.read(PACKAGED)
    assert model is not None and model.embed_model == "e5-small"
    assert model.fitted_on and 0.05 <= model.threshold <= 0.95
    assert model.measured["fit"]["false_refusal"] <= 0.1


def test_fit_needs_both_kinds_of_question() -> None:
    rng = random.Random(0)
    with pytest.raises(ValueError):
        fit([(_signals(True, rng), True) for _ in range(5)], "e5-small")


def test_question_set_syntax() -> None:
    assert QuestionSet.parse("/tmp/ix:vragen.jsonl:A") == QuestionSet(Path("/tmp/ix"), Path("vragen.jsonl"), "A")
    assert QuestionSet.parse("/tmp/ix:vragen.jsonl").split is None
    with pytest.raises(WegwijsError):
        QuestionSet.parse("alleen-een-pad")


def test_each_embedding_model_has_its_own_packaged_refusal_model() -> None:
    """The signals are one model's cosines: EmbeddingGemma's sit near 0.5 where e5's sit near 0.85, so a model fitted
    on one would refuse everything (or nothing) on the other."""
    from assistant.answering.refusal import PACKAGED, RefusalModel, packaged_for

    assert packaged_for("e5-small") == PACKAGED and packaged_for("iets-anders") == PACKAGED
    for name in ("e5-small", "embeddinggemma-300m"):
        model = RefusalModel.read(packaged_for(name))
        assert model is not None and model.embed_model == name
