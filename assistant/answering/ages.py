"""A question about who decides at which age is answered from the guidance on the consent ages first.

The ages are protected facts (corpus/age_claims.py): below 12 the parents, from 12 to 16 the child and the parents,
from 16 the young person. Red team round 9: "vanaf welke leeftijd mag een kind zelf beslissen over jeugdhulp?" was
answered from the guidance on sharing with youth care (the AVG's "under 16 the parents"), and "mijn dochter is 11 en
wil zelf beslissen of ze naar de psycholoog gaat" with rules for a new school; the guidance on the ages themselves
was the second or third source.
"""

from __future__ import annotations

import re

from assistant.search.retrieve import Hit

ASKS_AGE_RULE = re.compile(
    r"\b(?:vanaf|tot|onder|boven) welke leeftijd\b|\bleeftijd\b[^.?!]{0,60}\b(?:beslis\w*|toestemming|zelf)\b|"
    r"\b(?:(?:is|van|wordt|net) \d{1,2}(?: jaar)?|\d{1,2} jaar)\b[^.?!]{0,80}\b(?:zelf (?:beslissen|bepalen|kiezen|"
    r"toestemming)|(?:moeten|moet) (?:de )?ouders (?:\w+ )?toestemming|"
    r"wil (?:\w+ )?zelf|mag (?:hij|zij|ze|het) (?:\w+ )?zelf)\b|"
    r"\bwie (?:beslist|geeft (?:de )?toestemming|moet (?:er )?toestemming geven)\b[^.?!]{0,60}\b\d{1,2}\b",
    re.IGNORECASE,
)
AGES_GUIDANCE = re.compile(r"\bleeftijd\b", re.IGNORECASE)
CONSENT = re.compile(r"\b(?:toestemming|beslis\w*|instemm\w*)\b", re.IGNORECASE)


def is_ages_guidance(hit: Hit) -> bool:
    title = str(hit.metadata.get("title") or "")
    return hit.metadata.get("kind") == "privacy" and bool(AGES_GUIDANCE.search(title) and CONSENT.search(title))


def ages_first(question: str, hits: list[Hit]) -> list[Hit]:
    """The guidance on the consent ages first, when the question asks who decides at an age and it was found."""
    if not ASKS_AGE_RULE.search(question):
        return hits
    guidance = next((h for h in hits if is_ages_guidance(h)), None)
    if guidance is None or hits[0] is guidance:
        return hits
    return [guidance, *(h for h in hits if h is not guidance)]
