"""What a question asks for beyond the sources: an amount (and whether a sentence states it), an opinion."""

from __future__ import annotations

import pytest

from assistant.answering.amounts import Amount, asked_amounts, asking_words, states_amount
from assistant.answering.scope import asks_opinion


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hoeveel uur mag ik werken in de zomervakantie als ik 15 ben?", [Amount("count", "uur")]),
        ("Wat kost een cursus Positief Opvoeden?", [Amount("money")]),
        ("hoelang moeten we leerlingdossiers bewaren?", [Amount("duration")]),
        ("binnen hoeveel tijd beslist de commissie?", [Amount("duration")]),
        ("uit hoeveel leden moet een mr bestaan?", [Amount("count", "leden")]),
        ("hoeveel moeten ze me betalen?", [Amount("money")]),  # not also a count of "moeten"
        ("Hoeveel mag een school vragen voor een kluisje?", [Amount("money")]),
        ("wie beslist over de tlv?", []),
        ("mag ik het dossier inzien?", []),
    ],
)
def test_the_amount_a_question_asks_for(question: str, expected: list[Amount]) -> None:
    assert asked_amounts(question) == expected


@pytest.mark.parametrize(
    ("amount", "sentence", "states"),
    [
        (Amount("count", "uur"), "in vier lesweken in totaal zestien uren les- of praktijktijd heeft verzuimd", True),
        (Amount("count", "uur"), "De professional is een paar uur per week op school.", False),  # no number
        (Amount("count", "leden"), "De raad bestaat uit ten minste drie leden.", True),
        (Amount("count", "leden"), "De raad telt 12 ouders.", False),
        (Amount("money"), "Er zijn geen kosten.", True),
        (Amount("money"), "De gemeente regelt het vervoer.", False),
        (Amount("duration"), "De commissie beslist binnen zes weken.", True),
        (Amount("duration"), "Het AMHK bewaart de gegevens tot het jongste kind meerderjarig is.", True),
        (Amount("duration"), "De aanvraag moet uiterlijk 1 april binnen zijn.", True),
        (Amount("duration"), "De commissie beslist zo snel mogelijk.", False),
    ],
)
def test_whether_a_sentence_states_the_amount(amount: Amount, sentence: str, states: bool) -> None:
    assert states_amount(amount, sentence) is states


def test_the_asking_words_are_not_the_topic() -> None:
    assert "uur" in asking_words("hoeveel uur mag ik werken?") and "werken" not in asking_words("hoeveel uur werken")


@pytest.mark.parametrize(
    "question",
    [
        "mijn zoon van 11 heeft adhd. denk jij dat hij later havo gaat halen of wordt het vmbo?",
        "Denkt u dat het wijkteam onze aanvraag gaat toekennen?",
        "Wat vindt u van de bezuinigingen op passend onderwijs?",
        "wat is de beste basisschool in deurne??",
        "welke methode voor begrijpend lezen werkt het best voor groep 5?",
        "Welk busbedrijf is het goedkoopst voor een werkweek?",
        "Beste basisschool in Tiel?",
        "Which international school in the region has the best reputation?",
        "Vind jij het terecht dat leerkrachten geen WhatsApp meer mogen gebruiken?",
        "Is Arrangement Koers of Arrangement Dubbelspoor beter voor mijn zoon?",
        "hoe groot is de kans dat ik gelijk krijg als ik bezwaar maak?",
    ],
)
def test_predictions_opinions_and_rankings(question: str) -> None:
    assert asks_opinion(question)


@pytest.mark.parametrize(
    "question",
    [
        "wat kan ik het beste doen als mijn kind gepest wordt?",
        "hoe kan ik de school het best benaderen?",
        "wat is de beste manier om dit met de juf te bespreken?",
        "welke instantie is het best bereikbaar in het weekend?",
        "denk je dat de school dit mag doen zonder toestemming?",
        "Beste meneer, mijn zoon wordt gepest. Wat kan ik doen?",
        "welke hulp past het best bij mijn kind met angst?",
        "is het beter voor mijn kind om eerst met de juf te praten?",
        "is een gesprek met de ib'er beter dan meteen een klacht indienen?",
    ],
)
def test_ordinary_questions_are_not_opinions(question: str) -> None:
    assert not asks_opinion(question)
