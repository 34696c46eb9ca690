"""A named person next to what a source read by everyone may not say about them: a pupil's diagnosis, a family's
situation, a care file.

Red team round 6 uploaded a "voorbeeld-verslag" with a real-looking pupil ("Daan Jansen uit groep 5 heeft ADHD,
thuis is er veel ruzie") and it went into the corpus with a warning only. Names alone stay a warning (an author, a
contact person, a minister under a law); a name in the same sentence as a pupil marker or a sensitive word refuses
the upload, unless that line says the person is made up ("fictief", "verzonnen", "voorbeeldnaam").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.safety.pii import find_personal_data

# Health, family and care-file words: special categories (AVG art. 9) and what a school keeps in a pupil's file.
SENSITIVE = re.compile(
    r"\b(?:adhd|add|autis\w*|ass|dyslex\w*|dyscalcul\w*|depress\w*|angststoornis\w*|ptss|trauma\w*|"
    r"hechtings\w*|gedragsstoorn\w*|odd|epilep\w*|diabet\w*|diagnos\w*|medica\w*|medicijn\w*|ritalin\w*|"
    r"psychiat\w*|psycholo\w*|ggz|therapie\w*|behandel\w*|iq|gescheiden|scheiding|uithuisplaats\w*|pleeg\w*|"
    r"ondertoezichtstelling|ots|jeugdbescherming|mishandel\w*|misbruik\w*|verwaarloz\w*|huiselijk geweld|"
    r"verslav\w*|schulden|gedetineerd|veilig thuis|zorgmelding|zorgleerling\w*|opp|ontwikkelingsperspectief\w*|"
    r"tlv|thuiszit\w*|verzuim\w*|geschorst|schorsing|verwijder\w*|dossier\w*|ruzie\w*|suïcid\w*|zelfbeschadig\w*)\b"
)
# What makes the named person a pupil or a family member: a class, an age, a school role.
PUPIL = re.compile(
    r"\b(?:leerling\w*|groep [1-8]|klas \w+|brugklas\w*|\d{1,2} jaar|geboren|geboortedatum|zoon(?:tje)?|dochter\w*|"
    r"moeder|vader|ouders? van)\b|\(\d{1,2}\)"
)
# Said on the detail's own line, and not denied ("Dit is geen fictief voorbeeld", red team round 7). Not at the top of
# the file: round 8 wrote "Fictieve voorbeelden staan in de bijlage; hieronder staat de echte lijst".
MADE_UP = re.compile(
    r"\b(?<!geen )(?<!niet )(?:fictie\w*|verzonnen|voorbeeldnaam\w*|gefingeerd\w*|niet echt bestaand\w*)\b"
)
# Initials stand for a person as well as a name does ("D.J. uit groep 5 heeft ADHD", round 7): two or more.
INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){2,3}(?=\s|$)")
# deduce also tags law words ("Boek 1", "kader van …") as names: a person's name starts with a capital.
NOT_A_PERSON = re.compile(r"^(?:boek|artikel|wet|rijks|titel|hoofdstuk|afdeling|paragraaf|bijlage)\b", re.IGNORECASE)
BEFORE, AFTER = 40, 80  # characters around the name: "Daan (8) uit groep 5 heeft ADHD", not a quote's far end
SCAN_CHARS = 200_000


@dataclass(frozen=True)
class CaseDetail:
    """Where a named person meets a case detail: the line number, never the name or the detail."""

    line: int


def _person(text: str) -> bool:
    return text[:1].isupper() and not NOT_A_PERSON.match(text)


def case_details(text: str, wait: bool = False) -> list[CaseDetail]:
    """Names of people with a pupil marker or a sensitive word close by, on the same line (not when that line says
    the name is made up). ``wait=False`` does not block on a name recogniser that is still loading."""
    text = text[:SCAN_CHARS]
    spans = [(f.start, f.end) for f in find_personal_data(text, wait=wait) if f.category == "naam"]
    spans += [m.span() for m in INITIALS.finditer(text)]
    found: list[CaseDetail] = []
    for start, end in sorted(spans):
        if not _person(text[start:end]):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end) % (len(text) + 1)
        if text.startswith("#", line_start) or MADE_UP.search(text[line_start:line_end].lower()):
            continue  # a heading names a law's authors, not a pupil; a line may say its name is made up
        around = text[max(line_start, start - BEFORE) : min(line_end, end + AFTER)].lower()
        if SENSITIVE.search(around) or PUPIL.search(around):
            found.append(CaseDetail(text.count("\n", 0, start) + 1))
    return found
