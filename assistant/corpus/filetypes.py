"""The one registry of file types: what ingest reads, what check-corpus checks, what a coordinator may upload,
and how the whole document is served. Add a type here and every stage knows it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

Family = Literal["text", "html", "binary", "records"]


@dataclass(frozen=True)
class FileType:
    suffix: str
    family: Family  # text: Markdown/plain with front matter; records: social-map rows; binary: PDF, Word
    label: str  # Dutch, for messages
    media_type: str  # how GET /api/document serves it (text of any kind is shown as plain text)


FILE_TYPES: dict[str, FileType] = {
    t.suffix: t
    for t in (
        FileType(".md", "text", "Markdown", "text/plain"),
        FileType(".markdown", "text", "Markdown", "text/plain"),
        FileType(".txt", "text", "tekst", "text/plain"),
        FileType(".html", "html", "webpagina", "text/plain"),
        FileType(".htm", "html", "webpagina", "text/plain"),
        FileType(".pdf", "binary", "PDF", "application/pdf"),
        FileType(".docx", "binary", "Word-bestand", "application/octet-stream"),
        FileType(".csv", "records", "sociale kaart (CSV)", "text/plain"),
        FileType(".yaml", "records", "sociale kaart (YAML)", "text/plain"),
        FileType(".yml", "records", "sociale kaart (YAML)", "text/plain"),
        FileType(".json", "records", "sociale kaart (JSON)", "text/plain"),
    )
}
SUPPORTED: tuple[str, ...] = tuple(FILE_TYPES)
SIDECAR_SUFFIX = ".meta.yaml"


def file_type(path: str | Path) -> FileType | None:
    """The registered type of a file name, or None when Wegwijs cannot read it."""
    return FILE_TYPES.get(PurePosixPath(str(path)).suffix.lower())


def family(path: str | Path) -> Family | None:
    found = file_type(path)
    return found.family if found else None


def suffixes(*families: Family) -> tuple[str, ...]:
    return tuple(s for s, t in FILE_TYPES.items() if t.family in families)


def is_sidecar(path: str | Path) -> bool:
    return str(path).lower().endswith(SIDECAR_SUFFIX)


def is_hidden(rel: str | Path) -> bool:
    """The coordinator's own files: any path part starting with '_' or '.' (schema, regions, archives)."""
    return any(part.startswith(("_", ".")) for part in PurePosixPath(str(rel).replace("\\", "/")).parts)


def is_document(rel: str | Path) -> bool:
    """A file that is indexed as a document of its own: not hidden, not a sidecar, and of a known type."""
    return not is_hidden(rel) and not is_sidecar(rel) and file_type(rel) is not None
