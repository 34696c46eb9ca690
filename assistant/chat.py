"""The web chat's logic without chainlit: areas and filters, follow-up questions, uploads, rendering.

Everything here is plain Python, so it is tested without starting a server; assistant/app.py wires it to chainlit.
"""

from __future__ import annotations

import datetime
import re
import shutil
from pathlib import Path
from urllib.parse import quote

from assistant.answer import Source
from assistant.audit import file_sha256
from assistant.corpus import CorpusError, Region, split_front_matter
from assistant.retrieve import NATIONAL, Filters

UPLOAD_SUFFIXES = (".md", ".pdf", ".docx", ".html", ".txt", ".csv", ".yaml")
FOLDERS = ("plannen", "sociale-kaart", "privacy", "overig")
KIND_FOLDERS = {"plan": "plannen", "sociale_kaart": "sociale-kaart", "privacy": "privacy", "other": "overig"}
KIND_LABELS = {
    "plan": "Ondersteuningsplan",
    "sociale_kaart": "Sociale kaart",
    "privacy": "Privacy-informatie",
    "other": "Overig document",
}
SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,150}")
WORD = re.compile(r"\w+", re.UNICODE)
ALL_AREAS = "alle"

AI_NOTICE = (
    "Je praat met **Wegwijs, een AI-assistent** (geen mens). Wegwijs antwoordt alleen met zinnen uit de bronnen "
    "die onder elk antwoord staan. Controleer belangrijke zaken bij de school, het wijkteam of het "
    "samenwerkingsverband."
)

# Words that make a message a full question of its own; without any of them a short message is a follow-up.
VERB_LIKE = {
    "is", "zijn", "ben", "bent", "was", "waren", "wordt", "worden", "werd", "kan", "kun", "kunt", "kunnen",
    "mag", "mogen", "moet", "moeten", "wil", "wilt", "willen", "zal", "zou", "zullen", "heb", "hebt", "heeft",
    "hebben", "had", "doe", "doet", "doen", "krijg", "krijgt", "krijgen", "ga", "gaat", "gaan", "vraag",
    "vraagt", "aanvragen", "duurt", "duren", "werkt", "werken", "betaal", "betaalt", "betalen", "bel", "bellen",
    "meld", "melden", "deel", "delen", "zit", "zitten", "help", "helpt", "helpen", "weet", "weten", "zoek",
    "zoekt", "zoeken", "beslist", "beslissen", "geeft", "geven", "kost", "kosten", "staat", "staan", "komt",
    "komen", "maak", "maakt", "are", "can", "do", "does", "have", "has", "should", "must", "need",
}  # fmt: skip
FOLLOW_UP_STARTS = ("en ", "and ", "maar ", "ook ", "en,", "en?")


# -- helpers -------------------------------------------------------------------------
def area_items(regions: dict[str, Region]) -> dict[str, str]:
    """Select items: label → value ('alle', 'regio:<id>' or 'gemeente:<naam>')."""
    items = {"Alle regio's (alleen landelijke en algemene bronnen waar nodig)": ALL_AREAS}
    for region in regions.values():
        items[f"{region.name} – hele regio"] = f"regio:{region.id}"
        for name in region.municipalities:
            items[f"Gemeente {name}"] = f"gemeente:{name}"
    return items


def filters_for(area: str | None, regions: dict[str, Region]) -> Filters:
    """The chosen area as engine filters: the social map then shows that place plus national services."""
    if not area or area == ALL_AREAS:
        return Filters()
    kind, _, value = area.partition(":")
    if kind == "regio" and value in regions:
        return Filters(region=value)
    if kind == "gemeente":
        for region in regions.values():
            if region.knows(value):
                return Filters(region=region.id, municipality=value)
    return Filters()


def municipality_in(text: str, regions: dict[str, Region]) -> tuple[str, str] | None:
    """(region id, municipality) when the text names a known municipality."""
    low = text.casefold()
    for region in regions.values():
        for name in region.municipalities:
            if re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", low):
                return region.id, name
    return None


def is_follow_up(text: str) -> bool:
    """'en voor een kind van 14?', 'en in Helmond?': short or starting with 'en', and no verb of its own."""
    low = " ".join(text.lower().split())
    if low.startswith(FOLLOW_UP_STARTS):
        return True
    words = WORD.findall(low)
    return 0 < len(words) < 6 and not any(w in VERB_LIKE for w in words)


def with_context(text: str, previous: str | None) -> str:
    """The question to retrieve with: a follow-up is read together with the previous question."""
    if not previous or not is_follow_up(text):
        return text
    rest = re.sub(r"^(en|and|maar|ook)\b[\s,]*", "", text.strip(), flags=re.IGNORECASE)
    return f"{previous.rstrip().rstrip('?.!').rstrip()} {rest}".strip()


def safe_file_name(name: str) -> str:
    """A file name fit for the corpus, or CorpusError with a Dutch reason (path parts, odd characters, type)."""
    raw = (name or "").strip()
    if not raw:
        raise CorpusError("het bestand heeft geen naam.")
    if "/" in raw or "\\" in raw or ".." in raw or raw.startswith((".", "_")):
        raise CorpusError(
            f"de bestandsnaam '{raw}' is niet toegestaan (geen mapnamen, '..' of naam die met '.' of '_' begint)."
        )
    clean = re.sub(r"\s+", "-", raw)
    if not SAFE_NAME.fullmatch(clean):
        raise CorpusError(
            f"de bestandsnaam '{raw}' bevat tekens die niet mogen; gebruik letters, cijfers, '-', '_' en '.'."
        )
    if not clean.lower().endswith(UPLOAD_SUFFIXES):
        raise CorpusError(
            f"'{raw}' heeft een bestandstype dat Wegwijs niet kan lezen. Toegestaan: {', '.join(UPLOAD_SUFFIXES)}."
        )
    return clean


def folder_for(file_name: str, data: bytes, hint: str) -> str:
    """Where an upload goes: a folder named in the message, else the front matter's kind, else by file type."""
    for folder in FOLDERS:
        if re.search(rf"(?<![\w-]){re.escape(folder)}(?![\w-])", hint.lower()):
            return folder
    low = file_name.lower()
    if low.endswith(".meta.yaml"):
        return "plannen"
    if low.endswith((".csv", ".yaml")):
        return "sociale-kaart"
    if low.endswith((".md", ".txt")):
        try:
            front, _ = split_front_matter(data.decode("utf-8-sig"))
        except (CorpusError, UnicodeDecodeError):
            front = {}
        kind = str(front.get("kind", "")).strip()
        if kind in KIND_FOLDERS:
            return KIND_FOLDERS[kind]
    return "overig"


def inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True


def corpus_files(corpus_dir: Path) -> list[Path]:
    return sorted(
        p
        for p in corpus_dir.rglob("*")
        if p.is_file() and not any(part.startswith(("_", ".")) for part in p.relative_to(corpus_dir).parts)
    )


def retire(corpus_dir: Path, data_dir: Path, rel: str) -> list[tuple[str, str]]:
    """Move a corpus file (and its .meta.yaml) to data/archief/<time>/; returns what moved as (path, SHA-256),
    hashed before the move, for the audit log. Dutch CorpusError."""
    rel = rel.strip().strip("\"'")
    if not rel:
        raise CorpusError("geef het pad van het document, bijvoorbeeld: /verwijder plannen/oud-plan.pdf")
    target = corpus_dir / rel
    if not inside(target, corpus_dir) or any(part.startswith(("_", ".")) for part in Path(rel).parts):
        raise CorpusError(f"'{rel}' is geen document in het corpus.")
    if not target.is_file():
        raise CorpusError(f"'{rel}' bestaat niet. Kijk met /documenten welke documenten er zijn.")
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    archive = data_dir / "archief" / stamp
    moved = []
    for path in (target, target.with_name(target.name + ".meta.yaml")):
        if path.is_file():
            dest = archive / path.relative_to(corpus_dir)
            dest.parent.mkdir(parents=True, exist_ok=True)
            sha256 = file_sha256(path)
            shutil.move(str(path), dest)
            moved.append((path.relative_to(corpus_dir).as_posix(), sha256))
    return moved


# -- rendering -------------------------------------------------------------------------------------------------------
def _field(text: str, label: str) -> str:
    match = re.search(rf"^{re.escape(label)}:\s*(.+)$", text, flags=re.MULTILINE)
    return match.group(1).strip() if match else ""


def source_label(n: int) -> str:
    return f"[{n}]"


def source_markdown(source: Source) -> str:
    """The side panel: title, kind, date, where, and the passage itself."""
    lines = [f"### {source.title}"]
    facts = [KIND_LABELS.get(source.kind, source.kind)]
    if source.date:
        facts.append(("laatst gecontroleerd " if source.kind == "sociale_kaart" else "datum ") + source.date)
    if source.municipality:
        facts.append(f"gemeente {source.municipality}")
    elif source.region:
        facts.append("landelijk" if source.region == NATIONAL else f"regio {source.region}")
    if source.example:
        facts.append("voorbeeldgegevens")
    lines.append("*" + " · ".join(facts) + "*")
    if source.heading and source.heading != source.title:
        lines.append(f"**Onderdeel:** {source.heading}")
    lines.append("")
    for line in source.text.strip().splitlines():
        heading = re.match(r"^#+\s*(.+)$", line.strip())
        lines.append(f"> **{heading.group(1)}**" if heading else (f"> {line}" if line.strip() else ">"))
    lines += ["", f"Bestand: [{source.doc}](/api/document?path={quote(source.doc)}) (hele document openen)"]
    return "\n".join(lines)


def card_markdown(n: int, source: Source) -> str:
    """A social-map service as a card: all the fields a parent needs to make contact."""
    text = source.text
    name = source.title or text.split("\n", 1)[0]
    rows = [f"> **{name}** {source_label(n)}"]
    for label, shown in (
        ("Wat", "Wat"),
        ("Voor wie", "Voor wie"),
        ("Toegang", "Toegang"),
        ("Kosten", "Kosten"),
        ("Telefoon", "Telefoon"),
        ("Website", "Website"),
        ("Openingstijden", "Openingstijden"),
    ):
        value = _field(text, label)
        if value:
            rows.append(f"> - {shown}: {value}")
    if source.date:
        rows.append(f"> - Laatst gecontroleerd: {source.date}")
    return "\n".join(rows)
