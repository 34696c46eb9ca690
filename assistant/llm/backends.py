"""Language-model backends by name: any OpenAI-compatible server (vLLM, Ollama, llama.cpp, GPT-NL)."""

from __future__ import annotations

from typing import Any

from assistant.config import Settings


def make_llm(settings: Settings) -> Any:
    """The llama-index LLM for the configured backend (only OpenAI-compatible servers for now)."""
    if settings.llm_backend != "openai-like":
        raise ValueError(f"geen taalmodel ingesteld (llm_backend={settings.llm_backend!r})")
    from llama_index.llms.openai_like import OpenAILike

    return OpenAILike(
        model=settings.llm_model,
        api_base=settings.llm_url,
        api_key=settings.llm_api_key.get_secret_value() or "none",
        is_chat_model=True,
        is_function_calling_model=False,
        context_window=settings.llm_context_window,
        max_tokens=settings.llm_max_tokens,
        temperature=settings.llm_temperature,
        timeout=settings.llm_timeout_s,
        max_retries=0,  # a server that is down must not delay the extractive answer
    )
