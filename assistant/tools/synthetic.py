"""A synthetic index at national scale (~100k passages) made from the real one, cached, for the latency bench."""

from __future__ import annotations

import hashlib
import json
import math
import multiprocessing
import os
import re
import shutil
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from assistant.config import Settings
from assistant.tools.measure import peak_rss_mb

SYNTHETIC_VERSION = 2  # bump when the way synthetic passages are made changes: the cache key includes it


SYNTHETIC_SEED = 20261123


# Noise norm added to a unit vector: cosine to the original ≈ 1/sqrt(1 + σ²) ≈ 0.85, a near-duplicate passage.
SYNTHETIC_SIGMA = 0.6


SYNTHETIC_NOTE = (
    "Synthetische passages: teksten uit de woorden van het corpus (zelfde woordfrequenties en lengtes), vectoren = "
    "echte passagevectoren plus ruis (cosinus ≈ 0.85 met het origineel), metadata (soort, regio, gemeente) van echte "
    "passages; de echte passages doen ook mee. De vragen worden wel echt ingebed en het hele vraagpad draait: "
    "vraagvector, Chroma, BM25, fusie en extractief antwoord."
)


# -- synthetic corpus at scale ---------------------------------------------------------------------------------------
WORDS = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)


def synthetic_key(manifest: Any, size: int) -> str:
    """Cache key: size, recipe and the exact source build (files and model), so a stale cache is never used."""
    parts = [SYNTHETIC_VERSION, SYNTHETIC_SEED, size, manifest.embed_model, manifest.chunk_size]
    parts += sorted((rel, e.sha256) for rel, e in manifest.files.items())
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:12]


def synthetic_texts(rows: list[dict[str, Any]], count: int, rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """``count`` Dutch-like passages with the corpus's word frequencies and passage lengths, and the template row
    each one mirrors (its metadata and, perturbed, its vector)."""
    counts = Counter(w for row in rows for w in WORDS.findall(row["text"]))
    vocab = np.array(list(counts))
    weights = np.array(list(counts.values()), dtype=np.float64)
    lengths = np.array([max(8, len(WORDS.findall(row["text"]))) for row in rows])
    templates = rng.integers(0, len(rows), count)
    sizes = np.maximum(8, (lengths[templates] * rng.uniform(0.7, 1.3, count)).astype(int))
    words = vocab[rng.choice(len(vocab), size=int(sizes.sum()), p=weights / weights.sum())]
    sentence_len = rng.integers(6, 19, int(sizes.sum()))
    texts: list[str] = []
    at = 0
    for size in sizes:
        end = at + int(size)
        sentences = []
        while at < end:
            step = min(int(sentence_len[at]), end - at)
            sentences.append(" ".join(words[at : at + step]).capitalize() + ".")
            at += step
        texts.append(" ".join(sentences))
    return texts, templates


def build_synthetic(source_index: str, target: str, size: int) -> dict[str, float]:
    """Write an index of ``size`` passages (the source build's real ones plus synthetic ones) that LoadedIndex
    opens like any other: Chroma collection, nodes.jsonl, BM25 (index.write_passages), manifest and CURRENT.

    Runs in a child process, so its memory peak (BM25 over 100,000 passages) stays out of the serving figures."""
    from llama_index.core.schema import BaseNode, TextNode
    from llama_index.vector_stores.chroma import ChromaVectorStore

    from assistant.index.sentences import SentenceVectors
    from assistant.index.store import MANIFEST, IndexStore, Manifest, match_on_title_and_heading, write_passages

    started = time.perf_counter()
    source = IndexStore(Settings(index_dir=Path(source_index), chroma_url=None))
    manifest = source.require_current()
    rows = list(source.read_nodes(manifest.build_id))
    real = source.client_for(source.build_dir(manifest.build_id)).get_collection(manifest.collection)
    vectors: dict[str, np.ndarray] = {}
    for at in range(0, len(rows), 2000):
        got = real.get(ids=[r["id"] for r in rows[at : at + 2000]], include=["embeddings"])
        vectors.update(zip(got["ids"], np.asarray(got["embeddings"], dtype=np.float32), strict=True))
    rows = [r for r in rows if r["id"] in vectors]

    rng = np.random.default_rng(SYNTHETIC_SEED)
    texts, templates = synthetic_texts(rows, max(0, size - len(rows)), rng)
    dim = len(next(iter(vectors.values())))

    settings = Settings(index_dir=Path(target), chroma_url=None, embed_model=manifest.embed_model)
    store = IndexStore(settings)
    build_id = store.new_build_id()
    staging = store.staging_dir(build_id)
    name = store.collection_name(build_id)
    client = store.client_for(staging)
    collection = client.get_or_create_collection(name, metadata={"hnsw:space": "cosine"})
    vector_store = ChromaVectorStore(chroma_collection=collection)

    def node(row: dict[str, Any], vector: np.ndarray) -> BaseNode:
        n = TextNode(id_=row["id"], text=row["text"], metadata=row["metadata"], embedding=vector.tolist())
        return match_on_title_and_heading(n)

    all_rows: list[dict[str, Any]] = list(rows)
    for at in range(0, len(rows), 2000):
        vector_store.add([node(r, vectors[r["id"]]) for r in rows[at : at + 2000]])
    batch = 5000
    for at in range(0, len(texts), batch):
        picked = templates[at : at + batch]
        base = np.stack([vectors[rows[t]["id"]] for t in picked])
        noisy = base + SYNTHETIC_SIGMA * rng.standard_normal(base.shape).astype(np.float32) / math.sqrt(dim)
        noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
        nodes = []
        for j, (t, vector) in enumerate(zip(picked, noisy, strict=True)):
            i = at + j
            meta = dict(rows[t]["metadata"])
            title_words = texts[i].split(" ", 3)[:3]
            meta.update(
                doc=f"synthetisch/document-{i // 8:05d}.md",
                title=" ".join(title_words).rstrip(".").capitalize(),
                heading="",
                file_hash="",
                service_id=f"syn-{i:06d}" if meta.get("kind") == "sociale_kaart" else "",
            )
            row = {"id": f"syn-{i:06d}", "text": texts[i], "metadata": meta}
            all_rows.append(row)
            nodes.append(node(row, vector))
        vector_store.add(nodes)

    write_passages(staging, all_rows)
    # The real passages' sentence vectors come along; the synthetic ones' are embedded when an answer needs them
    # (a real national build would have all of them, so the latency at scale is, if anything, overstated).
    sentence_vectors = SentenceVectors.read(source.build_dir(manifest.build_id))
    if sentence_vectors is not None:
        sentence_vectors.write(staging)
    synthetic = Manifest(
        build_id=build_id,
        created=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        embed_model=manifest.embed_model,
        chunk_size=manifest.chunk_size,
        chunk_overlap=manifest.chunk_overlap,
        recipe_version=manifest.recipe_version,
        collection=name,
        regions=manifest.regions,
    )
    (staging / MANIFEST).write_text(synthetic.model_dump_json(indent=1), encoding="utf-8")
    del client, collection, vector_store
    store.commit(build_id, staging)
    return {
        "seconds": round(time.perf_counter() - started, 2),
        "passages": len(all_rows),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def synthetic_index(source: Settings, size: int, cache_dir: Path) -> tuple[Path, dict[str, Any]]:
    """The synthetic index for this source build and size: from the cache, or built (and timed) in a child."""
    from assistant.index.store import IndexStore

    manifest = IndexStore(source).require_current()
    target = cache_dir / f"synthetic-{size}-{synthetic_key(manifest, size)}"
    info: dict[str, Any] = {"cached": True, "build_s": None, "build_peak_rss_mb": None}
    if IndexStore(Settings(index_dir=target / "index", chroma_url=None)).current_id():
        return target / "index", info
    cache_dir.mkdir(parents=True, exist_ok=True)
    for old in cache_dir.glob(f"synthetic-{size}-*"):
        shutil.rmtree(old, ignore_errors=True)  # one cached build per size is enough
    partial = cache_dir / f".partial-{target.name}-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        built = pool.submit(build_synthetic, str(source.index_dir), str(partial / "index"), size).result()
    partial.rename(target)  # only a finished build ever gets the cache name
    info.update(cached=False, build_s=built["seconds"], build_peak_rss_mb=built["peak_rss_mb"])
    return target / "index", info
