"""Forget text that left the corpus: kept answers and source panels that quote a retired or replaced version.

A coordinator retires an upload because it was wrong or held personal data. Red team round 15 found the retired
text still in ``data/feedback.sqlite3`` (a kept answer) and in chainlit's element files (the source panel) after
``/verwijder``. Every published build therefore deletes, from what Wegwijs keeps, the answers and panels that quote
a sentence no longer in the corpus. The archive (``data/archief/``) keeps the file itself, on its own term.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from pydantic import BaseModel

from assistant.records.feedback import FeedbackDB
from assistant.safety.pii import redact

MIN_SNIPPET = 30  # characters: shorter pieces ("Zie ook:", a phone number) also occur in text that stays
MAX_FILE_BYTES = 2_000_000
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKER = re.compile(r"\[\d+\]")
_NOISE = re.compile(r"[*_>`#|]+")
_PIECES = re.compile(r"(?<=[.!?;:])\s+|\n+")


class Forgotten(BaseModel):
    answers: int = 0
    panels: int = 0


def plain(text: str) -> str:
    """Text as compared: links as their words, no citation markers or markdown, one space, lower case."""
    text = _MARKER.sub(" ", _LINK.sub(r"\1", text))
    return " ".join(_NOISE.sub(" ", text).split()).casefold()


def pieces(text: str) -> Iterable[str]:
    """A passage's sentences and lines, compared as shown; headings are left out (the source list names them)."""
    for piece in _PIECES.split(text):
        if piece.lstrip().startswith("#"):
            continue
        piece = plain(redact(piece))
        if len(piece) >= MIN_SNIPPET:
            yield piece


def _doc(row: dict[str, Any]) -> str:
    return str((row.get("metadata") or {}).get("doc"))


def gone_snippets(old_rows: Iterable[dict[str, Any]], new_rows: Iterable[dict[str, Any]], docs: set[str]) -> set[str]:
    """Sentences of the previous build's passages of ``docs`` that the new version of those documents no longer
    holds (all of them for a retired document; only what changed for a replaced one)."""
    kept = {p for row in new_rows if _doc(row) in docs for p in pieces(str(row.get("text") or ""))}
    return {p for row in old_rows if _doc(row) in docs for p in pieces(str(row.get("text") or "")) if p not in kept}


def quotes_any(text: str, snippets: set[str]) -> bool:
    return any(s in text for s in snippets)


def forget(data_dir: Path, docs: set[str], snippets: set[str]) -> Forgotten:
    """Delete kept answers (and the feedback on them) and chainlit element files that quote ``snippets``; element
    files that link to a retired document are deleted too."""
    report = Forgotten()
    if not snippets and not docs:
        return report
    db_path = data_dir / "feedback.sqlite3"
    if db_path.is_file() and snippets:
        report.answers = FeedbackDB(db_path).forget(lambda output: quotes_any(plain(output), snippets))
    links = {f"path={quote(doc)}" for doc in docs}
    root = data_dir / "chainlit-files"
    for path in root.rglob("*") if root.is_dir() else []:
        if not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
            continue
        raw = path.read_text(encoding="utf-8", errors="replace")
        if any(link in raw for link in links) or quotes_any(plain(raw), snippets):
            path.unlink(missing_ok=True)
            report.panels += 1
    return report


def forget_old_versions(
    data_dir: Path, old_rows: Iterable[dict[str, Any]], new_rows: Iterable[dict[str, Any]], change: Any
) -> Forgotten:
    """After a build: forget what the removed and changed documents (``change.removed``/``.changed``) said before."""
    docs = set(change.removed) | set(change.changed)
    return forget(data_dir, set(change.removed), gone_snippets(old_rows, new_rows, docs))
