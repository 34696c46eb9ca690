"""Tests for assistant.corpus: the corpus model, loaders and check_corpus.

Every broken fixture targets one kind of problem; the tests assert the exact Dutch
message, field and row a coordinator would see, not merely that something failed.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from assistant.corpus.check import check_corpus
from assistant.corpus.files import kind_for, load_regions, read_sidecar, split_front_matter
from assistant.corpus.schema import FOLDER_KINDS, KINDS, CheckReport, CorpusIssue, DocumentMeta
from assistant.corpus.service import Service
from assistant.corpus.social_map import load_services
from assistant.errors import CorpusError

HERE = Path(__file__).parent.parent
FIXTURES = HERE / "fixtures"
GOOD = FIXTURES / "good_corpus"
BROKEN = FIXTURES / "broken_corpus"
REPO_CORPUS = HERE.parent / "corpus"
EVAL_SOCIAL_MAP = HERE / "eval" / "questions_sociale_kaart.jsonl"
TODAY = datetime.date(2026, 11, 23)


@pytest.fixture(scope="module")
def broken_report() -> CheckReport:
    return check_corpus(BROKEN, today=TODAY)


def issues_for(issues: list[CorpusIssue], file: str) -> list[CorpusIssue]:
    return [issue for issue in issues if issue.file == file]


def only_issue(issues: list[CorpusIssue], file: str) -> CorpusIssue:
    found = issues_for(issues, file)
    assert len(found) == 1, f"verwacht precies één melding voor {file}, kreeg {found}"
    return found[0]


def valid_record(**changes: object) -> dict[str, object]:
    record: dict[str, object] = {
        "id": "wijkteam-helmond",
        "name": "Wijkteam Helmond",
        "description": "Helpt bij vragen over opvoeden. (Voorbeeldgegevens.)",
        "category": ["jeugdhulp"],
        "access": "vrij-toegankelijk",
        "region": "peelrand",
        "municipality": "Helmond",
        "last_verified": "2026-10-01",
        "example": True,
    }
    record.update(changes)
    return record


# --- the good fixture ---------------------------------------------------------


def test_good_corpus_has_no_problems_and_counts_everything() -> None:
    report = check_corpus(GOOD, today=TODAY)
    assert report.errors == []
    assert report.warnings == []
    assert report.ok()
    assert (report.plans, report.social_map_entries, report.privacy_topics) == (2, 4, 1)


def test_good_csv_splits_lists_on_semicolons() -> None:
    services, issues = load_services(GOOD / "sociale-kaart" / "rivierenland.csv")
    assert issues == []
    assert [s.id for s in services] == ["smw-tiel", "huiswerk-tiel"]
    assert services[0].category == ["jeugdhulp", "ouders-en-steun"]
    assert services[0].languages == ["nl", "en"]
    assert services[0].example is True
    assert services[0].description.startswith("Beschrijving, met komma.")


# --- social map: one broken fixture per kind of error -------------------------


def test_missing_required_field_skips_only_that_row(broken_report: CheckReport) -> None:
    issue = only_issue(broken_report.errors, "sociale-kaart/ontbrekend-veld.yaml")
    assert issue.row == 2
    assert issue.field == "description"
    assert issue.message == ("Rij 2 (zonder-beschrijving): verplicht veld 'description' ontbreekt.")
    services, _ = load_services(BROKEN / "sociale-kaart" / "ontbrekend-veld.yaml")
    assert [s.id for s in services] == ["ok-een"]


def test_bad_phone_number(broken_report: CheckReport) -> None:
    issue = only_issue(broken_report.errors, "sociale-kaart/slecht-telefoonnummer.yaml")
    assert (issue.row, issue.field) == (2, "phone")
    assert issue.message == ("Rij 2 (wijkteam-asten): telefoonnummer '12345' is geen geldig Nederlands nummer.")


def test_bad_email_address(broken_report: CheckReport) -> None:
    issue = only_issue(broken_report.errors, "sociale-kaart/slecht-emailadres.yaml")
    assert (issue.row, issue.field) == (1, "email")
    assert issue.message == ("Rij 1 (cjg-someren): e-mailadres 'cjg.someren(at)voorbeeld' is geen geldig e-mailadres.")


def test_unknown_municipality_for_region(broken_report: CheckReport) -> None:
    issue = only_issue(broken_report.errors, "sociale-kaart/onbekende-gemeente.yaml")
    assert (issue.row, issue.field) == (1, "municipality")
    assert issue.message.startswith("Rij 1 (wijkteam-eindhoven): gemeente 'Eindhoven' hoort niet bij regio 'peelrand'")
    assert "Helmond, Deurne, Asten, Someren, Gemert-Bakel, Laarbeek" in issue.message


def test_unknown_municipality_is_only_checked_when_regions_are_given() -> None:
    path = BROKEN / "sociale-kaart" / "onbekende-gemeente.yaml"
    services, issues = load_services(path)
    assert [s.id for s in services] == ["wijkteam-eindhoven"] and issues == []
    services, issues = load_services(path, load_regions(BROKEN))
    assert services == [] and [i.field for i in issues] == ["municipality"]


def test_duplicate_id_is_reported_on_second_occurrence(broken_report: CheckReport) -> None:
    assert issues_for(broken_report.errors, "sociale-kaart/dubbel-a.yaml") == []
    issue = only_issue(broken_report.errors, "sociale-kaart/dubbel-b.yaml")
    assert (issue.row, issue.field) == (2, "dubbel-id")
    assert issue.message == (
        "Rij 2 (dubbele-dienst): id 'dubbele-dienst' komt al voor in "
        "sociale-kaart/dubbel-a.yaml (rij 1); elk id moet uniek zijn."
    )


def test_stale_last_verified_is_a_warning_not_an_error(broken_report: CheckReport) -> None:
    assert issues_for(broken_report.errors, "sociale-kaart/verouderd.yaml") == []
    warning = only_issue(broken_report.warnings, "sociale-kaart/verouderd.yaml")
    assert (warning.row, warning.field) == (1, "last_verified")
    assert warning.message == (
        "Rij 1 (oude-dienst): laatst gecontroleerd op 2025-06-30, meer dan 12 maanden "
        "geleden; controleer de gegevens opnieuw."
    )


def test_stale_boundary_is_365_days() -> None:
    day_after = datetime.date(2025, 6, 30) + datetime.timedelta(days=365)
    report = check_corpus(BROKEN, today=day_after)
    assert issues_for(report.warnings, "sociale-kaart/verouderd.yaml") == []
    report = check_corpus(BROKEN, today=day_after + datetime.timedelta(days=1))
    assert len(issues_for(report.warnings, "sociale-kaart/verouderd.yaml")) == 1


def test_csv_malformed_row_is_skipped_and_other_rows_are_returned(
    broken_report: CheckReport,
) -> None:
    services, issues = load_services(BROKEN / "sociale-kaart" / "kapot.csv")
    assert [s.id for s in services] == ["rij-twee", "rij-vier"]
    assert len(issues) == 1
    assert issues[0].row == 3
    assert issues[0].message == (
        "Rij 3 (rij-drie): rij heeft 15 cellen, maar de kopregel heeft 14 kolommen (staat er een komma te veel?)."
    )
    assert only_issue(broken_report.errors, "sociale-kaart/kapot.csv").row == 3


def test_empty_social_map_file(broken_report: CheckReport) -> None:
    issue = only_issue(broken_report.errors, "sociale-kaart/leeg.yaml")
    assert issue.message == "bestand is leeg."
    assert load_services(BROKEN / "sociale-kaart" / "leeg.yaml")[0] == []


def test_invalid_yaml_social_map_gives_one_issue_and_no_services(
    broken_report: CheckReport,
) -> None:
    issue = only_issue(broken_report.errors, "sociale-kaart/ongeldige-yaml.yaml")
    assert issue.row is None
    assert issue.message.startswith("bestand bevat ongeldige YAML (rond regel")
    services, issues = load_services(BROKEN / "sociale-kaart" / "ongeldige-yaml.yaml")
    assert services == [] and len(issues) == 1


def test_non_utf8_csv(broken_report: CheckReport) -> None:
    issue = only_issue(broken_report.errors, "sociale-kaart/latin1.csv")
    assert issue.message == "bestand is geen geldige UTF-8-tekst."


def test_broken_corpus_counts_only_valid_services(broken_report: CheckReport) -> None:
    # ok-een, ok-twee, dubbele-dienst (first), unieke-dienst, oude-dienst, rij-twee, rij-vier
    assert broken_report.social_map_entries == 7
    assert not broken_report.ok()


# --- documents ------------------------------------------------------------------


def test_front_matter_missing_title(broken_report: CheckReport) -> None:
    issue = only_issue(broken_report.errors, "plannen/zonder-titel.md")
    assert issue.field == "title"
    assert issue.message == "verplicht veld 'title' ontbreekt in de front matter."


def test_front_matter_invalid_yaml(broken_report: CheckReport) -> None:
    issue = only_issue(broken_report.errors, "plannen/kapotte-front-matter.md")
    assert issue.message.startswith("de front matter bevat ongeldige YAML (rond regel ")


def test_empty_document(broken_report: CheckReport) -> None:
    assert only_issue(broken_report.errors, "plannen/leeg.md").message == "bestand is leeg."


def test_non_utf8_document(broken_report: CheckReport) -> None:
    issue = only_issue(broken_report.errors, "plannen/niet-utf8.md")
    assert issue.message == "bestand is geen geldige UTF-8-tekst."


def test_unknown_region_in_front_matter(broken_report: CheckReport) -> None:
    issue = only_issue(broken_report.errors, "privacy/onbekende-regio.md")
    assert issue.field == "region"
    assert issue.message == ("regio 'utrecht' staat niet in _regios.yaml; kies uit: landelijk, peelrand, rivierenland.")


def test_invalid_date_in_front_matter(broken_report: CheckReport) -> None:
    issue = only_issue(broken_report.errors, "privacy/ongeldige-datum.md")
    assert issue.field == "date"
    assert issue.message == "datum '2026-13-45' is geen geldige datum (gebruik JJJJ-MM-DD)."


def test_pdf_without_sidecar_is_a_warning_naming_the_file(
    broken_report: CheckReport,
) -> None:
    assert issues_for(broken_report.errors, "plannen/plan-zonder-meta.pdf") == []
    warning = only_issue(broken_report.warnings, "plannen/plan-zonder-meta.pdf")
    assert "'plan-zonder-meta.pdf.meta.yaml' ontbreekt" in warning.message


def test_html_without_front_matter_or_sidecar_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "overig").mkdir()
    page = tmp_path / "overig" / "info.html"
    page.write_text("<html><head><title>Info</title></head><body><p>Tekst</p></body></html>", encoding="utf-8")
    report = check_corpus(tmp_path, today=TODAY)
    assert report.errors == []
    assert [w.message for w in report.warnings] == [
        "metadatabestand 'info.html.meta.yaml' ontbreekt naast 'info.html'; "
        "maak het aan met title, kind, region en date."
    ]
    (tmp_path / "overig" / "info.html.meta.yaml").write_text("title: Info\nkind: other\n", encoding="utf-8")
    report = check_corpus(tmp_path, today=TODAY)
    assert [(e.field, e.message) for e in report.errors] == [
        ("date", "verplicht veld 'date' ontbreekt in 'info.html.meta.yaml'.")
    ]


def test_example_flag_mismatch_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "sociale-kaart").mkdir()
    (tmp_path / "_regios.yaml").write_bytes((GOOD / "_regios.yaml").read_bytes())
    records = [
        valid_record(id="echt-maar-example", example=False, email="info@wijkteam.example"),
        valid_record(id="voorbeeld-met-echt-domein", website="https://www.helmond.nl"),
    ]
    path = tmp_path / "sociale-kaart" / "diensten.json"
    path.write_text(json.dumps({"services": records}), encoding="utf-8")
    report = check_corpus(tmp_path, today=TODAY)
    assert report.errors == [] and report.social_map_entries == 2
    assert [(w.row, w.field) for w in report.warnings] == [(1, "example"), (2, "example")]
    assert "example staat op false" in report.warnings[0].message
    assert "niet 'https://www.helmond.nl'" in report.warnings[1].message


def test_unknown_kind_and_missing_kind_and_date(tmp_path: Path) -> None:
    (tmp_path / "plannen").mkdir()
    doc = tmp_path / "plannen" / "x.md"
    doc.write_text("---\ntitle: Plan\nkind: beleid\n---\nTekst\n", encoding="utf-8")
    report = check_corpus(tmp_path, today=TODAY)
    messages = {issue.field: issue.message for issue in report.errors}
    assert messages["kind"] == ("soort (kind) 'beleid' is onbekend; kies uit: plan, sociale_kaart, privacy, other.")
    assert messages["date"] == "verplicht veld 'date' ontbreekt in de front matter."
    # kind_for falls back to the folder when the front matter kind is invalid
    assert report.plans == 1


def test_skips_underscore_dot_and_sidecar_files(tmp_path: Path) -> None:
    (tmp_path / "_concept").mkdir()
    (tmp_path / "_concept" / "kapot.md").write_text("", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("x", encoding="utf-8")
    (tmp_path / "_notities.md").write_text("", encoding="utf-8")
    report = check_corpus(tmp_path, today=TODAY)
    assert report.errors == [] and report.warnings == []


def test_check_corpus_on_missing_folder_raises_dutch_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="bestaat niet"):
        check_corpus(tmp_path / "bestaat-niet")


# --- helpers --------------------------------------------------------------------


def test_split_front_matter() -> None:
    meta, body = split_front_matter("---\ntitle: Plan\ndate: 2026-10-01\n---\n# Kop\n")
    assert meta == {"title": "Plan", "date": datetime.date(2026, 10, 1)}
    assert body == "# Kop\n"
    assert split_front_matter("# Geen front matter\n") == ({}, "# Geen front matter\n")
    with pytest.raises(CorpusError, match="ongeldige YAML"):
        split_front_matter("---\ntitle: [kapot\n---\n")
    with pytest.raises(CorpusError, match="niet afgesloten"):
        split_front_matter("---\ntitle: Plan\n")


def test_read_sidecar() -> None:
    pdf = GOOD / "plannen" / "ondersteuningsplan-rivierenland.pdf"
    assert read_sidecar(pdf)["title"] == "Ondersteuningsplan Rivierenland-Oost"
    assert read_sidecar(BROKEN / "plannen" / "plan-zonder-meta.pdf") == {}


def test_kind_for() -> None:
    assert set(FOLDER_KINDS.values()) < set(KINDS)
    assert kind_for("plannen/a.md", {}) == "plan"
    assert kind_for("sociale-kaart/a.csv", {}) == "sociale_kaart"
    assert kind_for("privacy/a.md", {"kind": "other"}) == "other"
    assert kind_for("plannen/a.md", {"kind": "onzin"}) == "plan"
    assert kind_for("overig/a.md", {}) == "other"


def test_load_regions_always_knows_landelijk(tmp_path: Path) -> None:
    assert list(load_regions(tmp_path)) == ["landelijk"]
    regions = load_regions(GOOD)
    assert set(regions) == {"peelrand", "rivierenland", "landelijk"}
    assert regions["rivierenland"].knows("west betuwe")
    (tmp_path / "_regios.yaml").write_text("regions: [kapot", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"_regios\.yaml"):
        load_regions(tmp_path)


def test_document_meta_parses_front_matter() -> None:
    meta = DocumentMeta.model_validate(
        {"title": "Plan", "kind": "plan", "region": "", "date": "2026-10-01", "example": "ja"}
    )
    assert meta.region is None
    assert meta.date == datetime.date(2026, 10, 1)
    assert meta.example is True


# --- Service validation -----------------------------------------------------------


@pytest.mark.parametrize(
    "phone",
    [
        "0492-012345",
        "073-0123456",
        "0800-2000",
        "0800-0432",
        "0900-111 3 111",
        "112",
        "113 of 0800-0113",
        "06-12345678",
        "0344012345",
    ],
)
def test_valid_phone_numbers(phone: str) -> None:
    assert Service.model_validate(valid_record(phone=phone)).phone == phone


@pytest.mark.parametrize("phone", ["12345", "+31 492 012345x", "0492-01234", "0800-12", "bel ons", "0492-0123456"])
def test_invalid_phone_numbers(phone: str) -> None:
    with pytest.raises(ValueError, match="geen geldig Nederlands nummer"):
        Service.model_validate(valid_record(phone=phone))


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"id": "Wijkteam Helmond"}, "id", "geen geldige slug"),
        ({"access": "via-de-huisarts"}, "access", "toegang 'via-de-huisarts' bestaat niet"),
        ({"category": ["zorg"]}, "category", "categorie 'zorg' bestaat niet"),
        ({"website": "www.wijkteam.example"}, "website", "moet beginnen met http"),
        ({"age_min": 30}, "age_min", "ligt niet tussen 0 en 27"),
        ({"age_min": 12, "age_max": 4}, "age_max", "hoger dan maximumleeftijd"),
        ({"age_max": "tien"}, "age_max", "geen heel getal"),
        ({"last_verified": "2099-01-01"}, "last_verified", "ligt in de toekomst"),
        ({"last_verified": "01-10-2026"}, "last_verified", "geen geldige datum"),
        ({"telefoon": "0492-012345"}, "telefoon", "onbekend veld 'telefoon'"),
    ],
)
def test_service_field_errors_in_dutch(tmp_path: Path, changes: dict[str, object], field: str, fragment: str) -> None:
    path = tmp_path / "diensten.json"
    path.write_text(json.dumps({"services": [valid_record(**changes)]}), encoding="utf-8")
    services, issues = load_services(path)
    assert services == []
    assert [issue.field for issue in issues] == [field]
    assert issues[0].row == 1
    assert fragment in issues[0].message


def test_service_json_top_level_list(tmp_path: Path) -> None:
    path = tmp_path / "diensten.json"
    path.write_text(json.dumps([valid_record()]), encoding="utf-8")
    services, issues = load_services(path)
    assert [s.id for s in services] == ["wijkteam-helmond"] and issues == []


def test_as_text_renders_dutch_labels() -> None:
    service = Service.model_validate(
        valid_record(
            id="veilig-thuis",
            name="Veilig Thuis",
            description="Advies- en meldpunt huiselijk geweld.",
            category=["veiligheid-en-crisis"],
            audience="iedereen",
            age_min=0,
            age_max=18,
            cost="gratis",
            region="landelijk",
            municipality="",
            phone="0800-2000",
            website="https://veiligthuis.nl",
            opening_hours="24 uur per dag, 7 dagen per week",
            languages=["nl", "en"],
            last_verified="2026-10-01",
            example=False,
        )
    )
    text = service.as_text()
    assert text.splitlines()[0] == "Veilig Thuis"
    for line in [
        "Wat: Advies- en meldpunt huiselijk geweld.",
        "Voor wie: iedereen (0 tot en met 18 jaar)",
        "Onderwerpen: veiligheid en crisis",
        "Toegang: vrij toegankelijk",
        "Kosten: gratis",
        "Waar: landelijk",
        "Telefoon: 0800-2000",
        "Website: https://veiligthuis.nl",
        "Openingstijden: 24 uur per dag, 7 dagen per week",
        "Talen: Nederlands, Engels",
        "Laatst gecontroleerd: 2026-10-01",
    ]:
        assert line in text.splitlines()
    regional = Service.model_validate(valid_record(access="beschikking-gemeente"))
    assert "Toegang: met een beschikking van de gemeente" in regional.as_text()
    assert "Waar: gemeente Helmond (regio peelrand)" in regional.as_text()


# --- the shipped corpus -----------------------------------------------------------


def _documents(folder: str) -> int:
    path = REPO_CORPUS / folder
    suffixes = {".md", ".txt", ".html", ".pdf", ".docx"}
    return sum(1 for p in path.glob("*") if p.suffix in suffixes) if path.is_dir() else 0


def test_shipped_social_map_is_valid() -> None:
    report = check_corpus(REPO_CORPUS)
    social = [
        issue for issue in report.errors if issue.file.startswith("sociale-kaart/") or issue.file == "_regios.yaml"
    ]
    assert social == []
    assert report.social_map_entries >= 60


@pytest.mark.skipif(
    _documents("plannen") < 2 or _documents("privacy") < 20,
    reason=(
        "corpus/plannen/ en corpus/privacy/ worden nog geschreven (nodig: >= 2 plannen, "
        ">= 20 privacy-onderwerpen); deze test draait vanzelf zodra ze er zijn"
    ),
)
def test_shipped_corpus_has_no_errors() -> None:
    report = check_corpus(REPO_CORPUS)
    assert report.errors == []
    assert report.social_map_entries >= 60
    assert report.privacy_topics >= 20
    assert report.plans >= 2


def test_social_map_eval_questions_match_the_corpus() -> None:
    lines = EVAL_SOCIAL_MAP.read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line) for line in lines if line.strip()]
    assert len(questions) >= 22
    assert len({q["id"] for q in questions}) == len(questions)
    regions = load_regions(REPO_CORPUS)
    texts: dict[str, str] = {}
    for path in sorted((REPO_CORPUS / "sociale-kaart").glob("*")):
        if path.suffix in {".yaml", ".yml", ".json", ".csv"} and not path.name.startswith("_"):
            services, issues = load_services(path, regions)
            assert issues == []
            texts.update({f"sociale-kaart/{path.name}#{s.id}": s.as_text() for s in services})
    for q in questions:
        assert q["id"].startswith("sk-") and q["answerable"] is True
        assert q["expected_doc"] in texts, q["id"]
        assert 1 <= len(q["expected_phrases"]) <= 3
        for phrase in q["expected_phrases"]:
            assert phrase.lower() in texts[q["expected_doc"]].lower(), (q["id"], phrase)


def test_privacy_guidance_and_plans_carry_a_review_trail() -> None:
    """Issue 19: without `gecontroleerd` and `bronnen`, or checked over 12 months ago, the coordinator is warned."""
    import datetime

    from assistant.corpus.check import review_warnings

    today = datetime.date(2026, 12, 2)
    fresh = {"gecontroleerd": "2026-11-01", "bronnen": ["Jeugdwet art. 7.3.11"]}
    assert review_warnings(fresh, "privacy/x.md", "privacy", today) == []
    assert review_warnings({}, "privacy/x.md", "other", today) == []
    missing = review_warnings({"gecontroleerd": "", "bronnen": []}, "plannen/p.md", "plan", today)
    assert {i.field for i in missing} == {"gecontroleerd", "bronnen"}
    old = review_warnings({**fresh, "gecontroleerd": "2025-06-01"}, "privacy/x.md", "privacy", today)
    assert [i.field for i in old] == ["gecontroleerd"] and "12 maanden" in old[0].message


def test_the_shipped_privacy_files_and_plans_are_all_reviewed() -> None:
    report = check_corpus(REPO_CORPUS)
    assert not [i for i in report.warnings if i.field in ("gecontroleerd", "bronnen")], report.warnings


def test_villages_must_belong_to_a_municipality_of_their_region(tmp_path: Path) -> None:
    (tmp_path / "_regios.yaml").write_text(
        "regions:\n  - id: peelrand\n    name: P\n    municipalities: [Helmond]\n"
        "    places:\n      Tiel: [Wadenoijen]\n",
        encoding="utf-8",
    )
    with pytest.raises(CorpusError, match="Tiel"):
        load_regions(tmp_path)
