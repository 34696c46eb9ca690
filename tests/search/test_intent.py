"""The kind of question, in the sources' own words (search/intent.py)."""

from __future__ import annotations

import pytest

from assistant.search.intent import kinds_of, number_forms, states, word_query


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("de tlv is afgewezen, kan ik daar iets tegen doen en hoeveel tijd heb ik?", {"bezwaar", "termijn"}),
        ("ik ben het niet eens met het opp", {"bezwaar"}),
        ("hoe lang is een tlv geldig?", {"termijn"}),
        ("wie beslist over de toestemming voor foto's?", {"wie_beslist"}),
        ("mag ik als juf het verslag van de psycholoog doorsturen naar jeugdhulp?", {"delen"}),
        ("mag ik veilig thuis bellen zonder het eerst met de ouders te bespreken?", {"delen"}),
        ("wat is het nummer van veilig thuis?", {"contact"}),
        ("wat is een arrangement?", set()),
        ("welke hulp is er in Helmond bij pesten?", set()),
    ],
)
def test_the_kind_of_question_is_read_from_how_it_is_asked(question: str, kinds: set[str]) -> None:
    assert set(kinds_of(question)) == kinds


def test_the_word_index_gets_the_sources_words_once_and_other_questions_stay_as_asked() -> None:
    assert "datalek" not in word_query("mijn zoon is zijn telefoon kwijt op het schoolplein, wat nu?")
    asked = "de tlv is afgewezen, wat nu?"
    assert word_query(asked).startswith(asked) and "bezwaar" in word_query(asked).split()
    assert word_query("wat is een arrangement?") == "wat is een arrangement?"


def test_a_sentence_states_the_fact_asked_for() -> None:
    assert states(["termijn"], "Het samenwerkingsverband beslist binnen zes weken.")
    assert states(["bezwaar"], "U kunt bezwaar maken bij het samenwerkingsverband.")
    assert not states(["termijn"], "Het samenwerkingsverband beslist of een leerling toelaatbaar is.")
    assert not states([], "binnen zes weken")


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("mag ik als moeder het dossier inzien en een kopie krijgen?", {"inzage", "afschrift", "dossier"}),
        ("de school wil mijn zoon wegsturen", {"verwijdering"}),
        ("If the mother with sole custody dies, who gets custody?", {"gezag", "overlijden"}),
        ("ik ben gezinscoach en de mentor vraagt hoe het gaat", {"jeugdhulpverlener"}),
        ("door autocomplete is de lijst naar de klassenouder gegaan", {"datalek", "ontvanger"}),
        ("ik heb per ongeluk het verslag naar alle ouders gemaild", {"datalek"}),
        ("I sent the class list to the wrong parent", {"datalek"}),
    ],
)
def test_plain_and_english_words_bring_the_laws_own_to_the_word_index(question: str, words: set[str]) -> None:
    from assistant.search.intent import word_query

    added = set(word_query(question)[len(question) :].split())
    assert words <= added, added


@pytest.mark.parametrize(
    ("question", "helps"),
    [
        ("waar kan ik gewoon praten zonder dat het meteen een hele zorgtoestand wordt", True),
        ("wie kunnen ons hierbij helpen?", True),
        ("waar moeten we heen met onze zorgen over zijn angst", True),
        ("hoe lang duurt een TLV?", False),
        ("waar kan ik het OPP vinden?", False),
        ("bestaat er iets waardoor hij toch kan sporten?", True),  # blind set 12
        ("Is there somewhere we can get help in English?", True),
        ("bestaat er een wet over passend onderwijs?", False),
        ("ik ben 9 en papa en mama maken ruzie, kan ik iemand bellen in de kerstvakantie?", True),  # round 16
        ("welk nummer moet ik bellen als ik met iemand wil praten?", True),
        ("kan ik de school bellen over het rapport?", False),
        ("ik wil met iemand praten maar zij mogen t niet weten. kan dat ergens gratis? ben 14", True),  # set 15
        ("kan ik ergens een kopie van het OPP krijgen?", False),
        ("Is er een plek waar hij anoniem met iemand kan praten, ook via de chat?", True),  # blind set 17
        ("is er iemand die mij kan vertellen hoe lang een TLV geldt?", True),
        ("is er een kans dat de TLV wordt afgewezen?", False),
    ],
)
def test_help_seeking_in_more_words(question: str, helps: bool) -> None:
    from assistant.search.intent import seeks_help

    assert seeks_help(question) is helps


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("welk nummer bel ik voor de Kindertelefoon als ik in België woon?", "België"),  # red team round 16
        ("in Duitsland wonen wij vlak bij de grens, waar vraag ik een TLV aan?", "Duitsland"),
        ("we gaan deze zomer naar Marokko voor familie, mag dat buiten de vakantie?", None),
        ("mijn tante woont in Turkije, mag zij het rapport zien?", None),
    ],
)
def test_living_abroad_is_another_place(question: str, place: str | None) -> None:
    """A writer who lives in another country gets a note that the lines and rules are Dutch ones."""
    from assistant.search.filters import elsewhere

    assert elsewhere(question, {"peelrand": ["Helmond"]}) == place


@pytest.mark.parametrize(
    ("asked", "added"),
    [
        ("I would like to see everything the school has written about him", "inzage"),
        ("are they allowed to leave things out?", "weglaten"),
        ("will they automatically tell the police or my school?", "aangifte"),
        ("will it stay confidential?", "geheimhouding"),
    ],
)
def test_english_gets_the_sources_words(asked: str, added: str) -> None:
    """Blind set 16: an English father asking to see his son's file got the data-breach guidance first."""
    assert added in word_query(asked).split()


@pytest.mark.parametrize(
    ("question", "forms"),
    [
        ("Mijn dochter wordt 5 op 12 maart, wanneer is ze leerplichtig?", ["vijf", "twaalf"]),
        ("hij is zestien en wil zelf beslissen", ["16"]),
        ("een kind van twaalf of een kind van 1 jaar", ["12"]),  # 'een' and 1 say nothing
        ("bel 0800-2000, 113 of om 8.30 uur; art. 7:457", []),  # numbers, times and articles are not ages
    ],
)
def test_numbers_reach_the_word_index_in_both_written_forms(question: str, forms: list[str]) -> None:
    """Laws write "de leeftijd van vijf jaren", a parent "ze wordt 5" (blind set 20 q15)."""
    assert number_forms(question) == forms
    assert all(form in word_query(question).split() for form in forms)
