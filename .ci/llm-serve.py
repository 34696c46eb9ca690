"""Serves a GGUF model over llama.cpp's OpenAI-compatible HTTP server (through xllamacpp) until killed.

Run with .venv-llm/bin/python (made by .ci/setup-llm); tests/llm_server.py starts it for the tests:

    .venv-llm/bin/python .ci/llm-serve.py --model .venv-llm/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf \
        --port 8765 --threads 2 --ctx 2048 --alias qwen2.5-coder-1.5b-instruct

It listens on 127.0.0.1 only and serves /health, /v1/models and /v1/chat/completions (streaming too).
xllamacpp has no command-line entry point of its own: its Server starts the C++ HTTP server on background
threads inside this process, so this script builds the parameters, starts it and then waits for SIGTERM.
"""

import argparse
import os
import signal
import sys
import threading

# The wheel's llama.cpp uses OpenMP, whose threads spin while they wait. On 2 cores shared with other processes
# that spinning starves the very thread they wait for: measured 0.55 tokens/s with 2 threads, against 9.4 with
# passive waiting. Must be set before the library loads.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import xllamacpp as xlc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True, help="path to the .gguf file")
    ap.add_argument("--port", type=int, default=0, help="TCP port on 127.0.0.1 (0: any free port)")
    ap.add_argument("--threads", type=int, default=2, help="CPU threads for generation and prompt processing")
    ap.add_argument("--ctx", type=int, default=2048, help="context size in tokens")
    ap.add_argument("--alias", default="", help="model name reported by /v1/models")
    ap.add_argument("--parallel", type=int, default=1, help="requests decoded at the same time (slots)")
    args = ap.parse_args()

    params = xlc.CommonParams()
    params.model.path = args.model
    params.hostnames = ["127.0.0.1"]
    params.port = args.port
    params.n_ctx = args.ctx
    params.n_batch = min(512, args.ctx)
    params.n_ubatch = min(512, args.ctx)
    params.n_parallel = args.parallel
    params.cpuparams.n_threads = args.threads
    params.cpuparams_batch.n_threads = args.threads
    params.cpuparams.poll = 0  # no busy-polling either (same reason as OMP_WAIT_POLICY)
    params.cpuparams_batch.poll = 0
    params.n_threads_http = 2
    params.offline = True  # never reach out to a model hub
    params.cache_ram_mib = 256  # host-memory prompt cache: small, the tests' prompts are short
    if args.alias:
        params.model_alias = {args.alias}

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    server = xlc.Server(params)  # loads the model, then listens
    print(f"llm-serve: luistert op {server.listening_address}", flush=True)
    while not stop.wait(1.0):
        pass
    print("llm-serve: gestopt", flush=True)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
