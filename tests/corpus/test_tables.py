"""Tables from other systems (tables.py): read as prose with a Dutch note, checked like any document, and our own
schema still accepted with ';' between columns, as Dutch Excel saves it."""

from __future__ import annotations

import shutil
from pathlib import Path

from assistant.corpus.check import check_corpus
from assistant.corpus.social_map import load_services
from assistant.corpus.tables import is_foreign_table, sniff_delimiter, table_markdown
from tests.helpers import FIXTURES

EXPORT = (
    "Naam;Beschrijving;Doelgroep;Plaats;Telefoon;E-mail\n"
    "Gezinscoach Deurne;Helpt gezinnen met opvoedvragen thuis.;ouders met kinderen tot 18;Deurne;0493-111222;"
    "coach@deurne.example\n"
    ";;;;;\n"
    "Alleen een naam\n"
)


def test_delimiter_is_the_one_that_splits_the_header() -> None:
    assert sniff_delimiter("Naam;Omschrijving;Plaats") == ";"
    assert sniff_delimiter("id,name,description") == ","
    assert sniff_delimiter("Naam\tPlaats") == "\t"
    assert sniff_delimiter("alleen") == ","


def test_foreign_header_is_told_from_our_schema() -> None:
    assert is_foreign_table(["Naam", "Omschrijving", "Plaats"])
    assert is_foreign_table(["name", "description", "phone"])  # two of our names, no id/region/access/date
    assert not is_foreign_table(["id", "name", "description", "category", "access", "region", "last_verified"])


def test_each_row_becomes_a_section_in_whole_sentences() -> None:
    text, read, skipped = table_markdown(EXPORT, "Sociale kaart Deurne")
    assert read == 2 and skipped == []
    assert text.startswith("# Sociale kaart Deurne\n")
    assert "## Gezinscoach Deurne\n\nGezinscoach Deurne (Deurne, telefoon 0493-111222): Helpt gezinnen" in text
    assert "Gezinscoach Deurne is er voor ouders met kinderen tot 18." in text
    assert "e-mail coach@deurne.example" in text
    assert "## Alleen een naam" in text


def test_check_corpus_warns_and_still_checks_the_protected_numbers(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "mini_corpus", corpus)
    (corpus / "sociale-kaart" / "deurne.csv").write_text(EXPORT, encoding="utf-8")
    (corpus / "overig" / "lijst.csv").write_text(
        "Organisatie;Omschrijving;Telefoonnummer\nVeilig Thuis;Advies bij huiselijk geweld.;0900-1234567\n",
        encoding="utf-8",
    )
    report = check_corpus(corpus)
    notes = [w.message for w in report.warnings if w.file == "sociale-kaart/deurne.csv"]
    assert any("als tabel ingelezen" in n and "Rijen ingelezen: 2" in n for n in notes), notes
    assert not [e for e in report.errors if e.file == "sociale-kaart/deurne.csv"]
    wrong = [e for e in report.errors if e.file == "overig/lijst.csv"]
    assert wrong and wrong[0].field == "phone" and "0800-2000" in wrong[0].message


def test_our_schema_with_semicolons_loads_services(tmp_path: Path) -> None:
    path = tmp_path / "kaart.csv"
    path.write_text(
        "id;name;description;category;access;region;last_verified\n"
        "wijkteam-x;Wijkteam X;Helpt gezinnen.;jeugdhulp,opvoeden-en-opgroeien;vrij-toegankelijk;peelrand;2026-01-05\n",
        encoding="utf-8",
    )
    services, issues = load_services(path)
    assert issues == [] and [s.id for s in services] == ["wijkteam-x"]
    assert services[0].category == ["jeugdhulp", "opvoeden-en-opgroeien"]
