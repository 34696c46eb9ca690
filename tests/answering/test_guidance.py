"""A guidance file's short answer leads a rule question (answering/guidance.py): the teacher who asks whether a
class photo may go on Instagram reads the rule (consent, from the parents under 16) before any list of conditions.

The whole engine on a real index: the mini corpus plus the shipped photo guidance, the real embedding model."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answering.guidance import ASKS_RULE, lead, sources_last
from assistant.answering.pipeline import Answerer
from assistant.search.retrieve import Hit
from tests.helpers import mini_answerer

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Answerer:
    guidance = ("foto-en-video-in-de-klas.md", "aanmelding-met-schone-lei.md")
    return mini_answerer(tmp_path_factory.mktemp("guidance"), guidance)


def test_a_rule_question_gets_the_short_answer_first(answerer: Answerer) -> None:
    answer = answerer.ask("mag ik fotos van mijn klas op de instagram van school zetten", audience="professional")
    assert not answer.refused
    first = answer.answer.split(" [1] ")[:3]
    assert any("toestemming nodig" in s for s in first), answer.answer
    assert any("van de ouders als de leerling jonger is dan 16 jaar" in s for s in first), answer.answer
    assert answer.answer.index("toestemming nodig") < answer.answer.index("Per doel")


def test_the_short_answer_sentence_that_fits_the_case_joins_the_rule(answerer: Answerer) -> None:
    """Blind set 10, the one wrong answer: a girl of 12 who withdrew her consent got only "below 16 the parents
    decide"; the short answer's own sentence on withdrawing from 12 now joins the rule."""
    answer = answerer.ask(
        "ik wil foto's van de schoolreis op instagram zetten. een meisje van 12 wil echt niet online, maar haar ouders "
        "hebben wel ja aangekruist. wat mag ik nu?",
        audience="professional",
    )
    assert "mag de toestemming wel zelf intrekken" in answer.answer, answer.answer
    assert answer.answer.index("toestemming nodig") < answer.answer.index("zelf intrekken")


def test_the_lead_is_whole_sentences_within_its_words() -> None:
    sentences = [f"Zin nummer {n} over de regel en de voorwaarde." for n in range(10)] + ["Kop zonder punt"]
    opening = lead(sentences, words=20)
    assert opening == sentences[:2]  # two at least, then only while within the words
    assert lead(["Een.", "Twee.", "Drie."], words=100) == ["Een.", "Twee.", "Drie."]
    assert lead(["Alleen een kop"]) == []


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("mag ik een foto van de klas op facebook zetten", True),
        ("moeten we toestemming vragen voor het OKR?", True),
        ("is het toegestaan om de map te bewaren", True),
        ("can I send the report by whatsapp?", True),
        ("wat is een verwijsindex", False),
        ("waar vind ik een logopedist in deurne", False),
    ],
)
def test_a_rule_question_is_told_by_its_verb(question: str, asks: bool) -> None:
    assert bool(ASKS_RULE.search(question)) is asks


def test_the_passage_with_the_question_s_words_moves_up(answerer: Answerer) -> None:
    """Fusion ranks a plan's passages by the plan's votes first: a passage holding the question's own rare words
    ("opp", "instemmen") moves above a close neighbour that shares only its story words (evidence.by_wording)."""
    from assistant.answering.evidence import Evidence
    from assistant.search.retrieve import Hit

    evidence = answerer.evidence
    question = evidence.stems("moet ik instemmen met het opp als ik het niet eens ben met de hulp?")
    neighbour = Hit("a", "Bent u het niet eens met het besluit over een TLV? Dan kunt u bezwaar maken.", {}, 0.60)
    right = Hit(
        "b", "Ouders moeten instemmen met het handelingsdeel van het OPP: de hulp die de school geeft.", {}, 0.55
    )
    far = Hit("c", "Het zwembad is op vrijdag open.", {}, 0.58)
    assert [h.node_id for h in evidence.by_wording(question, [neighbour, far, right], 2)] == ["b", "a"]
    unweighted = evidence.settings.model_copy(update={"wording_rerank": 0.0})
    plain = Evidence(answerer.index, unweighted)
    assert [h.node_id for h in plain.by_wording(question, [neighbour, far, right], 2)] == ["a", "c"]


def test_an_opening_that_points_back_carries_its_own_question() -> None:
    """Red team round 11 (F2, L2b): "Dat mag zonder toestemming …" opened the answer to "moet school bij nood eerst
    de ouders bellen of 112?"; read under another question it says yes to that one. Its file's question goes first."""
    asked = "Mag ik bij Veilig Thuis melden zonder toestemming van de ouders?"
    opening = lead(
        ["Dat mag zonder toestemming (Wmo 2015 art. 5.2.6).", "Normaal vertel je het de ouders wel."], asked=asked
    )
    assert opening[0] == f"{asked} Dat mag zonder toestemming (Wmo 2015 art. 5.2.6)."
    plain = lead(["Toestemming is nodig per kanaal.", "Onder 16 geven de ouders die."], asked=asked)
    assert plain[0] == "Toestemming is nodig per kanaal."  # a rule that stands on its own stays as it is


def test_a_sentence_that_points_back_never_leads_without_what_it_points_at() -> None:
    """Red team round 13 (G14): "Daarvoor is geen toestemming van ouders nodig" — said of the onderwijskundig
    rapport — opened the answer about a psychologist's report, whose list item had been lost."""
    listed = ["Ouders mogen zelf bepalen wat zij vertellen.", "Er gelden drie regels:", "Daarvoor is geen toestemming."]
    assert lead(listed) == ["Ouders mogen zelf bepalen wat zij vertellen."]  # the lead-in is no whole sentence
    whole = ["Het rapport gaat altijd mee.", "Daarvoor is geen toestemming nodig."]
    assert lead(whole) == whole


def test_a_psychologists_report_is_not_answered_with_the_school_reports_rule(answerer: Answerer) -> None:
    answer = answerer.ask(
        "mag de mentor het verslag van de schoolpsycholoog over mijn dochter van 13 doorsturen naar haar nieuwe "
        "school zonder mijn toestemming?"
    )
    text = answer.answer
    assert "alleen met toestemming" in text, text
    if "Daarvoor is geen toestemming" in text:  # only right after the sentence about the onderwijskundig rapport
        before = text[: text.index("Daarvoor is geen toestemming")]
        assert before.rstrip().rsplit(". [", 1)[0].endswith("WVO 2020)") or "onderwijskundig rapport" in before[-250:]


def test_a_list_of_laws_goes_after_the_first_answer_unless_the_law_is_asked() -> None:
    """Blind set 17: "## Bron … zijn gebaseerd op: de Wet …" led "kun je de vijf stappen … op een rij zetten?"."""
    laws = Hit("b", "## Bron\nDe meldcode en de vijf stappen zijn gebaseerd op: de Wet verplichte meldcode.", {}, 0.8)
    steps = Hit("s", "## Kort antwoord\nDe meldcode heeft ten minste vijf stappen.", {}, 0.7)
    other = Hit("o", "## Wie beslist\nDe aandachtsfunctionaris coördineert.", {}, 0.6)
    asked = "kun je de vijf stappen van de meldcode op een rij zetten? is dat wettelijk verplicht?"
    assert [h.node_id for h in sources_last(asked, [laws, steps, other])] == ["s", "b", "o"]
    assert [h.node_id for h in sources_last("op welk wetsartikel rust de meldcode?", [laws, steps])] == ["b", "s"]
    assert sources_last(asked, [laws]) == [laws]
