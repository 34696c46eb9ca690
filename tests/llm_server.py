"""The real local model server for the generative tests: llama.cpp's OpenAI-compatible server through xllamacpp.

`bash .ci/setup-llm` makes .venv-llm (xllamacpp, a prebuilt wheel) and the model file GGUF
(Qwen2.5-Coder-1.5B-Instruct Q4_K_M). `start_llm_server` runs .ci/llm-serve.py with that venv's Python on a free
loopback port and returns once /v1/models answers; the server takes a "system" message (Qwen's chat template has
one) and streams /v1/chat/completions as server-sent events.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LLM_PYTHON = ROOT / ".venv-llm" / "bin" / "python"
GGUF = ROOT / ".venv-llm" / "models" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
SERVE = ROOT / ".ci" / "llm-serve.py"
MODEL_ALIAS = "qwen2.5-coder-1.5b-instruct"
CONTEXT = 2048
# Two threads: with passive OpenMP waiting (set by llm-serve.py) two are as fast as one at generating and up to
# twice as fast on the prompt, even with the 2 cores shared. WEGWIJS_LLM_THREADS overrides it.
THREADS = int(os.environ.get("WEGWIJS_LLM_THREADS", "2"))
START_TIMEOUT_S = 180.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tail(log: Path, chars: int = 3000) -> str:
    try:
        return log.read_text(encoding="utf-8", errors="replace")[-chars:]
    except OSError:
        return "(geen log)"


def start_llm_server(log_dir: Path) -> tuple[subprocess.Popen[bytes], str, str]:
    """Start the model server on a free 127.0.0.1 port; return (process, base URL ending in /v1, model alias).

    Its output goes to ``log_dir / "llm-server.log"``. Raises RuntimeError (in Dutch, with the log's tail) when the
    venv or model is missing, or the server exits or does not answer /v1/models within 180 s.
    """
    if not LLM_PYTHON.exists() or not GGUF.exists():
        raise RuntimeError(
            ".venv-llm of het model ontbreekt: draai eerst `bash .ci/setup-llm` "
            "(llama.cpp-server via xllamacpp met Qwen2.5-Coder-1.5B-Instruct)"
        )
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / "llm-server.log"
    port = _free_port()
    command = [
        str(LLM_PYTHON), str(SERVE), "--model", str(GGUF), "--port", str(port), "--threads", str(THREADS),
        "--ctx", str(CONTEXT), "--alias", MODEL_ALIAS,
    ]  # fmt: skip
    env = os.environ | {"OMP_WAIT_POLICY": "PASSIVE"}
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, env=env)
    base_url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        if process.poll() is not None:
            raise RuntimeError(
                f"De llama.cpp-server (xllamacpp) stopte tijdens het starten (code {process.returncode}):\n"
                f"{_tail(log_path)}"
            )
        try:
            with urllib.request.urlopen(f"{base_url}/models", timeout=2) as response:
                if response.status == 200 and any(m.get("id") == MODEL_ALIAS for m in json.load(response)["data"]):
                    return process, base_url, MODEL_ALIAS
        except (urllib.error.URLError, OSError, ValueError, KeyError):
            pass
        if time.monotonic() > deadline:
            stop_llm_server(process)
            raise RuntimeError(
                f"De llama.cpp-server (xllamacpp) antwoordde niet binnen {START_TIMEOUT_S:.0f} s op /v1/models:\n"
                f"{_tail(log_path)}"
            )
        time.sleep(0.3)


def stop_llm_server(process: subprocess.Popen[bytes], seconds: float = 20) -> None:
    """Stop the server (SIGTERM, then SIGKILL after ``seconds``); safe to call on one that already stopped."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)
