"""What a reader narrows to (kinds, region, municipality), and the one place where places in a question are found."""

from __future__ import annotations

import re
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

    def with_places_in(self, regions: dict[str, list[str]], *texts: str) -> Filters:
        """A place named in the question narrows the search to it, over the reader's setting ("en in Deurne?"):
        the first text that names exactly one place decides; several places, or none, leave the filters as they
        are. A municipality narrows the social map to it (plus region-wide and national services)."""
        for text in texts:
            place = places_in(text, regions)
            if place is not None:
                region, municipality = place
                return self.model_copy(update={"region": region, "municipality": municipality})
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


def places_in(text: str, regions: dict[str, list[str]]) -> tuple[str, str | None] | None:
    """(region, municipality) when the text names exactly one known municipality; (region, None) when it names
    places of one region only (its id, or a municipality's first part: "Culemborg" in "Culemborg-Oost")."""
    low = text.casefold()

    def named(name: str) -> bool:
        return bool(re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", low))

    municipalities = {
        (region, name) for region, names in regions.items() if region != NATIONAL for name in names if named(name)
    }
    if len(municipalities) == 1:
        return next(iter(municipalities))
    found = {
        region
        for region, names in regions.items()
        if region != NATIONAL and any(named(n) for n in [region, *names, *(m.split("-")[0] for m in names if "-" in m)])
    }
    return (found.pop(), None) if len(found) == 1 else None
