"""What a coordinator does to the corpus: safe upload names, the folder an upload goes to, listing and retiring."""

from __future__ import annotations

import datetime
import re
import shutil
from pathlib import Path

import yaml

from assistant.corpus.files import sidecar_path, split_front_matter
from assistant.corpus.filetypes import SUPPORTED, family, file_type, is_document, is_hidden, is_sidecar
from assistant.corpus.protected import LANDELIJK, SIGNOFF_FILE
from assistant.errors import CorpusError
from assistant.records.audit import file_sha256

FOLDERS = ("plannen", "sociale-kaart", "privacy", "overig")


KIND_FOLDERS = {"plan": "plannen", "sociale_kaart": "sociale-kaart", "privacy": "privacy", "other": "overig"}


SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,150}")


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
    if file_type(clean) is None:
        raise CorpusError(
            f"'{raw}' heeft een bestandstype dat Wegwijs niet kan lezen. Toegestaan: {', '.join(SUPPORTED)}."
        )
    return clean


def folder_for(file_name: str, data: bytes, hint: str, sidecar: bytes | None = None) -> str:
    """Where an upload goes: a folder named in the message, else the kind in its front matter or in its sidecar
    (``sidecar``: the .meta.yaml uploaded with it), else by file type. A sidecar goes by its own kind."""
    for folder in FOLDERS:
        if re.search(rf"(?<![\w-]){re.escape(folder)}(?![\w-])", hint.lower()):
            return folder
    low = file_name.lower()
    if is_sidecar(low) or sidecar is not None:
        # Red team round 7: "x.html" went to overig/ and its "x.html.meta.yaml" to plannen/, so neither found the other.
        try:
            meta = yaml.safe_load((sidecar if sidecar is not None else data).decode("utf-8-sig")) or {}
        except (yaml.YAMLError, UnicodeDecodeError):
            meta = {}
        kind = str(meta.get("kind", "")).strip() if isinstance(meta, dict) else ""
        return KIND_FOLDERS.get(kind, "plannen" if is_sidecar(low) else "overig")
    if family(low) == "records":
        return "sociale-kaart"
    if family(low) == "text":
        try:
            front, _ = split_front_matter(data.decode("utf-8-sig"))
        except (CorpusError, UnicodeDecodeError):
            front = {}
        kind = str(front.get("kind", "")).strip()
        if kind in KIND_FOLDERS:
            return KIND_FOLDERS[kind]
    return "overig"


def refuse_twin(corpus_dir: Path, rel: str) -> None:
    """An upload named like a corpus file in another folder or another case ("Meldcode-vijf-stappen.md" beside the
    reviewed "meldcode-vijf-stappen.md") would be a second copy that answers beside it without the replacement's
    question (red team round 8): refused, with the name to use."""
    wanted = Path(rel).name.casefold()
    for path in corpus_files(corpus_dir):
        other = path.relative_to(corpus_dir).as_posix()
        if path.name.casefold() == wanted and other != rel:
            raise CorpusError(
                f"er staat al een document met (bijna) dezelfde naam: '{other}'. Wil je dat vervangen, upload het dan "
                f"precies zo genoemd en in die map; is het een ander document, geef het dan een andere naam."
            )


def inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True


def corpus_files(corpus_dir: Path) -> list[Path]:
    return sorted(p for p in corpus_dir.rglob("*") if p.is_file() and is_document(p.relative_to(corpus_dir)))


def retirement_target(corpus_dir: Path, rel: str) -> Path:
    """The corpus file `/verwijder <rel>` would retire, checked (inside the corpus, exists, not the national lines'
    file); Dutch CorpusError otherwise. Nothing moves yet: the coordinator confirms first."""
    rel = rel.strip().strip("\"'")
    if not rel:
        raise CorpusError("geef het pad van het document, bijvoorbeeld: /verwijder plannen/oud-plan.pdf")
    target = corpus_dir / rel
    if not inside(target, corpus_dir) or is_hidden(rel):
        raise CorpusError(f"'{rel}' is geen document in het corpus.")
    if target.is_dir():  # "/verwijder privacy" (red team round 8): one document at a time, never a folder
        raise CorpusError(
            f"'{rel}' is een map, geen document; er wordt één document tegelijk verwijderd. Kijk met /documenten welke "
            "documenten erin staan."
        )
    if not target.is_file():
        raise CorpusError(f"'{rel}' bestaat niet. Kijk met /documenten welke documenten er zijn.")
    if Path(rel).as_posix() in (LANDELIJK, SIGNOFF_FILE):
        raise CorpusError(
            "de landelijke hulplijnen (sociale-kaart/landelijk.yaml) kunnen niet worden verwijderd: zonder dat bestand "
            "verdwijnen 112, Veilig Thuis, 113 en De Kindertelefoon uit de antwoorden."
        )
    return target


def retire(corpus_dir: Path, data_dir: Path, rel: str) -> list[tuple[str, str]]:
    """Move a corpus file (and its .meta.yaml) to data/archief/<time>/; returns what moved as (path, SHA-256),
    hashed before the move, for the audit log. Dutch CorpusError."""
    target = retirement_target(corpus_dir, rel)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    archive = data_dir / "archief" / stamp
    moved = []
    for path in (target, sidecar_path(target)):
        if path.is_file():
            dest = archive / path.relative_to(corpus_dir)
            dest.parent.mkdir(parents=True, exist_ok=True)
            sha256 = file_sha256(path)
            shutil.move(str(path), dest)
            moved.append((path.relative_to(corpus_dir).as_posix(), sha256))
    return moved
