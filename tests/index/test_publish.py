"""The loss guard measures against the most the corpus held, so it cannot be passed in slices (red team, C23)."""

from __future__ import annotations

from typing import Any

from assistant.index.publish import publish_blocker, reference
from assistant.index.store import FileEntry, Manifest


class _Store:
    """Only what publish_blocker reads: the previous build's passages (here without national services)."""

    def read_nodes(self, build_id: str) -> list[dict[str, Any]]:
        return []


def _manifest(counts: dict[str, int], mark: int = 0) -> Manifest:
    files = {rel: FileEntry(sha256="0" * 64, node_ids=[f"{rel}-{i}" for i in range(n)]) for rel, n in counts.items()}
    return Manifest(
        build_id="b",
        created="",
        embed_model="e5-small",
        chunk_size=512,
        chunk_overlap=0,
        collection="c",
        files=files,
        reference_passages=mark,
    )


def test_slices_of_loss_add_up() -> None:
    rows = lambda n: [{"id": str(i), "metadata": {}} for i in range(n)]  # noqa: E731
    first = _manifest({f"d{i}": 10 for i in range(10)})  # 100 passages
    base = reference(first, set())
    assert base == 100 and publish_blocker(_Store(), first, rows(85), 0.2, base) is None  # 15 % gone: published
    second = _manifest({f"d{i}": 10 for i in range(8)} | {"d8": 5}, mark=max(85, base))
    base = reference(second, set())
    assert base == 100  # measured against what the corpus held, not against the last slice
    blocked = publish_blocker(_Store(), second, rows(75), 0.2, base)
    assert blocked and "100" in blocked and "--force" in blocked


def test_retired_files_lower_the_mark() -> None:
    held = _manifest({"a": 50, "b": 50}, mark=100)
    assert reference(held, {"a"}) == 50
    rows = [{"id": str(i), "metadata": {}} for i in range(50)]
    assert publish_blocker(_Store(), held, rows, 0.2, reference(held, {"a"})) is None
