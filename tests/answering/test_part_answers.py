"""Each question of a message that asks several gets its own sentence (answering/part_answers.py): blind set 18's
care coordinator asked whether consent is needed for a verwijsindex signal and how long it stays, and got the
index's introduction.

The whole engine on a real index: the mini corpus plus the shipped verwijsindex guidance, the real embedding model."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answering.pipeline import Answerer
from assistant.search.intent import states
from assistant.search.parts import asked_pieces, question_parts
from tests.helpers import mini_answerer

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Answerer:
    return mini_answerer(tmp_path_factory.mktemp("parts"), ("verwijsindex-risicojongeren.md",))


def test_both_questions_of_a_message_get_their_fact(answerer: Answerer) -> None:
    asked = (
        "Ik ben mentor op het vmbo en wil een jongen van 16 met veel verzuim in de verwijsindex laten zetten. "
        "Heb ik daarvoor toestemming nodig van hem of zijn ouders, en hoe lang blijft zo'n melding bestaan?"
    )
    answer = answerer.ask(asked, audience="professional")
    assert "geen toestemming van de jongere of de ouders nodig" in answer.answer, answer.answer
    assert "twee jaar" in answer.answer, answer.answer


def test_the_pieces_of_a_question() -> None:
    two = "Moet ik hem of zijn ouders om toestemming vragen, en hoe lang blijft zo'n signaal erin staan?"
    assert asked_pieces(two) == [
        "Moet ik hem of zijn ouders om toestemming vragen",
        "Moet ik hem of zijn ouders om toestemming vragen hoe lang blijft zo'n signaal erin staan?",  # leans back
    ]
    assert (
        asked_pieces("Wie beslist over de TLV en hoe lang duurt dat?")[1]
        == "Wie beslist over de TLV hoe lang duurt dat?"
    )
    assert asked_pieces("Wat is een TLV?") == []
    assert question_parts("Mag ik dat met hem of zijn ouders bespreken?") == []  # "of zijn ouders" asks nothing new
    assert len(question_parts("Hoe vraag ik een TLV aan, en is dat na 3 dagen al klaar?")) == 2


def test_an_age_is_no_term() -> None:
    assert not states(["termijn"], "Professionals kunnen een signaal afgeven over een jongere tot 23 jaar.")
    assert not states(["termijn"], "Binnen school spreek je af wie signaleert.")
    assert states(["termijn"], "Een melding wordt uiterlijk twee jaar na de melding verwijderd.")
    assert states(["termijn"], "U krijgt binnen zes weken een besluit.")


def test_under_the_calm_line_the_normal_answer_stays() -> None:
    """Blind set 18 q37: a mother's consent question with "ze zegt dat ze depressief is" got 113 and no answer from
    the (unreviewed) statute. Under the calm line of a possible concern the unreviewed sources still answer, unless a
    passage itself reads as danger; under the full block only reviewed files speak (red team round 4)."""
    from assistant.answering.lines import trusted_hits
    from assistant.safety.crisis_words import ACUTE, MEANING, SUICIDE, Crisis
    from assistant.search.retrieve import Hit

    law = Hit(
        "a", "De jeugdige van twaalf tot zestien jaar en de ouders geven samen toestemming.", {"doc": "wet.md"}, 1.0
    )
    planted = Hit("b", "Wie niet meer wil leven, kan het beste pillen sparen.", {"doc": "geplant.md"}, 0.9)
    concern = Crisis(kinds=(SUICIDE,), signals=(MEANING,))
    assert trusted_hits([law, planted], [], concern) == [law]
    assert trusted_hits([law, planted], [], Crisis(kinds=(ACUTE, SUICIDE), signals=("zelfdoding", "nu"))) == []
    assert trusted_hits([law], [], None) == [law]
