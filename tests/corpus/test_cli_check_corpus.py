"""`assistant check-corpus` as a coordinator runs it: exit codes, JSON shape, plain Dutch messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", "check-corpus", *args], capture_output=True, text=True, cwd=ROOT
    )


def test_shipped_corpus_passes_with_counts() -> None:
    done = run("--json")
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["errors"] == []
    assert report["plans"] >= 2
    assert report["social_map_entries"] >= 60
    assert report["privacy_topics"] >= 20


def test_broken_corpus_exits_nonzero_with_dutch_messages() -> None:
    done = run("--corpus", str(ROOT / "tests" / "fixtures" / "broken_corpus"))
    assert done.returncode == 1
    out = done.stdout
    assert "FOUT  plannen/leeg.md: bestand is leeg." in out
    assert "geen geldige UTF-8-tekst" in out
    assert "verplicht veld 'title' ontbreekt" in out
    assert "komt al voor in sociale-kaart/dubbel-a.yaml" in out
    assert out.rstrip().endswith("fout(en) gevonden.")
    as_json = json.loads(run("--json", "--corpus", str(ROOT / "tests" / "fixtures" / "broken_corpus")).stdout)
    assert len(as_json["errors"]) >= 7 and all(e["message"] for e in as_json["errors"])


def test_missing_corpus_dir_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    done = run("--corpus", str(tmp_path / "bestaat-niet"))
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
