"""The ``assistant`` command (ingest, ask, eval, bench, load, check-corpus, serve, purge, audit).

Output for people is Dutch; --json is for tools.
"""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import Any

import click

from assistant.edge import WegwijsGroup
from assistant.edge import fail as _fail
from assistant.edge import open_answerer as _open_answerer
from assistant.edge import progress_printer as _progress_printer
from assistant.edge import settings_from as _settings
from assistant.tools.commands import bench, calibrate_refusal, eval_cmd, load


def _filters(kind: tuple[str, ...], region: str | None, municipality: str | None) -> Any:
    from assistant.search.filters import Filters

    return Filters(kinds=list(kind) or None, region=region, municipality=municipality)


@click.group(cls=WegwijsGroup)
@click.version_option(package_name="wegwijs")
def cli() -> None:
    """Wegwijs: antwoorden over school en jeugdhulp, altijd met bronnen."""


@cli.command()
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path), help="Map met brondocumenten.")
@click.option("--index", "index_dir", type=click.Path(path_type=Path), help="Map voor de index.")
@click.option("--json", "as_json", is_flag=True, help="Wijzigingsrapport als JSON.")
@click.option("--force", is_flag=True, help="Publiceer ook als er veel passages of een landelijke dienst verdwijnen.")
def ingest(corpus_dir: Path | None, index_dir: Path | None, as_json: bool, force: bool) -> None:
    """Bouw of werk de index bij; alleen gewijzigde bestanden worden opnieuw verwerkt.

    Stopt met code 1 als een bestand mislukt of geweigerd is (een nieuw bestand wordt niet ingelezen; van een eerder
    ingelezen bestand blijft de vorige versie in gebruik) of als de nieuwe index niet is gepubliceerd (te veel
    passages of een landelijke dienst kwijt; --force publiceert toch). De rest van de index wordt wel bijgewerkt.
    """
    from assistant.errors import CorpusError, IndexError_
    from assistant.index.ingest import ingest as run_ingest

    settings = _settings(corpus_dir=corpus_dir, index_dir=index_dir)
    try:
        # Whatever a library print()s goes to stderr: --json output must stay pure JSON.
        with contextlib.redirect_stdout(sys.stderr):
            report = run_ingest(settings, progress=_progress_printer(), force=force)
    except (CorpusError, IndexError_) as exc:
        _fail(str(exc))
    if as_json:
        click.echo(json.dumps(report.model_dump(), ensure_ascii=False, indent=1))
    else:
        click.echo(report.render())
    sys.exit(1 if report.stale or report.failed or report.blocked else 0)


@cli.command()
@click.argument("question", required=False)
@click.option("--batch", type=click.File("r", encoding="utf-8"), help="JSONL-bestand met {id, question} per regel.")
@click.option("--index", "index_dir", type=click.Path(path_type=Path))
@click.option("--top-k", type=click.IntRange(1, 50))
@click.option("--kind", multiple=True, type=click.Choice(["plan", "sociale_kaart", "privacy", "other"]))
@click.option("--region", help="Regio (bijv. peelrand); landelijke bronnen blijven meedoen.")
@click.option("--municipality", "--gemeente", help="Gemeente, voor de sociale kaart.")
@click.option("--json", "as_json", is_flag=True)
def ask(
    question: str | None,
    batch: Any,
    index_dir: Path | None,
    top_k: int | None,
    kind: tuple[str, ...],
    region: str | None,
    municipality: str | None,
    as_json: bool,
) -> None:
    """Stel een vraag (of een batch vragen) en krijg een antwoord met bronnen."""
    from assistant.answering.plain import render_answer
    from assistant.errors import QuestionError

    if (question is None) == (batch is None):
        _fail('geef één vraag, of --batch BESTAND.jsonl. Voorbeeld: assistant ask "Wat is een TLV?"')
    settings = _settings(index_dir=index_dir)
    answerer = _open_answerer(settings)
    filters = _filters(kind, region, municipality)
    if batch is None:
        try:
            answer = answerer.ask(question or "", top_k=top_k, filters=filters)
        except QuestionError as exc:
            _fail(str(exc))
        if as_json:
            click.echo(json.dumps(answer.to_json_dict(), ensure_ascii=False))
        else:
            click.echo(render_answer(answer.to_json_dict()))
        return
    for number, line in enumerate(batch, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError
        except ValueError:
            click.echo(json.dumps({"line": number, "error": "regel is geen geldig JSON-object"}, ensure_ascii=False))
            continue
        try:
            answer = answerer.ask(str(item.get("question", "")), top_k=top_k, filters=filters, id=item.get("id"))
            out = answer.to_json_dict()
        except QuestionError as exc:
            out = {"id": item.get("id"), "question": item.get("question", ""), "error": str(exc)}
        click.echo(json.dumps(out, ensure_ascii=False) if as_json else render_answer(out))


@cli.command(name="check-corpus")
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True)
@click.option(
    "--accept-landelijk",
    is_flag=True,
    help="Bevestig de huidige sociale-kaart/landelijk.yaml (sha256 in _landelijk.sha256, vastgelegd in het auditlog).",
)
@click.option(
    "--accept-reviewed",
    is_flag=True,
    help="Leg vast dat een tweede persoon de huidige bestanden heeft nagelezen (sha256 in _gecontroleerd.sha256, in "
    "het auditlog): alleen die bestanden antwoorden onder een crisisblok.",
)
def check_corpus_cmd(corpus_dir: Path | None, as_json: bool, accept_landelijk: bool, accept_reviewed: bool) -> None:
    """Controleer alle corpusbestanden op het schema; stopt met code 1 bij fouten."""
    from assistant.corpus.check import check_corpus
    from assistant.corpus.protected import LANDELIJK
    from assistant.corpus.protected import accept_landelijk as accept
    from assistant.errors import CorpusError
    from assistant.index.reviewed import UNTRUSTED_NOTE, list_trusted
    from assistant.records.audit import cli_actor

    settings = _settings(corpus_dir=corpus_dir)
    if accept_landelijk:
        if not (Path(settings.corpus_dir) / LANDELIJK).is_file():
            _fail(f"{LANDELIJK} bestaat niet in '{settings.corpus_dir}'.")
        # Only a file without other errors can be confirmed: a protected number or a line called closed never can.
        wrong = [
            i for i in check_corpus(Path(settings.corpus_dir)).errors if i.file == LANDELIJK and i.field != "sha256"
        ]
        if wrong:
            _fail(f"{LANDELIJK} is niet bevestigd: " + " ".join(i.message for i in wrong[:3]) + " Herstel dit eerst.")
        digest = accept(Path(settings.corpus_dir), Path(settings.data_dir), cli_actor())
        click.echo(f"landelijk.yaml bevestigd (sha256 {digest[:12]}…); de vaste hulplijnnummers blijven gecontroleerd.")
    try:
        report = check_corpus(Path(settings.corpus_dir))
    except CorpusError as exc:
        _fail(str(exc))
    if accept_reviewed:
        from assistant.index.reviewed import accept_reviewed as record

        refused = {issue.file for issue in report.errors}  # a file with an error is never recorded as reviewed
        done, new = record(Path(settings.corpus_dir), Path(settings.data_dir), cli_actor(), refused)
        click.echo(f"{len(done)} bestanden vastgelegd als nagelezen; {len(refused)} met fouten overgeslagen.")
        click.echo("Nieuw of gewijzigd sinds de vorige keer: " + (", ".join(new) if new else "geen"))
    elif not list_trusted(Path(settings.corpus_dir), Path(settings.data_dir)):
        click.echo(f"LET OP  {UNTRUSTED_NOTE}")
    if as_json:
        click.echo(json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=1))
    else:
        click.echo(
            f"Plannen: {report.plans}  Diensten sociale kaart: {report.social_map_entries}  "
            f"Privacyonderwerpen: {report.privacy_topics}"
        )
        for issue in report.errors:
            click.echo(f"FOUT  {_where(issue)}{issue.message}")
        for issue in report.warnings:
            click.echo(f"LET OP  {_where(issue)}{issue.message}")
        if report.example_records:
            click.echo(f"LET OP  {report.example_note(settings.example_data)}")
        click.echo("Geen fouten gevonden." if report.ok() else f"{len(report.errors)} fout(en) gevonden.")
    sys.exit(0 if report.ok() else 1)


def _where(issue: Any) -> str:
    return f"{issue.file}: "  # the message itself names the row ("Rij 7 (wijkteam-asten): …")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Adres waarop de chat luistert.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Poort.")
def serve(host: str = "127.0.0.1", port: int = 8000) -> None:
    """Start de webchat (chainlit, zonder browser te openen) met POST /api/ask op dezelfde poort."""
    import os
    import secrets

    root = Path(__file__).resolve().parent.parent
    os.environ.setdefault("CHAINLIT_APP_ROOT", str(root))  # .chainlit/config.toml and chainlit.md live there
    # Login needs a signing secret; without one, sessions simply end when the server restarts.
    os.environ.setdefault("CHAINLIT_AUTH_SECRET", secrets.token_urlsafe(48))
    from chainlit.cli import run_chainlit
    from chainlit.config import config

    config.run.headless = True
    # uvicorn (started by run_chainlit) believes X-Forwarded-For only from these; by default it would trust
    # loopback, so anyone on the machine or behind an unlisted proxy could choose the address limits count.
    os.environ["FORWARDED_ALLOW_IPS"] = _settings().trusted_proxies.strip()
    os.environ["CHAINLIT_HOST"] = host
    os.environ["CHAINLIT_PORT"] = str(port)
    run_chainlit(str(root / "assistant" / "web" / "app.py"))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Resultaat als JSON.")
def purge(as_json: bool) -> None:
    """Pas de bewaartermijnen toe: oude feedback, auditmaanden en gearchiveerde documenten gaan weg."""
    from assistant.records.retention import purge as run_purge

    report = run_purge(_settings())
    click.echo(report.model_dump_json(indent=1) if as_json else report.render())


@cli.command()
@click.option("--verify", is_flag=True, help="Controleer alleen of het logboek ongeschonden is.")
@click.option("--json", "as_json", is_flag=True, help="Registraties als JSON-regels.")
def audit(verify: bool, as_json: bool) -> None:
    """Toon het auditlogboek van corpuswijzigingen (wie, wat, wanneer, hash van het bestand)."""
    from assistant.records.audit import AuditLog

    log = AuditLog(Path(_settings().data_dir))
    problems = log.verify()
    if not verify:
        for record in log.records():
            if as_json:
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                sha = (record.get("sha256") or "")[:12]
                click.echo(f"{record['time']}  {record['who']:<24} {record['action']:<22} {record['file']}  {sha}")
    for problem in problems:
        click.echo(f"Let op: {problem.file} regel {problem.line}: {problem.message}", err=True)
    if verify and not problems:
        click.echo(f"Auditlogboek in orde ({len(log.files())} maandbestanden).")
    sys.exit(1 if problems else 0)


for command in (eval_cmd, calibrate_refusal, bench, load):
    cli.add_command(command)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
