"""Shared fixtures: a small real corpus (with binary files made here) and real builds of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import FIXTURES, make_docx, make_pdf


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The mini corpus plus a PDF, a DOCX and three broken files."""
    root = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "mini_corpus", root)
    make_pdf(
        root / "plannen" / "thuiszitters.pdf",
        [
            "Aanpak thuiszitters",
            "Een leerling die langer dan vier weken niet naar school gaat, bespreken we in het thuiszittersoverleg.",
            "De leerplichtambtenaar sluit altijd aan bij dit overleg.",
        ],
    )
    (root / "plannen" / "thuiszitters.pdf.meta.yaml").write_text(
        "title: Aanpak thuiszitters\nkind: plan\nregion: peelrand\ndate: 2026-03-01\nexample: true\n", encoding="utf-8"
    )
    make_docx(
        root / "overig" / "zwemles.docx",
        ["Schoolzwemmen", "Kinderen uit groep 5 krijgen op vrijdag zwemles in het gemeentelijk zwembad."],
    )
    broken = root / "overig"
    (broken / "kapot.pdf").write_bytes(b"%PDF-1.4\n this is not really a pdf \x00\x01\x02")
    (broken / "leeg.md").write_text("", encoding="utf-8")
    (broken / "latin1.txt").write_bytes("Informatie over de oudercommissie en het café.".encode("latin-1"))
    return root


# The two real index builds take minutes each: collected first, each parallel worker (-n 2, one file per worker)
# starts on one of them and the short tests fill in around them, instead of one build starting last.
HEAVY_FIRST = ("test_foreign_bars.py", "test_eval_bars.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def order(item: pytest.Item) -> int:
        name = item.path.name
        return HEAVY_FIRST.index(name) if name in HEAVY_FIRST else len(HEAVY_FIRST)

    items.sort(key=order)
