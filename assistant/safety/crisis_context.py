"""What around a crisis signal makes it no crisis: a pupil's own behaviour at school, and a case that is over or only
imagined, told by an adult who asks what to do (blind set 13, fresh set J, red team rounds 11 and 12). Read on the
normalised text of safety/crisis.py."""

from __future__ import annotations

import re

from assistant.safety.crisis_words import _rx

# A child's own behaviour at school ("hij raakt snel overprikkeld, gooit met spullen en is naar huis gestuurd"), with
# nobody named as hit: a question about support, not violence at home (blind set 13, q18: the full block above a TLV).
BEHAVIOUR = re.compile(
    r"\b(?:overprikkel\w*|prikkels|driftbui\w*|woedeaanval\w*|boze buien|gedrag\w*|in de klas|op school|naar huis "
    r"gestuurd|time-?out|autisme|adhd|odd|gedragsproblem\w*)\b"
)
HIT_SOMEONE = re.compile(r"^\W*(?:\w+ ){0,3}(?:mij|me|ons|mama|papa|mijn \w+|zijn \w+|haar \w+|de juf|de meester)\b")


def behaviour(norm: str, match: re.Match[str]) -> bool:
    start = max(norm.rfind(p, 0, match.start()) for p in ".?!") + 1
    ends = [i for i in (norm.find(p, match.end()) for p in ".?!") if i >= 0]
    sentence = norm[start : min(ends) if ends else len(norm)]
    return (
        bool(BEHAVIOUR.search(sentence))
        and not HIT_SOMEONE.search(norm[match.end() : match.end() + 40])
        and not (HIT_SOMEONE.search(match.group()[-25:] + " "))
    )


# A case that is over, or one that is only imagined, told by an adult who asks what to do: the answer, no alarm.
SETTLED = _rx(
    r"^\W*hypothetisch\b|\bstel (?:je )?(?:nou |eens )?(?:voor )?dat\b|"
    r"\bals (?:een|mijn|de|onze) (?:leerling|kind|jongere|client|pupil) (?:\w+ ){0,4}ooit\b",
    r"\b(?:inmiddels|intussen) (?:\w+ ){0,3}(?:in behandeling|hersteld|opgelost|afgesloten|veilig)\b|\b(?:is|werd|zijn|"
    r"was|heeft|hebben) (?:\w+ ){0,6}afgesloten\b|\bachteraf (?:bleek|ging|was)\b|\balles gaat (?:nu |inmiddels |"
    r"weer )?(?:goed|prima)\b|\bkomt (?:\w+ ){0,2}(?:weer )?terug (?:naar|op) school\b|"
    r"\b(?:is|zijn|werd|nu) (?:\w+ ){0,6}(?:afgerond|opgelost)\b|"  # round 11: "die nu helemaal is afgerond"
    r"\bde hulp loopt\b|\b(?:nu|inmiddels) (?:\w+ ){0,2}(?:goed )?(?:begeleid|in behandeling|onder behandeling)\b",
    # red team round 18: "In 2019 is mijn dochter mishandeld …; daar is aangifte van gedaan en ze heeft
    # traumabehandeling gehad"
    r"\b(?:\w*behandeling|therapie|hulp) (?:\w+ ){0,2}gehad\b|\b(?:daar|er) is (?:\w+ ){0,2}aangifte (?:van )?gedaan\b",
    # round 20: "25 jaar geleden, verwerkt", "8 jaar gescheiden, nu veilig"
    r"\bverwerkt\b|\b(?:nu|inmiddels) (?:weer |wel |echt |helemaal )?veilig\b|\b\d+ jaar (?:gescheiden|uit elkaar)\b",
    # round 19: an adult's own childhood ("toen ik 10 was … 30 jaar geleden")
    r"\b(?:[2-9]|[1-9]\d) jaar geleden\b(?=.*\b(?:zoon|dochter|kind|kinderen)\b)",
    # set O: "nu, een jaar later, … weer een beetje ritme", "gaat het contact een stuk beter"
    r"\b(?:een|twee|drie|\d+) (?:jaar|maanden) later\b|\bweer (?:een beetje |wat )?(?:ritme|rust)\b|"
    r"\bgaat (?:het|alles) (?:\w+ ){0,3}(?:een stuk|veel|stukken|weer|gelukkig) (?:beter|goed)\b",
)
LONG_AGO = re.compile(r"\b[1-9]\d jaar geleden\b")  # ten years or more: the child then writes as an adult now
STILL = re.compile(r"\b(?:nog steeds|nog altijd|opnieuw|begint weer|weer begonnen|doet (?:het|dat) weer)\b")
RECENT = re.compile(r"\b(?:vandaag|vanochtend|gisteren|zojuist|vannacht)\b")


def settled(norm: str, spans: list[tuple[int, int]]) -> bool:
    """Over or imagined, with nothing recent and no "nog steeds" next to what happened ("het zit me nog steeds
    dwars dat er een dossier ligt" is about the file, not the harm)."""
    still = any(abs(m.start() - a) < 80 or abs(m.start() - b) < 80 for m in STILL.finditer(norm) for a, b in spans)
    return bool(SETTLED.search(norm)) and not still and not RECENT.search(norm)
