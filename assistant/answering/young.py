"""A child or teenager asking where to go gets the services meant for young people first.

"ik ben 14, het is thuis elke dag ruzie, ik wil met iemand praten maar mijn ouders mogen het niet weten. waar kan ik
heen?" was answered with a professional's rules for reporting to Veilig Thuis without the parents' consent, and a
parenting helpline (blind set 8). The writer is read as the crisis screen reads them (safety/crisis_writer.py); the
services are those of the social map whose audience is young people, in the order the search found them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant.corpus.schema import SOCIAL_MAP
from assistant.safety.crisis_writer import child_writer
from assistant.search.intent import seeks_help
from assistant.search.parts import ASKED_PART
from assistant.search.retrieve import Hit

# "kinderen en jongeren", "jongeren uit Maasdriel", "leerlingen van het voortgezet onderwijs"; not a line for a
# crisis (that help comes with the crisis screen) and not a service for their parents.
FOR_YOUNG = re.compile(r"^\s*(?:kinderen|jongeren|leerlingen|tieners)\b", re.IGNORECASE)
CRISIS_AUDIENCE = re.compile(r"\b(?:zelfmoord|geweld|crisis|acuut)\b", re.IGNORECASE)
CLOSE = 0.6  # of the best source's score


def for_young(hit: Hit) -> bool:
    audience = str(hit.metadata.get("audience") or "")
    return (
        hit.metadata.get("kind") == SOCIAL_MAP
        and bool(FOR_YOUNG.search(audience))
        and not CRISIS_AUDIENCE.search(audience)
    )


def young_first(question: str, hits: list[Hit], cards: Callable[[], list[Hit]]) -> list[Hit]:
    """For a young writer seeking help: up to two services for young people first (from the hits, then from a
    search of the social map alone), then the other services and passages, without a professional's privacy rules."""
    if not hits or not seeks_help(question) or not child_writer(question):
        return hits
    found = {h.node_id: h for h in [*hits, *cards()] if for_young(h)}
    if not found:
        return hits
    # Close to the best source found at all: a dyslexia practice stays first for "ik ben 15 en heb dyslexie", and
    # speech therapy does not join "waar kan ik praten".
    best = max(h.score for h in [*hits, *found.values()])
    found = {k: h for k, h in found.items() if h.score >= CLOSE * best}
    # Marked as the parts of a message are (search/parts.py): the answer gives each of them.
    lead = [replace(h, metadata={**h.metadata, ASKED_PART: question}) for h in list(found.values())[:2]]
    taken = {h.node_id for h in lead}
    rest = [h for h in hits if h.node_id not in taken and h.metadata.get("kind") != "privacy"]
    return [*lead, *rest][: len(hits)]
