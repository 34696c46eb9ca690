"""The crisis net's weights are trained once per bank and read back after: the same model, without the minute."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.safety import crisis_training
from assistant.safety.crisis_training import train, trained


@pytest.fixture
def bank(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[np.ndarray, np.ndarray, Path]:
    monkeypatch.setattr(crisis_training, "cache_root", lambda: tmp_path)
    rng = np.random.default_rng(7)
    x = rng.normal(size=(40, 8))
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    y = (x[:, 0] > 0).astype(np.float64)
    return x, y, tmp_path


def test_weights_are_read_back_instead_of_trained_again(bank: tuple, monkeypatch: pytest.MonkeyPatch) -> None:
    x, y, root = bank
    first = trained({"crisis": (x, y, 1e-4, 300)})["crisis"]
    assert len(list(root.glob("crisis-net-*.npz"))) == 1

    def no_training(*_: object) -> None:
        raise AssertionError("trained again although this bank was trained before")

    monkeypatch.setattr(crisis_training, "train", no_training)
    again = trained({"crisis": (x, y, 1e-4, 300)})["crisis"]
    assert np.array_equal(first.w, again.w) and first.b == again.b
    assert [first(q) for q in x] == [again(q) for q in x]
    assert first(x[y == 1][0]) > 0.5 > first(x[y == 0][0])  # it did learn the boundary


def test_a_changed_label_or_setting_trains_again(bank: tuple) -> None:
    x, y, root = bank
    trained({"crisis": (x, y, 1e-4, 300)})
    flipped = y.copy()
    flipped[0] = 1 - flipped[0]
    trained({"crisis": (x, flipped, 1e-4, 300)})
    trained({"crisis": (x, y, 1e-3, 300)})
    assert len(list(root.glob("crisis-net-*.npz"))) == 3


def test_a_damaged_file_is_trained_again(bank: tuple) -> None:
    x, y, root = bank
    trained({"crisis": (x, y, 1e-4, 300)})
    (saved,) = root.glob("crisis-net-*.npz")
    saved.write_bytes(b"PK\x03\x04 half a file")
    model = trained({"crisis": (x, y, 1e-4, 300)})["crisis"]
    fresh = train(x, y, 1e-4, 300)
    assert np.allclose(model.w, fresh.w) and np.load(saved)["crisis.w"].shape == (8,)
