"""Corpus folder → passages with metadata → embedded build, re-embedding only what changed.

Reading uses index/loaders.py; prose is split by llama-index node parsers (Markdown headings first, then by size)
inside an ``IngestionPipeline``; social-map files become one passage per service."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

from llama_index.core import Document
from llama_index.core.ingestion import IngestionPipeline
from llama_index.core.node_parser import MarkdownNodeParser, SentenceSplitter
from llama_index.core.schema import BaseNode, TextNode, TransformComponent
from llama_index.vector_stores.chroma import ChromaVectorStore

from assistant.config import Settings
from assistant.corpus.files import load_regions
from assistant.errors import SkippedFile
from assistant.index.embeddings import load_embed_model
from assistant.index.gate import refused_files
from assistant.index.loaders import CorpusFile, _doc_key, load_file, scan
from assistant.index.progress import Progress, Reporter, throttled
from assistant.index.publish import publish_blocker, reference, retired_files
from assistant.index.report import ChangeReport, audit_changes
from assistant.index.reviewed import reviewed_hashes
from assistant.index.sentences import SentenceVectors, embed_sentences
from assistant.index.store import (
    MANIFEST,
    RECIPE_VERSION,
    FailedFile,
    FileEntry,
    IndexStore,
    Manifest,
    match_on_title_and_heading,
    write_passages,
)
from assistant.records.audit import AuditLog, cli_actor

# Passages embedded per step: small enough for a progress bar that moves, large enough to keep the model busy.
EMBED_BATCH = 64


class HeadingPath(TransformComponent):
    """Turn MarkdownNodeParser's parent path plus the section's own heading into readable metadata.

    What is embedded and shown is the last ``max_levels`` levels, at most ``max_chars`` characters: a law's
    "Hoofdstuk > Afdeling > Paragraaf > Artikel" path of 300+ characters must not take a passage's room."""

    max_levels: int = 2
    max_chars: int = 120
    drop_bare_headings: bool = False  # a section that is only its heading line is no passage (when others are)

    def __call__(self, nodes: list[BaseNode], **kwargs: Any) -> list[BaseNode]:
        kept: list[BaseNode] = []
        for node in nodes:
            parents = [p for p in str(node.metadata.pop("header_path", "")).split("/") if p.strip()]
            first, _, body = node.get_content().lstrip().partition("\n")
            own = first.lstrip("#").strip() if first.startswith("#") else ""
            node.metadata["heading"] = short_heading(
                [*parents, own] if own else parents, self.max_levels, self.max_chars
            )
            if not (self.drop_bare_headings and own and not body.strip()):
                kept.append(node)
        return kept or nodes


def short_heading(levels: list[str], max_levels: int = 2, max_chars: int = 120) -> str:
    """The last ``max_levels`` heading levels joined with " > ", cut to ``max_chars`` (on a word, with "…")."""
    text = " > ".join(" ".join(level.split()) for level in levels[-max_levels:] if level.strip())
    if len(text) <= max_chars:
        return text
    cut = text[: max_chars - 1].rsplit(" ", 1)[0] or text[: max_chars - 1]
    return cut.rstrip(" >") + "…"


class SmallChunkSplitter(SentenceSplitter):
    """SentenceSplitter that never starves a passage of text and never print()s.

    ``metadata_in_budget`` (the measured default of the 300-token recipe): metadata counts against ``chunk_size``
    like in the parent, but at least ``min_text_tokens`` of text stay per chunk, so a long title or heading
    shortens passages instead of failing the build ("Metadata length (328) is longer than chunk size (300)").
    Off: ``chunk_size`` is the text's own budget and the metadata rides along (structure-aware chunks)."""

    metadata_in_budget: bool = True
    min_text_tokens: int = 48

    def split_text_metadata_aware(self, text: str, metadata_str: str) -> list[str]:
        if not self.metadata_in_budget:
            return self._split_text(text, chunk_size=self.chunk_size)
        room = self.chunk_size - len(self._tokenizer(metadata_str))
        return self._split_text(text, chunk_size=max(room, self.min_text_tokens, self.chunk_overlap + 8))


def prose_pipeline(settings: Settings) -> IngestionPipeline:
    """Markdown sections → heading metadata → size-bounded chunks → stable ids."""
    splitter = SmallChunkSplitter(chunk_size=settings.chunk_size, chunk_overlap=settings.chunk_overlap)
    splitter.metadata_in_budget = settings.chunk_metadata_in_budget  # SentenceSplitter's __init__ takes no extras
    heading = HeadingPath(
        max_levels=settings.heading_levels,
        max_chars=settings.heading_chars,
        drop_bare_headings=not settings.chunk_metadata_in_budget,
    )
    return IngestionPipeline(transformations=[MarkdownNodeParser(), heading, splitter, StableIds()])


def split_prose(documents: list[Document], settings: Settings) -> tuple[list[BaseNode], dict[str, str]]:
    """Split document by document: one that fails costs only itself, with a Dutch reason, never the build."""
    pipeline = prose_pipeline(settings)
    by_doc: dict[str, list[Document]] = {}
    for document in documents:
        by_doc.setdefault(str(document.metadata.get("doc", "")), []).append(document)
    nodes: list[BaseNode] = []
    failures: dict[str, str] = {}
    for rel, docs in by_doc.items():
        try:
            made = pipeline.run(documents=docs)
        except Exception as exc:
            failures[rel] = f"bestand kon niet in passages worden verdeeld ({type(exc).__name__}: {str(exc)[:160]})"
            continue
        if not any(n.get_content().strip() for n in made):
            failures[rel] = "bestand leverde geen passages met tekst op"
            continue
        nodes += made
    return nodes, failures


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
    progress: Reporter | None = None,
    actor: str | None = None,
    force: bool = False,
) -> ChangeReport:
    """Bring the index in line with the corpus folder; the previous build serves until this one is complete.

    Every file added, changed, removed or refused goes to the audit log under ``actor`` (default: the OS user).
    A file that was indexed before and fails now keeps its previous passages (``report.stale``): a typo in an
    upload must not take a help line out of the answers. A build that would lose more than
    ``settings.ingest_max_loss`` of the passages, or a national service, is not published unless ``force``.
    """
    started = time.perf_counter()
    say: Reporter = progress or (lambda _msg: None)
    show = throttled(say)
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
                if old_ok:  # and still served from its last good version
                    keep[f.rel] = old_ok
                    report.stale[f.rel] = old_bad.reason
            else:
                todo.append(f)
                (report.changed if f.rel in before else report.added).append(f.rel)
        present = {f.rel for f in files}
        report.removed = sorted(rel for rel in (previous.files if previous else {}) if rel not in present)
        report.unchanged = len(keep) - len(report.stale)

        region_map = {rid: list(r.municipalities) for rid, r in regions.items()}
        place_map = {place: town for r in regions.values() for town, names in r.places.items() for place in names}
        trusted = reviewed_hashes(corpus_dir, Path(settings.data_dir))
        previous_sentences = SentenceVectors.read(store.build_dir(previous.build_id)) if previous else None
        sentence_model = settings.sentence_model or settings.embed_model
        wants_sentences = settings.sentence_weight > 0 or settings.sentence_rank_weight > 0
        sentences_ready = not wants_sentences or (
            previous_sentences is not None and previous_sentences.model == sentence_model
        )
        if (
            reusable
            and not todo
            and not report.removed
            and reusable.regions == region_map
            and sentences_ready
            and reusable.places == place_map
            and set(reusable.reviewed) == {rel for rel, entry in keep.items() if entry.sha256 in trusted}
        ):
            report.failed = {rel: bad.reason for rel, bad in failed.items()}
            report.passages = sum(len(e.node_ids) for e in keep.values())
            report.seconds = time.perf_counter() - started
            return report

        documents: list[Document] = []
        records: list[TextNode] = []
        refused = refused_files(corpus_dir, [f.rel for f in todo], set(reusable.files) if reusable else set())
        for f in todo:
            try:
                loaded = load_file(f, regions)
                if f.rel in refused:  # what check-corpus refuses is never published (index/gate.py)
                    raise SkippedFile(refused[f.rel])
            except SkippedFile as exc:
                failed[f.rel] = FailedFile(sha256=f.sha256, reason=str(exc))
                continue
            documents += loaded.documents
            records += loaded.records
            report.row_problems += loaded.problems

        say(f"{len(documents)} documenten en {len(records)} diensten inlezen en inbedden…")
        prose, split_failures = split_prose(documents, settings)
        for f in todo:
            if f.rel in split_failures:
                failed[f.rel] = FailedFile(sha256=f.sha256, reason=split_failures[f.rel])
        # A file indexed before that fails now keeps its last good version, copied like an unchanged file.
        for f in todo:
            old_ok = reusable.files.get(f.rel) if reusable else None
            if f.rel in failed and old_ok:
                keep[f.rel] = old_ok
                report.stale[f.rel] = failed[f.rel].reason
        report.failed = {rel: bad.reason for rel, bad in failed.items()}
        # Added/changed lists what is now served; a file that fails is reported once, under failed (or stale).
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
        new_nodes: list[BaseNode] = [*prose, *records]
        for node in new_nodes:
            match_on_title_and_heading(node)
        embedder = IngestionPipeline(transformations=[embed_model])
        vector_store = ChromaVectorStore(chroma_collection=collection)
        embedded: list[BaseNode] = []
        # Where each document's last passage sits: a document is done once the embedding has passed it.
        last_of: dict[str, int] = {str(n.metadata.get("doc")): i for i, n in enumerate(new_nodes)}
        ends = sorted(last_of.values())
        passages = Progress("passages", len(new_nodes), documents_total=len(ends))
        show(passages)
        for start in range(0, len(new_nodes), EMBED_BATCH):
            batch = embedder.run(nodes=new_nodes[start : start + EMBED_BATCH])
            vector_store.add(batch)
            embedded += batch
            passages.done = len(embedded)
            passages.documents_done = sum(1 for end in ends if end < passages.done)
            show(passages)
        new_nodes = embedded
        report.embedded = len(new_nodes)

        rows = reused_rows + [_node_row(n) for n in new_nodes]
        write_passages(staging, rows)
        if wants_sentences:
            model = load_embed_model(sentence_model)
            table, report.sentences_embedded = embed_sentences(
                rows, sentence_model, model, previous_sentences, progress=show
            )
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
        region_map = _regions_still_served(region_map, previous, rows, report)
        retired = retired_files(Path(settings.data_dir), previous, report.removed)
        base = reference(previous, retired)
        manifest = Manifest(
            reference_passages=len(rows) if force else max(len(rows), base),
            build_id=build_id,
            created=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            embed_model=settings.embed_model,
            chunk_size=settings.chunk_size,
            chunk_overlap=settings.chunk_overlap,
            chunk_metadata_in_budget=settings.chunk_metadata_in_budget,
            recipe_version=RECIPE_VERSION,
            collection=collection_name,
            files=entries,
            failed=failed,
            regions=region_map,
            places=place_map,
            reviewed=sorted(rel for rel, entry in entries.items() if entry.sha256 in trusted),
        )
        (staging / MANIFEST).write_text(manifest.model_dump_json(indent=1), encoding="utf-8")
        del client, collection, vector_store
        report.passages = len(rows)
        report.blocked = None if force else publish_blocker(store, previous, rows, settings.ingest_max_loss, base)
        if report.blocked:
            shutil.rmtree(staging, ignore_errors=True)
            store._drop_collection(build_id)
            AuditLog(Path(settings.data_dir)).append(
                actor or cli_actor(), "build-geweigerd", "", build=build_id, reason=report.blocked
            )
            report.seconds = time.perf_counter() - started
            return report
        store.commit(build_id, staging)
        _forget_old_text(settings, store, previous, rows, report)
        store.prune()
        audit_changes(settings, actor or cli_actor(), build_id, todo, failed, report, previous)
        report.build_id = build_id
        report.passages = len(rows)
        report.seconds = time.perf_counter() - started
        return report


def _forget_old_text(
    settings: Settings, store: IndexStore, previous: Manifest | None, rows: list[dict[str, Any]], report: ChangeReport
) -> None:
    """Retired or replaced text leaves what Wegwijs keeps too: kept answers and source panels quoting it."""
    from assistant.records.forget import forget_old_versions

    if previous is None or not (report.removed or report.changed):
        return
    try:
        done = forget_old_versions(Path(settings.data_dir), store.read_nodes(previous.build_id), rows, report)
    except (OSError, sqlite3.Error) as exc:  # the new build serves; what is kept is cleaned on the next change
        report.warnings.append(f"Bewaarde antwoorden met oude tekst konden niet worden opgeruimd: {exc}")
        return
    report.forgotten_answers, report.forgotten_panels = done.answers, done.panels


def _regions_still_served(
    region_map: dict[str, list[str]], previous: Manifest | None, rows: list[dict[str, Any]], report: ChangeReport
) -> dict[str, list[str]]:
    """A region taken out of _regios.yaml while its documents are still served keeps its last municipalities:
    otherwise every question about it would be refused as an unknown region (red team B10)."""
    used = {str(row["metadata"].get("region") or "") for row in rows}
    kept = dict(region_map)
    for rid, towns in (previous.regions if previous else {}).items():
        if rid not in kept and rid in used:
            kept[rid] = towns
            report.warnings.append(
                f"Regio '{rid}' staat niet meer in _regios.yaml, maar er horen nog documenten bij: de vorige "
                "gegevens van die regio blijven in gebruik. Haal eerst de documenten van die regio weg."
            )
    return kept


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
