"""A chat process follows builds made by another process, and keeps serving when a new build cannot be loaded."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from assistant.index.ingest import ingest
from assistant.index.store import CURRENT, MANIFEST, IndexStore
from assistant.search.filters import Filters
from assistant.search.retrieve import LoadedIndex
from assistant.serving import Engine
from tests.helpers import FIXTURES, env_for, ingest_elsewhere, settings_for

SUMMER = (
    "\n## Zomerschool\n\nIn de zomervakantie is er een zomerschool voor leerlingen met een taalachterstand. "
    "De zomerschool duurt drie weken en is gratis.\n"
)
QUESTION = "Is er een zomerschool in de zomervakantie?"


def mini(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "mini_corpus", corpus)
    return corpus


def add_to_plan(corpus: Path, section: str = SUMMER) -> None:
    plan = corpus / "plannen" / "plan-peelrand.md"
    plan.write_text(plan.read_text(encoding="utf-8") + section, encoding="utf-8")


def wait_for_build(engine: Engine, build_id: str, seconds: float = 120) -> None:
    """Questions keep coming while the new build loads; every one of them is answered."""
    deadline = time.monotonic() + seconds
    while engine.status().build_id != build_id:
        assert time.monotonic() < deadline, f"still serving {engine.status().build_id}, not {build_id}"
        assert engine.ask("Wat is een TLV?", Filters()).sources
        time.sleep(0.2)


def test_a_chat_process_follows_an_ingest_run_elsewhere(tmp_path: Path) -> None:
    corpus = mini(tmp_path)
    settings = settings_for(corpus, tmp_path / "index", data_dir=tmp_path / "data", follow_index_s=0.0)
    first = ingest(settings).build_id
    engine = Engine(settings)
    before = engine.ask(QUESTION, Filters())
    assert engine.status().build_id == first
    assert "zomerschool" not in before.answer.lower()

    add_to_plan(corpus)
    ingest_elsewhere(env_for(settings))
    second = IndexStore(settings).current_id()
    assert second and second != first

    # The next question still gets an answer at once (from the old build) and starts loading the new one.
    assert engine.ask("Wat is een TLV?", Filters()).sources
    wait_for_build(engine, second)
    after = engine.ask(QUESTION, Filters())
    assert not after.refused and "zomerschool" in after.answer.lower()
    assert after.sources[0].doc == "plannen/plan-peelrand.md"
    status = engine.status().to_json_dict()
    assert status["build_id"] == second and status["up_to_date"] and status["loading"] is None


def test_a_build_that_cannot_be_loaded_leaves_the_old_one_serving(tmp_path: Path) -> None:
    corpus = mini(tmp_path)
    settings = settings_for(corpus, tmp_path / "index", data_dir=tmp_path / "data", follow_index_s=0.0)
    first = ingest(settings).build_id
    assert first
    engine = Engine(settings)
    expected = engine.ask(QUESTION, Filters())

    # A build that says it is complete but whose vectors are gone (a disk that lost them, a bad copy).
    store = IndexStore(settings)
    broken = "29990101T000000-1-1"
    shutil.copytree(store.build_dir(first), store.build_dir(broken))
    shutil.rmtree(store.build_dir(broken) / "chroma")
    manifest = store.manifest(first).model_copy(update={"build_id": broken})
    (store.build_dir(broken) / MANIFEST).write_text(manifest.model_dump_json(), encoding="utf-8")
    (Path(settings.index_dir) / CURRENT).write_text(broken + "\n", encoding="utf-8")

    engine.follow()
    deadline = time.monotonic() + 60
    while engine.status().loading:
        assert time.monotonic() < deadline
        time.sleep(0.1)
    assert engine.status().build_id == first
    again = engine.ask(QUESTION, Filters())
    assert [s.doc for s in again.sources] == [s.doc for s in expected.sources] and again.answer == expected.answer
    status = engine.status()
    assert status.current_on_disk == broken and not status.to_json_dict()["up_to_date"]
    engine.follow()
    assert engine.status().loading is None  # a build that failed is not retried on every question

    # The coordinator's next ingest says so, embeds everything again instead of reusing lost vectors, and the
    # process follows.
    add_to_plan(corpus)
    repaired = ingest(settings)
    third = repaired.build_id
    assert third and third != broken
    assert repaired.embedded == repaired.passages > 0
    assert any("niet bruikbaar" in w and "opnieuw ingebed" in w for w in repaired.warnings), repaired.warnings
    assert "niet bruikbaar" in repaired.render()
    engine.follow()
    wait_for_build(engine, third)
    assert "zomerschool" in engine.ask(QUESTION, Filters()).answer.lower()


def test_an_upload_in_this_process_serves_its_build_at_once(tmp_path: Path) -> None:
    corpus = mini(tmp_path)
    settings = settings_for(corpus, tmp_path / "index", data_dir=tmp_path / "data", follow_index_s=0.0)
    first = ingest(settings).build_id
    engine = Engine(settings)
    assert engine.status().build_id is None and engine.status().passages == 0  # loaded at the first question
    engine.ask("Wat is een TLV?", Filters())
    assert engine.status().build_id == first
    add_to_plan(corpus)
    report = engine.update_index(actor="coordinator")
    assert report.build_id and report.build_id != first and report.changed == ["plannen/plan-peelrand.md"]
    # No waiting: the next question is answered from the new build, and nothing is left loading.
    assert engine.status().build_id == report.build_id
    assert "zomerschool" in engine.ask(QUESTION, Filters()).answer.lower()
    status = engine.status()
    assert status.loading is None and status.to_json_dict()["up_to_date"] and status.passages == report.passages


def test_an_unpublished_or_broken_regions_file_keeps_the_served_regions(tmp_path: Path) -> None:
    """Red team B10: deleting a region from _regios.yaml (or breaking the file) turned every question about it into
    a 400 at once, before any build. The regions offered are those the serving index was built with."""
    corpus = mini(tmp_path)
    settings = settings_for(corpus, tmp_path / "index", data_dir=tmp_path / "data")
    ingest(settings)
    engine = Engine(settings)
    engine.ask("Wat is een TLV?", Filters())
    served = engine.regions()
    assert "peelrand" in served and served["peelrand"].municipalities

    regions_file = corpus / "_regios.yaml"
    regions_file.write_text("regions: [\n", encoding="utf-8")  # broken
    assert engine.regions() == served
    regions_file.write_text("regions: []\n", encoding="utf-8")  # every region removed, not yet published
    assert engine.regions() == served

    # Published anyway: the documents of the region are still served, so the region stays, with a warning.
    regions_file.write_text(
        'regions:\n  - id: rivierenland\n    name: "Rivierenland"\n    municipalities: [Tiel]\n', encoding="utf-8"
    )
    report = ingest(settings)
    assert any("peelrand" in w and "_regios.yaml" in w for w in report.warnings), report.warnings
    engine.reload()
    assert set(engine.regions()) == {"peelrand", "rivierenland"}


def test_villages_of_the_regions_file_travel_with_the_build(tmp_path: Path) -> None:
    corpus = mini(tmp_path)
    regions_file = corpus / "_regios.yaml"
    regions_file.write_text(
        regions_file.read_text(encoding="utf-8").replace(
            "    municipalities: [Helmond, Deurne]\n",
            "    municipalities: [Helmond, Deurne]\n    places:\n      Helmond: [Stiphout]\n",
        ),
        encoding="utf-8",
    )
    settings = settings_for(corpus, tmp_path / "index", data_dir=tmp_path / "data")
    ingest(settings)
    index = LoadedIndex(settings)
    assert index.manifest.places == {"Stiphout": "Helmond"}
    assert index.filters_for(None, "wij wonen in Stiphout, waar is een wijkteam?").municipality == "Helmond"
