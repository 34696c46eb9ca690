"""Progress of a long ingest: what is done, how fast, and how long it will still take, in Dutch."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

PHASES = {"passages": "Passages inbedden", "zinnen": "Zinnen voor de antwoorden inbedden"}


@dataclass
class Progress:
    """One phase of an ingest (passages, then sentences); ``documents`` counts files whose passages are all done."""

    phase: str
    total: int
    done: int = 0
    documents_total: int = 0
    documents_done: int = 0
    started: float = field(default_factory=time.perf_counter)

    @property
    def rate(self) -> float:
        """Items per second so far."""
        elapsed = time.perf_counter() - self.started
        return self.done / elapsed if elapsed > 0 and self.done else 0.0

    @property
    def seconds_left(self) -> float | None:
        return (self.total - self.done) / self.rate if self.rate else None

    @property
    def share(self) -> float:
        return self.done / self.total if self.total else 1.0

    def line(self) -> str:
        """'Passages inbedden: 512 van 820 (62 %), documenten 9 van 15 · 14,2 per seconde · nog ongeveer 22 s'."""
        text = f"{PHASES.get(self.phase, self.phase)}: {self.done} van {self.total} ({self.share:.0%})".replace(
            "%)", " %)"
        )
        if self.documents_total:
            text += f", documenten {self.documents_done} van {self.documents_total}"
        if self.rate:
            text += f" · {self.rate:.1f} per seconde".replace(".", ",")
        left = self.seconds_left
        if left is not None and self.done < self.total:
            text += f" · nog ongeveer {duration(left)}"
        return text

    def bar(self, width: int = 24) -> str:
        filled = round(self.share * width)
        return f"[{'#' * filled}{'.' * (width - filled)}] {self.line()}"


def duration(seconds: float) -> str:
    seconds = max(round(seconds), 1)
    if seconds < 90:
        return f"{seconds} s"
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 90 else f"{minutes / 60:.1f} uur".replace(".", ",")


Reporter = Callable[["str | Progress"], None]


def throttled(report: Callable[[Progress], None], every_s: float = 1.0) -> Callable[[Progress], None]:
    """Pass a progress update on at most once per ``every_s`` seconds, and always the first and the last."""
    last = [0.0]

    def update(progress: Progress) -> None:
        now = time.perf_counter()
        if progress.done in (0, progress.total) or now - last[0] >= every_s:
            last[0] = now
            report(progress)

    return update
