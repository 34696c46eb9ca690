"""Red team round 15: a retired upload's text stayed in the kept answers and the chat's source panels."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answering.pipeline import Answerer
from assistant.config import Settings
from assistant.corpus.admin import retire
from assistant.index.ingest import ingest
from assistant.records.feedback import FeedbackDB
from assistant.records.forget import gone_snippets, plain
from assistant.search.retrieve import LoadedIndex
from assistant.web.render import answer_pieces, source_line, source_markdown


@pytest.fixture
def built(corpus: Path, tmp_path: Path) -> Settings:
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    assert ingest(settings).build_id
    return settings


def _keep(settings: Settings, question: str, message_id: str) -> Path:
    """What the chat keeps of one answer: the message as shown (in the SQLite store, with a thumb on it) and the
    first source's side panel (a chainlit element file)."""
    answer = Answerer(LoadedIndex(settings)).ask(question, audience="ouder")
    assert not answer.refused, answer.answer
    listing = [source_line(n, src) for n, src in enumerate(answer.sources, start=1)]
    shown = " ".join(answer_pieces(answer)) + "\n\n**Bronnen**\n" + "\n".join(listing)
    db = FeedbackDB(Path(settings.data_dir) / "feedback.sqlite3")
    db.add_step({"id": f"run-{message_id}", "type": "run", "output": None})
    db.add_step({"id": message_id, "parentId": f"run-{message_id}", "type": "assistant_message", "output": shown})
    db.add_feedback(f"fb-{message_id}", f"run-{message_id}", None, 1, "duidelijk")
    panel = Path(settings.data_dir) / "chainlit-files" / "sessie-1" / f"{message_id}.txt"
    panel.parent.mkdir(parents=True, exist_ok=True)
    panel.write_text(source_markdown(answer.sources[0]), encoding="utf-8")
    return panel


def _kept(settings: Settings) -> tuple[set[str], set[str]]:
    db = FeedbackDB(Path(settings.data_dir) / "feedback.sqlite3")
    with db._connect() as conn:
        messages = {r[0] for r in conn.execute("select id from messages")}
        feedback = {r[0] for r in conn.execute("select for_id from feedback")}
    return messages, feedback


def test_retiring_a_document_forgets_the_answers_and_panels_that_quote_it(built: Settings) -> None:
    tlv = _keep(built, "Wie beslist over de TLV en hoe lang duurt dat?", "m-tlv")
    consent = _keep(built, "Wie geeft toestemming om gegevens te delen bij een kind van 13?", "m-consent")
    assert "zes weken" in tlv.read_text(encoding="utf-8")

    retire(Path(built.corpus_dir), Path(built.data_dir), "plannen/plan-peelrand.md")
    report = ingest(built)

    assert report.removed == ["plannen/plan-peelrand.md"]
    assert (report.forgotten_answers, report.forgotten_panels) == (1, 1), report.render()
    assert "niet meer in het corpus staat" in report.render()
    messages, feedback = _kept(built)
    assert "m-tlv" not in messages and "run-m-tlv" not in feedback
    assert {"m-consent", "run-m-consent"} <= messages and "run-m-consent" in feedback
    assert not tlv.exists() and consent.exists()


def test_a_replaced_document_forgets_only_what_changed(built: Settings) -> None:
    tlv = _keep(built, "Wie beslist over de TLV en hoe lang duurt dat?", "m-tlv")
    plan = Path(built.corpus_dir) / "plannen" / "plan-peelrand.md"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("tien weken lang twee keer per week", "acht weken lang één keer per week"))
    report = ingest(built)
    assert report.changed == ["plannen/plan-peelrand.md"] and report.forgotten_answers == 0, report.render()
    assert tlv.exists() and "m-tlv" in _kept(built)[0]

    plan.write_text(text.replace("De commissie beslist binnen zes weken.", "De commissie beslist binnen vier weken."))
    report = ingest(built)
    assert (report.forgotten_answers, report.forgotten_panels) == (1, 1), report.render()
    assert not tlv.exists() and "m-tlv" not in _kept(built)[0]


def test_snippets_are_compared_as_shown() -> None:
    """Phone numbers become call links and markers are added in the chat: compared on the words alone."""
    old = [{"metadata": {"doc": "a.md"}, "text": "Bel **Veilig Thuis** op 0800-2000 als u twijfelt over wat u ziet."}]
    shown = "Bel Veilig Thuis op [0800-2000](tel:08002000) als u twijfelt over wat u ziet. [1]"
    (snippet,) = gone_snippets(old, [], {"a.md"})
    assert snippet in plain(shown)
    assert not gone_snippets(old, old, {"a.md"}) and not gone_snippets(old, [], {"b.md"})
