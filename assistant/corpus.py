"""Corpus model and validator for Wegwijs.

Ingestion and the ``assistant check-corpus`` command share this module, so that
what the checker accepts is exactly what ingestion can read. All messages are
plain Dutch because the people fixing corpus files are coordinators, not
developers.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from assistant.injection import instruction_sentences

KINDS = ("plan", "sociale_kaart", "privacy", "other")
FOLDER_KINDS = {
    "plannen": "plan",
    "sociale-kaart": "sociale_kaart",
    "privacy": "privacy",
}

Kind = Literal["plan", "sociale_kaart", "privacy", "other"]
Category = Literal[
    "opvoeden-en-opgroeien",
    "jeugdhulp",
    "onderwijs-en-leren",
    "veiligheid-en-crisis",
    "gezondheid",
    "geld-en-bestaanszekerheid",
    "vrije-tijd-en-sport",
    "ouders-en-steun",
    "informatie-en-advies",
]
Access = Literal[
    "vrij-toegankelijk",
    "via-school",
    "via-huisarts-of-wijkteam",
    "beschikking-gemeente",
]

CATEGORIES: tuple[str, ...] = Category.__args__  # type: ignore[attr-defined]
ACCESS_VALUES: tuple[str, ...] = Access.__args__  # type: ignore[attr-defined]

# Human labels, so answers and search text read as Dutch instead of slugs.
CATEGORY_LABELS = {
    "opvoeden-en-opgroeien": "opvoeden en opgroeien",
    "jeugdhulp": "jeugdhulp",
    "onderwijs-en-leren": "onderwijs en leren",
    "veiligheid-en-crisis": "veiligheid en crisis",
    "gezondheid": "gezondheid",
    "geld-en-bestaanszekerheid": "geld en bestaanszekerheid",
    "vrije-tijd-en-sport": "vrije tijd en sport",
    "ouders-en-steun": "steun voor ouders",
    "informatie-en-advies": "informatie en advies",
}
ACCESS_LABELS = {
    "vrij-toegankelijk": "vrij toegankelijk",
    "via-school": "via school",
    "via-huisarts-of-wijkteam": "via huisarts of wijkteam",
    "beschikking-gemeente": "met een beschikking van de gemeente",
}
LANGUAGE_LABELS = {
    "nl": "Nederlands",
    "en": "Engels",
    "ar": "Arabisch",
    "tr": "Turks",
    "pl": "Pools",
    "uk": "Oekraïens",
    "ru": "Russisch",
    "ti": "Tigrinya",
    "so": "Somalisch",
    "fa": "Perzisch",
    "prs": "Dari",
    "de": "Duits",
    "fr": "Frans",
    "es": "Spaans",
    "pap": "Papiaments",
    "ber": "Berbers",
    "zgh": "Tamazight",
    "bg": "Bulgaars",
    "ro": "Roemeens",
    "dse": "Nederlandse Gebarentaal",
}

SERVICE_FIELDS = (
    "id",
    "name",
    "description",
    "category",
    "audience",
    "age_min",
    "age_max",
    "access",
    "cost",
    "region",
    "municipality",
    "address",
    "phone",
    "email",
    "website",
    "opening_hours",
    "languages",
    "last_verified",
    "example",
)
REQUIRED_SERVICE_FIELDS = (
    "id",
    "name",
    "description",
    "category",
    "access",
    "region",
    "last_verified",
)
LIST_FIELDS = ("category", "languages")
FRONT_MATTER_SUFFIXES = (".md", ".markdown", ".txt")
DOCUMENT_SUFFIXES = (*FRONT_MATTER_SUFFIXES, ".html", ".htm")
BINARY_SUFFIXES = (".pdf", ".docx")
SERVICE_SUFFIXES = (".yaml", ".yml", ".json", ".csv")
SIDECAR_SUFFIX = ".meta.yaml"
REGIONS_FILE = "_regios.yaml"
STALE_AFTER_DAYS = 365

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
LANGUAGE_RE = re.compile(r"^[a-z]{2,3}$")
ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Dutch numbers: short numbers, 0800/090x service numbers, and 10-digit numbers
# written as area code + subscriber number (06 for mobile).
PHONE_PATTERNS = (
    re.compile(r"^(?:112|113|14\d{3,4})$"),
    re.compile(r"^0(?:800|900|906|909)-?\d{4,7}$"),
    re.compile(r"^0\d{2}-?\d{7}$"),
    re.compile(r"^0\d{3}-?\d{6}$"),
    re.compile(r"^06-?\d{8}$"),
)
PHONE_SPLIT_RE = re.compile(r"\s*(?:;|/|\bof\b)\s*")


class CorpusError(Exception):
    """A corpus file that cannot be read at all; the message is Dutch."""


class CorpusIssue(BaseModel):
    """One problem found in a corpus file, located as precisely as we can."""

    file: str
    row: int | None = None
    field: str | None = None
    message: str


def _empty_to_none(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _parse_date(value: Any, label: str) -> datetime.date | None:
    """Accept dates from YAML, JSON and CSV alike; reject anything ambiguous."""
    value = _empty_to_none(value)
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    if ISO_DATE_RE.match(text):
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass
    raise ValueError(f"{label} '{value}' is geen geldige datum (gebruik JJJJ-MM-DD).")


def _parse_bool(value: Any, label: str) -> bool:
    """Coordinators write ja/nee as often as true/false."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"true", "ja", "yes", "1", "waar"}:
        return True
    if text in {"false", "nee", "no", "0", "onwaar", ""}:
        return False
    raise ValueError(f"{label} '{value}' moet true of false zijn.")


def _as_list(value: Any) -> Any:
    """CSV cells and single YAML values become lists."""
    value = _empty_to_none(value)
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    return value


def _phone_is_valid(text: str) -> bool:
    compact = re.sub(r"\s+", "", text)
    return any(pattern.match(compact) for pattern in PHONE_PATTERNS)


def phone_numbers(phone: str) -> list[str]:
    """Split a phone field such as '113 of 0800-0113' into its numbers."""
    return [part for part in PHONE_SPLIT_RE.split(phone.strip()) if part]


class DocumentMeta(BaseModel):
    """Front matter (or sidecar) of a plan, privacy or other document."""

    model_config = ConfigDict(str_strip_whitespace=True)

    title: str
    kind: Kind
    region: str | None = None
    municipality: str | None = None
    date: datetime.date | None = None
    source: str | None = None
    example: bool = False

    @field_validator("region", "municipality", "source", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return _empty_to_none(value)

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, value: Any) -> datetime.date | None:
        return _parse_date(value, "datum")

    @field_validator("example", mode="before")
    @classmethod
    def _example(cls, value: Any) -> bool:
        return _parse_bool(value, "example")


class Service(BaseModel):
    """One social-map record; field names follow the corpus conventions."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: str
    name: str
    description: str
    category: list[Category]
    audience: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    access: Access
    cost: str | None = None
    region: str
    municipality: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    opening_hours: str | None = None
    languages: list[str] = []
    last_verified: datetime.date
    example: bool = False

    @field_validator("id", mode="before")
    @classmethod
    def _id(cls, value: Any) -> Any:
        text = str(value).strip() if value is not None else ""
        if not text:
            raise ValueError("verplicht veld 'id' is leeg.")
        if not SLUG_RE.match(text):
            raise ValueError(
                f"id '{text}' is geen geldige slug (alleen kleine letters, cijfers en "
                "streepjes, bijvoorbeeld 'wijkteam-helmond')."
            )
        return text

    @field_validator("name", "description", "region", mode="before")
    @classmethod
    def _required_text(cls, value: Any, info: ValidationInfo) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            raise ValueError(f"verplicht veld '{info.field_name}' is leeg.")
        return value if isinstance(value, str) else str(value)

    @field_validator("audience", "cost", "municipality", "address", "opening_hours", mode="before")
    @classmethod
    def _optional_text(cls, value: Any) -> Any:
        value = _empty_to_none(value)
        if value is not None and not isinstance(value, str):
            return str(value)
        return value

    @field_validator("category", mode="before")
    @classmethod
    def _category(cls, value: Any) -> list[str]:
        items = _as_list(value)
        if not isinstance(items, list) or not items:
            raise ValueError("verplicht veld 'category' is leeg; kies minstens één categorie.")
        cleaned = [str(item).strip() for item in items]
        for item in cleaned:
            if item not in CATEGORIES:
                raise ValueError(f"categorie '{item}' bestaat niet; kies uit: {', '.join(CATEGORIES)}.")
        return cleaned

    @field_validator("access", mode="before")
    @classmethod
    def _access(cls, value: Any) -> str:
        text = str(value).strip() if value is not None else ""
        if not text:
            raise ValueError("verplicht veld 'access' is leeg.")
        if text not in ACCESS_VALUES:
            raise ValueError(f"toegang '{text}' bestaat niet; kies uit: {', '.join(ACCESS_VALUES)}.")
        return text

    @field_validator("age_min", "age_max", mode="before")
    @classmethod
    def _age(cls, value: Any, info: ValidationInfo) -> int | None:
        value = _empty_to_none(value)
        if value is None:
            return None
        label = "minimumleeftijd" if info.field_name == "age_min" else "maximumleeftijd"
        if isinstance(value, int) and not isinstance(value, bool):
            age = value
        elif isinstance(value, float) and value.is_integer():
            age = int(value)
        elif isinstance(value, str) and re.fullmatch(r"-?\d+", value.strip()):
            age = int(value.strip())
        else:
            raise ValueError(f"{label} '{value}' is geen heel getal.")
        if not 0 <= age <= 27:
            raise ValueError(f"{label} {age} ligt niet tussen 0 en 27 jaar.")
        return age

    @field_validator("age_max")
    @classmethod
    def _age_order(cls, value: int | None, info: ValidationInfo) -> int | None:
        age_min = info.data.get("age_min")
        if value is not None and age_min is not None and age_min > value:
            raise ValueError(f"minimumleeftijd {age_min} is hoger dan maximumleeftijd {value}.")
        return value

    @field_validator("phone", mode="before")
    @classmethod
    def _phone(cls, value: Any) -> str | None:
        value = _empty_to_none(value)
        if value is None:
            return None
        text = str(value).strip()
        numbers = phone_numbers(text)
        if not numbers or not all(_phone_is_valid(number) for number in numbers):
            raise ValueError(f"telefoonnummer '{text}' is geen geldig Nederlands nummer.")
        return text

    @field_validator("email", mode="before")
    @classmethod
    def _email(cls, value: Any) -> str | None:
        value = _empty_to_none(value)
        if value is None:
            return None
        text = str(value).strip()
        if not EMAIL_RE.match(text):
            raise ValueError(f"e-mailadres '{text}' is geen geldig e-mailadres.")
        return text

    @field_validator("website", mode="before")
    @classmethod
    def _website(cls, value: Any) -> str | None:
        value = _empty_to_none(value)
        if value is None:
            return None
        text = str(value).strip()
        if not re.match(r"^https?://[^\s/]+\.[^\s]+$", text):
            raise ValueError(
                f"website '{text}' moet beginnen met http:// of https:// (bijvoorbeeld https://www.voorbeeld.nl)."
            )
        return text

    @field_validator("languages", mode="before")
    @classmethod
    def _languages(cls, value: Any) -> list[str]:
        items = _as_list(value)
        if not isinstance(items, list):
            items = [items]
        codes = [str(item).strip().lower() for item in items]
        for code in codes:
            if not LANGUAGE_RE.match(code):
                raise ValueError(f"taalcode '{code}' is ongeldig; gebruik codes als nl, en, ar, tr.")
        return codes

    @field_validator("last_verified", mode="before")
    @classmethod
    def _last_verified(cls, value: Any, info: ValidationInfo) -> datetime.date:
        checked = _parse_date(value, "laatst gecontroleerd")
        if checked is None:
            raise ValueError("verplicht veld 'last_verified' is leeg.")
        today = (info.context or {}).get("today") or datetime.date.today()
        if checked > today:
            raise ValueError(f"laatst gecontroleerd {checked.isoformat()} ligt in de toekomst.")
        return checked

    @field_validator("example", mode="before")
    @classmethod
    def _example(cls, value: Any) -> bool:
        return _parse_bool(value, "example")

    def as_text(self) -> str:
        """Dutch rendering used both as search text and for display."""
        lines = [self.name, f"Wat: {self.description}"]
        audience = self.audience or ""
        ages = _age_text(self.age_min, self.age_max)
        if audience and ages:
            lines.append(f"Voor wie: {audience} ({ages})")
        elif audience or ages:
            lines.append(f"Voor wie: {audience or ages}")
        lines.append("Onderwerpen: " + ", ".join(CATEGORY_LABELS[item] for item in self.category))
        lines.append(f"Toegang: {ACCESS_LABELS[self.access]}")
        if self.cost:
            lines.append(f"Kosten: {self.cost}")
        if self.region == "landelijk" and not self.municipality:
            lines.append("Waar: landelijk")
        elif self.municipality:
            lines.append(f"Waar: gemeente {self.municipality} (regio {self.region})")
        else:
            lines.append(f"Waar: hele regio {self.region}")
        optional = (
            ("Adres", self.address),
            ("Telefoon", self.phone),
            ("E-mail", self.email),
            ("Website", self.website),
            ("Openingstijden", self.opening_hours),
        )
        lines.extend(f"{label}: {value}" for label, value in optional if value)
        if self.languages:
            names = [LANGUAGE_LABELS.get(code, code) for code in self.languages]
            lines.append(f"Talen: {', '.join(names)}")
        lines.append(f"Laatst gecontroleerd: {self.last_verified.isoformat()}")
        if self.example:
            lines.append("Let op: dit zijn voorbeeldgegevens, geen echte organisatie.")
        return "\n".join(lines)


def _age_text(age_min: int | None, age_max: int | None) -> str:
    if age_min is not None and age_max is not None:
        return f"{age_min} tot en met {age_max} jaar"
    if age_min is not None:
        return f"vanaf {age_min} jaar"
    if age_max is not None:
        return f"tot en met {age_max} jaar"
    return ""


class Region(BaseModel):
    """A region (samenwerkingsverband) with the municipalities it covers."""

    id: str
    name: str
    municipalities: list[str] = []

    def knows(self, municipality: str) -> bool:
        """Municipality names are compared case-insensitively."""
        wanted = municipality.strip().casefold()
        return any(name.casefold() == wanted for name in self.municipalities)


NATIONAL_REGION = Region(id="landelijk", name="Landelijk", municipalities=[])


class CheckReport(BaseModel):
    """Outcome of check_corpus: counts plus errors and warnings."""

    plans: int = 0
    social_map_entries: int = 0
    privacy_topics: int = 0
    errors: list[CorpusIssue] = []
    warnings: list[CorpusIssue] = []

    def ok(self) -> bool:
        """Warnings do not block ingestion; errors do."""
        return not self.errors


# --- reading files -----------------------------------------------------------


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text, so a bad date gets a clear message."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _dates_to_objects(value: Any) -> Any:
    """Turn valid YYYY-MM-DD strings into dates, as plain YAML would."""
    if isinstance(value, str) and ISO_DATE_RE.match(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, dict):
        return {key: _dates_to_objects(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_dates_to_objects(item) for item in value]
    return value


def _load_yaml(text: str, where: str, first_line: int = 1) -> Any:
    try:
        data = yaml.load(text, Loader=_Loader)  # _Loader derives from SafeLoader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (rond regel {mark.line + first_line})" if mark is not None else ""
        raise CorpusError(f"{where} bevat ongeldige YAML{line}.") from exc
    return _dates_to_objects(data)


def _read_text(path: Path) -> str:
    """Read UTF-8 text (a BOM is allowed); Dutch errors for empty or binary files."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"bestand kan niet worden gelezen ({exc.strerror}).") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CorpusError("bestand is geen geldige UTF-8-tekst.") from None
    if not text.strip():
        raise CorpusError("bestand is leeg.")
    return text


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split YAML front matter between leading '---' lines from the body."""
    text = text.lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return {}, text
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() in {"---", "..."}:
            data = _load_yaml("".join(lines[1:index]), "de front matter", 2)
            if data is None:
                data = {}
            if not isinstance(data, dict):
                raise CorpusError("de front matter moet bestaan uit regels 'veld: waarde'.")
            return data, "".join(lines[index + 1 :])
    raise CorpusError("de front matter wordt niet afgesloten met een regel '---'.")


def sidecar_path(path: Path) -> Path:
    """Where the metadata of a non-markdown document lives."""
    return path.with_name(path.name + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> dict[str, Any]:
    """Metadata from '<file>.meta.yaml' next to path; {} when there is none."""
    side = sidecar_path(path)
    if not side.exists():
        return {}
    try:
        text = _read_text(side)
    except CorpusError as exc:
        raise CorpusError(f"{side.name}: {exc}") from exc
    data = _load_yaml(text, side.name)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise CorpusError(f"{side.name} moet bestaan uit regels 'veld: waarde'.")
    return data


def kind_for(rel_path: str, meta: dict[str, Any]) -> str:
    """Front matter 'kind' wins, then the folder, then 'other'."""
    kind = meta.get("kind")
    if isinstance(kind, str) and kind.strip() in KINDS:
        return kind.strip()
    parts = Path(rel_path.replace("\\", "/")).parts[:-1]
    for part in parts:
        if part in FOLDER_KINDS:
            return FOLDER_KINDS[part]
    return "other"


def load_regions(corpus_dir: Path) -> dict[str, Region]:
    """Regions from corpus/_regios.yaml; 'landelijk' is always known."""
    regions: dict[str, Region] = {}
    path = corpus_dir / REGIONS_FILE
    if path.exists():
        try:
            data = _load_yaml(_read_text(path), REGIONS_FILE)
        except CorpusError as exc:
            raise CorpusError(f"{REGIONS_FILE}: {exc}") from exc
        if isinstance(data, dict) and "regions" in data:
            data = data["regions"]
        items: Iterable[Any]
        if isinstance(data, dict):
            items = [{"id": key, **(value or {})} for key, value in data.items()]
        elif isinstance(data, list):
            items = data
        else:
            raise CorpusError(f"{REGIONS_FILE} bevat geen lijst met regio's.")
        for item in items:
            try:
                region = Region.model_validate(item)
            except ValidationError as exc:
                raise CorpusError(f"{REGIONS_FILE}: een regio mist 'id', 'name' of 'municipalities'.") from exc
            regions[region.id] = region
    regions.setdefault(NATIONAL_REGION.id, NATIONAL_REGION)
    return regions


# --- social map --------------------------------------------------------------


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
    reader = csv.reader(io.StringIO(text))
    try:
        header = [cell.strip() for cell in next(reader)]
    except StopIteration:
        raise CorpusError("bestand is leeg.") from None
    except csv.Error as exc:
        raise CorpusError(f"kopregel is geen geldige CSV ({exc}).") from exc
    if len(header) == 1 and ";" in header[0]:
        raise CorpusError(
            "kopregel gebruikt puntkomma's; gebruik komma's tussen kolommen "
            "(puntkomma's zijn voor lijsten binnen een cel)."
        )
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
                    field="id",
                    message=f"Rij {row} ({service.id}): id '{service.id}' komt al voor "
                    f"in {first_file} (rij {first_row}); elk id moet uniek zijn.",
                )
            )
        if problems:
            issues.extend(problems)
            continue
        seen[service.id] = (label, row)
        services.append((row, service))
    return services, issues


def load_services(path: Path, regions: dict[str, Region] | None = None) -> tuple[list[Service], list[CorpusIssue]]:
    """Valid services from one social-map file plus the rows that were skipped."""
    pairs, issues = _load_services(path, regions, label=str(path))
    return [service for _, service in pairs], issues


# --- whole-corpus check --------------------------------------------------------


def _is_skipped(rel: Path) -> bool:
    if any(part.startswith(("_", ".")) for part in rel.parts):
        return True
    return rel.name.endswith(SIDECAR_SUFFIX)


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


def _count(report: CheckReport, kind: str) -> None:
    if kind == "plan":
        report.plans += 1
    elif kind == "privacy":
        report.privacy_topics += 1


def _check_service_file(
    path: Path,
    label: str,
    regions: dict[str, Region],
    today: datetime.date,
    seen_ids: dict[str, tuple[str, int]],
    report: CheckReport,
) -> None:
    if kind_for(label, {}) != "sociale_kaart":
        report.warnings.append(
            CorpusIssue(
                file=label,
                message="gegevensbestand buiten sociale-kaart/ wordt niet ingelezen.",
            )
        )
        return
    pairs, issues = _load_services(path, regions, label=label, today=today, seen=seen_ids)
    report.errors.extend(issues)
    report.social_map_entries += len(pairs)
    for row, service in pairs:
        report.warnings.extend(_service_warnings(service, label, row, today))


def _check_document(path: Path, label: str, regions: dict[str, Region], report: CheckReport) -> None:
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
    body = ""
    try:
        if suffix in DOCUMENT_SUFFIXES:
            front, body = split_front_matter(_read_text(path))
        elif path.stat().st_size == 0:
            raise CorpusError("bestand is leeg.")
        else:
            front = {}
        sidecar = read_sidecar(path)
    except CorpusError as exc:
        report.errors.append(CorpusIssue(file=label, message=str(exc)))
        return
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
    for sentence in instruction_sentences(body)[:3]:
        report.warnings.append(
            CorpusIssue(
                file=label,
                message=f"bevat tekst die lijkt op een instructie aan de assistent: “{sentence[:120]}”. "
                "Wegwijs volgt die niet en toont die zin nooit als antwoord; haal hem weg als hij er niet hoort.",
            )
        )
    _count(report, kind_for(label, meta))


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

    for path in sorted(p for p in corpus_dir.rglob("*") if p.is_file()):
        rel = path.relative_to(corpus_dir)
        if _is_skipped(rel):
            continue
        label = rel.as_posix()
        if path.suffix.lower() in SERVICE_SUFFIXES:
            _check_service_file(path, label, regions, today, seen_ids, report)
        else:
            _check_document(path, label, regions, report)
    return report
