"""What a table may say about a protected help line: its own number, whole, in the row that names it.

Red team round 23 got wrong numbers for Veilig Thuis and the Kindertelefoon past the sentence checks of
``line_claims`` in tables: a number split over cells ("| Veilig Thuis | 0800 | 2001 |", in Markdown and in an HTML
``<table>``), the area code in the header ("| Abonneenummer (kies eerst 0800) |" over "| 2001 |"), a number on the next
row ("| | 2001 |"), and a transposed table whose number row names no line ("| nummer | 0800-0432 | 0800-2000 |": each
real, each on the wrong line). A table read row by row cannot be checked sentence by sentence, so the rule is
stricter: in a table that names a protected line, a group of three or more digits stands only as the whole number of
a line named in the same row.
"""

from __future__ import annotations

import html
import re

from assistant.corpus.protected import NAME_PATTERNS, PROTECTED, ProtectedService, digits
from assistant.corpus.unmask import plain

_HTML_TABLE = re.compile(r"<table\b.*?</table\s*>", re.IGNORECASE | re.DOTALL)
_HTML_ROW = re.compile(r"<tr\b.*?(?:</tr\s*>|(?=<tr\b)|$)", re.IGNORECASE | re.DOTALL)
_HTML_CELL = re.compile(r"<t[dh]\b[^>]*>(.*?)(?:</t[dh]\s*>|(?=<t[dh]\b)|$)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_DIGIT_GROUP = re.compile(r"\d(?:[\d .\-/\u2010-\u2015]*\d)?")
_SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-{2,}")


def markdown_tables(text: str) -> list[tuple[list[list[str]], int]]:
    """Each Markdown table of a text as its rows of cells, with where it starts."""
    tables: list[tuple[list[list[str]], int]] = []
    rows: list[list[str]] = []
    start = at = 0
    for line in [*text.splitlines(keepends=True), ""]:
        stripped = line.strip()
        if stripped.startswith("|") or stripped.count("|") >= 2:
            start = at if not rows else start
            if not _SEPARATOR_ROW.match(stripped):
                rows.append([c.strip() for c in stripped.strip("|").split("|")])
        elif rows:
            tables.append((rows, start))
            rows = []
        at += len(line)
    return tables


def _html_tables(text: str) -> list[list[list[str]]]:
    return [
        [
            [html.unescape(_TAG.sub(" ", cell)).strip() for cell in _HTML_CELL.findall(row.group())]
            for row in _HTML_ROW.finditer(table.group())
        ]
        for table in _HTML_TABLE.finditer(text)
    ]


def html_tables_as_markdown(text: str) -> str:
    """Each HTML table of a text as Markdown rows, so the checks that read a table row by row read it too."""
    return _HTML_TABLE.sub(
        lambda m: "\n" + "\n".join("| " + " | ".join(row) + " |" for row in _html_tables(m.group())[0]) + "\n", text
    )


def _named(cell: str) -> list[ProtectedService]:
    return [s for s, pattern in NAME_PATTERNS if pattern.search(plain(cell))]


def table_line_conflicts(text: str) -> list[str]:
    """A Dutch reason for the first table that names a protected line and holds other digits than such a line's
    number; one reason names the table, the coordinator rewrites it."""
    for table in [*(t for t, _ in markdown_tables(text)), *_html_tables(text)]:
        named = [s for row in table for cell in row for s in _named(cell)]
        if not named:
            continue
        for row in table:
            in_row = {s for cell in row for s in _named(cell)}
            own = {digits(p) for s in in_row for p in s.phones}
            # 112 and 113 name themselves ("| Levensgevaar | 112 |"), unless the row names another line
            own |= {p for s in PROTECTED for p in map(digits, s.phones) if len(p) == 3 and in_row <= {s}}
            for group in (g for cell in row for g in _DIGIT_GROUP.findall(plain(cell))):
                if len(digits(group)) < 3 or digits(group) in own or re.fullmatch(r"(?:19|20)\d\d", group):  # a year
                    continue
                right = "; ".join(f"{s.names[0]} {s.phones[0]}" for s in dict.fromkeys(named))
                return [
                    f"zet in een tabel bij {named[0].names[0]} de cijfers '{group}', die niet het hele vaste nummer "
                    "van een lijn in dezelfde rij zijn; in een tabel staat een landelijk nummer alleen heel, in de rij "
                    f"met de naam van de lijn ({right})."
                ]
    return []
