"""Issue 16: a refusal points to who can help with that topic; an answer says which part the sources leave out."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answering.outside import load_table, only_outside, outside_topics, referral_lines, uncovered_note
from assistant.answering.pipeline import Answerer
from assistant.index.ingest import ingest
from assistant.search.retrieve import Hit, LoadedIndex
from tests.helpers import settings_for

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Hoeveel mg ritalin mag mijn zoon van 8 maximaal per dag?", "medicijnen"),
        ("mag je als 16 jarige 's avonds werken als je de volgende dag school hebt?", "werken naast school"),
        ("kan ik de kosten van bijles aftrekken van de belasting?", "belasting en toeslagen"),
        ("Hoeveel kinderbijslag krijg ik dit kwartaal?", "kinderbijslag"),
        ("hoeveel taakuren heb ik volgens de cao po?", "werk en salaris in het onderwijs"),
        ("mijn ex houdt zich niet aan de omgangsregeling", "een rechtszaak, scheiding of juridisch advies"),
    ],
)
def test_topics_outside_the_sources_are_recognised(question: str, topic: str) -> None:
    assert topic in [t.name for t in outside_topics(question, PROMPTS)]


@pytest.mark.parametrize(
    "question",
    ["wat is een TLV?", "mag school de diagnose van mijn kind delen met de nieuwe school?", "wie kan mij helpen?"],
)
def test_questions_about_school_and_youth_care_are_not_outside(question: str) -> None:
    assert outside_topics(question, PROMPTS) == []


def test_in_a_long_story_only_what_is_asked_counts() -> None:
    """Blind set 13: a father who just lost his job put a note on pay and conditions above a truancy answer; a former
    pupil now at the mbo put the mbo note above a verwijsindex answer. What the story asks decides."""
    truancy = (
        "Ik ben verzuimcoördinator op een vmbo-school. Een leerling van 16 heeft de afgelopen drie weken 18 uur "
        "ongeoorloofd gemist. Zijn mentor heeft al twee keer met hem gepraat. Gisteren belde moeder: ze vraagt om "
        "het niet door te geven aan leerplicht, omdat vader net ontslagen is en het salaris wegvalt. Moeten we toch "
        "melden, en hebben we daar haar toestemming voor nodig?"
    )
    assert outside_topics(truancy, PROMPTS) == []
    dose = truancy.replace("Moeten we toch melden, en hebben we daar haar toestemming voor nodig?", "Hoeveel mg "
                           "ritalin mag hij hebben?")  # fmt: skip
    assert [t.name for t in outside_topics(dose, PROMPTS)] == ["medicijnen"]


def test_every_topic_names_who_helps_in_whole_dutch_sentences() -> None:
    table = load_table(PROMPTS)
    assert len(table.topics) >= 6 and "{onderwerp}" in table.refusal and "{wie}" in table.partly
    for topic in table.topics:
        assert topic.who.endswith(".") and not any(ch.isdigit() for ch in topic.who), topic.name  # no phone numbers


def test_a_refusal_line_and_a_note_for_the_part_left_out() -> None:
    lines = referral_lines("welke dosering melatonine is goed voor een kind van 30 kilo?", PROMPTS)
    assert lines == [
        "Voor vragen over medicijnen kunt u terecht bij de huisarts, de arts die het medicijn voorschreef of de "
        "apotheek. Op thuisarts.nl en apotheek.nl staat uitleg voor iedereen."
    ]
    question = "Kan ik de huiswerkklas van De Kansel aftrekken van de belasting?"
    note = uncovered_note(question, ["Huiswerkklas De Kansel: € 15 per maand."], PROMPTS)
    assert note.startswith("\n\nOver belasting en toeslagen staat niets in de bronnen van Wegwijs.")
    assert "Belastingdienst" in note
    # a passage that does speak of the topic answers it: no note
    assert uncovered_note(question, ["De kosten zijn niet aftrekbaar van de belasting."], PROMPTS) == ""


def test_the_pipeline_refers_a_medicine_question_to_the_doctor(tmp_path: Path, corpus: Path) -> None:
    settings = settings_for(corpus, tmp_path / "index")
    ingest(settings)
    answer = Answerer(LoadedIndex(settings)).ask("Hoeveel paracetamol mag mijn dochter van 6 jaar per dag?")
    assert answer.refused
    assert "de huisarts" in answer.answer and "apotheek" in answer.answer
    assert "Steunpunt Ouders" not in answer.answer  # not the desks for school questions
    # Wholly outside (blind set 11): sources that only share "kosten" do not answer a tax question.
    answerer = Answerer(LoadedIndex(settings))
    taxes = answerer.ask("kan ik de kosten van huiswerkbegeleiding voor mijn zoon aftrekken bij de belastingaangifte?")
    assert taxes.refused and "Belastingdienst" in taxes.answer


def _hit(text: str, title: str = "Bijles en begeleiding", kind: str = "plan") -> Hit:
    return Hit("n", text, {"title": title, "kind": kind}, 0.5)


def test_only_outside_needs_an_absent_topic_and_little_support() -> None:
    question = "kan ik de kosten van huiswerkbegeleiding aftrekken bij de belastingaangifte?"
    about_costs = [_hit("Huiswerkbegeleiding kost 10 euro per maand.")]
    assert only_outside(question, about_costs, 0.47, PROMPTS)
    assert not only_outside(question, about_costs, 0.8, PROMPTS)  # well supported: the rest is answered
    assert not only_outside(question, [_hit("De kosten zijn niet aftrekbaar van de belasting.")], 0.47, PROMPTS)
    assert not only_outside("hoe lang duurt een tlv-aanvraag?", about_costs, 0.2, PROMPTS)  # not outside
    assert not only_outside(question, about_costs, None, PROMPTS)
    # A document's title shares "school" with nearly every question: only a service's name counts.
    contribution = "moet ik de vrijwillige ouderbijdrage betalen? school zegt dat ze anders niet mee mag"
    assert only_outside(contribution, [_hit("Ouders hebben recht op inzage.", "Inzage op school")], 0.69, PROMPTS)
    # The question names a service among the best sources ("kan het wijkteam helpen?"): that part is answered.
    alimony = "mijn ex betaalt geen kinderalimentatie meer, kan het wijkteam in helmond ons helpen?"
    card = _hit("Het wijkteam helpt gezinnen.", "Wijkteam Helmond", "sociale_kaart")
    assert not only_outside(alimony, [card], 0.67, PROMPTS)


@pytest.mark.parametrize(
    ("question", "more"),
    [
        ("Hoe maak ik bezwaar tegen mijn belastingaanslag?", False),
        ("Hoeveel uur per week mag mijn zoon van 15 werken naast school?", False),
        ("kan ik De Kansel aftrekken van de belasting?", True),
        ("kan ik de kosten van de dyslexiebehandeling aftrekken van de belasting?", True),
        ("hoe vraag ik een TLV aan?", True),  # no outside topic: always a rest
    ],
)
def test_a_question_about_its_outside_topic_only_has_no_rest(question: str, more: bool) -> None:
    """Red team round 19: "Hoe maak ik bezwaar tegen mijn belastingaanslag?" got the TLV objection route, which
    shares "bezwaar"; what is left of it without the topic are how-words, so the Belastingdienst answers it."""
    from assistant.answering.outside import _asks_more

    assert _asks_more(question, PROMPTS) is more


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("bezwaar tegen UWV-beschikking Wajong, termijn?", "een uitkering van het UWV"),
        ("bezwaar tegen WOZ-waarde, binnen hoeveel weken?", "de WOZ-waarde en gemeentelijke belastingen"),
    ],
)
def test_round_20_objections_elsewhere_have_their_own_body(question: str, topic: str) -> None:
    """Red team round 20: a UWV and a WOZ objection got the TLV objection route ("binnen zes weken … bij het
    samenwerkingsverband")."""
    assert [t.name for t in outside_topics(question, PROMPTS)][:1] == [topic]
