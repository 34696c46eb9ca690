"""Places named in a question: ours narrow the search, a Dutch place elsewhere leaves what holds nationally."""

from __future__ import annotations

import pytest

from assistant.search.filters import NATIONAL, Filters, elsewhere, places_in

REGIONS = {
    "peelrand": ["Helmond", "Deurne", "Asten", "Someren", "Gemert-Bakel", "Laarbeek"],
    "rivierenland": ["Tiel", "Culemborg", "Buren", "West Betuwe", "Zaltbommel", "Maasdriel"],
    NATIONAL: [],
}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("hoe lang is de wachtlijst voor cluster 4 in leeuwarden?", "Leeuwarden"),
        ("we verhuizen naar friesland, welke school?", None),  # a province may hold our own regions
        ("we verhuizen naar zwolle, welke school?", "Zwolle"),
        ("ik woon in den haag, mag de school foto's delen?", "Den Haag"),
        ("welke hulp is er in de gemeente utrecht", "Utrecht"),
        ("hoi wanneer begint de kerstvakantie in brabant", None),
        ("in Best is een school die", "Best"),
        ("wij wonen in Deurne", None),
        ("mijn zoon zit in groep 7", None),
        ("ik ben het best in rekenen", None),
        ("is er hulp in de buurt?", None),
        ("tlv aanvragen eindhoven hoe lang duurt dat", "Eindhoven"),  # blind set 11: no place word before it
        ("Sociale kaart Amersfoort faalangst", "Amersfoort"),
        ("het leek wel of hij goes zei", None),  # short municipality names count only after a place word
        ("tlv aanvragen in tiel en culemborg", None),
    ],
)
def test_a_dutch_place_outside_every_region_is_found(text: str, place: str | None) -> None:
    assert elsewhere(text, REGIONS) == place


def test_a_place_elsewhere_leaves_only_national_sources_and_ours_narrows() -> None:
    assert Filters().with_places_in(REGIONS, "de wachtlijst in Leeuwarden").region == NATIONAL
    assert Filters().with_places_in(REGIONS, "het wijkteam in Tiel").region == "rivierenland"
    assert Filters().with_places_in(REGIONS, "hoe lang duurt een tlv").region is None


def test_the_neighbours_are_not_the_municipality_buren() -> None:
    assert places_in("de buren slaan met deuren", REGIONS) is None
    assert places_in("mijn buren in Helmond", REGIONS) == ("peelrand", "Helmond")
    assert places_in("wij wonen in Buren", REGIONS) == ("rivierenland", "Buren")


def test_a_municipality_that_is_an_everyday_word_after_a_place_word() -> None:
    assert places_in("kost de schoolmaatschappelijk werker in buren geld?", REGIONS) == ("rivierenland", "Buren")
    assert places_in("bij de buren is het altijd druk", REGIONS) is None


PLACES = {"Kerkdriel": "Maasdriel", "Beek en Donk": "Laarbeek", "Gemert": "Gemert-Bakel", "Someren-Eind": "Someren"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ik woon in kerkdriel en het is thuis elke dag ruzie", ("rivierenland", "Maasdriel")),
        ("Ik ben leerkracht in Beek en Donk.", ("peelrand", "Laarbeek")),
        ("is de hulpverlener op de school in gemert gratis?", ("peelrand", "Gemert-Bakel")),
        ("wij wonen in Someren-Eind", ("peelrand", "Someren")),
        ("wij wonen in kerkdriel, oma in Helmond", None),  # two places: nothing decided
    ],
)
def test_a_village_names_its_municipality(text: str, found: tuple[str, str] | None) -> None:
    """Blind set 8: "ik woon in kerkdriel" found the services of no region; its youth work is Maasdriel's."""
    assert places_in(text, REGIONS, PLACES) == found
    assert Filters().with_places_in(REGIONS, text, places=PLACES).municipality == (found[1] if found else None)
