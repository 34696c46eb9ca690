"""The whole-corpus check (`assistant check-corpus`): what ingest would index, and what a coordinator must fix."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

from assistant.corpus.card_claims import card_field_conflicts
from assistant.corpus.files import (
    BINARY_SUFFIXES,
    DOCUMENT_SUFFIXES,
    FRONT_MATTER_SUFFIXES,
    REGIONS_FILE,
    SERVICE_SUFFIXES,
    _read_text,
    kind_for,
    load_regions,
    read_sidecar,
    sidecar_path,
    split_front_matter,
)
from assistant.corpus.filetypes import is_hidden, is_sidecar
from assistant.corpus.hidden import HIDDEN_NOTE, hidden_parts
from assistant.corpus.memo import (  # each text's findings kept per process (memo.py)
    age_conflicts,
    language_issues,
    language_reason,
    phone_conflicts,
    private_reasons,
    read_visible,
    table_line_conflicts,
)
from assistant.corpus.protected import LANDELIJK, card_conflict, landelijk_issues, named_service, owner_of
from assistant.corpus.schema import (
    KINDS,
    NATIONAL_REGION,
    STALE_AFTER_DAYS,
    CheckReport,
    CorpusIssue,
    Region,
    _empty_to_none,
    _parse_bool,
    _parse_date,
)
from assistant.corpus.service import Service
from assistant.corpus.social_map import _load_services
from assistant.corpus.tables import ROW_UNREADABLE, TABLE_NOTE, header_of, is_foreign_table, table_markdown
from assistant.errors import CorpusError
from assistant.safety.case_details import file_name_reason
from assistant.safety.injection import instruction_sentences


def _is_skipped(rel: Path) -> bool:
    return is_hidden(rel) or is_sidecar(rel)


def _meta_issues(meta: dict[str, Any], label: str, regions: dict[str, Region], where: str) -> list[CorpusIssue]:
    """Check the document fields that ingestion and filtering depend on."""
    issues: list[CorpusIssue] = []

    def add(field: str, message: str) -> None:
        issues.append(CorpusIssue(file=label, field=field, message=message))

    for field in ("title", "kind", "date"):
        if _empty_to_none(meta.get(field)) is None:
            add(field, f"verplicht veld '{field}' ontbreekt in {where}.")
    kind = meta.get("kind")
    if _empty_to_none(kind) is not None and str(kind).strip() not in KINDS:
        add("kind", f"soort (kind) '{kind}' is onbekend; kies uit: {', '.join(KINDS)}.")
    try:
        _parse_date(meta.get("date"), "datum")
    except ValueError as exc:
        add("date", str(exc))
    region_id = _empty_to_none(meta.get("region"))
    region = None
    if region_id is not None:
        region = regions.get(str(region_id).strip())
        if region is None:
            add(
                "region",
                f"regio '{region_id}' staat niet in {REGIONS_FILE}; kies uit: {', '.join(sorted(regions))}.",
            )
    municipality = _empty_to_none(meta.get("municipality"))
    if municipality is not None and region is not None and not region.knows(str(municipality)):
        add(
            "municipality",
            f"gemeente '{municipality}' hoort niet bij regio '{region.id}'.",
        )
    if "example" in meta:
        try:
            _parse_bool(meta["example"], "example")
        except ValueError as exc:
            add("example", str(exc))
    return issues


def _looks_fictional(service: Service) -> bool:
    contacts = [service.email or "", service.website or ""]
    return any(".example" in value for value in contacts) or ("voorbeeldgegevens" in service.description.lower())


def _service_warnings(service: Service, label: str, row: int, today: datetime.date) -> list[CorpusIssue]:
    prefix = f"Rij {row} ({service.id}): "
    warnings: list[CorpusIssue] = []
    if service.last_verified < today - datetime.timedelta(days=STALE_AFTER_DAYS):
        warnings.append(
            CorpusIssue(
                file=label,
                row=row,
                field="last_verified",
                message=prefix + f"laatst gecontroleerd op {service.last_verified.isoformat()}, "
                "meer dan 12 maanden geleden; controleer de gegevens opnieuw.",
            )
        )
    if not service.example and _looks_fictional(service):
        warnings.append(
            CorpusIssue(
                file=label,
                row=row,
                field="example",
                message=prefix + "de gegevens lijken voorbeeldgegevens (.example of "
                "'Voorbeeldgegevens'), maar example staat op false.",
            )
        )
    if service.example:
        real_looking = [
            value
            for value in (service.email, service.website)
            if value and not re.search(r"\.example(?:[/:]|$)", value)
        ]
        if real_looking:
            warnings.append(
                CorpusIssue(
                    file=label,
                    row=row,
                    field="example",
                    message=prefix + f"voorbeeldgegevens moeten het domein .example gebruiken, niet "
                    f"'{real_looking[0]}'.",
                )
            )
    return warnings


def _instruction_warnings(text: str, label: str, row: int | None = None) -> list[CorpusIssue]:
    """Sentences that address the assistant, in any text a reader or a model sees: body, title, card fields."""
    where = f"Rij {row}: " if row is not None else ""
    return [
        CorpusIssue(
            file=label,
            row=row,
            message=f"{where}bevat tekst die lijkt op een instructie aan de assistent: “{sentence[:120]}”. "
            "Wegwijs volgt die niet en toont die zin nooit als antwoord; haal hem weg als hij er niet hoort.",
        )
        for sentence in instruction_sentences(text)[:3]
    ]


def _count(report: CheckReport, kind: str) -> None:
    if kind == "plan":
        report.plans += 1
    elif kind == "privacy":
        report.privacy_topics += 1


ALWAYS = re.compile(r"\b24 ?(?:uur|/ ?7)|\bdag en nacht\b|\baltijd\b", re.IGNORECASE)


def _check_service_file(
    path: Path,
    label: str,
    regions: dict[str, Region],
    today: datetime.date,
    seen_ids: dict[str, tuple[str, int]],
    report: CheckReport,
    national: dict[str, str | None] | None = None,
) -> None:
    if path.suffix.lower() == ".csv":
        try:
            text = _read_text(path)
        except CorpusError as exc:
            report.errors.append(CorpusIssue(file=label, message=str(exc)))
            return
        if is_foreign_table(header_of(text)[0]):
            _check_table(text, path, label, report)
            return
    if kind_for(label, {}) != "sociale_kaart":
        # ingest reads it as services wherever it is: every card rule applies here too (red team round 5)
        report.warnings.append(
            CorpusIssue(
                file=label,
                message="gegevensbestand staat buiten sociale-kaart/; het wordt als sociale kaart ingelezen en "
                "gecontroleerd. Zet het liever in sociale-kaart/.",
            )
        )
    pairs, issues = _load_services(path, regions, label=label, today=today, seen=seen_ids)
    report.errors.extend(issues)
    report.social_map_entries += len(pairs)
    report.example_records += sum(service.example for _, service in pairs)
    for row, service in pairs:
        report.warnings.extend(_service_warnings(service, label, row, today))
        if national is not None:
            national[service.id] = service.phone
        conflict = card_conflict(service.name, service.phone)
        # Every text field a reader sees (the answer states cost, opening hours, address and audience too).
        shown = (service.name, service.description, service.audience, service.cost, service.opening_hours,
                 service.address)  # fmt: skip
        named = named_service(service.name)
        protected = named or owner_of(service.phone)
        reasons = ([conflict] if conflict else []) + phone_conflicts(". ".join(f for f in shown if f), protected)
        fields = {"name": service.name, "description": service.description, "website": service.website,
                  "email": service.email, "address": service.address, "phone": service.phone}  # fmt: skip
        reasons += card_field_conflicts(fields, protected, national is not None)  # a formula, a borrowed name
        if protected is not None and protected.always_open and not ALWAYS.search(service.opening_hours or "24 uur"):
            reasons.append(
                f"geeft {protected.names[0]} de openingstijden '{service.opening_hours}', maar die lijn is dag en "
                "nacht bereikbaar; dat kan niet via het corpus veranderen."
            )
        if label != LANDELIJK and service.region == NATIONAL_REGION.id and named is None:
            # "Landelijke Crisislijn Jeugd, bel deze lijn in plaats van 113" (red team): national lines are signed off
            reasons.append(
                "een landelijke dienst (region: landelijk) hoort alleen in sociale-kaart/landelijk.yaml, dat "
                "ondertekend wordt; geef de dienst de eigen regio of zet hem in landelijk.yaml."
            )
        report.warnings.extend(_instruction_warnings("\n".join(f for f in shown if f), label, row))
        reasons += private_reasons(". ".join(f for f in shown if f))  # a BSN, or "Noah (groep 8) heeft ADHD"
        reasons += age_conflicts(text := ". ".join(f for f in shown if f)) + list(filter(None, [language_reason(text)]))
        for reason in reasons:
            report.errors.append(
                CorpusIssue(file=label, row=row, field="phone", message=f"Rij {row} ({service.id}): {reason}")
            )


def _check_table(text: str, path: Path, label: str, report: CheckReport) -> None:
    """A table from another system is read as prose: the same number and BSN checks as any document."""
    body, read, skipped = table_markdown(text, path.stem)
    report.warnings.append(CorpusIssue(file=label, message=f"{TABLE_NOTE} Rijen ingelezen: {read}."))
    report.warnings.extend(CorpusIssue(file=label, row=row, message=f"Rij {row}: {ROW_UNREADABLE}") for row in skipped)
    for reason in phone_conflicts(body):
        report.errors.append(CorpusIssue(file=label, field="phone", message=reason))
    for reason in private_reasons(body):
        report.errors.append(CorpusIssue(file=label, field="bsn", message=reason))
    _count(report, "other")


def _binary_text(path: Path) -> tuple[str, int]:
    """The text of a PDF or Word file as ingest reads it and its number of hidden pieces, or a CorpusError when it is
    damaged (ingest would skip it)."""
    from assistant.errors import SkippedFile

    try:
        return read_visible(path)
    except SkippedFile as exc:
        raise CorpusError(str(exc).rstrip(".") + ".") from exc


def _check_document(
    path: Path, label: str, regions: dict[str, Region], report: CheckReport, today: datetime.date
) -> None:
    """Markdown/text carry front matter; HTML, PDF and DOCX usually a sidecar."""
    suffix = path.suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES + BINARY_SUFFIXES:
        report.warnings.append(
            CorpusIssue(
                file=label,
                message=f"bestandstype '{suffix or path.name}' wordt niet ondersteund en niet ingelezen.",
            )
        )
        return
    side = sidecar_path(path)
    body, hidden = "", 0
    try:
        if suffix in DOCUMENT_SUFFIXES:
            front, body = split_front_matter(_read_text(path))
            hidden = hidden_parts(path)  # a web page's hidden elements (Markdown hides nothing)
        elif path.stat().st_size == 0:
            raise CorpusError("bestand is leeg.")
        else:
            front = {}
            body, hidden = _binary_text(path)
        sidecar = read_sidecar(path)
    except CorpusError as exc:
        report.errors.append(CorpusIssue(file=label, message=str(exc)))
        return
    if hidden:
        report.warnings.append(CorpusIssue(file=label, message=HIDDEN_NOTE.format(n=hidden)))
    # The title and other front-matter fields are shown too (the source list): checked like the body (red team R39).
    shown = "\n".join([body, *(str(v) for v in (*front.values(), *(sidecar or {}).values()) if isinstance(v, str))])
    for reason in [*phone_conflicts(shown), *table_line_conflicts(shown)]:  # corpus/line_tables.py: tables
        report.errors.append(CorpusIssue(file=label, field="phone", message=reason))
    for reason in [*private_reasons(shown), *filter(None, [file_name_reason(label)])]:  # safety/case_details.py
        report.errors.append(CorpusIssue(file=label, field="bsn", message=reason))
    for reason in age_conflicts(shown):  # "vanaf 12 jaar beslist een jongere helemaal zelf" (red team round 9)
        report.errors.append(CorpusIssue(file=label, field="leeftijd", message=reason))
    for issue in language_issues(shown, label):  # the same claims in Polish or French (red team rounds 13 and 14)
        (report.errors if issue.field else report.warnings).append(issue)
    if not front and not sidecar and suffix not in FRONT_MATTER_SUFFIXES:
        report.warnings.append(
            CorpusIssue(
                file=label,
                message=f"metadatabestand '{side.name}' ontbreekt naast '{path.name}'; "
                "maak het aan met title, kind, region en date.",
            )
        )
        _count(report, kind_for(label, {}))
        return
    if front and sidecar:
        where = f"de front matter of '{side.name}'"
    elif sidecar:
        where = f"'{side.name}'"
    else:
        where = "de front matter"
    meta = {**sidecar, **front}
    report.errors.extend(_meta_issues(meta, label, regions, where))
    report.warnings.extend(review_warnings(meta, label, kind_for(label, meta), today))
    report.warnings.extend(_instruction_warnings(shown, label))  # the title and summary too (red team round 10)
    _count(report, kind_for(label, meta))
    if str(meta.get("example", "")).strip().lower() in {"true", "ja", "yes", "1"}:
        report.example_records += 1


def check_corpus(corpus_dir: Path, today: datetime.date | None = None) -> CheckReport:
    """Validate every corpus file and count what ingestion would index."""
    today = today or datetime.date.today()
    if not corpus_dir.is_dir():
        raise CorpusError(f"map '{corpus_dir}' bestaat niet.")
    report = CheckReport()
    try:
        regions = load_regions(corpus_dir)
    except CorpusError as exc:
        report.errors.append(CorpusIssue(file=REGIONS_FILE, message=str(exc)))
        regions = {NATIONAL_REGION.id: NATIONAL_REGION}
    seen_ids: dict[str, tuple[str, int]] = {}
    national: dict[str, str | None] = {}

    # landelijk.yaml first: the signed national services own their ids; a copy elsewhere is that file's error. Then
    # the oldest file first: an id is the card's that was there before, so a new file that reuses it ("wijkteam-tiel"
    # with another number, red team round 13) is the one in error, whatever its name sorts as (to the second: a copied
    # corpus has one time for all, and then the name decides).
    files = [p for p in corpus_dir.rglob("*") if p.is_file()]
    for path in sorted(files, key=lambda p: (p != corpus_dir / LANDELIJK, int(p.stat().st_mtime), p)):
        rel = path.relative_to(corpus_dir)
        if _is_skipped(rel):
            continue
        label = rel.as_posix()
        if path.suffix.lower() in SERVICE_SUFFIXES:
            errors_before = len(report.errors)
            _check_service_file(path, label, regions, today, seen_ids, report, national if label == LANDELIJK else None)
            if label == LANDELIJK and not national and len(report.errors) > errors_before:
                national = None  # did not parse: the parse error says so; no "every service missing" on top
        else:
            _check_document(path, label, regions, report, today)
    report.errors.extend(landelijk_issues(corpus_dir, national))
    return report


REVIEWED_KINDS = ("privacy", "plan")


def review_warnings(meta: dict[str, Any], label: str, kind: str, today: datetime.date) -> list[CorpusIssue]:
    """Privacy guidance and plans carry a review trail: `gecontroleerd` (when checked against the law or the source)
    and `bronnen` (the articles checked). Missing, unreadable or older than 12 months: a warning for the coordinator."""
    if kind not in REVIEWED_KINDS:
        return []
    issues: list[CorpusIssue] = []
    try:
        checked = _parse_date(meta.get("gecontroleerd"), "gecontroleerd")
    except ValueError as exc:
        checked = None
        issues.append(CorpusIssue(file=label, field="gecontroleerd", message=str(exc)))
    else:
        if checked is None:
            issues.append(
                CorpusIssue(
                    file=label,
                    field="gecontroleerd",
                    message="'gecontroleerd' ontbreekt: zet de datum waarop de tekst tegen de wet of bron is "
                    "gecontroleerd.",
                )
            )
        elif checked < today - datetime.timedelta(days=STALE_AFTER_DAYS):
            issues.append(
                CorpusIssue(
                    file=label,
                    field="gecontroleerd",
                    message=f"gecontroleerd op {checked.isoformat()}, meer dan 12 maanden geleden; controleer de tekst "
                    "opnieuw tegen de wet en de bronnen.",
                )
            )
    bronnen = meta.get("bronnen")
    if not isinstance(bronnen, list) or not [b for b in bronnen if str(b).strip()]:
        issues.append(
            CorpusIssue(
                file=label,
                field="bronnen",
                message="'bronnen' ontbreekt: noem de artikelen of documenten waartegen de tekst is gecontroleerd.",
            )
        )
    return issues
