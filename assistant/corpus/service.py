"""One social-map service (sociale kaart), validated field by field with Dutch messages."""

from __future__ import annotations

import datetime
import re
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    ValidationInfo,
    field_validator,
)

from assistant.corpus.schema import (
    ACCESS_LABELS,
    ACCESS_VALUES,
    CATEGORIES,
    CATEGORY_LABELS,
    EMAIL_RE,
    LANGUAGE_LABELS,
    LANGUAGE_RE,
    SLUG_RE,
    Access,
    Category,
    _as_list,
    _empty_to_none,
    _parse_bool,
    _parse_date,
    _phone_is_valid,
    phone_numbers,
)


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

    def facts(self) -> dict[str, str]:
        """The fields a reader needs to make contact, in Dutch, keyed in English: stored as the passage's metadata
        at ingest and rendered by the UI as a card, never parsed back from text."""
        audience = self.audience or ""
        ages = _age_text(self.age_min, self.age_max)
        facts = {
            "what": self.description,
            "audience": f"{audience} ({ages})" if audience and ages else audience or ages,
            "access_label": ACCESS_LABELS[self.access],
            "cost": self.cost or "",
            "address": self.address or "",
            "phone": self.phone or "",
            "email": self.email or "",
            "website": self.website or "",
            "opening_hours": self.opening_hours or "",
            "languages": ", ".join(LANGUAGE_LABELS.get(code, code) for code in self.languages),
        }
        return {key: value for key, value in facts.items() if value}

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
