"""check-corpus's text rules, each text read once per process.

The whole corpus is checked again for every coordinator upload, and again by ingest's publication gate; the sentence
rules (help lines, ages, case details, language) and reading the PDFs took ~13 s for the shipped corpus on 2 cores,
nearly all of it on files that had not changed. The rules' findings depend only on the text, so they are kept per
text. One exception: a text read while name detection is not ready may have missed a name (``safety/names.py``),
so that finding is not kept and the text is read again next time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import lru_cache, wraps
from pathlib import Path
from typing import Any

from assistant.corpus import age_claims, language, line_claims, line_tables
from assistant.corpus.schema import CorpusIssue
from assistant.safety import case_details, names

_SIZE = 4096  # texts (a file's text, a card's fields): the shipped corpus has ~500


def _per_text(rule: Callable[..., list[Any]], needs_names: bool = False) -> Callable[..., list[Any]]:
    kept = lru_cache(maxsize=_SIZE)(lambda *args: tuple(rule(*args)))

    @wraps(rule)
    def read(*args: Any) -> list[Any]:
        if needs_names and names.status() != "ready":
            return list(rule(*args))
        return [i.model_copy() if isinstance(i, CorpusIssue) else i for i in kept(*args)]

    return read


age_conflicts = _per_text(age_claims.age_conflicts)
phone_conflicts = _per_text(line_claims.phone_conflicts)
table_line_conflicts = _per_text(line_tables.table_line_conflicts)
language_issues = _per_text(language.language_issues)
private_reasons = _per_text(case_details.private_reasons, needs_names=True)


language_reason: Callable[[str], str | None] = lru_cache(maxsize=_SIZE)(language.language_reason)
_texts: dict[tuple[str, str], tuple[str, int]] = {}


def read_visible(path: Path) -> tuple[str, int]:
    """A PDF or Word file's visible text and its number of hidden pieces, read once per content (the shipped plan's
    PDF took 2.5 s of every check)."""
    from assistant.index.loaders import read_visible as read

    key = (hashlib.sha256(path.read_bytes()).hexdigest(), path.suffix.lower())
    if key not in _texts:
        if len(_texts) >= 64:
            _texts.pop(next(iter(_texts)))
        _texts[key] = read(path)
    return _texts[key]
