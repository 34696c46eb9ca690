"""The engine on a small real corpus: real embedding model, real Chroma, real readers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from assistant.answering.pipeline import Answerer
from assistant.errors import QuestionError
from assistant.index.ingest import ingest
from assistant.index.sentences import answer_units
from assistant.index.store import IndexStore
from assistant.search.filters import Filters
from assistant.search.retrieve import LoadedIndex
from assistant.text import merge_overlap
from tests.helpers import settings_for

ASSISTANT = [sys.executable, "-m", "assistant.cli"]
ROOT = Path(__file__).resolve().parent.parent.parent
TLV = "Hoe lang duurt het voordat er een besluit is over de TLV?"


def ask(settings, question: str, **kw):
    return Answerer(LoadedIndex(settings)).ask(question, **kw)


def test_ingest_reads_every_format_and_reports_broken_files(corpus: Path, tmp_path: Path) -> None:
    settings = settings_for(corpus, tmp_path / "index")
    report = ingest(settings)

    assert set(report.failed) == {"overig/kapot.pdf", "overig/leeg.md", "overig/latin1.txt"}
    assert "beschadigd" in report.failed["overig/kapot.pdf"]
    assert report.failed["overig/leeg.md"] == "bestand is leeg"
    assert "UTF-8" in report.failed["overig/latin1.txt"]
    assert any("kapotte-rij" in p and "access" in p for p in report.row_problems)
    manifest = IndexStore(settings).require_current()
    assert set(manifest.files) == {
        "plannen/plan-peelrand.md",
        "plannen/thuiszitters.pdf",
        "privacy/toestemming.md",
        "sociale-kaart/diensten.yaml",
        "overig/info.html",
        "overig/zwemles.docx",
    }
    assert len(manifest.files["sociale-kaart/diensten.yaml"].node_ids) == 3  # one per valid service
    text = report.render()
    assert "Mislukt: 3" in text and "kapot.pdf" in text


def test_metadata_on_every_passage(corpus: Path, tmp_path: Path) -> None:
    settings = settings_for(corpus, tmp_path / "index")
    ingest(settings)
    index = LoadedIndex(settings)
    by_doc: dict[str, list[dict]] = {}
    for row in index.rows.values():
        by_doc.setdefault(row["metadata"]["doc"], []).append(row["metadata"])
    plan = by_doc["plannen/plan-peelrand.md"]
    assert {m["kind"] for m in plan} == {"plan"}
    assert {m["region"] for m in plan} == {"peelrand"}
    assert {m["date"] for m in plan} == {"2026-01-15"}
    assert "Ondersteuningsplan De Peelrand > Toelaatbaarheidsverklaring (TLV)" in {m["heading"] for m in plan}
    pdf = by_doc["plannen/thuiszitters.pdf"][0]
    assert (pdf["title"], pdf["kind"], pdf["region"]) == ("Aanpak thuiszitters", "plan", "peelrand")
    html = by_doc["overig/info.html"][0]
    assert (html["title"], html["kind"]) == ("Huiswerkklas in de bibliotheek", "other")
    service = next(m for m in by_doc["sociale-kaart/diensten.yaml"] if m["service_id"] == "wijkteam-helmond")
    assert (service["kind"], service["municipality"], service["region"]) == ("sociale_kaart", "Helmond", "peelrand")


def test_unchanged_corpus_embeds_nothing_and_keeps_the_build(corpus: Path, tmp_path: Path) -> None:
    settings = settings_for(corpus, tmp_path / "index")
    first = ingest(settings)
    assert first.embedded > 0
    again = ingest(settings)
    assert again.embedded == 0
    assert again.build_id is None and not again.has_changes
    assert IndexStore(settings).current_id() == first.build_id
    assert set(again.failed) == set(first.failed)  # broken files are still reported


def test_changed_file_is_reembedded_alone_and_deleted_file_disappears(corpus: Path, tmp_path: Path) -> None:
    settings = settings_for(corpus, tmp_path / "index")
    ingest(settings)
    plan = corpus / "plannen" / "plan-peelrand.md"
    plan.write_text(
        plan.read_text(encoding="utf-8") + "\n## Zomerschool\n\nIn de zomervakantie is er een zomerschool voor "
        "leerlingen met een taalachterstand.\n",
        encoding="utf-8",
    )
    (corpus / "overig" / "info.html").unlink()
    report = ingest(settings)
    assert report.changed == ["plannen/plan-peelrand.md"]
    assert report.removed == ["overig/info.html"]
    manifest = IndexStore(settings).require_current()
    assert report.embedded == len(manifest.files["plannen/plan-peelrand.md"].node_ids)

    answer = ask(settings, "Is er een zomerschool voor kinderen met een taalachterstand?")
    assert answer.sources[0].doc == "plannen/plan-peelrand.md"
    assert "zomerschool" in answer.answer
    gone = ask(settings, "huiswerkklas in de bibliotheek op woensdagmiddag", top_k=10)
    assert all(s.doc != "overig/info.html" for s in gone.sources)


def test_changed_embedding_recipe_rebuilds_everything(corpus: Path, tmp_path: Path) -> None:
    first = ingest(settings_for(corpus, tmp_path / "index"))
    report = ingest(settings_for(corpus, tmp_path / "index", chunk_size=200))
    assert report.embedded == first.embedded or report.embedded > 0
    assert report.unchanged == 0


BULK_FILES = 20


def test_killed_ingest_leaves_previous_index_serving(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    settings = settings_for(corpus, index_dir)
    ingest(settings)
    question = "Wie beslist over een toelaatbaarheidsverklaring?"
    before = ask(settings, question).to_json_dict()
    build_before = IndexStore(settings).current_id()

    # Enough new text that embedding takes a while, then kill -9 while the new build is staged.
    bulk = corpus / "plannen" / "bulk"
    bulk.mkdir()
    for i in range(BULK_FILES):  # embedding starts after the build is staged and takes seconds: time to kill it
        (bulk / f"deel-{i:03d}.md").write_text(
            f"---\ntitle: Deel {i}\nkind: plan\ndate: 2026-01-01\n---\n# Deel {i}\n\n"
            + " ".join(f"Zin {j} over onderwerp {i} en begeleiding op school." for j in range(30)),
            encoding="utf-8",
        )
    env = {**os.environ, "ASSISTANT_CORPUS_DIR": str(corpus), "ASSISTANT_INDEX_DIR": str(index_dir)}
    proc = subprocess.Popen([*ASSISTANT, "ingest"], env=env, cwd=ROOT, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and not list((index_dir / "builds").glob(".staging-*")):
        assert proc.poll() is None, "ingest finished before it could be interrupted"
        time.sleep(0.02)
    time.sleep(0.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    assert list((index_dir / "builds").glob(".staging-*")), "the kill should have hit a staged build"
    assert IndexStore(settings).current_id() == build_before
    after = ask(settings, question).to_json_dict()
    assert [s["doc"] for s in after["sources"]] == [s["doc"] for s in before["sources"]]
    assert after["answer"] == before["answer"]

    # The next ingest cleans up and completes.
    report = ingest(settings)
    assert len(report.added) == BULK_FILES
    assert not list((index_dir / "builds").glob(".staging-*"))


def test_filters_by_region_and_kind(corpus: Path, tmp_path: Path) -> None:
    settings = settings_for(corpus, tmp_path / "index")
    ingest(settings)
    index = LoadedIndex(settings)
    answerer = Answerer(index)
    tiel = answerer.ask("wijkteam voor opvoedvragen", filters=Filters(region="rivierenland"), top_k=10)
    regions = {s.region for s in tiel.sources}
    assert "peelrand" not in regions and "rivierenland" in regions
    only_map = answerer.ask("wijkteam", filters=Filters(kinds=["sociale_kaart"]), top_k=10)
    assert only_map.sources and {s.kind for s in only_map.sources} == {"sociale_kaart"}
    helmond = answerer.ask("wijkteam", filters=Filters(municipality="Helmond", kinds=["sociale_kaart"]), top_k=10)
    assert {s.service_id for s in helmond.sources} == {"wijkteam-helmond", "veilig-thuis"}


def test_a_region_deployment_never_shows_another_regions_services(corpus: Path, tmp_path: Path) -> None:
    """ASSISTANT_REGION makes one samenwerkingsverband a tenant: its own sources plus national ones, whatever asked."""
    ingest(settings_for(corpus, tmp_path / "index"))
    answerer = Answerer(LoadedIndex(settings_for(corpus, tmp_path / "index", region="rivierenland")))
    for question, filters in [
        ("wijkteam voor opvoedvragen", None),
        ("wijkteam voor opvoedvragen in Helmond", None),  # a place elsewhere does not leave the tenant
        ("wijkteam", Filters(region="peelrand")),
        ("wijkteam", Filters(municipality="Helmond")),
    ]:
        answer = answerer.ask(question, filters=filters, top_k=10)
        regions = {s.region for s in answer.sources}
        assert "peelrand" not in regions, (question, regions)
        assert {"rivierenland", "landelijk"} & regions
    tiel = answerer.ask("wijkteam", filters=Filters(municipality="Tiel", kinds=["sociale_kaart"]), top_k=10)
    assert {s.service_id for s in tiel.sources} == {"wijkteam-tiel", "veilig-thuis"}


def test_answer_is_extractive_and_cited(corpus: Path, tmp_path: Path) -> None:
    settings = settings_for(corpus, tmp_path / "index")
    ingest(settings)
    answer = ask(settings, "Hoe lang duurt het voordat er een besluit is over de TLV?")
    assert not answer.refused
    assert answer.sources[0].doc == "plannen/plan-peelrand.md"
    assert "zes weken" in answer.answer
    # every sentence is copied from the cited source's document (a whole sentence may run on into the passage next
    # to the cited one; hard-wrapped lines are joined and Markdown emphasis dropped)
    rows = LoadedIndex(settings).rows
    for sentence, number in _cited(answer.answer):
        doc = answer.sources[number - 1].doc
        document = ""
        for node_id in sorted(i for i, row in rows.items() if row["metadata"]["doc"] == doc):
            document = merge_overlap(document, rows[node_id]["text"]) if document else rows[node_id]["text"]
        assert _flat(sentence) in _flat(document.replace("**", "")), sentence


def test_refuses_what_the_sources_do_not_cover(corpus: Path, tmp_path: Path) -> None:
    settings = settings_for(corpus, tmp_path / "index")
    ingest(settings)
    answer = ask(settings, "Hoeveel belasting betaal ik over mijn spaarrekening in box 3?")
    assert answer.refused
    assert "niet in de bronnen" in answer.answer
    # taxes are outside every source: the Belastingdienst, not the desks for school and youth care
    assert "Belastingdienst" in answer.answer and "Veilig Thuis" not in answer.answer
    answer = ask(settings, "Hoeveel kost een nieuwe fiets voor de verjaardag van mijn dochter?")
    assert answer.refused
    assert "Veilig Thuis" in answer.answer  # a referral taken from the social map (informatie-en-advies)


def test_a_refusal_names_the_services_that_fit_the_topic(corpus: Path, tmp_path: Path) -> None:
    """Issue 16: not the same fixed list for every refusal. Services whose own description holds the question's
    telling words come first (in the reader's region and the country only); the general ones fill up to three."""
    settings = settings_for(corpus, tmp_path / "index")
    ingest(settings)
    extractor = Answerer(LoadedIndex(settings)).extractor
    money = extractor.evidence.stems("wie helpt ons met geld en schulden?")
    assert extractor.topical_referrals(Filters(region="peelrand"), money) == ["Wijkteam Helmond (0492-012345)"]
    assert extractor.topical_referrals(Filters(region="rivierenland"), money) == []  # Helmond is another region
    assert extractor.topical_referrals(None, extractor.evidence.stems("asdfgh qwerty")) == []
    text = extractor.refusal(Filters(region="peelrand"), money)
    assert "Voor deze vraag kunt u terecht bij:" in text
    assert text.index("Wijkteam Helmond") < text.index("Veilig Thuis")  # the fitting one first, then the general
    assert "Voor vragen over school" in extractor.refusal(None, extractor.evidence.stems("asdfgh qwerty"))


def test_a_word_budget_shortens_the_parents_answer_only(corpus: Path, tmp_path: Path) -> None:
    settings = settings_for(corpus, tmp_path / "index").model_copy(update={"answer_max_words": 8})
    ingest(settings)
    answerer = Answerer(LoadedIndex(settings))
    parent = answerer.ask(TLV, audience="ouder").answer
    professional = answerer.ask(TLV, audience="professional").answer
    assert parent.count("[") == 1 and professional.count("[") > 1  # the best sentence always, more only in budget
    assert parent.split(" [")[0] in professional


def test_an_english_question_gets_a_note_and_the_dutch_answer(corpus: Path, tmp_path: Path) -> None:
    settings = settings_for(corpus, tmp_path / "index")
    ingest(settings)
    answerer = Answerer(LoadedIndex(settings))
    english = answerer.ask("How long does it take before there is a decision about the TLV?")
    assert english.answer.startswith("*Wegwijs works in Dutch")  # the note in English (answering/english.py)
    assert "andere-taal" in english.notices and "Wegwijs werkt in het Nederlands" in english.answer
    assert not english.refused and "zes weken" in english.answer  # the Dutch answer follows the note
    dutch = answerer.ask(TLV)
    assert "andere-taal" not in dutch.notices and "Wegwijs works in Dutch" not in dutch.answer


def test_the_refusal_model_decides_and_the_cosine_is_the_fallback(corpus: Path, tmp_path: Path) -> None:
    settings = settings_for(corpus, tmp_path / "index")
    ingest(settings)
    answerer = Answerer(LoadedIndex(settings))
    answered = answerer.ask(TLV)
    assert answered.support is not None and answered.support >= answerer.evidence.refusal_model.threshold
    off_topic = answerer.ask("Wat is de hoofdstad van Australië?")
    assert off_topic.refused and off_topic.support is not None
    cosine = Answerer(LoadedIndex(settings.model_copy(update={"refusal": "cosine"})))
    assert cosine.evidence.refusal_model is None and cosine.ask(TLV).support is None


def test_bad_questions_get_dutch_messages(corpus: Path, tmp_path: Path) -> None:
    settings = settings_for(corpus, tmp_path / "index")
    ingest(settings)
    answerer = Answerer(LoadedIndex(settings))
    with pytest.raises(QuestionError, match="Stel een vraag"):
        answerer.ask("   ")
    with pytest.raises(QuestionError, match="te lang"):
        answerer.ask("help " * 5000)


def test_cli_json_contract_batch_and_errors(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    run = lambda *args: subprocess.run([*ASSISTANT, *args], capture_output=True, text=True, cwd=ROOT)  # noqa: E731
    done = run("ingest", "--corpus", str(corpus), "--index", str(index_dir))
    # Three files fail: the other six are indexed and published, and the exit code says something failed.
    assert done.returncode == 1, done.stderr
    assert "Toegevoegd: 6" in done.stdout and "Mislukt: 3" in done.stdout
    # Progress goes to stderr (a line in a log, a redrawn bar on a terminal): documents, passages, rate.
    assert "Passages inbedden: 0 van " in done.stderr and ", documenten 6 van 6 · " in done.stderr
    assert "Zinnen voor de antwoorden inbedden: " in done.stderr

    one = run("ask", "Wie geeft toestemming bij een kind van 10?", "--index", str(index_dir), "--json")
    assert one.returncode == 0, one.stderr
    data = json.loads(one.stdout)
    assert set(data) == {"question", "answer", "refused", "sources", "timings_ms"}
    assert data["refused"] is False
    assert {"doc", "title", "kind", "text", "score"} <= set(data["sources"][0])
    assert set(data["timings_ms"]) == {"retrieve", "answer", "total"}
    scores = [s["score"] for s in data["sources"]]
    assert scores == sorted(scores, reverse=True)

    batch = tmp_path / "q.jsonl"
    batch.write_text(
        '{"id": "a", "question": "Wat doet Veilig Thuis?"}\n{"id": 7, "question": ""}\nkapot\n'
        '{"id": "c", "question": "Wanneer is de huiswerkklas?"}\n',
        encoding="utf-8",
    )
    out = run("ask", "--batch", str(batch), "--index", str(index_dir), "--json")
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [line.get("id") for line in lines] == ["a", 7, None, "c"]
    assert "error" in lines[1] and lines[2]["error"] == "regel is geen geldig JSON-object"
    assert lines[0]["sources"][0]["title"] == "Veilig Thuis"

    missing = run("ask", "hallo", "--index", str(tmp_path / "nergens"))
    assert missing.returncode == 2
    assert "Er is nog geen index" in missing.stderr and "Traceback" not in missing.stderr


def _flat(text: str) -> str:
    return " ".join(text.split())


def _cited(answer: str) -> list[tuple[str, int]]:
    import re

    return [(m.group(1).strip(), int(m.group(2))) for m in re.finditer(r"(.+?)\s\[(\d+)\]", answer)]


def test_exact_dense_search_is_brute_force_and_the_hnsw_path_agrees(corpus: Path, tmp_path: Path) -> None:
    settings = settings_for(corpus, tmp_path / "index")
    ingest(settings)
    exact = LoadedIndex(settings)
    assert exact.vectors is not None and len(exact.vector_ids) == exact.collection.count()
    question = "Hoe lang duurt het voordat er een besluit is over de TLV?"
    q = exact.query_embedding(question)
    got = exact.exact_dense(q, Filters(), 5)
    # brute force by hand over what Chroma stores
    stored = exact.collection.get(include=["embeddings"])
    by_hand = sorted(
        (
            (i, sum(a * b for a, b in zip(v, q, strict=True)))
            for i, v in zip(stored["ids"], stored["embeddings"], strict=True)
        ),
        key=lambda pair: pair[1],
        reverse=True,
    )[:5]
    assert [i for i, _ in got] == [i for i, _ in by_hand]
    assert all(abs(c - h) < 1e-3 for (_, c), (_, h) in zip(got, by_hand, strict=True))
    # filters hold on the exact path: nothing of another region
    only = exact.exact_dense(q, Filters(region="rivierenland"), 50)
    assert only and all(exact.rows[i]["metadata"]["region"] in ("rivierenland", "landelijk", "") for i, _ in only)
    # above the limit the same question goes through Chroma's HNSW and finds the same best passage
    hnsw = LoadedIndex(settings_for(corpus, tmp_path / "index", exact_search_max_passages=0))
    assert hnsw.vectors is None
    assert hnsw.retriever(top_k=3).hits(question)[0].node_id == exact.retriever(top_k=3).hits(question)[0].node_id


def test_passages_are_also_ranked_by_their_best_sentence(corpus: Path, tmp_path: Path) -> None:
    settings = settings_for(corpus, tmp_path / "index")
    ingest(settings)
    index = LoadedIndex(settings)
    table = index.sentence_vectors
    assert index.sentence_matrix is not None and table is not None
    q = np.asarray(index.query_embedding(TLV), dtype=np.float32)
    q /= np.linalg.norm(q)
    by_hand: dict[str, float] = {}
    for node_id in index.rows:
        vectors = [v for t in answer_units(index.rows, node_id) if (v := table.get(t)) is not None]
        if vectors:  # a passage of only a heading has no sentence to rank it by
            by_hand[node_id] = max(float(v @ q / np.linalg.norm(v)) for v in vectors)
    expected = sorted(by_hand.items(), key=lambda pair: pair[1], reverse=True)[:5]
    got = index.exact_sentences(q.tolist(), Filters(), 5)
    assert [i for i, _ in got] == [i for i, _ in expected]
    assert all(abs(c - h) < 1e-4 for (_, c), (_, h) in zip(got, expected, strict=True))
    only = index.exact_sentences(q.tolist(), Filters(kinds=["privacy"]), 50)
    assert only and all(index.rows[i]["metadata"]["kind"] == "privacy" for i, _ in only)

    # without the ranking (weight 0, or a build without sentence vectors) retrieval still works, dense + BM25
    plain = LoadedIndex(settings_for(corpus, tmp_path / "index", sentence_rank_weight=0.0))
    assert plain.retriever(top_k=3).hits(TLV)
    plain.sentence_vectors = None
    assert plain._load_sentence_ranking()[0] is None


def test_bm25_votes_by_the_share_of_words_it_knows(corpus: Path, tmp_path: Path) -> None:
    settings = settings_for(corpus, tmp_path / "index")
    ingest(settings)
    index = LoadedIndex(settings)
    dutch = index.known_share("Hoe lang duurt het besluit over de toelaatbaarheidsverklaring?")
    english = index.known_share("How long does it take before the decision is made?")
    assert dutch > 0.5 > english
    assert index.known_share("de het een") == 0.0  # only stopwords: nothing for BM25 to judge


def test_sources_are_ranked_per_document_with_at_most_max_per_doc_passages(corpus: Path, tmp_path: Path) -> None:
    settings = settings_for(corpus, tmp_path / "index", max_per_doc=1)
    ingest(settings)
    hits = LoadedIndex(settings).retriever(top_k=10).hits("wijkteam jeugdhulp toestemming delen school")
    units = [h.doc + "#" + str(h.metadata.get("service_id", "")) for h in hits]
    assert len(units) == len(set(units)) >= 3
    default = LoadedIndex(settings.model_copy(update={"max_per_doc": 3})).retriever(top_k=10).hits("wijkteam jeugdhulp")
    per_unit = [h.doc + "#" + str(h.metadata.get("service_id", "")) for h in default]
    assert max(per_unit.count(u) for u in per_unit) <= 3
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert all(h.dense is not None for h in hits)


class EmbedSpy:
    """Records what the embedding model is asked to embed as passages (the sentence vectors path)."""

    def __init__(self, model: object) -> None:
        self.model = model
        self.texts: list[str] = []
        self._real = model.get_text_embedding_batch  # type: ignore[attr-defined]

    def __enter__(self) -> EmbedSpy:
        def counting(texts: list[str], **kw: object) -> list[list[float]]:
            self.texts.extend(texts)
            return self._real(texts, **kw)

        object.__setattr__(self.model, "get_text_embedding_batch", counting)
        return self

    def __exit__(self, *exc: object) -> None:
        object.__delattr__(self.model, "get_text_embedding_batch")


def test_answer_sentences_are_embedded_at_ingest_and_reused(corpus: Path, tmp_path: Path) -> None:
    settings = settings_for(corpus, tmp_path / "index")
    ingest(settings)
    index = LoadedIndex(settings)
    table = index.sentence_vectors
    assert table is not None and table.model == settings.embed_model
    units = {u for node_id in index.rows for u in answer_units(index.rows, node_id)}
    assert units == set(table.texts)  # the whole sentences answers show (window_sentences), and the cards
    # Each passage's units are stored with the build, so loading and answering need not work them out again.
    assert all(table.units_of(node_id) == answer_units(index.rows, node_id) for node_id in index.rows)
    some = sorted(units)[:5]
    fresh = np.asarray(index.embed_model.get_text_embedding_batch(some), dtype=np.float32)
    # The same vectors, up to bfloat16 rounding: e5 runs in batches, and a batch's shape changes the sums' order.
    stored_vectors = np.stack([table.get(t) for t in some])
    assert ((stored_vectors * fresh).sum(axis=1) > 0.9995).all()

    answerer = Answerer(index)
    with EmbedSpy(index.embed_model) as spy:
        stored = answerer.ask(TLV)
    assert spy.texts == [] and stored.sources and not stored.refused  # only the question was embedded

    # A build without them (made before they existed, or damaged) still answers the same, embedding once.
    index.sentence_vectors = None
    without = Answerer(index)
    with EmbedSpy(index.embed_model) as spy:
        first = without.ask(TLV)
        count = len(spy.texts)
        again = without.ask(TLV)
    assert count > 0 and len(spy.texts) == count  # kept per process
    assert first.answer == again.answer == stored.answer

    # A build from before the units were stored ranks and answers the same, working them out when loaded.
    build = IndexStore(settings).build_dir(IndexStore(settings).require_current().build_id)
    head = json.loads((build / "sentences.json").read_text(encoding="utf-8"))
    (build / "sentences.json").write_text(json.dumps({"model": head["model"], "texts": head["texts"]}), "utf-8")
    older = LoadedIndex(settings)
    assert older.sentence_vectors is not None and older.sentence_vectors.units_of(next(iter(older.rows))) is None
    assert Answerer(older).ask(TLV).answer == stored.answer


def test_sentence_vectors_follow_the_corpus(corpus: Path, tmp_path: Path) -> None:
    settings = settings_for(corpus, tmp_path / "index")
    first = ingest(settings)
    assert first.sentences_embedded > 0
    plan = corpus / "plannen" / "plan-peelrand.md"
    plan.write_text(
        plan.read_text(encoding="utf-8") + "\n## Zomerschool\n\nIn de zomervakantie is er een zomerschool voor "
        "leerlingen met een taalachterstand. Aanmelden kan via de school.\n",
        encoding="utf-8",
    )
    changed = ingest(settings)
    assert 0 < changed.sentences_embedded < first.sentences_embedded / 4  # only new sentences
    table = LoadedIndex(settings).sentence_vectors
    assert table is not None and "Aanmelden kan via de school." in table.texts
    assert ingest(settings).build_id is None  # unchanged: nothing to do

    # A serving build without sentence vectors (an older build, or a damaged file) gets them on the next ingest,
    # reusing every passage; until then answers embed their sentences when asked.
    store = IndexStore(settings)
    build = store.build_dir(store.require_current().build_id)
    (build / "sentences.npy").write_bytes(b"kapot")
    assert LoadedIndex(settings).sentence_vectors is None
    assert not ask(settings, TLV).refused
    repaired = ingest(settings)
    assert repaired.build_id is not None and repaired.embedded == 0
    table = LoadedIndex(settings).sentence_vectors
    assert table is not None and repaired.sentences_embedded == len(table)
    assert f"{len(table)} nieuwe zinnen ingebed" in repaired.render()


def test_a_place_outside_the_regions_gets_national_sources_and_says_so(corpus: Path, tmp_path: Path) -> None:
    """A plan or service of our regions is not the answer for Leeuwarden: only what holds nationally, and a note."""
    settings = settings_for(corpus, tmp_path / "index")
    ingest(settings)
    answer = ask(settings, "welke hulp is er voor opvoedvragen in Leeuwarden?")
    assert "andere-regio" in answer.notices
    assert answer.answer.startswith("*Over Leeuwarden heeft Wegwijs geen eigen informatie")
    assert {s.region for s in answer.sources} <= {"landelijk", ""}
    ours = ask(settings, "welke hulp is er voor opvoedvragen in Helmond?")
    assert "andere-regio" not in ours.notices
