"""Whether a finished build may replace the one that serves: not when it loses a national service, or more than
``ingest_max_loss`` of the passages the corpus held.

"Held" is a high-water mark kept in each manifest (``reference_passages``), not only the last build: the red team
(2026-12-04) removed five privacy documents per ingest, each step under the 20 % bar, until all 24 were gone.
Files retired through /verwijder (archived, audited) are a decision and lower the mark; ``--force`` resets it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant.index.store import IndexStore, Manifest


def retired_files(data_dir: Path, previous: Manifest | None, removed: list[str]) -> set[str]:
    """Removed files that a coordinator retired on purpose: that very version sits in data/archief/."""
    from assistant.records.audit import file_sha256

    archive = data_dir / "archief"
    if previous is None or not archive.is_dir():
        return set()
    found = set()
    for rel in removed:
        want = previous.files[rel].sha256 if rel in previous.files else None
        if want and any(file_sha256(p) == want for p in archive.glob(f"*/{rel}") if p.is_file()):
            found.add(rel)
    return found


def reference(previous: Manifest | None, retired: set[str]) -> int:
    """The passage count a new build is measured against: the most the corpus held (the previous build, or the mark
    it carried), less the passages of files retired on purpose."""
    if previous is None:
        return 0
    held = sum(len(entry.node_ids) for entry in previous.files.values())
    gone = sum(len(previous.files[rel].node_ids) for rel in retired if rel in previous.files)
    return max(held, previous.reference_passages) - gone


def publish_blocker(
    store: IndexStore, previous: Manifest | None, rows: list[dict[str, Any]], max_loss: float, base: int
) -> str | None:
    """A Dutch reason not to publish: the build loses a national service, or too many passages against ``base``."""
    from assistant.corpus.protected import PROTECTED

    if previous is None:
        return None
    try:
        before = list(store.read_nodes(previous.build_id))
    except Exception:  # the previous build is unreadable: nothing to compare with
        return None
    protected = {s.id for s in PROTECTED}
    had = {str(r["metadata"].get("service_id")) for r in before} & protected
    has = {str(r["metadata"].get("service_id")) for r in rows} & protected
    if had - has:
        return (
            f"landelijke dienst(en) {', '.join(sorted(had - has))} zouden uit de index verdwijnen. "
            "Controleer sociale-kaart/landelijk.yaml, of publiceer toch met `assistant ingest --force`."
        )
    if base and len(rows) < base * (1 - max_loss):
        return (
            f"de nieuwe index heeft {len(rows)} passages, het corpus had er {base} (de vorige index, of eerder): "
            f"meer dan {max_loss:.0%} zou verdwijnen. Controleer het corpus, of publiceer toch met "
            "`assistant ingest --force`."
        )
    return None
