"""A national line's number said in a question is confirmed or corrected from the protected list, never echoed
wrong (red team round 23: "Kindertelefoon 0800-0423, klopt dat?" got a refusal)."""

from __future__ import annotations

import pytest

from assistant.answering.lines import number_check


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Kindertelefoon 0800-0423, klopt dat?", "Nee, dat klopt niet: het nummer van De Kindertelefoon is 0800-0432."),
        ("is het nummer van veilig thuis 0800 2001?", "Nee, dat klopt niet: het nummer van Veilig Thuis is 0800-2000."),
        ("klopt het dat veilig thuis 0800-2000 is?", "Ja, dat klopt: Veilig Thuis is bereikbaar op 0800-2000."),
    ],
)
def test_a_number_said_for_a_line_is_checked(question: str, said: str) -> None:
    assert number_check(question) == said
    assert "0423" not in number_check(question) and "2001" not in number_check(question)


@pytest.mark.parametrize(
    "question",
    [
        "mijn telefoon is 06-12345678, kan het wijkteam mij bellen?",
        "wat is het nummer van de kindertelefoon",
        "is 0800-2000 van veilig thuis of van de kindertelefoon?",  # two lines named: the cards answer
    ],
)
def test_no_check_without_one_line_and_a_number(question: str) -> None:
    assert number_check(question) == ""
