"""Issue 18, finding 2: a file that breaks never takes its last good version out of the index."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.config import Settings
from assistant.index.ingest import ingest
from assistant.index.store import IndexStore
from tests.helpers import FIXTURES, env_for, make_pdf

LANDELIJK = Path(__file__).parent.parent.parent / "corpus" / "sociale-kaart" / "landelijk.yaml"


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Settings, Path]:
    """The mini corpus, the national services and a PDF, built once for real."""
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "mini_corpus", corpus)
    shutil.copy(LANDELIJK, corpus / "sociale-kaart" / "landelijk.yaml")
    # The national file now carries Veilig Thuis: the mini corpus's own national card would take its id.
    services = corpus / "sociale-kaart" / "diensten.yaml"
    text = services.read_text(encoding="utf-8")
    services.write_text("services:\n" + text[text.index("  - id: wijkteam-helmond") :], encoding="utf-8")
    make_pdf(
        corpus / "plannen" / "thuiszitters.pdf",
        ["Aanpak thuiszitters", "Een leerling die vier weken thuis zit, bespreken we in het thuiszittersoverleg."],
    )
    (corpus / "plannen" / "thuiszitters.pdf.meta.yaml").write_text(
        "title: Aanpak thuiszitters\nkind: plan\nregion: peelrand\ndate: 2026-03-01\n", encoding="utf-8"
    )
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    report = ingest(settings)
    assert report.build_id and not report.failed, report.render()
    return settings, corpus


def _service_ids(settings: Settings) -> set[str]:
    store = IndexStore(settings)
    return {str(r["metadata"].get("service_id")) for r in store.read_nodes(str(store.current_id()))}


def _docs(settings: Settings) -> set[str]:
    store = IndexStore(settings)
    return {str(r["metadata"].get("doc")) for r in store.read_nodes(str(store.current_id()))}


def test_broken_files_keep_their_previous_passages(setup: tuple[Settings, Path]) -> None:
    settings, corpus = setup
    docs_before = _docs(settings)
    landelijk = corpus / "sociale-kaart" / "landelijk.yaml"
    landelijk.write_text(landelijk.read_text(encoding="utf-8").replace("  - id: veilig-thuis", "  - id: [veilig"))
    pdf = corpus / "plannen" / "thuiszitters.pdf"
    pdf.write_bytes(pdf.read_bytes()[: pdf.stat().st_size // 2])
    (corpus / "privacy" / "toestemming.md").write_bytes(b"\xff\xfe kapot \x80\x81")
    (corpus / "plannen" / "plan-peelrand.md").write_text("", encoding="utf-8")

    result = CliRunner().invoke(cli, ["ingest"], env=env_for(settings))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    for rel in ("sociale-kaart/landelijk.yaml", "plannen/thuiszitters.pdf", "privacy/toestemming.md"):
        assert f"Verouderd: {rel} (vorige versie blijft in gebruik: " in result.output, result.output
    assert "Verouderd: plannen/plan-peelrand.md (vorige versie blijft in gebruik: bestand is leeg" in result.output
    assert "%%EOF" in result.output  # the truncated PDF is named as such

    # The new build is served and still holds every passage of the broken files.
    assert _docs(settings) == docs_before
    assert {"veilig-thuis", "kindertelefoon", "113-zelfmoordpreventie"} <= _service_ids(settings)
    audit = [json.loads(x) for f in (settings.data_dir / "audit").glob("*.jsonl") for x in f.read_text().splitlines()]
    assert {r["file"] for r in audit if r["action"] == "verouderd"} >= {"sociale-kaart/landelijk.yaml"}

    # Still broken next time: still the previous version, still exit 1, nothing lost.
    again = CliRunner().invoke(cli, ["ingest"], env=env_for(settings))
    assert again.exit_code == 1 and "Verouderd: sociale-kaart/landelijk.yaml" in again.output, again.output
    assert {"veilig-thuis", "kindertelefoon"} <= _service_ids(settings)


def test_big_loss_or_national_service_needs_force(setup: tuple[Settings, Path]) -> None:
    settings, corpus = setup
    store = IndexStore(settings)
    first = store.current_id()
    (corpus / "sociale-kaart" / "landelijk.yaml").unlink()

    result = CliRunner().invoke(cli, ["ingest"], env=env_for(settings))
    assert result.exit_code == 1 and "Niet gepubliceerd" in result.output, result.output
    assert "kindertelefoon" in result.output and "--force" in result.output
    assert store.current_id() == first  # the old build still serves

    forced = CliRunner().invoke(cli, ["ingest", "--force"], env=env_for(settings))
    assert forced.exit_code == 0, forced.output
    assert store.current_id() != first and "kindertelefoon" not in _service_ids(settings)


def test_retired_files_are_a_decision_not_a_loss(setup: tuple[Settings, Path]) -> None:
    """/verwijder archives the file first: that removal publishes; the same file simply gone does not."""
    from assistant.corpus.admin import retire

    settings, corpus = setup
    settings = settings.model_copy(update={"ingest_max_loss": 0.01})
    store = IndexStore(settings)
    first = store.current_id()
    plan = corpus / "plannen" / "plan-peelrand.md"
    kept = plan.read_bytes()
    plan.unlink()
    blocked = ingest(settings)
    assert blocked.blocked and "--force" in blocked.blocked and store.current_id() == first

    plan.write_bytes(kept)
    retire(corpus, settings.data_dir, "plannen/plan-peelrand.md")
    report = ingest(settings)
    assert report.blocked is None and report.removed == ["plannen/plan-peelrand.md"]
    assert store.current_id() != first
