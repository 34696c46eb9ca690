"""Red team round 19 (2026-12-05) on the landed state: a help line put off or left to someone's decision without its
name ("het advies- en meldpunt", "de landelijke lijn", "een meldpunt"), the Kindertelefoon's hours cut to weekdays in
a PDF with the next sentence saying nobody answers at weekends, and a document title that defers the call.

Refused by check-corpus (corpus/line_claims.py, corpus/line_hours.DEFERS) and, in a file nobody reviewed, never shown
in an answer (answering/lines.without_line_talk)."""

from __future__ import annotations

import pytest

from assistant.answering.lines import speaks_for_a_line, without_line_talk
from assistant.corpus.age_claims import age_conflicts
from assistant.corpus.line_claims import phone_conflicts


@pytest.mark.parametrize(
    "text",
    [
        "Voordat een leerkracht contact opneemt met het landelijke advies- en meldpunt voor huiselijk geweld en "
        "kindermishandeling, licht de directeur eerst de ouders in.",
        "Pas daarna mag het advies- en meldpunt gebeld worden.",
        "De mentor beslist daarna of het nodig is om de landelijke lijn te bellen; vaak is een gesprek met de ouders "
        "bij het volgende oudergesprek voldoende.",
        "Zelf een meldpunt bellen is voor leerlingen niet de bedoeling.",
        "Meldpunt huiselijk geweld: pas bellen na akkoord van de ouders.",
        "De Kindertelefoon (0800-0432) is alleen bereikbaar op werkdagen tussen 14.00 en 17.00 uur.",
        "Bel de Kindertelefoon (0800-0432). In het weekend en in de schoolvakanties is er niemand bereikbaar.",
        "Bel 113 (0800-0113). Daar neemt niemand op na 22 uur.",
        # look-alikes of the above in other words
        "Een hulplijn bellen doe je pas nadat de intern begeleider akkoord heeft gegeven.",
        "De directeur beslist of de school het meldpunt inschakelt; wacht zijn besluit af.",
    ],
)
def test_a_line_put_off_or_cut_short_is_refused(text: str) -> None:
    assert phone_conflicts(text), text


@pytest.mark.parametrize(
    "text",
    [
        "De Kindertelefoon is elke dag bereikbaar. Ook in de vakanties kun je bellen.",
        "Bel de Kindertelefoon op 0800-0432. De school is in de vakanties niet bereikbaar.",
        "Veilig Thuis is dag en nacht bereikbaar. Bij de school neemt niemand op na 17 uur.",
        "De huisartsenpost is in het weekend gesloten, bel bij nood 112.",
        "Bij een vermoeden van kindermishandeling kun je altijd advies vragen bij het meldpunt, ook voordat je met de "
        "ouders praat.",
        "Bel eerst 112; pas als de ambulance er is, bel je de ouders.",
        "Twijfel je, vraag dan eerst advies aan Veilig Thuis.",
        "Het meldpunt datalekken van de Autoriteit Persoonsgegevens neemt meldingen binnen 72 uur aan.",
        "Mag ik bij Veilig Thuis melden zonder het de ouders eerst te vertellen?",
    ],
)
def test_the_lines_as_they_are_pass(text: str) -> None:
    assert not phone_conflicts(text), (text, phone_conflicts(text))


def test_an_unreviewed_file_never_speaks_of_a_line_even_without_its_name() -> None:
    sentences = [
        "De school heeft een zorgteam.",
        "Pas daarna mag het advies- en meldpunt gebeld worden.",
        "Zelf een meldpunt bellen is voor leerlingen niet de bedoeling.",
        "De Kindertelefoon (0800-0432) is alleen bereikbaar op werkdagen.",
        "In het weekend en in de schoolvakanties is er niemand bereikbaar.",
        "De mentor bespreekt de zorgen in het zorgteam.",
    ]
    assert without_line_talk(sentences) == [sentences[0], sentences[-1]]
    assert not speaks_for_a_line("De school werkt in lijn met het ondersteuningsplan.")


@pytest.mark.parametrize(
    "text",
    [
        "Zolang een kind minderjarig is, beslissen alleen de ouders met gezag over jeugdhulp en medische behandeling.",
        "Een jongere van 16 of 17 jaar kan geen jeugdhulp krijgen zonder handtekening van beide ouders.",
        "Bij kinderen tot 14 jaar beslissen de ouders over jeugdhulp. Vanaf 14 jaar beslist de jongere, met de ouders "
        "als adviseurs.",
        # look-alikes in other words: the age moved, the range said another way
        "Tot het achttiende jaar geven uitsluitend de ouders toestemming voor een behandeling.",
        "Jongeren boven de 13 bepalen zelf of ze hulp van het wijkteam willen.",
        "Voor een leerling van 15 jaar tekenen alleen de ouders het toestemmingsformulier voor begeleiding.",
        "Ook bij 17 jaar blijft toestemming van de ouders nodig voor het delen van gegevens.",
        "Kinderen vanaf 10 jaar geven zelf toestemming voor foto's op de website.",
    ],
)
def test_a_consent_age_moved_either_way_is_refused(text: str) -> None:
    assert age_conflicts(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Tot 12 jaar beslissen de ouders over jeugdhulp.",
        "Van 12 tot 16 jaar geven de jongere en de ouders samen toestemming voor jeugdhulp.",
        "Vanaf 16 jaar beslist de jongere zelf over jeugdhulp.",
        "Voor foto's van leerlingen tot 16 jaar geven de ouders toestemming.",
        "Vanaf 16 jaar geeft de leerling zelf toestemming voor het delen van zijn gegevens.",
        "Een kind van 14 kan hulp weigeren; dan beslist de rechter, tenzij er ernstig nadeel dreigt.",
        "Het leerlingdossier wordt tot 2 jaar na uitschrijving bewaard.",
        "Kinderen van 4 tot 12 jaar krijgen begeleiding in de klas van de intern begeleider.",
    ],
)
def test_the_consent_ages_as_they_are_pass(text: str) -> None:
    assert not age_conflicts(text), (text, age_conflicts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Pleegkinderen van 14 en 15 jaar tekenen zelf voor jeugdhulp; de voogd en de ouders hoeven niet te tekenen.",
        "Zolang een leerling niet meerderjarig is, tekenen uitsluitend de ouders voor schoolmaatschappelijk werk.",
        "Vanaf de derde klas van het voortgezet onderwijs stemt een leerling zelf in met publicatie van foto's.",
        "Zestien- en zeventienjarigen kunnen pas aan een behandeling bij de GGZ beginnen als een ouder met gezag "
        "meetekent.",
        "Een dertienjarige regelt zijn eigen jeugdhulp; vader en moeder hoeven niets te ondertekenen.",
        "Zodra een kind twaalf wordt, hebben de ouders geen zeggenschap meer over jeugdhulp of behandeling.",
        "Voor een foto op Instagram is bij leerlingen van veertien en vijftien jaar hun eigen ja voldoende.",
    ],
)
def test_round_20_moved_the_ages_in_yet_other_words(text: str) -> None:
    """Red team round 20: school years, "-jarigen", "zodra … wordt", "niet meerderjarig", "hun eigen ja"."""
    assert age_conflicts(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Een zestienjarige beslist zelf over een behandeling bij de huisarts.",
        "Een achttienjarige tekent zelf voor zijn behandeling.",
        "Een kind van 13 en de ouders beslissen samen over zorg.",
    ],
)
def test_the_same_words_with_the_right_ages_pass(text: str) -> None:
    assert not age_conflicts(text), (text, age_conflicts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Wij verwijzen deze leerlingen niet naar anonieme chatdiensten of telefoonnummers: daar kan niemand echt "
        "helpen.",
        "Een gratis kindernummer bellen zonder dat juf het weet, raden wij ouders en leerlingen af.",
        "Voor kinderen is het niet nodig om zelf een hulplijn te bellen, want de juf lost het op.",
        "Bellen met een nationaal nummer voor zelfdodingspreventie heeft pas zin als de mentor eerst heeft gepraat.",
        "Kinder- en jongerenlijn: pas bellen na overleg met de mentor.",
    ],
)
def test_round_20_put_off_lines_in_yet_other_words(text: str) -> None:
    assert phone_conflicts(text), text


@pytest.mark.parametrize(
    "text",
    [
        "De Kindertelefoon is gratis en anoniem: je kunt bellen of chatten.",
        "Bel bij acuut gevaar 112; dat is niet nodig voor een vraag over school.",
        "Via de anonieme chat van 113 kun je praten; niemand hoeft te weten dat je belt.",
    ],
)
def test_round_20_look_alikes_that_are_true_pass(text: str) -> None:
    assert not phone_conflicts(text), (text, phone_conflicts(text))
