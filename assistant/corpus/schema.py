"""What a corpus file may say: document metadata, regions, and the Dutch messages about what is wrong."""

from __future__ import annotations

import datetime
import re
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    field_validator,
)

SOCIAL_MAP = "sociale_kaart"  # the kind of a checked service card (one place: answering tests it by this name)
KINDS = ("plan", SOCIAL_MAP, "privacy", "other")


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
        return [part.strip() for part in re.split(r"[;,|]", value) if part.strip()]
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


class Region(BaseModel):
    """A region (samenwerkingsverband) with the municipalities it covers."""

    id: str
    name: str
    municipalities: list[str] = []
    # Villages and districts by their municipality ("Laarbeek: [Beek en Donk, Lieshout]"): parents name where they
    # live, and "ik woon in Kerkdriel" must find Maasdriel's services.
    places: dict[str, list[str]] = {}

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
    example_records: int = 0  # documents and services marked example: true (labelled, or not served)
    errors: list[CorpusIssue] = []
    warnings: list[CorpusIssue] = []

    def example_note(self, served: bool) -> str:
        """What happens to example records, for the coordinator (ASSISTANT_EXAMPLE_DATA)."""
        shown = (
            "ze worden getoond, gelabeld als voorbeeldgegevens; zet ASSISTANT_EXAMPLE_DATA=false in een echte "
            "installatie"
            if served
            else "ze worden niet getoond (ASSISTANT_EXAMPLE_DATA=false)"
        )
        return f"{self.example_records} documenten en diensten zijn voorbeeldgegevens: {shown}."

    def ok(self) -> bool:
        """Warnings do not block ingestion; errors do."""
        return not self.errors
