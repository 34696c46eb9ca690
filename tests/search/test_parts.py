"""A message that asks several things: its parts, and the service a part adds (search/parts.py)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from assistant.answering.pipeline import Answerer
from assistant.index.ingest import ingest
from assistant.search.parts import ASKED_PART, asked_pieces, question_parts, with_parts
from assistant.search.retrieve import LoadedIndex
from tests.helpers import FIXTURES, settings_for

TWO_NEEDS = (
    "Gezin in Helmond met flinke schulden. De dochter van 11 wil graag op turnen maar dat kan er echt niet van af. "
    "Wie kan de contributie betalen, en waar kunnen de ouders zelf hulp krijgen met hun geldzorgen?"
)


def test_each_question_is_a_part_and_a_dependent_one_leans_on_the_one_before() -> None:
    parts = question_parts(TWO_NEEDS)
    assert parts[0].endswith("Wie kan de contributie betalen")  # stands alone: its own words say what it is about
    assert "geldzorgen" in parts[1]
    leaning = question_parts("wanneer moet ik verzuim melden bij leerplicht? is dat na 3 dagen spijbelen?")
    assert leaning[1].startswith("wanneer moet ik verzuim melden")  # "is dat …" is about the first question
    assert question_parts("wat is een tlv?") == []
    assert question_parts("Mijn zoon heeft dyslexie. Wat is een leesdossier?") == []  # one question


@dataclass
class FakeHit:
    node_id: str
    card: bool = False
    words: set[str] = field(default_factory=set)
    metadata: dict[str, Any] = field(default_factory=dict)


def covers(part: str, hit: FakeHit) -> bool:
    return any(word in part for word in hit.words)


def joins(hit: FakeHit) -> bool:
    return hit.card


def test_a_service_for_a_part_the_first_two_leave_out_takes_second_place_marked() -> None:
    debt, plan, other = FakeHit("debt", True, {"geld"}), FakeHit("plan"), FakeHit("x")
    fund = FakeHit("fund", True, {"contributie"})
    ranked = with_parts([debt, plan, other], [[fund], [debt]], covers, joins, ["contributie?", "geld?"])
    assert [h.node_id for h in ranked] == ["debt", "fund", "plan"]
    assert ranked[1].metadata[ASKED_PART] == "contributie?"


def test_nothing_moves_when_the_first_two_cover_every_part_or_the_part_finds_no_service() -> None:
    debt, fund, plan = FakeHit("debt", True, {"geld"}), FakeHit("fund", True, {"contributie"}), FakeHit("plan")
    hits = [debt, fund, plan]
    assert with_parts(hits, [[plan], [debt]], covers, joins, ["contributie?", "geld?"]) == hits
    text = FakeHit("text", False, {"termijn"})  # a plan passage for a part: not added this way
    assert with_parts([debt, plan], [[text]], covers, joins, ["termijn?"]) == [debt, plan]


def test_two_needs_get_two_services_in_the_answer(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "mini_corpus", corpus)
    (corpus / "sociale-kaart" / "helmond-extra.yaml").write_text(
        """services:
  - id: geldloket-helmond
    name: Geldloket Helmond
    description: "Hulp bij geldzorgen, achterstanden en schulden voor gezinnen. (Voorbeeldgegevens.)"
    category: [geld-en-bestaanszekerheid]
    access: vrij-toegankelijk
    cost: gratis
    region: peelrand
    municipality: Helmond
    phone: "0492-012357"
    last_verified: 2026-09-01
    example: true
  - id: meedoenfonds
    name: Meedoenfonds De Peelrand
    description: "Het fonds betaalt de contributie en spullen voor sport voor kinderen uit arme gezinnen."
    category: [vrije-tijd-en-sport]
    access: via-huisarts-of-wijkteam
    cost: gratis
    region: peelrand
    phone: "0492-012355"
    last_verified: 2026-08-01
    example: true
""",
        encoding="utf-8",
    )
    settings = settings_for(corpus, tmp_path / "index")
    ingest(settings)
    answer = Answerer(LoadedIndex(settings)).ask(TWO_NEEDS).answer
    assert "Meedoenfonds De Peelrand" in answer and "Geldloket Helmond" in answer, answer
    off = Answerer(LoadedIndex(settings.model_copy(update={"part_search": False}))).ask(TWO_NEEDS).answer
    assert "Meedoenfonds De Peelrand" not in off or "Geldloket Helmond" not in off  # the test can fail without it


def test_a_long_story_is_weighed_by_what_it_asks() -> None:
    """The refusal model's word share: five lines about the employer and the waiting list drowned "hoe snel moet er
    een plan komen?" (blind set 13, q20, refused although the Thuiszittersoverleg passage came first)."""
    from assistant.search.parts import asking_sentences

    story = (
        "Onze dochter zit in de brugklas en is sinds de herfstvakantie niet meer naar school geweest. Ze heeft "
        "paniekaanvallen en ligt 's ochtends huilend in bed. De huisarts heeft ons doorverwezen maar daar is een "
        "wachtlijst. Haar mentor belt af en toe. Mijn werkgever begint ook al te mopperen omdat ik zo vaak thuis "
        "ben. Wie gaat hier iets mee doen, en hoe snel moet er een plan komen voor school?"
    )
    asked = asking_sentences(story)
    assert asked.endswith("hoe snel moet er een plan komen voor school?") and "paniekaanvallen" not in asked
    assert asking_sentences("wat is een tlv?") == "wat is een tlv?"  # a short question is itself
    no_question = story.replace("?", ".")
    assert asking_sentences(no_question) == no_question  # nothing asked in so many words: all of it counts


def test_a_long_story_is_answered_on_what_it_asks_with_its_ages() -> None:
    """Blind set 16 q25: a TLV story of 94 words got the general TLV text, not the three terms it asked for."""
    from assistant.search.parts import focus

    story = (
        "Onze zoon Daan (7) zit in groep 4 in Helmond. Hij heeft autisme en het gaat al een jaar niet goed: hij raakt "
        "overprikkeld en zit steeds vaker bij de IB'er op de gang. Na het OT zei de school dat speciaal onderwijs "
        "misschien beter is en dat ze een TLV willen aanvragen. Ik heb gemengde gevoelens. Hij zou na de zomer kunnen "
        "starten. Tot wanneer moet die aanvraag binnen zijn en hoe lang geldt zo'n TLV dan?"
    )
    asked = focus(story)
    assert asked.startswith("Hij zou na de zomer") and "hoe lang geldt" in asked
    assert asked.endswith("(7 jaar)")
    assert focus("hoe lang geldt een TLV?") == "hoe lang geldt een TLV?"


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # blind set 19 q06: the second question has no question mark
        (
            "wie betaald dat eigenlijk, de school of wij? en kan school in de tussentijd nog iets extra's doen want "
            "ze raakt zo gefrustreerd",
            2,
        ),
        ("wie betaalt dat? wat kan school nog extra doen voor haar", 2),
        ("Mijn zoon is 8. Hoe vraag ik een TLV aan? Hoe lang is die geldig", 2),
        # statements that open like a question are none
        ("Wat ik wil weten is dit. Hoe lang duurt een TLV?", 0),
        ("Hoe dan ook, de school doet niks. Wie kan helpen?", 0),
        ("Waar we wonen is geen sbo. Wat is een TLV?", 0),
    ],
)
def test_a_question_without_its_mark_is_a_part_and_a_statement_is_not(text: str, parts: int) -> None:
    assert len(question_parts(text)) == parts, question_parts(text)
    assert len(asked_pieces(text)) == parts, asked_pieces(text)
