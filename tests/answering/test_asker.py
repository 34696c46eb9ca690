"""A youth worker asking where a girl can get help is not pointed to his own kind of service first (blind set 18)."""

from __future__ import annotations

from assistant.answering.asker import own_service_last
from assistant.search.retrieve import Hit

CARD = {"kind": "sociale_kaart", "doc": "sociale-kaart/betuwe.yaml"}
OWN = Hit("1", "Jongerenwerk Culemborg: inloop voor jongeren.", {**CARD, "title": "Jongerenwerk Culemborg"}, 0.9)
OTHER = Hit("2", "GGZ Jeugd Betuwe: hulp bij somberheid.", {**CARD, "title": "GGZ Jeugd Betuwe"}, 0.8)


def test_the_askers_own_service_goes_last() -> None:
    asked = "Ik werk als jongerenwerker in Culemborg. Waar kan een meisje van 16 terecht met eetproblemen?"
    assert own_service_last(asked, [OWN, OTHER]) == [OTHER, OWN]
    assert own_service_last("Als jongerenwerker vraag ik me af waar ze heen kan.", [OWN, OTHER]) == [OTHER, OWN]


def test_others_keep_their_order() -> None:
    assert own_service_last("Is er jongerenwerk in Culemborg voor mijn zoon?", [OWN, OTHER]) == [OWN, OTHER]
    assert own_service_last("Ik werk als jongerenwerker. Wat is jongerenwerk?", [OWN]) == [OWN]  # nothing else


def test_with_no_other_service_the_own_one_stays() -> None:
    """Blind set 18 q23, side by side: with the card moved back, a plan passage about reading support led instead."""
    plan = Hit("3", "Arrangement Taalkracht: extra lessen taal.", {"kind": "plan", "doc": "plannen/peelrand.md"}, 0.5)
    asked = "Ik werk als jongerenwerker in Someren. Is er iets voor jonge mantelzorgers?"
    assert own_service_last(asked, [OWN, plan]) == [OWN, plan]
