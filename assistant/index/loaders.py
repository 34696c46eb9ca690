"""Corpus files as documents (prose, to be split) or records (one passage per service), by file type."""

from __future__ import annotations

import hashlib
import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup
from llama_index.core import Document
from llama_index.core.schema import TextNode

from assistant.corpus.files import kind_for, read_sidecar, sidecar_path, split_front_matter
from assistant.corpus.filetypes import is_document, suffixes
from assistant.corpus.hidden import docx_text, hide_hidden, without_fragments
from assistant.corpus.hidden_pdf import pdf_hidden_fragments
from assistant.corpus.social_map import load_services
from assistant.corpus.tables import ROW_UNREADABLE, TABLE_NOTE, header_of, is_foreign_table, table_markdown
from assistant.errors import CorpusError, SkippedFile
from assistant.text import as_shown

TEXT_SUFFIXES = suffixes("text")


HTML_SUFFIXES = suffixes("html")


BINARY_SUFFIXES = suffixes("binary")


RECORD_SUFFIXES = suffixes("records")


@dataclass
class CorpusFile:
    rel: str
    path: Path
    sha256: str


@dataclass
class Loaded:
    documents: list[Document] = field(default_factory=list)  # prose, to be split
    records: list[TextNode] = field(default_factory=list)  # one passage each (social map)
    problems: list[str] = field(default_factory=list)


def scan(corpus_dir: Path) -> list[CorpusFile]:
    """Files to index; names starting with '_' or '.' and '*.meta.yaml' sidecars are the coordinator's own."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"De corpusmap '{corpus_dir}' bestaat niet.")
    found = []
    for path in sorted(corpus_dir.rglob("*")):
        rel = path.relative_to(corpus_dir).as_posix()
        if not path.is_file() or not is_document(rel):
            continue
        digest = hashlib.sha256(path.read_bytes())
        sidecar = sidecar_path(path)
        if sidecar.is_file():
            digest.update(sidecar.read_bytes())
        found.append(CorpusFile(rel, path, digest.hexdigest()))
    return found


def _decode(raw: bytes) -> str:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SkippedFile("bestand is geen geldige UTF-8-tekst (sla het op als UTF-8)") from exc
    if not text.strip():
        raise SkippedFile("bestand is leeg")
    return as_shown(text)  # indexed as the reader sees it: no zero-width splits, no look-alike letters


def html_to_markdown(html: str) -> tuple[str, str | None]:
    """Keep headings as Markdown so the heading-first split also works on web pages."""
    soup = BeautifulSoup(html, "html.parser")
    hide_hidden(soup)  # what the browser does not show is not indexed either (corpus/hidden.py)
    for tag in soup(["script", "style", "nav", "footer", "header", "noscript"]):
        tag.decompose()
    title = soup.title.get_text(strip=True) if soup.title else None
    body = soup.body or soup
    blocks = []
    for el in body.find_all(["h1", "h2", "h3", "h4", "p", "li", "td", "dd", "dt", "blockquote"]):
        if el.find_parent(["p", "li", "td", "dd", "blockquote"]):
            continue
        text = " ".join(el.get_text(" ", strip=True).split())
        if not text:
            continue
        blocks.append(("#" * int(el.name[1]) + " " + text) if el.name[0] == "h" else text)
    return "\n\n".join(blocks), title


def pdf_damage(path: Path) -> str | None:
    """A Dutch reason when a PDF is truncated or damaged, else None.

    pypdf reads a truncated PDF leniently and returns whatever pages it finds, so a half-uploaded file would
    replace the whole plan with its first pages: the end marker and a strict read catch that.
    """
    import pypdf

    raw = path.read_bytes()
    if not raw.lstrip()[:5].startswith(b"%PDF-"):
        return "PDF is beschadigd: het bestand begint niet als een PDF"
    if b"%%EOF" not in raw[-2048:]:
        return "PDF is afgebroken of beschadigd: het einde van het bestand (%%EOF) ontbreekt"
    try:
        reader = pypdf.PdfReader(path, strict=True)
        for page in reader.pages:
            page.extract_text()
    except Exception as exc:  # pypdf raises many types on damaged input
        return f"PDF is beschadigd of onleesbaar ({type(exc).__name__})"
    return None


def _read_binary(path: Path) -> str:
    return read_visible(path)[0]


def read_visible(path: Path) -> tuple[str, int]:
    """The text a reader of a PDF or Word file sees, and how many hidden pieces were left out (corpus/hidden.py);
    raises SkippedFile with a Dutch reason for a damaged or empty file."""
    import pypdf

    if path.suffix.lower() == ".pdf":
        damage = pdf_damage(path)
        if damage:
            raise SkippedFile(damage)

    pdf = path.suffix.lower() == ".pdf"
    kind = "PDF" if pdf else "Word-bestand"
    try:
        if pdf:
            # pypdf page by page, as llama-index's PDFReader reads it, without the text drawn invisibly or in white
            read = pypdf.PdfReader(path).pages
            fragments = [pdf_hidden_fragments(p) for p in read]
            pages = [without_fragments(p.extract_text(), f) for p, f in zip(read, fragments, strict=True)]
            hidden = sum(len(f) for f in fragments)
        else:
            word, hidden = docx_text(path)
    except Exception as exc:  # readers raise many types on corrupt input
        raise SkippedFile(f"{kind} is beschadigd of onleesbaar ({type(exc).__name__})") from exc
    # Pages join like lines (a sentence runs on over a page break); Word paragraphs stay apart.
    text = (pdf_headings("\n".join(without_running_lines(pages))) if pdf else word).strip()
    if not text:
        raise SkippedFile(f"{kind} bevat geen tekst (misschien een scan zonder tekstlaag)")
    return as_shown(text), hidden


def without_running_lines(pages: list[str], edge: int = 3) -> list[str]:
    """A PDF's pages without their running header and footer ("Ondersteuningsplan 2024-2028 - pagina 8"): a line
    among the first or last ``edge`` lines of a page that recurs, numbers aside, on at least half of the pages (three
    at least). Read into the text, it glued itself into the sentence around a page break."""
    if len(pages) < 3:
        return pages

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split())).casefold()

    # Only full pages are read for it: on pages of a few lines each, a recurring line is the content itself.
    full = [i for i, page in enumerate(pages) if sum(1 for line in page.splitlines() if line.strip()) > 3 * edge]
    seen: dict[str, int] = {}
    for i in full:
        lines = [line for line in pages[i].splitlines() if line.strip()]
        for k in {key(line) for line in lines[:edge] + lines[-edge:]}:
            seen[k] = seen.get(k, 0) + 1
    running = {k for k, n in seen.items() if n >= max(3, len(pages) / 2) and len(k) > 3}
    if not running:
        return pages
    return ["\n".join(line for line in page.splitlines() if key(line) not in running) for page in pages]


_LIST_LINE = re.compile(r"^\s*(?:[-*•▪◦]|\d{1,2}[.)]|[a-z][.)])\s+")
_ENDS_CLAUSE = re.compile(r"[.!?:;,]$")
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=[A-ZÀ-Ý])")  # "3", "3.", "3.2", "3.2.1" + a capital
_TOC_LINE = re.compile(r"\.{4,}|…{2,}|\s\d{1,3}$")  # "2.1 Basisondersteuning ........ 7": the contents page


def pdf_headings(text: str) -> str:
    """A PDF's headings as Markdown headings, so that its sections become passages with a heading, as a Markdown
    file's do. PDF text has no heading marks: "Een klacht indienen: de stappen" glued itself to the sentence after
    it. A heading line is short (under 70 % of the document's usual line), opens after a finished sentence, ends
    without punctuation, starts with a capital and so does the line after it; a short question line between two
    such sentences ("Wanneer is een kind een thuiszitter?") counts too. A numbered line ("3.2 Arrangementen") is a
    heading one level deeper per number, unless it is an item of a list or a line of the contents page. A document of
    a few lines is left as it is."""
    lines = text.split("\n")
    widths = [len(line.strip()) for line in lines if len(line.strip()) > 20]
    if len(widths) < 10:
        return text
    usual = statistics.median(widths)
    filled = [i for i, line in enumerate(lines) if line.strip()]
    out = list(lines)
    for n, i in enumerate(filled):
        line = lines[i].strip()
        before = lines[filled[n - 1]].strip() if n else ""
        after = lines[filled[n + 1]].strip() if n + 1 < len(filled) else ""
        # After a finished sentence (not a lead-in: "De stappen zijn:" is followed by its items, not a heading).
        opens = not before or bool(_ENDS_CLAUSE.search(before) and not before.endswith(":"))
        plain = not _ENDS_CLAUSE.search(line) and len(line) < 0.7 * usual and len(line.split()) <= 12
        number = _NUMBERED.match(line)
        if number:  # "3.2 Arrangementen": a section number, unless it is one item of a list ("1. Aanmelden" …)
            depth = number.group(1).count(".") + 1
            following = _NUMBERED.match(after)
            listed = depth == 1 and following is not None and following.group(1).count(".") == 0
            # A section number may follow a chapter heading directly ("3 Extra ondersteuning", "3.2 Arrangementen");
            # an unnumbered line may not: a run of short lines is a table or a list, not headings.
            after_heading = n > 0 and out[filled[n - 1]].startswith("#")
            if plain and (opens or after_heading) and not listed and not _TOC_LINE.search(line):
                out[i] = f"{'#' * min(depth + 1, 4)} {line}"
            continue
        shape = line[:1].isupper() and not _LIST_LINE.match(line) and after[:1].isupper()
        question = line.endswith("?") and len(line) < 0.6 * usual and len(line.split()) <= 12
        if opens and shape and (plain or question):
            out[i] = f"## {line}"
    return "\n".join(out)


def _first_heading(text: str) -> str | None:
    match = re.search(r"^#\s+(.+)$", text, flags=re.MULTILINE)
    return match.group(1).strip() if match else None


def _flat(meta: dict[str, Any]) -> dict[str, str | int | float | bool]:
    """Chroma accepts scalars only; None becomes ''."""
    out: dict[str, str | int | float | bool] = {}
    for key, value in meta.items():
        if value is None:
            out[key] = ""
        elif isinstance(value, (str, int, float, bool)):
            out[key] = value
        elif isinstance(value, (list, tuple)):
            out[key] = ", ".join(str(v) for v in value)
        else:
            out[key] = str(value)
    return out


def _doc_metadata(rel: str, meta: dict[str, Any], title: str, sha256: str) -> dict[str, Any]:
    return _flat(
        {
            "doc": rel,
            "title": title,
            "kind": kind_for(rel, meta),
            "region": meta.get("region") or "",
            "municipality": meta.get("municipality") or "",
            "date": str(meta.get("date") or ""),
            "source": meta.get("source") or "",
            "example": bool(meta.get("example", False)),
            "checked": str(meta.get("gecontroleerd") or ""),
            "heading": "",
            "service_id": "",
            "file_hash": sha256,
        }
    )


def load_file(file: CorpusFile, regions: dict[str, Any]) -> Loaded:
    """Read one file into documents or records; raises SkippedFile with a Dutch reason."""
    suffix = file.path.suffix.lower()
    loaded = Loaded()
    if suffix == ".csv" and is_foreign_table(header_of(csv := _decode(file.path.read_bytes()))[0]):
        return _load_table(file, csv, loaded)
    if suffix in RECORD_SUFFIXES:
        _decode(file.path.read_bytes())  # same encoding/empty checks as prose
        services, issues = load_services(file.path, regions)
        loaded.problems = [f"{file.rel}: {i.message}" for i in issues]
        if not services:
            raise SkippedFile(issues[0].message if issues else "geen geldige diensten in dit bestand")
        for service in services:
            meta = _doc_metadata(file.rel, service.model_dump(), service.name, file.sha256)
            meta.update(
                _flat(
                    {
                        "kind": "sociale_kaart",
                        "service_id": service.id,
                        "heading": service.name,
                        "date": str(service.last_verified),
                        "category": service.category,
                        "access": service.access,
                    }
                )
            )
            meta.update(service.facts())
            about, contact = split_card(service.as_text())
            meta["contact"] = contact
            loaded.records.append(TextNode(id_=f"{_doc_key(file.rel)}-{service.id}", text=about, metadata=meta))
        return loaded

    meta: dict[str, Any] = read_sidecar(file.path)
    title: str | None = None
    if suffix in TEXT_SUFFIXES:
        try:
            front, text = split_front_matter(_decode(file.path.read_bytes()))
        except CorpusError as exc:
            raise SkippedFile(str(exc)) from exc
        meta = {**meta, **front}
        if not text.strip():
            raise SkippedFile("bestand bevat alleen kopgegevens en geen tekst")
    elif suffix in HTML_SUFFIXES:
        text, title = html_to_markdown(_decode(file.path.read_bytes()))
        if not text.strip():
            raise SkippedFile("HTML-pagina bevat geen leesbare tekst")
    else:
        text = _read_binary(file.path)
    title = str(meta.get("title") or title or _first_heading(text) or file.path.stem.replace("-", " ").capitalize())
    loaded.documents.append(
        Document(id_=file.rel, text=text, metadata=_doc_metadata(file.rel, meta, title, file.sha256))
    )
    return loaded


def _load_table(file: CorpusFile, csv: str, loaded: Loaded) -> Loaded:
    """A CSV from another system: one section per row, indexed as prose (no service cards)."""
    meta: dict[str, Any] = read_sidecar(file.path)
    title = str(meta.get("title") or file.path.stem.replace("-", " ").replace("_", " ").capitalize())
    text, read, skipped = table_markdown(csv, title)
    if not read:
        raise SkippedFile("tabel bevat geen rijen met tekst")
    loaded.problems = [f"{file.rel}: {TABLE_NOTE}"] + [f"{file.rel}: Rij {row}: {ROW_UNREADABLE}" for row in skipped]
    # never 'sociale_kaart': that kind is a checked service card with a region and a verification date
    meta = {**meta, "kind": meta["kind"] if meta.get("kind") in ("plan", "privacy") else "other"}
    loaded.documents.append(
        Document(id_=file.rel, text=text, metadata=_doc_metadata(file.rel, meta, title, file.sha256))
    )
    return loaded


CONTACT_LABELS = (
    "Adres:",
    "Telefoon:",
    "E-mail:",
    "Website:",
    "Openingstijden:",
    "Talen:",
    "Laatst gecontroleerd:",
    "Let op:",
)


def split_card(card: str) -> tuple[str, str]:
    """What a service is (embedded and matched) apart from how to reach it (shown, not matched): contact lines
    would otherwise dilute the match between 'who can I call about X' and the service that handles X."""
    lines = card.splitlines()
    about = [line for line in lines if not line.startswith(CONTACT_LABELS)]
    contact = [line for line in lines if line.startswith(CONTACT_LABELS)]
    return "\n".join(about), "\n".join(contact)


def _doc_key(rel: str) -> str:
    return hashlib.sha1(rel.encode()).hexdigest()[:12]
