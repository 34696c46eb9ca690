"""Which corpus files a second person reviewed: the only documents that may speak under a crisis block.

Red team round 4: a coordinator's document with dangerous advice that names no number ("laat het kind zout water
drinken en wacht af", "beloof dat je het geheim houdt", "licht de ouders niet in") passed every check and was quoted
right under 112 and 113. No list of bad phrasings can catch every such sentence. So a crisis answer quotes only files
whose exact contents were reviewed: their sha256 (as the index computes it, sidecar included) is listed in the
corpus's `_gecontroleerd.sha256`, written by `assistant check-corpus --accept-reviewed` and recorded in the audit log,
like the national help lines' `--accept-landelijk`. The signed national file is always trusted. An edit of a reviewed
file, an upload or a new card is answered as usual, but not under a crisis block until it is reviewed again.
"""

from __future__ import annotations

from pathlib import Path

from assistant.index.loaders import scan

REVIEWED_FILE = "_gecontroleerd.sha256"


def reviewed_hashes(corpus_dir: Path) -> set[str]:
    path = corpus_dir / REVIEWED_FILE
    if not path.is_file():
        return set()
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return {line.split()[0] for line in lines if line.strip() and not line.startswith("#")}


def accept_reviewed(corpus_dir: Path, data_dir: Path, who: str, refused: set[str]) -> list[str]:
    """Record every current file that check-corpus does not refuse as reviewed (sha256 and path), and audit it."""
    from assistant.records.audit import AuditLog

    files = [f for f in scan(corpus_dir) if f.rel not in refused]
    body = "".join(f"{f.sha256}  {f.rel}\n" for f in files)
    header = (
        "# Gecontroleerd: alleen deze bestanden antwoorden onder een crisisblok (check-corpus --accept-reviewed).\n"
    )
    (corpus_dir / REVIEWED_FILE).write_text(header + body, encoding="utf-8")
    AuditLog(data_dir).append(who, "bestanden-gecontroleerd", REVIEWED_FILE, files=len(files))
    return [f.rel for f in files]
