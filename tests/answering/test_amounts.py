"""What amount a question asks for and whether a sentence states it (answering/amounts.py)."""

from __future__ import annotations

from assistant.answering.amounts import SUM, WAIT, Amount, asked_amounts, states_any


def test_a_sum_asked_for_is_not_answered_by_free_or_by_costs() -> None:
    """Blind set 14 q38: "hoeveel euro per leerling krijgt een samenwerkingsverband?" was answered with services
    that are "gratis"."""
    asked = asked_amounts("Hoeveel euro per leerling krijgt een samenwerkingsverband voor extra ondersteuning?")
    assert asked == [Amount("money", SUM)]
    assert not states_any(asked, "De onderwijsconsulent helpt gratis.")
    assert states_any(asked, "Het samenwerkingsverband krijgt € 210 per leerling.")
    cost = asked_amounts("wat kost de dyslexiebehandeling?")
    assert cost == [Amount("money")] and states_any(cost, "De kosten: gratis met een beschikking.")


def test_a_waiting_time_asked_for_needs_a_term_of_waiting() -> None:
    """Blind set 14 q40: "hoe lang is de wachtlijst?" was answered with how long another service's help lasts."""
    asked = asked_amounts("Hoe lang is de wachtlijst bij GGZ Jeugd Peelland?")
    assert asked == [Amount("duration", WAIT)]
    assert not states_any(asked, "De hulp duurt meestal een paar maanden.")
    assert states_any(asked, "De wachttijd is ongeveer acht weken.")
    assert asked_amounts("hoe lang duurt een TLV-aanvraag?") == [Amount("duration")]
