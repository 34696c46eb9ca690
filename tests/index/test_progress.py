"""Progress of a long ingest, as the CLI and the coordinator's chat report show it."""

from __future__ import annotations

import time

from assistant.index.progress import Progress, duration, throttled


def test_progress_line_says_what_is_done_how_fast_and_how_long_still() -> None:
    p = Progress("passages", total=820, documents_total=15, started=time.perf_counter() - 10)
    assert p.line() == "Passages inbedden: 0 van 820 (0 %), documenten 0 van 15"
    p.done, p.documents_done = 410, 7
    line = p.line()
    assert line.startswith("Passages inbedden: 410 van 820 (50 %), documenten 7 van 15 · ")
    assert "per seconde" in line and "nog ongeveer 10 s" in line
    p.done = 820
    assert "nog ongeveer" not in p.line()
    assert p.bar(10).startswith("[##########] ")


def test_durations_read_naturally() -> None:
    assert [duration(s) for s in (0.2, 45, 300, 7200)] == ["1 s", "45 s", "5 min", "2,0 uur"]


def test_throttled_passes_first_and_last_and_little_between() -> None:
    seen: list[int] = []
    update = throttled(lambda p: seen.append(p.done), every_s=60)
    p = Progress("zinnen", total=100)
    for done in range(0, 101, 10):
        p.done = done
        update(p)
    assert seen == [0, 100]
