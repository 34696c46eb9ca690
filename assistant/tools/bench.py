"""`assistant bench`: quality against a plain llama-index retriever, latency, ingest, memory and scale in one run."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.errors import WegwijsError
from assistant.index.progress import Reporter
from assistant.tools.bench_report import targets
from assistant.tools.evaluate import RANK_DEPTH, EvalResult, Outcome, Question, evaluate, ranks
from assistant.tools.measure import WARMUP_ASKS, load_average, peak_rss_mb, percentile, rss_mb
from assistant.tools.synthetic import SYNTHETIC_NOTE, synthetic_index


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
    """hit@1/3/5 and MRR exactly as ``assistant eval`` computes them (passage level: the expected phrase must be
    in the source's text), the document-level figures beside them ("documentniveau", doc_*), plus MRR over the first
    five sources only (what a ``similarity_top_k=5`` retriever could score at best)."""
    f = result.figures()
    found = [o.rank for o in result.outcomes if o.question.answerable]
    mrr5 = sum(1 / r for r in found if r and r <= 5) / max(len(found), 1)
    keys = ("hit@1", "hit@3", "hit@5", "mrr", "doc_hit@1", "doc_hit@3", "doc_hit@5", "doc_mrr")
    return {k: round(float(f[k]), 3) for k in keys} | {"mrr@5": round(mrr5, 3), "n": int(f["n"])}


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
    from assistant.search.filters import Filters

    if index.vectors is None:
        return None

    def ranked(question: str) -> list[tuple[dict[str, Any], str, float]]:
        found = index.exact_dense(index.query_embedding(question), Filters(), depth)
        return [(index.rows[i]["metadata"], index.rows[i]["text"], cosine) for i, cosine in found]

    return _scored(questions, ranked)


def _scored(questions: list[Question], ranked: Callable[[str], list[tuple[dict[str, Any], str, float]]]) -> EvalResult:
    from assistant.answering.models import Answer, Source

    result = EvalResult()
    for q in questions:
        if not q.question.strip():  # the pipeline refuses an empty question before any search; so does the baseline
            result.outcomes.append(Outcome(q, Answer(question=q.question, answer="", refused=True), None, None))
            continue
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
        rank, doc_rank = ranks(q, [s.model_dump() for s in sources])
        answer = Answer(question=q.question, answer="", refused=False, sources=sources)
        result.outcomes.append(Outcome(q, answer, rank, doc_rank))
    return result


# -- latency ---------------------------------------------------------------------------------------------------------
def forget_questions(answerer: Any) -> None:
    """A timed ask is a first-time question: LoadedIndex caches question vectors and the Answerer the vectors of
    source sentences, which the quality run before has filled with exactly these questions' sentences."""
    with answerer.index._lock:
        answerer.index._query_cache.clear()
    with answerer.extractor._sentence_lock:
        answerer.extractor._sentence_cache.clear()


def ask_latencies(answerer: Any, questions: list[Question], warmup: int = WARMUP_ASKS) -> dict[str, Any]:
    """Warm p50/p95 of the full extractive ask (the server's default top_k), first asks discarded.

    An empty or over-long question is refused before any search (QuestionError): it is timed like any other.
    hit@5 is passage level, as in ``assistant eval``."""

    def ask(question: str) -> Any:
        try:
            return answerer.ask(question)
        except WegwijsError:
            return None

    for q in questions[:warmup]:
        ask(q.question)
    total: list[float] = []
    retrieve: list[float] = []
    hits5 = 0
    answerable = 0
    for q in questions:
        forget_questions(answerer)
        started = time.perf_counter()
        answer = ask(q.question)
        total.append((time.perf_counter() - started) * 1000)
        if answer is not None:
            retrieve.append(answer.timings_ms.get("retrieve", 0.0))
        if q.answerable and q.expected_doc:
            answerable += 1
            if answer is not None:
                hits5 += ranks(q, [s.model_dump() for s in answer.sources[:5]])[0] is not None
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
    from assistant.index.embeddings import load_embed_model
    from assistant.index.ingest import ingest

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


def run_bench(
    settings: Settings,
    questions: list[Question],
    *,
    build: bool,
    scale_passages: int,
    cache_dir: Path,
    progress: Reporter | None = None,
) -> dict[str, Any]:
    """Every figure of ``assistant bench``; ``settings.index_dir`` is built (``build``) or reused as it is."""
    from assistant.answering.pipeline import Answerer
    from assistant.search.retrieve import LoadedIndex

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
