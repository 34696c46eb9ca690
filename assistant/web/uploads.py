"""What an upload may not hold before it is saved anywhere: a BSN, or a pupil named with a diagnosis, a class or the
home situation. Names of people alone are a warning."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


class UploadScreen(NamedTuple):
    refusal: str | None  # why the upload is refused, in Dutch; None when it may go on
    reason: str  # for the audit log: "BSN" or "leerlinggegevens", never the value
    warnings: list[str]


def screen_upload(name: str, path: Path) -> UploadScreen:
    """Personal data in an upload: a BSN or a named pupil with case details refuses it (reason in Dutch), other
    names of people are a warning.

    The corpus is read by everyone who asks a question, so it may not hold a citizen service number or "Daan uit
    groep 5 heeft ADHD" (red team round 6); names alone are often legitimate (an author, a contact person) and only
    flagged. Values are never repeated back or logged.
    """
    from assistant.corpus.filetypes import file_type
    from assistant.errors import SkippedFile
    from assistant.index.loaders import _read_binary
    from assistant.safety.case_details import HOME_ADDRESS, case_details, file_name_reason, holds_bsn
    from assistant.safety.pii import find_personal_data
    from assistant.text import as_shown

    found = file_type(name)
    try:
        if found is not None and found.family == "binary":
            text = _read_binary(path)
        else:
            text = as_shown(path.read_bytes().decode("utf-8", errors="replace"))  # as the reader will see it
    except SkippedFile:
        return UploadScreen(None, "", [])  # unreadable: the corpus check and ingest say why
    if holds_bsn(text):  # the corpus rule, digits spelled out as words too (corpus/check.py)
        return UploadScreen(
            f"'{name}' bevat een burgerservicenummer (BSN). Een BSN hoort niet in de bronnen van Wegwijs; "
            "haal het weg en upload het bestand opnieuw.",
            "BSN",
            [],
        )
    if HOME_ADDRESS.search(text):  # red team round 17: refused by the corpus check, but kept in quarantine
        return UploadScreen(
            f"'{name}' noemt het woonadres van een persoon. Een adres van een leerling of gezin hoort niet in de "
            "bronnen van Wegwijs; haal het weg en upload het bestand opnieuw.",
            "leerlinggegevens",
            [],
        )
    if reason := file_name_reason(name):  # "leerling-sem-bakker-groep7-autisme.md", "verslag-111222333.md"
        return UploadScreen(f"'{name}': {reason}", "BSN" if "burgerservicenummer" in reason else "leerlinggegevens", [])
    if details := case_details(text, wait=True):  # a named pupil with a diagnosis, a class or a family matter
        where = ", ".join(str(d.line) for d in details[:5]) + (" …" if len(details) > 5 else "")
        return UploadScreen(
            f"'{name}' noemt een persoon bij naam samen met gegevens over een leerling of gezin (regel {where}): "
            "een diagnose, een groep of leeftijd, de thuissituatie of een dossier. Iedereen kan de bronnen van "
            "Wegwijs lezen. Haal de naam weg of vervang die door een verzonnen naam en zet er 'fictief' bij, en "
            "upload het bestand opnieuw.",
            "leerlinggegevens",
            [],
        )
    names = [f for f in find_personal_data(text[:200_000], wait=False) if f.category == "naam"]
    if not names:
        return UploadScreen(None, "", [])
    lines = sorted({text.count("\n", 0, f.start) + 1 for f in names})
    where = ", ".join(str(n) for n in lines[:5]) + (" …" if len(lines) > 5 else "")
    return UploadScreen(
        None,
        "",
        [
            f"`{name}` bevat mogelijk {len(names)} naam/namen van personen (regel {where}). "
            "Staat daar een leerling, ouder of cliënt? Haal die naam dan weg: iedereen kan deze bron lezen."
        ],
    )
