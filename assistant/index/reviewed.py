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

import hashlib
from pathlib import Path

from assistant.index.loaders import scan

REVIEWED_FILE = "_gecontroleerd.sha256"
AUDIT_ACTION = "bestanden-gecontroleerd"
# The lists shipped with this code (corpus/ and the foreign eval corpus): trusted without an audit record. Red team
# round 5: lines added to the list by hand went unnoticed; a list is trusted only when it is one of these or the one
# `check-corpus --accept-reviewed` wrote and recorded (its sha256) in this installation's audit log.
SHIPPED_LISTS = frozenset(
    {
        "ce20e5165454a0bf26a08208fa0533dc8323d422d3abe1d788f2e5677d959b27",
        "58c3dd5f74b0110f9f422f5bc38e41ebdf713e11824e53c88caed0c3cc2b893c",
    }
)
UNTRUSTED_NOTE = (
    f"{REVIEWED_FILE} is gewijzigd buiten `assistant check-corpus --accept-reviewed` om (of het auditlog ontbreekt): "
    "geen enkel bestand geldt als nagelezen, dus onder een crisisblok spreken alleen de landelijke hulplijnen. Laat "
    "een tweede persoon de bestanden nalezen en voer --accept-reviewed opnieuw uit."
)


def list_digest(corpus_dir: Path) -> str | None:
    path = corpus_dir / REVIEWED_FILE
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def list_trusted(corpus_dir: Path, data_dir: Path) -> bool:
    """Whether the corpus's list is one shipped with the code or the last one --accept-reviewed recorded here."""
    from assistant.records.audit import AuditLog

    digest = list_digest(corpus_dir)
    if digest is None or digest in SHIPPED_LISTS:
        return True
    recorded = [r.get("sha256") for r in AuditLog(data_dir).records() if r.get("action") == AUDIT_ACTION]
    return bool(recorded) and recorded[-1] == digest


def _listed(corpus_dir: Path) -> dict[str, str]:
    """sha256 → path of every line of the list."""
    path = corpus_dir / REVIEWED_FILE
    if not path.is_file():
        return {}
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return {parts[0]: parts[-1] for line in lines if (parts := line.split()) and not line.startswith("#")}


def reviewed_hashes(corpus_dir: Path, data_dir: Path) -> set[str]:
    """The sha256 of every reviewed file, or none at all when the list itself cannot be trusted."""
    return set(_listed(corpus_dir)) if list_trusted(corpus_dir, data_dir) else set()


def accept_reviewed(corpus_dir: Path, data_dir: Path, who: str, refused: set[str]) -> tuple[list[str], list[str]]:
    """Record every current file that check-corpus does not refuse as reviewed (sha256 and path), and audit the
    list's sha256 with the files that are new or changed since the last list: (all files, the new ones)."""
    from assistant.records.audit import AuditLog

    before = reviewed_hashes(corpus_dir, data_dir)  # a list edited by hand: every file counts as new
    files = [f for f in scan(corpus_dir) if f.rel not in refused]
    body = "".join(f"{f.sha256}  {f.rel}\n" for f in files)
    header = (
        "# Gecontroleerd: alleen deze bestanden antwoorden onder een crisisblok (check-corpus --accept-reviewed).\n"
    )
    (corpus_dir / REVIEWED_FILE).write_text(header + body, encoding="utf-8")
    new = [f.rel for f in files if f.sha256 not in before]
    digest = list_digest(corpus_dir) or ""
    AuditLog(data_dir).append(who, AUDIT_ACTION, REVIEWED_FILE, sha256=digest, files=len(files), new=new)
    return [f.rel for f in files], new


REPLACED_NOTE = (
    "dit bestand was nagelezen door een tweede persoon. De nieuwe versie beantwoordt gewone vragen meteen, maar "
    "spreekt pas weer onder een crisisblok, en over de landelijke hulplijnen, na "
    "`assistant check-corpus --accept-reviewed`."
)


def reviewed_files(corpus_dir: Path, data_dir: Path) -> set[str]:
    """The corpus files whose current contents a second person reviewed (their sha256 is on a trusted list). By
    contents, not by name: a replaced file is not reviewed, and its original bytes put back are (red team round 7)."""
    hashes = reviewed_hashes(corpus_dir, data_dir)
    return {f.rel for f in scan(corpus_dir) if f.sha256 in hashes} if hashes else set()
