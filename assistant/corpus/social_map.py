"""Social-map files (YAML, JSON, CSV) as rows of services, each row checked on its own: one bad row never costs
the others."""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path
from typing import Any

from pydantic import (
    ValidationError,
)

from assistant.corpus.files import _load_yaml, _read_text
from assistant.corpus.schema import SERVICE_FIELDS, CorpusIssue, Region
from assistant.corpus.service import Service
from assistant.corpus.tables import sniff_delimiter
from assistant.errors import CorpusError


def _row_prefix(row: int, raw: Any) -> str:
    ident = raw.get("id") if isinstance(raw, dict) else None
    if isinstance(ident, str) and ident.strip():
        return f"Rij {row} ({ident.strip()}): "
    return f"Rij {row}: "


def _issues_from_validation(exc: ValidationError, label: str, row: int, raw: dict[str, Any]) -> list[CorpusIssue]:
    """Translate pydantic errors into one Dutch issue per field."""
    prefix = _row_prefix(row, raw)
    issues: list[CorpusIssue] = []
    seen: set[str | None] = set()
    for error in exc.errors():
        loc = error.get("loc") or ()
        field = str(loc[0]) if loc else None
        if field in seen:
            continue
        seen.add(field)
        kind = error.get("type")
        if kind == "missing":
            text = f"verplicht veld '{field}' ontbreekt."
        elif kind == "value_error":
            text = str(error.get("ctx", {}).get("error", error.get("msg", "")))
        elif kind == "extra_forbidden":
            text = f"onbekend veld '{field}'; zie sociale-kaart/_schema.md voor de toegestane velden."
        else:
            text = f"veld '{field}' heeft een ongeldige waarde ({error.get('input')!r})."
        issues.append(CorpusIssue(file=label, row=row, field=field, message=prefix + text))
    return issues


def _raw_rows(path: Path, label: str) -> tuple[list[tuple[int, Any]], list[CorpusIssue]]:
    """Rows as (row number, raw dict) from YAML, JSON or CSV."""
    text = _read_text(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _csv_rows(text, label)
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"bestand bevat ongeldige JSON (regel {exc.lineno}).") from exc
    else:
        data = _load_yaml(text, "bestand")
    if isinstance(data, dict):
        if "services" not in data:
            raise CorpusError("bestand mist de sleutel 'services:' met een lijst van diensten.")
        data = data["services"]
    if not isinstance(data, list):
        raise CorpusError("'services' moet een lijst van diensten zijn.")
    return list(enumerate(data, start=1)), []


def _csv_rows(text: str, label: str) -> tuple[list[tuple[int, Any]], list[CorpusIssue]]:
    """CSV rows numbered as a spreadsheet shows them (header = row 1)."""
    # Dutch Excel separates columns with ';' (lists in a cell then use ',' instead)
    reader = csv.reader(io.StringIO(text), delimiter=sniff_delimiter(text.split("\n", 1)[0]))
    try:
        header = [cell.strip() for cell in next(reader)]
    except StopIteration:
        raise CorpusError("bestand is leeg.") from None
    except csv.Error as exc:
        raise CorpusError(f"kopregel is geen geldige CSV ({exc}).") from exc
    issues: list[CorpusIssue] = []
    unknown = [name for name in header if name not in SERVICE_FIELDS]
    for name in unknown:
        issues.append(
            CorpusIssue(
                file=label,
                row=1,
                field=name,
                message=(
                    f"Rij 1: onbekende kolom '{name}' wordt genegeerd; zie "
                    "sociale-kaart/_schema.md voor de toegestane kolommen."
                ),
            )
        )
    rows: list[tuple[int, Any]] = []
    row_number = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            row_number += 1
            issues.append(
                CorpusIssue(
                    file=label,
                    row=row_number,
                    message=f"Rij {row_number}: regel is geen geldige CSV ({exc}).",
                )
            )
            continue
        row_number += 1
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header):
            raw = dict(zip(header, cells, strict=False))
            issues.append(
                CorpusIssue(
                    file=label,
                    row=row_number,
                    message=(
                        _row_prefix(row_number, raw) + f"rij heeft {len(cells)} cellen, maar de kopregel heeft "
                        f"{len(header)} kolommen (staat er een komma te veel?)."
                    ),
                )
            )
            rows.append((row_number, None))
            continue
        raw = {name: cell for name, cell in zip(header, cells, strict=False) if name not in unknown and cell.strip()}
        rows.append((row_number, raw))
    return rows, issues


def _region_issues(service: Service, regions: dict[str, Region], label: str, row: int) -> list[CorpusIssue]:
    prefix = f"Rij {row} ({service.id}): "
    region = regions.get(service.region)
    if region is None:
        known = ", ".join(sorted(regions))
        return [
            CorpusIssue(
                file=label,
                row=row,
                field="region",
                message=prefix + f"regio '{service.region}' is onbekend; kies uit: {known}.",
            )
        ]
    if service.municipality and not region.knows(service.municipality):
        allowed = ", ".join(region.municipalities) or "geen (laat gemeente leeg)"
        return [
            CorpusIssue(
                file=label,
                row=row,
                field="municipality",
                message=prefix + f"gemeente '{service.municipality}' hoort niet bij regio "
                f"'{service.region}' (toegestaan: {allowed}).",
            )
        ]
    return []


def _load_services(
    path: Path,
    regions: dict[str, Region] | None,
    *,
    label: str,
    today: datetime.date | None = None,
    seen: dict[str, tuple[str, int]] | None = None,
) -> tuple[list[tuple[int, Service]], list[CorpusIssue]]:
    """Shared by load_services and check_corpus; also tracks duplicate ids."""
    try:
        rows, issues = _raw_rows(path, label)
    except CorpusError as exc:
        return [], [CorpusIssue(file=label, message=str(exc))]
    seen = {} if seen is None else seen
    context = {"today": today or datetime.date.today()}
    services: list[tuple[int, Service]] = []
    for row, raw in rows:
        if raw is None:
            continue
        if not isinstance(raw, dict):
            issues.append(
                CorpusIssue(
                    file=label,
                    row=row,
                    message=f"Rij {row}: is geen dienst (verwacht regels 'veld: waarde').",
                )
            )
            continue
        try:
            service = Service.model_validate(raw, context=context)
        except ValidationError as exc:
            issues.extend(_issues_from_validation(exc, label, row, raw))
            continue
        problems = _region_issues(service, regions, label, row) if regions else []
        if service.id in seen:
            first_file, first_row = seen[service.id]
            problems.append(
                CorpusIssue(
                    file=label,
                    row=row,
                    # a national line's id taken by another file is a safety error (ingest holds the file back)
                    field="landelijk-id" if first_file.endswith("landelijk.yaml") else "dubbel-id",
                    message=f"Rij {row} ({service.id}): id '{service.id}' komt al voor "
                    f"in {first_file} (rij {first_row}); elk id moet uniek zijn.",
                )
            )
        # A second card with a card's name in another file (round 14: "Sociaal Wijkteam Tiel" under a new id, "het
        # nummer 0344-012301 is vervallen"): an impostor beside the real one, whatever its id.
        name_key = "naam:" + " ".join(service.name.lower().split()) + f"@{service.region}"
        # (a national line's name has its own, stricter rules: its number and hours in check.py)
        if name_key in seen and seen[name_key][0] not in (label, "sociale-kaart/landelijk.yaml") and not problems:
            first_file, first_row = seen[name_key]
            problems.append(
                CorpusIssue(
                    file=label,
                    row=row,
                    field="dubbel-id",
                    message=f"Rij {row} ({service.id}): de naam '{service.name}' staat al op een kaart in {first_file} "
                    f"(rij {first_row}); een tweede kaart met dezelfde naam kan de echte vervangen. Pas de bestaande "
                    "kaart aan.",
                )
            )
        if problems:
            issues.extend(problems)
            continue
        seen[service.id] = (label, row)
        seen.setdefault(name_key, (label, row))
        services.append((row, service))
    return services, issues


def load_services(path: Path, regions: dict[str, Region] | None = None) -> tuple[list[Service], list[CorpusIssue]]:
    """Valid services from one social-map file plus the rows that were skipped."""
    pairs, issues = _load_services(path, regions, label=str(path))
    return [service for _, service in pairs], issues
