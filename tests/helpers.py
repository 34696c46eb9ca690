"""Test helpers: binary corpus files made by hand, settings for a test index, and real servers on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest

from assistant.config import Settings

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def write_pdf(path: Path, objects: list[bytes]) -> None:
    """PDF objects (the first the catalog) written with their cross-reference table, as a reader expects them."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))


def make_pdf(path: Path, lines: list[str]) -> None:
    """A small valid PDF with a text layer (Helvetica, WinAnsi), written by hand to keep tests dependency-free."""

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 12 Tf 72 760 Td 16 TL " + " ".join(f"({esc(line)}) Tj T*" for line in lines) + " ET"
    data = stream.encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    write_pdf(path, objects)


def make_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> None:
    """A minimal .docx (a zip with word/document.xml), as Word writes it in essence; ``table``: rows of cells."""
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    if table:
        cell = "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
        body += "<w:tbl>" + "".join("<w:tr>" + "".join(cell.format(c) for c in row) + "</w:tr>" for row in table)
        body += "</w:tbl><w:p><w:r><w:t>Einde.</w:t></w:r></w:p>"
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {ns}><w:body>{body}</w:body></w:document>')


def settings_for(corpus: Path, index: Path, **extra: object) -> Settings:
    return Settings(corpus_dir=corpus, index_dir=index, **extra)


def env_for(settings: Settings) -> dict[str, str]:
    """The environment that gives another process (`assistant serve`, `assistant ingest`) the same folders."""
    env = {
        **os.environ,
        "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir),
        "ASSISTANT_INDEX_DIR": str(settings.index_dir),
        "ASSISTANT_DATA_DIR": str(settings.data_dir),
    }
    if settings.chroma_url:
        env["ASSISTANT_CHROMA_URL"] = settings.chroma_url
    return env


# -- servers the tests start (the chat, a Chroma server, a llama.cpp server), all on loopback ------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_up(process: subprocess.Popen[bytes], url: str, log: Path, seconds: float, name: str) -> None:
    """Poll ``url`` until it answers 200; fail with the server's own log when it exits or takes too long."""
    deadline = time.monotonic() + seconds
    while True:
        if process.poll() is not None:
            pytest.fail(f"{name} stopte (code {process.returncode}):\n{log.read_text(errors='replace')[-3000:]}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            pytest.fail(f"{name} kwam niet op in {seconds:.0f} s:\n{log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.3)


def start_chat(env: dict[str, str], log: Path) -> tuple[str, subprocess.Popen[bytes]]:
    """`assistant serve` on a free loopback port with ``env``, its output in ``log``; returns once it answers."""
    port = free_port()
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(process, f"{url}/health", log, 120, "de chat")
    except BaseException:
        stop(process)
        raise
    return url, process


def ingest_elsewhere(env: dict[str, str], failed_files: bool = False) -> None:
    """`assistant ingest` as a coordinator runs it: its own process, only the environment in common. With
    `failed_files` the corpus holds broken files: the rest is published and the exit code is 1."""
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ingest"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    why = f"exit {done.returncode}: {done.stdout[-2000:]}{done.stderr[-3000:]}"
    assert done.returncode == (1 if failed_files else 0), why
    assert "Niet gepubliceerd" not in done.stdout and "Traceback" not in done.stderr


def stop(process: subprocess.Popen[bytes], seconds: float = 15) -> None:
    process.terminate()
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def mini_answerer(base: Path, guidance: tuple[str, ...], reviewed: bool = False) -> Any:
    """The engine on the mini corpus plus shipped privacy guidance files (``corpus/privacy/<name>``), indexed with the
    real embedding model; ``reviewed``: as shipped, a second person read them."""
    import shutil

    from assistant.answering.pipeline import Answerer
    from assistant.index.ingest import ingest
    from assistant.index.reviewed import accept_reviewed
    from assistant.search.retrieve import LoadedIndex

    shutil.copytree(FIXTURES / "mini_corpus", base / "corpus")
    for name in guidance:
        shutil.copy(ROOT / "corpus" / "privacy" / name, base / "corpus" / "privacy")
    settings = Settings(corpus_dir=base / "corpus", index_dir=base / "index", data_dir=base / "data")
    if reviewed:
        accept_reviewed(settings.corpus_dir, settings.data_dir, "test", set())
    ingest(settings)
    return Answerer(LoadedIndex(settings))
