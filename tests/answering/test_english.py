"""An English question gets Wegwijs's own words in English (blind set 19: a refusal, a card and a law answered wholly in
Dutch to a parent new to the Netherlands); quoted source text stays as the sources say it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assistant.answering.cards import card_line
from assistant.answering.english import for_english_reader, in_another_language
from assistant.text import is_fragment, prompt, sentences
from tests.helpers import mini_answerer

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return mini_answerer(tmp_path_factory.mktemp("english"), ())


def test_every_english_text_has_its_dutch_original_and_keeps_its_numbers_and_placeholders() -> None:
    for english in (PROMPTS / "en").glob("*.md"):
        dutch = prompt(PROMPTS, english.stem)
        target = english.read_text(encoding="utf-8")
        for token in ("](/bel/", "0800-2000", "0800-0432", "0800-0113", "[112]", "{hulp}", "{bronnen}", "{gegevens}"):
            assert (token in dutch) == (token in target), (english.name, token)


def test_a_card_reads_in_english_with_its_values_untouched() -> None:
    meta = {
        "title": "Huiswerkhuis Culemborg",
        "what": "Gratis huiswerkbegeleiding door vrijwilligers in de bibliotheek.",
        "access_label": "vrij toegankelijk",
        "cost": "gratis",
        "opening_hours": "maandag tot en met vrijdag 15.00-17.00 uur",
        "address": "Voorbeeldmarkt 1, Culemborg",
        "phone": "0345-012314",
        "email": "huiswerk@culemborg.example",
        "languages": "Nederlands, Arabisch, Tigrinya, Oekraïens",
        "example": True,
    }
    text = for_english_reader(card_line(meta), PROMPTS)
    assert text.startswith("Huiswerkhuis Culemborg: Gratis huiswerkbegeleiding")  # the source's own words
    for said in (
        "No referral is needed.",
        "It is free of charge.",
        "They are open Monday to Friday 15.00-17.00.",
        "The address is Voorbeeldmarkt 1, Culemborg.",
        "You can call them on 0345-012314.",
        "You can e-mail them at huiswerk@culemborg.example.",
        "They can also talk with you in Arabic, Tigrinya and Ukrainian.",
        "Note: this is example data, not a real organisation.",
    ):
        assert said in text, (said, text)
    assert not any(is_fragment(part) for part in sentences(text)), text


def test_the_calm_crisis_line_inside_the_maybe_text_is_english_too() -> None:
    calm = prompt(PROMPTS, "crisis-rustig-kind") + " " + prompt(PROMPTS, "crisis-rustig-nu")
    text = for_english_reader(prompt(PROMPTS, "crisis-misschien").replace("{hulp}", calm), PROMPTS)
    assert text.startswith("Your question may be about something heavy. Do you want to talk to someone?")
    assert "[0800-0432](/bel/08000432)" in text and "[112](/bel/112)" in text


@pytest.mark.parametrize(
    ("question", "english"),
    [
        ("when is the autumn break for primary schools in Tiel this year?", True),
        ("Hi, my son is 11, when does the school have to give the advice?", True),
        ("Wat is een TLV en wie vraagt die aan?", False),
        ("help", False),  # too short to tell
    ],
)
def test_which_questions_read_as_english(question: str, english: bool) -> None:
    assert in_another_language(question) is english


def test_an_english_question_the_sources_do_not_cover_is_refused_in_english(answerer: Any) -> None:
    answer = answerer.ask("When is the autumn holiday for primary schools in Tiel this year?")
    assert answer.refused
    assert "This is not in Wegwijs's sources" in answer.answer
    assert "Dit staat niet in de bronnen" not in answer.answer
    assert "Wegwijs works in Dutch" in answer.answer


def test_an_english_question_about_a_service_gets_the_card_in_english(answerer: Any) -> None:
    answer = answerer.ask("Is there a team in Helmond that can help our family with parenting questions?")
    assert "Wijkteam Helmond" in answer.answer
    assert "You can call them on 0492-012345." in answer.answer and "Telefonisch bereikbaar" not in answer.answer


def test_the_same_question_in_dutch_stays_dutch(answerer: Any) -> None:
    answer = answerer.ask("Is er in Helmond een team dat ons gezin helpt met vragen over opvoeden?")
    assert "Telefonisch bereikbaar op 0492-012345." in answer.answer
