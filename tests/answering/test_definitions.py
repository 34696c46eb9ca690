"""A question that asks what a word means opens with the source's own definition (answering/definitions.py): "wat is
een TLV?" got the kinds of TLV and their terms, while the plan's list of terms defines it.

The unit tests read the question and sentence shapes; the last ones run the whole engine on a real index (the mini
corpus plus a plan with a list of terms and a statute's definitions article) with the real embedding model."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from assistant.answering.definitions import asked_term, defines, law_definition
from assistant.answering.pipeline import Answerer
from assistant.config import Settings
from assistant.index.ingest import ingest
from assistant.index.reviewed import accept_reviewed
from assistant.search.retrieve import LoadedIndex
from tests.helpers import FIXTURES


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("wat is een TLV", "TLV"),
        ("Wat is een OPP eigenlijk?", "OPP"),
        ("hoi, wat is een MDO precies?", "MDO"),
        ("wat betekent arrangement", "arrangement"),
        ("wat houdt de zorgplicht in?", "zorgplicht"),
        ("wat zijn arrangementen", "arrangementen"),
        ("waar staat OPP voor?", "OPP"),
        ("wat wordt bedoeld met basisondersteuning?", "basisondersteuning"),
        ("TLV, wat is dat?", "TLV"),
        ("What does TLV mean?", "TLV"),
        ("what is an OPP", "OPP"),
        ("What exactly is a 'kindcheck'? Our organisation mainly works with adults", "kindcheck"),  # blind set 20
        ("wat is een jis? juf zegt dat ik daar heen kan. moet ik dat betalen", "jis"),
    ],
)
def test_the_asked_term_is_read(question: str, term: str) -> None:
    assert asked_term(question) == term


@pytest.mark.parametrize(
    "question",
    [
        "wat is het telefoonnummer van het wijkteam in Tiel?",
        "wat is de beste school in Deurne",
        "wat is nou het verschil tussen cluster 3 en cluster 4",
        "wat is de uiterste datum voor een TLV-aanvraag in Tiel",
        "wat is er gebeurd met mijn aanvraag",
        "wat is dat",
        "mag ik een foto van de klas delen?",
        "wat is 112",
    ],
)
def test_no_term_where_no_meaning_is_asked(question: str) -> None:
    assert asked_term(question) is None


@pytest.mark.parametrize(
    ("term", "sentence"),
    [
        ("TLV", "TLV (toelaatbaarheidsverklaring): besluit van het samenwerkingsverband dat een kind naar sbo mag."),
        ("OPP", "Een ontwikkelingsperspectief (OPP) is een plan voor een leerling die extra ondersteuning krijgt."),
        ("thuiszitters", "Een thuiszitter is een leerplichtig kind dat langer dan vier weken niet naar school gaat."),
        ("verwijsindex", "De verwijsindex risicojongeren is een landelijk digitaal systeem voor hulpverleners."),
        ("zorgplicht", "- **Zorgplicht**: de plicht van het schoolbestuur om een passende plek te bieden."),
        ("MDO", "Het multidisciplinair overleg (MDO) is het overleg op school over een leerling die vastloopt."),
    ],
)
def test_a_definition_is_recognised(term: str, sentence: str) -> None:
    assert defines(term, sentence)


@pytest.mark.parametrize(
    ("term", "sentence"),
    [
        # a label followed by a new sentence or a condition, a contact line, a circular statute line
        ("TLV", "Toelaatbaarheidsverklaring (TLV): bij een aanvraag betrekt het samenwerkingsverband de ouders."),
        ("arrangement", "Aanvraagformulier A1 (arrangement): De IB'er vult formulier A1 in het portaal in."),
        ("samenwerkingsverband", "Samenwerkingsverband: samenwerkingsverband als bedoeld in artikel 1 van de wet."),
        ("samenwerkingsverband", "Samenwerkingsverband Rivierenland-Oost is een stichting met een eigen bestuur."),
        ("loket", "Loket: bel 0344-014410 of mail loket@voorbeeld.example voor een afspraak."),
        ("OPP", "Het OPP is verplicht voor elke leerling die extra ondersteuning krijgt."),
        ("TLV", "Wil een kind naar het sbo, dan is een toelaatbaarheidsverklaring (TLV) nodig."),
    ],
)
def test_no_definition_is_read_into_other_sentences(term: str, sentence: str) -> None:
    assert not defines(term, sentence)


def test_a_statutes_definition_is_its_lead_in_and_own_item() -> None:
    law = (
        "In dit besluit wordt verstaan onder: meldcode: meldcode huiselijk geweld en kindermishandeling; melding: "
        "melding van een vermoeden; kindcheck: gestandaardiseerde controle of een cliënt verantwoordelijk is voor de "
        "verzorging van minderjarigen;"
    )
    assert law_definition("kindcheck", law) == (
        "In dit besluit wordt verstaan onder … kindcheck: gestandaardiseerde controle of een cliënt verantwoordelijk "
        "is voor de verzorging van minderjarigen."
    )
    assert law_definition("meldcode", law) is None  # "meldcode: meldcode …" says nothing
    assert law_definition("bijlage", law) is None


PLAN = """---
title: Ondersteuningsplan Voorbeeldregio (voorbeeld)
regio: peelrand
---
# Ondersteuningsplan Voorbeeldregio (voorbeeld)

## Soorten TLV en hoe lang een TLV geldt

Er zijn verschillende soorten TLV: een TLV sbo voor het speciaal basisonderwijs en een TLV so voor het speciaal
onderwijs. Een TLV sbo geldt twee schooljaren. Een TLV so geldt drie schooljaren. Ongeveer vier maanden voor het
einde van de TLV bespreekt de school met de ouders of een nieuwe TLV nodig is.

## Een TLV aanvragen

De school vraagt de TLV aan bij het samenwerkingsverband, met het groeidocument en het advies van twee
deskundigen. Het samenwerkingsverband beslist binnen zes weken.

## Begrippen

- **Groeidocument**: document waarin school en ouders de ontwikkeling van een kind vastleggen.
- **TLV (toelaatbaarheidsverklaring)**: besluit van het samenwerkingsverband dat een leerling naar het sbo, so of
  vso mag.
- **Zorgplicht**: de plicht van het schoolbestuur om een leerling die extra ondersteuning nodig heeft een passende
  onderwijsplek te bieden.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    base = tmp_path_factory.mktemp("definitions")
    shutil.copytree(FIXTURES / "mini_corpus", base / "corpus")
    (base / "corpus" / "plannen" / "plan-voorbeeldregio.md").write_text(PLAN, encoding="utf-8")
    settings = Settings(corpus_dir=base / "corpus", index_dir=base / "index", data_dir=base / "data")
    accept_reviewed(settings.corpus_dir, settings.data_dir, "test", set())
    ingest(settings)
    yield Answerer(LoadedIndex(settings))


@pytest.mark.parametrize("question", ["wat is een TLV?", "wat betekent TLV eigenlijk", "What is a TLV?"])
def test_the_definition_opens_the_answer(answerer: Answerer, question: str) -> None:
    answer = answerer.ask(question, audience="ouder")
    assert not answer.refused, answer.answer
    first = answer.answer.split("[")[0] if "Wegwijs works in Dutch" not in answer.answer else ""
    assert "besluit van het samenwerkingsverband dat een leerling naar het sbo" in answer.answer, answer.answer
    if first:
        assert first.startswith("TLV (toelaatbaarheidsverklaring): besluit"), answer.answer


def test_a_question_about_the_term_is_not_answered_with_its_definition(answerer: Answerer) -> None:
    answer = answerer.ask("hoe lang geldt een TLV voor het so?", audience="ouder").answer
    assert "toelaatbaarheidsverklaring): besluit" not in answer, answer
    assert "drie schooljaren" in answer, answer
