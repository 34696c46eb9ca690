"""A social-map card's own fields against the protected lines: what a card may not claim for itself.

Split from corpus/line_claims.py (which reads sentences): these rules read one card's fields."""

from __future__ import annotations

import re

from assistant.corpus.line_claims import _BORROWED
from assistant.corpus.protected import ProtectedService, owner_of
from assistant.corpus.unmask import host_of, official

# A spreadsheet formula in a card's field ('=HYPERLINK("https://…","Klik hier voor hulp")', red team round 13):
# opened in Excel by the next coordinator it runs, and shown in an answer it is a disguised link.
_FORMULA = re.compile(r"^\s*(?:[=+@]|-\s*[A-Za-z]+\s*\()")


def card_field_conflicts(
    fields: dict[str, str | None], own: ProtectedService | None, national_file: bool = False
) -> list[str]:
    """Dutch reasons for a card's own fields: a formula in any field, a web or mail address that borrows a
    protected line's name ("veiligthuis-rivierenland.example") on a card that is not that line's own, or a national
    line's number as the phone of a card outside the signed national file that does not carry that line's name
    (round 16: "Kinderlijn Buren" with 0800-0432 and office hours)."""
    reasons = [
        f"het veld '{name}' begint met een spreadsheetformule ({value.strip()[:40]}); schrijf gewone tekst."
        for name, value in fields.items()
        if value and _FORMULA.match(value)
    ]
    owner = owner_of(fields.get("phone") or "")
    name = (fields.get("name") or "").lower()
    # "Veilig Thuis Brabant-Noord" is that line's own regional desk; "Kinderlijn Buren" only borrows its number
    if owner is not None and not national_file and not any(n.lower() in name for n in owner.names):
        reasons.append(
            f"heeft als telefoonnummer het nummer van {owner.names[0]} ({', '.join(owner.phones)}); een landelijke "
            "hulplijn staat alleen in sociale-kaart/landelijk.yaml, met de tijden en voorwaarden die daar gelden."
        )
    for name in ("website", "email"):
        host = host_of(fields.get(name) or "")
        if host and _BORROWED.search(host) and not official(host) and own is None:
            reasons.append(
                f"het veld '{name}' ({fields[name]}) leent de naam van een landelijke hulplijn; dat adres is niet "
                "van die lijn."
            )
    return reasons
