"""A greeting, a thank-you or a bare call for help gets a reply of its own (answering/openers.py), not "Dit staat
niet in de bronnen" with a list of desks; "help me" also names 112 and the lines to talk to, calmly."""

from __future__ import annotations

import pytest

from assistant.answering.openers import GREETING, HELP, THANKS, opener


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hallo", GREETING),
        ("Hoi Wegwijs!", GREETING),
        ("test", GREETING),
        ("goedemorgen", GREETING),
        ("bedankt!!", THANKS),
        ("dank je wel", THANKS),
        ("help me", HELP),
        ("HELPPP", HELP),
        ("help!!!", HELP),
        ("ik heb hulp nodig", HELP),
        ("kan iemand me helpen?", HELP),
        ("please help", HELP),
    ],
)
def test_openers_are_recognised(text: str, kind: str) -> None:
    assert opener(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "help, waar vind ik een logopedist in deurne?",
        "ik heb hulp nodig bij het aanvragen van een tlv",
        "hallo, mag de school mijn dossier delen?",
        "testen op dyslexie, waar kan dat?",
        "wie kan me helpen met de aanvraag?",
    ],
)
def test_a_question_with_a_topic_is_answered_as_usual(text: str) -> None:
    assert opener(text) is None
