"""Versioned index builds with an atomic switch, so a killed build never disturbs the index that is serving.

Layout of the index directory::

    index/CURRENT                 name of the build that serves (replaced atomically)
    index/builds/<id>/manifest.json
    index/builds/<id>/nodes.jsonl   every passage (text + metadata), for BM25 and for reuse
    index/builds/<id>/bm25/         persisted BM25 index
    index/builds/<id>/sentences.*   vectors of the sentences answers are made of (assistant/sentences.py)
    index/builds/<id>/chroma/       embedded Chroma (only without ASSISTANT_CHROMA_URL)
    index/builds/.staging-<id>/     a build in progress; never read, removed when stale

With a Chroma server each build is its own collection ``<prefix>_<id>``; the pointer stays local.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import chromadb
import Stemmer
from chromadb.config import Settings as ChromaSettings
from llama_index.core.schema import BaseNode, TextNode
from llama_index.retrievers.bm25 import BM25Retriever
from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.errors import IndexError_

MANIFEST = "manifest.json"
# Bump when the way passages are made changes, so the next ingest re-embeds instead of reusing.
RECIPE_VERSION = 5
NODES = "nodes.jsonl"
CURRENT = "CURRENT"
# Shown to the reader and used for filters, but not worth embedding or matching on.
NOT_EMBEDDED = [
    *("doc", "kind", "region", "municipality", "date", "source", "example", "service_id", "file_hash", "checked"),
    *("category", "access", "contact"),
    # a service's contact facts (corpus/service.py Service.facts), shown on its card
    *("what", "audience", "access_label", "cost", "address", "phone", "email", "website", "opening_hours", "languages"),
]


class FileEntry(BaseModel):
    sha256: str
    node_ids: list[str] = Field(default_factory=list)
    title: str = ""
    kind: str = "other"


class FailedFile(BaseModel):
    sha256: str
    reason: str


class Manifest(BaseModel):
    build_id: str
    created: str
    embed_model: str
    chunk_size: int
    chunk_overlap: int
    chunk_metadata_in_budget: bool | None = None  # None: a build from before the setting existed
    recipe_version: int = 1
    collection: str
    files: dict[str, FileEntry] = Field(default_factory=dict)
    failed: dict[str, FailedFile] = Field(default_factory=dict)
    regions: dict[str, list[str]] = Field(default_factory=dict, description="region id → municipalities")
    places: dict[str, str] = Field(default_factory=dict, description="village or district → its municipality")
    reviewed: list[str] = Field(default_factory=list, description="files a second person reviewed (index/reviewed.py)")
    # The most passages the corpus held, less what was retired on purpose: the loss guard's base (index/publish.py).
    reference_passages: int = 0

    def same_recipe(self, settings: Settings) -> bool:
        """Embeddings can be reused only when model and chunking are the same."""
        return (
            self.embed_model,
            self.chunk_size,
            self.chunk_overlap,
            self.chunk_metadata_in_budget,
            self.recipe_version,
        ) == (
            settings.embed_model,
            settings.chunk_size,
            settings.chunk_overlap,
            settings.chunk_metadata_in_budget,
            RECIPE_VERSION,
        )


def chroma_client(settings: Settings, path: Path) -> Any:
    """Embedded on-disk Chroma, or the server named by ASSISTANT_CHROMA_URL; telemetry off (no network)."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "127.0.0.1",
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=chroma_settings,
        )
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


class IndexStore:
    """Owns the index directory: which build serves, how a new one is staged and switched in."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.root = Path(settings.index_dir)
        self.builds = self.root / "builds"

    # -- reading -------------------------------------------------------------------------------
    def current_id(self) -> str | None:
        try:
            build_id = (self.root / CURRENT).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        return build_id if build_id and (self.builds / build_id / MANIFEST).is_file() else None

    def current(self) -> Manifest | None:
        build_id = self.current_id()
        return self.manifest(build_id) if build_id else None

    def manifest(self, build_id: str) -> Manifest:
        return Manifest.model_validate_json((self.builds / build_id / MANIFEST).read_text(encoding="utf-8"))

    def build_dir(self, build_id: str) -> Path:
        return self.builds / build_id

    def require_current(self) -> Manifest:
        manifest = self.current()
        if manifest is None:
            raise IndexError_(
                f"Er is nog geen index in '{self.root}'. Bouw die eerst met: assistant ingest --index {self.root}"
            )
        return manifest

    def client_for(self, build_dir: Path) -> Any:
        return chroma_client(self.settings, build_dir / "chroma")

    def unreadable(self, manifest: Manifest) -> str | None:
        """Why a build's passages cannot be reused (vectors gone, collection short), or None when they can."""
        expected = sum(len(entry.node_ids) for entry in manifest.files.values())
        try:
            if not (self.builds / manifest.build_id / NODES).is_file():
                return "de passages ontbreken"
            count = self.client_for(self.build_dir(manifest.build_id)).get_collection(manifest.collection).count()
        except Exception as exc:  # Chroma says NotFoundError, or cannot be reached
            return f"de vectoren zijn niet te lezen ({type(exc).__name__})"
        return None if count == expected else f"er zijn {count} vectoren in plaats van {expected}"

    def read_nodes(self, build_id: str) -> Iterator[dict[str, Any]]:
        with (self.builds / build_id / NODES).open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)

    # -- writing -------------------------------------------------------------------------------
    @contextlib.contextmanager
    def writer_lock(self) -> Iterator[None]:
        """One writer at a time; a second ingest gets a clear message instead of a corrupt index."""
        self.root.mkdir(parents=True, exist_ok=True)
        with (self.root / ".lock").open("w") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise IndexError_("Er loopt al een andere ingest op deze index. Probeer het later opnieuw.") from exc
            yield

    def new_build_id(self) -> str:
        return datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}-{time.monotonic_ns() % 10**6}"

    def staging_dir(self, build_id: str) -> Path:
        path = self.builds / f".staging-{build_id}"
        path.mkdir(parents=True)
        return path

    def collection_name(self, build_id: str) -> str:
        # Chroma names: 3-512 chars of [a-zA-Z0-9._-]
        return f"{self.settings.collection_prefix}_{build_id}"

    def commit(self, build_id: str, staging: Path) -> None:
        """Make a finished build the serving one: a directory rename, then an atomic pointer replace."""
        final = self.builds / build_id
        staging.rename(final)
        tmp = self.root / f".{CURRENT}.tmp"
        tmp.write_text(build_id + "\n", encoding="utf-8")
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, self.root / CURRENT)

    def prune(self) -> None:
        """Drop stale staging dirs and builds beyond ``keep_builds`` (the serving one is always kept)."""
        if not self.builds.is_dir():
            return
        current = self.current_id()
        for path in self.builds.glob(".staging-*"):
            shutil.rmtree(path, ignore_errors=True)
        finished = sorted(p.name for p in self.builds.iterdir() if (p / MANIFEST).is_file())
        keep = set(finished[-self.settings.keep_builds :]) | ({current} if current else set())
        for name in finished:
            if name not in keep:
                self._drop_collection(name)
                shutil.rmtree(self.builds / name, ignore_errors=True)
        if self.settings.chroma_url:
            self._drop_orphan_collections(keep)

    def _drop_collection(self, build_id: str) -> None:
        if not self.settings.chroma_url:
            return  # the collection lives inside the build dir
        with contextlib.suppress(Exception):
            self.client_for(self.builds / build_id).delete_collection(self.collection_name(build_id))

    def _drop_orphan_collections(self, keep: set[str]) -> None:
        """Collections left by killed builds on a Chroma server."""
        client = self.client_for(self.root)
        prefix = self.settings.collection_prefix + "_"
        wanted = {self.collection_name(b) for b in keep}
        for collection in client.list_collections():
            name = getattr(collection, "name", collection)
            if name.startswith(prefix) and name not in wanted:
                with contextlib.suppress(Exception):
                    client.delete_collection(name)


def match_on_title_and_heading(node: BaseNode) -> BaseNode:
    """Title and heading take part in embedding and BM25; the other metadata is for display and filters."""
    node.excluded_embed_metadata_keys = list(NOT_EMBEDDED)
    node.excluded_llm_metadata_keys = list(NOT_EMBEDDED)
    return node


def row_to_node(row: dict[str, Any]) -> TextNode:
    """A stored passage as a llama-index node, matched the same way as when it was embedded."""
    node = TextNode(id_=row["id"], text=row["text"], metadata=row["metadata"])
    match_on_title_and_heading(node)
    return node


def dutch_stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("dutch")


def build_bm25(rows: list[dict[str, Any]]) -> BM25Retriever:
    """BM25 with Dutch stemming and stopwords over the same text the embedding sees."""
    return BM25Retriever(nodes=[row_to_node(r) for r in rows], stemmer=dutch_stemmer(), language="dutch")


def write_passages(staging: Path, rows: list[dict[str, Any]]) -> None:
    """A build's passages as IndexStore.read_nodes reads them back, and the BM25 index over the same rows."""
    with (staging / NODES).open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if rows:
        build_bm25(rows).persist(str(staging / "bm25"))
