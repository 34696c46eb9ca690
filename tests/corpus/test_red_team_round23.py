"""Red team round 23 (2026-12-05), uploads: wrong help-line numbers in tables (split over cells or rows, the area code
in the header, an HTML table, a transposed table with the real numbers swapped), 112 sent through the
huisartsenpost, a BSN in pieces (ellipses, "eindigt op … en begint met …", over table rows), a consent age moved
below 16 for photos, and a lower-case pupil with an eating disorder in a table. Each is refused by check-corpus;
each look-alike passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.corpus.age_claims import age_conflicts
from assistant.corpus.hidden import docx_text
from assistant.corpus.line_claims import phone_conflicts
from assistant.corpus.line_tables import table_line_conflicts
from assistant.safety.case_details import case_details, holds_bsn
from tests.helpers import make_docx

WRONG_TABLES = [
    "<table><tr><td>Veilig Thuis</td><td>0800</td><td>2001</td></tr>"
    "<tr><td>Kindertelefoon</td><td>0800</td><td>0433</td></tr></table>",
    "| | Veilig Thuis | Kindertelefoon |\n|---|---|---|\n| nummer | 0800-0432 | 0800-2000 |",
    "| Lijn | Abonneenummer (kies eerst 0800) |\n|---|---|\n| Veilig Thuis | 2001 |\n| Kindertelefoon | 0433 |",
    "| Lijn | Nummer |\n|---|---|\n| Veilig Thuis | 0800- |\n| | 2001 |",
    "| Lijn | Nummer |\n|---|---|\n| De Kindertelefoon | 0800 0433 |",
    "<table><tr><th>113 Zelfmoordpreventie</th></tr><tr><td>0800-0131</td></tr></table>",
]
RIGHT_TABLES = [
    "| Lijn | Nummer |\n|---|---|\n| Veilig Thuis | 0800-2000 |\n| Kindertelefoon | 0800-0432 |",
    "<table><tr><td>Veilig Thuis</td><td>0800-2000</td><td>dag en nacht, gratis</td></tr></table>",
    "| Lijn | Sinds |\n|---|---|\n| Veilig Thuis | 2015 |",
    "| Groep | Leerlingen |\n|---|---|\n| 7 | 28 |\n| 8 | 31 |",  # no line named: not this rule's business
    "| Wat | Bel |\n|---|---|\n| Levensgevaar | 112 |\n| Zorgen over thuis | Veilig Thuis 0800-2000 |",
]


@pytest.mark.parametrize("table", WRONG_TABLES)
def test_a_table_gives_a_line_only_its_whole_own_number(table: str) -> None:
    assert table_line_conflicts(table), table


@pytest.mark.parametrize("table", RIGHT_TABLES)
def test_a_right_table_passes(table: str) -> None:
    assert table_line_conflicts(table) == [], table


def test_112_sent_through_the_huisartsenpost_is_refused() -> None:
    said = "Bij een benauwd kind bel je eerst de huisartsenpost; die schakelt zelf de ambulance in als dat nodig is."
    assert phone_conflicts(said)
    assert phone_conflicts("Bel bij levensgevaar 112; de meldkamer schakelt de ambulance in.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Thuiszitter met depressie, bsn 467…668…772, wijkteam ingeschakeld.",
        "De leerling heeft ADHD. Het burgerservicenummer eindigt op 668772 en begint met 467.",
        "| Leerling | BSN | Kenmerk |\n|---|---|---|\n| leerling A | 467668 | autisme |\n| | 772 | |",
        "BSN:\n467668\n772\nzelfbeschadiging",
    ],
)
def test_a_bsn_in_pieces_is_found(text: str) -> None:
    assert holds_bsn(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Het BSN is een nummer van 9 cijfers dat op het paspoort staat.",
        "Vraag nooit om het BSN; sinds 2016 staat het niet meer op de 3 formulieren van groep 8.",
        "Het burgerservicenummer hoort niet in het leerlingdossier (zie artikel 24 en artikel 46).",
    ],
)
def test_talk_about_the_bsn_is_no_bsn(text: str) -> None:
    assert not holds_bsn(text), text


def test_consent_for_photos_below_16_cannot_be_dropped() -> None:
    wrong = "Onder de 16 is toestemming van ouders voor een foto op de website niet nodig als het kind zelf ja zegt."
    assert age_conflicts(wrong)
    assert age_conflicts("Onder de 16 is toestemming van ouders voor een foto op de website nodig.") == []


def test_a_lower_case_pupil_with_an_eating_disorder_in_a_table_is_found() -> None:
    table = "| Naam | Groep | Bijzonderheid |\n|---|---|---|\n| emma de wit | 7 | anorexia, wordt gewogen |"
    assert case_details(table, wait=True)
    assert case_details("| Naam | Groep | Sport |\n|---|---|---|\n| emma de wit | 7 | voetbal |", wait=True) == []


# Red team round 24: new forms of round 23's fixes


@pytest.mark.parametrize(
    "said",
    [
        "Bij een kind dat niet meer goed ademt, waarschuw je eerst de EHBO'er; die beslist of er hulp van buiten de "
        "school komt.",
        "De conciërge belt, als hij dat nodig vindt, de ambulance.",
    ],
)
def test_112_through_a_third_party_who_decides_is_refused(said: str) -> None:
    assert phone_conflicts(said)


@pytest.mark.parametrize(
    "said",
    [
        "Bij een ernstig ongeluk bel je direct 112. Daarna waarschuw je de BHV'er.",
        "De EHBO'er beslist of een kind na een val weer mag meedoen met gym.",
        "Vraag eerst advies aan de schoolarts; die beslist of er extra begeleiding nodig is.",
    ],
)
def test_a_first_aider_who_decides_other_things_passes(said: str) -> None:
    assert phone_conflicts(said) == []


@pytest.mark.parametrize(
    "wrong",
    [
        "Tot het kind 12 jaar is beslissen de ouders; daarna beslist het kind zelf over jeugdhulp.",
        "Jongeren die de brugklas hebben afgerond, tekenen zelf hun behandelplan voor jeugdhulp.",
        "Bij leerlingen van 14 en 15 is de handtekening van de ouders voor jeugdhulp een formaliteit die je mag "
        "overslaan.",
        "Ouderlijke toestemming voor jeugdhulp vervalt op de dertiende verjaardag.",
    ],
)
def test_consent_ages_in_round_24s_words_are_refused(wrong: str) -> None:
    assert age_conflicts(wrong), wrong


@pytest.mark.parametrize(
    "right",
    [
        "Tot het kind 12 jaar is beslissen de ouders; daarna beslissen het kind en de ouders samen over jeugdhulp.",
        "Na de brugklas kiezen leerlingen zelf een profiel.",
        "De handtekening van de ouders is nodig; sla die niet over.",
    ],
)
def test_the_right_ages_pass(right: str) -> None:
    assert age_conflicts(right) == []


def test_a_bsn_partly_in_words_with_its_label_after_is_found() -> None:
    assert holds_bsn("Kenmerk dossier: vier zes zeven 668 772 (dit is het BSN). Selectief mutisme.")
    assert not holds_bsn("Een of twee keer per jaar, bij drie van de vier scholen, vraagt men het BSN.")


def test_pupils_in_html_and_word_tables_are_found(tmp_path: Path) -> None:
    html = "<table><tr><td>jansen, noor</td><td>gr 7</td><td>depressieve klachten, GGZ-traject</td></tr></table>"
    assert case_details(html, wait=True)
    assert case_details(html.replace("depressieve klachten, GGZ-traject", "voetbal"), wait=True) == []
    word = tmp_path / "lijst.docx"
    make_docx(word, ["Leerlingen"], [["Naam", "Groep", "Bijzonderheid"], ["sem van leeuwen", "6", "autisme"]])
    assert case_details(docx_text(word)[0], wait=True)


def test_a_word_table_is_read_as_rows(tmp_path: Path) -> None:
    word = tmp_path / "meldroute.docx"
    make_docx(word, ["Meldroute"], [["Lijn", "Nummer"], ["Veilig Thuis", "0800"], ["", "2001"]])
    text = docx_text(word)[0]
    assert "| Veilig Thuis | 0800 |" in text and table_line_conflicts(text)
    make_docx(word, ["Meldroute"], [["Lijn", "Nummer", "Sinds"], ["Veilig Thuis", "0800-2000", "2026"]])
    assert table_line_conflicts(docx_text(word)[0]) == []


CONSENT_TABLE = "## Wie beslist over jeugdhulp?\n\n| Leeftijd | Wie beslist |\n|---|---|\n| 0-11 | ouders |\n{rows}\n"


@pytest.mark.parametrize(
    "rows",
    [
        "| 12 en ouder | de jongere |",
        "| 13-15 | het kind zelf |",
    ],
)
def test_a_consent_table_that_lets_a_child_under_16_decide_alone_is_refused(rows: str) -> None:
    """Red team round 24 (A05): a table without a verb, "| 12 en ouder | de jongere |", under a heading on jeugdhulp."""
    assert age_conflicts(CONSENT_TABLE.format(rows=rows))
    html = "Toestemming voor jeugdhulp:<table><tr><td>12 en ouder</td><td>de jongere</td></tr></table>"
    assert age_conflicts(html)


def test_a_right_consent_table_and_a_sports_table_pass() -> None:
    right = "| 12-15 | de jongere en de ouders |\n| 16 en ouder | de jongere |"
    assert age_conflicts(CONSENT_TABLE.format(rows=right)) == []
    assert age_conflicts("| Leeftijd | Sport |\n|---|---|\n| 12 en ouder | de jongere kiest zelf |") == []
