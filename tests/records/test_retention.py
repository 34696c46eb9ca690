"""Held uploads (data/wachtrij/) that nobody confirmed go after a day; they were never in the corpus."""

from __future__ import annotations

import os
import time
from pathlib import Path

from assistant.records.retention import HELD_HOURS, purge_held


def test_held_uploads_nobody_confirmed_are_deleted_after_a_day(tmp_path: Path) -> None:
    old = tmp_path / "wachtrij" / "20261201-120000-000000"
    new = tmp_path / "wachtrij" / "20261204-120000-000000"
    for batch in (old, new):
        batch.mkdir(parents=True)
        (batch / "meldcode.md").write_text("# Meldcode\n", encoding="utf-8")
    day_ago = time.time() - (HELD_HOURS + 1) * 3600
    os.utime(old, (day_ago, day_ago))
    assert purge_held(tmp_path) == 1
    assert not old.exists() and (new / "meldcode.md").is_file()
    assert purge_held(tmp_path / "nergens") == 0
