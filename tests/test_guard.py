"""Personal data is replaced before storage; ordinary text is left alone."""

from __future__ import annotations

import pytest

from assistant.guard import bsn_valid, redact


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("mijn mail is ouder.jansen@gmail.com", "[E-MAIL]"),
        ("bel me op 06-12345678", "[TELEFOON]"),
        ("of op 0492 123456", "[TELEFOON]"),
        ("+31 6 12345678 is mijn nummer", "[TELEFOON]"),
        ("BSN 111222333", "[BSN]"),
        ("bsn: 1112.22.333", "[BSN]"),
        ("rekening NL91ABNA0417164300", "[IBAN]"),
        ("we wonen op 5701 AB 12 in Helmond", "[ADRES]"),
        ("adres Kerkstraat 14", "[ADRES]"),
        ("geboren 03-04-2015", "[DATUM]"),
        ("geboortedatum 2015-04-03", "[DATUM]"),
    ],
)
def test_identifiers_are_replaced(text: str, label: str) -> None:
    out = redact(text)
    assert label in out


def test_bsn_needs_the_eleven_check() -> None:
    assert bsn_valid("111222333")
    assert not bsn_valid("123456789")
    assert redact("ordernummer 123456789") == "ordernummer 123456789"


@pytest.mark.parametrize(
    "text",
    [
        "Veilig Thuis is bereikbaar op 0800-2000.",  # national service numbers are help, not personal data
        "Mijn dochter van 14 zit in groep 8.",
        "De TLV geldt voor 2 jaar, tot 2027.",
    ],
)
def test_ordinary_text_is_unchanged(text: str) -> None:
    assert redact(text) == text
