"""Who decides at which age: the guidance on the consent ages answers first (red team round 9, A1-A3)."""

from __future__ import annotations

import pytest

from assistant.answering.ages import ages_first
from assistant.search.retrieve import Hit


def _hit(node: str, title: str, kind: str = "privacy") -> Hit:
    return Hit(node, "tekst", {"kind": kind, "doc": f"privacy/{node}.md", "title": title}, 0.5)


SHARING = _hit("delen", "Mag ik met toestemming van ouders informatie delen met jeugdhulp?")
AGES = _hit("leeftijd", "Wie geeft toestemming op welke leeftijd: de ouders, het kind of allebei?")


@pytest.mark.parametrize(
    "question",
    [
        "vanaf welke leeftijd mag een kind zelf beslissen over jeugdhulp?",
        "mijn dochter is 11 en wil zelf beslissen of ze naar de psycholoog gaat, mag dat?",
        "kind 15 jaar wil zelf naar de huisarts voor de pil, moeten ouders toestemming geven?",
        "wie geeft toestemming voor een gesprek met de jeugdarts als mijn kind 12 is?",
    ],
)
def test_a_question_about_the_age_that_decides_gets_the_ages_first(question: str) -> None:
    assert ages_first(question, [SHARING, AGES])[0] is AGES


@pytest.mark.parametrize(
    "question",
    ["mag ik met toestemming van de ouders informatie delen met het wijkteam?", "mijn zoon is 9, wat is een TLV?"],
)
def test_other_questions_keep_their_order(question: str) -> None:
    assert ages_first(question, [SHARING, AGES])[0] is SHARING
