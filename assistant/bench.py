"""The scale-out figures in one run (``assistant bench``) and a bounded loopback load test (``assistant load``).

``bench`` measures, on one corpus and eval set:

- retrieval quality (hit@1/3/5, MRR, document level, first ``RANK_DEPTH`` sources) of our hybrid retrieval, and of
  a plain llama-index ``VectorStoreIndex`` retriever over the very same Chroma collection and embedding model, so
  the gain of BM25 + fusion + place filters + one-passage-per-document is one number (``mrr_ratio_vs_baseline``);
- a full build of the index (passages embedded per second) and the re-ingest of the unchanged corpus;
- ask latency p50/p95 of the full ``Answerer.ask`` (extractive), warm, every question embedded afresh;
- the same latency at scale, on a synthetic index of 100,000 passages (see ``build_synthetic``: texts are made from
  the corpus vocabulary and vectors are perturbed copies of real passage vectors, because embedding 100,000 texts on
  a laptop CPU takes hours; the questions are real and so is every step of the ask path);
- peak memory (RSS) per phase.

Speed targets are printed next to the figures; tests check behaviour, never wall-clock time.
"""

from __future__ import annotations

import contextlib
import hashlib
import ipaddress
import json
import math
import multiprocessing
import os
import re
import resource
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from assistant.config import Settings
from assistant.evaluate import RANK_DEPTH, EvalResult, Outcome, Question, _percentile, evaluate, matches

SCALE_PASSAGES = 100_000
QUICK_SCALE_PASSAGES = 2_000
QUICK_QUESTIONS = 20
WARMUP_ASKS = 5
SYNTHETIC_VERSION = 2  # bump when the way synthetic passages are made changes: the cache key includes it
SYNTHETIC_SEED = 20261123
# Noise norm added to a unit vector: cosine to the original ≈ 1/sqrt(1 + σ²) ≈ 0.85, a near-duplicate passage.
SYNTHETIC_SIGMA = 0.6
# (key, comparison, limit, unit): the targets on the 2-core machine.
TARGETS: list[tuple[str, str, float, str]] = [
    ("ask_p95_ms", "<=", 300.0, "ms"),
    ("ask_p95_ms_100k", "<=", 500.0, "ms"),
    ("reingest_unchanged_s", "<=", 2.0, "s"),
    ("mrr_ratio_vs_baseline", ">=", 1.15, ""),
]
CONTRACT_KEYS = {"question", "answer", "refused", "sources", "timings_ms"}
SYNTHETIC_NOTE = (
    "Synthetische passages: teksten uit de woorden van het corpus (zelfde woordfrequenties en lengtes), vectoren = "
    "echte passagevectoren plus ruis (cosinus ≈ 0.85 met het origineel), metadata (soort, regio, gemeente) van echte "
    "passages; de echte passages doen ook mee. De vragen worden wel echt ingebed en het hele vraagpad draait: "
    "vraagvector, Chroma, BM25, fusie en extractief antwoord."
)


# -- small helpers ---------------------------------------------------------------------------------------------------
def rss_mb() -> float:
    """Resident memory now (Linux /proc); 0 where that is not available."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mb() -> float:
    """Highest resident memory of this process so far (ru_maxrss is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], p: int) -> float:
    """The same nearest-rank percentile ``assistant eval`` uses."""
    return _percentile(values, p)


def load_average() -> float | None:
    """The 1-minute load: on a shared 2-core machine, figures taken above ~2 are inflated by other work."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


class Phases:
    """Seconds, current RSS and peak RSS after each phase: peak memory per phase, almost free to take."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    @contextlib.contextmanager
    def phase(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        yield
        self.rows.append(
            {
                "phase": name,
                "seconds": round(time.perf_counter() - started, 2),
                "rss_mb": round(rss_mb(), 1),
                "peak_rss_mb": round(peak_rss_mb(), 1),
            }
        )


# -- retrieval quality -----------------------------------------------------------------------------------------------
def retrieval_figures(result: EvalResult) -> dict[str, float]:
    """hit@1/3/5 and MRR exactly as ``assistant eval`` computes them, plus MRR over the first five sources only
    (what a ``similarity_top_k=5`` retriever could score at best)."""
    f = result.figures()
    ranks = [o.rank for o in result.outcomes if o.question.answerable]
    mrr5 = sum(1 / r for r in ranks if r and r <= 5) / max(len(ranks), 1)
    return {k: round(float(f[k]), 3) for k in ("hit@1", "hit@3", "hit@5", "mrr")} | {
        "mrr@5": round(mrr5, 3),
        "n": int(f["n"]),
    }


def baseline_result(index: Any, questions: list[Question], depth: int = RANK_DEPTH) -> EvalResult:
    """A plain llama-index vector retriever over the same collection, chunks and embedding model (e5's query
    prefix included: the model object is ours), ranked and scored with evaluate.py's own definitions."""
    from llama_index.core import VectorStoreIndex
    from llama_index.vector_stores.chroma import ChromaVectorStore

    plain = VectorStoreIndex.from_vector_store(
        ChromaVectorStore(chroma_collection=index.collection), embed_model=index.embed_model
    ).as_retriever(similarity_top_k=depth)
    return _scored(
        questions, lambda q: [(n.node.metadata, n.node.get_content(), float(n.score or 0.0)) for n in plain.retrieve(q)]
    )


def exact_baseline_result(index: Any, questions: list[Question], depth: int = RANK_DEPTH) -> EvalResult | None:
    """The same plain dense ranking, searched exactly: how much of the gain over the baseline is Chroma's
    approximate search rather than fusion. None when the index is too large for exact search."""
    from assistant.retrieve import Filters

    if index.vectors is None:
        return None

    def ranked(question: str) -> list[tuple[dict[str, Any], str, float]]:
        found = index.exact_dense(index.query_embedding(question), Filters(), depth)
        return [(index.rows[i]["metadata"], index.rows[i]["text"], cosine) for i, cosine in found]

    return _scored(questions, ranked)


def _scored(questions: list[Question], ranked: Callable[[str], list[tuple[dict[str, Any], str, float]]]) -> EvalResult:
    from assistant.answer import Answer, Source

    result = EvalResult()
    for q in questions:
        sources = [
            Source(
                doc=str(meta.get("doc", "")),
                title=str(meta.get("title", "")),
                kind=str(meta.get("kind", "other")),
                text=text,
                score=score,
                service_id=str(meta.get("service_id", "")),
            )
            for meta, text, score in ranked(q.question)
        ]
        rank = None
        if q.expected_doc:
            rank = next((i for i, s in enumerate(sources, 1) if matches(q.expected_doc, s.model_dump())), None)
        answer = Answer(question=q.question, answer="", refused=False, sources=sources)
        result.outcomes.append(Outcome(q, answer, rank))
    return result


# -- latency ---------------------------------------------------------------------------------------------------------
def forget_questions(answerer: Any) -> None:
    """A timed ask is a first-time question: LoadedIndex caches question vectors and the Answerer the vectors of
    source sentences, which the quality run before has filled with exactly these questions' sentences."""
    with answerer.index._lock:
        answerer.index._query_cache.clear()
    with answerer._sentence_lock:
        answerer._sentence_cache.clear()


def ask_latencies(answerer: Any, questions: list[Question], warmup: int = WARMUP_ASKS) -> dict[str, Any]:
    """Warm p50/p95 of the full extractive ask (the server's default top_k), first asks discarded."""
    for q in questions[:warmup]:
        answerer.ask(q.question)
    total: list[float] = []
    retrieve: list[float] = []
    hits5 = 0
    answerable = 0
    for q in questions:
        forget_questions(answerer)
        started = time.perf_counter()
        answer = answerer.ask(q.question)
        total.append((time.perf_counter() - started) * 1000)
        retrieve.append(answer.timings_ms["retrieve"])
        if q.answerable and q.expected_doc:
            answerable += 1
            hits5 += any(matches(q.expected_doc, s.model_dump()) for s in answer.sources[:5])
    return {
        "n": len(total),
        "p50_ms": round(percentile(total, 50), 1),
        "p95_ms": round(percentile(total, 95), 1),
        "max_ms": round(max(total, default=0.0), 1),
        "retrieve_p50_ms": round(percentile(retrieve, 50), 1),
        "retrieve_p95_ms": round(percentile(retrieve, 95), 1),
        "hit@5": round(hits5 / answerable, 3) if answerable else None,
    }


# -- ingest ----------------------------------------------------------------------------------------------------------
def ingest_figures(settings: Settings, build: bool) -> dict[str, Any]:
    """Time a full build (unless reusing an index) and then the re-ingest of the unchanged corpus.

    Reusing an index, the re-ingest runs on a copy, so the bench never changes an index it did not build."""
    from assistant.embeddings import load_embed_model
    from assistant.ingest import ingest

    out: dict[str, Any] = {"ingest_s": None, "ingest_chunks": None, "ingest_chunks_per_s": None, "failed": {}}
    # llama-index's SentenceSplitter print()s warnings about metadata length; --json output must stay pure JSON.
    quiet = contextlib.redirect_stdout(sys.stderr)
    if build:
        load_embed_model(settings.embed_model)  # model start-up is not part of the build
        started = time.perf_counter()
        with quiet:
            report = ingest(settings)
        seconds = time.perf_counter() - started
        out.update(
            ingest_s=round(seconds, 2),
            ingest_chunks=report.embedded,
            ingest_chunks_per_s=round(report.embedded / seconds, 2) if seconds > 0 else None,
            failed=report.failed,
        )
    with contextlib.ExitStack() as stack:
        target = settings
        if not build:
            copy = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="wegwijs-bench-"))) / "index"
            shutil.copytree(settings.index_dir, copy, ignore=shutil.ignore_patterns(".lock", ".staging-*"))
            target = settings.model_copy(update={"index_dir": copy})
        started = time.perf_counter()
        with quiet:
            again = ingest(target)
        out.update(
            reingest_unchanged_s=round(time.perf_counter() - started, 3),
            reingest_embedded=again.embedded,
            reingest_new_build=again.build_id is not None,
            passages=again.passages,
        )
    return out


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

    from assistant.index import MANIFEST, IndexStore, Manifest, match_on_title_and_heading, write_passages
    from assistant.sentences import SentenceVectors

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
    from assistant.index import IndexStore

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


# -- the whole benchmark ---------------------------------------------------------------------------------------------
def targets(figures: dict[str, Any], scale_passages: int) -> dict[str, dict[str, Any]]:
    """Each target with its value and whether it is met (None: not measured, or measured at another size)."""
    out = {}
    for key, op, limit, unit in TARGETS:
        value = figures.get(key)
        met = None
        if isinstance(value, (int, float)) and not (key.endswith("_100k") and scale_passages != SCALE_PASSAGES):
            met = value <= limit if op == "<=" else value >= limit
        out[key] = {"value": value, "op": op, "limit": limit, "unit": unit, "met": met}
    return out


def run_bench(
    settings: Settings,
    questions: list[Question],
    *,
    build: bool,
    scale_passages: int,
    cache_dir: Path,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Every figure of ``assistant bench``; ``settings.index_dir`` is built (``build``) or reused as it is."""
    from assistant.answer import Answerer
    from assistant.retrieve import LoadedIndex

    say = progress or (lambda _msg: None)
    phases = Phases()
    load_start = load_average()

    say("Index bouwen en opnieuw inlezen…" if build else "Ongewijzigde corpus opnieuw inlezen (op een kopie)…")
    with phases.phase("ingest"):
        ingest = ingest_figures(settings, build)

    say(f"Retrieval meten op {len(questions)} vragen (Wegwijs en de basis-retriever)…")
    with phases.phase("kwaliteit"):
        index = LoadedIndex(settings)
        answerer = Answerer(index)
        ours = retrieval_figures(evaluate(answerer, questions))
        base = retrieval_figures(baseline_result(index, questions))
        exact = exact_baseline_result(index, questions)
        base_exact = retrieval_figures(exact) if exact is not None else None
        ratio = ours["mrr"] / base["mrr"] if base["mrr"] > 0 else None

    say("Vraagtijd meten (warm, extractief)…")
    with phases.phase("vraagtijd"):
        latency = ask_latencies(answerer, questions)
    del answerer, index

    say(f"Synthetische index van {scale_passages} passages klaarzetten…")
    with phases.phase("schaal-opbouw"):
        scale_dir, scale_info = synthetic_index(settings, scale_passages, cache_dir)
    say(f"Vraagtijd meten op {scale_passages} passages…")
    with phases.phase("schaal-vraagtijd"):
        scale_settings = settings.model_copy(update={"index_dir": scale_dir})
        scale_index = LoadedIndex(scale_settings)
        scale_passages_real = len(scale_index.rows)
        scale_latency = ask_latencies(Answerer(scale_index), questions)
    del scale_index

    figures: dict[str, Any] = {
        "ask_p50_ms": latency["p50_ms"],
        "ask_p95_ms": latency["p95_ms"],
        "mrr_ratio_vs_baseline": round(ratio, 3) if ratio is not None else None,
        "ingest_chunks_per_s": ingest["ingest_chunks_per_s"],
        "reingest_unchanged_s": ingest["reingest_unchanged_s"],
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "ask_p50_ms_100k": scale_latency["p50_ms"],
        "ask_p95_ms_100k": scale_latency["p95_ms"],
    }
    return {
        **figures,
        "retrieval": {
            "wegwijs": ours,
            "baseline": base,
            "baseline_exact": base_exact,
            "mrr_ratio_vs_exact_baseline": round(ours["mrr"] / base_exact["mrr"], 3)
            if base_exact and base_exact["mrr"] > 0
            else None,
            "depth": RANK_DEPTH,
            "mrr@5_ratio_vs_baseline": round(ours["mrr@5"] / base["mrr@5"], 3) if base["mrr@5"] > 0 else None,
        },
        "ingest": ingest,
        "latency": latency,
        "scale": {
            "passages": scale_passages_real,
            "synthetic": scale_passages_real - ingest["passages"],
            "latency": scale_latency,
            **scale_info,
            "note": SYNTHETIC_NOTE,
        },
        "phases": phases.rows,
        "targets": targets(figures, scale_passages),
        "machine": {
            "cpus": os.cpu_count(),
            "load_start": load_start,
            "load_end": load_average(),
            # Under contention e5's OpenMP threads spin-wait for each other: ask times depend on this setting.
            "omp_wait_policy": os.environ.get("OMP_WAIT_POLICY"),
        },
        "questions": len(questions),
    }


def _n(value: int) -> str:
    """Thousands the Dutch way: 100.000."""
    return f"{value:,}".replace(",", ".")


def _verdict(target: dict[str, Any]) -> str:
    unit = f" {target['unit']}" if target["unit"] else ""
    limit = f"doel {'≤' if target['op'] == '<=' else '≥'} {target['limit']:g}{unit}"
    met = {True: "gehaald", False: "NIET gehaald", None: "niet beoordeeld"}[target["met"]]
    return f"({limit}: {met})"


def render(result: dict[str, Any]) -> str:
    """The figures for people, in the CLI's Dutch."""
    r, t, ing = result["retrieval"], result["targets"], result["ingest"]
    lat, scale = result["latency"], result["scale"]
    m = result["machine"]
    lines = [
        f"Wegwijs-benchmark: {result['questions']} vragen, {m['cpus']} CPU-kernen "
        f"(belasting {m['load_start']} bij de start, {m['load_end']} aan het eind; boven ~{m['cpus']} zijn de tijden "
        "hoger door ander werk op de machine)",
        "",
        f"Retrieval (documentniveau, eerste {r['depth']} bronnen)  hit@1  hit@3  hit@5    MRR",
    ]
    for label, f in (
        ("Wegwijs (dense + BM25, gewogen RRF)", r["wegwijs"]),
        ("Basis (VectorStoreIndex)", r["baseline"]),
        *((("Basis, exact gezocht", r["baseline_exact"]),) if r.get("baseline_exact") else ()),
    ):
        lines.append(f"  {label:<39}{f['hit@1']:.3f}  {f['hit@3']:.3f}  {f['hit@5']:.3f}  {f['mrr']:.3f}")
    ratio = result["mrr_ratio_vs_baseline"]
    ratio_text = f"{ratio:.3f}" if ratio is not None else "n.v.t. (basis-MRR is 0)"
    lines.append(f"  MRR-verhouding t.o.v. de basis: {ratio_text} {_verdict(t['mrr_ratio_vs_baseline'])}")
    if r.get("mrr_ratio_vs_exact_baseline") is not None:
        lines.append(f"  MRR-verhouding t.o.v. de exact gezochte basis: {r['mrr_ratio_vs_exact_baseline']:.3f}")
    if r["mrr@5_ratio_vs_baseline"] is not None:
        lines.append(
            f"  (alleen de eerste 5 bronnen: MRR@5 {r['wegwijs']['mrr@5']:.3f} tegen "
            f"{r['baseline']['mrr@5']:.3f}, verhouding {r['mrr@5_ratio_vs_baseline']:.3f})"
        )
    lines.append("")
    if ing["ingest_s"] is not None:
        lines.append(
            f"Ingest: {ing['ingest_chunks']} passages ingebed in {ing['ingest_s']:.1f} s = "
            f"{ing['ingest_chunks_per_s']:.1f} passages/s"
        )
    else:
        lines.append("Ingest: bestaande index hergebruikt (--skip-ingest), geen volledige opbouw gemeten")
    unchanged = "" if not ing["reingest_new_build"] else " — LET OP: het corpus was gewijzigd, dit was geen lege run"
    lines.append(
        f"Opnieuw inlezen, ongewijzigd corpus: {ing['reingest_unchanged_s']:.3f} s, {ing['reingest_embedded']} "
        f"opnieuw ingebed {_verdict(t['reingest_unchanged_s'])}{unchanged}"
    )
    lines.append(
        f"Vraagtijd (warm, extractief, {lat['n']} vragen): p50 {lat['p50_ms']:.0f} ms, p95 {lat['p95_ms']:.0f} ms "
        f"{_verdict(t['ask_p95_ms'])}; waarvan ophalen p50 {lat['retrieve_p50_ms']:.0f} ms"
    )
    sl = scale["latency"]
    size = f"{_n(scale['passages'])} passages ({_n(scale['synthetic'])} synthetisch)"
    lines.append(
        f"Op schaal, {size}: p50 {sl['p50_ms']:.0f} ms, "
        f"p95 {sl['p95_ms']:.0f} ms {_verdict(t['ask_p95_ms_100k'])}; ophalen p50 {sl['retrieve_p50_ms']:.0f} ms"
        + (f"; hit@5 {sl['hit@5']:.3f}" if sl["hit@5"] is not None else "")
    )
    built = (
        "uit de cache"
        if scale["cached"]
        else f"opgebouwd in {scale['build_s']:.1f} s (piek-RSS daarbij {scale['build_peak_rss_mb']:.0f} MB)"
    )
    lines.append(f"  Synthetische index {built}. {scale['note']}")
    lines.append("")
    per_phase = ", ".join(f"{p['phase']} {p['peak_rss_mb']:.0f}" for p in result["phases"])
    lines.append(f"Geheugen: piek-RSS {result['peak_rss_mb']:.0f} MB; piek na elke fase (MB): {per_phase}")
    return "\n".join(lines)


# -- load test against a running server -------------------------------------------------------------------------------
class NotLoopback(ValueError):
    """The load test only ever talks to this machine."""


def loopback_url(url: str) -> str:
    """The base URL without a trailing slash, or NotLoopback (Dutch message) for anything not on this machine."""
    parsed = urlparse(url)
    host = parsed.hostname or ""
    if parsed.scheme not in ("http", "https") or not host:
        raise NotLoopback(f"'{url}' is geen geldige http-URL. Voorbeeld: http://127.0.0.1:8000")
    loopback = host == "localhost"
    with contextlib.suppress(ValueError):
        loopback = ipaddress.ip_address(host).is_loopback
    if not loopback:
        raise NotLoopback(
            f"De belastingtest draait alleen tegen deze machine (127.0.0.1, ::1 of localhost), niet tegen '{host}'."
        )
    return url.rstrip("/")


def _valid_answer(body: Any) -> bool:
    return isinstance(body, dict) and set(body) >= CONTRACT_KEYS and isinstance(body["sources"], list)


def run_load(
    url: str,
    questions: list[str],
    *,
    clients: int,
    requests: int,
    max_seconds: float,
    request_timeout: float = 60.0,
) -> dict[str, Any]:
    """``clients`` threads post questions to POST /api/ask until ``requests`` are sent or ``max_seconds`` pass
    (a request under way then still gets ``request_timeout``), so a run is bounded in count and in time.

    Every reply must be 200 with the answer contract; anything else (status, bad JSON, timeout) is an error."""
    import httpx

    base = loopback_url(url)
    if not questions:
        raise ValueError("geen vragen om te stellen")
    lock = threading.Lock()
    sent = 0
    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    start = threading.Barrier(clients)
    deadline = time.monotonic() + max_seconds

    def next_request() -> int | None:
        nonlocal sent
        with lock:
            if sent >= requests or time.monotonic() >= deadline:
                return None
            sent += 1
            return sent - 1

    def client() -> None:
        # trust_env=False: no proxy from the environment may carry a request off this machine.
        with httpx.Client(base_url=base, timeout=request_timeout, trust_env=False) as http:
            with contextlib.suppress(threading.BrokenBarrierError):
                start.wait(timeout=30)  # all clients start together; a client that never arrives holds no one up
            while (number := next_request()) is not None:
                question = questions[number % len(questions)]
                began = time.perf_counter()
                try:
                    reply = http.post("/api/ask", json={"question": question})
                    status, kind = str(reply.status_code), None
                    if reply.status_code != 200:
                        kind = f"HTTP {reply.status_code}"
                    else:
                        try:
                            if not _valid_answer(reply.json()):
                                kind = "antwoord mist velden"
                        except ValueError:
                            kind = "geen geldige JSON"
                except httpx.HTTPError as exc:
                    status, kind = "geen antwoord", type(exc).__name__
                elapsed = (time.perf_counter() - began) * 1000
                with lock:
                    statuses[status] += 1
                    latencies.append(elapsed)
                    if kind:
                        errors[kind] += 1

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - began
    done = len(latencies)
    return {
        "url": base,
        "clients": clients,
        "requests": done,
        "requests_asked": requests,
        "stopped_by_time": done < requests,
        "seconds": round(seconds, 2),
        "throughput_rps": round(done / seconds, 2) if seconds > 0 else 0.0,
        "p50_ms": round(percentile(latencies, 50), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "max_ms": round(max(latencies, default=0.0), 1),
        "errors": sum(errors.values()),
        "error_kinds": dict(errors),
        "status_codes": dict(statuses),
    }


def render_load(result: dict[str, Any]) -> str:
    codes = ", ".join(f"{code}: {n}" for code, n in sorted(result["status_codes"].items()))
    lines = [
        f"Belastingtest {result['url']}/api/ask: {result['clients']} gelijktijdige clients, "
        f"{result['requests']} vragen in {result['seconds']:.1f} s"
        + (" (gestopt op de tijdslimiet)" if result["stopped_by_time"] else ""),
        f"Doorvoer: {result['throughput_rps']:.2f} vragen/s; responstijd p50 {result['p50_ms']:.0f} ms, "
        f"p95 {result['p95_ms']:.0f} ms, max {result['max_ms']:.0f} ms",
        f"Statuscodes: {codes or '-'}",
        f"Fouten: {result['errors']}"
        + (" (" + ", ".join(f"{k}: {n}" for k, n in result["error_kinds"].items()) + ")" if result["errors"] else ""),
    ]
    return "\n".join(lines)
