"""Only the text a reader of the file sees is indexed: Word's hidden and white text and a web page's hidden elements
are left out.

Red team rounds 4 and 5: advice planted as white text in a Word file ("laat een dronken leerling zijn roes
uitslapen") was quoted to visitors, in an answer about bus times too; the coordinator who opened the file never saw
it. A sentence nobody reviewed by reading the file must not reach an answer. Word headings become Markdown headings,
so a Word plan is split in its sections like a Markdown one.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from bs4 import BeautifulSoup, Tag

HIDDEN_NOTE = (
    "bevat {n} stuk(ken) verborgen of witte tekst; die worden niet ingelezen en nooit getoond. Staat er iets dat "
    "lezers moeten zien, maak het dan zichtbaar."
)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
WHITE = frozenset({"ffffff", "white", "fff"})
TINY_HALF_POINTS = 4  # text of 2 pt or less: not meant to be read
_HEADING_STYLE = re.compile(r"^(?:heading|kop|titel|title)\s*(\d)?$", re.IGNORECASE)


def _hidden_run(run: ElementTree.Element) -> bool:
    props = run.find(f"{W}rPr")
    if props is None:
        return False
    if (vanish := props.find(f"{W}vanish")) is not None and vanish.get(f"{W}val", "true") not in ("0", "false"):
        return True
    color = props.find(f"{W}color")
    shade = props.find(f"{W}shd")
    shaded = shade is not None and str(shade.get(f"{W}fill", "auto")).lower() not in WHITE | {"auto"}
    if color is not None and str(color.get(f"{W}val", "")).lower() in WHITE and not shaded:
        return True  # white on white; white on a coloured shading is read
    size = props.find(f"{W}sz")
    try:
        return size is not None and int(str(size.get(f"{W}val"))) <= TINY_HALF_POINTS
    except ValueError:
        return False


def _heading_level(paragraph: ElementTree.Element) -> int:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    match = _HEADING_STYLE.match(str(style.get(f"{W}val", ""))) if style is not None else None
    if not match:
        return 0
    return min(int(match.group(1) or 1), 6)


def docx_text(path: Path) -> tuple[str, int]:
    """The visible text of a Word file, a paragraph per block with headings as Markdown, and how many hidden runs
    were left out. Raises zipfile.BadZipFile, KeyError or ElementTree.ParseError on a damaged file."""
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("word/document.xml"))
    skipped = {id(el) for fallback in root.iter(MC_FALLBACK) for el in fallback.iter()}  # a text box twice
    blocks: list[str] = []
    hidden = 0
    for paragraph in root.iter(f"{W}p"):
        if id(paragraph) in skipped:
            continue
        pieces: list[str] = []
        for run in paragraph.iter(f"{W}r"):
            if _hidden_run(run):
                hidden += sum(1 for t in run.iter(f"{W}t") if (t.text or "").strip())
                continue
            for child in run:
                if child.tag == f"{W}t":
                    pieces.append(child.text or "")
                elif child.tag == f"{W}tab":
                    pieces.append("\t")
                elif child.tag in (f"{W}br", f"{W}cr"):
                    pieces.append("\n")
        text = "".join(pieces).strip()
        if text:
            level = _heading_level(paragraph)
            blocks.append(f"{'#' * level} {text}" if level else text)
    return "\n\n".join(blocks), hidden


_HIDING_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0*)?(?:px|pt|em|rem|%)?\s*(?:;|$)|"
    r"opacity\s*:\s*0(?:\.0*)?\s*(?:;|$)",
    re.IGNORECASE,
)
_WHITE_TEXT = re.compile(r"(?<![-\w])color\s*:\s*(?:#fff(?:fff)?|white|rgba?\(\s*255\s*,\s*255\s*,\s*255)", re.I)
_BACKGROUND = re.compile(r"background", re.IGNORECASE)


def _hides(style: str) -> bool:
    """A style that hides its text, or writes it white without a background of its own."""
    return bool(_HIDING_STYLE.search(style) or (_WHITE_TEXT.search(style) and not _BACKGROUND.search(style)))


_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def hide_hidden(soup: BeautifulSoup) -> int:
    """Remove the elements a browser does not show (the ``hidden`` attribute, an inline or simple class/id style that
    hides them or writes white); returns how many were removed."""
    selectors: list[str] = []
    for style in soup.find_all("style"):
        for selector, body in _RULE.findall(style.get_text()):
            if _hides(body):
                selectors += [s.strip() for s in selector.split(",") if re.fullmatch(r"[\w.#-]+", s.strip())]
    doomed: list[Tag] = [el for el in soup.find_all(True) if el.has_attr("hidden") or _hides(str(el.get("style", "")))]
    for selector in selectors:
        try:
            doomed += soup.select(selector)
        except Exception:  # soupsieve rejects odd selectors: a style we cannot read hides nothing
            continue
    removed = 0
    for el in doomed:
        if not el.decomposed:
            el.decompose()
            removed += 1
    return removed


def hidden_parts(path: Path) -> int:
    """How many hidden pieces of a Word file or web page ingest leaves out (0 for other files or a damaged one)."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".docx":
            return docx_text(path)[1]
        if suffix in (".html", ".htm"):
            return hide_hidden(BeautifulSoup(path.read_bytes().decode("utf-8", "replace"), "html.parser"))
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return 0
    return 0
