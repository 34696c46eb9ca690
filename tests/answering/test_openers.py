"""A greeting, a thank-you or a bare call for help gets a reply of its own (answering/openers.py), not "Dit staat
niet in de bronnen" with a list of desks; "help me" also names 112 and the lines to talk to, calmly."""

from __future__ import annotations

import pytest

from assistant.answering.openers import GREETING, HELP, INTRO, THANKS, opener


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
        ("ik ben juf in groep 3", INTRO),  # red team round 16: answered with the nearest passage
        ("Hoi, ik ben moeder van twee kinderen", INTRO),
        ("ik werk bij het wijkteam in Tiel", INTRO),
        ("hoi, ik ben vader van een jongen in groep 5", INTRO),  # round 17
        ("Hallo! Ik ben juf van groep 1 in Tiel.", INTRO),
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
        "ik ben juf, mag ik een foto van de klas delen?",
        "ik ben 9 en kan niet slapen omdat papa en mama ruzie maken",
        "ik ben moeder en mijn zoon wordt gepest",
    ],
)
def test_a_question_with_a_topic_is_answered_as_usual(text: str) -> None:
    assert opener(text) is None


def test_an_introduction_gets_a_reply_that_asks_the_question() -> None:
    from assistant.config import Settings
    from assistant.text import prompt

    reply = prompt(Settings().prompts_dir, f"weigering-{INTRO}")
    assert "Wat wil je weten?" in reply and "niet in de bronnen" not in reply
