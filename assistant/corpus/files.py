"""Reading corpus files: YAML without surprises, front matter, sidecars (`<file>.meta.yaml`), kinds and regions."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import (
    ValidationError,
)

from assistant.corpus.filetypes import SIDECAR_SUFFIX, suffixes
from assistant.corpus.schema import FOLDER_KINDS, ISO_DATE_RE, KINDS, NATIONAL_REGION, Region
from assistant.errors import CorpusError
from assistant.text import as_shown

FRONT_MATTER_SUFFIXES = suffixes("text")


DOCUMENT_SUFFIXES = suffixes("text", "html")


BINARY_SUFFIXES = suffixes("binary")


SERVICE_SUFFIXES = suffixes("records")


REGIONS_FILE = "_regios.yaml"


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
    return as_shown(text)  # every check reads what the reader will see


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
            if strays := [town for town in region.places if not region.knows(town)]:
                raise CorpusError(
                    f"{REGIONS_FILE}: regio '{region.id}' noemt plaatsen bij {', '.join(strays)}, maar dat staat niet "
                    "onder 'municipalities' van die regio."
                )
            regions[region.id] = region
    regions.setdefault(NATIONAL_REGION.id, NATIONAL_REGION)
    return regions
