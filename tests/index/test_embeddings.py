"""Embedding models load from local paths only, with the prompts they were trained with."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant.index.embeddings import _packaged_minilm, load_embed_model, model_prompts


def test_a_models_own_query_and_document_prompts_are_used(tmp_path: Path) -> None:
    """EmbeddingGemma is trained with "task: search result | query: " and "title: none | text: "; without them
    llama-index would embed bare text. A copy of the packaged MiniLM with such prompts in its config stands in."""
    model_dir = tmp_path / "met-prompts"
    shutil.copytree(_packaged_minilm(), model_dir)
    config = model_dir / "config_sentence_transformers.json"
    settings = json.loads(config.read_text(encoding="utf-8")) if config.is_file() else {}
    settings["prompts"] = {"query": "vraag: ", "document": "tekst: "}
    config.write_text(json.dumps(settings), encoding="utf-8")
    assert model_prompts(str(model_dir)) == ("vraag: ", "tekst: ")
    assert model_prompts(str(tmp_path)) == (None, None)

    prompted, plain = load_embed_model(str(model_dir)), load_embed_model("all-minilm-l6-v2")
    text = "De commissie beslist binnen zes weken."
    assert np.allclose(prompted.get_query_embedding(text), plain.get_query_embedding("vraag: " + text), atol=1e-5)
    assert np.allclose(prompted.get_text_embedding(text), plain.get_text_embedding("tekst: " + text), atol=1e-5)


def test_a_model_that_needs_its_setup_script_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.index import embeddings

    monkeypatch.setattr(embeddings.sys, "prefix", str(tmp_path))  # a virtualenv without EmbeddingGemma
    with pytest.raises(RuntimeError, match="setup-embeddinggemma"):
        embeddings._installed("embeddinggemma-300m")
