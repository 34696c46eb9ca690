"""Personal data out before anything is stored: Dutch identifiers found by pattern (and the BSN 11-check).

Names of people are not caught by patterns; that needs a Dutch de-identification model (guardrails issue).
"""

from __future__ import annotations

import re
from collections.abc import Callable

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d){10}\b", re.IGNORECASE)
PHONE = re.compile(r"(?<![\w-])(?:\+31[\s-]?|0031[\s-]?|0)(?:[1-9](?:[\s-]?\d){8})(?![\w-])")
POSTCODE_HOUSE = re.compile(r"\b[1-9]\d{3}\s?[A-Z]{2}\b(?:[\s,]+\d{1,5}[a-z]?\b)?", re.IGNORECASE)
STREET_HOUSE = re.compile(r"\b[A-Z][a-z]+(?:straat|laan|weg|plein|singel|gracht|dijk|kade|hof)\s+\d{1,5}[a-z]?\b")
DATE = re.compile(r"\b(?:[0-3]?\d[-/.][01]?\d[-/.](?:19|20)\d{2}|(?:19|20)\d{2}-[01]\d-[0-3]\d)\b")
NINE_DIGITS = re.compile(r"(?<!\d)(\d{4}[.\s]?\d{2}[.\s]?\d{3}|\d{9})(?!\d)")


def bsn_valid(digits: str) -> bool:
    """The elfproef: 9·d1 + 8·d2 + … + 2·d8 − d9 must be divisible by 11 (and not all zeros)."""
    d = [int(c) for c in re.sub(r"\D", "", digits)]
    if len(d) != 9 or not any(d):
        return False
    return (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 0


def _bsn(match: re.Match[str]) -> str:
    return "[BSN]" if bsn_valid(match.group(1)) else match.group(0)


RULES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (EMAIL, "[E-MAIL]"),
    (IBAN, "[IBAN]"),
    (NINE_DIGITS, _bsn),
    (PHONE, "[TELEFOON]"),
    (DATE, "[DATUM]"),
    (POSTCODE_HOUSE, "[ADRES]"),
    (STREET_HOUSE, "[ADRES]"),
]


def redact(text: str | None) -> str | None:
    """Replace identifiers with a label; text without them comes back unchanged."""
    if not text:
        return text
    for pattern, replacement in RULES:
        text = pattern.sub(replacement, text)
    return text
