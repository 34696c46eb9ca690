"""Corpus folder → passages with metadata → embedded build, re-embedding only what changed.

Reading uses llama-index's readers (PDF, DOCX) and node parsers (Markdown headings first, then by size)
inside an ``IngestionPipeline``; social-map files become one passage per service.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup
from llama_index.core import Document
from llama_index.core.ingestion import IngestionPipeline
from llama_index.core.node_parser import MarkdownNodeParser, SentenceSplitter
from llama_index.core.schema import BaseNode, TextNode, TransformComponent
from llama_index.vector_stores.chroma import ChromaVectorStore
from pydantic import BaseModel, Field

from assistant.audit import AuditLog, cli_actor
from assistant.config import Settings
from assistant.corpus import CorpusError, kind_for, load_regions, load_services, read_sidecar, split_front_matter
from assistant.embeddings import load_embed_model
from assistant.index import (
    MANIFEST,
    RECIPE_VERSION,
    FailedFile,
    FileEntry,
    IndexStore,
    Manifest,
    match_on_title_and_heading,
    write_passages,
)
from assistant.sentences import SentenceVectors, embed_sentences

TEXT_SUFFIXES = {".md", ".markdown", ".txt"}
HTML_SUFFIXES = {".html", ".htm"}
BINARY_SUFFIXES = {".pdf", ".docx"}
RECORD_SUFFIXES = {".csv", ".yaml", ".yml", ".json"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | BINARY_SUFFIXES | RECORD_SUFFIXES


class SkippedFile(Exception):
    """A file that cannot be indexed; the message is Dutch and names the reason."""


class ChangeReport(BaseModel):
    added: list[str] = Field(default_factory=list)
    changed: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    unchanged: int = 0
    failed: dict[str, str] = Field(default_factory=dict)
    row_problems: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    embedded: int = 0
    sentences_embedded: int = 0
    passages: int = 0
    build_id: str | None = None
    seconds: float = 0.0

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def render(self) -> str:
        """The coordinator's view: what changed, what failed and why."""
        lines = [
            f"Toegevoegd: {len(self.added)}  Gewijzigd: {len(self.changed)}  Verwijderd: {len(self.removed)}  "
            f"Ongewijzigd: {self.unchanged}  Mislukt: {len(self.failed)}",
        ]
        lines += [f"  + {d}" for d in self.added]
        lines += [f"  ~ {d}" for d in self.changed]
        lines += [f"  - {d}" for d in self.removed]
        lines += [f"  ! {d}: {why}" for d, why in sorted(self.failed.items())]
        lines += [f"  ! {p}" for p in self.row_problems]
        lines += [f"  ! {w}" for w in self.warnings]
        if self.build_id:
            lines.append(
                f"Index bijgewerkt: {self.passages} passages, {self.embedded} opnieuw ingebed, "
                f"{self.sentences_embedded} nieuwe zinnen ingebed ({self.seconds:.1f} s)."
            )
        else:
            lines.append("Geen wijzigingen: de bestaande index blijft in gebruik.")
        return "\n".join(lines)


@dataclass
class CorpusFile:
    rel: str
    path: Path
    sha256: str


@dataclass
class Loaded:
    documents: list[Document] = field(default_factory=list)  # prose, to be split
    records: list[TextNode] = field(default_factory=list)  # one passage each (social map)
    problems: list[str] = field(default_factory=list)


def scan(corpus_dir: Path) -> list[CorpusFile]:
    """Files to index; names starting with '_' or '.' and '*.meta.yaml' sidecars are the coordinator's own."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"De corpusmap '{corpus_dir}' bestaat niet.")
    found = []
    for path in sorted(corpus_dir.rglob("*")):
        rel = path.relative_to(corpus_dir).as_posix()
        if not path.is_file() or any(part.startswith(("_", ".")) for part in rel.split("/")):
            continue
        if path.name.endswith(".meta.yaml") or path.suffix.lower() not in SUPPORTED:
            continue
        digest = hashlib.sha256(path.read_bytes())
        sidecar = path.with_name(path.name + ".meta.yaml")
        if sidecar.is_file():
            digest.update(sidecar.read_bytes())
        found.append(CorpusFile(rel, path, digest.hexdigest()))
    return found


def _decode(raw: bytes) -> str:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SkippedFile("bestand is geen geldige UTF-8-tekst (sla het op als UTF-8)") from exc
    if not text.strip():
        raise SkippedFile("bestand is leeg")
    return text


def html_to_markdown(html: str) -> tuple[str, str | None]:
    """Keep headings as Markdown so the heading-first split also works on web pages."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "nav", "footer", "header", "noscript"]):
        tag.decompose()
    title = soup.title.get_text(strip=True) if soup.title else None
    body = soup.body or soup
    blocks = []
    for el in body.find_all(["h1", "h2", "h3", "h4", "p", "li", "td", "dd", "dt", "blockquote"]):
        if el.find_parent(["p", "li", "td", "dd", "blockquote"]):
            continue
        text = " ".join(el.get_text(" ", strip=True).split())
        if not text:
            continue
        blocks.append(("#" * int(el.name[1]) + " " + text) if el.name[0] == "h" else text)
    return "\n\n".join(blocks), title


def _read_binary(path: Path) -> str:
    from llama_index.readers.file import DocxReader, PDFReader

    reader = PDFReader(return_full_document=True) if path.suffix.lower() == ".pdf" else DocxReader()
    kind = "PDF" if path.suffix.lower() == ".pdf" else "Word-bestand"
    try:
        docs = reader.load_data(path)
    except Exception as exc:  # readers raise many types on corrupt input
        raise SkippedFile(f"{kind} is beschadigd of onleesbaar ({type(exc).__name__})") from exc
    text = "\n\n".join(d.text for d in docs).strip()
    if not text:
        raise SkippedFile(f"{kind} bevat geen tekst (misschien een scan zonder tekstlaag)")
    return text


def _first_heading(text: str) -> str | None:
    match = re.search(r"^#\s+(.+)$", text, flags=re.MULTILINE)
    return match.group(1).strip() if match else None


def _flat(meta: dict[str, Any]) -> dict[str, str | int | float | bool]:
    """Chroma accepts scalars only; None becomes ''."""
    out: dict[str, str | int | float | bool] = {}
    for key, value in meta.items():
        if value is None:
            out[key] = ""
        elif isinstance(value, (str, int, float, bool)):
            out[key] = value
        elif isinstance(value, (list, tuple)):
            out[key] = ", ".join(str(v) for v in value)
        else:
            out[key] = str(value)
    return out


def _doc_metadata(rel: str, meta: dict[str, Any], title: str, sha256: str) -> dict[str, Any]:
    return _flat(
        {
            "doc": rel,
            "title": title,
            "kind": kind_for(rel, meta),
            "region": meta.get("region") or "",
            "municipality": meta.get("municipality") or "",
            "date": str(meta.get("date") or ""),
            "source": meta.get("source") or "",
            "example": bool(meta.get("example", False)),
            "heading": "",
            "service_id": "",
            "file_hash": sha256,
        }
    )


def load_file(file: CorpusFile, regions: dict[str, Any]) -> Loaded:
    """Read one file into documents or records; raises SkippedFile with a Dutch reason."""
    suffix = file.path.suffix.lower()
    loaded = Loaded()
    if suffix in RECORD_SUFFIXES:
        _decode(file.path.read_bytes())  # same encoding/empty checks as prose
        services, issues = load_services(file.path, regions)
        loaded.problems = [f"{file.rel}: {i.message}" for i in issues]
        if not services:
            raise SkippedFile(issues[0].message if issues else "geen geldige diensten in dit bestand")
        for service in services:
            meta = _doc_metadata(file.rel, service.model_dump(), service.name, file.sha256)
            meta.update(
                _flat(
                    {
                        "kind": "sociale_kaart",
                        "service_id": service.id,
                        "heading": service.name,
                        "date": str(service.last_verified),
                        "category": service.category,
                        "access": service.access,
                    }
                )
            )
            about, contact = split_card(service.as_text())
            meta["contact"] = contact
            loaded.records.append(TextNode(id_=f"{_doc_key(file.rel)}-{service.id}", text=about, metadata=meta))
        return loaded

    meta: dict[str, Any] = read_sidecar(file.path)
    title: str | None = None
    if suffix in TEXT_SUFFIXES:
        try:
            front, text = split_front_matter(_decode(file.path.read_bytes()))
        except CorpusError as exc:
            raise SkippedFile(str(exc)) from exc
        meta = {**meta, **front}
        if not text.strip():
            raise SkippedFile("bestand bevat alleen kopgegevens en geen tekst")
    elif suffix in HTML_SUFFIXES:
        text, title = html_to_markdown(_decode(file.path.read_bytes()))
        if not text.strip():
            raise SkippedFile("HTML-pagina bevat geen leesbare tekst")
    else:
        text = _read_binary(file.path)
    title = str(meta.get("title") or title or _first_heading(text) or file.path.stem.replace("-", " ").capitalize())
    loaded.documents.append(
        Document(id_=file.rel, text=text, metadata=_doc_metadata(file.rel, meta, title, file.sha256))
    )
    return loaded


CONTACT_LABELS = (
    "Adres:",
    "Telefoon:",
    "E-mail:",
    "Website:",
    "Openingstijden:",
    "Talen:",
    "Laatst gecontroleerd:",
    "Let op:",
)


def split_card(card: str) -> tuple[str, str]:
    """What a service is (embedded and matched) apart from how to reach it (shown, not matched): contact lines
    would otherwise dilute the match between 'who can I call about X' and the service that handles X."""
    lines = card.splitlines()
    about = [line for line in lines if not line.startswith(CONTACT_LABELS)]
    contact = [line for line in lines if line.startswith(CONTACT_LABELS)]
    return "\n".join(about), "\n".join(contact)


def _doc_key(rel: str) -> str:
    return hashlib.sha1(rel.encode()).hexdigest()[:12]


class HeadingPath(TransformComponent):
    """Turn MarkdownNodeParser's parent path plus the section's own heading into readable metadata."""

    def __call__(self, nodes: list[BaseNode], **kwargs: Any) -> list[BaseNode]:
        for node in nodes:
            parents = [p for p in str(node.metadata.pop("header_path", "")).split("/") if p]
            first = node.get_content().lstrip().split("\n", 1)[0]
            own = first.lstrip("#").strip() if first.startswith("#") else ""
            node.metadata["heading"] = " > ".join([*parents, own] if own else parents)
        return nodes


class SmallChunkSplitter(SentenceSplitter):
    """SentenceSplitter that counts metadata against ``chunk_size`` like its parent, without the parent's print()
    per passage when under 50 tokens of text remain: our chunks are that small on purpose (measured best, see
    Settings.chunk_size), and a thousand English lines would bury the coordinator's change report."""

    def split_text_metadata_aware(self, text: str, metadata_str: str) -> list[str]:
        room = self.chunk_size - len(self._tokenizer(metadata_str))
        if room <= 0:
            return super().split_text_metadata_aware(text, metadata_str)  # raises with llama-index's own message
        return self._split_text(text, chunk_size=room)


class StableIds(TransformComponent):
    """Deterministic ids per document, so a build can reuse a previous build's passages by id."""

    def __call__(self, nodes: list[BaseNode], **kwargs: Any) -> list[BaseNode]:
        counters: dict[str, int] = {}
        for node in nodes:
            doc = str(node.metadata["doc"])
            counters[doc] = counters.get(doc, -1) + 1
            node.id_ = f"{_doc_key(doc)}-{counters[doc]:04d}"
        return nodes


def ingest(
    settings: Settings,
    progress: Callable[[str], None] | None = None,
    actor: str | None = None,
) -> ChangeReport:
    """Bring the index in line with the corpus folder; the previous build serves until this one is complete.

    Every file added, changed, removed or refused goes to the audit log under ``actor`` (default: the OS user).
    """
    started = time.perf_counter()
    say = progress or (lambda _msg: None)
    store = IndexStore(settings)
    corpus_dir = Path(settings.corpus_dir)
    report = ChangeReport()
    with store.writer_lock():
        store.prune()  # leftovers of killed builds
        files = scan(corpus_dir)
        regions = load_regions(corpus_dir)
        previous = store.current()
        reusable = previous if previous and previous.same_recipe(settings) else None
        if reusable and (why := store.unreadable(reusable)):
            report.warnings.append(
                f"De vorige index ({reusable.build_id}) is niet bruikbaar: {why}. Alles wordt opnieuw ingebed."
            )
            reusable = None
        before = {**(previous.files if previous else {}), **(previous.failed if previous else {})}

        todo: list[CorpusFile] = []
        keep: dict[str, FileEntry] = {}
        failed: dict[str, FailedFile] = {}
        for f in files:
            old_ok = reusable.files.get(f.rel) if reusable else None
            old_bad = reusable.failed.get(f.rel) if reusable else None
            if old_ok and old_ok.sha256 == f.sha256:
                keep[f.rel] = old_ok
            elif old_bad and old_bad.sha256 == f.sha256:
                failed[f.rel] = old_bad  # still broken, nothing to retry
            else:
                todo.append(f)
                (report.changed if f.rel in before else report.added).append(f.rel)
        present = {f.rel for f in files}
        report.removed = sorted(rel for rel in (previous.files if previous else {}) if rel not in present)
        report.unchanged = len(keep)

        region_map = {rid: list(r.municipalities) for rid, r in regions.items()}
        previous_sentences = SentenceVectors.read(store.build_dir(previous.build_id)) if previous else None
        sentence_model = settings.sentence_model or settings.embed_model
        wants_sentences = settings.sentence_weight > 0 or settings.sentence_rank_weight > 0
        sentences_ready = not wants_sentences or (
            previous_sentences is not None and previous_sentences.model == sentence_model
        )
        if reusable and not todo and not report.removed and reusable.regions == region_map and sentences_ready:
            report.failed = {rel: bad.reason for rel, bad in failed.items()}
            report.passages = sum(len(e.node_ids) for e in keep.values())
            report.seconds = time.perf_counter() - started
            return report

        documents: list[Document] = []
        records: list[TextNode] = []
        for f in todo:
            try:
                loaded = load_file(f, regions)
            except SkippedFile as exc:
                failed[f.rel] = FailedFile(sha256=f.sha256, reason=str(exc))
                continue
            documents += loaded.documents
            records += loaded.records
            report.row_problems += loaded.problems
        report.failed = {rel: bad.reason for rel, bad in failed.items()}
        # Added/changed lists what is now served; a file that fails is reported once, under failed.
        report.added = [rel for rel in report.added if rel not in failed]
        report.changed = [rel for rel in report.changed if rel not in failed]

        # The build is staged from here on: whatever happens until commit(), CURRENT still names the old one.
        build_id = store.new_build_id()
        staging = store.staging_dir(build_id)
        collection_name = store.collection_name(build_id)
        client = store.client_for(staging)
        collection = client.get_or_create_collection(collection_name, metadata={"hnsw:space": "cosine"})
        reused_rows: list[dict[str, Any]] = []
        if reusable and keep:
            reused_rows = _copy_passages(store, reusable, keep, collection)

        embed_model = load_embed_model(settings.embed_model)
        say(f"{len(documents)} documenten en {len(records)} diensten inlezen en inbedden…")
        splitter = SmallChunkSplitter(chunk_size=settings.chunk_size, chunk_overlap=settings.chunk_overlap)
        prose = IngestionPipeline(transformations=[MarkdownNodeParser(), HeadingPath(), splitter, StableIds()]).run(
            documents=documents
        )
        new_nodes: list[BaseNode] = [*prose, *records]
        for node in new_nodes:
            match_on_title_and_heading(node)
        embedder = IngestionPipeline(transformations=[embed_model])
        vector_store = ChromaVectorStore(chroma_collection=collection)
        embedded: list[BaseNode] = []
        for start in range(0, len(new_nodes), 256):
            batch = embedder.run(nodes=new_nodes[start : start + 256])
            vector_store.add(batch)
            embedded += batch
        new_nodes = embedded
        report.embedded = len(new_nodes)

        rows = reused_rows + [_node_row(n) for n in new_nodes]
        write_passages(staging, rows)
        if wants_sentences:
            say("Zinnen voor de antwoorden inbedden (alleen nieuwe)…")
            model = load_embed_model(sentence_model)
            table, report.sentences_embedded = embed_sentences(rows, sentence_model, model, previous_sentences)
            table.write(staging)

        by_doc: dict[str, list[BaseNode]] = {}
        for node in new_nodes:
            by_doc.setdefault(str(node.metadata.get("doc")), []).append(node)
        entries = dict(keep)
        for f in todo:
            if f.rel in failed:
                continue
            nodes = by_doc.get(f.rel, [])
            first = nodes[0].metadata if nodes else {}
            entries[f.rel] = FileEntry(
                sha256=f.sha256,
                node_ids=[n.node_id for n in nodes],
                title=str(first.get("title", "")),
                kind=str(first.get("kind", "other")),
            )
        manifest = Manifest(
            build_id=build_id,
            created=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            embed_model=settings.embed_model,
            chunk_size=settings.chunk_size,
            chunk_overlap=settings.chunk_overlap,
            recipe_version=RECIPE_VERSION,
            collection=collection_name,
            files=entries,
            failed=failed,
            regions=region_map,
        )
        (staging / MANIFEST).write_text(manifest.model_dump_json(indent=1), encoding="utf-8")
        del client, collection, vector_store
        store.commit(build_id, staging)
        store.prune()
        _audit(settings, actor or cli_actor(), build_id, todo, failed, report, previous)
        report.build_id = build_id
        report.passages = len(rows)
        report.seconds = time.perf_counter() - started
        return report


def _audit(
    settings: Settings,
    actor: str,
    build_id: str,
    todo: list[CorpusFile],
    failed: dict[str, FailedFile],
    report: ChangeReport,
    previous: Manifest | None,
) -> None:
    log = AuditLog(Path(settings.data_dir))
    for f in todo:
        action = "mislukt" if f.rel in failed else "gewijzigd" if f.rel in report.changed else "toegevoegd"
        reason = {"reason": failed[f.rel].reason} if f.rel in failed else {}
        log.append(actor, action, f.rel, f.sha256, build=build_id, **reason)
    for rel in report.removed:
        old = previous.files[rel].sha256 if previous else ""
        log.append(actor, "verwijderd", rel, old, build=build_id)


def _node_row(node: BaseNode) -> dict[str, Any]:
    return {"id": node.node_id, "text": node.get_content(), "metadata": dict(node.metadata)}


def _copy_passages(
    store: IndexStore, previous: Manifest, keep: dict[str, FileEntry], collection: Any
) -> list[dict[str, Any]]:
    """Carry unchanged files' passages and embeddings over from the previous build: nothing is re-embedded."""
    wanted = {nid for entry in keep.values() for nid in entry.node_ids}
    rows = [row for row in store.read_nodes(previous.build_id) if row["id"] in wanted]
    old = store.client_for(store.build_dir(previous.build_id)).get_collection(previous.collection)
    ids = [row["id"] for row in rows]
    for start in range(0, len(ids), 2000):
        batch = old.get(ids=ids[start : start + 2000], include=["embeddings", "documents", "metadatas"])
        collection.add(
            ids=batch["ids"],
            embeddings=batch["embeddings"],
            documents=batch["documents"],
            metadatas=batch["metadatas"],
        )
    return rows
