"""What travels with a chosen answer sentence: its exception, its subject, the age rule it needs."""

from __future__ import annotations

from assistant.answering.companions import Sentence, ages_asked, beside_the_age, companions

SOURCE = [
    "Ja, je mag bij Veilig Thuis melden zonder toestemming van de ouders.",
    "Normaal vertel je de ouders wel vooraf dat je gaat melden.",
    "Je vraagt dan geen toestemming: je informeert hen.",
    "De ouder- en kindadviseur helpt ouders bij een gesprek op school.",
    "Bel 0344-014410 of mail ouderconsulent@voorbeeld.example.",
]
EXCEPTION = Sentence(1, 4, "Je mag het gesprek vooraf overslaan als de veiligheid van het kind in gevaar komt.", 0.2)
AGE_RULE = Sentence(
    2, 0, "Toestemming geven: jonger dan 12 jaar de ouders; 12 tot 16 jaar de jongere én de ouders.", 0.1
)


def chosen(*positions: int) -> list[Sentence]:
    return [Sentence(0, p, SOURCE[p], 1.0) for p in positions]


def test_a_usual_rule_brings_the_next_sentence_and_its_exception() -> None:
    added = companions("mag ik veilig thuis bellen zonder de ouders", chosen(0, 1), {0: SOURCE}, [EXCEPTION])
    assert [s.text for s in added] == [SOURCE[2], EXCEPTION.text]


def test_no_exception_is_searched_when_one_is_already_in_the_answer() -> None:
    pool = [EXCEPTION]
    first = companions("vraag", [*chosen(1), EXCEPTION], {0: SOURCE}, pool)
    assert EXCEPTION.text not in [s.text for s in first]


def test_a_bare_instruction_to_call_brings_whom_you_call() -> None:
    added = companions("waar kan ik terecht", chosen(4), {0: SOURCE}, [])
    assert [s.text for s in added] == [SOURCE[3]]


def test_a_qualifying_next_sentence_comes_along() -> None:
    source = ["Ouders krijgen het rapport.", "Tenzij de rechter anders heeft beslist."]
    added = companions("krijg ik het rapport", [Sentence(0, 0, source[0], 1.0)], {0: source}, [])
    assert [s.text for s in added] == [source[1]]


def test_an_age_in_a_consent_question_brings_the_age_rule() -> None:
    question = "ik begeleid een jongen van 14, mag ik terugkoppelen als alleen de ouders toestemming geven?"
    added = companions(question, chosen(0), {0: SOURCE}, [AGE_RULE])
    assert AGE_RULE.text in [s.text for s in added]


def test_ages_are_read_as_ages_only() -> None:
    assert ages_asked("mijn dochter van 15 wil niet dat ik haar dossier inzie")
    assert ages_asked("My son is 14, can the school share his file with the youth worker?")
    assert not ages_asked("mag ik in groep 6 de toets delen met ouders")
    assert not ages_asked("een school van 250 leerlingen, wie beslist over toestemming")
    assert not ages_asked("binnen 6 weken toestemming geven")
    assert not ages_asked("mijn zoon van 9 leest slecht, waar kan hij terecht")  # an age, no consent question


def test_never_more_than_the_limit_and_never_twice() -> None:
    added = companions("vraag", chosen(1, 4), {0: SOURCE}, [EXCEPTION, EXCEPTION], limit=2)
    assert len(added) == 2
    assert len({s.text for s in added}) == 2


def test_a_young_person_of_12_to_15_hears_what_they_may_do_themselves() -> None:
    question = "ik ben 14 en er staat een foto van mij op de insta van school. kan ik zelf zeggen dat hij weg moet?"
    parents = Sentence(
        0, 0, "Over toestemming beslissen de ouders met gezag (jonger dan 16) of de leerling (vanaf 16).", 1
    )
    own = Sentence(
        0, 9, "Een leerling van 12 jaar of ouder mag de toestemming wel zelf intrekken (UAVG art. 5 lid 3).", 0
    )
    added = companions(question, [parents], {0: [parents.text]}, [own])
    assert [s.text for s in added] == [own.text]


def test_an_age_line_about_something_else_is_no_age_rule() -> None:
    informed = Sentence(
        1,
        0,
        "Jonger dan 12 jaar: de ouders; 12 tot 16 jaar: de jongere en de ouders; vanaf 16 jaar: de jongere zelf.",
        0,
    )
    question = "moet ik toestemming vragen om een jongen van 15 in de verwijsindex te zetten?"
    assert companions(question, chosen(0), {0: SOURCE}, [informed]) == []


def test_a_question_in_the_source_brings_its_answer_after_any_example() -> None:
    source = [
        "Bent u het niet eens met het besluit over de TLV?",
        "Bijvoorbeeld omdat de TLV is geweigerd.",
        "Dan kunt u binnen zes weken bezwaar maken.",
        "Het Steunpunt helpt u gratis.",
    ]
    added = companions("ik ben het niet eens met de tlv", [Sentence(0, 0, source[0], 1.0)], {0: source}, [])
    assert [s.text for s in added] == [source[1], source[2]]
    plain = companions("wat doet het steunpunt", [Sentence(0, 3, source[3], 1.0)], {0: source}, [])
    assert plain == []


def test_a_teen_who_wants_to_stop_what_a_parent_agreed_to_asks_about_consent() -> None:
    assert ages_asked("ik ben 14 en mijn moeder heeft ja gezegd op het foto formulier. mag ik dat zelf tegenhouden?")


def test_a_rule_for_12_to_16_is_left_out_for_a_16_year_old_and_a_child() -> None:
    """Blind set 8: "ik ben 16 … mijn moeder heeft al ja gezegd … mag dat zomaar" got only the 12–16 rules."""
    question = "ik ben 16 en mijn mentor wil met het wijkteam over mij praten. mijn moeder heeft al ja gezegd"
    assert ages_asked(question) == [16]
    narrow = "Vraag bij een leerling van 12 tot 16 jaar dus altijd ook de leerling zelf om toestemming."
    whole = "Toestemming: jonger dan 12 jaar de ouders; 12 tot 16 jaar de jongere én de ouders; vanaf 16 de jongere."
    assert beside_the_age([16], narrow) and beside_the_age([9], narrow)
    assert not beside_the_age([14], narrow)  # it is their rule
    assert not beside_the_age([16], whole)  # the whole rule says what holds at 16
    assert not beside_the_age([], narrow)


def test_the_rule_for_under_12_is_left_out_for_a_14_year_old() -> None:
    """Blind set 13 (q09): "Daan (14, klas 2 vmbo) … van wie heb ik toestemming nodig?" got only "voor een kind
    jonger dan 12 geven de ouders met gezag die toestemming"; the 12-16 rule then comes as the age rule."""
    question = "Ik wil Daan (14, klas 2 vmbo) inbrengen in het MDO. Van wie heb ik precies toestemming nodig?"
    assert ages_asked(question) == [14]
    young = "Voor een kind jonger dan 12 geven de ouders met gezag die toestemming."
    whole = "Toestemming: jonger dan 12 jaar de ouders; 12 tot 16 jaar de jongere én de ouders; vanaf 16 de jongere."
    assert beside_the_age([14], young) and not beside_the_age([9], young)
    assert not beside_the_age([14], whole)


def test_a_sentence_that_points_back_brings_its_sentence_or_a_permission_stays_out() -> None:
    from assistant.answering.companions import finished

    own = ["Het rapport gaat altijd mee naar de nieuwe school.", "Daarvoor is geen toestemming van ouders nodig."]
    shown = finished("mag de school dat doorsturen?", [(1.0, 0, 1, own[1])], {0: own})
    assert sorted(shown, key=lambda c: c[2]) == [(0.0, 0, 0, own[0]), (1.0, 0, 1, own[1])]
    # at a source's start there is nothing to bring: the permission alone would answer any question
    alone = ["Daarvoor is geen toestemming van ouders nodig.", "De school bewaart het rapport twee jaar."]
    kept = finished("mag de school dat doorsturen?", [(1.0, 0, 0, alone[0]), (0.9, 0, 1, alone[1])], {0: alone})
    assert [c[3] for c in kept] == [alone[1]]
    bare = ["Bel 0344-014410 of mail de consulent."]
    assert finished("wie helpt?", [(1.0, 0, 0, bare[0])], {0: bare}) == [(1.0, 0, 0, bare[0])]


def test_a_second_sources_opening_that_points_back_stays_out() -> None:
    """Blind set 14 q24: "Deze kennisgeving moet worden ingediend …" opened a second source and was shown after the
    answer, pointing at nothing."""
    from assistant.answering.companions import finished

    main = ["De leerplicht begint op de eerste schooldag van de maand na de vijfde verjaardag."]
    other = ["Deze kennisgeving moet worden ingediend voor 1 juli."]
    chosen = [(1.0, 0, 0, main[0]), (0.8, 1, 0, other[0])]
    shown = finished("wanneer begint de leerplicht?", chosen, {0: main, 1: other})
    assert [c[3] for c in shown] == main


def test_a_later_source_that_says_the_opposite_is_left_out() -> None:
    """Blind set 15 q10: the fund's card says parents do not apply themselves; a plan's passage about something else
    then said "Ouders vragen dit zelf aan bij de gemeente", and the answer contradicted itself on what was asked."""
    from assistant.answering.companions import without_contradictions

    card = (1.0, 0, 0, "Meedoenfonds: Ouders vragen het niet zelf aan: een intermediair doet de aanvraag.")
    other = (0.5, 1, 4, "Ouders vragen dit zelf aan bij de gemeente waar zij wonen.")
    assert without_contradictions([card, other]) == [card]
    # a condition is no contradiction: "not without consent" and "with consent" belong together
    rule = (1.0, 0, 0, "De school deelt geen gegevens met het wijkteam zonder toestemming.")
    condition = (0.5, 1, 2, "De school deelt gegevens met het wijkteam als de ouders toestemming geven.")
    assert without_contradictions([rule, condition]) == [rule, condition]
    # the same source may say both (a rule and its exception follow each other there)
    same = (0.5, 0, 1, "Ouders vragen dit zelf aan bij de gemeente waar zij wonen.")
    assert without_contradictions([card, same]) == [card, same]


def test_a_seventeen_year_old_gets_the_rule_from_16_not_the_one_for_12_to_16() -> None:
    """Red team round 18: "Mijn dochter is 17 en wil zelf naar de psycholoog zonder dat wij het weten" got only
    "vraag beide ouders met gezag"; the first age rule in the pool was the 12-16 one, which is beside her age."""
    question = "Mijn dochter is 17 en wil zelf naar de psycholoog zonder dat wij het weten. Kan dat?"
    chosen = [Sentence(0, 5, "Voor ingrijpende zaken vraag je beide ouders met gezag.", 1.0)]
    pool = [
        Sentence(0, 2, "12 tot 16 jaar: voor jeugdhulp is toestemming nodig van de jongere en de ouders.", 0.5),
        Sentence(0, 3, "16 jaar en ouder: de jongere beslist zelf.", 0.4),
    ]
    added = companions(question, chosen, {0: [""] * 6}, pool)
    assert [s.text for s in added] == ["16 jaar en ouder: de jongere beslist zelf."]
