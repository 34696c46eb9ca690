"""A question that asks for a list gets the whole list (answering/lists.py): "wat zijn de vijf stappen van de
meldcode?" showed the lead-in with step 1 only (blind set 15).

The whole engine on a real index: the mini corpus plus the shipped meldcode and data-breach guidance, the real
embedding model."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.answering.lists import asks_list
from assistant.answering.pipeline import Answerer
from assistant.config import Settings
from assistant.index.ingest import ingest
from assistant.search.retrieve import LoadedIndex
from tests.helpers import FIXTURES, mini_answerer

ROOT = Path(__file__).resolve().parent.parent.parent
STEPS = (
    "Breng signalen in kaart",
    "Overleg met een collega",
    "Ga in gesprek met de leerling",
    "Weeg het geweld",
    "Beslis: melden",
)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Answerer:
    guidance = ("meldcode-vijf-stappen.md", "datalek-lijst-naar-verkeerde-ontvanger.md")
    return mini_answerer(tmp_path_factory.mktemp("lists"), guidance, reviewed=True)  # as shipped: reviewed


@pytest.mark.parametrize("audience", ["professional", "ouder"])
def test_the_five_steps_are_all_shown_in_order(answerer: Answerer, audience: str) -> None:
    answer = answerer.ask("wat zijn de vijf stappen van de meldcode?", audience=audience).answer
    at = [answer.find(step) for step in STEPS]
    assert all(a >= 0 for a in at), answer
    assert at == sorted(at), answer


def test_the_steps_after_a_data_breach_come_in_order(answerer: Answerer) -> None:
    answer = answerer.ask("welke stappen moet ik zetten bij een datalek?", audience="professional").answer
    at = [answer.find(s) for s in ("Beperk de schade", "Meld het meteen intern", "binnen 72 uur")]
    assert all(a >= 0 for a in at) and at == sorted(at), answer


def test_a_question_about_one_step_gets_no_list(answerer: Answerer) -> None:
    answer = answerer.ask("wat houdt stap 4 van de meldcode in?", audience="professional").answer
    assert sum(step in answer for step in STEPS) < len(STEPS), answer


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("wat zijn de stappen van de meldcode", True),
        ("welke voorwaarden gelden voor toestemming", True),
        ("what are the steps for a TLV?", True),
        ("wat is stap 3 van de meldcode", False),
        ("mag ik een foto van de klas delen", False),
    ],
)
def test_asks_list(question: str, asks: bool) -> None:
    assert asks_list(question) is asks


def test_an_unreviewed_copy_keeps_its_help_line_items_out(tmp_path: Path) -> None:
    """An upload nobody reviewed may not speak for a help line, in a list as anywhere (answering/lines.py)."""
    shutil.copytree(FIXTURES / "mini_corpus", tmp_path / "corpus")
    shutil.copy(ROOT / "corpus" / "privacy" / "meldcode-vijf-stappen.md", tmp_path / "corpus" / "privacy")
    settings = Settings(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    ingest(settings)
    answer = Answerer(LoadedIndex(settings)).ask("wat zijn de vijf stappen van de meldcode?").answer
    assert "Breng signalen in kaart" in answer and "Weeg het geweld" in answer, answer
    assert "raadpleeg zo nodig Veilig Thuis" not in answer, answer
