"""Real document shapes nobody here wrote: ingest indexes the good ones and reports the bad ones, never a traceback.

Windows-1252 text is refused with a Dutch reason (the loader's choice: guessing an encoding silently could index
garbled text); a PDF without a text layer is refused as "zonder tekstlaag"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from llama_index.core import Document

from assistant.config import Settings
from assistant.index.ingest import SmallChunkSplitter, ingest, short_heading, split_prose
from assistant.index.store import IndexStore
from tests.helpers import FIXTURES, settings_for, write_pdf


def make_pages_pdf(path: Path, pages: list[list[str]]) -> None:
    """A valid PDF with one text page per entry (an empty entry: a page with only a drawn box, no text layer)."""

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    n = len(pages)
    font = 3 + 2 * n
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(n)), n),
    ]
    for i, lines in enumerate(pages):
        if lines:
            stream = "BT /F1 11 Tf 72 760 Td 14 TL " + " ".join(f"({esc(line)}) Tj T*" for line in lines) + " ET"
        else:
            stream = "0 0 0 RG 72 72 400 600 re S"  # a scan-like page: graphics, no text
        data = stream.encode("cp1252")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + 2 * i, font)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    write_pdf(path, objects)


LONG_HEADING = "Artikel 12 " + "over de toelating en verwijdering van leerlingen met extra ondersteuning " * 6
NESTED = "\n\n".join(f"{'#' * level} Niveau {level}: bepalingen over passend onderwijs" for level in range(1, 7)) + (
    "\n\n####### Niveau 7\n\n######## Niveau 8\n\n"
    + "Het samenwerkingsverband stelt een ondersteuningsplan vast voor alle scholen. " * 30
)
TABLE = """# Tarieven

| Voorziening | Wie betaalt | Termijn |
|---|---|---|
| Leerlingenvervoer | gemeente | binnen 8 weken |
| Dyslexiezorg | gemeente (Jeugdwet) | binnen 6 weken |
| Arrangement | samenwerkingsverband | binnen 4 weken |
"""


# A municipality's export from another system: Dutch column names, ';' between columns (Dutch Excel), no id,
# region, access or verification date. Read as a table, not refused row by row.
FOREIGN_MAP = """Naam organisatie;Omschrijving;Adres;Plaats;Telefoonnummer;Website;Wachttijd
Stichting Buurtgezinnen;Een steungezin vangt uw kind op.;Markt 1;Helmond;0492-123456;https://b.example;4 weken
Dyslexiecentrum Peel;Onderzoek en behandeling van ernstige dyslexie.;;Asten;0493-654321;;
"""


def shapes_corpus(root: Path) -> Path:
    shutil.copytree(FIXTURES / "mini_corpus", root)
    real = root / "overig"
    (real / "geen-koppen.md").write_text(
        "Dit document heeft geen enkele kop. " + "De leerplichtambtenaar houdt toezicht op de naleving. " * 80,
        encoding="utf-8",
    )
    (real / "diep-genest.md").write_text(NESTED, encoding="utf-8")
    (real / "lange-kop.md").write_text(
        f"# {LONG_HEADING}\n\n## {LONG_HEADING}\n\nDe school zorgt binnen zes weken voor een passende plek.\n",
        encoding="utf-8",
    )
    (real / "een-regel.txt").write_text("De meldcode geldt voor iedere beroepskracht.", encoding="utf-8")
    (real / "tabel.md").write_text(TABLE, encoding="utf-8")
    (real / "windows.txt").write_bytes("Informatie over de oudercommissie en het café op school.".encode("cp1252"))
    make_pages_pdf(
        real / "lange-wet.pdf",
        [
            [f"Artikel {page}", f"Bepaling {page}: de school meldt verzuim van meer dan {page} uur aan de gemeente."]
            for page in range(1, 66)
        ],
    )
    make_pages_pdf(real / "scan.pdf", [[], [], []])
    (root / "sociale-kaart" / "gemeente-export.csv").write_text(FOREIGN_MAP, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, object]:
    tmp = tmp_path_factory.mktemp("shapes")
    settings = settings_for(shapes_corpus(tmp / "corpus"), tmp / "index", data_dir=tmp / "data")
    return settings, ingest(settings)


def test_ingest_indexes_the_good_shapes_and_reports_the_bad(built: tuple[Settings, object]) -> None:
    settings, report = built
    failed = report.failed  # type: ignore[attr-defined]
    assert set(failed) == {"overig/windows.txt", "overig/scan.pdf"}, failed
    assert "UTF-8" in failed["overig/windows.txt"]
    assert "tekstlaag" in failed["overig/scan.pdf"]
    manifest = IndexStore(settings).current()
    assert manifest is not None
    for rel in (
        "overig/geen-koppen.md",
        "overig/diep-genest.md",
        "overig/lange-kop.md",
        "overig/een-regel.txt",
        "overig/tabel.md",
        "overig/lange-wet.pdf",
    ):
        assert manifest.files[rel].node_ids, rel
    rows = {row["id"]: row for row in IndexStore(settings).read_nodes(manifest.build_id)}
    pdf_text = " ".join(rows[i]["text"] for i in manifest.files["overig/lange-wet.pdf"].node_ids)
    assert "Bepaling 65" in pdf_text and "Bepaling 1:" in pdf_text  # all 65 pages, not just the first
    table_text = " ".join(rows[i]["text"] for i in manifest.files["overig/tabel.md"].node_ids)
    assert "Leerlingenvervoer" in table_text and "Wie betaalt" in table_text
    export = [rows[i] for i in manifest.files["sociale-kaart/gemeente-export.csv"].node_ids]
    export_text = " ".join(row["text"] for row in export)
    assert "Stichting Buurtgezinnen (Helmond, telefoon 0492-123456): Een steungezin" in export_text
    assert (
        "Wachttijd bij Stichting Buurtgezinnen: 4 weken." in export_text
        and "Dyslexiecentrum Peel (Asten" in export_text
    )
    assert {row["metadata"]["kind"] for row in export} == {"other"}  # no service card without a checked region
    assert "als tabel ingelezen" in " ".join(report.row_problems)  # type: ignore[attr-defined]


def test_long_heading_does_not_starve_the_passage(built: tuple[Settings, object]) -> None:
    settings, _ = built
    manifest = IndexStore(settings).current()
    assert manifest is not None
    rows = {row["id"]: row for row in IndexStore(settings).read_nodes(manifest.build_id)}
    passages = [rows[i] for i in manifest.files["overig/lange-kop.md"].node_ids]
    assert any("passende plek" in p["text"] for p in passages)
    for p in passages:
        assert len(p["metadata"]["heading"]) <= settings.heading_chars
    deep = [rows[i] for i in manifest.files["overig/diep-genest.md"].node_ids]
    assert all(p["metadata"]["heading"].count(" > ") <= settings.heading_levels - 1 for p in deep)
    assert any("ondersteuningsplan" in p["text"] for p in deep)


@pytest.mark.parametrize("in_budget", [True, False])
def test_metadata_longer_than_chunk_size_still_splits(in_budget: bool) -> None:
    """The reported crash: metadata (328) longer than chunk_size (300) raised in llama-index's splitter."""
    splitter = SmallChunkSplitter(chunk_size=300, chunk_overlap=40)
    splitter.metadata_in_budget = in_budget
    chunks = splitter.split_text_metadata_aware("Een zin over de meldcode. " * 200, "x " * 400)
    assert chunks and all(c.strip() for c in chunks)


def test_one_document_that_breaks_the_splitter_skips_only_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    original = SmallChunkSplitter.split_text_metadata_aware

    def fragile(self: SmallChunkSplitter, text: str, metadata_str: str) -> list[str]:
        if "BREEKT" in text:
            raise ValueError("Single token exceeded chunk size")
        return original(self, text, metadata_str)

    monkeypatch.setattr(SmallChunkSplitter, "split_text_metadata_aware", fragile)
    docs = [
        Document(text="# Kop\n\nGoede tekst over verzuim en de leerplicht.", metadata={"doc": "goed.md"}),
        Document(text="# Kop\n\nBREEKT de splitser.", metadata={"doc": "slecht.md"}),
    ]
    nodes, failures = split_prose(docs, Settings())
    assert {n.metadata["doc"] for n in nodes} == {"goed.md"}
    assert set(failures) == {"slecht.md"}
    assert "kon niet in passages worden verdeeld" in failures["slecht.md"]


def test_short_heading_keeps_the_last_levels_within_the_limit() -> None:
    assert short_heading(["Hoofdstuk 1", "Afdeling 2", "Artikel 3"]) == "Afdeling 2 > Artikel 3"
    cut = short_heading(["Hoofdstuk", LONG_HEADING], max_chars=120)
    assert len(cut) <= 120 and cut.endswith("…")
    assert short_heading([]) == ""


def test_running_header_and_footer_leave_the_pdf_text() -> None:
    from assistant.index.loaders import without_running_lines

    topics = ["toelating", "bezwaar", "verwijdering", "thuiszitters", "ouders"]
    pages = [
        [
            "Ondersteuningsplan 2024-2028",
            *[f"Regel {n} van de tekst over {topic}." for n in range(12)],
            f"Voorbeeld - pagina {p}",
        ]
        for p, topic in enumerate(topics, 1)
    ]
    pages.append(["Laatste punt", "Voorbeeld - pagina 6"])  # a short page loses its footer too
    cleaned = without_running_lines(["\n".join(page) for page in pages])
    assert not any("pagina" in page or "Ondersteuningsplan 2024" in page for page in cleaned)
    assert all("Regel 11 van de tekst" in page for page in cleaned[:5]) and cleaned[5] == "Laatste punt"
    # Pages of a line or two that differ only in their numbers are content, not a running header.
    short = [f"Artikel {p}\nBepaling {p}: meld verzuim van meer dan {p} uur." for p in range(1, 10)]
    assert without_running_lines(short) == short


def test_pdf_headings_become_markdown_headings() -> None:
    from assistant.index.loaders import pdf_headings

    wrapped = "Dit is een gewone regel tekst die zo breed is als een regel in het document meestal is"
    text = "\n".join(
        [
            *[wrapped + "," for _ in range(6)],
            wrapped + ".",
            "Een klacht indienen: de stappen",
            "Heeft u een klacht over de school of over het samenwerkingsverband? Dit is de",
            "volgorde:",
            "1. Bespreek het eerst op school.",
            "2. Neem daarna contact op met het bestuur.",
            "Wanneer is een kind een thuiszitter?",
            "Volgens de landelijke definitie is een thuiszitter een leerplichtige jongere die lang",
            "verzuimt. De school meldt dat bij de leerplichtambtenaar van de eigen",
            "Gemeente Tiel",  # a short wrapped line after an unfinished sentence: no heading
            *[wrapped + "." for _ in range(4)],
        ]
    )
    headings = [line for line in pdf_headings(text).splitlines() if line.startswith("## ")]
    assert headings == ["## Een klacht indienen: de stappen", "## Wanneer is een kind een thuiszitter?"]
    assert pdf_headings("Kort\nDocument") == "Kort\nDocument"  # too few lines to know a line's usual width


def test_a_pdf_plan_is_read_in_sections() -> None:
    from assistant.index.loaders import _read_binary

    plan = Path(__file__).resolve().parent.parent.parent / "corpus" / "plannen" / "ondersteuningsplan-rivierenland.pdf"
    text = _read_binary(plan)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert "## Een klacht indienen: de stappen" in headings
    assert "## Arrangement Dubbelspoor (onderwijs en zorg)" in headings
    assert len(headings) >= 30 and not any(h.endswith((".", ",")) for h in headings)


def test_numbered_pdf_headings_nest_and_lists_and_contents_do_not() -> None:
    from assistant.index.loaders import pdf_headings

    wrapped = "Dit is een gewone regel tekst die zo breed is als een regel in het document meestal is"
    text = "\n".join(
        [
            "Inhoud",
            "2.1 Basisondersteuning ........ 7",
            *[wrapped + "," for _ in range(6)],
            wrapped + ".",
            "3 Extra ondersteuning",
            "3.2 Arrangementen",
            wrapped + ".",
            "De stappen zijn:",
            "1. Aanmelden",
            "2. Onderzoek",
            wrapped + ".",
            "Wie helpt er:",
            "Het wijkteam",
            "De school",
            wrapped + ".",
            "Dienst Telefoon",  # a table read line by line: at most its first row looks like a heading
            "Wijkteam Helmond 0492-012345",
            "Sociaal Team Deurne 0493-012345",
            wrapped + ".",
            *[wrapped + "." for _ in range(4)],
        ]
    )
    headings = [line for line in pdf_headings(text).splitlines() if line.startswith("#")]
    assert headings[:2] == ["## 3 Extra ondersteuning", "### 3.2 Arrangementen"]
    assert not any("Wijkteam" in h or "Sociaal Team" in h for h in headings)
