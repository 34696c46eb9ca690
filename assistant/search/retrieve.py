"""Hybrid retrieval: dense (Chroma, or exact in process), each passage's best sentence, and BM25 with Dutch
stemming, fused by weighted reciprocal rank.

llama-index's QueryFusionRetriever fuses without weights, keys results on node hashes and wants an LLM configured;
this retriever fuses by node id with measured weights and applies the same region/kind filters to every side."""

from __future__ import annotations

import logging
import math
import threading
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import bm25s
import numpy as np
from llama_index.core import QueryBundle
from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import NodeWithScore
from llama_index.core.vector_stores import (
    VectorStoreQuery,
)
from llama_index.retrievers.bm25 import BM25Retriever
from llama_index.vector_stores.chroma import ChromaVectorStore

from assistant.config import Settings
from assistant.index.embeddings import load_embed_model
from assistant.index.sentences import SentenceVectors, ranking_units
from assistant.index.store import IndexStore, Manifest, dutch_stemmer, row_to_node
from assistant.search.filters import NATIONAL, Filters
from assistant.search.intent import word_query
from assistant.text import stems

# With filters, dense asks this many times the candidates unfiltered and filters them itself (see _dense).
DENSE_OVERSAMPLE = 4


# bm25s warns when a small corpus has fewer passages than candidates asked for; that is expected here.
logging.getLogger("llama_index.retrievers.bm25.base").setLevel(logging.ERROR)


@dataclass
class Hit:
    """One retrieved passage with the evidence behind its rank."""

    node_id: str
    text: str
    metadata: dict[str, Any]
    score: float  # fused
    dense: float | None = None  # cosine similarity to the question
    bm25: float | None = None
    sentence: float | None = None  # cosine of the passage's best sentence (a ranking of its own, not the passage's)

    @property
    def doc(self) -> str:
        return str(self.metadata.get("doc", ""))

    @property
    def matched_text(self) -> str:
        """What the passage is matched on: its title and heading with its text, as embedding and BM25 see it."""
        return f"{self.metadata.get('title', '')} {self.metadata.get('heading', '')} {self.text}"

    @property
    def shown_text(self) -> str:
        """The passage as the reader sees it: a service card gets its contact lines back."""
        contact = self.metadata.get("contact")
        return f"{self.text}\n{contact}" if contact else self.text

    def as_row(self) -> dict[str, Any]:
        return {"id": self.node_id, "text": self.text, "metadata": self.metadata}


class LoadedIndex:
    """The serving build, opened once per process; safe to share between threads for reading."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        store = IndexStore(settings)
        self.manifest: Manifest = store.require_current()
        # The model that built the index must embed the questions too.
        self.embed_model = load_embed_model(self.manifest.embed_model)
        build_dir = store.build_dir(self.manifest.build_id)
        self._client = store.client_for(build_dir)
        self.collection = self._client.get_collection(self.manifest.collection)
        self.vector_store = ChromaVectorStore(chroma_collection=self.collection)
        self.rows = {row["id"]: row for row in store.read_nodes(self.manifest.build_id)}
        bm25_dir = build_dir / "bm25"
        self.bm25 = (
            BM25Retriever.from_persist_dir(str(bm25_dir), show_progress=False).bm25 if bm25_dir.is_dir() else None
        )
        self.stemmer = dutch_stemmer()
        self._leaf_stems: dict[str, frozenset[str]] = {}
        self.sentence_vectors = SentenceVectors.read(build_dir)
        self._masks: dict[tuple[Any, ...], list[int]] = {}
        self._lock = threading.Lock()
        self._query_cache: dict[str, list[float]] = {}
        self.vectors, self.vector_ids = self._load_vectors()
        self._vector_row = {node_id: row for row, node_id in enumerate(self.vector_ids)}
        self._vector_masks: dict[tuple[Any, ...], np.ndarray] = {}
        self.sentence_matrix, self._sentence_passage = self._load_sentence_ranking()

    def _load_vectors(self) -> tuple[np.ndarray | None, list[str]]:
        """Up to ``exact_search_max_passages``, dense search is exact, in process: Chroma's HNSW missed 1.5 % of
        the true top 30 on the shipped corpus and returned a different top 30 for a third of the eval questions
        from one process start to the next. 20,000 passages are 30 MB and a few ms per question."""
        if self.collection.count() > self.settings.exact_search_max_passages:
            return None, []
        got = self.collection.get(include=["embeddings"])
        ids = [i for i in got["ids"] if i in self.rows]
        if not ids:
            return None, []
        by_id = dict(zip(got["ids"], got["embeddings"], strict=True))
        vectors = np.asarray([by_id[i] for i in ids], dtype=np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12
        return vectors, ids

    def _load_sentence_ranking(self) -> tuple[np.ndarray | None, np.ndarray]:
        """Normalised sentence vectors and, per (sentence, passage) pair, which rows they are: a passage is ranked
        by its best sentence. Only with exact search and when the sentences were embedded by the index's model."""
        table = self.sentence_vectors
        if self.vectors is None or table is None or table.model != self.manifest.embed_model or not len(table):
            return None, np.zeros(0, dtype=np.int64)
        pairs = [
            (row, self._vector_row[node_id])
            for node_id in self.vector_ids
            for text in ranking_units(self.rows, node_id, table)
            if (row := table.row(text)) is not None
        ]
        if not pairs:
            return None, np.zeros(0, dtype=np.int64)
        sentence_rows, passage_rows = (np.asarray(column, dtype=np.int64) for column in zip(*pairs, strict=True))
        matrix = np.array(table.vectors[sentence_rows], dtype=np.float32)  # one row per pair: duplicates are rare
        matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-12
        return matrix, passage_rows

    def _vector_mask(self, filters: Filters) -> np.ndarray:
        key = filters.key()
        with self._lock:
            if key not in self._vector_masks:
                self._vector_masks[key] = np.asarray(
                    [filters.allows(self.rows[i]["metadata"]) for i in self.vector_ids], dtype=bool
                )
            return self._vector_masks[key]

    def exact_dense(self, query_embedding: list[float], filters: Filters, top_k: int) -> list[tuple[str, float]]:
        """(id, cosine) best first, over every passage the filters allow."""
        assert self.vectors is not None
        q = np.asarray(query_embedding, dtype=np.float32)
        # einsum, not BLAS: OpenBLAS runs a product this size on every core and its threads then spin, taking the
        # CPU from the embedding model's next question (p50 +60 ms on 2 cores); single-threaded it takes ~1 ms.
        cosines = np.einsum("ij,j->i", self.vectors, q / (np.linalg.norm(q) + 1e-12))
        if not filters.is_empty():
            cosines = np.where(self._vector_mask(filters), cosines, -np.inf)
        top = np.argsort(-cosines, kind="stable")[:top_k]
        return [(self.vector_ids[i], float(cosines[i])) for i in top if np.isfinite(cosines[i])]

    def exact_sentences(self, query_embedding: list[float], filters: Filters, top_k: int) -> list[tuple[str, float]]:
        """(id, cosine of the passage's best sentence) best first, over every passage the filters allow. A question
        often matches one sentence closely while the passage around it is about more: ranked third, this lifted
        MRR on tests/eval from 0.826 to 0.854 (plans 0.83 → 0.91)."""
        assert self.sentence_matrix is not None and self.vectors is not None
        q = np.asarray(query_embedding, dtype=np.float32)
        cosines = np.einsum("ij,j->i", self.sentence_matrix, q / (np.linalg.norm(q) + 1e-12))  # no BLAS threads
        best = np.full(len(self.vector_ids), -np.inf, dtype=np.float32)
        np.maximum.at(best, self._sentence_passage, cosines)
        if not filters.is_empty():
            best = np.where(self._vector_mask(filters), best, -np.inf)
        top = np.argsort(-best, kind="stable")[:top_k]
        return [(self.vector_ids[i], float(best[i])) for i in top if np.isfinite(best[i])]

    def query_embedding(self, question: str) -> list[float]:
        """Retrieval and sentence picking both need it; embedding is the costly step, so do it once."""
        with self._lock:
            cached = self._query_cache.get(question)
        if cached is None:
            cached = self.embed_model.get_query_embedding(question)
            with self._lock:
                if len(self._query_cache) > 256:
                    self._query_cache.clear()
                self._query_cache[question] = cached
        return cached

    def _mask(self, filters: Filters) -> list[int] | None:
        if filters.is_empty() or self.bm25 is None:
            return None
        key = filters.key()
        with self._lock:
            if key not in self._masks:
                self._masks[key] = [int(filters.allows(doc.get("metadata", doc))) for doc in self.bm25.corpus]
            return self._masks[key]

    def bm25_retriever(self, top_k: int, filters: Filters) -> BM25Retriever | None:
        if self.bm25 is None:
            return None
        mask = self._mask(filters)
        if mask is not None and not any(mask):
            return None
        return BM25Retriever(
            existing_bm25=self.bm25,
            stemmer=self.stemmer,
            similarity_top_k=top_k,
            corpus_weight_mask=mask,
        )

    @cached_property
    def idf(self) -> dict[str, float]:
        """Stem → idf over the BM25 word index (a word in every passage weighs nothing): the evidence's word weights
        and the heading vote's."""
        if self.bm25 is None:
            return {}
        df = np.diff(np.asarray(self.bm25.scores["indptr"]))
        n = max(int(self.bm25.scores.get("num_docs", 1)), 1)
        vocab = self.bm25.vocab_dict.items()
        return {t: float(np.log(1 + (n - df[i] + 0.5) / (df[i] + 0.5))) for t, i in vocab if i < len(df)}

    def leaf_stems(self, node_id: str) -> frozenset[str]:
        """The stems of a passage's own (last) heading, worked out once per loaded index."""
        found = self._leaf_stems.get(node_id)
        if found is None:
            heading = str(self.rows[node_id]["metadata"].get("heading", "")).split(" > ")[-1]
            found = self._leaf_stems[node_id] = frozenset(stems(self.stemmer, heading))
        return found

    def known_share(self, question: str) -> float:
        """The share of the question's words (stemmed, Dutch stopwords out) that occur in the passages."""
        if self.bm25 is None:
            return 0.0
        words = bm25s.tokenize(
            question, stopwords="dutch", stemmer=self.stemmer, return_ids=False, show_progress=False
        )[0]
        if not words:
            return 0.0
        vocabulary = self.bm25.vocab_dict
        return sum(word in vocabulary for word in words) / len(words)

    def retriever(self, top_k: int | None = None, filters: Filters | None = None) -> HybridRetriever:
        return HybridRetriever(self, top_k or self.settings.top_k, filters or Filters())

    def filters_for(self, filters: Filters | None, *texts: str) -> Filters:
        """The reader's filters, narrowed by a place named in the texts (the question first), always inside the
        deployment's own region (ASSISTANT_REGION)."""
        filters = (filters or Filters()).with_places_in(self.manifest.regions, *texts, places=self.manifest.places)
        if not self.settings.example_data:
            filters = filters.model_copy(update={"examples": False})
        pinned = self.settings.region
        if pinned and filters.region not in (pinned, NATIONAL):
            own = filters.municipality in self.manifest.regions.get(pinned, [])
            filters = filters.model_copy(
                update={"region": pinned, "municipality": filters.municipality if own else None}
            )
        return filters


class HybridRetriever(BaseRetriever):
    """Weighted reciprocal-rank fusion of the dense, best-sentence and BM25 rankings, per document or service."""

    def __init__(self, index: LoadedIndex, top_k: int, filters: Filters) -> None:
        super().__init__()
        self.index = index
        self.top_k = top_k
        self.filters = filters

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return [NodeWithScore(node=row_to_node(h.as_row()), score=h.score) for h in self.hits(query_bundle.query_str)]

    def hits(self, question: str) -> list[Hit]:
        """Fused per unit (a document, or one service of the social map): each ranking counts a unit once, at
        its best passage, so a plan whose best dense passage is not its best BM25 passage still gets both votes.
        Within a unit, passages are ordered by their own fused score. BM25 votes in proportion to the share of
        the question's words it knows, counted on the word-index query (search/intent.py adds the sources' words
        for plain and English ones): an English question gets little from a Dutch word index unless they map."""
        s = self.index.settings
        rows = self.index.rows
        query_embedding = self.index.query_embedding(question)
        passages: dict[str, Hit] = {}
        own: dict[str, float] = {}
        units: dict[str, float] = {}

        def vote(ranking: list[tuple[str, float]], weight: float, signal: str) -> None:
            unit_ranks: dict[str, int] = {}
            for rank, (node_id, value) in enumerate(ranking):
                row = rows.get(node_id)
                if row is None:
                    continue
                hit = passages.setdefault(node_id, Hit(row["id"], row["text"], row["metadata"], 0.0))
                setattr(hit, signal, value)
                own[node_id] = own.get(node_id, 0.0) + weight / (s.rrf_k + rank + 1)
                key = unit(row["metadata"])
                if key not in unit_ranks:
                    unit_ranks[key] = len(unit_ranks)
                    units[key] = units.get(key, 0.0) + weight / (s.rrf_k + unit_ranks[key] + 1)

        vote(self._dense(query_embedding), s.dense_weight, "dense")
        if self.index.sentence_matrix is not None and s.sentence_rank_weight > 0:
            best_sentences = self.index.exact_sentences(query_embedding, self.filters, s.candidates)
            vote(best_sentences, s.sentence_rank_weight, "sentence")
        bm25 = self.index.bm25_retriever(s.candidates, self.filters)
        if bm25 is not None:
            asked = word_query(question) if s.intent_words else question
            ranking = [(n.node.node_id, float(n.score)) for n in bm25.retrieve(asked) if n.score and n.score > 0]
            vote(ranking, s.bm25_weight * self.index.known_share(asked), "bm25")
        if s.heading_weight > 0:  # "Artikel 13a. Vakantie" for "mag ik haar uit school halen voor vakantie?"
            vote(self._by_heading(question, passages), s.heading_weight, "heading")
        w = s.unit_fusion_weight
        for hit in passages.values():
            hit.score = units[unit(hit.metadata)] if w < 0 else w * units[unit(hit.metadata)] + own[hit.node_id]
        ordered = sorted(passages.values(), key=lambda h: (h.score, own[h.node_id]), reverse=True)
        ranked = diversify(ordered, self.top_k, s.max_per_doc)
        self._fill_cosine(ranked, query_embedding)
        return ranked

    def _by_heading(self, question: str, passages: dict[str, Hit]) -> list[tuple[str, float]]:
        """The candidates whose own (last) heading holds an idf-weighted share of the question's words, best first."""
        stemmer, idf = self.index.stemmer, self.index.idf
        asked = {t: idf.get(t, 0.0) for t in stems(stemmer, question)}
        total = sum(asked.values()) or 1.0
        found = []
        for node_id in passages:
            leaf = self.index.leaf_stems(node_id)
            share = sum(w for t, w in asked.items() if t in leaf) / total
            if share > 0:
                found.append((node_id, share))
        return sorted(found, key=lambda x: x[1], reverse=True)

    def _dense(self, query_embedding: list[float]) -> list[tuple[str, float]]:
        """(id, cosine) best first. With filters, an unfiltered query of a few times as many candidates, filtered
        here: Chroma's metadata filter costs 200-500 ms per query at 100,000 passages against ~5 ms without one.
        Only when too few of those pass the filter does the filtered query run."""
        s = self.index.settings
        if self.index.vectors is not None:
            return self.index.exact_dense(query_embedding, self.filters, s.candidates)
        if not self.filters.is_empty():
            total = self.index.collection.count()
            wanted = min(total, s.candidates * DENSE_OVERSAMPLE)
            got = self.index.collection.query(
                query_embeddings=[query_embedding], n_results=wanted, include=["distances"]
            )
            rows = self.index.rows
            kept = [
                (node_id, 1.0 - distance)  # cosine distance
                for node_id, distance in zip(got["ids"][0], got["distances"][0], strict=True)
                if node_id in rows and self.filters.allows(rows[node_id]["metadata"])
            ][: s.candidates]
            if len(kept) == s.candidates or wanted == total:
                return kept
        dense = self.index.vector_store.query(
            VectorStoreQuery(
                query_embedding=query_embedding, similarity_top_k=s.candidates, filters=self.filters.to_llama()
            )
        )
        # Chroma reports exp(-cosine distance)
        return [
            (node_id, 1.0 + math.log(max(similarity, 1e-9)))
            for node_id, similarity in zip(dense.ids or [], dense.similarities or [], strict=False)
        ]

    def _fill_cosine(self, hits: list[Hit], query_embedding: list[float]) -> None:
        """Passages found by BM25 only still get a cosine, so evidence is judged the same way for all."""
        missing = [h for h in hits if h.dense is None]
        if not missing:
            return
        vectors, rows = self.index.vectors, self.index._vector_row
        if vectors is not None and all(h.node_id in rows for h in missing):  # exact search: already in memory
            q = np.asarray(query_embedding, dtype=np.float32)
            q /= np.linalg.norm(q) + 1e-12
            for hit in missing:
                hit.dense = float(np.einsum("j,j->", vectors[rows[hit.node_id]], q))
            return
        got = self.index.collection.get(ids=[h.node_id for h in missing], include=["embeddings"])
        q = np.asarray(query_embedding, dtype=np.float32)
        by_id = dict(zip(got["ids"], got["embeddings"], strict=False))
        for hit in missing:
            if hit.node_id in by_id:
                v = np.asarray(by_id[hit.node_id], dtype=np.float32)
                hit.dense = float(v @ q / (np.linalg.norm(v) * np.linalg.norm(q) + 1e-9))


def unit(meta: dict[str, Any]) -> str:
    """What a reader sees as one source: a document, or one service on the social map."""
    return f"{meta.get('doc', '')}#{meta.get('service_id', '')}"


def diversify(ranked: list[Hit], top_k: int, max_per_doc: int) -> list[Hit]:
    """At most ``max_per_doc`` passages per document (each social-map service counts as one), so that five
    chunks of one long plan cannot push the one service that answers the question out of view."""
    picked: list[Hit] = []
    seen: dict[str, int] = {}
    for hit in ranked:
        key = unit(hit.metadata)
        if seen.get(key, 0) >= max_per_doc:
            continue
        seen[key] = seen.get(key, 0) + 1
        picked.append(hit)
        if len(picked) == top_k:
            break
    return picked
