"""The kind of question, in the sources' own words (search/intent.py)."""

from __future__ import annotations

import pytest

from assistant.search.intent import kinds_of, states, word_query


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("de tlv is afgewezen, kan ik daar iets tegen doen en hoeveel tijd heb ik?", {"bezwaar", "termijn"}),
        ("ik ben het niet eens met het opp", {"bezwaar"}),
        ("hoe lang is een tlv geldig?", {"termijn"}),
        ("wie beslist over de toestemming voor foto's?", {"wie_beslist"}),
        ("mag ik als juf het verslag van de psycholoog doorsturen naar jeugdhulp?", {"delen"}),
        ("wat is een arrangement?", set()),
        ("welke hulp is er in Helmond bij pesten?", set()),
    ],
)
def test_the_kind_of_question_is_read_from_how_it_is_asked(question: str, kinds: set[str]) -> None:
    assert set(kinds_of(question)) == kinds


def test_the_word_index_gets_the_sources_words_once_and_other_questions_stay_as_asked() -> None:
    asked = "de tlv is afgewezen, wat nu?"
    assert word_query(asked).startswith(asked) and "bezwaar" in word_query(asked).split()
    assert word_query("wat is een arrangement?") == "wat is een arrangement?"


def test_a_sentence_states_the_fact_asked_for() -> None:
    assert states(["termijn"], "Het samenwerkingsverband beslist binnen zes weken.")
    assert states(["bezwaar"], "U kunt bezwaar maken bij het samenwerkingsverband.")
    assert not states(["termijn"], "Het samenwerkingsverband beslist of een leerling toelaatbaar is.")
    assert not states([], "binnen zes weken")
