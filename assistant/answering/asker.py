"""Who asks, when they say so: a youth worker who asks where a girl can get help is not pointed to his own service.

Blind set 18 (first sight): "Ik werk als jongerenwerker in Culemborg … waar kan ze in de buurt terecht?" got
Jongerenwerk Culemborg first, and a youth worker in Someren got Jongerenwerk Someren. A card of the asker's own kind of
service goes after the others; it stays in the answer's sources.
"""

from __future__ import annotations

import re

from assistant.corpus.schema import SOCIAL_MAP
from assistant.search.retrieve import Hit

# (how the asker names their own work, the words of such a service's card title)
ROLES: list[tuple[str, str]] = [
    (r"jongerenwerker|jongerenwerk", r"jongerenwerk"),
    (r"wijkteammedewerker|wijkteam|gezinscoach", r"wijkteam"),
    (r"schoolmaatschappelijk werker|schoolmaatschappelijk werk|smw'?er", r"schoolmaatschappelijk|\bsmw\b"),
    (r"leerplichtambtenaar|leerplicht", r"leerplicht"),
    (r"jeugdarts|jeugdverpleegkundige|jgz", r"jeugdgezondheidszorg|\bjgz\b|jeugdarts"),
]
_SAYS = r"\b(?:ik ben|ik werk|wij zijn|we zijn|als)\b (?:\w+ ){{0,2}}(?:als |bij (?:het |de |een )?)?(?:{role})\b"


def own_service_last(question: str, hits: list[Hit]) -> list[Hit]:
    """The hits with the cards of the asker's own kind of service moved after the others."""
    for role, title in ROLES:
        if re.search(_SAYS.format(role=role), question, re.IGNORECASE):
            own = [
                h for h in hits
                if h.metadata.get("kind") == SOCIAL_MAP and re.search(title, str(h.metadata.get("title", "")), re.I)
            ]  # fmt: skip
            others = [h for h in hits if h.metadata.get("kind") == SOCIAL_MAP and h not in own]
            if own and others:  # another service to point to (blind set 18 q23: else a plan passage led, off topic)
                return [*(h for h in hits if h not in own), *own]
    return hits
