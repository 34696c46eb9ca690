"""What a reader narrows to (kinds, region, municipality), and the one place where places in a question are found."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from llama_index.core.vector_stores import (
    FilterCondition,
    FilterOperator,
    MetadataFilter,
    MetadataFilters,
)
from pydantic import BaseModel

NATIONAL = "landelijk"


class Filters(BaseModel):
    """What a reader narrows to: kinds of source, and a region or municipality (national sources always stay)."""

    kinds: list[str] | None = None
    region: str | None = None
    municipality: str | None = None
    examples: bool = True  # False: example records (example: true) are never served (ASSISTANT_EXAMPLE_DATA=false)

    def key(self) -> tuple[Any, ...]:
        return (tuple(self.kinds or ()), self.region, self.municipality, self.examples)

    def is_empty(self) -> bool:
        return not (self.kinds or self.region or self.municipality or not self.examples)

    def allows(self, meta: dict[str, Any]) -> bool:
        if self.kinds and meta.get("kind") not in self.kinds:
            return False
        if not self.examples and meta.get("example"):
            return False
        if self.region and meta.get("region") not in (self.region, NATIONAL, ""):
            return False
        return not (self.municipality and meta.get("municipality") not in (self.municipality, ""))

    def with_places_in(
        self, regions: dict[str, list[str]], *texts: str, places: dict[str, str] | None = None
    ) -> Filters:
        """A place named in the question narrows the search to it, over the reader's setting ("en in Deurne?"):
        the first text that names exactly one place decides; several places, or none, leave the filters as they
        are. A municipality narrows the social map to it (plus region-wide and national services). A Dutch place
        outside every region ("de wachtlijst in Leeuwarden") leaves only what holds nationally: a plan or service
        of our regions is not the answer there."""
        for text in texts:
            place = places_in(text, regions, places)
            if place is not None:
                region, municipality = place
                return self.model_copy(update={"region": region, "municipality": municipality})
            if elsewhere(text, regions) is not None:
                return self.model_copy(update={"region": NATIONAL, "municipality": None})
        return self

    def to_llama(self) -> MetadataFilters | None:
        parts: list[MetadataFilter] = []
        if self.kinds:
            parts.append(MetadataFilter(key="kind", value=list(self.kinds), operator=FilterOperator.IN))
        if self.region:
            parts.append(MetadataFilter(key="region", value=[self.region, NATIONAL, ""], operator=FilterOperator.IN))
        if not self.examples:
            parts.append(MetadataFilter(key="example", value=False, operator=FilterOperator.EQ))
        if self.municipality:
            parts.append(MetadataFilter(key="municipality", value=[self.municipality, ""], operator=FilterOperator.IN))
        return MetadataFilters(filters=parts, condition=FilterCondition.AND) if parts else None


# Place names that are everyday Dutch words too: only capitalised, and not after an article or possessive.
EVERYDAY_WORDS = frozenset({"buren", "best", "goes", "putten", "epe", "ede", "sint"})


def _names(name: str, text: str, low: str) -> bool:
    """Whether the text names the place; an everyday word ("de buren", the neighbours) only after a place word
    ("in buren") or capitalised ("Buren"), and never after an article or possessive."""
    key = re.escape(name.casefold())
    if name.casefold() not in EVERYDAY_WORDS:
        return bool(re.search(rf"(?<!\w){key}(?!\w)", low))
    after_place = re.search(rf"\b(?:in|uit|gemeente|naar) {key}(?!\w)", low)
    capitalised = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    return bool(after_place or capitalised) and not re.search(rf"\b(?:de|onze|mijn|haar|zijn|die) {key}\b", low)


def places_in(
    text: str, regions: dict[str, list[str]], places: dict[str, str] | None = None
) -> tuple[str, str | None] | None:
    """(region, municipality) when the text names exactly one known municipality, or a village of one (``places``:
    village → municipality); (region, None) when it names places of one region only (its id, or a municipality's
    first part: "Culemborg" in "Culemborg-Oost")."""
    low = text.casefold()

    def named(name: str) -> bool:
        return _names(name, text, low)

    region_of = {name: region for region, names in regions.items() if region != NATIONAL for name in names}
    municipalities = {(region_of[name], name) for name in region_of if named(name)}
    municipalities |= {
        (region_of[town], town) for place, town in (places or {}).items() if town in region_of and named(place)
    }
    if len(municipalities) == 1:
        return next(iter(municipalities))
    found = {
        region
        for region, names in regions.items()
        if region != NATIONAL and any(named(n) for n in [region, *names, *(m.split("-")[0] for m in names if "-" in m)])
    } | {region for region, _town in municipalities}
    return (found.pop(), None) if len(found) == 1 else None


# Dutch municipalities, from the lookup lists of deduce (already installed for name detection).
# Municipalities only: a province ("in Brabant") may hold our own regions.
_DEDUCE_PLACES = ("data/lookup/src/locations/lst_placename/lst_municipality",)
_ALIASES = ("Den Haag", "Den Bosch")
_BEFORE_PLACE = r"(?:in|uit|bij|naar|rond|rondom|omgeving|gemeente|provincie|regio|near|around)\s+"


@lru_cache(maxsize=1)
def dutch_places() -> tuple[str, ...]:
    """Every Dutch municipality (and two everyday names); empty when deduce is not installed."""
    spec = find_spec("deduce")
    if spec is None or not spec.submodule_search_locations:
        return ()
    root = Path(next(iter(spec.submodule_search_locations)))
    names = set(_ALIASES)
    for folder in _DEDUCE_PLACES:
        items = root / folder / "items.txt"
        if items.is_file():
            names.update(line.strip() for line in items.read_text(encoding="utf-8").splitlines() if line.strip())
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def _place_pattern() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """One pattern for every Dutch municipality after a place word (one pass per question, not 350), and the
    names by their lower case."""
    names = dutch_places()
    if not names:
        return None
    alternatives = "|".join(re.escape(n.casefold()) for n in names)  # longest first: "utrechtse heuvelrug"
    return re.compile(rf"(?<!\w)({_BEFORE_PLACE})?({alternatives})(?!\w)"), {n.casefold(): n for n in names}


# A municipality named without a place word before it ("tlv aanvragen eindhoven hoe lang duurt dat", blind set 11)
# counts from this length on: the short ones are often everyday words too ("best", "goes", "sluis", "leek").
BARE_PLACE_CHARS = 7


COUNTRIES = ("België", "Duitsland", "Frankrijk", "Engeland", "Spanje", "Turkije", "Marokko", "Polen", "Suriname",
             "Curaçao", "Aruba", "Bonaire", "Oekraïne", "Belgium", "Germany")  # fmt: skip
# Living abroad (red team round 16: "welk nummer bel ik voor de Kindertelefoon als ik in België woon?" got the Dutch
# card as if it answered for Belgium). A trip or family there ("we gaan naar Marokko") is no place of living.
_ABROAD = re.compile(
    rf"\b(?:ik|wij|we|i)\s+(?:\w+\s+){{0,2}}(?:woon|wonen|live)\b(?:\s+\w+){{0,2}}?\s+in\s+({'|'.join(COUNTRIES)})\b|"
    rf"\b(?:ik|wij|we)\s+in\s+({'|'.join(COUNTRIES)})\s+(?:woon|wonen)\b|"
    rf"\bin\s+({'|'.join(COUNTRIES)})\s+(?:woon|wonen)\s+(?:ik|wij|we)\b",
    re.IGNORECASE,
)


def elsewhere(text: str, regions: dict[str, list[str]]) -> str | None:
    """A Dutch municipality named as where something is ("in Leeuwarden", "gemeente Zwolle") that
    belongs to none of the deployment's regions, or a country the writer lives in; None when the text names none, or
    one of ours."""
    if abroad := _ABROAD.search(text):
        name = next(g for g in abroad.groups() if g)
        return next(c for c in COUNTRIES if c.casefold() == name.casefold())
    found = _place_pattern()
    if found is None:
        return None
    pattern, by_key = found
    low = text.casefold()
    ours = {n.casefold() for names in regions.values() for n in names} | {r.casefold() for r in regions}
    for match in pattern.finditer(low):
        key = match.group(2)
        if match.group(1) is None and len(key) < BARE_PLACE_CHARS:
            continue  # "best", "goes", "sluis": a short name counts only after a place word
        if key in ours or any(key in own or own in key for own in ours if len(own) > 3):
            continue
        if _names(by_key[key], text, low):
            return by_key[key]
    return None
