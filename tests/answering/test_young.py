"""A child or teenager asking where to go gets the services meant for young people first (answering/young.py)."""

from __future__ import annotations

from assistant.answering.young import young_first
from assistant.search.parts import ASKED_PART
from assistant.search.retrieve import Hit

TEEN = (
    "ik woon in kerkdriel en het is thuis echt elke dag ruzie. ik wil met iemand praten maar mijn ouders mogen het "
    "niet weten. ben 14. waar kan ik heen?"
)


def card(node_id: str, audience: str, score: float) -> Hit:
    return Hit(node_id, node_id, {"kind": "sociale_kaart", "audience": audience, "title": node_id}, score)


def passage(node_id: str, kind: str, score: float) -> Hit:
    return Hit(node_id, node_id, {"kind": kind, "title": node_id}, score)


RULES = passage("melden-zonder-toestemming", "privacy", 0.78)
YOUTH_WORK = card("jongerenwerk", "jongeren uit Maasdriel", 0.60)
PARENTS = card("opvoedspreekuur", "ouders en opvoeders in Zaltbommel en Maasdriel", 0.60)
KINDERTELEFOON = card("kindertelefoon", "kinderen en jongeren", 0.61)
SUICIDE_LINE = card("113", "jongeren en volwassenen die aan zelfmoord denken, en hun naasten", 0.70)
SPEECH = card("logopedie", "kinderen met spraak- of taalproblemen", 0.30)


def test_a_teen_seeking_help_gets_the_services_for_young_people_and_no_professional_rules() -> None:
    hits = [RULES, YOUTH_WORK, PARENTS]
    ranked = young_first(TEEN, hits, lambda: [KINDERTELEFOON, SUICIDE_LINE, SPEECH])
    assert [h.node_id for h in ranked] == ["jongerenwerk", "kindertelefoon", "opvoedspreekuur"]
    assert all(ASKED_PART in h.metadata for h in ranked[:2])  # the answer gives both


def test_a_parent_or_a_question_without_a_request_for_help_keeps_its_sources() -> None:
    hits = [RULES, YOUTH_WORK, PARENTS]
    cards = lambda: [KINDERTELEFOON]  # noqa: E731
    assert young_first("mijn dochter van 14 wil met iemand praten, waar kan ze heen?", hits, cards) == hits
    assert young_first("ik ben 14. mag de school mijn cijfers aan mijn ouders geven?", hits, cards) == hits


def test_a_service_far_below_the_best_source_does_not_jump_ahead() -> None:
    """ "ik ben 15 en heb dyslexie": the dyslexia practice stays first, homework help does not pass it."""
    practice = card("dyslexiepraktijk", "basisschoolleerlingen met ernstige lees- en spellingproblemen", 0.87)
    homework = card("huiswerkhuis", "leerlingen van groep 6 tot en met klas 3", 0.32)
    hits = [practice, homework]
    assert young_first("ik ben 15 en heb dyslexie, waar kan ik hulp krijgen?", hits, lambda: []) == hits
