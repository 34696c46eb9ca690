"""A question that names one national line is answered from that line's card (red team I7: "Is 112 alleen voor
volwassenen?" opened with the 113 card, whose text says "hulp voor iedereen")."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.answering.pipeline import Answerer
from assistant.config import Settings
from assistant.corpus.protected import services_named_in
from assistant.index.ingest import ingest
from assistant.search.retrieve import LoadedIndex

SHIPPED = Path(__file__).resolve().parent.parent.parent / "corpus"


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Is 112 alleen voor volwassenen?", ["alarmnummer-112"]),
        ("Is Veilig-Thuis ook voor kinderen?", ["veilig-thuis"]),
        ("kan ik 0800-0113 anoniem bellen?", ["113-zelfmoordpreventie"]),
        ("Wat doet de Kindertelefoon?", ["kindertelefoon"]),
        ("Wat is een TLV?", []),
        ("Mijn kind zit in groep 112?", ["alarmnummer-112"]),
        ("is het AMK alleen voor professionals?", ["veilig-thuis"]),  # red team round 8 (H1): its old name
        ("is het kindernummer 's avonds open?", ["kindertelefoon"]),
        ("Hij gedraagt zich nogal kinderlijk.", []),
    ],
)
def test_the_lines_a_question_names(question: str, named: list[str]) -> None:
    assert services_named_in(question) == named


@pytest.fixture(scope="module")
def national(tmp_path_factory: pytest.TempPathFactory) -> Answerer:
    base = tmp_path_factory.mktemp("national")
    (base / "corpus" / "sociale-kaart").mkdir(parents=True)
    shutil.copy(SHIPPED / "_regios.yaml", base / "corpus" / "_regios.yaml")
    shutil.copy(SHIPPED / "sociale-kaart" / "landelijk.yaml", base / "corpus" / "sociale-kaart" / "landelijk.yaml")
    (base / "corpus" / "privacy").mkdir()
    guidance = "melden-veilig-thuis-zonder-toestemming.md"  # a guidance text about Veilig Thuis, not its card
    shutil.copy(SHIPPED / "privacy" / guidance, base / "corpus" / "privacy" / guidance)
    settings = Settings(corpus_dir=base / "corpus", index_dir=base / "index", data_dir=base / "data")
    assert ingest(settings).build_id
    return Answerer(LoadedIndex(settings))


@pytest.mark.parametrize(
    ("question", "service"),
    [
        ("Is 112 alleen voor volwassenen?", "alarmnummer-112"),
        ("Kan ik de Kindertelefoon ook mailen?", "kindertelefoon"),
        ("Is Veilig Thuis 's nachts gesloten?", "veilig-thuis"),
        ("Is 112 ook voor kinderen?", "alarmnummer-112"),  # round 3: also when the first search missed its card
        ("Mag een kind van 10 zelf 112 bellen?", "alarmnummer-112"),
        ("is het AMK alleen voor professionals?", "veilig-thuis"),  # red team round 8: the old name
    ],
)
def test_the_named_line_leads_and_no_other_line_speaks_for_it(national: Answerer, question: str, service: str) -> None:
    answer = national.ask(question)
    assert not answer.refused and answer.sources[0].service_id == service, [s.service_id for s in answer.sources]
    others = [s.title for s in answer.sources[1:3] if s.doc.endswith("landelijk.yaml")]
    assert not any(title.split(":")[0] in answer.answer.split("[1]")[0] for title in others), answer.answer


def test_a_permission_question_about_a_line_is_answered_from_the_guidance(national: Answerer) -> None:
    answer = national.ask("Mag ik bij Veilig Thuis melden zonder toestemming van de ouders?")
    assert answer.sources[0].kind == "privacy" and "zonder toestemming" in answer.answer.split("[1]")[0]


def test_a_line_s_number_asked_inside_a_story_is_answered_from_its_card() -> None:
    """Red team round 12 (F6): a long message that asks for the Kindertelefoon's number was refused, with its signed
    card as source 1."""
    from assistant.answering.lines import line_card_answers
    from assistant.corpus.protected import LANDELIJK
    from assistant.search.retrieve import Hit

    card = Hit("n1", "De Kindertelefoon", {"doc": LANDELIJK, "service_id": "kindertelefoon"}, 0.6)
    other = Hit("n2", "Meldcode", {"doc": "privacy/meldcode.md"}, 0.4)
    question = (
        "mijn dochter leest een boek over een meisje dat wegloopt en vraagt of de Kindertelefoon echt bestaat, wat is "
        "dat nummer?"
    )
    assert line_card_answers(question, [card, other]) == [card]
    assert line_card_answers(question, [other, card]) == []  # only when the card came first
    assert line_card_answers("bestaat de Kindertelefoon echt?", [card, other]) == []  # no fact of the line asked
