"""check-corpus keeps each text's findings per process, except those made while name detection was not ready."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.corpus import memo
from assistant.index import loaders
from tests.helpers import make_pdf


def test_a_finding_is_kept_only_while_name_detection_is_ready(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def rule(text: str) -> list[str]:
        calls.append(text)
        return [f"reden voor {text}"]

    read = memo._per_text(rule, needs_names=True)
    monkeypatch.setattr(memo.names, "status", lambda: "loading")
    assert read("Daan") == read("Daan") == ["reden voor Daan"]
    assert len(calls) == 2  # a name may have been missed: read again
    monkeypatch.setattr(memo.names, "status", lambda: "ready")
    first = read("Daan")
    first.append("changed by a caller")
    assert read("Daan") == ["reden voor Daan"] and len(calls) == 3  # kept, and a caller cannot change what is kept


def test_the_same_pdf_in_another_folder_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[Path] = []
    real = loaders.read_visible

    def counting(path: Path) -> tuple[str, int]:
        reads.append(path)
        return real(path)

    monkeypatch.setattr(loaders, "read_visible", counting)
    monkeypatch.setattr(memo, "_texts", {})
    one, two = tmp_path / "a" / "plan.pdf", tmp_path / "b" / "plan.pdf"
    for path in (one, two):
        path.parent.mkdir()
        make_pdf(path, ["Aanpak thuiszitters", "De leerplichtambtenaar sluit altijd aan."])
    assert memo.read_visible(one) == memo.read_visible(two) and "leerplichtambtenaar" in memo.read_visible(one)[0]
    assert reads == [one]
    make_pdf(two, ["Een ander plan", "Met andere woorden."])  # changed content: read again
    assert "andere woorden" in memo.read_visible(two)[0] and reads == [one, two]
