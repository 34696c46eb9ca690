"""The chat's area setting (all, a region, or one municipality) as search filters."""

from __future__ import annotations

from assistant.corpus.schema import Region
from assistant.search.filters import Filters

ALL_AREAS = "alle"
ALL_AREAS_LABEL = "Geen gemeente gekozen (zoek in alle regio's)"


def filters_for(area: str | None, regions: dict[str, Region]) -> Filters:
    """The chosen area as engine filters: the social map then shows that place plus national services."""
    if not area or area == ALL_AREAS:
        return Filters()
    kind, _, value = area.partition(":")
    if kind == "regio" and value in regions:
        return Filters(region=value)
    if kind == "gemeente":
        for region in regions.values():
            if region.knows(value):
                return Filters(region=region.id, municipality=value)
    return Filters()
