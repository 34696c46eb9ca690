"""The ``assistant`` command (ingest, ask, eval, bench, load, check-corpus, serve, purge, audit).

Output for people is Dutch; --json is for tools.
"""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from assistant.config import Settings, get_settings
from assistant.errors import WegwijsError


def _settings(**overrides: Any) -> Settings:
    return get_settings(**overrides)


class DutchError(click.ClickException):
    """A WegwijsError at the edge: its Dutch message on stderr and exit code 2 (click's own mechanism)."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"Fout: {self.format_message()}", err=True)


def _fail(message: str) -> NoReturn:
    raise DutchError(message)


class WegwijsGroup(click.Group):
    """Every command's expected problems (errors.WegwijsError) become a Dutch message, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except WegwijsError as exc:
            raise DutchError(str(exc)) from exc


def _open_answerer(settings: Settings) -> Any:
    """Load index and model once; a missing index is a message, not a traceback."""
    from assistant.answering.pipeline import Answerer
    from assistant.errors import IndexError_
    from assistant.search.retrieve import LoadedIndex

    try:
        return Answerer(LoadedIndex(settings))
    except IndexError_ as exc:
        _fail(str(exc))


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

    Stopt met code 1 als een eerder ingelezen bestand nu mislukt (de vorige versie blijft in gebruik) of als de
    nieuwe index niet is gepubliceerd (te veel passages of een landelijke dienst kwijt; --force publiceert toch).
    """
    from assistant.errors import CorpusError, IndexError_
    from assistant.index.ingest import ingest as run_ingest

    settings = _settings(corpus_dir=corpus_dir, index_dir=index_dir)
    try:
        # Whatever a library print()s goes to stderr: --json output must stay pure JSON.
        with contextlib.redirect_stdout(sys.stderr):
            report = run_ingest(settings, progress=lambda msg: click.echo(msg, err=True), force=force)
    except (CorpusError, IndexError_) as exc:
        _fail(str(exc))
    if as_json:
        click.echo(json.dumps(report.model_dump(), ensure_ascii=False, indent=1))
    else:
        click.echo(report.render())
    sys.exit(1 if report.stale or report.blocked else 0)


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


@cli.command(name="eval")
@click.option("--questions", type=click.Path(exists=True, path_type=Path), default=Path("tests/eval/questions.jsonl"))
@click.option("--index", "index_dir", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True)
@click.option("--details", is_flag=True, help="Toon per vraag wat er misging.")
@click.option("--llm", is_flag=True, help="Met het ingestelde taalmodel (ASSISTANT_LLM_URL): meet de controle.")
@click.option("--limit", type=click.IntRange(1), help="Alleen N vragen, gelijk verdeeld over het bestand.")
@click.option("--verifier", is_flag=True, help="Test de controle met vaste teksten (juist en fout geciteerd).")
@click.option(
    "--split",
    type=click.Choice(["A", "B"], case_sensitive=False),
    help='Alleen de vragen met dit "split"-veld (A om af te stellen, B om te toetsen).',
)
def eval_cmd(
    questions: Path,
    index_dir: Path | None,
    as_json: bool,
    details: bool,
    llm: bool,
    limit: int | None,
    verifier: bool,
    split: str | None,
) -> None:
    """Meet retrieval en weigeren op een evaluatieset (met --llm ook de controle van gegenereerde antwoorden)."""
    from assistant.tools.evaluate import evaluate, llm_figures, load_questions, render_llm, sample, verifier_check

    if verifier:
        answerer = _open_answerer(_settings(index_dir=index_dir))
        figures = verifier_check(answerer, sample(load_questions(questions, split), limit))
        click.echo(json.dumps(figures, ensure_ascii=False, indent=1))
        return
    settings = _settings(index_dir=index_dir, llm_backend="openai-like" if llm else None)
    asked = load_questions(questions, split)
    if not asked:
        _fail(f"Geen vragen in '{questions}'" + (f' met "split": "{split}".' if split else "."))
    result = evaluate(_open_answerer(settings), sample(asked, limit))
    if as_json:
        summary = result.summary()
        if llm:
            summary["llm"] = llm_figures(result)
        click.echo(json.dumps(summary, ensure_ascii=False, indent=1))
    else:
        click.echo(result.render(details=details))
        if llm:
            click.echo(render_llm(llm_figures(result)))


@cli.command()
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path), help="Map met brondocumenten.")
@click.option(
    "--index",
    "index_dir",
    type=click.Path(path_type=Path),
    help="Bouw de index hier (lege of nieuwe map; blijft staan), of hergebruik hem met --skip-ingest. "
    "Zonder: een tijdelijke map.",
)
@click.option("--skip-ingest", is_flag=True, help="Hergebruik de index uit --index; meet geen volledige opbouw.")
@click.option("--questions", type=click.Path(exists=True, path_type=Path), default=Path("tests/eval/questions.jsonl"))
@click.option("--quick", is_flag=True, help="Snel: 20 vragen en een synthetische index van 2.000 passages.")
@click.option("--scale", "scale_passages", type=click.IntRange(100, 1_000_000), help="Passages op schaal (100.000).")
@click.option("--cache-dir", type=click.Path(path_type=Path), help="Cache van de synthetische index (in /tmp).")
@click.option("--json", "as_json", is_flag=True)
def bench(
    corpus_dir: Path | None,
    index_dir: Path | None,
    skip_ingest: bool,
    questions: Path,
    quick: bool,
    scale_passages: int | None,
    cache_dir: Path | None,
    as_json: bool,
) -> None:
    """Meet kwaliteit (ook t.o.v. een kale vector-retriever), vraagtijd, ingest, geheugen en schaal in één run."""
    import tempfile

    from assistant.errors import CorpusError, IndexError_
    from assistant.index.store import IndexStore
    from assistant.tools import bench as b
    from assistant.tools import measure
    from assistant.tools.bench_report import render as render_bench
    from assistant.tools.evaluate import load_questions

    settings = _settings(corpus_dir=corpus_dir, index_dir=index_dir)
    asked = load_questions(questions)
    if quick:
        asked = asked[:: max(1, len(asked) // measure.QUICK_QUESTIONS)][: measure.QUICK_QUESTIONS]
    size = scale_passages or (measure.QUICK_SCALE_PASSAGES if quick else measure.SCALE_PASSAGES)
    cache = cache_dir or Path(tempfile.gettempdir()) / "wegwijs-bench"
    with tempfile.TemporaryDirectory(prefix="wegwijs-bench-") as scratch:
        # Embedded Chroma, extractive answers, and ingest's audit records go to scratch: no trace in data/.
        update: dict[str, Any] = {"chroma_url": None, "data_dir": Path(scratch) / "data"}
        if "llm_backend" in Settings.model_fields:
            update["llm_backend"] = "none"
        if not skip_ingest and index_dir is None:
            update["index_dir"] = Path(scratch) / "index"
        settings = settings.model_copy(update=update)
        current = IndexStore(settings).current_id()
        if skip_ingest and current is None:
            _fail(f"Er is geen index in '{settings.index_dir}' om te hergebruiken. Laat --skip-ingest weg.")
        if not skip_ingest and current is not None:
            _fail(f"'{settings.index_dir}' bevat al een index: gebruik --skip-ingest, of een lege map.")
        try:
            result = b.run_bench(
                settings,
                asked,
                build=not skip_ingest,
                scale_passages=size,
                cache_dir=cache,
                progress=lambda msg: click.echo(msg, err=True),
            )
        except (CorpusError, IndexError_) as exc:
            _fail(str(exc))
    click.echo(json.dumps(result, ensure_ascii=False, indent=1) if as_json else render_bench(result))


@cli.command()
@click.option("--url", default="http://127.0.0.1:8000", show_default=True, help="`assistant serve` op deze machine.")
@click.option("--clients", type=click.IntRange(1, 200), default=20, show_default=True, help="Gelijktijdige clients.")
@click.option("--requests", "total", type=click.IntRange(1, 10_000), default=100, show_default=True, help="Vragen.")
@click.option("--max-seconds", type=click.FloatRange(1, 600), default=120, show_default=True, help="Tijdslimiet.")
@click.option("--questions", type=click.Path(exists=True, path_type=Path), default=Path("tests/eval/questions.jsonl"))
@click.option("--json", "as_json", is_flag=True)
def load(url: str, clients: int, total: int, max_seconds: float, questions: Path, as_json: bool) -> None:
    """Belastingtest: gelijktijdige clients stellen vragen aan POST /api/ask; code 1 bij fouten."""
    from assistant.tools.evaluate import load_questions
    from assistant.tools.load import NotLoopback, render_load, run_load

    asked = [q.question for q in load_questions(questions)]
    try:
        result = run_load(url, asked, clients=clients, requests=total, max_seconds=max_seconds)
    except NotLoopback as exc:
        _fail(str(exc))
    click.echo(json.dumps(result, ensure_ascii=False, indent=1) if as_json else render_load(result))
    sys.exit(1 if result["errors"] else 0)


@cli.command(name="check-corpus")
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True)
@click.option(
    "--accept-landelijk",
    is_flag=True,
    help="Bevestig de huidige sociale-kaart/landelijk.yaml (sha256 in _landelijk.sha256, vastgelegd in het auditlog).",
)
def check_corpus_cmd(corpus_dir: Path | None, as_json: bool, accept_landelijk: bool) -> None:
    """Controleer alle corpusbestanden op het schema; stopt met code 1 bij fouten."""
    from assistant.corpus.check import check_corpus
    from assistant.corpus.protected import LANDELIJK
    from assistant.corpus.protected import accept_landelijk as accept
    from assistant.errors import CorpusError
    from assistant.records.audit import cli_actor

    settings = _settings(corpus_dir=corpus_dir)
    if accept_landelijk:
        if not (Path(settings.corpus_dir) / LANDELIJK).is_file():
            _fail(f"{LANDELIJK} bestaat niet in '{settings.corpus_dir}'.")
        digest = accept(Path(settings.corpus_dir), Path(settings.data_dir), cli_actor())
        click.echo(f"landelijk.yaml bevestigd (sha256 {digest[:12]}…); de vaste hulplijnnummers blijven gecontroleerd.")
    try:
        report = check_corpus(Path(settings.corpus_dir))
    except CorpusError as exc:
        _fail(str(exc))
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


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
