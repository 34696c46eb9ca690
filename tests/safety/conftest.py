"""The crisis screen as the chat runs it (patterns, then the net by meaning, the real embedding model), built once
for the fresh sets' bars and the red-team and blind-set cases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assistant.tools.safety_eval import fresh_helper

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"


@pytest.fixture(scope="session")
def helper() -> Any:
    from assistant.index.embeddings import load_embed_model

    return fresh_helper(load_embed_model("e5-small"), "e5-small", PROMPTS)
