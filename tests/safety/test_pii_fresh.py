"""Issue 18, finding 4: personal data the red team slipped past the guard, measured on a fresh, blinded set."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.safety.pii import redact, warm_pii
from assistant.safety.screening import NOUNS
from assistant.tools.safety_eval import evaluate_pii

FRESH = Path(__file__).parent.parent / "eval" / "fresh" / "pii_fresh.jsonl"


@pytest.fixture(scope="module", autouse=True)
def _names_loaded() -> None:
    warm_pii(background=False)


def test_fresh_set_bar() -> None:
    """First sight was 42 of 173 values leaked (schools 19/19, names 16/91); the bar keeps the fix honest."""
    figures = evaluate_pii(FRESH)
    print("vrij:", figures["leaked"], "/", figures["tried"], figures["leaked_per_category"])
    assert figures["names"] == "ready"
    assert figures["recall"] >= 0.95, figures["misses"]
    assert figures["recall_per_category"]["school"] >= 0.9, figures["misses"]
    assert len(figures["keep_violations"]) <= 2, figures["keep_violations"]


@pytest.mark.parametrize(
    ("text", "gone", "label"),
    [
        ("Mijn zoon Wojciech Kowalczyk heeft dyslexie.", "Kowalczyk", "[NAAM]"),
        ("mevrouw ozturk belde net over haar zoontje", "ozturk", "[NAAM]"),
        ("familie Boukhari woont naast ons", "Boukhari", "[NAAM]"),
        ("Mijn BSN is 691-682-483, wat nu?", "691-682-483", "[BSN]"),
        ("bsn: 123456789 staat in het dossier", "123456789", "[BSN]"),
        ("Mijn burgerservicenummer is 123 456 780.", "456", "[BSN]"),
        ("Bel me op 06.12.34.56.78 graag", "06.12.34.56.78", "[TELEFOON]"),
        ("mijn zoon daan jansen kan niet lezen", "jansen", "[NAAM]"),
        ("Hij zit op basisschool De Regenboog in Helmond.", "Regenboog", "[SCHOOL]"),
        ("ik werk op obs Het Kompas", "Kompas", "[SCHOOL]"),
        ("Zij gaat naar het Dr. Knippenbergcollege.", "Knippenberg", "[SCHOOL]"),
        ("hij zit op de klimop in geldrop", "klimop", "[SCHOOL]"),
    ],
)
def test_red_team_examples(text: str, gone: str, label: str) -> None:
    redacted = redact(text) or ""
    assert gone not in redacted and label in redacted, redacted


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Moet ik Veilig Thuis bellen over mijn buren in Helmond?", ["Veilig Thuis", "Helmond"]),
        ("Kan ik terecht bij het CJG Helmond of bij De Kindertelefoon?", ["CJG Helmond", "De Kindertelefoon"]),
        ("Hoe regel ik een taalklas in Den Bosch?", ["Den Bosch"]),
        ("Zit mijn kind op de basisschool of op het speciaal onderwijs?", ["basisschool", "speciaal onderwijs"]),
    ],
)
def test_places_and_services_stay(text: str, kept: list[str]) -> None:
    redacted = redact(text) or ""
    assert all(k in redacted for k in kept), redacted


def test_notice_names_school_in_dutch() -> None:
    assert NOUNS["school"] == ("een schoolnaam", "schoolnamen")
