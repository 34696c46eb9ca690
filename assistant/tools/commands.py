"""The measuring commands of ``assistant``: eval, calibrate-refusal, bench and load (registered in cli.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from assistant.config import Settings
from assistant.edge import fail as _fail
from assistant.edge import open_answerer as _open_answerer
from assistant.edge import progress_printer as _progress_printer
from assistant.edge import settings_from as _settings


@click.command(name="eval")
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


@click.command(name="calibrate-refusal")
@click.option("--fit", "fit_on", multiple=True, required=True, metavar="INDEX:VRAGEN[:SPLIT]", help="Fit hierop.")
@click.option("--check", "check_on", multiple=True, metavar="INDEX:VRAGEN[:SPLIT]", help="Meet hierop (apart).")
@click.option("--max-false-refusal", type=click.FloatRange(0.0, 0.5), default=0.08, show_default=True)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    help="Modelbestand (standaard: het meegeleverde voor dit inbeddingsmodel).",
)
def calibrate_refusal(
    fit_on: tuple[str, ...], check_on: tuple[str, ...], max_false_refusal: float, out: Path | None
) -> None:
    """Stel het weigermodel af op vragensets met hun index, en meet het op andere sets."""
    from assistant.answering.refusal import packaged_for
    from assistant.tools.calibrate import QuestionSet, calibrate

    settings = _settings()
    model = calibrate(
        settings,
        [QuestionSet.parse(t) for t in fit_on],
        [QuestionSet.parse(t) for t in check_on],
        max_false_refusal,
    )
    model.write(out or packaged_for(model.embed_model))
    click.echo(json.dumps({"threshold": model.threshold, **model.measured}, ensure_ascii=False, indent=1))


@click.command()
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
                progress=_progress_printer(),
            )
        except (CorpusError, IndexError_) as exc:
            _fail(str(exc))
    click.echo(json.dumps(result, ensure_ascii=False, indent=1) if as_json else render_bench(result))


@click.command()
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
