"""Coordinators in the chat: uploads (checked, then ingested), /documenten, /verwijder and /help."""

from __future__ import annotations

import asyncio
import datetime
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import chainlit as cl

from assistant.corpus.admin import (
    corpus_files,
    folder_for,
    inside,
    refuse_twin,
    retire,
    retirement_target,
    safe_file_name,
)
from assistant.corpus.check import check_corpus
from assistant.corpus.filetypes import SIDECAR_SUFFIX, is_sidecar
from assistant.errors import CorpusError
from assistant.index.reviewed import REPLACED_NOTE, reviewed_files
from assistant.records.audit import file_sha256
from assistant.web.limits import MAX_UPLOAD_BYTES, check_upload
from assistant.web.session import actor, is_coordinator
from assistant.web.state import web
from assistant.web.uploads import screen_upload

HELP_TEXT = """**Coördinator: zo werk je het corpus bij**

- **Document toevoegen:** sleep een bestand in het invoerveld (of klik op de paperclip) en verstuur het.
  Toegestaan: .md, .pdf, .docx, .html, .txt, .csv, .yaml, hoogstens 10 MB.
  Zet eventueel de map in je bericht: `plannen`, `privacy`, `sociale-kaart` of `overig`.
  Zonder map kiest Wegwijs zelf (op `kind` in de front matter, of op het bestandstype).
  Een bestand met dezelfde naam wordt vervangen.
- **/documenten** — lijst van alle documenten.
- **/verwijder <pad>** — haal een document uit het corpus (het gaat naar het archief), bijv. `/verwijder overig/oud.md`;
  Wegwijs vraagt eerst of je het zeker weet (typ **ja**).

Na elke wijziging controleert Wegwijs het corpus en werkt de index bij; je ziet het wijzigingsrapport."""


async def handle_command(text: str) -> None:
    command, _, arg = text.partition(" ")
    command = command.lower()
    if command not in ("/documenten", "/verwijder", "/help"):
        await cl.Message(content=f"Onbekende opdracht '{command}'. Stel je vraag zonder '/' ervoor.").send()
        return
    if not is_coordinator():
        await cl.Message(content="Deze opdracht is alleen voor coördinatoren. Stel gerust je vraag.").send()
        return
    corpus_dir = Path(web().settings.corpus_dir)
    if command == "/help":
        await cl.Message(content=HELP_TEXT).send()
    elif command == "/documenten":
        files = corpus_files(corpus_dir)
        lines = [f"**{len(files)} documenten in het corpus** (`{corpus_dir}`)", ""]
        for path in files:
            stat = path.stat()
            when = datetime.datetime.fromtimestamp(stat.st_mtime).strftime("%Y-%m-%d")
            lines.append(f"- `{path.relative_to(corpus_dir).as_posix()}` ({stat.st_size / 1024:.0f} kB, {when})")
        lines += ["", "Uit het corpus halen: `/verwijder <pad>`."]
        await cl.Message(content="\n".join(lines)).send()
    else:
        await ask_to_retire(corpus_dir, arg)


CONFIRM_SECONDS = 300
YES = frozenset({"ja", "ja.", "ja!", "bevestig", "ja, verwijder"})
NO = frozenset({"nee", "nee.", "annuleer", "stop"})


async def ask_to_retire(corpus_dir: Path, rel: str) -> None:
    """Retiring a document asks first (red team round 6: one typo in a path, or one borrowed session, took a
    reviewed file out of every answer): what goes, whether a second person reviewed it, and "ja" to confirm."""
    try:
        target = retirement_target(corpus_dir, rel)
    except CorpusError as exc:
        await cl.Message(content=f"Niet gelukt: {exc}").send()
        return
    rel = target.relative_to(corpus_dir).as_posix()
    data_dir = Path(web().settings.data_dir)
    reviewed = rel in reviewed_files(corpus_dir, data_dir)
    cl.user_session.set("pending_retire", {"rel": rel, "sha256": file_sha256(target), "at": time.monotonic()})
    lines = [
        f"**Weet je zeker dat je `{rel}` uit het corpus wilt halen?** Het gaat naar het archief "
        "(`data/archief/`) en antwoorden gebruiken het daarna niet meer.",
    ]
    if reviewed:
        lines.append(
            "Dit bestand is nagelezen door een tweede persoon. Zet je het later terug, dan spreekt het pas weer onder "
            "een crisisblok na `assistant check-corpus --accept-reviewed`."
        )
    lines.append("Typ **ja** om het te verwijderen, of **nee** om het te laten staan (vervalt na 5 minuten).")
    await cl.Message(content="\n\n".join(lines)).send()


@dataclass(frozen=True)
class Held:
    """An upload that waits for "ja": it replaces a file a second person reviewed (kept outside the corpus)."""

    name: str
    path: str
    folder: str


async def confirm_pending(text: str) -> bool:
    """The answer to an open question (`/verwijder`, or replacing a reviewed file): True when this message was it."""
    answer = " ".join(text.lower().split())
    held = cl.user_session.get("pending_upload")
    if held:
        cl.user_session.set("pending_upload", None)
        if answer in YES and is_coordinator() and Path(held.path).is_file():
            await handle_uploads([held], held.folder, confirmed=True)
            return True
        Path(held.path).unlink(missing_ok=True)
        await cl.Message(content=f"Niets vervangen: `{held.folder}/{held.name}` blijft zoals het was.").send()
        return answer in YES | NO
    pending = cl.user_session.get("pending_retire")
    if not pending:
        return False
    cl.user_session.set("pending_retire", None)
    if answer not in YES:
        await cl.Message(content=f"Niets verwijderd: `{pending['rel']}` blijft in het corpus.").send()
        return answer in NO
    corpus_dir = Path(web().settings.corpus_dir)
    if not is_coordinator():
        await cl.Message(content="Deze opdracht is alleen voor coördinatoren. Stel gerust je vraag.").send()
        return True
    current = corpus_dir / pending["rel"]
    if time.monotonic() - pending["at"] > CONFIRM_SECONDS:
        await cl.Message(
            content=f"De vraag is verlopen; niets verwijderd. Typ opnieuw `/verwijder {pending['rel']}`."
        ).send()
        return True
    if not current.is_file() or file_sha256(current) != pending["sha256"]:
        await cl.Message(
            content=f"`{pending['rel']}` is intussen gewijzigd; niets verwijderd. Kijk het opnieuw na."
        ).send()
        return True
    try:
        moved = retire(corpus_dir, Path(web().settings.data_dir), pending["rel"])
    except CorpusError as exc:
        await cl.Message(content=f"Niet gelukt: {exc}").send()
        return True
    for rel, sha256 in moved:
        web().audit.append(actor(), "uit corpus gehaald", rel, sha256)
    names = ", ".join(rel for rel, _ in moved)
    status = cl.Message(content=f"Verplaatst naar het archief: {names}. De index wordt bijgewerkt…")
    await status.send()
    report = await _update_index(status)
    await cl.Message(content=f"**Wijzigingsrapport**\n```\n{report.render()}\n```").send()
    return True


async def _update_index(status: cl.Message) -> Any:
    """Ingest in a worker thread; its progress (passages and documents done, rate, time left) is shown in the
    status message, updated at most once a second."""
    from assistant.index.progress import Progress, throttled

    loop = asyncio.get_running_loop()
    head = status.content

    def show(progress: Progress) -> None:
        status.content = f"{head}\n\n`{progress.bar()}`"
        asyncio.run_coroutine_threadsafe(status.update(), loop)

    update = throttled(show)

    def report(item: Any) -> None:
        if isinstance(item, Progress):
            update(item)

    return await asyncio.to_thread(web().engine.update_index, actor(), report)


QUARANTINE = "quarantaine"
HOLD = "wachtrij"  # an upload that waits for "ja": outside the corpus, never served
REPLACE_QUESTION = (
    "**`{rel}` is nagelezen door een tweede persoon. Weet je zeker dat je het wilt vervangen?** De nieuwe versie "
    "beantwoordt gewone vragen meteen (met de opmerking dat ze niet is nagelezen) en spreekt pas weer onder een "
    "crisisblok na `assistant check-corpus --accept-reviewed`. Typ **ja** om te vervangen, of **nee** om het "
    "nagelezen bestand te houden."
)


def _stamp() -> str:
    return datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def quarantine(data_dir: Path, corpus_dir: Path, target: Path, reason: str) -> Path:
    """Move an upload that failed its check or ingest out of the corpus into data/quarantaine/<time>/, with why.

    Not served, not indexed, not lost: a coordinator can look at it, fix it and upload it again.
    """
    rel = target.relative_to(corpus_dir)
    dest = Path(data_dir) / QUARANTINE / _stamp() / rel
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(target), dest)
    dest.with_name(dest.name + ".reden.txt").write_text(reason + "\n", encoding="utf-8")
    return dest


def archive_replaced(data_dir: Path, corpus_dir: Path, backup: Path, rel: str) -> Path:
    """A replaced file goes to data/archief/<time>/ like a retired one (retention applies to both)."""
    dest = Path(data_dir) / "archief" / _stamp() / rel
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(backup), dest)
    return dest


def _document_of(name: str) -> str:
    """The document a sidecar belongs to ("x.html" for "x.html.meta.yaml"); "" for any other file."""
    return name[: -len(SIDECAR_SUFFIX)] if is_sidecar(name) else ""


def _small_sidecar(element: Any) -> bool:
    path = Path(str(getattr(element, "path", "") or "/nonexistent"))
    return is_sidecar(str(getattr(element, "name", ""))) and path.is_file() and path.stat().st_size <= MAX_UPLOAD_BYTES


async def handle_uploads(files: list[Any], hint: str, confirmed: bool = False) -> None:
    corpus_dir = Path(web().settings.corpus_dir)
    data_dir = Path(web().settings.data_dir)
    held: Held | None = None
    reviewed = reviewed_files(corpus_dir, data_dir)  # before this upload: what a replacement would undo
    problems: list[str] = []
    warnings: list[str] = []
    saved: list[tuple[str, Path, Path | None]] = []  # rel, path, backup of a replaced file
    # A document and its .meta.yaml in one upload go to the folder the sidecar's kind names, together.
    sidecars = {_document_of(str(e.name)): Path(e.path).read_bytes() for e in files if _small_sidecar(e)}
    names = {str(getattr(e, "name", "") or "") for e in files}
    for element in files:
        raw_name = str(getattr(element, "name", "") or "")
        try:
            name = safe_file_name(raw_name)
            size = Path(element.path).stat().st_size
            if size > MAX_UPLOAD_BYTES:
                raise CorpusError(f"'{raw_name}' is {size / 1024 / 1024:.1f} MB; het maximum is 10 MB.")
            data = Path(element.path).read_bytes()
            check_upload(name, data)
            screened = await asyncio.to_thread(screen_upload, name, Path(element.path))
            if screened.refusal:
                web().audit.append(actor(), "geweigerd: persoonsgegevens", name, "", reason=screened.reason)
                raise CorpusError(screened.refusal)
            warnings += screened.warnings
            document = _document_of(raw_name)
            if document in names:  # the sidecar goes where its document goes
                folder = folder_for(document, b"", hint, sidecar=data)
            else:
                folder = folder_for(name, data, hint, sidecar=sidecars.get(raw_name))
            target = corpus_dir / folder / name
            if not inside(target, corpus_dir):
                raise CorpusError(f"de bestandsnaam '{raw_name}' is niet toegestaan.")
            rel = target.relative_to(corpus_dir).as_posix()
            refuse_twin(corpus_dir, rel)
            if not confirmed and rel in reviewed:
                # Red team round 7: a reviewed meldcode file was replaced in one step by one with a delay in it.
                if held is not None:
                    raise CorpusError(f"'{rel}' vervangt ook een nagelezen bestand; upload het apart.")
                hold = Path(data_dir) / HOLD / _stamp() / name
                hold.parent.mkdir(parents=True, exist_ok=True)
                hold.write_bytes(data)
                held = Held(name, str(hold), folder)
                continue
        except CorpusError as exc:
            problems.append(f"Niet opgeslagen: {exc}")
            continue
        finally:
            # chainlit's own copy of the upload goes now: a refused file (a BSN) is kept nowhere, an accepted one
            # lives in the corpus (red team C17-V5).
            Path(str(getattr(element, "path", "") or "/nonexistent")).unlink(missing_ok=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        backup = None
        if target.exists():
            backup = target.with_name(f".vervangen-{target.name}")
            shutil.move(str(target), backup)
        target.write_bytes(data)
        rel = target.relative_to(corpus_dir).as_posix()
        web().audit.append(actor(), "vervangen" if backup else "geüpload", rel, file_sha256(target), size=len(data))
        saved.append((rel, target, backup))

    if held is not None:
        cl.user_session.set("pending_upload", held)
        await cl.Message(content=REPLACE_QUESTION.format(rel=f"{held.folder}/{held.name}")).send()
    if not saved:
        if problems or held is None:
            await cl.Message(content="\n".join(problems) or "Geen bestand ontvangen.").send()
        return
    await cl.Message(content=f"Opgeslagen: {', '.join(rel for rel, _, _ in saved)}. Ik controleer het corpus…").send()

    try:
        check = await asyncio.to_thread(check_corpus, corpus_dir)
    except CorpusError as exc:
        check = None
        problems.append(f"Controle mislukt: {exc}")
    lines: list[str] = []
    kept: list[tuple[str, Path, Path | None]] = []

    def reject(rel: str, target: Path, backup: Path | None, reason: str, action: str) -> None:
        where = quarantine(data_dir, corpus_dir, target, reason)
        if backup is not None:
            shutil.move(str(backup), target)  # the previous version stays in the corpus
        problems.append(f"Niet toegevoegd: `{rel}` – {reason} (in quarantaine: `{where.relative_to(data_dir)}`)")
        web().audit.append(actor(), action, rel, file_sha256(where), reason=reason[:500])

    for rel, target, backup in saved:
        errors = [i.message for i in (check.errors if check else []) if i.file == rel]
        if errors:
            reject(rel, target, backup, "; ".join(errors), "afgewezen bij controle")
            continue
        kept.append((rel, target, backup))
    if check is not None:
        lines.append(
            f"**Controle:** {check.plans} plannen, {check.social_map_entries} diensten op de sociale kaart, "
            f"{check.privacy_topics} privacyonderwerpen."
        )
        kept_rels = {rel for rel, _, _ in kept}
        for issue in check.warnings:
            if issue.file in kept_rels:
                lines.append(f"- Let op, `{issue.file}`: {issue.message}")
        others = [i for i in check.errors if i.file not in {rel for rel, _, _ in saved}]
        if others:
            lines.append(f"- Er zijn {len(others)} fout(en) in andere bestanden; zie `assistant check-corpus`.")
    lines += [f"- Let op: {w}" for w in warnings]
    if kept:
        status = cl.Message(content="De index wordt bijgewerkt…")
        await status.send()
        report = await _update_index(status)
        lines += ["", "**Wijzigingsrapport**", "```", report.render(), "```"]
        done = []
        now_reviewed = reviewed_files(corpus_dir, data_dir)
        for rel, target, backup in kept:
            if rel in report.failed:
                reject(rel, target, backup, f"inlezen mislukt: {report.failed[rel]}", "afgewezen bij inlezen")
                continue
            if backup is not None:
                if rel in reviewed and rel not in now_reviewed:  # its original bytes back are reviewed still
                    lines.append(f"- Let op, `{rel}`: {REPLACED_NOTE}")
                archived = archive_replaced(data_dir, corpus_dir, backup, rel)
                web().audit.append(actor(), "gearchiveerd", rel, file_sha256(archived), reason="vervangen")
            done.append(rel)
        if done and report.blocked:
            lines.append("De nieuwe index is niet gepubliceerd (zie hierboven); de vorige blijft antwoorden.")
        elif done:
            lines.append(f"Klaar: {', '.join(done)} staat in de index. Je kunt er nu vragen over stellen.")
    if problems:
        lines += ["", *problems]
    await cl.Message(content="\n".join(lines)).send()
