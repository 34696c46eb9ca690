"""`assistant bench --quick --json` on the mini corpus: every figure is there and sane (never a wall-clock bar)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.config import Settings
from assistant.index.store import IndexStore
from assistant.tools.bench_report import TARGETS
from assistant.tools.measure import QUICK_SCALE_PASSAGES
from assistant.tools.synthetic import synthetic_texts
from tests.helpers import FIXTURES

ROOT = Path(__file__).resolve().parent.parent.parent
# Questions the mini corpus answers (and one it does not), in the eval set's format.
QUESTIONS = [
    {"id": "m1", "question": "Hoe lang duurt het voordat er een besluit is over de TLV?",
     "expected_doc": "plannen/plan-peelrand.md"},
    {"id": "m2", "question": "Wie geeft toestemming om gegevens te delen van een kind van 13?",
     "expected_doc": "privacy/toestemming.md"},
    {"id": "m3", "question": "Waar kan ik terecht bij zorgen over kindermishandeling?",
     "expected_doc": "sociale-kaart/diensten.yaml#veilig-thuis"},
    {"id": "m4", "question": "Wie helpt gezinnen in Tiel met opvoeden?",
     "expected_doc": "sociale-kaart/diensten.yaml#wijkteam-tiel"},
    {"id": "m5", "question": "Is er een huiswerkklas in de bibliotheek?", "expected_doc": "overig/info.html"},
    {"id": "m6", "question": "Wat kost een parkeervergunning voor een camper?", "answerable": False},
]  # fmt: skip
REQUIRED = [
    "ask_p50_ms",
    "ask_p95_ms",
    "mrr_ratio_vs_baseline",
    "ingest_chunks_per_s",
    "reingest_unchanged_s",
    "peak_rss_mb",
    "ask_p95_ms_100k",
]


def bench(base: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    questions = base / "vragen.jsonl"
    questions.write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in QUESTIONS), encoding="utf-8")
    command = [sys.executable, "-m", "assistant.cli", "bench", "--quick", "--json", "--corpus"]
    command += [str(FIXTURES / "mini_corpus"), "--index", str(base / "index"), "--questions", str(questions)]
    command += ["--cache-dir", str(base / "cache"), *extra]
    # A data dir of its own: the bench must leave nothing there (no audit records of its builds).
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "ASSISTANT_DATA_DIR": str(base / "data")}
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    base = tmp_path_factory.mktemp("bench")
    done = bench(base)
    assert done.returncode == 0, done.stderr[-3000:]
    return base, json.loads(done.stdout)


def _positive(value: Any) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value) and value > 0


def test_quick_bench_reports_every_figure(first_run: tuple[Path, dict[str, Any]]) -> None:
    base, result = first_run
    assert set(REQUIRED) <= set(result)
    for key in ("ask_p50_ms", "ask_p95_ms", "ask_p95_ms_100k", "ingest_chunks_per_s", "peak_rss_mb"):
        assert _positive(result[key]), (key, result[key])
    assert result["ask_p95_ms"] >= result["ask_p50_ms"]
    assert result["latency"]["n"] == len(QUESTIONS)
    assert result["scale"]["latency"]["n"] == len(QUESTIONS)

    ours, plain = result["retrieval"]["wegwijs"], result["retrieval"]["baseline"]
    for figures in (ours, plain):
        assert figures["n"] == 5
        assert 0 <= figures["hit@1"] <= figures["hit@3"] <= figures["hit@5"] <= 1
        assert 0 < figures["mrr"] <= 1
    assert _positive(result["mrr_ratio_vs_baseline"])
    assert result["mrr_ratio_vs_baseline"] == pytest.approx(ours["mrr"] / plain["mrr"], abs=1e-3)
    exact = result["retrieval"]["baseline_exact"]  # the small corpus is searched exactly
    assert exact["n"] == 5 and 0 < exact["mrr"] <= 1
    assert result["retrieval"]["mrr_ratio_vs_exact_baseline"] == pytest.approx(ours["mrr"] / exact["mrr"], abs=1e-3)

    ingest = result["ingest"]
    assert ingest["ingest_chunks"] == ingest["passages"] > 0
    assert ingest["reingest_embedded"] == 0 and not ingest["reingest_new_build"]  # unchanged: nothing embedded
    assert ingest["reingest_unchanged_s"] >= 0

    scale = result["scale"]
    assert scale["passages"] == QUICK_SCALE_PASSAGES
    assert scale["synthetic"] == QUICK_SCALE_PASSAGES - ingest["passages"]
    assert scale["cached"] is False and _positive(scale["build_s"]) and _positive(scale["build_peak_rss_mb"])

    assert [p["phase"] for p in result["phases"]] == [
        "ingest",
        "kwaliteit",
        "vraagtijd",
        "schaal-opbouw",
        "schaal-vraagtijd",
    ]
    assert all(_positive(p["peak_rss_mb"]) for p in result["phases"])
    assert set(result["targets"]) == {key for key, *_ in TARGETS}
    assert result["targets"]["ask_p95_ms_100k"]["met"] is None  # measured at 2,000 passages, not judged
    assert result["targets"]["reingest_unchanged_s"]["met"] in (True, False)

    assert IndexStore(Settings(index_dir=base / "index")).current_id()  # the build stays for --skip-ingest
    assert not (base / "data").exists()


def test_bench_reuses_an_index_and_the_synthetic_cache(first_run: tuple[Path, dict[str, Any]]) -> None:
    base, _ = first_run
    store = IndexStore(Settings(index_dir=base / "index"))
    before = store.current_id()

    done = bench(base, "--skip-ingest")
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)
    assert result["ingest_chunks_per_s"] is None  # no full build measured
    assert result["ingest"]["reingest_embedded"] == 0
    assert result["scale"]["cached"] is True and result["scale"]["build_s"] is None
    assert store.current_id() == before  # the re-ingest ran on a copy
    assert not (base / "data").exists()


def test_bench_will_not_build_over_an_existing_index(first_run: tuple[Path, dict[str, Any]]) -> None:
    base, _ = first_run
    done = bench(base)
    assert done.returncode == 2
    assert "bevat al een index" in done.stderr and "Traceback" not in done.stderr


def test_synthetic_passages_are_deterministic_and_use_the_corpus_words() -> None:
    rows = [
        {"text": "De commissie beslist binnen zes weken over de toelaatbaarheidsverklaring."},
        {"text": "Ouders met gezag geven toestemming om gegevens te delen."},
    ]
    first, templates = synthetic_texts(rows, 50, np.random.default_rng(1))
    again, _ = synthetic_texts(rows, 50, np.random.default_rng(1))
    assert first == again and len(first) == 50
    assert set(templates.tolist()) <= {0, 1}
    vocabulary = {w.lower() for row in rows for w in row["text"].rstrip(".").split()}
    assert {w.lower().rstrip(".") for text in first for w in text.split()} <= vocabulary
    assert all(text[0].isupper() and text.endswith(".") for text in first)
