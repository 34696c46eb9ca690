"""A passage as the sentences an answer is made of, and their vectors, embedded once per build.

The extractive answer picks sentences by meaning as well as by shared words. Embedding the ~5–12 candidate
sentences was four fifths of an answer's time (~220 ms on 2 cores), yet they are corpus text: ingest embeds every
one of them once, stores them with the build (``sentences.npy`` + ``sentences.json``) and reuses them by text in the
next build, so an answer embeds only its question. Sentences missing from a build (one made before this existed,
the bench's synthetic passages) are embedded when asked, as before.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np

from assistant.corpus.language import foreign_sentences
from assistant.index.progress import Progress
from assistant.text import is_fragment, merge_overlap, sentences, whole_sentences

VECTORS = "sentences.npy"
TEXTS = "sentences.json"


def answer_units(rows: dict[str, dict[str, Any]], node_id: str) -> list[str]:
    """What a passage is ranked on by its best sentence: a social-map card as a whole (it is shown as one line),
    prose by the whole sentences an answer would show from it (so one vector serves ranking and answering)."""
    row = rows[node_id]
    return [str(row["text"])] if row["metadata"].get("kind") == "sociale_kaart" else window_sentences(rows, node_id)


def window_sentences(rows: dict[str, dict[str, Any]], node_id: str) -> list[str]:
    """The whole sentences a prose passage takes part in. Passages are small and hard-wrapped (Markdown, PDF text),
    so a sentence often starts in the passage before or ends in the one after: the passage is read with its
    neighbours of the same document (the chunk overlap written once), split into whole sentences with a list kept
    with its lead-in, and the sentences that touch the passage itself are kept. Never a fragment, heading or URL."""
    text = str(rows[node_id]["text"])
    window, start = text, 0
    before, after = _neighbour(rows, node_id, -1), _neighbour(rows, node_id, 1)
    if before is not None:
        window = merge_overlap(before, window)
        start = max(window.find(text.strip()[:60]), 0)
    end = start + len(text.strip())
    if after is not None:
        window = merge_overlap(window, after)
    flat = window.replace("\n", " ")
    out = []
    for sentence in whole_sentences(window):
        at = flat.find(sentence[:40])  # where it sits, compared on its first words (markup is stripped when split)
        if at < 0 or (at < end and at + len(sentence) > start):
            out.append(sentence)
    found = out or [s for s in sentences(text) if not is_fragment(s)] or sentences(text)
    return [s for s in found if not foreign_sentences(s)]  # unchecked: another language (corpus/language.py)


def ranking_units(rows: dict[str, dict[str, Any]], node_id: str, table: SentenceVectors | None) -> list[str]:
    """A passage's answer units: as ingest stored them with the build, or worked out now for a build without."""
    stored = None if table is None else table.units_of(node_id)
    return stored if stored is not None else answer_units(rows, node_id)


def shown_sentences(rows: dict[str, dict[str, Any]], node_id: str, table: SentenceVectors | None) -> list[str]:
    """The whole sentences an answer can show from a passage: for prose its answer units (stored with the build);
    a social-map card, whose unit is the card as a whole, read sentence by sentence."""
    if rows[node_id]["metadata"].get("kind") == "sociale_kaart":
        return window_sentences(rows, node_id)
    return ranking_units(rows, node_id, table)


def sibling_id(node_id: str, number: int) -> str | None:
    """The id of passage ``number`` of the same document (ids are <doc key>-<number>), None for another id shape."""
    stem, _, own = node_id.rpartition("-")
    return f"{stem}-{number:0{len(own)}d}" if own.isdigit() else None


def document_ids(rows: dict[str, dict[str, Any]], node_id: str, limit: int = 500) -> list[str]:
    """The ids of the passages of a passage's document, in reading order (ids are <doc key>-<number>)."""
    out: list[str] = []
    for n in range(limit):
        other = sibling_id(node_id, n)
        if other is None or other not in rows:
            break
        out.append(other)
    return out


def _neighbour(rows: dict[str, dict[str, Any]], node_id: str, step: int) -> str | None:
    """The text of the passage just before (-1) or after (+1) in the same document."""
    own = node_id.rpartition("-")[2]
    other = sibling_id(node_id, int(own) + step) if own.isdigit() else None
    row = None if other is None else rows.get(other)
    return None if row is None else str(row["text"])


class SentenceVectors:
    """A build's sentence vectors by text; read-only once loaded, so threads may share it."""

    def __init__(
        self, model: str, texts: list[str], vectors: np.ndarray, units: dict[str, list[int]] | None = None
    ) -> None:
        self.model = model
        self.texts = texts
        self.vectors = vectors
        self._row = {text: row for row, text in enumerate(texts)}
        # Each passage's answer units as rows of ``texts``, worked out once at ingest (None: a build from before).
        self._units = units

    def units_of(self, node_id: str) -> list[str] | None:
        """The passage's answer units as ingest found them; None when this build did not store them."""
        rows = None if self._units is None else self._units.get(node_id)
        return None if rows is None else [self.texts[row] for row in rows]

    def __len__(self) -> int:
        return len(self.texts)

    def row(self, text: str) -> int | None:
        return self._row.get(text)

    def get(self, text: str) -> np.ndarray | None:
        row = self._row.get(text)
        return None if row is None else np.asarray(self.vectors[row], dtype=np.float32)

    @classmethod
    def read(cls, build_dir: Path) -> SentenceVectors | None:
        """None when the build has none or they do not match (then answers embed their sentences when asked)."""
        try:
            head = json.loads((build_dir / TEXTS).read_text(encoding="utf-8"))
            # Memory-mapped: a national build's sentences stay on disk until an answer needs them.
            vectors = np.load(build_dir / VECTORS, mmap_mode="r")
        except (OSError, ValueError):
            return None
        texts = head.get("texts") if isinstance(head, dict) else None
        if not isinstance(texts, list) or vectors.ndim != 2 or len(texts) != vectors.shape[0]:
            return None
        units = head.get("units")
        valid = isinstance(units, dict) and all(
            isinstance(rows, list) and all(isinstance(r, int) and 0 <= r < len(texts) for r in rows)
            for rows in units.values()
        )
        return cls(str(head.get("model", "")), texts, vectors, units if valid else None)

    def write(self, build_dir: Path) -> None:
        np.save(build_dir / VECTORS, np.asarray(self.vectors, dtype=np.float32))
        head = {"model": self.model, "texts": self.texts, "units": self._units}
        (build_dir / TEXTS).write_text(json.dumps(head, ensure_ascii=False), encoding="utf-8")


def embed_sentences(
    rows: Iterable[dict[str, Any]],
    model_name: str,
    model: Any,
    previous: SentenceVectors | None,
    batch: int = 256,
    progress: Callable[[Progress], None] | None = None,
) -> tuple[SentenceVectors, int]:
    """Vectors for every answer unit of ``rows``: taken from ``previous`` (same model) where the text is the same,
    embedded otherwise. Returns them and how many were embedded."""
    by_id = {row["id"]: row for row in rows}
    per_passage = {node_id: answer_units(by_id, node_id) for node_id in by_id}
    texts = list(dict.fromkeys(unit for units in per_passage.values() for unit in units))
    reuse = previous if previous is not None and previous.model == model_name else None
    known = {t: v for t in texts if reuse is not None and (v := reuse.get(t)) is not None}
    # By length, so each batch pads little; the order of ``texts`` is kept for the table.
    missing = sorted((t for t in texts if t not in known), key=len)
    done = Progress("zinnen", len(missing))
    if progress is not None and missing:
        progress(done)
    for start in range(0, len(missing), batch):
        chunk = missing[start : start + batch]
        known.update(zip(chunk, np.asarray(model.get_text_embedding_batch(chunk), dtype=np.float32), strict=True))
        done.done = min(start + batch, len(missing))
        if progress is not None:
            progress(done)
    dim = len(next(iter(known.values()))) if known else 0
    vectors = np.stack([known[t] for t in texts]) if texts else np.zeros((0, dim), dtype=np.float32)
    row = {text: i for i, text in enumerate(texts)}
    units = {node_id: [row[t] for t in found] for node_id, found in per_passage.items()}
    return SentenceVectors(model_name, texts, vectors, units), len(missing)
