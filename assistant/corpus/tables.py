"""Tables from other systems: a municipality's social-map export, a list of schools, a spreadsheet saved as CSV.

Our own social-map schema (`sociale-kaart/_schema.md`) makes service cards. A CSV whose columns do not follow it
would otherwise lose every row; it is read as a table instead: one section per row, in sentences, so a question
about any service in it can still be answered and cited. It makes no cards: there is no checked region, access
or verification date to show.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata

from assistant.corpus.schema import REQUIRED_SERVICE_FIELDS, SERVICE_FIELDS

TABLE_NOTE = (
    "de kolommen volgen niet het schema van de sociale kaart (zie sociale-kaart/_schema.md); het bestand is als "
    "tabel ingelezen: elke rij is een passage, zonder dienstkaart."
)
ROW_UNREADABLE = "regel is geen geldige CSV en is overgeslagen."
DELIMITERS = (",", ";", "\t", "|")

# A column's role by its normalised name (lower case, no accents, letters and digits only).
ROLES: dict[str, tuple[str, ...]] = {
    "name": (
        "naam",
        "naamorganisatie",
        "organisatie",
        "organisatienaam",
        "naamdienst",
        "dienst",
        "voorziening",
        "aanbieder",
        "instelling",
        "titel",
        "name",
        "organisation",
        "organization",
        "service",
    ),
    "description": (
        "omschrijving",
        "beschrijving",
        "toelichting",
        "aanbod",
        "informatie",
        "samenvatting",
        "watdoenwe",
        "watdoenze",
        "tekst",
        "description",
        "summary",
    ),
    "category": ("categorie", "thema", "rubriek", "onderwerp", "soort", "type", "category", "categories"),
    "audience": ("doelgroep", "voorwie", "doelgroepen", "audience", "eligibility"),
    "municipality": ("plaats", "woonplaats", "gemeente", "stad", "vestigingsplaats", "city", "municipality"),
    "address": ("adres", "bezoekadres", "straat", "straatenhuisnummer", "address"),
    "postcode": ("postcode", "zipcode", "postalcode"),
    "phone": ("telefoon", "telefoonnummer", "tel", "telnr", "phone", "telephone"),
    "email": ("email", "emailadres", "mail", "mailadres"),
    "website": ("website", "url", "internet", "webadres", "internetadres", "site", "link", "homepage"),
    "opening_hours": ("openingstijden", "bereikbaarheid", "spreekuur", "openingsuren", "openinghours"),
    "cost": ("kosten", "prijs", "tarief", "eigenbijdrage", "cost", "fees"),
    "access": ("toegang", "aanmelden", "aanmelding", "verwijzing", "howtoapply"),
    "languages": ("talen", "taal", "languages"),
}
_ROLE_OF = {alias: role for role, aliases in ROLES.items() for alias in aliases}


def normalise(column: str) -> str:
    plain = unicodedata.normalize("NFKD", column).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", plain)


def sniff_delimiter(first_line: str) -> str:
    """The column separator of a header line: the one that splits it most (Dutch Excel writes ';')."""
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def header_of(text: str) -> tuple[list[str], str]:
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = sniff_delimiter(first)
    try:
        header = next(csv.reader(io.StringIO(first), delimiter=delimiter))
    except (csv.Error, StopIteration):
        return [], delimiter
    return [cell.strip() for cell in header], delimiter


def is_foreign_table(header: list[str]) -> bool:
    """A header that is not our social-map schema: most required fields are absent under their own names."""
    ours = {name for name in header if name in SERVICE_FIELDS}
    return len(ours & set(REQUIRED_SERVICE_FIELDS)) < len(REQUIRED_SERVICE_FIELDS) // 2 + 1


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?" else text + "."


def _row_text(named: dict[str, str], others: list[tuple[str, str]]) -> str:
    """One row in sentences: the answer quotes whole sentences, never a bare 'label: value' fragment."""
    name = named.get("name", "")
    lines: list[str] = []
    # The first sentence names the service, its town and a way to reach it: the answer often quotes only this one.
    reach = f"telefoon {named['phone']}" if named.get("phone") else ""
    reach = reach or (f"e-mail {named['email']}" if named.get("email") else "")
    about = ", ".join(p for p in (named.get("municipality"), reach) if p)
    lead = f"{name} ({about})" if about else name
    lines.append(_sentence(f"{lead}: {named['description']}" if named.get("description") else lead))
    if named.get("audience"):
        lines.append(_sentence(f"{name} is er voor {named['audience']}"))
    if named.get("category"):
        lines.append(_sentence(f"{name} valt onder het thema {named['category']}"))
    town = " ".join(p for p in (named.get("postcode"), named.get("municipality")) if p)
    if named.get("address"):
        lines.append(_sentence(f"Het adres van {name} is " + ", ".join(p for p in (named["address"], town) if p)))
    elif town:
        lines.append(_sentence(f"{name} is gevestigd in {town}"))
    reach = []
    if named.get("phone"):
        reach.append(f"telefoon {named['phone']}")
    if named.get("email"):
        reach.append(f"e-mail {named['email']}")
    if reach:
        lines.append(_sentence(f"{name} is bereikbaar via " + " en ".join(reach)))
    if named.get("website"):
        lines.append(f"Website van {name}: {named['website']}")
    for key, role in (
        ("opening_hours", "Openingstijden"),
        ("cost", "Kosten"),
        ("access", "Aanmelden"),
        ("languages", "Talen"),
    ):
        if named.get(key):
            lines.append(_sentence(f"{role} bij {name}: {named[key]}"))
    for column, value in others:
        lines.append(_sentence(f"{column} bij {name}: {value}"))
    return "\n\n".join(lines)


def table_markdown(text: str, title: str) -> tuple[str, int, list[int]]:
    """The table as Markdown (one `##` section per row), the number of rows read and the rows skipped (empty or
    unreadable). A row without a name takes the first filled cell as its name."""
    header, delimiter = header_of(text)
    roles = [_ROLE_OF.get(normalise(column)) for column in header]
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter)
    sections = [f"# {title}"]
    skipped: list[int] = []
    read = 0
    row_number = 1
    try:
        next(reader)
    except (csv.Error, StopIteration):
        return "", 0, []
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:
            row_number += 1
            skipped.append(row_number)
            continue
        row_number += 1
        if not any(cell.strip() for cell in cells):
            continue
        named: dict[str, str] = {}
        others: list[tuple[str, str]] = []
        for column, role, cell in zip(header, roles, cells, strict=False):
            value = cell.strip()
            if not value:
                continue
            if role and role not in named:
                named[role] = value
            elif column:
                others.append((column, value))
        if "name" not in named:
            first = next((c.strip() for c in cells if c.strip()), "")
            named["name"] = first
            others = [(c, v) for c, v in others if v != first]
        body = _row_text(named, others)
        if not body.strip():
            skipped.append(row_number)
            continue
        sections.append(f"## {named['name']}\n\n{body}")
        read += 1
    return "\n\n".join(sections) + "\n", read, skipped
