"""Small measuring helpers shared by bench, load and the synthetic index: memory, percentiles, load."""

from __future__ import annotations

import contextlib
import os
import resource
from pathlib import Path

SCALE_PASSAGES = 100_000


QUICK_SCALE_PASSAGES = 2_000


QUICK_QUESTIONS = 20


WARMUP_ASKS = 5


# -- small helpers ---------------------------------------------------------------------------------------------------
def rss_mb() -> float:
    """Resident memory now (Linux /proc); 0 where that is not available."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mb() -> float:
    """Highest resident memory of this process so far (ru_maxrss is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], p: int) -> float:
    """The same nearest-rank percentile ``assistant eval`` uses."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def load_average() -> float | None:
    """The 1-minute load: on a shared 2-core machine, figures taken above ~2 are inflated by other work."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None
