"""Training the crisis net's logistic models, and keeping the trained weights on disk.

Plain gradient descent over the bank (2,747 × 384, 6,000 steps, and three kind models) takes ~8 s on an idle
2-core machine and over a minute beside other work. Every process that answers used to pay that at start-up (each
chat server, each command line call, each test worker). The weights depend only on the bank's vectors, its labels and
the training settings, so they are kept under the digest of exactly those, and trained again when any of them change.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger("wegwijs.crisis")

# Bump when the training below changes, so weights trained the old way are not read as if trained the new way.
TRAINING_VERSION = 1


@dataclass(frozen=True)
class Logistic:
    """A class-balanced logistic regression on normalised vectors: p = σ((q − mean)·w + b)."""

    mean: Any
    w: Any
    b: float

    def __call__(self, q: Any) -> float:
        return float(1.0 / (1.0 + np.exp(-((q - self.mean) @ self.w + self.b))))


def train(x: Any, y: Any, l2: float, epochs: int) -> Logistic:
    """Plain gradient descent, crisis and ordinary examples weighing the same in total."""
    mean = x.mean(axis=0)
    xc = x - mean
    xct = np.ascontiguousarray(xc.T)  # a strided transpose made each step's second product 7× slower
    w, b = np.zeros(x.shape[1]), 0.0
    weight = np.where(y == 1, 0.5 / max(y.mean(), 1e-9), 0.5 / max(1 - y.mean(), 1e-9))
    for _ in range(epochs):
        grad = (1.0 / (1.0 + np.exp(-(xc @ w + b))) - y) * weight
        w -= 2.0 * (xct @ grad / len(y) + l2 * w)
        b -= 2.0 * float(grad.mean())
    return Logistic(mean=mean, w=w, b=b)


def cache_root() -> Path:
    """Beside the installed environment (``.venv/share/wegwijs``), or the user's cache when that is read-only."""
    root = Path(sys.prefix) / "share" / "wegwijs"
    if not os.access(sys.prefix, os.W_OK):
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "wegwijs"
    return root


def trained(tasks: dict[str, tuple[Any, Any, float, int]]) -> dict[str, Logistic]:
    """Each named task ``(x, y, l2, epochs)`` trained, or read back when exactly this task was trained before."""
    digest = hashlib.sha256(str(TRAINING_VERSION).encode())
    for name, (x, y, l2, epochs) in sorted(tasks.items()):
        digest.update(name.encode())
        digest.update(np.ascontiguousarray(x, dtype=np.float64).tobytes())
        digest.update(np.ascontiguousarray(y, dtype=np.float64).tobytes())
        digest.update(f"{l2!r}/{epochs}".encode())
    path = cache_root() / f"crisis-net-{digest.hexdigest()[:20]}.npz"
    try:
        with np.load(path) as saved:
            return {
                name: Logistic(saved[f"{name}.mean"], saved[f"{name}.w"], float(saved[f"{name}.b"])) for name in tasks
            }
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):  # not trained yet, or damaged: train again
        pass
    models = {name: train(x, y, l2, epochs) for name, (x, y, l2, epochs) in tasks.items()}
    arrays = {
        f"{name}.{part}": np.asarray(getattr(m, part)) for name, m in models.items() for part in ("mean", "w", "b")
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npz")
        np.savez(partial, **arrays)
        partial.replace(path)  # another process reading meanwhile sees the old state or the whole file
    except OSError as exc:  # a read-only install still works: it trains at every start
        log.info("Getrainde gewichten niet bewaard: %s", exc)
    return models
